// The sync engine's state machine against an in-process fake server (fakenetwork.h): when it
// runs, what it does after each kind of failure, and what it leaves in the store. Time is a
// ManualClock; the engine's timer is off and the tests call poke().
#include <catch2/catch.hpp>

#include "fakenetwork.h"
#include "storefixture.h"
#include "waituntil.h"

#include "core/protocol/auditmessages.h"
#include "core/protocol/syncmessages.h"
#include "core/store/auditcopy.h"
#include "core/sync/outboxqueue.h"
#include "core/sync/recordreader.h"
#include "core/sync/syncengine.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrlQuery>

using namespace helpline;
using namespace helpline::test;

namespace {

const QString kDevice = QStringLiteral("0193a000-0000-7000-8000-00000000d001");
const QString kOffice = QStringLiteral("0193a000-0000-7000-8000-0000000000f1");

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

FakeResponse errorReply(int status, const QString &code, int retryAfterSeconds = -1)
{
    FakeResponse r = FakeResponse::json(
        status, compact({{QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("code"), code},
                                      {QStringLiteral("message"), QStringLiteral("no")}}}}));
    if (retryAfterSeconds >= 0)
        r.headers << qMakePair(QByteArrayLiteral("Retry-After"),
                               QByteArray::number(retryAfterSeconds));
    return r;
}

// The server's side, in memory: every push applied, pulls served from per-stream lists.
struct FakeSyncServer {
    QHash<QString, QList<PullItem>> streams;
    QList<PushItem> pushed;
    QList<FakeResponse> script; // answers for the next requests, before the normal ones
    QList<QByteArray> paths;    // "POST /v1/sync/push", "GET /v1/sync/pull?stream=..."

    FakeResponse handle(const FakeRequest &request)
    {
        // The audit copy at the end of a run is kept apart from the paths and the script, which
        // are about records.
        if (request.path() == QLatin1String("/v1/audit/upload"))
            return auditUpload(request);
        paths << request.method + ' ' + request.url.path().toUtf8() +
                     (request.url.hasQuery() ? '?' + request.url.query().toUtf8() : QByteArray());
        if (!script.isEmpty())
            return script.takeFirst();
        if (request.path() == QLatin1String("/v1/sync/push")) {
            DecodeProblems problems;
            const auto push =
                PushRequest::fromJson(QJsonDocument::fromJson(request.body).object(), &problems);
            if (!push)
                return errorReply(400, QStringLiteral("invalid"));
            PushResponse response;
            for (const PushItem &item : push->items) {
                pushed << item;
                PushResult r;
                r.id = item.id;
                r.revision = item.revision;
                r.result = QStringLiteral("applied");
                r.serverRevision = item.revision;
                response.results << r;
            }
            return FakeResponse::json(200, compact(response.toJson()));
        }
        if (request.path() == QLatin1String("/v1/sync/pull")) {
            const auto query = PullQuery::fromQuery(QUrlQuery(request.url), nullptr);
            if (!query)
                return errorReply(400, QStringLiteral("invalid"));
            PullPage page;
            page.stream = query->stream;
            page.cursor = query->cursor;
            for (const PullItem &item : streams.value(query->stream)) {
                if (item.seq <= query->cursor)
                    continue;
                if (page.items.size() == query->limit) {
                    page.more = true;
                    break;
                }
                page.items << item;
                page.cursor = item.seq;
            }
            return FakeResponse::json(200, compact(page.toJson()));
        }
        return errorReply(404, QStringLiteral("not_found"));
    }

    QList<AuditEntry> audit; // what the desk sent of its audit trail, in order
    int auditUploads = 0;
    FakeResponse auditUpload(const FakeRequest &request)
    {
        ++auditUploads;
        const auto upload =
            AuditUploadRequest::fromJson(QJsonDocument::fromJson(request.body).object(), nullptr);
        if (!upload)
            return errorReply(400, QStringLiteral("invalid"));
        const qint64 head = audit.isEmpty() ? 0 : audit.constLast().seq;
        if (!upload->entries.isEmpty() && upload->entries.constFirst().seq > head + 1)
            return errorReply(409, QStringLiteral("conflict")); // as after a server restore
        for (const AuditEntry &e : upload->entries)
            if (audit.isEmpty() || e.seq > audit.constLast().seq)
                audit << e;
        AuditCopyStatus status;
        status.deviceId = upload->deviceId;
        status.receivedThrough = audit.isEmpty() ? 0 : audit.constLast().seq;
        status.entries = audit.size();
        status.checkedAt = QStringLiteral("2026-11-28T10:00:00Z");
        return FakeResponse::json(200, compact(status.toJson()));
    }

