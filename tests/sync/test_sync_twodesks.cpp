// Two desks, the real server, the real sync engine: a counsellor's desk and a supervisor's desk
// change the same case while offline and sync in either order. Afterwards both desks show the
// same case, the change made later won, and the one that lost is kept as a conflict record that
// both desks show.
#include <catch2/catch.hpp>

#include "serverharness.h"
#include "testsupport.h"
#include "waituntil.h"

#include "core/domain/casetimeline.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/sync/desksetup.h"
#include "core/sync/serversession.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace helpline;
using namespace helpline::test;

namespace {

// One desk: its store, its clock, and its sync engine against the test server.
struct TestDesk {
    explicit TestDesk(const QDateTime &start)
        : clock(start)
    {
    }

    void enrol(const TestDatabase &db, const ServerProcess &server, const QString &username,
               const char *password)
    {
        const CliResult issued =
            runCli(db, {"devices", "issue-code", "--office", "baku", "--name", username});
        const QString code = QJsonDocument::fromJson(issued.out).object().value("code").toString();
        REQUIRE_FALSE(code.isEmpty());
        DeskIdentity desk;
        desk.server = server.url(QString());
        desk.deviceName = username;
        DeskSetup setup(network, &clock);
        std::optional<DeskSetupResult> result;
        setup.enrol(dir.path(), desk, code, username, helpline::test::password(password), fastKdf(),
                    [&](DeskSetupResult r) { result = std::move(r); });
        REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
        INFO(result->error.toStdString());
        REQUIRE(result->ok());
        store = std::move(result->store);
        identity = *result->desk;
        client = std::make_unique<SyncClient>(network, identity.clientOptions());
        session = std::make_unique<ServerSession>(
            *client, clock, ServerSession::Device{identity.deviceId, identity.deviceSecret});
        session->resume(result->tokens->refreshToken);
        SyncEngine::Config config;
        config.deviceId = identity.deviceId;
        config.streams = {QStringLiteral("accounts"), QStringLiteral("cases")};
        config.useTimer = false;
        engine = std::make_unique<SyncEngine>(*store, *client, *session, clock, config);
    }

    SyncStatus sync()
    {
        engine->syncNow();
        REQUIRE(waitUntil([&] { return !engine->isRunning(); }, 60000));
        const SyncStatus status = engine->status();
        INFO((status.lastError ? status.lastError->message.toStdString() : std::string()));
        CHECK_FALSE(status.lastError.has_value());
        return status;
    }

    QString caseStatus(const QString &caseId)
    {
        auto record = CaseRepository(*store).read(caseId);
        REQUIRE(record.ok());
        return record->status;
    }

    // The case's conflict records: "field: lost -> kept".
    QStringList conflicts(const QString &caseId)
    {
        auto events = CaseRepository(*store).events(caseId);
        REQUIRE(events.ok());
        QStringList out;
        for (const CaseEvent &e : *events)
            if (e.kind == CaseEvent::conflictKind())
                out << e.field + QStringLiteral(": ") + e.oldValue + QStringLiteral(" -> ") +
                           e.newValue;
        return out;
    }

    QTemporaryDir dir;
    ManualClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<CaseStore> store;
    DeskIdentity identity;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

TEST_CASE("two desks change one case offline and agree after syncing in either order",
          "[sync][twodesks]")
{
    const bool counsellorFirst = GENERATE(true, false);
    CAPTURE(counsellorFirst);

    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    createAccount(db, "samir", "supervisor");
    ServerProcess server;
    REQUIRE(server.start(db));

    const QDateTime morning(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    TestDesk counsellor(morning);
    TestDesk supervisor(morning);
    counsellor.enrol(db, server, "leyla", "a good long password");
    supervisor.enrol(db, server, "samir", "a good long password");

    // Leyla records a contact; the case reaches the supervisor's desk.
    ContactSave save;
    save.contact.channel = QStringLiteral("phone");
    save.contact.callType = QStringLiteral("child_about_self");
    save.contact.startedAt = morning.addSecs(-900);
    save.contact.durationSeconds = 600;
    save.contact.categories = {QStringLiteral("violence.bullying")};
    save.contact.summary = QStringLiteral("Teased on the way home from school.");
    save.contact.riskLevel = QStringLiteral("low");
    auto saved = ContactRepository(*counsellor.store).save(save);
    REQUIRE(saved.ok());
    const QString caseId = saved->caseId;
    counsellor.sync();
    supervisor.sync();
    REQUIRE(supervisor.caseStatus(caseId) == QLatin1String("open"));

    // Offline, both change the status; the supervisor's change is five minutes later.
    counsellor.clock.set(morning.addSecs(3600));
    supervisor.clock.set(morning.addSecs(3600 + 300));
    REQUIRE(CaseRepository(*counsellor.store).changeStatus(caseId, QStringLiteral("active")).ok());
    REQUIRE(
        CaseRepository(*supervisor.store).changeStatus(caseId, QStringLiteral("referred")).ok());

    TestDesk &first = counsellorFirst ? counsellor : supervisor;
    TestDesk &second = counsellorFirst ? supervisor : counsellor;
    first.clock.advanceMs(600'000);
    second.clock.advanceMs(600'000);
    first.sync();
    second.sync();
    first.sync(); // receives what the second desk pushed, the conflict record included
    second.sync();

    for (TestDesk *desk : {&counsellor, &supervisor}) {
        INFO((desk == &counsellor ? "counsellor's desk" : "supervisor's desk"));
        CHECK(desk->caseStatus(caseId) == QLatin1String("referred"));
        CHECK(desk->conflicts(caseId) == QStringList{QStringLiteral("status: \"active\" -> "
                                                                    "\"referred\"")});
        CHECK(desk->engine->status().waiting == 0);
        // The timeline shows the conflict.
        auto timeline = loadTimeline(*desk->store, caseId);
        REQUIRE(timeline.ok());
        int shown = 0;
        for (const TimelineEntry &entry : *timeline)
            shown += entry.kind == TimelineEntry::Kind::Conflict ? 1 : 0;
        CHECK(shown == 1);
    }
    server.stop();
}
