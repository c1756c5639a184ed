// The server under hostile or unusual input and operation: oversized and malformed bodies,
// invalid records in a batch, a shutdown in the middle of a request, TLS, the config file and
// what the access log may contain; on the embedded store and on PostgreSQL.
#include <catch2/catch.hpp>

#include "serverfixtures.h"
#include "serverharness.h"
#include "waituntil.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>

using namespace helpline;
using namespace helpline::test;

namespace {

// A server with an office "baku", its admin, a desk, and the counsellor leyla signed in on it.
struct Running {
    explicit Running(TestDatabase::Kind kind, const QStringList &serverArgs = {})
        : db(kind)
    {
        requireDatabase(db);
        const CliResult init = initServer(db);
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        counsellorId = createAccount(db, "leyla", "counsellor", "baku", kPassword);
        REQUIRE(!counsellorId.isEmpty());
        REQUIRE(server.start(db, serverArgs));
        desk = enrolDesk(db, server);
        REQUIRE(!desk.deviceId.isEmpty());
        const Session s = signIn(server, desk, "leyla", kPassword);
        REQUIRE(s.status == 200);
        token = s.access;
    }
    Author author() const { return Author{counsellorId, desk.deviceId}; }
    Reply push(const QJsonArray &items)
    {
        return postJson(server, "/v1/sync/push", pushBody(desk.deviceId, items), token);
    }
    Reply pushRaw(const QByteArray &body)
    {
        return httpRequest("POST", server.url("/v1/sync/push"), body, token);
    }
    bool healthy() { return getJson(server, "/v1/health").status == 200; }

    TestDatabase db;
    ServerProcess server;
    Desk desk;
    QString counsellorId;
    QString token;
};

// A push body of exactly `size` bytes (an unknown padding field: the size check comes first).
QByteArray paddedPush(const QString &deviceId, qsizetype size)
{
    const QByteArray head = R"({"device_id":")" + deviceId.toLatin1() + R"(","records":[],"pad":")";
    const QByteArray tail = "\"}";
    return head + QByteArray(size - head.size() - tail.size(), 'a') + tail;
}

// A case and `notes` notes in it, all valid.
QJsonArray caseWithNotes(const Author &author, int notes, QString *caseId = nullptr)
{
    const CaseRecord kase = newCase(author, author.accountId, "baku");
    if (caseId)
        *caseId = kase.meta.id;
    QJsonArray items{pushItem("case", toJson(kase))};
    for (int i = 0; i < notes; ++i)
        items.append(pushItem(
            "note", toJson(caseNote(author, kase.meta.id, QString("Note number %1.").arg(i)))));
    return items;
}

QByteArray nested(int depth)
{
    QByteArray body;
    for (int i = 0; i < depth; ++i)
        body += "{\"a\":";
    body += "1";
    body += QByteArray(depth, '}');
    return body;
}

// Starts helpline-server with exactly `args` and returns the port from its "listening" line,
// or 0 (with its output in `*output`) when it did not start.
quint16 startServer(QProcess &process, const QStringList &args, QByteArray *output)
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(serverBinary(), args);
    if (!process.waitForStarted(10000))
        return 0;
    static const QRegularExpression listening(":([0-9]+) \\(");
    QDeadlineTimer deadline(30000);
    QByteArray out;
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        if (const auto m = listening.match(QString::fromUtf8(out)); m.hasMatch())
            return quint16(m.captured(1).toUInt());
    }
    process.waitForFinished(10000);
    *output = out + process.readAllStandardOutput() + process.readAllStandardError();
    return 0;
}

// A GET over HTTPS that trusts only `ca` (the system's CAs when empty).
struct HttpsReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject json;
};

HttpsReply httpsGet(const QUrl &url, const QList<QSslCertificate> &ca)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!ca.isEmpty())
        tls.setCaCertificates(ca);
    request.setSslConfiguration(tls);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpsReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.json = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return r;
}