    int count(const QByteArray &prefix) const
    {
        int n = 0;
        for (const QByteArray &p : paths)
            n += p.startsWith(prefix) ? 1 : 0;
        return n;
    }
};

struct FixedTokens final : AccessTokenSource {
    QString value = QStringLiteral("access-1");
    int expiredCalls = 0;
    std::optional<SyncError> refuse; // set: no token (needs a sign-in)
    void token(Done done) override
    {
        if (refuse)
            return done(std::nullopt, *refuse);
        done(value, {});
    }
    void expired() override { ++expiredCalls; }
};

PullItem accountItem(qint64 seq, const QString &id, const QString &name)
{
    PullItem item;
    item.seq = seq;
    item.type = QStringLiteral("account");
    item.id = id;
    item.revision = 1;
    item.record =
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("username"), name.toLower()},
                    {QStringLiteral("display_name"), name},
                    {QStringLiteral("role"), QStringLiteral("counsellor")},
                    {QStringLiteral("office_id"), kOffice},
                    {QStringLiteral("active"), true},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-11-27T10:00:00.000Z")},
                    {QStringLiteral("revision"), 1}};
    return item;
}

struct EngineFixture : StoreFixture {
    EngineFixture()
        : network([this](const FakeRequest &r) { return server.handle(r); })
        , client(network,
                 SyncClient::Options{
                     QUrl(QStringLiteral("http://127.0.0.1:9")), {}, {}, 30000, 16 * 1024 * 1024})
    {
        config.deviceId = kDevice;
        config.streams = {QStringLiteral("accounts")};
        config.useTimer = false;
        config.unitRandom = [] { return 0.0; }; // the lower edge of each backoff step
        config.pushBatch = 2;
    }

    SyncEngine &engine()
    {
        if (!m_engine)
            m_engine = std::make_unique<SyncEngine>(*store, client, tokens, clock, config);
        return *m_engine;
    }
    bool settled()
    {
        return waitUntil([this] { return !engine().isRunning(); }, 10000);
    }

    void saveContacts(int n)
    {
        ContactRepository contacts(*store);
        for (int i = 0; i < n; ++i)
            REQUIRE(contacts.save(counsellingContact(QStringLiteral("Talked %1").arg(i))).ok());
    }
    int waiting()
    {
        OutboxQueue queue(*store, [this](const QString &type, const QString &id) {
            return RecordReader(*store).read(type, id);
        });
        auto counts = queue.counts(clock.nowUtc());
        REQUIRE(counts.ok());
        return counts->waiting;
    }

    FakeSyncServer server;
    FakeNetworkAccessManager network;
    SyncClient client;
    FixedTokens tokens;
    SyncEngine::Config config;
    std::unique_ptr<SyncEngine> m_engine;
};

qint64 backoffMs(int failures)
{
    return Backoff(BackoffPolicy(), [] { return 0.0; }).delayMs(failures);
}

} // namespace

TEST_CASE_METHOD(EngineFixture, "a run pushes the whole outbox, pulls every page, then waits",
                 "[sync][engine]")
{
    saveContacts(3);
    const int queued = waiting();
    REQUIRE(queued >= 3);
    server.streams[QStringLiteral("accounts")] = {
        accountItem(5, QStringLiteral("0193a000-0000-7000-8000-0000000000a1"),
                    QStringLiteral("Leyla")),
        accountItem(9, QStringLiteral("0193a000-0000-7000-8000-0000000000a2"),
                    QStringLiteral("Murad")),
        accountItem(12, QStringLiteral("0193a000-0000-7000-8000-0000000000a3"),
                    QStringLiteral("Nigar"))};
    config.pullLimit = 2; // two pages

    int pulledSignals = 0;
    QObject::connect(&engine(), &SyncEngine::recordsPulled, [&](int n) { pulledSignals += n; });
    engine().start();
    REQUIRE(settled());

    CHECK(waiting() == 0);
    CHECK(server.pushed.size() == queued);
    CHECK(server.count("POST /v1/sync/push") == (queued + 1) / 2); // batches of two
    CHECK(server.count("GET /v1/sync/pull?stream=accounts") == 2);
    CHECK(pulledSignals == 3);
    CHECK(count(QStringLiteral("accounts"), QStringLiteral("display_name = 'Murad'")) == 1);

    const SyncStatus status = engine().status();
    CHECK_FALSE(status.lastError.has_value());
    CHECK(status.lastSuccess == clock.nowUtc());
    CHECK(status.line == SyncStatus::Line::Online);
    CHECK(status.nextRunAt == clock.nowUtc().addMSecs(config.periodMs));

    // The cursor was kept with the page: the next run asks only for what came after it.
    server.paths.clear();
    clock.advanceMs(config.periodMs);
    engine().poke();
    REQUIRE(settled());
    REQUIRE(server.paths.size() == 1);
    CHECK(server.paths.first().contains("cursor=12"));
    CHECK(server.paths.first().contains("own=skip")); // what it pushed it has

    auto runs = SyncEngine::recentRuns(*store);
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 2);
    CHECK(runs->at(1).reason == QLatin1String("start"));
    CHECK(runs->at(1).pushed == queued);
    CHECK(runs->at(1).pulled == 3);
    CHECK(runs->at(0).reason == QLatin1String("timer"));
    CHECK(runs->at(0).errorKind.isEmpty());
}

