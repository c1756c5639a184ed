#pragma once

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>

struct sqlite3;

namespace helpline {

class SecureBytes;
class SqlCipherResult;

// A Qt Sql driver over the SQLCipher C API. Qt's own QSQLITE plugin links the system libsqlite3,
// whose symbols collide with SQLCipher's, so the process must never load it; this driver uses only
// public Qt API and is registered under its own name (see registerSqlCipherDriver()).
//
// The database key is never passed through QSqlDatabase (connection options and passwords are
// long-lived QStrings). Open the connection, then call applyKey() with the raw 256-bit key before
// the first statement.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT
public:
    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password, const QString &host,
              int port, const QString &connectOptions) override;
    void close() override;
    QSqlResult *createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    // Keys the connection with a raw 32-byte key (no passphrase KDF). Returns false when the
    // connection is not open or SQLCipher refuses the key. Whether the key is right is only known
    // at the first read (SQLITE_NOTADB).
    bool applyKey(const SecureBytes &rawKey);
    sqlite3 *connection() const { return m_db; }

    // Native SQLite error of the last failed call on this connection.
    QSqlError lastNativeError(const QString &context, QSqlError::ErrorType type) const;

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &context);

    sqlite3 *m_db = nullptr;
    // Results alive on this connection; close() finalizes their statements.
    mutable QList<SqlCipherResult *> m_results;
};

inline constexpr const char *kSqlCipherDriverName = "HELPLINE_SQLCIPHER";

// Registers the driver with QSqlDatabase under kSqlCipherDriverName. Idempotent.
void registerSqlCipherDriver();

// SQLCipher's version as reported by PRAGMA cipher_version on an open connection.
QString sqlCipherVersion(sqlite3 *db);

// Frees the calling thread's OpenSSL state (its random generators, which SQLCipher uses for page
// IVs). OpenSSL frees it itself when the thread ends, but a QThread counts as finished before
// that, so a process that joins its worker threads and exits at once could end with the state
// still allocated (and LeakSanitizer reporting it). Call it as a worker thread's last store
// action. Harmless when OpenSSL is not loaded or the thread never used it.
void releaseThreadCryptoState();

} // namespace helpline