// A self-signed certificate for 127.0.0.1, made with the openssl command line.
bool makeCertificate(const QString &dir, QString *cert, QString *key, QByteArray *output)
{
    *cert = dir + "/cert.pem";
    *key = dir + "/key.pem";
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", *key,
                              "-out", *cert, "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                              "subjectAltName=IP:127.0.0.1"});
    if (!openssl.waitForFinished(60000))
        return false;
    *output = openssl.readAll();
    return openssl.exitStatus() == QProcess::NormalExit && openssl.exitCode() == 0;
}

} // namespace

TEST_CASE("bodies over the limits are refused and the server keeps answering",
          "[server][robustness]")
{
    Running s(backend());

    // Over the push limit (4 MiB) but within what the connection accepts: the route says no.
    const Reply overPush = s.pushRaw(paddedPush(s.desk.deviceId, 4 * 1024 * 1024 + 16 * 1024));
    CHECK(overPush.status == 413);
    CHECK(overPush.errorCode() == "too_large");
    // 5 MiB: beyond the server's max_body_bytes, cut off by the connection guard (its 413 is
    // checked in "a body over max_body_bytes is answered 413 every time").
    const Reply fiveMiB = s.pushRaw(paddedPush(s.desk.deviceId, 5 * 1024 * 1024));
    CHECK((fiveMiB.status == 413 || fiveMiB.status == 0));
    CHECK(s.healthy());
    // Any other body over 64 KiB.
    QJsonObject bigSignIn{{"username", "leyla"},
                          {"password", QString(70 * 1024, 'x')},
                          {"device_id", s.desk.deviceId},
                          {"device_secret", s.desk.deviceSecret}};
    const Reply signIn = postJson(s.server, "/v1/auth/sign-in", bigSignIn);
    CHECK(signIn.status == 413);
    CHECK(signIn.errorCode() == "too_large");
    // 17 MiB is cut off by the connection guard: a 413 or a closed connection, never a crash.
    const Reply huge = s.pushRaw(paddedPush(s.desk.deviceId, 17 * 1024 * 1024));
    CHECK((huge.status == 413 || huge.status == 0));
    if (huge.status == 413)
        CHECK(huge.errorCode() == "too_large");
    CHECK(s.server.process().state() == QProcess::Running);
    CHECK(s.healthy());
    // And the connection that was cut did not leave the next request in a bad state.
    CHECK(getJson(s.server, "/v1/me", s.token).status == 200);
    CHECK(pullAll(s.server, s.token, "cases").ids().isEmpty());
    CHECK(s.server.stop() == 0);
}

TEST_CASE("a body over max_body_bytes is answered 413 every time", "[server][robustness]")
{
    Running s(TestDatabase::Kind::Embedded);
    const QByteArray body = paddedPush(s.desk.deviceId, 5 * 1024 * 1024);
    QList<int> statuses;
    const QByteArray underGuard = paddedPush(s.desk.deviceId, 4 * 1024 * 1024 + 16 * 1024);
    for (int i = 0; i < 10; ++i) {
        // After a request answered on the same connection, and after one cut off.
        if (i % 2 == 0)
            CHECK(s.pushRaw(underGuard).status == 413);
        const Reply r = s.pushRaw(body);
        statuses << (r.status == 413 && r.errorCode() == "too_large" ? 413 : r.status);
    }
    INFO("statuses: " << QDebug::toString(statuses).toStdString());
    CHECK(statuses.count(413) == statuses.size());
    CHECK(s.healthy());
}