TEST_CASE_METHOD(EngineFixture, "offline: the engine backs off, then comes back with the network",
                 "[sync][engine]")
{
    saveContacts(1);
    const int queued = waiting();
    server.script = {FakeResponse::broken(QNetworkReply::ConnectionRefusedError),
                     FakeResponse::broken(QNetworkReply::ConnectionRefusedError),
                     FakeResponse::broken(QNetworkReply::ConnectionRefusedError)};
    engine().start();
    REQUIRE(settled());
    SyncStatus status = engine().status();
    REQUIRE(status.lastError.has_value());
    CHECK(status.lastError->kind == SyncError::Kind::Offline);
    CHECK(status.line == SyncStatus::Line::Offline);
    CHECK(status.waiting == queued); // nothing dropped
    CHECK(status.nextRunAt == clock.nowUtc().addMSecs(backoffMs(1)));

    // Not due yet: poking does nothing.
    clock.advanceMs(backoffMs(1) - 1);
    engine().poke();
    CHECK(server.paths.size() == 1);

    // Due: a second failure doubles the wait.
    clock.advanceMs(1);
    engine().poke();
    REQUIRE(settled());
    CHECK(server.paths.size() == 2);
    CHECK(engine().status().nextRunAt == clock.nowUtc().addMSecs(backoffMs(2)));
    CHECK(backoffMs(2) > backoffMs(1));

    // The network coming back runs at once whatever the backoff (here the line fails once
    // more), and a success forgets the failures.
    engine().networkAvailable();
    REQUIRE(settled());
    CHECK(server.paths.size() == 3); // the third scripted failure
    engine().networkAvailable();
    REQUIRE(settled());
    status = engine().status();
    CHECK_FALSE(status.lastError.has_value());
    CHECK(status.waiting == 0);
    CHECK(server.pushed.size() >= 1);
    CHECK(status.nextRunAt == clock.nowUtc().addMSecs(config.periodMs));
}

