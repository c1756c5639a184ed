#include "server/db/serverdatabase.h"

#include "core/security/securebytes.h"
#include "core/store/sqlcipherdriver.h"
#include "core/util/uuid.h"
#include "server/db/servermigrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <sodium.h>
#include <sys/stat.h>

Q_LOGGING_CATEGORY(lcServerDb, "helpline.server.db")

namespace helpline::server {

namespace {

ApiError sqlFailure(const QSqlError &error, const QString &what)
{
    // Connection-level problems are "try again later", everything else is our fault.
    const bool connection = error.type() == QSqlError::ConnectionError;
    ApiError e = connection ? ApiError::unavailable(what + QStringLiteral(": ") + error.text())
                            : ApiError::internal(what + QStringLiteral(": ") + error.text());
    return e;
}

QString hexKey(const QByteArray &key)
{
    return QString::fromLatin1(key.toHex());
}

// The embedded store's key: 32 random bytes, hex, in a 0600 file created on first start.
ApiResult<QByteArray> readOrCreateKey(const QString &directory, bool create)
{
    const QString path = QDir(directory).filePath(ServerDatabase::keyFileName());
    QFile file(path);
    if (file.exists()) {
        const QFileInfo info(path);
        if (info.permissions() &
            (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
            return ApiError::invalid(
                QStringLiteral("The key file %1 may be read by other users; refusing to use it. "
                               "Run: chmod 600 %1")
                    .arg(path));
        if (!file.open(QIODevice::ReadOnly))
            return ApiError::invalid(QStringLiteral("Cannot read the key file %1.").arg(path));
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() != 32)
            return ApiError::invalid(
                QStringLiteral("The key file %1 is damaged (it must hold 64 hex digits).")
                    .arg(path));
        return key;
    }
    if (!create)
        return ApiError::invalid(
            QStringLiteral("No server key file at %1. Run `helpline-server init` first.")
                .arg(path));
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    const mode_t old = ::umask(077);
    QSaveFile out(path);
    const bool written = out.open(QIODevice::WriteOnly) && out.write(key.toHex() + '\n') == 65 &&
                         out.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && out.commit();
    ::umask(old);
    if (!written)
        return ApiError::invalid(QStringLiteral("Cannot write the key file %1.").arg(path));
    return key;
}

} // namespace

QString DatabaseLocation::describe() const
{
    if (!isPostgres())
        return QStringLiteral("sqlcipher:%1").arg(dataDirectory);
    QUrl url(postgresUrl);
    url.setPassword(QString());
    return url.toString();
}

struct ServerDatabase::Connection {
    QString name;
    std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    ~Connection()
    {
        statements.clear();
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        // Runs in the thread that used the connection, as that thread ends.
        releaseThreadCryptoState();
    }
};

ServerDatabase::ServerDatabase(DatabaseLocation location, Dialect dialect)
    : m_location(std::move(location))
    , m_dialect(dialect)
    , m_instance(newUuidV7().left(13))
{
}

ServerDatabase::~ServerDatabase()
{
    // The calling thread's connection; pool threads close theirs when they end.
    m_connections.setLocalData(nullptr);
    sodium_memzero(m_key.data(), size_t(m_key.size()));
}

QString ServerDatabase::kind() const
{
    return m_dialect == Dialect::Postgres ? QStringLiteral("postgresql")
                                          : QStringLiteral("sqlcipher");
}

ApiResult<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const DatabaseLocation &location,
                                                                OpenMode mode)
{
    const bool create = mode == OpenMode::CreateIfMissing;
    std::unique_ptr<ServerDatabase> db;
    if (location.isPostgres()) {
        const QUrl url(location.postgresUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") &&
                               url.scheme() != QLatin1String("postgres")))
            return ApiError::invalid(
                QStringLiteral("The database address must look like "
                               "postgresql://user:password@host:5432/database (got %1).")
                    .arg(location.describe()));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return ApiError::invalid(QStringLiteral(
                "Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."));
        db.reset(new ServerDatabase(location, Dialect::Postgres));
    } else {
        if (location.dataDirectory.isEmpty())
            return ApiError::invalid(QStringLiteral("No data folder given (--data DIR)."));
        QDir dir(location.dataDirectory);
        if (!dir.exists()) {
            if (!create)
                return ApiError::invalid(
                    QStringLiteral("The data folder %1 does not exist. Run `helpline-server init` "
                                   "first.")
                        .arg(location.dataDirectory));
            if (!QDir().mkpath(location.dataDirectory) ||
                !QFile::setPermissions(location.dataDirectory,
                                       QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                return ApiError::invalid(QStringLiteral("Cannot create the data folder %1.")
                                             .arg(location.dataDirectory));
        }
        if (!ensureSodium())
            return ApiError::internal(QStringLiteral("libsodium cannot be initialised"));
        registerSqlCipherDriver();
        const bool exists = QFile::exists(dir.filePath(databaseFileName()));
        if (!exists && !create)
            return ApiError::invalid(
                QStringLiteral("There is no server database in %1. Run `helpline-server init` "
                               "first.")
                    .arg(location.dataDirectory));
        auto key = readOrCreateKey(location.dataDirectory, create && !exists);
        if (!key)
            return key.error();
        db.reset(new ServerDatabase(location, Dialect::SqlCipher));
        db->m_key = *key;
    }
    if (auto migrated = db->migrate(); !migrated)
        return migrated.error();
    return db;
}

ApiResult<void> ServerDatabase::openConnection(const QString &name, bool create)
{
    if (m_dialect == Dialect::Postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(m_location.postgresUrl);
        const QUrlQuery query(url);
        QString host = url.host();
        if (query.hasQueryItem(QStringLiteral("host")))
            host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        db.setHostName(host);
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded));
        db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
        QStringList options;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items)
            if (item.first != QLatin1String("host"))
                options << item.first + u'=' + item.second;
        if (!options.contains(QStringLiteral("connect_timeout"), Qt::CaseInsensitive))
            options << QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options.join(u';'));
        if (!db.open())
            return ApiError::unavailable(QStringLiteral("PostgreSQL at %1: %2")
                                             .arg(m_location.describe(), db.lastError().text()));
        QSqlQuery setup(db);
        setup.exec(QStringLiteral("SET client_min_messages = warning"));
        // Statements are prepared once per connection, often while the tables are still empty;
        // a generic plan made then stays bad (a receipt lookup took 1.9 ms instead of 0.13 ms).
        setup.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), name);
    db.setDatabaseName(QDir(m_location.dataDirectory).filePath(databaseFileName()));
    if (create)
        db.setConnectOptions(QStringLiteral("HELPLINE_OPEN_CREATE"));
    if (!db.open())
        return ApiError::unavailable(
            QStringLiteral("Opening %1: %2").arg(m_location.dataDirectory, db.lastError().text()));
    auto *driver = static_cast<SqlCipherDriver *>(db.driver());
    SecureBytes key = SecureBytes::copyOf(m_key);
    if (!driver->applyKey(key))
        return ApiError::internal(QStringLiteral("The server database could not be keyed."));
    const QString version = sqlCipherVersion(driver->connection());
    if (version.isEmpty())
        return ApiError::internal(QStringLiteral("built without SQLCipher"));
    QStringList pragmas{QStringLiteral("PRAGMA cipher_page_size = 4096")};
    if (version.startsWith(u'4'))
        pragmas << QStringLiteral("PRAGMA cipher_hmac_algorithm = HMAC_SHA1")
                << QStringLiteral("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1")
                << QStringLiteral("PRAGMA kdf_iter = 64000");
    pragmas << QStringLiteral("PRAGMA busy_timeout = 10000")
            << QStringLiteral("PRAGMA journal_mode = WAL")
            << QStringLiteral("PRAGMA synchronous = NORMAL")
            << QStringLiteral("PRAGMA foreign_keys = ON");
    QSqlQuery query(db);
    for (const QString &pragma : std::as_const(pragmas))
        if (!query.exec(pragma))
            return ApiError::internal(pragma + QStringLiteral(": ") + query.lastError().text());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return ApiError::invalid(
            QStringLiteral("The server database in %1 cannot be read with its key file: it is "
                           "damaged, or the key file is not the one it was created with.")
                .arg(m_location.dataDirectory));
    return {};
}

