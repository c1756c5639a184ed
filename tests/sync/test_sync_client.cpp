// core/sync/SyncClient: the desk's client of the server API, against the real server and
// against canned answers of a broken or hostile one.
#include <catch2/catch.hpp>

#include "serverfixtures.h"
#include "syncawait.h"

#include "core/domain/recordjson.h"
#include "core/sync/syncclient.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace helpline;
using namespace helpline::test;

namespace {

// Answers every request on 127.0.0.1 with the same bytes, then closes the connection.
class CannedServer {
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response))
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    socket->write(m_response);
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
};

QByteArray http(int status, const QByteArray &body, const QByteArray &type = "application/json",
                const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra +
           "Connection: close\r\n\r\n" + body;
}

SyncClient::Options optionsFor(const QUrl &url)
{
    SyncClient::Options o;
    o.server = url;
    o.timeoutMs = 10000;
    return o;
}

PushRequest onePush()
{
    PushRequest request;
    request.deviceId = QStringLiteral("0190a1b2-0000-7000-8000-000000000001");
    PushItem item;
    item.type = QStringLiteral("note");
    item.id = QStringLiteral("0190a1b2-0000-7000-8000-0000000000aa");
    item.revision = 1;
    item.record = QJsonObject{{"id", item.id}, {"revision", 1}};
    request.items << item;
    return request;
}

QString issueCode(const TestDatabase &db)
{
    const CliResult issued =
        runCli(db, {"devices", "issue-code", "--office", "baku", "--name", "Desk"});
    return QJsonDocument::fromJson(issued.out).object().value("code").toString();
}

// A self-signed certificate for 127.0.0.1, made with the openssl command line.
void makeCertificate(const QString &dir, QString *cert, QString *key)
{
    *cert = dir + "/cert.pem";
    *key = dir + "/key.pem";
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", *key,
                              "-out", *cert, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                              "subjectAltName=IP:127.0.0.1"});
    REQUIRE(openssl.waitForFinished(60000));
    INFO(openssl.readAll().toStdString());
    REQUIRE(openssl.exitCode() == 0);
}

} // namespace

TEST_CASE("the server address must be https, or http to this computer", "[sync][client]")
{
    CHECK(SyncClient::checkServerUrl(QUrl("https://helpline.example.az")).isEmpty());
    CHECK(SyncClient::checkServerUrl(QUrl("https://10.1.2.3:8443/api")).isEmpty());
    CHECK(SyncClient::checkServerUrl(QUrl("http://127.0.0.1:8080")).isEmpty());
    CHECK(SyncClient::checkServerUrl(QUrl("http://localhost:8080")).isEmpty());
    CHECK(SyncClient::checkServerUrl(QUrl("http://[::1]:8080")).isEmpty());
    CHECK_FALSE(SyncClient::checkServerUrl(QUrl("http://10.1.2.3:8080")).isEmpty());
    CHECK_FALSE(SyncClient::checkServerUrl(QUrl("http://helpline.example.az")).isEmpty());
    CHECK_FALSE(SyncClient::checkServerUrl(QUrl("ftp://helpline.example.az")).isEmpty());
    CHECK_FALSE(SyncClient::checkServerUrl(QUrl("https://user:pw@helpline.example.az")).isEmpty());
    CHECK_FALSE(SyncClient::checkServerUrl(QUrl("https://helpline.example.az/?a=b")).isEmpty());
    CHECK_FALSE(SyncClient::checkServerUrl(QUrl("not a url")).isEmpty());

    // A client set up wrongly says so on every call, without touching the network.
    QNetworkAccessManager network;
    SyncClient client(network, optionsFor(QUrl("http://192.0.2.1")));
    CHECK_FALSE(client.setupProblem().isEmpty());
    const auto reply = await<EnrolReply>([&](auto done) {
        client.enrol(EnrolRequest{"CODE", "Desk"}, done);
    });
    REQUIRE_FALSE(reply.ok());
    CHECK(reply.error.kind == SyncError::Kind::Setup);
}

