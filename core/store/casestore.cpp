#include "core/store/casestore.h"

#include "core/store/auditlog.h"
#include "core/store/migrations.h"
#include "core/store/recordwriter.h"
#include "core/store/sqlcipherdriver.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <cerrno>

#include <unistd.h>

namespace helpline {

Q_LOGGING_CATEGORY(lcStore, "helpline.store")

namespace {

// SQLCipher's per-file salt: the first 16 bytes of an encrypted database.
QByteArray fileSalt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(16);
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

void removeDatabaseFiles(const QString &database)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(database + suffix);
}

} // namespace

StorePaths::StorePaths(const QString &dir)
    : directory(QDir::cleanPath(dir))
    , database(QDir(dir).filePath(QStringLiteral("cases.db")))
    , keyring(QDir(dir).filePath(QStringLiteral("keyring.json")))
{
}

CaseStore::CaseStore(StorePaths paths, Clock *clock)
    : m_paths(std::move(paths))
    , m_clock(clock ? clock : &Clock::system())
{
    static std::atomic<int> counter{0};
    m_connectionName = QStringLiteral("helpline-store-%1").arg(++counter);
}

CaseStore::~CaseStore()
{
    close();
}

bool CaseStore::exists(const QString &directory)
{
    const StorePaths paths(directory);
    return QFileInfo::exists(paths.database) || QFileInfo::exists(paths.keyring);
}

QSqlDatabase CaseStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *CaseStore::handle() const
{
    QSqlDatabase db = database();
    return db.isValid() ? static_cast<sqlite3 *>(db.driver()->handle().value<void *>()) : nullptr;
}

bool CaseStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

QSqlQuery *CaseStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return it->second.get();
    auto query = std::make_unique<QSqlQuery>(database());
    if (!query->prepare(sql)) {
        m_lastPrepareError = query->lastError();
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(query)).first->second.get();
}

void CaseStore::close()
{
    m_statements.clear();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = database();
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_key.wipe();
}

int CaseStore::schemaVersion() const
{
    return Migrations::currentVersion(database());
}