ApiResult<QSqlDatabase> ServerDatabase::connection()
{
    if (!m_connections.hasLocalData() || !m_connections.localData()) {
        auto *c = new Connection;
        c->name = QStringLiteral("helpline-server-%1-%2")
                      .arg(m_instance)
                      .arg(quintptr(QThread::currentThreadId()), 0, 16);
        if (auto opened = openConnection(c->name, true); !opened) {
            delete c;
            return opened.error();
        }
        m_connections.setLocalData(c);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connections.localData()->name, false);
    if (!db.isOpen()) {
        // A connection lost (PostgreSQL restarted): open it again next time.
        m_connections.setLocalData(nullptr);
        return ApiError::unavailable(QStringLiteral("database connection closed"));
    }
    return db;
}

QSqlQuery *ServerDatabase::prepared(const QString &sql, ApiError *error)
{
    auto db = connection();
    if (!db) {
        *error = db.error();
        return nullptr;
    }
    auto &statements = m_connections.localData()->statements;
    auto it = statements.find(sql);
    if (it != statements.end())
        return it->second.get();
    auto query = std::make_unique<QSqlQuery>(*db);
    if (!query->prepare(sql)) {
        *error = sqlFailure(query->lastError(), QStringLiteral("prepare"));
        error->detail += QStringLiteral(" [") + sql.left(120) + u']';
        return nullptr;
    }
    return statements.emplace(sql, std::move(query)).first->second.get();
}