TEST_CASE("a desk enrols, signs in for its escrow key, pushes and pulls through the client",
          "[sync][client]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    const QString counsellor = createAccount(db, "leyla", "counsellor");
    ServerProcess server;
    REQUIRE(server.start(db));
    QNetworkAccessManager network;
    SyncClient client(network, optionsFor(server.url("")));
    REQUIRE(client.setupProblem().isEmpty());

    const auto enrolled = await<EnrolReply>([&](auto done) {
        client.enrol(EnrolRequest{issueCode(db), "Desk 1"}, done);
    });
    REQUIRE(enrolled.ok());
    CHECK(enrolled.value->officeId == "baku");
    CHECK(enrolled.value->escrowKey.size() == 32);

    // A code works once.
    const auto again = await<EnrolReply>([&](auto done) {
        client.enrol(EnrolRequest{"ABCD-EFGH-JKMN", "Desk 2"}, done);
    });
    REQUIRE_FALSE(again.ok());
    CHECK(again.error.kind == SyncError::Kind::Refused);
    CHECK_FALSE(again.error.message.isEmpty());

    SignInRequest signIn;
    signIn.username = "leyla";
    signIn.password = "a good long password";
    signIn.deviceId = enrolled.value->deviceId;
    signIn.deviceSecret = enrolled.value->deviceSecret;
    signIn.requestEscrow = true;
    const auto session = await<SessionTokens>([&](auto done) { client.signIn(signIn, done); });
    REQUIRE(session.ok());
    CHECK(session.value->account.id == counsellor);
    CHECK(session.value->account.role == "counsellor");
    CHECK(session.value->escrowKey == enrolled.value->escrowKey);

    SignInRequest wrong = signIn;
    wrong.password = "not the password";
    const auto refused = await<SessionTokens>([&](auto done) { client.signIn(wrong, done); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.kind == SyncError::Kind::Refused);
    CHECK(refused.error.httpStatus == 401);
    CHECK(refused.error.code == "wrong_credentials");

    // A case pushed, and pulled back page by page.
    const CaseRecord c = newCase({counsellor, enrolled.value->deviceId}, counsellor, "baku");
    PushRequest push;
    push.deviceId = enrolled.value->deviceId;
    push.items << pushItemOf("case", toJson(c));
    const auto pushed = await<PushResponse>(
        [&](auto done) { client.push(session.value->accessToken, push, done); });
    REQUIRE(pushed.ok());
    REQUIRE(pushed.value->results.size() == 1);
    CHECK(pushed.value->results.at(0).result == "applied");

    PullQuery query;
    query.stream = QStringLiteral("cases");
    query.limit = 10;
    const auto page =
        await<PullPage>([&](auto done) { client.pull(session.value->accessToken, query, done); });
    REQUIRE(page.ok());
    REQUIRE(page.value->items.size() == 1);
    CHECK(page.value->items.at(0).id == c.meta.id);
    CHECK(page.value->cursor >= page.value->items.at(0).seq);

    // Refresh rotates the tokens; the old access token still names the same account.
    const auto refreshed = await<SessionTokens>([&](auto done) {
        client.refresh(RefreshRequest{session.value->refreshToken, enrolled.value->deviceId}, done);
    });
    REQUIRE(refreshed.ok());
    CHECK(refreshed.value->refreshToken != session.value->refreshToken);

    // A revoked or unknown token: sign in again.
    const auto stale = await<PullPage>([&](auto done) { client.pull("not-a-token", query, done); });
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error.kind == SyncError::Kind::SignInNeeded);

    CHECK(server.stop() == 0);
    // The server gone: offline, in plain words, worth retrying.
    const auto offline =
        await<PullPage>([&](auto done) { client.pull(session.value->accessToken, query, done); });
    REQUIRE_FALSE(offline.ok());
    CHECK(offline.error.kind == SyncError::Kind::Offline);
    CHECK(offline.error.transient());
}