StoreError CaseStore::sqlError(const QSqlError &error, const QString &what) const
{
    const QString detail =
        QStringLiteral("%1 [%2]").arg(error.databaseText(), error.nativeErrorCode());
    switch (primaryCode(error)) {
    case SQLITE_FULL:
        return StoreError::make(StoreError::Code::DiskFull,
                                QCoreApplication::translate(
                                    "helpline::CaseStore",
                                    "%1: the disk is full. Nothing was saved; free some space and "
                                    "try again.")
                                    .arg(what),
                                detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::make(
            StoreError::Code::ReadOnly,
            QCoreApplication::translate(
                "helpline::CaseStore",
                "%1: the case store's folder %2 is read-only. Nothing was saved.")
                .arg(what, m_paths.directory),
            detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreError::make(StoreError::Code::DatabaseCorrupt,
                                QCoreApplication::translate(
                                    "helpline::CaseStore",
                                    "%1: the case database %2 is damaged. Stop using this desk and "
                                    "ask an administrator to restore it from a backup.")
                                    .arg(what, m_paths.database),
                                detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        if (::access(QFile::encodeName(m_paths.directory).constData(), W_OK) != 0 && errno == EROFS)
            return StoreError::make(StoreError::Code::ReadOnly,
                                    QCoreApplication::translate(
                                        "helpline::CaseStore",
                                        "%1: the case store's folder %2 is read-only. Nothing was "
                                        "saved.")
                                        .arg(what, m_paths.directory),
                                    detail);
        return StoreError::make(StoreError::Code::Io,
                                QCoreApplication::translate(
                                    "helpline::CaseStore",
                                    "%1: the disk could not be written or read (it may be full, "
                                    "removed or failing). Nothing was saved.")
                                    .arg(what),
                                detail);
    default:
        return StoreError::make(
            StoreError::Code::Internal,
            QCoreApplication::translate("helpline::CaseStore",
                                        "%1 failed because of an internal error.")
                .arg(what),
            detail);
    }
}

Outcome<void> CaseStore::openConnection(const SecureBytes *key, bool create)
{
    registerSqlCipherDriver();
    QSqlDatabase db =
        QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), m_connectionName);
    db.setDatabaseName(m_paths.database);
    if (create)
        db.setConnectOptions(QStringLiteral("HELPLINE_OPEN_CREATE"));
    if (!db.open()) {
        const QSqlError error = db.lastError();
        if (primaryCode(error) == SQLITE_CANTOPEN && !QFileInfo(m_paths.directory).isWritable())
            return StoreError::make(
                StoreError::Code::ReadOnly,
                QCoreApplication::translate("helpline::CaseStore",
                                            "The case store's folder %1 is read-only.")
                    .arg(m_paths.directory),
                error.text());
        return sqlError(
            error, QCoreApplication::translate("helpline::CaseStore", "Opening the case store"));
    }
    auto *driver = static_cast<SqlCipherDriver *>(db.driver());
    if (key && !driver->applyKey(*key))
        return StoreError::make(StoreError::Code::Internal,
                                QCoreApplication::translate("helpline::CaseStore",
                                                            "The case store could not be keyed."),
                                driver->lastError().text());
    m_cipherVersion = sqlCipherVersion(driver->connection());
    if (m_cipherVersion.isEmpty())
        return StoreError::make(
            StoreError::Code::Internal,
            QCoreApplication::translate(
                "helpline::CaseStore",
                "This program was built without SQLCipher; refusing to store case "
                "data unencrypted."));
    return {};
}

Outcome<void> CaseStore::configure(bool encrypted)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    QStringList pragmas;
    if (encrypted) {
        // The same file format on SQLCipher 3.4 (Debian 12) and 4.x: 4 KiB pages (much faster
        // writes than 3.x's 1 KiB default) and SQLCipher 3's HMAC-SHA1 page authentication.
        // With a raw key the passphrase KDF is not used. See docs/security.md.
        pragmas << QStringLiteral("PRAGMA cipher_page_size = 4096");
        if (m_cipherVersion.startsWith(u'4')) {
            pragmas << QStringLiteral("PRAGMA cipher_hmac_algorithm = HMAC_SHA1")
                    << QStringLiteral("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA1")
                    << QStringLiteral("PRAGMA kdf_iter = 64000");
        }
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return sqlError(
                query.lastError(),
                QCoreApplication::translate("helpline::CaseStore", "Configuring encryption"));
    }
    // The first read tells whether the key fits the file.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next()) {
        const QSqlError error = query.lastError();
        const int code = primaryCode(error);
        // The keyring's salt matched (unlock checks it first), so the key is right and the
        // file itself is damaged. A size that is not a whole number of pages means truncated.
        if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
            const bool truncated = QFileInfo(m_paths.database).size() % 4096 != 0;
            return StoreError::make(
                StoreError::Code::DatabaseCorrupt,
                (truncated ? QCoreApplication::translate(
                                 "helpline::CaseStore",
                                 "The case database %1 is truncated and cannot be read. Restore it "
                                 "from a backup; nothing was changed.")
                           : QCoreApplication::translate(
                                 "helpline::CaseStore",
                                 "The case database %1 is damaged and cannot be read. Restore it "
                                 "from a backup; nothing was changed."))
                    .arg(m_paths.database),
                error.text());
        }
        return sqlError(
            error, QCoreApplication::translate("helpline::CaseStore", "Opening the case store"));
    }
    return {};
}

Outcome<void> CaseStore::loadSession(const KeyringAccount &account)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT username, display_name, role, coalesce(office_id, '') FROM accounts "
                       "WHERE id = ? AND deleted = 0 AND active = 1"));
    query.addBindValue(account.accountId);
    if (!query.exec())
        return sqlError(query.lastError(),
                        QCoreApplication::translate("helpline::CaseStore", "Reading the account"));
    if (!query.next())
        return StoreError::make(
            StoreError::Code::UnknownAccount,
            QCoreApplication::translate("helpline::CaseStore",
                                        "This account has been removed from this desk."));
    m_session.accountId = account.accountId;
    m_session.username = query.value(0).toString();
    m_session.displayName = query.value(1).toString();
    m_session.role = roleFromCode(query.value(2).toString()).value_or(Role::Counsellor);
    m_session.officeId = query.value(3).toString();
    QSqlQuery meta(database());
    if (!meta.exec(QStringLiteral("SELECT key, value FROM store_meta")))
        return sqlError(meta.lastError(), QCoreApplication::translate(
                                              "helpline::CaseStore", "Reading the store settings"));
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("device_id"))
            m_session.deviceId = meta.value(1).toString();
        else if (meta.value(0).toString() == QLatin1String("store_id"))
            m_storeId = meta.value(1).toString();
    }
    return {};
}

