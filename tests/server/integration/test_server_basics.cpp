// The server binary end to end: command line, start and stop, health, enrolment, sign-in,
// tokens and devices, on the embedded store and on PostgreSQL.
#include <catch2/catch.hpp>

#include "serverharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace helpline::test;

namespace {
// A server with an office "baku", its admin, and one enrolled desk.
struct Running {
    explicit Running(TestDatabase::Kind kind)
        : db(kind)
    {
        requireDatabase(db);
        const CliResult init = initServer(db);
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        REQUIRE(server.start(db));
        desk = enrolDesk(db, server);
        REQUIRE(!desk.deviceId.isEmpty());
    }
    TestDatabase db;
    ServerProcess server;
    Desk desk;
};
} // namespace

TEST_CASE("helpline-server --help documents every command", "[server]")
{
    QProcess process;
    process.start(serverBinary(), {"--help"});
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 0);
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    for (const char *command : {"serve",
                                "init",
                                "accounts list",
                                "accounts create",
                                "accounts disable|enable",
                                "accounts reset-password",
                                "accounts role",
                                "offices list",
                                "offices create",
                                "devices issue-code",
                                "devices list",
                                "devices revoke",
                                "directory import",
                                "directory export",
                                "backup DIR",
                                "restore BACKUP-DIR",
                                "--tls-cert",
                                "--database",
                                "--data",
                                "--config",
                                "--listen"})
        CHECK(help.contains(QString::fromLatin1(command)));
    process.start(serverBinary(), {"frobnicate", "--data", "/nonexistent"});
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError().contains("Unknown command"));
}

TEST_CASE("the server refuses a non-loopback address without TLS", "[server]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    QProcess process;
    process.start(serverBinary(), QStringList{"serve", "--listen", "0.0.0.0:0"} + db.arguments());
    REQUIRE(process.waitForFinished(20000));
    CHECK(process.exitCode() == 1);
    CHECK(process.readAllStandardError().contains("without TLS"));
}