int ServerDatabase::schemaVersion()
{
    auto value = readScalar(*this, QStringLiteral("SELECT value FROM server_meta WHERE key = "
                                                  "'schema_version'"));
    return value ? value->toInt() : 0;
}

ApiResult<void> ServerDatabase::migrate()
{
    auto db = connection();
    if (!db)
        return db.error();
    QSqlQuery query(*db);
    const bool postgres = m_dialect == Dialect::Postgres;
    // Two instances starting at once on one PostgreSQL: one migrates, the other waits.
    if (postgres && !query.exec(QStringLiteral("SELECT pg_advisory_lock(116111)")))
        return sqlFailure(query.lastError(), QStringLiteral("migration lock"));
    auto unlock = qScopeGuard([&] {
        if (postgres)
            QSqlQuery(*db).exec(QStringLiteral("SELECT pg_advisory_unlock(116111)"));
    });
    int version = 0;
    const bool hasMeta = db->tables().contains(QStringLiteral("server_meta"));
    if (hasMeta) {
        if (!query.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = "
                                       "'schema_version'")))
            return sqlFailure(query.lastError(), QStringLiteral("schema version"));
        if (query.next())
            version = query.value(0).toInt();
    }
    const QList<QStringList> migrations = serverMigrations(m_dialect);
    if (version > migrations.size())
        return ApiError::invalid(
            QStringLiteral("The database has schema version %1; this server knows up to %2. "
                           "Install the newer server.")
                .arg(version)
                .arg(migrations.size()));
    for (int v = version; v < migrations.size(); ++v) {
        if (!query.exec(QStringLiteral("BEGIN")))
            return sqlFailure(query.lastError(), QStringLiteral("migration"));
        for (const QString &statement : migrations.at(v)) {
            if (!query.exec(statement)) {
                const ApiError error =
                    sqlFailure(query.lastError(), QStringLiteral("migration %1").arg(v + 1));
                QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
                return error;
            }
        }
        QSqlQuery set(*db);
        set.prepare(v == 0 ? QStringLiteral("INSERT INTO server_meta (key, value) VALUES "
                                            "('schema_version', ?)")
                           : QStringLiteral("UPDATE server_meta SET value = ? WHERE key = "
                                            "'schema_version'"));
        set.addBindValue(QString::number(v + 1));
        if (!set.exec() || !query.exec(QStringLiteral("COMMIT"))) {
            const ApiError error = sqlFailure(set.lastError(), QStringLiteral("migration"));
            QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
            return error;
        }
        qCInfo(lcServerDb) << "schema migrated to version" << v + 1 << "on" << kind();
    }
    return {};
}

