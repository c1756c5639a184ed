#pragma once

#include "server/http/apierror.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QThreadStorage>
#include <QVariantList>

#include <map>
#include <memory>

namespace helpline::server {

enum class Dialect { SqlCipher, Postgres };

// Where the server keeps its data: a PostgreSQL database (production, several instances) or an
// encrypted SQLCipher file in a data folder (one office, a demo). Exactly one is set.
struct DatabaseLocation {
    QString postgresUrl;   // postgresql://user:password@host:port/db?host=/socket/dir&sslmode=...
    QString dataDirectory; // embedded: <dir>/helpline-server.db, key in <dir>/server.key (0600)

    bool isPostgres() const { return !postgresUrl.isEmpty(); }
    // The URL without its password, for logs and messages.
    QString describe() const;
};

// The server's database. Every thread gets its own connection (Qt's rule), opened on first use
// and closed when the thread ends; statements are prepared once per connection and cached.
class ServerDatabase {
public:
    enum class OpenMode { Existing, CreateIfMissing };
    static ApiResult<std::unique_ptr<ServerDatabase>> open(const DatabaseLocation &location,
                                                           OpenMode mode);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    Dialect dialect() const { return m_dialect; }
    QString kind() const;
    const DatabaseLocation &location() const { return m_location; }
    int schemaVersion();

    // This thread's connection; an ApiError (503) when it cannot be opened.
    ApiResult<QSqlDatabase> connection();
    // A cached prepared statement on this thread's connection; nullptr with `error` set when
    // it does not prepare.
    QSqlQuery *prepared(const QString &sql, ApiError *error);

    // Embedded only: a consistent, encrypted copy of the whole database (with its key file)
    // into `directory`, taken while the server runs (sqlcipher_export in a read transaction).
    ApiResult<void> backupTo(const QString &directory);
    static QString databaseFileName() { return QStringLiteral("helpline-server.db"); }
    static QString keyFileName() { return QStringLiteral("server.key"); }

private:
    struct Connection;
    ServerDatabase(DatabaseLocation location, Dialect dialect);
    ApiResult<void> openConnection(const QString &name, bool create);
    ApiResult<void> migrate();

    DatabaseLocation m_location;
    Dialect m_dialect;
    QString m_instance;
    QByteArray m_key; // embedded only; the raw key read from the key file
    QThreadStorage<Connection *> m_connections;
};

// One transaction on this thread's connection. Statements after the first failure are skipped;
// commit() reports it. Destroying an uncommitted transaction rolls it back.
//
// Writers are serialised from lockWriters() (called by nextSeq) to their commit, so the order of
// sequence numbers is the order of commits and a pull never skips a record committed late with a
// lower number. On PostgreSQL that is a transaction-level advisory lock and the numbers come
// from a sequence; the embedded store's write transactions hold SQLite's write lock from BEGIN
// and take the numbers from a counter row.
class ServerTransaction {
public:
    enum class Mode { Read, Write };
    explicit ServerTransaction(ServerDatabase &db, Mode mode = Mode::Write);
    ~ServerTransaction();
    ServerTransaction(const ServerTransaction &) = delete;
    ServerTransaction &operator=(const ServerTransaction &) = delete;

    // Runs a statement; returns the query (positioned before the first row) or nullptr after a
    // failure.
    QSqlQuery *exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row; invalid when there is none or on failure.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    int rowsAffected() const { return m_rowsAffected; }
    // Reserves `count` consecutive sequence numbers and returns the first (after lockWriters()).
    qint64 nextSeq(int count = 1);
    // Waits until no other writer holds the lock, then holds it until this transaction ends.
    // Idempotent. What was read before it may have been changed by writers that committed
    // meanwhile.
    void lockWriters();
    // INSERT INTO `table` (`columns`) VALUES (...), (...): several rows a statement (fewer
    // round trips), within SQLite 3.15's limit of 999 bound values.
    void insertRows(const QString &table, const QStringList &columns,
                    const QList<QVariantList> &rows);

    void fail(ApiError error);
    bool failed() const { return m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    ApiResult<void> commit();
    ServerDatabase &database() { return m_db; }

private:
    ServerDatabase &m_db;
    bool m_active = false;
    bool m_done = false;
    int m_rowsAffected = 0;
    bool m_writersLocked = false;
    std::optional<ApiError> m_error;
};

// Reads one value in its own read transaction (health, small lookups).
ApiResult<QVariant> readScalar(ServerDatabase &db, const QString &sql,
                               const QVariantList &values = {});

} // namespace helpline::server
