// Administration end to end: the directory (import, export, errors, pull, removal, export and
// import again), accounts through the API, and backup and restore of the embedded store.
#include <catch2/catch.hpp>

#include "serverharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

using namespace helpline::test;

namespace {
QByteArray demoDirectory()
{
    QFile file(QStringLiteral(HELPLINE_SOURCE_DIR "/resources/directory/demo-directory.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

int demoDirectorySize()
{
    return int(QJsonDocument::fromJson(demoDirectory()).array().size());
}

QList<QJsonObject> pullDirectory(const ServerProcess &server, const QString &token,
                                 qint64 cursor = 0)
{
    QList<QJsonObject> items;
    bool more = true;
    while (more) {
        const Reply r = getJson(
            server,
            QStringLiteral("/v1/sync/pull?stream=directory&cursor=%1&limit=1000").arg(cursor),
            token);
        REQUIRE(r.status == 200);
        for (const QJsonValue &v : r.json.value("items").toArray())
            items << v.toObject();
        more = r.json.value("more").toBool();
        cursor = r.json.value("cursor").toInteger();
    }
    return items;
}
} // namespace

TEST_CASE("the directory: import, export, errors with line numbers, removal", "[server][admin]")
{
    const auto kind = backend();
    TestDatabase db(kind);
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    const QString demo = db.scratch() + "/demo.json";
    {
        QFile file(demo);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(demoDirectory());
    }
    const CliResult imported = runCli(db, {"directory", "import", demo});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const int demoSize = demoDirectorySize();
    REQUIRE(demoSize > 10);
    CHECK(QJsonDocument::fromJson(imported.out).object().value("added").toInt() == demoSize);

    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk desk = enrolDesk(db, server);
    const Session admin = signIn(server, desk, "admin", kAdminPassword);
    const Session leyla = signIn(server, desk, "leyla", "a good long password");
    REQUIRE(admin.status == 200);
    REQUIRE(leyla.status == 200);

    const QList<QJsonObject> pulled = pullDirectory(server, leyla.access);
    CHECK(pulled.size() == demoSize);
    const qint64 cursor = pulled.constLast().value("seq").toInteger();

    // Export as CSV through the API, drop one entry, change another, import: desks receive
    // exactly the difference.
    const Reply csv =
        httpRequest("GET", server.url("/v1/admin/directory?format=csv"), {}, admin.access);
    REQUIRE(csv.status == 200);
    CHECK(csv.header("Content-Type").startsWith("text/csv"));
    QList<QByteArray> lines = csv.body.split('\n');
    REQUIRE(lines.size() > demoSize + 1);
    const QByteArray removedLine = lines.takeAt(5);
    const QString removedId = QString::fromUtf8(removedLine.left(removedLine.indexOf(',')));
    lines[7].replace("Uydurma", "Dəyişdirilmiş uydurma");
    const Reply reimport = httpRequest("POST", server.url("/v1/admin/directory/import"),
                                       lines.join('\n'), admin.access, "text/csv");
    INFO(reimport.body.toStdString());
    REQUIRE(reimport.status == 200);
    CHECK(reimport.json.value("removed").toInt() == 1);
    CHECK(reimport.json.value("changed").toInt() == 1);
    CHECK(reimport.json.value("unchanged").toInt() == demoSize - 2);
    const QList<QJsonObject> delta = pullDirectory(server, leyla.access, cursor);
    REQUIRE(delta.size() == 2);
    bool sawTombstone = false;
    for (const QJsonObject &item : delta)
        if (item.value("id").toString() == removedId)
            sawTombstone = item.value("deleted").toBool();
    CHECK(sawTombstone);

    SECTION("an invalid file imports nothing and names every bad line")
    {
        const QByteArray bad = "name,service_types,verified_on,region_codes,phones\n"
                               "Good one,legal,2026-01-05,AZ-BA.nasimi,012 555 00 11\n"
                               "Bad phone,legal,2026-01-05,AZ-BA.nasimi,not a phone\n"
                               ",psychology,2099-01-01,AZ-BA.nasimi,\n";
        const Reply r = httpRequest("POST", server.url("/v1/admin/directory/import"), bad,
                                    admin.access, "text/csv");
        CHECK(r.status == 400);
        CHECK(r.errorCode() == "invalid_file");
        QList<int> problemLines;
        for (const QJsonValue &p : r.json.value("problems").toArray())
            problemLines << p.toObject().value("line").toInt();
        CHECK(problemLines.contains(3));
        CHECK(problemLines.contains(4));
        CHECK(!problemLines.contains(2));
        CHECK(pullDirectory(server, leyla.access, delta.constLast().value("seq").toInteger())
                  .isEmpty());
    }
    SECTION("only an admin imports")
    {
        CHECK(httpRequest("POST", server.url("/v1/admin/directory/import"), demoDirectory(),
                          leyla.access)
                  .status == 403);
    }
}

namespace {
// What an import of the whole demo directory, unchanged, reports.
QJsonObject allUnchanged(int size)
{
    return {{"entries", size}, {"added", 0}, {"changed", 0}, {"unchanged", size}, {"removed", 0}};
}
} // namespace

TEST_CASE("the directory exported as JSON or CSV imports back with every entry unchanged",
          "[server][admin][directory]")
{
    const auto kind = backend();
    TestDatabase db(kind);
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    const QString demo = db.scratch() + "/demo.json";
    {
        QFile file(demo);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(demoDirectory());
    }
    const int demoSize = demoDirectorySize();
    REQUIRE(runCli(db, {"directory", "import", demo}).exitCode == 0);

    // The command line: export to a file, import that file.
    QHash<QString, QByteArray> firstExport;
    for (const QString format : {"json", "csv"}) {
        INFO(format.toStdString());
        const QString path = db.scratch() + "/export." + format;
        const CliResult exported = runCli(db, {"directory", "export", path});
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        firstExport.insert(format, file.readAll());
        const CliResult back = runCli(db, {"directory", "import", path});
        INFO(back.out.toStdString() + back.err.toStdString());
        REQUIRE(back.exitCode == 0);
        CHECK(QJsonDocument::fromJson(back.out).object() == allUnchanged(demoSize));
    }

    // The admin API, with a desk pulling: nothing new reaches it, and the directory exports
    // exactly as before.
    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk desk = enrolDesk(db, server);
    const Session admin = signIn(server, desk, "admin", kAdminPassword);
    const Session leyla = signIn(server, desk, "leyla", "a good long password");
    REQUIRE(admin.status == 200);
    REQUIRE(leyla.status == 200);
    const QList<QJsonObject> pulled = pullDirectory(server, leyla.access);
    REQUIRE(pulled.size() == demoSize);
    const qint64 cursor = pulled.constLast().value("seq").toInteger();
    for (const QString format : {"json", "csv"}) {
        INFO(format.toStdString());
        const Reply exported = httpRequest(
            "GET", server.url("/v1/admin/directory?format=" + format), {}, admin.access);
        REQUIRE(exported.status == 200);
        CHECK(exported.body == firstExport.value(format));
        const Reply back =
            httpRequest("POST", server.url("/v1/admin/directory/import"), exported.body,
                        admin.access, format == "csv" ? "text/csv" : "application/json");
        INFO(back.body.toStdString());
        REQUIRE(back.status == 200);
        CHECK(back.json == allUnchanged(demoSize));
    }
    CHECK(pullDirectory(server, leyla.access, cursor).isEmpty());
}

TEST_CASE("accounts through the admin API", "[server][admin]")
{
    const auto kind = backend();
    TestDatabase db(kind);
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk desk = enrolDesk(db, server);
    const Session admin = signIn(server, desk, "admin", kAdminPassword);
    REQUIRE(admin.status == 200);
    const Reply created = postJson(server, "/v1/admin/accounts",
                                   {{"username", "nigar"},
                                    {"display_name", "Nigar Əliyeva"},
                                    {"role", "counsellor"},
                                    {"office_id", "baku"},
                                    {"password", "a good long password"}},
                                   admin.access);
    REQUIRE(created.status == 201);
    const QString id = created.json.value("id").toString();
    CHECK(postJson(server, "/v1/admin/accounts",
                   {{"username", "nigar"},
                    {"display_name", "x"},
                    {"role", "counsellor"},
                    {"office_id", "baku"},
                    {"password", "a good long password"}},
                   admin.access)
              .status == 409);
    const Reply weak = postJson(server, "/v1/admin/accounts",
                                {{"username", "weak"},
                                 {"display_name", "x"},
                                 {"role", "counsellor"},
                                 {"office_id", "baku"},
                                 {"password", "short"}},
                                admin.access);
    CHECK(weak.status == 400);
    CHECK(weak.json.value("error").toObject().value("field").toString() == "password");
    const Session nigar = signIn(server, desk, "nigar", "a good long password");
    REQUIRE(nigar.status == 200);
    CHECK(postJson(server, "/v1/admin/accounts/" + id + "/role", {{"role", "supervisor"}},
                   admin.access)
              .json.value("role")
              .toString() == "supervisor");
    // A new role ends the old sign-ins.
    CHECK(getJson(server, "/v1/me", nigar.access).status == 401);
    CHECK(postJson(server, "/v1/admin/accounts/" + id + "/disable", {}, admin.access).status ==
          200);
    CHECK(signIn(server, desk, "nigar", "a good long password").status == 403);
    CHECK(postJson(server, "/v1/admin/accounts/" + id + "/enable", {}, admin.access).status == 200);
    CHECK(postJson(server, "/v1/admin/accounts/" + id + "/reset-password",
                   {{"password", "a brand new passphrase"}}, admin.access)
              .status == 200);
    CHECK(signIn(server, desk, "nigar", "a brand new passphrase").status == 200);
    CHECK(postJson(server, "/v1/admin/accounts/nobody/disable", {}, admin.access).status == 404);
}

TEST_CASE("backup while serving, then restore into a new folder", "[server][admin]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    ServerProcess server;
    REQUIRE(server.start(db));
    const QString backup = db.scratch() + "/backup";
    const CliResult made = runCli(db, {"backup", backup});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(QFile::exists(backup + "/helpline-server.db"));
    CHECK(QFileInfo(backup + "/server.key").permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    // A second backup into the same folder refuses to overwrite it.
    CHECK(runCli(db, {"backup", backup}).exitCode == 1);
    CHECK(server.stop() == 0);

    const QString restored = db.scratch() + "/restored";
    QProcess restore;
    restore.start(serverBinary(), {"restore", backup, "--data", restored});
    REQUIRE(restore.waitForFinished(30000));
    INFO(restore.readAllStandardError().toStdString());
    CHECK(restore.exitCode() == 0);
    // The restored server has the accounts.
    QProcess list;
    list.start(serverBinary(), {"accounts", "list", "--data", restored});
    REQUIRE(list.waitForFinished(30000));
    const QJsonArray accounts =
        QJsonDocument::fromJson(list.readAllStandardOutput()).object().value("accounts").toArray();
    CHECK(accounts.size() == 2);
    // Restoring over an existing store is refused.
    restore.start(serverBinary(), {"restore", backup, "--data", restored});
    REQUIRE(restore.waitForFinished(30000));
    CHECK(restore.exitCode() == 1);
}