ApiResult<void> ServerDatabase::backupTo(const QString &directory)
{
    if (m_dialect != Dialect::SqlCipher)
        return ApiError::invalid(QStringLiteral(
            "A PostgreSQL database is backed up with pg_dump; see docs/deployment.md."));
    QDir target(directory);
    if (target.exists() && !target.isEmpty())
        return ApiError::invalid(
            QStringLiteral("The backup folder %1 is not empty.").arg(directory));
    if (!QDir().mkpath(directory) ||
        !QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return ApiError::invalid(
            QStringLiteral("Cannot create the backup folder %1.").arg(directory));
    const QString copy = target.filePath(databaseFileName());
    auto db = connection();
    if (!db)
        return db.error();
    QString escaped = copy;
    escaped.replace(u'\'', QStringLiteral("''"));
    QSqlQuery attach(*db);
    // The statement holds the key: its text never goes into an error or a log.
    if (!attach.exec(QStringLiteral("ATTACH DATABASE '%1' AS backup KEY \"x'%2'\"")
                         .arg(escaped, hexKey(m_key))))
        return ApiError::internal(QStringLiteral("attaching the backup file failed: ") +
                                  attach.lastError().databaseText());
    // The copy's format must be the one open() expects (see openConnection).
    QStringList formats{QStringLiteral("PRAGMA backup.cipher_page_size = 4096")};
    if (sqlCipherVersion(static_cast<SqlCipherDriver *>(db->driver())->connection())
            .startsWith(u'4'))
        formats << QStringLiteral("PRAGMA backup.cipher_hmac_algorithm = HMAC_SHA1")
                << QStringLiteral("PRAGMA backup.cipher_kdf_algorithm = PBKDF2_HMAC_SHA1")
                << QStringLiteral("PRAGMA backup.kdf_iter = 64000");
    for (const QString &pragma : std::as_const(formats))
        attach.exec(pragma);
    attach.clear();
    auto detach =
        qScopeGuard([&] { QSqlQuery(*db).exec(QStringLiteral("DETACH DATABASE backup")); });
    {
        // sqlcipher_export copies every table into the attached, identically keyed database
        // from one consistent snapshot (this read transaction).
        ServerTransaction tx(*this, ServerTransaction::Mode::Read);
        tx.exec(QStringLiteral("SELECT sqlcipher_export('backup')"));
        if (tx.failed())
            return tx.error();
        if (auto done = tx.commit(); !done)
            return done.error();
    }
    const QString keyCopy = target.filePath(keyFileName());
    if (!QFile::copy(QDir(m_location.dataDirectory).filePath(keyFileName()), keyCopy) ||
        !QFile::setPermissions(keyCopy, QFile::ReadOwner | QFile::WriteOwner))
        return ApiError::invalid(
            QStringLiteral("Cannot copy the key file into %1.").arg(directory));
    return {};
}

ServerTransaction::ServerTransaction(ServerDatabase &db, Mode mode)
    : m_db(db)
{
    auto connection = db.connection();
    if (!connection) {
        m_error = connection.error();
        return;
    }
    QSqlQuery begin(*connection);
    QString sql;
    if (db.dialect() == Dialect::Postgres)
        sql = mode == Mode::Read ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                 : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
    else
        sql = mode == Mode::Read ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
    if (!begin.exec(sql)) {
        m_error = sqlFailure(begin.lastError(), QStringLiteral("begin"));
        return;
    }
    m_active = true;
}

ServerTransaction::~ServerTransaction()
{
    if (m_active && !m_done) {
        if (auto db = m_db.connection())
            QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
    }
}

QSqlQuery *ServerTransaction::exec(const QString &sql, const QVariantList &values)
{
    if (m_error)
        return nullptr;
    ApiError error;
    QSqlQuery *query = m_db.prepared(sql, &error);
    if (!query) {
        m_error = error;
        return nullptr;
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        m_error = sqlFailure(query->lastError(), QStringLiteral("statement"));
        m_error->detail += QStringLiteral(" [") + sql.left(120) + u']';
        return nullptr;
    }
    m_rowsAffected = query->numRowsAffected();
    return query;
}

QVariant ServerTransaction::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = exec(sql, values);
    if (!query || !query->next())
        return {};
    const QVariant value = query->value(0);
    query->finish();
    return value;
}