Outcome<void> CaseStore::applyRuntimePragmas()
{
    QSqlQuery query(database());
    // WAL with synchronous=FULL: a save that returned is on disk, even after a power cut. A 64 MiB
    // page cache keeps encrypted reads close to plaintext speed; temp data stays in memory.
    for (const char *pragma :
         {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
          "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (!query.exec(QString::fromLatin1(pragma)))
            return sqlError(
                query.lastError(),
                QCoreApplication::translate("helpline::CaseStore", "Opening the case store"));
    }
    return {};
}

Outcome<std::unique_ptr<CaseStore>>
CaseStore::create(const CreateOptions &options, const SecureBytes &adminPassword, Clock *clock)
{
    ensureSodium();
    StorePaths paths(options.directory);
    if (options.adminUsername.trimmed().isEmpty())
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore", "Enter a user name."));
    if (adminPassword.size() < 8)
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore",
                                        "The password must have at least 8 characters."));
    if (exists(paths.directory))
        return StoreError::make(
            StoreError::Code::AlreadyExists,
            QCoreApplication::translate("helpline::CaseStore",
                                        "A case store already exists in %1; it was not changed.")
                .arg(paths.directory));
    if (!QDir().mkpath(paths.directory))
        return StoreError::make(
            StoreError::Code::ReadOnly,
            QCoreApplication::translate("helpline::CaseStore", "The folder %1 cannot be created.")
                .arg(paths.directory));

    std::unique_ptr<CaseStore> store(new CaseStore(paths, clock));
    SecureBytes key = SecureBytes::random(32);
    auto fail = [&](const StoreError &error) -> Outcome<std::unique_ptr<CaseStore>> {
        store->close();
        removeDatabaseFiles(paths.database); // only files this call created
        return error;
    };
    if (auto opened = store->openConnection(options.encrypted ? &key : nullptr, true); !opened)
        return fail(opened.error());
    if (auto configured = store->configure(options.encrypted); !configured)
        return fail(configured.error());
    QSqlDatabase db = store->database();
    if (auto pragmas = store->applyRuntimePragmas(); !pragmas)
        return fail(pragmas.error());
    if (auto migrated = Migrations::apply(db); !migrated)
        return fail(migrated.error());

    const QString storeId = newUuidV7(store->clock().nowUtc());
    const QString deviceId =
        options.deviceId.isEmpty() ? newUuidV7(store->clock().nowUtc()) : options.deviceId;
    if (!options.adminAccountId.isEmpty() && !isUuid(options.adminAccountId))
        return fail(StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore",
                                        "The server's account id is not a valid id.")));
    const QString adminId = options.adminAccountId.isEmpty() ? newUuidV7(store->clock().nowUtc())
                                                             : options.adminAccountId;
    store->m_storeId = storeId;
    store->m_session =
        Session{adminId,
                options.adminUsername.trimmed(),
                options.adminDisplayName.trimmed().isEmpty() ? options.adminUsername.trimmed()
                                                             : options.adminDisplayName.trimmed(),
                options.adminRole,
                deviceId,
                options.officeId};
    {
        WriteTransaction tx(*store);
        tx.exec(QStringLiteral("INSERT INTO store_meta (key, value) VALUES ('store_id', ?), "
                               "('device_id', ?), ('created_at', ?)"),
                {storeId, deviceId, isoUtc(store->clock().nowUtc())});
        const QString now = isoUtc(store->clock().nowUtc());
        tx.exec(QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, created_by, "
                               "origin_device, username, display_name, role, office_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {adminId, now, now, adminId, deviceId, store->m_session.username,
                 store->m_session.displayName, roleCode(options.adminRole),
                 records::textOrNull(options.officeId)});
        tx.audit(QStringLiteral("store.create"), QStringLiteral("account"), adminId);
        tx.queue(QStringLiteral("account"), adminId, 1);
        if (auto committed = tx.commit(); !committed)
            return fail(committed.error());
    }
    QSqlQuery checkpoint(db);
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

    Keyring keyring = Keyring::createNew(storeId);
    keyring.setDatabaseSalt(options.encrypted ? fileSalt(paths.database) : QByteArray());
    const KdfParams kdf = options.kdf.isValid() ? options.kdf : KdfParams::calibrate();
    if (auto added =
            keyring.addAccount(KeyringAccount{adminId, store->m_session.username,
                                              store->m_session.displayName, options.adminRole},
                               adminPassword, key, kdf);
        !added)
        return fail(added.error());
    if (!options.escrowKey.isEmpty())
        if (auto sealed = keyring.sealEscrow(deviceId, options.escrowKey, key); !sealed)
            return fail(sealed.error());
    if (auto saved = keyring.save(paths.keyring); !saved)
        return fail(saved.error());
    store->m_key = std::move(key);
    qCInfo(lcStore) << "created store" << storeId << "cipher" << store->m_cipherVersion;
    return store;
}

