#include "serverharness.h"

#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrlQuery>

#include <csignal>
#include <iostream>

namespace helpline::test {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

void requireDatabase(const TestDatabase &db)
{
    if (db.kind() == TestDatabase::Kind::Postgres && db.postgresUrl().isEmpty())
        FAIL("PostgreSQL for tests is not running (ctest fixture tests/postgres)");
}

QString TestDatabase::fixtureUrl()
{
    QFile file(QStringLiteral(HELPLINE_BINARY_DIR "/tests/postgres.url"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

namespace {
// An admin connection to the fixture's database, for creating and dropping test databases.
QSqlDatabase adminConnection(const QString &url)
{
    const QString name = QStringLiteral("pg-admin");
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase("QPSQL", name);
    if (db.isOpen())
        return db;
    const QUrl u(url);
    const QUrlQuery q(u);
    db.setHostName(q.hasQueryItem("host") ? q.queryItemValue("host") : u.host());
    if (u.port() > 0)
        db.setPort(u.port());
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    db.open();
    return db;
}
} // namespace

TestDatabase::TestDatabase(Kind kind)
    : m_kind(kind)
{
    if (kind == Kind::Postgres) {
        const QString base = fixtureUrl();
        if (base.isEmpty())
            return;
        m_databaseName = "t_" + newUuidV7().remove('-').right(16).toLower();
        QSqlDatabase admin = adminConnection(base);
        QSqlQuery q(admin);
        if (!q.exec("CREATE DATABASE " + m_databaseName)) {
            qWarning() << "CREATE DATABASE failed:" << q.lastError().text();
            return;
        }
        QUrl url(base);
        url.setPath("/" + m_databaseName);
        m_url = url.toString();
    }
}

TestDatabase::~TestDatabase()
{
    if (m_kind == Kind::Postgres && !m_databaseName.isEmpty()) {
        QSqlDatabase admin = adminConnection(fixtureUrl());
        QSqlQuery q(admin);
        q.exec("DROP DATABASE IF EXISTS " + m_databaseName + " WITH (FORCE)");
    }
}

QStringList TestDatabase::arguments() const
{
    if (m_kind == Kind::Embedded)
        return {"--data", dataDirectory()};
    return {"--database", m_url};
}

QString serverBinary()
{
    return QStringLiteral(HELPLINE_SERVER_BINARY);
}

CliResult runCli(const TestDatabase &db, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QStringList all = args;
    all << db.arguments() << "--test-fast-hashing";
    process.start(serverBinary(), all);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return CliResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                     process.readAllStandardOutput(), process.readAllStandardError()};
}

CliResult initServer(const TestDatabase &db)
{
    return runCli(db,
                  {"init", "--office", "baku", "--office-name", "Baku office", "--admin", "admin",
                   "--password-stdin"},
                  QByteArray(kAdminPassword) + "\n");
}

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool ServerProcess::start(const TestDatabase &db, const QStringList &extra)
{
    QStringList args{"serve", "--listen", "127.0.0.1:0", "--test-fast-hashing"};
    args << db.arguments() << extra;
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(":([0-9]+) \\(");
    QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            m_log = out; // shown, with what it writes later, if it does not stop cleanly
            return true;
        }
    }
    m_log = out + m_process.readAllStandardError();
    qWarning().noquote() << "server did not start:" << m_log;
    return false;
}

QUrl ServerProcess::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

int ServerProcess::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    int code = -1;
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        std::cerr << "helpline-server did not stop within " << timeoutMs << " ms\n";
    } else {
        m_log += m_process.readAllStandardError();
        if (m_process.exitStatus() == QProcess::NormalExit)
            code = m_process.exitCode();
    }
    // A server that failed to stop cleanly (a crash, a sanitizer report, a hang) explains itself
    // in its own log; show it in the test's output.
    if (code != 0)
        std::cerr << "helpline-server exit " << code << " (status "
                  << (m_process.exitStatus() == QProcess::NormalExit ? "normal" : "crash")
                  << ", code or signal " << m_process.exitCode() << "); its log:\n"
                  << m_log.constData() << '\n';
    return code;
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(5000);
    m_log += m_process.readAllStandardError();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

QString Reply::errorCode() const
{
    return json.value("error").toObject().value("code").toString();
}

Reply httpRequest(const QByteArray &method, const QUrl &url, const QByteArray &body,
                  const QString &token, const QByteArray &contentType)
{
    static QNetworkAccessManager *manager = new QNetworkAccessManager(qApp);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = manager->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Reply postJson(const ServerProcess &server, const QString &path, const QJsonObject &body,
               const QString &token)
{
    return httpRequest("POST", server.url(path), QJsonDocument(body).toJson(QJsonDocument::Compact),
                       token);
}

Reply getJson(const ServerProcess &server, const QString &path, const QString &token)
{
    return httpRequest("GET", server.url(path), {}, token);
}

Desk enrolDesk(const TestDatabase &db, const ServerProcess &server, const QString &office)
{
    Desk desk;
    const CliResult issued =
        runCli(db, {"devices", "issue-code", "--office", office, "--name", "Test desk"});
    const QString code = QJsonDocument::fromJson(issued.out).object().value("code").toString();
    if (code.isEmpty()) {
        qWarning() << "issue-code failed:" << issued.err;
        return desk;
    }
    const Reply r =
        postJson(server, "/v1/devices/enrol", {{"code", code}, {"device_name", "Test desk"}});
    desk.deviceId = r.json.value("device_id").toString();
    desk.deviceSecret = r.json.value("device_secret").toString();
    desk.escrowKey = QByteArray::fromBase64(r.json.value("escrow_key").toString().toLatin1());
    desk.officeId = r.json.value("office_id").toString();
    return desk;
}

Session signIn(const ServerProcess &server, const Desk &desk, const QString &username,
               const QString &password)
{
    const Reply r = postJson(server, "/v1/auth/sign-in",
                             {{"username", username},
                              {"password", password},
                              {"device_id", desk.deviceId},
                              {"device_secret", desk.deviceSecret}});
    Session s;
    s.status = r.status;
    s.access = r.json.value("access_token").toString();
    s.refresh = r.json.value("refresh_token").toString();
    s.account = r.json.value("account").toObject();
    return s;
}

QString createAccount(const TestDatabase &db, const QString &username, const QString &role,
                      const QString &office, const QString &password)
{
    const CliResult r = runCli(
        db,
        {"accounts", "create", username, "--role", role, "--office", office, "--password-stdin"},
        password.toUtf8() + "\n");
    if (r.exitCode != 0)
        qWarning() << "accounts create failed:" << r.err;
    return QJsonDocument::fromJson(r.out).object().value("id").toString();
}

} // namespace helpline::test