void ServerTransaction::lockWriters()
{
    if (m_writersLocked || m_error)
        return;
    // SQLite: BEGIN IMMEDIATE took the database's write lock already.
    if (m_db.dialect() == Dialect::Postgres)
        exec(QStringLiteral("SELECT pg_advisory_xact_lock(116112)"));
    m_writersLocked = !m_error;
}

void ServerTransaction::insertRows(const QString &table, const QStringList &columns,
                                   const QList<QVariantList> &rows)
{
    // Statements of 2^k rows, at most 64 (largest first), so a connection prepares a few shapes
    // of each. SQLite 3.15 binds at most 999 values a statement; on PostgreSQL 256-row
    // statements measured slower than 64-row ones (docs/performance.md).
    const qsizetype limit = qMin(qsizetype(64), 999 / columns.size());
    qsizetype maxChunk = 1;
    while (maxChunk * 2 <= limit)
        maxChunk *= 2;
    const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                             .arg(table, columns.join(QStringLiteral(", ")));
    const QString row =
        QStringLiteral("(?") + QStringLiteral(", ?").repeated(columns.size() - 1) + u')';
    for (qsizetype start = 0; start < rows.size() && !m_error;) {
        qsizetype chunk = maxChunk;
        while (chunk > rows.size() - start)
            chunk /= 2;
        QString sql = head + row;
        sql += QStringLiteral(", ").append(row).repeated(chunk - 1);
        QVariantList values;
        values.reserve(chunk * columns.size());
        for (qsizetype r = start; r < start + chunk; ++r) {
            Q_ASSERT(rows.at(r).size() == columns.size());
            values += rows.at(r);
        }
        exec(sql, values);
        start += chunk;
    }
}

qint64 ServerTransaction::nextSeq(int count)
{
    lockWriters();
    QVariant last;
    if (m_db.dialect() == Dialect::Postgres) {
        // Under the writers' lock nobody else takes numbers, so they are consecutive. A
        // rolled-back transaction leaves a gap, which cursors do not mind.
        last = scalar(QStringLiteral("SELECT setval('record_seq', nextval('record_seq') + ? - 1)"),
                      {count});
    } else {
        exec(QStringLiteral("UPDATE counters SET value = value + ? WHERE name = 'seq'"), {count});
        last = scalar(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    }
    if (!last.isValid()) {
        if (!m_error)
            m_error = ApiError::internal(QStringLiteral("sequence counter missing"));
        return 0;
    }
    return last.toLongLong() - count + 1;
}

void ServerTransaction::fail(ApiError error)
{
    if (!m_error)
        m_error = std::move(error);
}

ApiResult<void> ServerTransaction::commit()
{
    if (m_error) {
        m_done = true;
        if (m_active)
            if (auto db = m_db.connection())
                QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
        return *m_error;
    }
    auto db = m_db.connection();
    if (!db)
        return db.error();
    QSqlQuery commit(*db);
    m_done = true;
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const ApiError error = sqlFailure(commit.lastError(), QStringLiteral("commit"));
        QSqlQuery(*db).exec(QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

ApiResult<QVariant> readScalar(ServerDatabase &db, const QString &sql, const QVariantList &values)
{
    ServerTransaction tx(db, ServerTransaction::Mode::Read);
    const QVariant value = tx.scalar(sql, values);
    if (tx.failed())
        return tx.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return value;
}

} // namespace helpline::server
