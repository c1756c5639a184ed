#include "core/store/sqlcipherdriver.h"

#include "core/security/securebytes.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sodium.h>
#include <sqlcipher/sqlite3.h>

#include <dlfcn.h>

#include <mutex>

namespace helpline {

Q_LOGGING_CATEGORY(lcDriver, "helpline.store.driver")

namespace {

QSqlError nativeError(sqlite3 *db, int code, const QString &context, QSqlError::ErrorType type)
{
    QString message = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
    if (message.isEmpty())
        message = QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(context, message, type, QString::number(code));
}

QMetaType metaTypeForDeclared(const char *declared)
{
    const QByteArray type = QByteArray(declared ? declared : "").toUpper();
    if (type.contains("INT"))
        return QMetaType(QMetaType::LongLong);
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType(QMetaType::Double);
    if (type.contains("BLOB"))
        return QMetaType(QMetaType::QByteArray);
    return QMetaType(QMetaType::QString);
}

QVariant columnValue(sqlite3_stmt *stmt, int column)
{
    switch (sqlite3_column_type(stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, column));
    case SQLITE_BLOB: {
        const void *blob = sqlite3_column_blob(stmt, column);
        return QVariant(
            QByteArray(static_cast<const char *>(blob), sqlite3_column_bytes(stmt, column)));
    }
    case SQLITE_NULL:
        return QVariant();
    default: { // SQLITE_TEXT
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)));
    }
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Result

class SqlCipherResult final : public QSqlResult {
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    void finalize();

protected:
    QVariant handle() const override { return QVariant::fromValue<void *>(m_stmt); }
    bool reset(const QString &query) override;
    bool prepare(const QString &query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override { return fetch(0); }
    bool fetchLast() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_rowsAffected; }
    QVariant lastInsertId() const override;
    QSqlRecord record() const override { return isSelect() ? m_record : QSqlRecord(); }
    void detachFromResultSet() override;

private:
    sqlite3 *connection() const;
    bool bindValues();
    bool bindOne(int index, const QVariant &value);
    // Steps the statement once; appends a row to the cache. Returns false at the end or on error.
    bool stepRow();
    const QVariantList *row(int field);

    sqlite3_stmt *m_stmt = nullptr;
    QList<QVariantList> m_rows; // rows [m_base, m_base + m_rows.size()) of the result
    int m_base = 0;
    bool m_done = true;
    int m_rowsAffected = 0;
    qint64 m_lastInsertId = 0;
    QSqlRecord m_record;
};

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver)
    : QSqlResult(driver)
{
    driver->m_results.append(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (const auto *d = static_cast<const SqlCipherDriver *>(driver()))
        d->m_results.removeOne(this);
}

sqlite3 *SqlCipherResult::connection() const
{
    const auto *d = static_cast<const SqlCipherDriver *>(driver());
    return d ? d->connection() : nullptr;
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_rows.clear();
    m_done = true;
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_record.clear();
    sqlite3 *db = connection();
    if (!db) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("The database is not open"),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size() + 1), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(nativeError(db, sqlite3_extended_errcode(db),
                                 QStringLiteral("Unable to prepare statement"),
                                 QSqlError::StatementError));
        finalize();
        return false;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("Only one statement can be executed at a time"),
                               QSqlError::StatementError));
        finalize();
        return false;
    }
    if (!m_stmt) { // an empty statement or a comment only
        setLastError(QSqlError(QStringLiteral("Unable to prepare statement"),
                               QStringLiteral("The statement is empty"),
                               QSqlError::StatementError));
        return false;
    }
    const int columns = sqlite3_column_count(m_stmt);
    for (int c = 0; c < columns; ++c) {
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, c)),
                        metaTypeForDeclared(sqlite3_column_decltype(m_stmt, c)));
        m_record.append(field);
    }
    setSelect(columns > 0);
    setLastError(QSqlError());
    return true;
}