TEST_CASE("replies that are broken, hostile or not for us are refused", "[sync][client]")
{
    QNetworkAccessManager network;
    PullQuery query;
    query.stream = QStringLiteral("cases");
    query.cursor = 10;
    query.limit = 2;
    auto pull = [&](const QByteArray &response) {
        CannedServer canned(response);
        SyncClient client(network, optionsFor(canned.url()));
        return await<PullPage>([&](auto done) { client.pull("token", query, done); });
    };
    auto pullItem = [](qint64 seq) {
        return QJsonObject{{"seq", seq},    {"type", "note"},  {"id", newUuidV7()},
                           {"revision", 1}, {"deleted", true}, {"record", QJsonObject{}}};
    };
    auto page = [&](const QString &stream, qint64 cursor, const QJsonArray &items) {
        return QJsonDocument(
                   QJsonObject{
                       {"stream", stream}, {"cursor", cursor}, {"more", false}, {"items", items}})
            .toJson(QJsonDocument::Compact);
    };

    SECTION("a good page is taken")
    {
        const auto r = pull(http(200, page("cases", 12, {pullItem(11), pullItem(12)})));
        INFO(r.error.message.toStdString());
        REQUIRE(r.ok());
        CHECK(r.value->items.size() == 2);
    }
    SECTION("malformed JSON")
    {
        const auto r = pull(http(200, R"({"stream": "cases", "cursor": )"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
    }
    SECTION("not JSON at all")
    {
        const auto r = pull(http(200, "<html>Login to the hotel Wi-Fi</html>", "text/html"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
    }
    SECTION("wrong types")
    {
        const auto r =
            pull(http(200, R"({"stream":"cases","cursor":"12","more":false,"items":[]})"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
        CHECK(r.error.message.contains("cursor"));
    }
    SECTION("a missing field")
    {
        const auto r = pull(http(200, R"({"stream":"cases","cursor":12,"items":[]})"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
    }
    SECTION("a page of another stream")
    {
        const auto r = pull(http(200, page("accounts", 12, {})));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
    }
    SECTION("items out of sequence, or before the cursor")
    {
        CHECK_FALSE(pull(http(200, page("cases", 12, {pullItem(12), pullItem(11)}))).ok());
        CHECK_FALSE(pull(http(200, page("cases", 12, {pullItem(9)}))).ok());
        CHECK_FALSE(pull(http(200, page("cases", 12, {pullItem(13)}))).ok());
        CHECK_FALSE(pull(http(200, page("cases", 5, {}))).ok());
    }
    SECTION("more items than asked for")
    {
        const auto r =
            pull(http(200, page("cases", 13, {pullItem(11), pullItem(12), pullItem(13)})));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
    }
    SECTION("an oversized reply is cut off")
    {
        CannedServer canned(http(200, QByteArray(3 * 1024 * 1024, ' ') + "{}"));
        SyncClient::Options options = optionsFor(canned.url());
        options.maxReplyBytes = 1024 * 1024;
        SyncClient client(network, options);
        const auto r = await<PullPage>([&](auto done) { client.pull("token", query, done); });
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
        CHECK(r.error.message.contains("MiB"));
    }
    SECTION("a redirect is not followed")
    {
        const auto r = pull(http(302, "", "text/plain", "Location: http://127.0.0.1:1/\r\n"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::BadReply);
    }
    SECTION("503 with Retry-After, and 429: try again later")
    {
        const auto busy =
            pull(http(503, R"({"error":{"code":"unavailable","message":"Database down."}})",
                      "application/json", "Retry-After: 7\r\n"));
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error.kind == SyncError::Kind::ServerBusy);
        CHECK(busy.error.retryAfterMs == 7000);
        CHECK(busy.error.transient());
        const auto throttled = pull(http(429, "{}"));
        CHECK(throttled.error.kind == SyncError::Kind::ServerBusy);
        const auto failed = pull(http(500, "oops", "text/plain"));
        CHECK(failed.error.kind == SyncError::Kind::ServerBusy);
        CHECK(failed.error.httpStatus == 500);
    }
    SECTION("403: refused, with the server's words")
    {
        const auto r =
            pull(http(403, R"({"error":{"code":"forbidden","message":"Only an admin may."}})"));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::Refused);
        CHECK(r.error.code == "forbidden");
        CHECK(r.error.message.contains("Only an admin may."));
        CHECK_FALSE(r.error.transient());
    }
}

TEST_CASE("push results must answer the records pushed, one for one", "[sync][client]")
{
    QNetworkAccessManager network;
    const PushRequest request = onePush();
    auto push = [&](const QJsonArray &results) {
        CannedServer canned(http(
            200, QJsonDocument(QJsonObject{{"results", results}}).toJson(QJsonDocument::Compact)));
        SyncClient client(network, optionsFor(canned.url()));
        auto reply = await<PushResponse>([&](auto done) { client.push("token", request, done); });
        CHECK(canned.request().startsWith("POST /v1/sync/push "));
        CHECK(canned.request().contains("Authorization: Bearer token"));
        return reply;
    };
    const QJsonObject good{{"id", request.items.at(0).id},
                           {"revision", 1},
                           {"result", "applied"},
                           {"server_revision", 1}};
    CHECK(push({good}).ok());
    CHECK_FALSE(push({}).ok());
    CHECK_FALSE(push({good, good}).ok());
    QJsonObject other = good;
    other["id"] = "0190a1b2-0000-7000-8000-0000000000bb";
    const auto r = push({other});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error.kind == SyncError::Kind::BadReply);
    QJsonObject otherRevision = good;
    otherRevision["revision"] = 2;
    CHECK_FALSE(push({otherRevision}).ok());
    QJsonObject unknownOutcome = good;
    unknownOutcome["result"] = "ignored";
    CHECK_FALSE(push({unknownOutcome}).ok());
}

TEST_CASE("TLS: the server's certificate is checked, or its pinned key", "[sync][client][tls]")
{
    QTemporaryDir dir;
    QString cert, key;
    makeCertificate(dir.path(), &cert, &key);
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    ServerProcess server;
    REQUIRE(server.start(db, {"--tls-cert", cert, "--tls-key", key}));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
    QNetworkAccessManager network;
    auto enrolWith = [&](const SyncClient::Options &options) {
        SyncClient client(network, options);
        REQUIRE(client.setupProblem().isEmpty());
        return await<EnrolReply>([&](auto done) {
            client.enrol(EnrolRequest{issueCode(db), "Desk"}, done);
        });
    };

    SECTION("a self-signed certificate is not trusted by default")
    {
        const auto r = enrolWith(optionsFor(url));
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::Certificate);
        CHECK(r.error.message.contains("certificate"));
        CHECK_FALSE(r.error.transient());
    }
    SECTION("trusted through a CA file")
    {
        SyncClient::Options options = optionsFor(url);
        options.caFile = cert;
        const auto r = enrolWith(options);
        INFO(r.error.message.toStdString());
        CHECK(r.ok());
    }
    SECTION("trusted through its pinned key")
    {
        QFile file(cert);
        REQUIRE(file.open(QIODevice::ReadOnly));
        SyncClient::Options options = optionsFor(url);
        options.pinnedKeySha256 = SyncClient::publicKeySha256(file.readAll());
        REQUIRE(options.pinnedKeySha256.size() == 32);
        const auto r = enrolWith(options);
        INFO(r.error.message.toStdString());
        CHECK(r.ok());
    }
    SECTION("another pinned key is refused, even with the CA file")
    {
        SyncClient::Options options = optionsFor(url);
        options.caFile = cert;
        options.pinnedKeySha256 = QByteArray(32, 'x');
        const auto r = enrolWith(options);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error.kind == SyncError::Kind::Certificate);
    }
    CHECK(server.stop() == 0);
}

TEST_CASE("a CA file that holds no certificate is a setup problem", "[sync][client][tls]")
{
    QTemporaryDir dir;
    QNetworkAccessManager network;
    SyncClient::Options options = optionsFor(QUrl("https://127.0.0.1:1"));
    options.caFile = dir.path() + "/missing.pem";
    CHECK_FALSE(SyncClient(network, options).setupProblem().isEmpty());
    QFile notPem(dir.path() + "/key.pem");
    REQUIRE(notPem.open(QIODevice::WriteOnly));
    notPem.write("not a certificate\n");
    notPem.close();
    options.caFile = notPem.fileName();
    SyncClient client(network, options);
    CHECK_FALSE(client.setupProblem().isEmpty());
    const auto reply = await<EnrolReply>([&](auto done) {
        client.enrol(EnrolRequest{"CODE", "Desk"}, done);
    });
    REQUIRE_FALSE(reply.ok());
    CHECK(reply.error.kind == SyncError::Kind::Setup);
}
