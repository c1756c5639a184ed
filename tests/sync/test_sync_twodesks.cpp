// Two desks, the real server, the real sync engine: a counsellor's desk and a supervisor's desk
// change the same case while offline and sync in either order. Afterwards both desks show the
// same case, the change made later won, and the one that lost is kept as a conflict record that
// both desks show.
#include <catch2/catch.hpp>

#include "enrolleddesk.h"
#include "serverharness.h"
#include "testsupport.h"
#include "waituntil.h"

#include "core/domain/accesspolicy.h"
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

// A child's ten-minute phone call that ended a quarter of an hour before `now`.
ContactSave childCalled(const QDateTime &now, const QString &category, const QString &summary,
                        const QString &risk)
{
    ContactSave save;
    save.contact.channel = QStringLiteral("phone");
    save.contact.callType = QStringLiteral("child_about_self");
    save.contact.startedAt = now.addSecs(-900);
    save.contact.durationSeconds = 600;
    save.contact.categories = {category};
    save.contact.summary = summary;
    save.contact.riskLevel = risk;
    return save;
}

// One desk: its store, its clock, and its sync engine against the test server.
struct TestDesk {
    explicit TestDesk(const QDateTime &start)
        : clock(start)
    {
    }

    void enrol(const TestDatabase &db, const ServerProcess &server, const QString &username,
               const char *password)
    {
        EnrolledDesk enrolled = enrolDeskAs(db, server, dir.path(), username, username,
                                            QString::fromLatin1(password), network, &clock);
        store = std::move(enrolled.store);
        identity = enrolled.desk;
        client = std::make_unique<SyncClient>(network, identity.clientOptions());
        session = std::make_unique<ServerSession>(
            *client, clock, ServerSession::Device{identity.deviceId, identity.deviceSecret});
        session->resume(enrolled.tokens.refreshToken);
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
    auto saved = ContactRepository(*counsellor.store)
                     .save(childCalled(morning, QStringLiteral("violence.bullying"),
                                       QStringLiteral("Teased on the way home from school."),
                                       QStringLiteral("low")));
    REQUIRE(saved.ok());
    const QString caseId = saved->caseId;
    counsellor.sync();
    supervisor.sync();
    REQUIRE(supervisor.caseStatus(caseId) == QLatin1String("open"));
    // The server does not send Leyla's records back to her desk (own=skip): both desks pulled
    // the same accounts, and the supervisor's desk also what Leyla's pushed.
    {
        auto leylas = SyncEngine::recentRuns(*counsellor.store);
        auto samirs = SyncEngine::recentRuns(*supervisor.store);
        REQUIRE(leylas.ok());
        REQUIRE(samirs.ok());
        REQUIRE(leylas->at(0).pushed > 0);
        CHECK(samirs->at(0).pulled == leylas->at(0).pulled + leylas->at(0).pushed);
    }

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

namespace {

// The cases each account may see, by the server's records (the office's supervisor pulls them
// all) and the one access policy.
QSet<QString> mayBeSeenBy(const TestDatabase &db, const ServerProcess &server, const Viewer &viewer)
{
    const Desk checker = enrolDesk(db, server);
    const helpline::test::Session samir = signIn(server, checker, "samir", "a good long password");
    REQUIRE(samir.status == 200);
    QHash<QString, QJsonObject> cases; // the latest of each
    qint64 cursor = 0;
    for (bool more = true; more;) {
        const Reply r = getJson(
            server, QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=1000").arg(cursor),
            samir.access);
        REQUIRE(r.status == 200);
        for (const QJsonValue &v : r.json.value("items").toArray())
            if (v.toObject().value("type").toString() == QLatin1String("case"))
                cases.insert(v.toObject().value("id").toString(),
                             v.toObject().value("record").toObject());
        cursor = r.json.value("cursor").toInteger();
        more = r.json.value("more").toBool();
    }
    QSet<QString> visible;
    for (auto it = cases.cbegin(); it != cases.cend(); ++it) {
        const CaseScope scope{it->value("office_id").toString(),
                              it->value("assignee_id").toString(),
                              it->value("restricted").toBool()};
        if (!it->value("deleted").toBool() && AccessPolicy::mayReadCase(viewer, scope))
            visible.insert(it.key());
    }
    return visible;
}

QSet<QString> listed(CaseStore &store)
{
    CaseListQuery query;
    query.limit = 1000;
    auto page = CaseRepository(store).page(query);
    REQUIRE(page.ok());
    QSet<QString> ids;
    for (const CaseSummary &s : *page)
        ids.insert(s.id);
    return ids;
}

} // namespace

TEST_CASE("a case handed to another counsellor leaves the first one's desk and reaches the "
          "other's",
          "[sync][twodesks][access]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    const QString leylaId = createAccount(db, "leyla", "counsellor");
    const QString kamalId = createAccount(db, "kamal", "counsellor");
    const QString samirId = createAccount(db, "samir", "supervisor");
    ServerProcess server;
    REQUIRE(server.start(db));

    const QDateTime morning(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    TestDesk leyla(morning), kamal(morning), samir(morning);
    leyla.enrol(db, server, "leyla", "a good long password");
    kamal.enrol(db, server, "kamal", "a good long password");
    samir.enrol(db, server, "samir", "a good long password");

    // The supervisor records a call and gives the case to Leyla.
    ContactSave save =
        childCalled(morning, QStringLiteral("family.caregiver"),
                    QStringLiteral("Left alone at home for days."), QStringLiteral("moderate"));
    save.contact.counsellorId = leylaId;
    auto saved = ContactRepository(*samir.store).save(save);
    REQUIRE(saved.ok());
    const QString caseId = saved->caseId;
    samir.sync();
    leyla.sync();
    kamal.sync();
    CHECK(listed(*leyla.store) == QSet<QString>{caseId});
    CHECK(listed(*kamal.store).isEmpty());

    // Then hands it to Kamal.
    samir.clock.advanceMs(3'600'000);
    REQUIRE(CaseRepository(*samir.store).assign(caseId, kamalId).ok());
    for (TestDesk *desk : {&samir, &leyla, &kamal}) {
        desk->clock.advanceMs(3'600'000);
        desk->sync();
    }

    // Each desk shows exactly what its account may see, by the server's records.
    const struct {
        TestDesk *desk;
        Viewer viewer;
    } desks[] = {{&leyla, {leylaId, Role::Counsellor, QStringLiteral("baku")}},
                 {&kamal, {kamalId, Role::Counsellor, QStringLiteral("baku")}},
                 {&samir, {samirId, Role::Supervisor, QStringLiteral("baku")}}};
    for (const auto &d : desks) {
        INFO(d.desk->identity.deviceName.toStdString());
        CHECK(listed(*d.desk->store) == mayBeSeenBy(db, server, d.viewer));
        CHECK(d.desk->engine->status().waiting == 0);
    }
    CHECK(listed(*leyla.store).isEmpty());
    CHECK(listed(*kamal.store) == QSet<QString>{caseId});
    // And holds: nothing of the case is left on Leyla's desk (she wrote none of it).
    for (const char *table : {"cases", "contacts", "case_members", "follow_ups", "case_events"}) {
        QSqlQuery q(leyla.store->database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = '%3'")
                           .arg(QLatin1String(table),
                                QLatin1String(qstrcmp(table, "cases") == 0 ? "id" : "case_id"),
                                caseId)));
        REQUIRE(q.next());
        INFO(table);
        CHECK(q.value(0).toInt() == 0);
    }
    const auto gone = CaseRepository(*leyla.store).read(caseId);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == StoreError::Code::NotFound);
    auto timeline = loadTimeline(*kamal.store, caseId);
    REQUIRE(timeline.ok());
    CHECK_FALSE(timeline->isEmpty());
    server.stop();
}