TEST_CASE_METHOD(EngineFixture, "a busy server's Retry-After holds even when records are saved",
                 "[sync][engine]")
{
    const int status503or429 = GENERATE(503, 429);
    saveContacts(1);
    server.script = {errorReply(status503or429, QStringLiteral("busy"), 600)};
    engine().start();
    REQUIRE(settled());
    const SyncStatus status = engine().status();
    REQUIRE(status.lastError.has_value());
    CHECK(status.lastError->kind == SyncError::Kind::ServerBusy);
    CHECK(status.nextRunAt == clock.nowUtc().addSecs(600));

    saveContacts(1);
    engine().recordsSaved();
    CHECK(engine().status().nextRunAt == clock.nowUtc().addSecs(600));
    CHECK(engine().status().waiting > status.waiting);
    clock.advanceMs(10'000);
    engine().poke();
    CHECK_FALSE(engine().isRunning());
    CHECK(server.paths.size() == 1);
}

TEST_CASE_METHOD(EngineFixture, "a server error is retried with backoff and nothing is lost",
                 "[sync][engine]")
{
    saveContacts(1);
    const int queued = waiting();
    server.script = {errorReply(500, QStringLiteral("internal")),
                     errorReply(500, QStringLiteral("internal"))};
    engine().start();
    REQUIRE(settled());
    REQUIRE(engine().status().lastError.has_value());
    CHECK(engine().status().lastError->kind == SyncError::Kind::ServerBusy);
    CHECK(engine().status().nextRunAt == clock.nowUtc().addMSecs(backoffMs(1)));
    // The batch is not blamed for the server's failure: no record gets its own backoff.
    CHECK(count(QStringLiteral("outbox"), QStringLiteral("attempts > 0")) == 0);
    clock.advanceMs(backoffMs(1));
    engine().poke();
    REQUIRE(settled());
    CHECK(engine().status().nextRunAt == clock.nowUtc().addMSecs(backoffMs(2)));
    clock.advanceMs(backoffMs(2));
    engine().poke();
    REQUIRE(settled());
    CHECK_FALSE(engine().status().lastError.has_value());
    CHECK(server.pushed.size() == queued);
    CHECK(waiting() == 0);
}

TEST_CASE_METHOD(EngineFixture, "a save brings the next run forward, one during a run follows it",
                 "[sync][engine]")
{
    config.pushBatch = kMaxPushRecords;
    engine().start();
    REQUIRE(settled());
    REQUIRE(engine().status().nextRunAt == clock.nowUtc().addMSecs(config.periodMs));

    saveContacts(1);
    engine().recordsSaved();
    CHECK(engine().status().nextRunAt == clock.nowUtc().addMSecs(config.afterSaveMs));
    clock.advanceMs(config.afterSaveMs);
    engine().poke();
    REQUIRE(settled());
    CHECK(waiting() == 0);

    // Saved while a push is on its way: the run that is going cannot include it, so another
    // run follows at once.
    saveContacts(1);
    server.paths.clear();
    engine().syncNow();
    REQUIRE(engine().isRunning());
    saveContacts(1);
    engine().recordsSaved();
    REQUIRE(waitUntil([&] { return server.count("GET /v1/sync/pull") == 2; }, 10000));
    REQUIRE(settled());
    CHECK(server.count("POST /v1/sync/push") == 2);
    CHECK(waiting() == 0);
}

TEST_CASE_METHOD(EngineFixture, "an expired token is renewed once, then sign-in is needed",
                 "[sync][engine]")
{
    saveContacts(1);
    const int queued = waiting();
    SECTION("the renewed token works")
    {
        server.script = {errorReply(401, QStringLiteral("unauthorized"))};
        engine().start();
        REQUIRE(settled());
        CHECK(tokens.expiredCalls == 1);
        CHECK_FALSE(engine().status().lastError.has_value());
        CHECK(waiting() == 0);
    }
    SECTION("the server keeps saying no")
    {
        server.script = {errorReply(401, QStringLiteral("unauthorized")),
                         errorReply(401, QStringLiteral("unauthorized"))};
        engine().start();
        REQUIRE(settled());
        CHECK(tokens.expiredCalls == 1);
        const SyncStatus status = engine().status();
        REQUIRE(status.lastError.has_value());
        CHECK(status.lastError->kind == SyncError::Kind::SignInNeeded);
        CHECK(status.needsSignIn);
        CHECK(status.waiting == queued);
        // Only the password can resume: no run by itself until someone acts.
        CHECK_FALSE(status.nextRunAt.isValid());
        const qsizetype asked = server.paths.size();
        engine().recordsSaved();
        engine().networkAvailable();
        clock.advanceMs(24 * 3600 * 1000);
        engine().poke();
        CHECK_FALSE(engine().isRunning());
        CHECK(server.paths.size() == asked);
        // "Sync now" still tries.
        engine().syncNow();
        REQUIRE(settled());
        CHECK(server.paths.size() > asked);
    }
    SECTION("no session at all")
    {
        SyncError needed;
        needed.kind = SyncError::Kind::SignInNeeded;
        needed.message = QStringLiteral("sign in");
        tokens.refuse = needed;
        engine().start();
        REQUIRE(settled());
        CHECK(server.paths.isEmpty());
        CHECK(engine().status().needsSignIn);
    }
}

TEST_CASE_METHOD(EngineFixture, "a batch the server refuses waits on its own, the rest goes on",
                 "[sync][engine]")
{
    saveContacts(3); // more than one batch of two
    const int queued = waiting();
    server.script = {errorReply(400, QStringLiteral("invalid"))};
    engine().start();
    REQUIRE(settled());
    // The first batch's records are postponed with the server's words; the others went.
    CHECK(server.pushed.size() == queued - 2);
    CHECK(waiting() == 2);
    CHECK(count(QStringLiteral("outbox"), QStringLiteral("attempts = 1 AND last_error IS NOT "
                                                         "NULL AND next_attempt_at IS NOT NULL")) >=
          2);
    const SyncStatus status = engine().status();
    REQUIRE(status.lastError.has_value());
    CHECK(status.lastError->kind == SyncError::Kind::Refused);
    // The pull still happened.
    CHECK(server.count("GET /v1/sync/pull") == 1);
}

TEST_CASE_METHOD(EngineFixture, "a page that is not an answer changes nothing", "[sync][engine]")
{
    server.streams[QStringLiteral("accounts")] = {accountItem(
        5, QStringLiteral("0193a000-0000-7000-8000-0000000000a1"), QStringLiteral("Leyla"))};
    PullPage wrong;
    wrong.stream = QStringLiteral("directory"); // not the stream asked for
    wrong.cursor = 7;
    wrong.items << accountItem(7, QStringLiteral("0193a000-0000-7000-8000-0000000000a9"),
                               QStringLiteral("Intruder"));
    server.script = {FakeResponse::json(200, compact(wrong.toJson()))};
    engine().start();
    REQUIRE(settled());
    REQUIRE(engine().status().lastError.has_value());
    CHECK(engine().status().lastError->kind == SyncError::Kind::BadReply);
    CHECK(count(QStringLiteral("accounts"), QStringLiteral("display_name = 'Intruder'")) == 0);
    CHECK(count(QStringLiteral("sync_state")) == 0);

    // The next run asks from the same cursor and gets the real page.
    clock.advanceMs(backoffMs(1));
    engine().poke();
    REQUIRE(settled());
    CHECK(server.paths.last().contains("cursor=0"));
    CHECK(count(QStringLiteral("accounts"), QStringLiteral("display_name = 'Leyla'")) == 1);
}

TEST_CASE_METHOD(EngineFixture, "a stopped engine ignores the answers still on their way",
                 "[sync][engine]")
{
    saveContacts(1);
    const int queued = waiting();
    engine().start();
    REQUIRE(engine().isRunning());
    engine().stop();
    CHECK_FALSE(engine().isRunning());
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(count(QStringLiteral("sync_runs")) == 0);
    CHECK(waiting() == queued);
    engine().poke();
    CHECK(server.paths.size() <= 1);
}

TEST_CASE_METHOD(EngineFixture, "each account pulls from its own position, the last sync is kept",
                 "[sync][engine]")
{
    server.streams[QStringLiteral("accounts")] = {accountItem(
        5, QStringLiteral("0193a000-0000-7000-8000-0000000000a1"), QStringLiteral("Leyla"))};
    engine().start();
    REQUIRE(settled());
    const QDateTime synced = engine().status().lastSuccess;
    REQUIRE(synced.isValid());

    // Another account of this desk: the server decides per account what a pull gives, so it
    // starts from the beginning, not from the first account's cursor.
    const QString muradId = QStringLiteral("0193a000-0000-7000-8000-0000000000b2");
    REQUIRE(store
                ->addAccount(QStringLiteral("murad"), QStringLiteral("Murad"), Role::Supervisor,
                             password("murad's password"), fastKdf(), muradId)
                .ok());
    auto murad = CaseStore::unlock(dir.path(), muradId, password("murad's password"), &clock);
    REQUIRE(murad.ok());
    server.paths.clear();
    SyncEngine second(**murad, client, tokens, clock, config);
    CHECK(second.status().lastSuccess == synced); // from the sync log, after a "restart"
    second.start();
    REQUIRE(waitUntil([&] { return !second.isRunning(); }, 10000));
    REQUIRE(server.paths.size() == 1);
    CHECK(server.paths.first().contains("cursor=0"));
}

TEST_CASE_METHOD(EngineFixture,
                 "two pushes travel at once, after a failure the other is still settled and "
                 "nothing more is sent",
                 "[sync][engine]")
{
    config.pushWindow = 2;
    saveContacts(3);
    const int queued = waiting();
    REQUIRE(queued >= 6); // at least three batches of two
    int pushes = 0;
    int waitingAtSecondPush = -1;
    network.setHandler([&](const FakeRequest &r) {
        if (r.path() == QLatin1String("/v1/sync/push")) {
            ++pushes;
            if (pushes == 2) {
                waitingAtSecondPush = waiting();
                return errorReply(503, QStringLiteral("busy"));
            }
        }
        return server.handle(r);
    });
    engine().start();
    REQUIRE(settled());

    // The handler runs as a request leaves, the answer comes later: the second push left
    // before the first one's answer was settled.
    CHECK(waitingAtSecondPush == queued);
    // The first and third were settled; the second's records wait, and so does the rest.
    CHECK(pushes == 3);
    CHECK(server.pushed.size() == 4);
    CHECK(waiting() == queued - 4);
    const SyncStatus status = engine().status();
    REQUIRE(status.lastError.has_value());
    CHECK(status.lastError->kind == SyncError::Kind::ServerBusy);
    auto runs = SyncEngine::recentRuns(*store);
    REQUIRE(runs.ok());
    CHECK(runs->first().pushed == 4);
}

TEST_CASE_METHOD(EngineFixture,
                 "a run ends by sending the audit entries the server does not hold, in batches",
                 "[sync][engine][audit]")
{
    saveContacts(5); // each save is an audit entry
    config.auditBatch = 3;

    engine().start();
    REQUIRE(settled());
    // The run's own entries (what it pushed) went too, since the audit copy is its last step.
    QSqlQuery last(store->database());
    REQUIRE(last.exec(QStringLiteral("SELECT max(seq) FROM audit_log")));
    REQUIRE(last.next());
    const qint64 head = last.value(0).toLongLong();
    REQUIRE(head >= 5);
    CHECK_FALSE(engine().status().lastError.has_value());
    REQUIRE(server.audit.size() == head);
    for (qsizetype i = 0; i < server.audit.size(); ++i)
        CHECK(server.audit.at(i).seq == i + 1);
    CHECK(server.audit.constLast().hash == auditchain::computeHash(server.audit.constLast()));
    // Batches of three, each after the first starting with the last entry sent (the anchor),
    // then one that was not full.
    CHECK(server.auditUploads >= 2);
    auto copy = AuditCopy::serverCopy(*store);
    REQUIRE(copy.ok());
    REQUIRE(copy->has_value());
    CHECK((*copy)->receivedThrough == head);

    // The next run sends only what was written since, and nothing twice.
    saveContacts(1);
    const int before = server.auditUploads;
    clock.advanceMs(config.periodMs);
    engine().poke();
    REQUIRE(settled());
    CHECK(server.auditUploads > before);
    CHECK(server.auditUploads <= before + 3);
    CHECK(server.audit.size() > head);
    CHECK(server.audit.constLast().seq == server.audit.size());
}

TEST_CASE_METHOD(EngineFixture,
                 "a server that refuses the audit copy fails the run, not the records",
                 "[sync][engine][audit]")
{
    saveContacts(2);
    const int queued = waiting();
    network.setHandler([this](const FakeRequest &r) {
        if (r.path() == QLatin1String("/v1/audit/upload"))
            return errorReply(400, QStringLiteral("invalid_request"));
        return server.handle(r);
    });
    engine().start();
    REQUIRE(settled());
    CHECK(server.pushed.size() == queued);
    CHECK(waiting() == 0);
    REQUIRE(engine().status().lastError.has_value());
    CHECK(engine().status().lastError->kind == SyncError::Kind::Refused);
    auto copy = AuditCopy::serverCopy(*store);
    REQUIRE(copy.ok());
    CHECK_FALSE(copy->has_value()); // nothing recorded: the next run sends them all again
}

TEST_CASE_METHOD(EngineFixture,
                 "a server that holds fewer audit entries than the desk heard gets the rest",
                 "[sync][engine][audit]")
{
    saveContacts(3);
    // The desk last heard that the server held some of its entries; the server (restored from
    // a backup) holds none: either more than the desk itself has (the desk's store restored
    // too), or some (the server answers 409 to an upload that starts past its end).
    const qint64 believed = GENERATE(500, 4);
    CAPTURE(believed);
    AuditCopyStatus heard;
    heard.deviceId = kDevice;
    heard.receivedThrough = believed;
    heard.entries = believed;
    heard.checkedAt = QStringLiteral("2026-11-28T10:00:00Z");
    REQUIRE(AuditCopy::recordServerCopy(*store, heard).ok());

    engine().start();
    REQUIRE(settled());
    CHECK_FALSE(engine().status().lastError.has_value());
    QSqlQuery last(store->database());
    REQUIRE(last.exec(QStringLiteral("SELECT max(seq) FROM audit_log")));
    REQUIRE(last.next());
    CHECK(server.audit.size() == last.value(0).toLongLong());
    auto copy = AuditCopy::serverCopy(*store);
    REQUIRE(copy.ok());
    REQUIRE(copy->has_value());
    CHECK((*copy)->receivedThrough == server.audit.size());
}