TEST_CASE("malformed bodies get 400 with the code and the field at fault", "[server][robustness]")
{
    Running s(backend());
    const QJsonObject good{{"username", "leyla"},
                           {"password", kPassword},
                           {"device_id", s.desk.deviceId},
                           {"device_secret", s.desk.deviceSecret}};

    SECTION("JSON nested 40 deep")
    {
        const Reply deep = httpRequest("POST", s.server.url("/v1/auth/sign-in"), nested(40));
        CHECK(deep.status == 400);
        CHECK(deep.errorCode() == "too_deep");
        // Within a pushed record too.
        QJsonObject record = toJson(caseNote(s.author(), newUuidV7()));
        const QByteArray body = compact(pushBody(s.desk.deviceId, {pushItem("note", record)}));
        QByteArray deepPush = body;
        deepPush.replace("\"kind\":\"note\"", "\"kind\":" + nested(40));
        REQUIRE(deepPush != body);
        const Reply r = s.pushRaw(deepPush);
        CHECK(r.status == 400);
        CHECK(r.errorCode() == "too_deep");
        // 30 levels are fine as JSON (the sign-in then finds the field unknown).
        const Reply shallow = httpRequest("POST", s.server.url("/v1/auth/sign-in"), nested(30));
        CHECK(shallow.status == 400);
        CHECK(shallow.errorCode() != "too_deep");
    }
    SECTION("not JSON, or not an object")
    {
        for (const QByteArray &body : {QByteArray("{\"username\": "), QByteArray("[1, 2]"),
                                       QByteArray("\xff\xfe{}"), QByteArray()}) {
            INFO(body.toStdString());
            const Reply r = httpRequest("POST", s.server.url("/v1/auth/sign-in"), body);
            CHECK(r.status == 400);
            CHECK(!r.errorCode().isEmpty());
        }
    }
    SECTION("an unknown field in sign-in")
    {
        QJsonObject body = good;
        body.insert("remember_me", true);
        const Reply r = postJson(s.server, "/v1/auth/sign-in", body);
        CHECK(r.status == 400);
        CHECK(r.errorCode() == "unknown_field");
        CHECK(r.json.value("error").toObject().value("field").toString() == "remember_me");
        CHECK(!r.json.contains("access_token"));
    }
    SECTION("a missing field")
    {
        QJsonObject body = good;
        body.remove("device_secret");
        const Reply r = postJson(s.server, "/v1/auth/sign-in", body);
        CHECK(r.status == 400);
        CHECK(r.errorCode() == "missing_field");
        CHECK(r.json.value("error").toObject().value("field").toString() == "device_secret");
    }
    SECTION("a wrong type")
    {
        QJsonObject body = good;
        body.insert("username", 42);
        const Reply r = postJson(s.server, "/v1/auth/sign-in", body);
        CHECK(r.status == 400);
        CHECK(r.errorCode() == "wrong_type");
        CHECK(r.json.value("error").toObject().value("field").toString() == "username");

        QJsonObject item = pushItem("note", toJson(caseNote(s.author(), newUuidV7())));
        item.insert("revision", "1");
        const Reply push = s.push({item});
        CHECK(push.status == 400);
        CHECK(push.errorCode() == "wrong_type");
        CHECK(push.json.value("error").toObject().value("field").toString() ==
              "records[0].revision");
    }
    CHECK(s.healthy());
}

TEST_CASE("a push of more than 500 records is refused whole", "[server][robustness]")
{
    Running s(backend());
    QString caseId;
    const QJsonArray items = caseWithNotes(s.author(), 500, &caseId);
    REQUIRE(items.size() == 501);
    const Reply r = s.push(items);
    INFO(r.body.left(300).toStdString());
    CHECK((r.status == 413 || r.status == 400));
    if (r.status == 413)
        CHECK(r.errorCode() == "too_large");
    CHECK(r.json.value("error").toObject().value("field").toString() == "records");
    CHECK(!r.json.contains("results"));
    // Nothing of it was applied.
    const Pulled pulled = pullAll(s.server, s.token, "cases");
    CHECK(pulled.status == 200);
    CHECK(pulled.items.isEmpty());

    // 500 are fine.
    QJsonArray five = items;
    five.removeLast();
    const Reply ok = s.push(five);
    REQUIRE(ok.status == 200);
    const QJsonArray results = ok.json.value("results").toArray();
    CHECK(results.size() == 500);
    int applied = 0;
    for (const QJsonValue &v : results)
        applied += v.toObject().value("result").toString() == "applied" ? 1 : 0;
    CHECK(applied == 500);
    CHECK(pullAll(s.server, s.token, "cases").items.size() == 500);
}