Outcome<Keyring> CaseStore::readKeyring(const QString &directory)
{
    return Keyring::load(StorePaths(directory).keyring);
}

Outcome<std::unique_ptr<CaseStore>> CaseStore::unlock(const QString &directory,
                                                      const QString &accountId,
                                                      const SecureBytes &password, Clock *clock)
{
    ensureSodium();
    StorePaths paths(directory);
    auto keyring = Keyring::load(paths.keyring);
    if (!keyring)
        return keyring.error();
    if (!QFileInfo::exists(paths.database))
        return databaseMissing(paths);
    const auto account = keyring->account(accountId);
    if (!account)
        return StoreError::make(StoreError::Code::UnknownAccount,
                                QCoreApplication::translate("helpline::CaseStore",
                                                            "This account is not on this desk."));
    auto key = keyring->unwrap(accountId, password);
    if (!key)
        return key.error();
    return openWithKey(paths, *keyring, *account, std::move(*key), clock,
                       QStringLiteral("session.sign_in"));
}

Outcome<std::unique_ptr<CaseStore>>
CaseStore::unlockWithEscrow(const QString &directory, const QByteArray &escrowKey,
                            const KeyringAccount &account, const QString &officeId,
                            const SecureBytes &password, const KdfParams &kdf, Clock *clock)
{
    ensureSodium();
    StorePaths paths(directory);
    auto keyring = Keyring::load(paths.keyring);
    if (!keyring)
        return keyring.error();
    if (!QFileInfo::exists(paths.database))
        return databaseMissing(paths);
    if (!isUuid(account.accountId) || account.username.trimmed().isEmpty())
        return StoreError::make(StoreError::Code::Validation,
                                QCoreApplication::translate("helpline::CaseStore",
                                                            "The server's account is not valid."));
    auto key = keyring->openEscrow(escrowKey);
    if (!key)
        return key.error();
    // Wrap the key for this account's password (new on this desk, or reset on the server), then
    // open as usual; the account's row is written once the store is open.
    if (auto set = keyring->setAccount(account, password, *key,
                                       kdf.isValid() ? kdf : KdfParams::calibrate());
        !set)
        return set.error();
    auto store = openWithKey(paths, *keyring, account, std::move(*key), clock,
                             QStringLiteral("session.sign_in_escrow"), &officeId);
    if (!store)
        return store;
    if (auto saved = keyring->save(paths.keyring); !saved)
        return saved.error();
    qCInfo(lcStore) << "unlocked store" << (*store)->m_storeId << "through escrow for account"
                    << account.accountId;
    return store;
}

StoreError CaseStore::databaseMissing(const StorePaths &paths)
{
    return StoreError::make(
        StoreError::Code::DatabaseMissing,
        QCoreApplication::translate("helpline::CaseStore",
                                    "The case database %1 is missing. Restore it from a backup; a "
                                    "new empty store is not created in its place.")
            .arg(paths.database));
}

