// The referral directory follows the server: the real server binary, a real desk store and the
// real sync engine. The admin imports a directory file; the desk pulls exactly its entries. A
// second file changes one entry, drops one and adds one; after the next sync the desk holds
// exactly the new set (the dropped entry is a tombstone, no longer listed). The same file again
// changes nothing on the server, and the desk pulls nothing.
#include <catch2/catch.hpp>

#include "enrolleddesk.h"
#include "serverharness.h"
#include "waituntil.h"

#include "core/sync/serversession.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <string>
#include <vector>

using namespace helpline;
using namespace helpline::test;

namespace {

const QString kLegalAid = QStringLiteral("019d0a10-7c00-7a01-8c00-00000000a001");
const QString kShelter = QStringLiteral("019d0a10-7c00-7a01-8c00-00000000a002");
const QString kPsychology = QStringLiteral("019d0a10-7c00-7a01-8c00-00000000a003");
const QString kYouthCentre = QStringLiteral("019d0a10-7c00-7a01-8c00-00000000a004");

QJsonObject entry(const QString &id, const QString &name, const QString &type,
                  const QString &region, const QString &phone, const QString &verifiedOn)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("service_types"), QJsonArray{type}},
            {QStringLiteral("region_codes"), QJsonArray{region}},
            {QStringLiteral("phones"), QJsonArray{phone}},
            {QStringLiteral("verified_on"), verifiedOn}};
}

QByteArray firstFile()
{
    return QJsonDocument(
               QJsonArray{entry(kLegalAid, QStringLiteral("Nəsimi Uşaq Hüquqları Bürosu"),
                                QStringLiteral("legal"), QStringLiteral("AZ-BA.nasimi"),
                                QStringLiteral("012 555 10 01"), QStringLiteral("2026-01-12")),
                          entry(kShelter, QStringLiteral("Lənkəran Qızlar Sığınacağı"),
                                QStringLiteral("shelter"), QStringLiteral("AZ-LAN"),
                                QStringLiteral("025 555 20 02"), QStringLiteral("2026-02-03")),
                          entry(kPsychology, QStringLiteral("Şəki Psixoloji Dəstək Kabineti"),
                                QStringLiteral("psychology"), QStringLiteral("AZ-SAK"),
                                QStringLiteral("024 555 30 03"), QStringLiteral("2026-03-04"))})
        .toJson();
}

// As an admin edits the export in a spreadsheet: the legal aid office has a new number and was
// checked again, the shelter is gone, a youth centre is new.
QByteArray secondFile()
{
    return QStringLiteral(
               "id,name,service_types,region_codes,age_min,age_max,phones,verified_on\r\n"
               "%1,Nəsimi Uşaq Hüquqları Bürosu,legal,AZ-BA.nasimi,,,012 555 10 09;012 555 10 "
               "10,2026-05-15\r\n"
               "%2,Şəki Psixoloji Dəstək Kabineti,psychology,AZ-SAK,,,024 555 30 03,2026-03-04\r\n"
               "%3,\"Quba Gənclər Mərkəzi \"\"Çinar\"\"\",education;psychology,AZ-QBA,14,25,023 "
               "555 40 04,2026-04-20\r\n")
        .arg(kLegalAid, kPsychology, kYouthCentre)
        .toUtf8();
}