TEST_CASE("an invalid record in a batch is rejected alone", "[server][robustness]")
{
    Running s(backend());
    const Author me = s.author();
    const CaseRecord kase = newCase(me, me.accountId, "baku");
    const Note empty = caseNote(me, kase.meta.id, "   ");
    Contact pigeon = counsellingContact(me, kase.meta.id);
    pigeon.channel = "pigeon";
    const Note good = caseNote(me, kase.meta.id);
    const Reply r = s.push({pushItem("case", toJson(kase)), pushItem("note", toJson(empty)),
                            pushItem("contact", toJson(pigeon)), pushItem("note", toJson(good))});
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const QJsonArray results = r.json.value("results").toArray();
    REQUIRE(results.size() == 4);
    // One result per record, in order.
    CHECK(results[0].toObject().value("id").toString() == kase.meta.id);
    CHECK(results[0].toObject().value("result").toString() == "applied");
    CHECK(results[1].toObject().value("result").toString() == "rejected");
    CHECK(!results[1].toObject().value("reason").toString().isEmpty());
    CHECK(results[1].toObject().value("field").toString() == "records[1].record.body");
    CHECK(results[2].toObject().value("result").toString() == "rejected");
    CHECK(!results[2].toObject().value("reason").toString().isEmpty());
    CHECK(results[2].toObject().value("field").toString() == "records[2].record.channel");
    CHECK(results[3].toObject().value("id").toString() == good.meta.id);
    CHECK(results[3].toObject().value("result").toString() == "applied");
    CHECK(pullAll(s.server, s.token, "cases").ids() == QSet<QString>{kase.meta.id, good.meta.id});

    // Sent again once put right, the rejected ones are applied.
    Contact fixed = pigeon;
    fixed.channel = "phone";
    const Reply again = s.push({pushItem("contact", toJson(fixed))});
    REQUIRE(again.status == 200);
    CHECK(resultsById(again).value(fixed.meta.id).value("result").toString() == "applied");
}

// During the grace period the server still serves requests that arrive on connections it had
// accepted before the signal.
TEST_CASE("SIGTERM lets a request in flight finish and refuses new ones and the server exits 0",
          "[server][robustness]")
{
    Running s(backend());
    QString caseId;
    const QByteArray body =
        compact(pushBody(s.desk.deviceId, caseWithNotes(s.author(), 499, &caseId)));

    QNetworkAccessManager manager;
    QNetworkRequest request(s.server.url("/v1/sync/push"));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setRawHeader("Authorization", "Bearer " + s.token.toLatin1());
    request.setTransferTimeout(60000);
    QNetworkReply *reply = manager.post(request, body);
    bool sent = false;
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [&](qint64 done, qint64 total) {
        if (total > 0 && done == total)
            sent = true;
    });
    REQUIRE(waitUntil([&] { return sent || reply->isFinished(); }, 30000));
    // The push is still being handled when the signal comes.
    REQUIRE(!reply->isFinished());
    s.server.process().terminate(); // SIGTERM

    // New requests are refused (connection refused, or 503 on a connection still open).
    int refusedStatus = -1;
    CHECK(waitUntil(
        [&] {
            const Reply r = getJson(s.server, "/v1/health");
            refusedStatus = r.status;
            return r.status != 200;
        },
        20000));
    CHECK((refusedStatus == 0 || refusedStatus == 503));

    REQUIRE(waitUntil([&] { return reply->isFinished(); }, 60000));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    INFO(answer.left(300).toStdString());
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(status == 200);
    CHECK(QJsonDocument::fromJson(answer).object().value("results").toArray().size() == 500);
    delete reply;

    // waitForFinished() is false for a process that has already ended (the event loops above may
    // have seen it end).
    REQUIRE((s.server.process().state() == QProcess::NotRunning ||
             s.server.process().waitForFinished(30000)));
    CHECK(s.server.process().exitStatus() == QProcess::NormalExit);
    CHECK(s.server.process().exitCode() == 0);
    CHECK(s.server.stop() == 0);
    // Everything the answer said was applied is there after a restart.
    ServerProcess again;
    REQUIRE(again.start(s.db));
    CHECK(pullAll(again, s.token, "cases").items.size() == 500);
}