TEST_CASE("init prepares the embedded store with a private key file", "[server]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    const CliResult init = initServer(db);
    REQUIRE(init.exitCode == 0);
    const QFileInfo key(db.dataDirectory() + "/server.key");
    REQUIRE(key.exists());
    CHECK(key.permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    CHECK((QFileInfo(db.dataDirectory()).permissions() &
           (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)) == 0);
    // The database is encrypted: no SQLite header, no readable names.
    QFile file(db.dataDirectory() + "/helpline-server.db");
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(!bytes.startsWith("SQLite format 3"));
    CHECK(!bytes.contains("Baku office"));
    // A second init refuses: the server has accounts already.
    CHECK(initServer(db).exitCode == 1);
    // A key file readable by others is refused.
    QFile::setPermissions(key.filePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    const CliResult refused = runCli(db, {"accounts", "list"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("chmod 600"));
}

TEST_CASE("health, enrolment, sign-in and the session's identity", "[server]")
{
    Running s(backend());
    const Reply health = getJson(s.server, "/v1/health");
    CHECK(health.status == 200);
    CHECK(health.json.value("status").toString() == "ok");
    CHECK(health.json.value("database").toString() ==
          (s.db.kind() == TestDatabase::Kind::Embedded ? "sqlcipher" : "postgresql"));
    CHECK(s.desk.escrowKey.size() == 32);
    CHECK(s.desk.officeId == "baku");

    const Session admin = signIn(s.server, s.desk, "admin", kAdminPassword);
    REQUIRE(admin.status == 200);
    CHECK(admin.access.startsWith("hla_"));
    CHECK(admin.refresh.startsWith("hlr_"));
    CHECK(admin.account.value("role").toString() == "admin");
    const Reply me = getJson(s.server, "/v1/me", admin.access);
    CHECK(me.status == 200);
    CHECK(me.json.value("device").toObject().value("id").toString() == s.desk.deviceId);

    SECTION("an enrolment code works once")
    {
        const CliResult issued =
            runCli(s.db, {"devices", "issue-code", "--office", "baku", "--name", "Desk 2"});
        const QString code = QJsonDocument::fromJson(issued.out).object().value("code").toString();
        REQUIRE(!code.isEmpty());
        CHECK(postJson(s.server, "/v1/devices/enrol",
                       {{"code", code.toLower()}, {"device_name", "x"}})
                  .status == 201);
        const Reply again =
            postJson(s.server, "/v1/devices/enrol", {{"code", code}, {"device_name", "x"}});
        CHECK(again.status == 401);
        CHECK(again.errorCode() == "invalid_code");
    }
    SECTION("a wrong password and an unknown user get the same answer")
    {
        const Session wrong = signIn(s.server, s.desk, "admin", "not the password");
        const Session unknown = signIn(s.server, s.desk, "nobody", "not the password");
        CHECK(wrong.status == 401);
        CHECK(unknown.status == 401);
    }
    SECTION("sign-in needs the desk's secret")
    {
        Desk forged = s.desk;
        forged.deviceSecret = "hld_forged";
        CHECK(signIn(s.server, forged, "admin", kAdminPassword).status == 401);
    }
    SECTION("a request without a token, or with a made-up one, is refused")
    {
        CHECK(getJson(s.server, "/v1/me").status == 401);
        CHECK(getJson(s.server, "/v1/me", "hla_madeup").status == 401);
    }
    SECTION("unknown routes are 404, a wrong method is 405")
    {
        CHECK(getJson(s.server, "/v1/nothing", admin.access).status == 404);
        CHECK(getJson(s.server, "/v1/auth/sign-in").status == 405);
    }
    CHECK(s.server.stop() == 0);
}

TEST_CASE("refresh tokens rotate, and a reused one ends the sign-in", "[server]")
{
    Running s(backend());
    const Session first = signIn(s.server, s.desk, "admin", kAdminPassword);
    REQUIRE(first.status == 200);
    const Reply rotated =
        postJson(s.server, "/v1/auth/refresh",
                 {{"refresh_token", first.refresh}, {"device_id", s.desk.deviceId}});
    REQUIRE(rotated.status == 200);
    const QString access2 = rotated.json.value("access_token").toString();
    const QString refresh2 = rotated.json.value("refresh_token").toString();
    CHECK(access2 != first.access);
    CHECK(getJson(s.server, "/v1/me", access2).status == 200);
    // The old access token ended with the rotation.
    CHECK(getJson(s.server, "/v1/me", first.access).status == 401);
    // Reusing the first refresh token: someone copied it. The whole sign-in ends.
    const Reply reuse =
        postJson(s.server, "/v1/auth/refresh",
                 {{"refresh_token", first.refresh}, {"device_id", s.desk.deviceId}});
    CHECK(reuse.status == 401);
    CHECK(getJson(s.server, "/v1/me", access2).status == 401);
    CHECK(postJson(s.server, "/v1/auth/refresh",
                   {{"refresh_token", refresh2}, {"device_id", s.desk.deviceId}})
              .status == 401);
}

TEST_CASE("sign-out and device revocation end tokens at once", "[server]")
{
    Running s(backend());
    const Session admin = signIn(s.server, s.desk, "admin", kAdminPassword);
    REQUIRE(admin.status == 200);
    SECTION("sign-out")
    {
        CHECK(postJson(s.server, "/v1/auth/sign-out", {}, admin.access).status == 204);
        CHECK(getJson(s.server, "/v1/me", admin.access).status == 401);
    }
    SECTION("revoking the desk")
    {
        createAccount(s.db, "leyla", "counsellor");
        const Desk other = enrolDesk(s.db, s.server);
        const Session leyla = signIn(s.server, other, "leyla", "a good long password");
        REQUIRE(leyla.status == 200);
        const Reply revoked =
            postJson(s.server, "/v1/admin/devices/" + other.deviceId + "/revoke", {}, admin.access);
        REQUIRE(revoked.status == 200);
        CHECK(!revoked.json.value("revoked_at").toString().isEmpty());
        const Reply me = getJson(s.server, "/v1/me", leyla.access);
        CHECK(me.status == 401);
        CHECK(signIn(s.server, other, "leyla", "a good long password").status == 401);
        // The escrow key is gone with it.
        const Reply escrow = postJson(s.server, "/v1/auth/sign-in",
                                      {{"username", "leyla"},
                                       {"password", "a good long password"},
                                       {"device_id", other.deviceId},
                                       {"device_secret", other.deviceSecret},
                                       {"request_escrow", true}});
        CHECK(escrow.status == 401);
        CHECK(!escrow.json.contains("escrow_key"));
    }
}

TEST_CASE("the escrow key is released to a signed-in account on its desk", "[server]")
{
    Running s(backend());
    createAccount(s.db, "leyla", "counsellor");
    const Reply r = postJson(s.server, "/v1/auth/sign-in",
                             {{"username", "leyla"},
                              {"password", "a good long password"},
                              {"device_id", s.desk.deviceId},
                              {"device_secret", s.desk.deviceSecret},
                              {"request_escrow", true}});
    REQUIRE(r.status == 200);
    CHECK(QByteArray::fromBase64(r.json.value("escrow_key").toString().toLatin1()) ==
          s.desk.escrowKey);
    const Reply wrong = postJson(s.server, "/v1/auth/sign-in",
                                 {{"username", "leyla"},
                                  {"password", "wrong password!"},
                                  {"device_id", s.desk.deviceId},
                                  {"device_secret", s.desk.deviceSecret},
                                  {"request_escrow", true}});
    CHECK(wrong.status == 401);
    CHECK(!wrong.json.contains("escrow_key"));
}

TEST_CASE("repeated wrong passwords slow down, then lock, across instances", "[server]")
{
    Running s(backend());
    createAccount(s.db, "leyla", "counsellor");
    int lastStatus = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 6; ++i) {
        const Reply r = postJson(s.server, "/v1/auth/sign-in",
                                 {{"username", "leyla"},
                                  {"password", "wrong password!"},
                                  {"device_id", s.desk.deviceId},
                                  {"device_secret", s.desk.deviceSecret}});
        lastStatus = r.status;
        retryAfter = r.header("Retry-After");
    }
    // Five failures: the sixth try comes too soon.
    CHECK(lastStatus == 429);
    CHECK(retryAfter.toInt() >= 1);
    // A made-up username is slowed down alike: the answer does not tell which names exist.
    int unknownStatus = 0;
    for (int i = 0; i < 6; ++i)
        unknownStatus = signIn(s.server, s.desk, "nobody", "wrong password!").status;
    CHECK(unknownStatus == 429);
    // The state is in the database: another instance on it refuses too. More failures (waiting
    // out each delay) make the delay long enough (8 s after the 8th) that the check below does
    // not depend on how fast this machine is.
    ServerProcess second;
    REQUIRE(second.start(s.db));
    int failures = 5;
    while (failures < 8) {
        const Reply r = postJson(s.server, "/v1/auth/sign-in",
                                 {{"username", "leyla"},
                                  {"password", "wrong password!"},
                                  {"device_id", s.desk.deviceId},
                                  {"device_secret", s.desk.deviceSecret}});
        if (r.status == 429)
            QTest::qWait(1000 * qMax(1, r.header("Retry-After").toInt()));
        else if (r.status == 401)
            ++failures;
        else
            FAIL("unexpected status " << r.status);
    }
    const Reply viaSecond = postJson(second, "/v1/auth/sign-in",
                                     {{"username", "leyla"},
                                      {"password", "a good long password"},
                                      {"device_id", s.desk.deviceId},
                                      {"device_secret", s.desk.deviceSecret}});
    CHECK(viaSecond.status == 429);
    CHECK(viaSecond.header("Retry-After").toInt() >= 5);
    // An admin reset clears it.
    const CliResult reset =
        runCli(s.db, {"accounts", "reset-password", "leyla", "--password-stdin"},
               "another long password\n");
    REQUIRE(reset.exitCode == 0);
    CHECK(signIn(second, s.desk, "leyla", "another long password").status == 200);
}