// What the desk lists: "id | name | phones | verified_on" of each entry not deleted, decoded
// from the JSON the desk keeps.
std::vector<std::string> listedEntries(CaseStore &store)
{
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT id, data FROM directory_entries WHERE deleted = 0")));
    std::vector<std::string> out;
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QStringList phones;
        for (const QJsonValue &phone : data.value(QStringLiteral("phones")).toArray())
            phones << phone.toString();
        out.push_back(QStringList{q.value(0).toString(),
                                  data.value(QStringLiteral("name")).toString(), phones.join(u';'),
                                  data.value(QStringLiteral("verified_on")).toString()}
                          .join(QStringLiteral(" | "))
                          .toStdString());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string line(const QString &id, const char *name, const char *phones, const char *verifiedOn)
{
    return (id + QStringLiteral(" | ") + QString::fromUtf8(name) + QStringLiteral(" | ") +
            QString::fromUtf8(phones) + QStringLiteral(" | ") + QString::fromLatin1(verifiedOn))
        .toStdString();
}

std::vector<std::string> sorted(std::vector<std::string> lines)
{
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> deletedIds(CaseStore &store)
{
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM directory_entries WHERE deleted = 1")));
    std::vector<std::string> out;
    while (q.next())
        out.push_back(q.value(0).toString().toStdString());
    return out;
}

QJsonObject importDirectory(const ServerProcess &server, const QString &adminToken,
                            const QByteArray &file, const QByteArray &contentType)
{
    const Reply r = httpRequest("POST", server.url(QStringLiteral("/v1/admin/directory/import")),
                                file, adminToken, contentType);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return r.json;
}

// A counsellor's desk that pulls only the directory stream.
struct DirectoryDesk {
    DirectoryDesk(const TestDatabase &db, const ServerProcess &server)
        : clock(QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC))
    {
        EnrolledDesk enrolled =
            enrolDeskAs(db, server, dir.path(), QStringLiteral("Leyla's desk"),
                        QStringLiteral("leyla"), QString::fromLatin1(kPassword), network, &clock);
        store = std::move(enrolled.store);
        client = std::make_unique<SyncClient>(network, enrolled.desk.clientOptions());
        session = std::make_unique<ServerSession>(
            *client, clock,
            ServerSession::Device{enrolled.desk.deviceId, enrolled.desk.deviceSecret});
        session->resume(enrolled.tokens.refreshToken);
        SyncEngine::Config config;
        config.deviceId = enrolled.desk.deviceId;
        config.streams = {QStringLiteral("directory")};
        config.useTimer = false;
        engine = std::make_unique<SyncEngine>(*store, *client, *session, clock, config);
    }

    // Syncs once; how many items the run pulled.
    int sync()
    {
        clock.advanceMs(600'000);
        engine->syncNow();
        REQUIRE(waitUntil([&] { return !engine->isRunning(); }, 60000));
        const SyncStatus status = engine->status();
        INFO((status.lastError ? status.lastError->message.toStdString() : std::string()));
        REQUIRE_FALSE(status.lastError.has_value());
        auto runs = SyncEngine::recentRuns(*store);
        REQUIRE(runs.ok());
        REQUIRE_FALSE(runs->isEmpty());
        return runs->at(0).pulled;
    }

    QTemporaryDir dir;
    ManualClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<CaseStore> store;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

TEST_CASE("the desk's directory follows the server's imports: changed, removed, added, and "
          "nothing when the file is the same",
          "[sync][directory]")
{
    TestDatabase db(backend());
    CAPTURE(db.name().toStdString());
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, QStringLiteral("leyla"), QStringLiteral("counsellor"));
    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk adminDesk = enrolDesk(db, server);
    const helpline::test::Session admin =
        signIn(server, adminDesk, QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
    REQUIRE(admin.status == 200);
    DirectoryDesk desk(db, server);

    // The first file: three entries reach the desk.
    const QJsonObject first =
        importDirectory(server, admin.access, firstFile(), "application/json");
    CHECK(first.value(QStringLiteral("added")).toInt() == 3);
    CHECK(desk.sync() == 3);
    CHECK(listedEntries(*desk.store) ==
          sorted({line(kLegalAid, "Nəsimi Uşaq Hüquqları Bürosu", "012 555 10 01", "2026-01-12"),
                  line(kShelter, "Lənkəran Qızlar Sığınacağı", "025 555 20 02", "2026-02-03"),
                  line(kPsychology, "Şəki Psixoloji Dəstək Kabineti", "024 555 30 03",
                       "2026-03-04")}));
    CHECK(deletedIds(*desk.store).empty());

    // The second file: one changed, one removed, one added, one as it was.
    const QJsonObject second = importDirectory(server, admin.access, secondFile(), "text/csv");
    CHECK(second.value(QStringLiteral("entries")).toInt() == 3);
    CHECK(second.value(QStringLiteral("added")).toInt() == 1);
    CHECK(second.value(QStringLiteral("changed")).toInt() == 1);
    CHECK(second.value(QStringLiteral("removed")).toInt() == 1);
    CHECK(second.value(QStringLiteral("unchanged")).toInt() == 1);
    CHECK(desk.sync() == 3); // the changed entry, the tombstone, the new entry
    const std::vector<std::string> afterSecond = sorted(
        {line(kLegalAid, "Nəsimi Uşaq Hüquqları Bürosu", "012 555 10 09;012 555 10 10",
              "2026-05-15"),
         line(kPsychology, "Şəki Psixoloji Dəstək Kabineti", "024 555 30 03", "2026-03-04"),
         line(kYouthCentre, "Quba Gənclər Mərkəzi \"Çinar\"", "023 555 40 04", "2026-04-20")});
    CHECK(listedEntries(*desk.store) == afterSecond);
    CHECK(deletedIds(*desk.store) == std::vector<std::string>{kShelter.toStdString()});

    // The same file again: the server changes nothing and the desk pulls nothing.
    const QJsonObject third = importDirectory(server, admin.access, secondFile(), "text/csv");
    CHECK(third.value(QStringLiteral("unchanged")).toInt() == 3);
    CHECK(third.value(QStringLiteral("added")).toInt() == 0);
    CHECK(third.value(QStringLiteral("changed")).toInt() == 0);
    CHECK(third.value(QStringLiteral("removed")).toInt() == 0);
    CHECK(desk.sync() == 0);
    CHECK(listedEntries(*desk.store) == afterSecond);
    CHECK(deletedIds(*desk.store) == std::vector<std::string>{kShelter.toStdString()});
    server.stop();
}