TEST_CASE("a request still arriving when SIGTERM comes is completed", "[server][robustness]")
{
    Running s(backend());
    const QByteArray body = compact(pushBody(s.desk.deviceId, caseWithNotes(s.author(), 10)));
    const QByteArray head = "POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\nAuthorization: Bearer " +
                            s.token.toLatin1() +
                            "\r\nContent-Length: " + QByteArray::number(body.size()) +
                            "\r\nConnection: close\r\n\r\n";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, s.server.port());
    REQUIRE(socket.waitForConnected(5000));
    // Half the request, then the signal.
    socket.write(head + body.left(body.size() / 2));
    REQUIRE(socket.waitForBytesWritten(5000));
    s.server.process().terminate();
    // Shutdown has begun once new connections are refused.
    REQUIRE(waitUntil(
        [&] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, s.server.port());
            return !probe.waitForConnected(500);
        },
        20000));
    // The rest of the request: it is answered in full.
    socket.write(body.mid(body.size() / 2));
    QByteArray answer;
    waitUntil(
        [&] {
            answer += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        30000);
    answer += socket.readAll();
    INFO(answer.left(400).toStdString());
    s.server.process().waitForFinished(30000);
    INFO("server: " << s.server.process().readAllStandardError().right(3000).toStdString());
    CHECK(answer.startsWith("HTTP/1.1 200"));
    CHECK(answer.contains("\"applied\""));
    // waitForFinished() is false for a process that has already ended (the event loops above may
    // have seen it end).
    REQUIRE((s.server.process().state() == QProcess::NotRunning ||
             s.server.process().waitForFinished(30000)));
    CHECK(s.server.process().exitCode() == 0);
}

TEST_CASE("TLS: the server answers https with its certificate and refuses plain http",
          "[server][robustness]")
{
    TestDatabase db(backend());
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    QTemporaryDir dir;
    QString cert;
    QString key;
    QByteArray output;
    const bool made = makeCertificate(dir.path(), &cert, &key, &output);
    INFO(output.toStdString());
    REQUIRE(made);
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(cert);
    REQUIRE(ca.size() == 1);

    ServerProcess server;
    REQUIRE(server.start(db, {"--tls-cert", cert, "--tls-key", key}));
    const QUrl https(QString("https://127.0.0.1:%1/v1/health").arg(server.port()));
    const HttpsReply health = httpsGet(https, ca);
    CHECK(health.error == QNetworkReply::NoError);
    CHECK(health.status == 200);
    CHECK(health.json.value("status").toString() == "ok");
    // Not trusted without the certificate.
    const HttpsReply untrusted = httpsGet(https, {});
    CHECK(untrusted.error != QNetworkReply::NoError);
    CHECK(untrusted.status == 0);
    // Plain http to the TLS port gets no answer.
    const Reply plain = getJson(server, "/v1/health");
    CHECK(plain.status == 0);
    // And the server is still fine.
    CHECK(httpsGet(https, ca).status == 200);
    CHECK(server.stop() == 0);

    // With TLS, any address is allowed.
    ServerProcess open;
    REQUIRE(open.start(db, {"--listen", "0.0.0.0:0", "--tls-cert", cert, "--tls-key", key}));
    const HttpsReply viaAny =
        httpsGet(QUrl(QString("https://127.0.0.1:%1/v1/health").arg(open.port())), ca);
    CHECK(viaAny.status == 200);
    CHECK(open.stop() == 0);

    // Only one of the two files is an error.
    QProcess half;
    half.start(serverBinary(), QStringList{"serve", "--listen", "127.0.0.1:0", "--tls-cert", cert} +
                                   db.arguments());
    REQUIRE(half.waitForFinished(20000));
    CHECK(half.exitCode() != 0);
    CHECK(half.readAllStandardError().contains("--tls-key"));
}

