#pragma once

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace helpline::test {

inline constexpr char kPassword[] = "a good long password";

QByteArray compact(const QJsonObject &object);

class TestDatabase;
// Fails the test when the database is PostgreSQL and the ctest fixture did not start it.
void requireDatabase(const TestDatabase &db);

// Where a test's server keeps its data: a fresh embedded folder, or a fresh database on the
// PostgreSQL that the ctest fixture started (tests/postgres; its URL in tests/postgres.url).
class TestDatabase {
public:
    enum class Kind { Embedded, Postgres };
    explicit TestDatabase(Kind kind);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Kind kind() const { return m_kind; }
    QString name() const { return m_kind == Kind::Embedded ? "embedded" : "postgresql"; }
    // --data DIR or --database URL
    QStringList arguments() const;
    QString dataDirectory() const { return m_dir.path() + "/data"; }
    QString scratch() const { return m_dir.path(); }
    QString postgresUrl() const { return m_url; }

    // The fixture's URL; empty (with a message) when PostgreSQL is not running for the tests.
    static QString fixtureUrl();

private:
    Kind m_kind;
    QTemporaryDir m_dir;
    QString m_url;
    QString m_databaseName;
};

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString serverBinary();
// Runs `helpline-server ARGS` (with the database's arguments and fast hashing) to the end.
CliResult runCli(const TestDatabase &db, const QStringList &args, const QByteArray &input = {});
// Runs the test case once with each backend (Catch2 GENERATE).
inline int backendIndex()
{
    return GENERATE(0, 1);
}

// init with office "baku" and admin "admin" / kAdminPassword.
inline constexpr char kAdminPassword[] = "correct horse battery";
CliResult initServer(const TestDatabase &db);

// The real server binary on 127.0.0.1 and a port of its choosing.
class ServerProcess {
public:
    ~ServerProcess();
    bool start(const TestDatabase &db, const QStringList &extra = {});
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;
    // SIGTERM, then wait; returns the exit code (-1 when it had to be killed).
    int stop(int timeoutMs = 20000);
    void kill();
    QByteArray log() const { return m_log; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const;
};

// A minimal synchronous HTTP client (QNetworkAccessManager and a local event loop).
Reply httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QString &token = {}, const QByteArray &contentType = "application/json");
Reply postJson(const ServerProcess &server, const QString &path, const QJsonObject &body,
               const QString &token = {});
Reply getJson(const ServerProcess &server, const QString &path, const QString &token = {});

// A desk: enrolled with a code from the CLI, then signed in.
struct Desk {
    QString deviceId;
    QString deviceSecret;
    QByteArray escrowKey;
    QString officeId;
};
// Issues a code with the CLI (office, name) and enrols through the API.
Desk enrolDesk(const TestDatabase &db, const ServerProcess &server, const QString &office = "baku");
struct Session {
    QString access;
    QString refresh;
    QJsonObject account;
    int status = 0;
};
Session signIn(const ServerProcess &server, const Desk &desk, const QString &username,
               const QString &password);
// Creates an account through the CLI.
QString createAccount(const TestDatabase &db, const QString &username, const QString &role,
                      const QString &office = "baku",
                      const QString &password = "a good long password");

inline TestDatabase::Kind backend()
{
    return backendIndex() == 0 ? TestDatabase::Kind::Embedded : TestDatabase::Kind::Postgres;
}

} // namespace helpline::test