Outcome<std::unique_ptr<CaseStore>>
CaseStore::openWithKey(const StorePaths &paths, const Keyring &keyring,
                       const KeyringAccount &account, SecureBytes key, Clock *clock,
                       const QString &auditAction, const QString *upsertAccountOffice)
{
    QFileInfo dbInfo(paths.database);
    if (dbInfo.size() < 4096)
        return StoreError::make(
            StoreError::Code::DatabaseCorrupt,
            QCoreApplication::translate(
                "helpline::CaseStore",
                "The case database %1 is truncated (%2 bytes). Restore it from a "
                "backup; nothing was changed.")
                .arg(paths.database)
                .arg(dbInfo.size()));
    if (fileSalt(paths.database) != keyring.databaseSalt())
        return StoreError::make(StoreError::Code::DatabaseForeign,
                                QCoreApplication::translate(
                                    "helpline::CaseStore",
                                    "The case database %1 does not belong to this desk's keyring "
                                    "(it was replaced or copied from another desk). Nothing was "
                                    "changed.")
                                    .arg(paths.database));

    std::unique_ptr<CaseStore> store(new CaseStore(paths, clock));
    if (auto opened = store->openConnection(&key, false); !opened)
        return opened.error();
    if (auto configured = store->configure(true); !configured)
        return configured.error();
    QSqlDatabase db = store->database();
    // Refuse a newer schema before anything writes (journal mode and migrations do).
    if (auto known = Migrations::checkKnown(Migrations::currentVersion(db)); !known)
        return known.error();
    if (auto pragmas = store->applyRuntimePragmas(); !pragmas)
        return pragmas.error();
    if (auto migrated = Migrations::apply(db); !migrated)
        return migrated.error();
    if (upsertAccountOffice) {
        // An account the server vouched for: its row as the server knows it, written with the
        // sign-in's audit entry before the session loads (which needs the row).
        QSqlQuery meta(db);
        QString deviceId;
        if (meta.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'device_id'")) &&
            meta.next())
            deviceId = meta.value(0).toString();
        store->m_session = Session{account.accountId,
                                   account.username,
                                   account.displayName,
                                   account.role,
                                   deviceId,
                                   upsertAccountOffice ? *upsertAccountOffice : QString()};
        WriteTransaction tx(*store);
        const QString now = isoUtc(store->clock().nowUtc());
        const bool known =
            tx.scalar(QStringLiteral("SELECT 1 FROM accounts WHERE id = ?"), {account.accountId})
                .isValid();
        if (known)
            tx.exec(QStringLiteral("UPDATE accounts SET username = ?, display_name = ?, role = ?, "
                                   "office_id = ?, active = 1, updated_at = ? WHERE id = ?"),
                    {account.username, account.displayName, roleCode(account.role),
                     records::textOrNull(*upsertAccountOffice), now, account.accountId});
        else
            tx.exec(QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, created_by, "
                                   "origin_device, username, display_name, role, office_id) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {account.accountId, now, now, account.accountId, deviceId, account.username,
                     account.displayName, roleCode(account.role),
                     records::textOrNull(*upsertAccountOffice)});
        tx.audit(auditAction, QStringLiteral("account"), account.accountId);
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        if (auto loaded = store->loadSession(account); !loaded)
            return loaded.error();
        store->m_key = std::move(key);
        return store;
    }
    if (auto loaded = store->loadSession(account); !loaded)
        return loaded.error();
    {
        WriteTransaction tx(*store);
        tx.audit(auditAction, QStringLiteral("account"), account.accountId);
        if (auto committed = tx.commit(); !committed)
            return committed.error();
    }
    store->m_key = std::move(key);
    qCInfo(lcStore) << "unlocked store" << store->m_storeId << "for account" << account.accountId;
    return store;
}