TEST_CASE("the server starts from a config file and refuses unknown keys", "[server][robustness]")
{
    TestDatabase db(backend());
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    const QString storage = db.kind() == TestDatabase::Kind::Embedded
                                ? "data=\"" + db.dataDirectory() + "\"\n"
                                : "database=\"" + db.postgresUrl() + "\"\n";
    auto writeConfig = [&](const QString &name, const QString &server) {
        const QString path = db.scratch() + "/" + name;
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(("[server]\n" + server + "\n[storage]\n" + storage).toUtf8());
        return path;
    };

    const QString good = writeConfig("server.conf", "listen=127.0.0.1:0\nworkers=2");
    QProcess process;
    QByteArray output;
    const quint16 port =
        startServer(process, {"serve", "--config", good, "--test-fast-hashing"}, &output);
    INFO(output.toStdString());
    REQUIRE(port != 0);
    const Reply health =
        httpRequest("GET", QUrl(QString("http://127.0.0.1:%1/v1/health").arg(port)));
    CHECK(health.status == 200);
    CHECK(health.json.value("database").toString() ==
          (db.kind() == TestDatabase::Kind::Embedded ? "sqlcipher" : "postgresql"));
    process.terminate();
    REQUIRE(process.waitForFinished(20000));
    CHECK(process.exitCode() == 0);

    const QString unknown = writeConfig("unknown.conf", "listen=127.0.0.1:0\ncolour=blue");
    QProcess refused;
    refused.start(serverBinary(), {"serve", "--config", unknown, "--test-fast-hashing"});
    REQUIRE(refused.waitForFinished(20000));
    CHECK(refused.exitCode() != 0);
    const QByteArray err = refused.readAllStandardError();
    INFO(err.toStdString());
    CHECK(err.contains("colour"));
    CHECK(refused.readAllStandardOutput().indexOf("listening") < 0);

    const QString badValue = writeConfig("bad.conf", "listen=127.0.0.1:0\nworkers=0");
    QProcess invalid;
    invalid.start(serverBinary(), {"serve", "--config", badValue, "--test-fast-hashing"});
    REQUIRE(invalid.waitForFinished(20000));
    CHECK(invalid.exitCode() != 0);
    CHECK(invalid.readAllStandardError().contains("workers"));
}

TEST_CASE("the access log names method and path and status but never who or what",
          "[server][robustness]")
{
    Running s(backend());
    const QString childName = QString::fromUtf8("Günel Əliyeva");
    const Person child = childPerson(s.author(), childName);
    const CaseRecord kase = newCase(s.author(), s.counsellorId, "baku", child.meta.id);
    Contact contact = counsellingContact(s.author(), kase.meta.id, child.meta.id);
    contact.summary = QString::fromUtf8("Günel says her stepfather hits her.");
    REQUIRE(s.push({pushItem("person", toJson(child)), pushItem("case", toJson(kase)),
                    pushItem("contact", toJson(contact))})
                .status == 200);
    CHECK(pullAll(s.server, s.token, "cases").items.size() == 3);
    CHECK(signIn(s.server, s.desk, "leyla", "wrong password 1234").status == 401);
    CHECK(signIn(s.server, s.desk, "nosuchuser", "wrong password 5678").status == 401);
    CHECK(getJson(s.server, "/v1/admin/accounts", s.token).status == 403);
    REQUIRE(s.server.stop() == 0);

    const QByteArray log = s.server.log();
    INFO(log.toStdString());
    for (const char *line :
         {"POST /v1/auth/sign-in 200", "POST /v1/auth/sign-in 401", "POST /v1/sync/push 200",
          "GET /v1/sync/pull 200", "GET /v1/admin/accounts 403", "POST /v1/devices/enrol 201"})
        CHECK(log.contains(line));
    for (const QByteArray &secret :
         {QByteArray("leyla"), QByteArray(kPassword), QByteArray("wrong password"),
          QByteArray("nosuchuser"), childName.toUtf8(), QByteArray("Günel"),
          QByteArray("stepfather"), s.token.toLatin1(), s.desk.deviceSecret.toLatin1()}) {
        INFO(secret.toStdString());
        CHECK(!log.contains(secret));
    }
}
