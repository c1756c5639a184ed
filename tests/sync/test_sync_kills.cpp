// Processes killed in the middle of a sync: the desk (a separate process, helpline-sync-probe)
// killed while its pushes are on the wire, and the server killed mid-request and restarted; and
// the server answering 503, 429 and 500 (made up by the proxy in front of the real server).
// After the faults stop and sync settles, every record saved on the desk is on the server
// exactly once, as the desk last saved it, and nothing is left waiting.
#include <catch2/catch.hpp>

#include "enrolleddesk.h"
#include "faultproxy.h"
#include "serverharness.h"
#include "testsupport.h"
#include "waituntil.h"

#include "core/store/contactrepository.h"
#include "core/sync/desksetup.h"
#include "core/sync/serversession.h"
#include "core/sync/synccredentials.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace helpline;
using namespace helpline::test;

namespace {

const char kLeylaPassword[] = "a good long password";

using Enrolled = EnrolledDesk;

Enrolled enrolAs(const TestDatabase &db, const ServerProcess &server, const QString &dir,
                 const QString &username, QNetworkAccessManager &network)
{
    return enrolDeskAs(db, server, dir, QStringLiteral("Killed desk"), username,
                       QString::fromLatin1(kLeylaPassword), network);
}

// Contacts of a desk that was offline for a while: enough for several pushes.
void saveContacts(CaseStore &store, int n)
{
    ContactRepository contacts(store);
    QList<ContactSave> saves;
    for (int i = 0; i < n; ++i) {
        ContactSave save;
        save.contact.channel = QStringLiteral("phone");
        save.contact.callType = QStringLiteral("child_about_self");
        save.contact.startedAt = store.clock().nowUtc().addSecs(-3600 - i * 60);
        save.contact.durationSeconds = 300;
        save.contact.categories = {QStringLiteral("family.caregiver")};
        save.contact.summary = QStringLiteral("Offline contact %1").arg(i);
        save.contact.riskLevel = QStringLiteral("low");
        saves << save;
    }
    REQUIRE(contacts.saveBatch(saves).ok());
}

// id -> updated_at of every record of the desk (placeholders of records it never had aside).
QHash<QString, QString> deskRecords(CaseStore &store)
{
    QHash<QString, QString> records;
    for (const char *table : {"persons", "cases", "case_members", "contacts", "notes", "referrals",
                              "follow_ups", "case_events"}) {
        QSqlQuery q(store.database());
        REQUIRE(q.exec(QStringLiteral("SELECT id, updated_at FROM %1 WHERE revision > 0")
                           .arg(QLatin1String(table))));
        while (q.next())
            records.insert(q.value(0).toString(), q.value(1).toString());
    }
    return records;
}

// id -> updated_at of every case record on the server, as the office's supervisor pulls them;
// an id served twice counts as a failure.
QHash<QString, QString> serverRecords(const TestDatabase &db, const ServerProcess &server)
{
    const Desk checker = enrolDesk(db, server);
    const helpline::test::Session samir = signIn(server, checker, "samir", kLeylaPassword);
    REQUIRE(samir.status == 200);
    QHash<QString, QString> records;
    qint64 cursor = 0;
    for (int page = 0; page < 1000; ++page) {
        const Reply r = getJson(
            server, QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=1000").arg(cursor),
            samir.access);
        REQUIRE(r.status == 200);
        for (const QJsonValue &v : r.json.value("items").toArray()) {
            const QJsonObject item = v.toObject();
            const QString id = item.value("id").toString();
            CHECK_FALSE(records.contains(id));
            records.insert(id, item.value("record").toObject().value("updated_at").toString());
        }
        cursor = r.json.value("cursor").toInteger();
        if (!r.json.value("more").toBool())
            return records;
    }
    FAIL("the pull did not end");
    return records;
}

void checkServerHoldsTheDesk(const TestDatabase &db, const ServerProcess &server, CaseStore &store)
{
    const QHash<QString, QString> desk = deskRecords(store);
    const QHash<QString, QString> held = serverRecords(db, server);
    CHECK(held.size() == desk.size());
    int missing = 0;
    int stale = 0;
    for (auto it = desk.cbegin(); it != desk.cend(); ++it) {
        if (!held.contains(it.key()))
            ++missing;
        else if (held.value(it.key()) != it.value())
            ++stale;
    }
    CHECK(missing == 0);
    CHECK(stale == 0);
    QSqlQuery q(store.database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox WHERE record_type <> 'account'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

// The desk's real sync engine, talking to the server through `proxy`.
struct EngineThroughProxy {
    EngineThroughProxy(Enrolled &desk, const FaultProxy &proxy, QNetworkAccessManager &network,
                       SyncEngine::Config config)
        : client(network,
                 [&] {
                     DeskIdentity viaProxy = desk.desk;
                     viaProxy.server =
                         QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
                     return viaProxy.clientOptions();
                 }())
        , session(client, Clock::system(),
                  ServerSession::Device{desk.desk.deviceId, desk.desk.deviceSecret})
    {
        session.start(desk.tokens);
        config.deviceId = desk.desk.deviceId;
        engine =
            std::make_unique<SyncEngine>(*desk.store, client, session, Clock::system(), config);
    }
    SyncClient client;
    ServerSession session;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace

TEST_CASE("a desk killed in the middle of its pushes loses and doubles nothing", "[sync][kill]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    const QString leylaId = createAccount(db, "leyla", "counsellor");
    createAccount(db, "samir", "supervisor");
    ServerProcess server;
    REQUIRE(server.start(db));
    QTemporaryDir dir;
    QNetworkAccessManager network;
    {
        Enrolled desk = enrolAs(db, server, dir.path(), "leyla", network);
        saveContacts(*desk.store, 3000); // about 6,000 records: twelve pushes
        REQUIRE(
            SyncCredentials::setRefreshToken(*desk.store, leylaId, desk.tokens.refreshToken).ok());
    }

    // A slow line, so that pushes are on the wire when the desk dies.
    FaultProxy proxy(server.port());
    proxy.setFault(FaultProxy::Fault::Delay);
    proxy.setDelayMs(60);
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    auto probe = [&](QProcess &p) {
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(QStringLiteral(HELPLINE_SYNC_PROBE), {dir.path(), leylaId, QStringLiteral("leyla"),
                                                      QString::fromLatin1(kLeylaPassword), url});
        REQUIRE(p.waitForStarted(10000));
    };

    QRandomGenerator random(7);
    int killedWhileRunning = 0;
    for (int round = 0; round < 4; ++round) {
        QProcess p;
        probe(p);
        // The proxy lives in this process's event loop: wait with it running.
        const int delay = 300 + int(random.bounded(900));
        if (!waitUntil([&] { return p.state() == QProcess::NotRunning; }, delay)) {
            p.kill(); // SIGKILL: no chance to finish a transaction or a request
            p.waitForFinished(10000);
            ++killedWhileRunning;
        }
    }
    CHECK(killedWhileRunning >= 2);

    // Then the desk runs undisturbed until its outbox is empty.
    bool done = false;
    for (int attempt = 0; attempt < 5 && !done; ++attempt) {
        QProcess p;
        probe(p);
        REQUIRE(waitUntil([&] { return p.state() == QProcess::NotRunning; }, 240000));
        const QByteArray out = p.readAllStandardOutput();
        done = p.exitCode() == 0 && out.contains("waiting 0");
        if (!done)
            WARN("sync-probe exit " << p.exitCode() << ": " << out.toStdString() << " "
                                    << p.readAllStandardError().right(2000).toStdString());
    }
    REQUIRE(done);

    auto store = CaseStore::unlock(dir.path(), leylaId, password(kLeylaPassword));
    REQUIRE(store.ok());
    checkServerHoldsTheDesk(db, server, **store);
    server.stop();
}

TEST_CASE("the server killed mid-request and restarted loses and doubles nothing", "[sync][kill]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    createAccount(db, "samir", "supervisor");
    auto server = std::make_unique<ServerProcess>();
    REQUIRE(server->start(db));
    QTemporaryDir dir;
    QNetworkAccessManager network;
    Enrolled desk = enrolAs(db, *server, dir.path(), "leyla", network);
    saveContacts(*desk.store, 3000); // enough that three pushes at once still take seconds

    FaultProxy proxy(server->port());
    proxy.setFault(FaultProxy::Fault::Delay);
    proxy.setDelayMs(60);
    SyncEngine::Config config;
    config.useTimer = false;
    EngineThroughProxy through(desk, proxy, network, config);
    SyncEngine &engine = *through.engine;

    QRandomGenerator random(11);
    int failedRuns = 0;
    for (int round = 0; round < 3; ++round) {
        engine.syncNow();
        QTest::qWait(300 + int(random.bounded(900)));
        server->kill(); // SIGKILL, whatever it was doing
        REQUIRE(waitUntil([&] { return !engine.isRunning(); }, 60000));
        failedRuns += engine.status().lastError ? 1 : 0;
        server = std::make_unique<ServerProcess>();
        REQUIRE(server->start(db));
        proxy.setTargetPort(server->port());
    }
    CHECK(failedRuns >= 2);

    for (int attempt = 0; attempt < 5; ++attempt) {
        if (engine.status().waiting == 0 && !engine.status().lastError)
            break;
        engine.networkAvailable();
        REQUIRE(waitUntil([&] { return !engine.isRunning(); }, 240000));
    }
    INFO((engine.status().lastError ? engine.status().lastError->message.toStdString() : ""));
    REQUIRE_FALSE(engine.status().lastError.has_value());
    CHECK(engine.status().waiting == 0);
    checkServerHoldsTheDesk(db, *server, *desk.store);
    server->stop();
}

TEST_CASE("the engine rides out a server answering 503, 429 and 500 and loses nothing",
          "[sync][faults]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    createAccount(db, "samir", "supervisor");
    ServerProcess server;
    REQUIRE(server.start(db));
    QTemporaryDir dir;
    QNetworkAccessManager network;
    Enrolled desk = enrolAs(db, server, dir.path(), "leyla", network);
    saveContacts(*desk.store, 300);

    // The proxy answers in the server's place: busy, then rate-limited, then a 500 after the
    // server has taken the push (its answer lost), then it lets everything through.
    FaultProxy proxy(server.port());
    SyncEngine::Config config;
    config.backoff.initialMs = 500; // the server's Retry-After (1 s) is the longer wait
    EngineThroughProxy through(desk, proxy, network, config);
    SyncEngine &engine = *through.engine;
    QList<SyncRun> runs;
    QObject::connect(&engine, &SyncEngine::runFinished, [&](const SyncRun &run) { runs << run; });

    const FaultProxy::Fault faults[] = {FaultProxy::Fault::Busy503, FaultProxy::Fault::TooMany429,
                                        FaultProxy::Fault::Error500};
    QElapsedTimer waited;
    for (const FaultProxy::Fault fault : faults) {
        proxy.setFault(fault);
        const qsizetype before = runs.size();
        waited.start();
        if (fault == faults[0])
            engine.syncNow();
        // The engine comes back by itself, no sooner than the server asked.
        REQUIRE(waitUntil([&] { return runs.size() > before; }, 30000));
        const SyncRun &run = runs.last();
        CHECK(run.errorKind == QLatin1String("server_busy"));
        if (fault != faults[0]) {
            CHECK(waited.elapsed() >= 900);
        }
        CHECK(engine.status().waiting > 0);
    }
    proxy.setFault(FaultProxy::Fault::None);
    REQUIRE(waitUntil([&] { return !runs.isEmpty() && runs.last().errorKind.isEmpty(); }, 30000));
    CHECK(proxy.madeUp() >= 3); // one for each push of a run (several may be on their way)
    CHECK(engine.status().waiting == 0);
    CHECK_FALSE(engine.status().lastError.has_value());
    checkServerHoldsTheDesk(db, server, *desk.store);
    server.stop();
}