Outcome<QString> CaseStore::addAccount(const QString &username, const QString &displayName,
                                       Role role, const SecureBytes &password, const KdfParams &kdf,
                                       const QString &serverAccountId)
{
    if (m_session.role != Role::Admin)
        return StoreError::make(
            StoreError::Code::PermissionDenied,
            QCoreApplication::translate("helpline::CaseStore",
                                        "Only an administrator can add accounts."));
    if (username.trimmed().isEmpty())
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore", "Enter a user name."));
    if (password.size() < 8)
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore",
                                        "The password must have at least 8 characters."));
    if (!serverAccountId.isEmpty() && !isUuid(serverAccountId))
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore",
                                        "The server's account id is not a valid id."));
    auto keyring = Keyring::load(m_paths.keyring);
    if (!keyring)
        return keyring.error();
    const QString id = serverAccountId.isEmpty() ? newUuidV7(m_clock->nowUtc()) : serverAccountId;
    const QString name =
        displayName.trimmed().isEmpty() ? username.trimmed() : displayName.trimmed();
    if (auto added =
            keyring->addAccount(KeyringAccount{id, username.trimmed(), name, role}, password, m_key,
                                kdf.isValid() ? kdf : KdfParams::calibrate());
        !added)
        return added.error();

    WriteTransaction tx(*this);
    const QString now = isoUtc(m_clock->nowUtc());
    tx.exec(QStringLiteral("INSERT INTO accounts (id, created_at, updated_at, created_by, "
                           "origin_device, username, display_name, role) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {id, now, now, m_session.accountId, m_session.deviceId, username.trimmed(), name,
             roleCode(role)});
    tx.audit(QStringLiteral("account.add"), QStringLiteral("account"), id);
    tx.queue(QStringLiteral("account"), id, 1);
    // A row that could not be written must not leave a keyring entry behind.
    if (tx.failed())
        return tx.commit().error();
    // The keyring is saved inside the transaction: if it cannot be written, the account row is
    // rolled back too, and the desk never has an account that cannot sign in.
    if (auto saved = keyring->save(m_paths.keyring); !saved)
        return saved.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Outcome<void> CaseStore::removeAccount(const QString &accountId)
{
    if (m_session.role != Role::Admin)
        return StoreError::make(
            StoreError::Code::PermissionDenied,
            QCoreApplication::translate("helpline::CaseStore",
                                        "Only an administrator can remove accounts."));
    if (accountId == m_session.accountId)
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore",
                                        "You cannot remove the account you are signed in with."));
    auto keyring = Keyring::load(m_paths.keyring);
    if (!keyring)
        return keyring.error();
    if (auto removed = keyring->removeAccount(accountId); !removed)
        return removed.error();
    WriteTransaction tx(*this);
    tx.exec(
        QStringLiteral("UPDATE accounts SET active = 0, updated_at = ?, revision = revision + 1 "
                       "WHERE id = ?"),
        {isoUtc(m_clock->nowUtc()), accountId});
    tx.audit(QStringLiteral("account.remove"), QStringLiteral("account"), accountId);
    const int revision =
        tx.scalar(QStringLiteral("SELECT revision FROM accounts WHERE id = ?"), {accountId})
            .toInt();
    tx.queue(QStringLiteral("account"), accountId, revision, {QStringLiteral("active")});
    if (auto saved = keyring->save(m_paths.keyring); !saved)
        return saved.error();
    return tx.commit();
}

Outcome<void> CaseStore::changePassword(const SecureBytes &oldPassword,
                                        const SecureBytes &newPassword, const KdfParams &kdf)
{
    if (newPassword.size() < 8)
        return StoreError::make(
            StoreError::Code::Validation,
            QCoreApplication::translate("helpline::CaseStore",
                                        "The password must have at least 8 characters."));
    auto keyring = Keyring::load(m_paths.keyring);
    if (!keyring)
        return keyring.error();
    if (auto changed = keyring->changePassword(m_session.accountId, oldPassword, newPassword,
                                               kdf.isValid() ? kdf : KdfParams::calibrate());
        !changed)
        return changed.error();
    WriteTransaction tx(*this);
    tx.audit(QStringLiteral("account.change_password"), QStringLiteral("account"),
             m_session.accountId);
    if (auto saved = keyring->save(m_paths.keyring); !saved)
        return saved.error();
    return tx.commit();
}

Outcome<QStringList> CaseStore::integrityProblems() const
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(query.lastError(), QCoreApplication::translate("helpline::CaseStore",
                                                                       "Checking the case store"));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace helpline