bool SqlCipherResult::bindOne(int index, const QVariant &value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Char:
        case QMetaType::SChar:
        case QMetaType::UChar:
            rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray bytes = value.toByteArray();
            rc = sqlite3_bind_blob64(m_stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                     SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QDateTime: {
            const QByteArray text = value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
            rc = sqlite3_bind_text64(m_stmt, index, text.constData(), sqlite3_uint64(text.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        default: {
            const QByteArray text = value.toString().toUtf8();
            rc = sqlite3_bind_text64(m_stmt, index, text.constData(), sqlite3_uint64(text.size()),
                                     SQLITE_TRANSIENT, SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK) {
        setLastError(nativeError(connection(), rc, QStringLiteral("Unable to bind parameters"),
                                 QSqlError::StatementError));
        return false;
    }
    return true;
}

bool SqlCipherResult::bindValues()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != expected) {
        setLastError(QSqlError(QStringLiteral("Unable to bind parameters"),
                               QStringLiteral("Parameter count mismatch: the statement takes %1, "
                                              "%2 given")
                                   .arg(expected)
                                   .arg(values.size()),
                               QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (!bindOne(i + 1, values.at(i)))
            return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(QSqlError(QStringLiteral("Unable to execute statement"),
                                   QStringLiteral("No statement is prepared"),
                                   QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_base = 0;
    m_rowsAffected = 0;
    setAt(QSql::BeforeFirstRow);
    setActive(false);
    if (!bindValues())
        return false;
    m_done = false;
    if (!stepRow() && lastError().isValid())
        return false;
    setActive(true);
    return true;
}

bool SqlCipherResult::stepRow()
{
    if (m_done)
        return false;
    sqlite3 *db = connection();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        const int columns = sqlite3_column_count(m_stmt);
        QVariantList values;
        values.reserve(columns);
        for (int c = 0; c < columns; ++c)
            values.append(columnValue(m_stmt, c));
        m_rows.append(std::move(values));
        return true;
    }
    m_done = true;
    if (rc == SQLITE_DONE) {
        m_rowsAffected = sqlite3_changes(db);
        m_lastInsertId = sqlite3_last_insert_rowid(db);
        sqlite3_reset(m_stmt); // release locks as soon as the statement is finished
        setLastError(QSqlError());
        return false;
    }
    setLastError(nativeError(db, sqlite3_extended_errcode(db),
                             QStringLiteral("Unable to execute statement"),
                             QSqlError::StatementError));
    sqlite3_reset(m_stmt);
    return false;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;
    while (index >= m_base + m_rows.size()) {
        if (!stepRow())
            return false;
        if (isForwardOnly() && m_rows.size() > 1) {
            m_rows.removeFirst();
            ++m_base;
        }
    }
    if (index < m_base)
        return false; // a forward-only result cannot go back
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (stepRow()) {
        if (isForwardOnly() && m_rows.size() > 1) {
            m_rows.removeFirst();
            ++m_base;
        }
    }
    if (lastError().isValid() || m_rows.isEmpty())
        return false;
    setAt(m_base + int(m_rows.size()) - 1);
    return true;
}

const QVariantList *SqlCipherResult::row(int field)
{
    const int r = at() - m_base;
    if (r < 0 || r >= m_rows.size() || field < 0 || field >= m_rows.at(r).size())
        return nullptr;
    return &m_rows.at(r);
}

QVariant SqlCipherResult::data(int field)
{
    const QVariantList *values = row(field);
    return values ? values->at(field) : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    const QVariantList *values = row(field);
    return !values || values->at(field).isNull();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return isActive() ? QVariant(qlonglong(m_lastInsertId)) : QVariant();
}

// ---------------------------------------------------------------------------------------------
// Driver

SqlCipherDriver::SqlCipherDriver(QObject *parent)
    : QSqlDriver(parent)
{
}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    case NamedPlaceholders: // Qt rewrites :name to ? itself, repeated names included
    case QuerySize:
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &, const QString &,
                           int, const QString &connectOptions)
{
    if (isOpen())
        close();
    // Options: HELPLINE_OPEN_CREATE creates a missing file; HELPLINE_OPEN_READONLY opens read-only.
    // Without CREATE a missing file is an error, so a lost store is never replaced by an empty one.
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    int flags = SQLITE_OPEN_READWRITE;
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("HELPLINE_OPEN_CREATE"))
            flags |= SQLITE_OPEN_CREATE;
        else if (option == QLatin1String("HELPLINE_OPEN_READONLY"))
            flags = (flags & ~SQLITE_OPEN_READWRITE) | SQLITE_OPEN_READONLY;
    }
    flags |= SQLITE_OPEN_NOMUTEX; // one connection per thread, as Qt Sql requires anyway
    const QByteArray path = db.toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(nativeError(m_db, rc, QStringLiteral("Unable to open the database"),
                                 QSqlError::ConnectionError));
        sqlite3_close(m_db);
        m_db = nullptr;
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    // Finalize every statement still prepared on this connection so that the connection (and
    // SQLCipher's copy of the key) is really released now, not when the last QSqlQuery dies.
    // (Statements prepared internally by FTS belong to it and are finalized by the close itself.)
    for (SqlCipherResult *result : std::as_const(m_results))
        result->finalize();
    const int rc = sqlite3_close_v2(m_db);
    if (rc != SQLITE_OK)
        qCWarning(lcDriver) << "closing the database failed with" << rc;
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &context)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(nativeError(m_db, sqlite3_extended_errcode(m_db), context,
                                 QSqlError::TransactionError));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock now, so a transaction never fails half-way on an upgrade.
    return execSimple("BEGIN IMMEDIATE", QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!isOpen())
        return result;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite_%'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        kinds << QStringLiteral("type = 'table' AND name LIKE 'sqlite_%'");
    if (kinds.isEmpty())
        return result;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE (%1) ORDER BY name")
                       .arg(kinds.join(QStringLiteral(") OR (")))))
        while (query.next())
            result << query.value(0).toString();
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return rec;
    while (query.next()) {
        const QByteArray declared = query.value(2).toString().toUtf8();
        QSqlField field(query.value(1).toString(), metaTypeForDeclared(declared.constData()),
                        tableName);
        field.setRequiredStatus(query.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery query(createResult());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("PRAGMA table_info(%1)").arg(escapeIdentifier(tableName, TableName))))
        return index;
    while (query.next()) {
        if (query.value(5).toInt() > 0) {
            const QByteArray declared = query.value(2).toString().toUtf8();
            index.append(QSqlField(query.value(1).toString(),
                                   metaTypeForDeclared(declared.constData()), tableName));
        }
    }
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue<void *>(m_db);
}

bool SqlCipherDriver::applyKey(const SecureBytes &rawKey)
{
    if (!m_db || rawKey.size() != 32)
        return false;
    // SQLCipher's raw-key syntax x'<64 hex digits>' skips the passphrase KDF: the key is already
    // random. The hex form is built in guarded memory and wiped when this function returns.
    SecureBytes literal(3 + 64 + 1);
    auto *out = reinterpret_cast<char *>(literal.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, 65, rawKey.data(), rawKey.size());
    out[66] = '\'';
    const int rc = sqlite3_key(m_db, out, 67);
    if (rc != SQLITE_OK) {
        setLastError(nativeError(m_db, rc, QStringLiteral("Unable to key the database"),
                                 QSqlError::ConnectionError));
        return false;
    }
    return true;
}

QSqlError SqlCipherDriver::lastNativeError(const QString &context, QSqlError::ErrorType type) const
{
    return nativeError(m_db, m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE, context, type);
}

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QString::fromLatin1(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>);
    });
}

QString sqlCipherVersion(sqlite3 *db)
{
    if (!db)
        return {};
    sqlite3_stmt *stmt = nullptr;
    QString version;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return version;
}

void releaseThreadCryptoState()
{
    // Looked up at run time: the store links libcrypto only through SQLCipher, and OpenSSL's
    // headers are not a build dependency.
    using ThreadStop = void (*)();
    static const auto stop =
        reinterpret_cast<ThreadStop>(dlsym(RTLD_DEFAULT, "OPENSSL_thread_stop"));
    if (stop)
        stop();
}

} // namespace helpline
