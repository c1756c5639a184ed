// The sync client over a poor line: a proxy that refuses, delays, cuts and resets connections
// between it and the real server. A call either succeeds with a whole, checked answer or fails
// with an error; pushes that failed on the way are safe to send again.
#include <catch2/catch.hpp>

#include "faultproxy.h"
#include "serverfixtures.h"
#include "syncawait.h"

#include "core/domain/recordjson.h"
#include "core/sync/syncclient.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>

using namespace helpline;
using namespace helpline::test;

namespace {

struct World {
    World()
        : db(TestDatabase::Kind::Embedded)
    {
        REQUIRE(initServer(db).exitCode == 0);
        counsellor = createAccount(db, "leyla", "counsellor");
        REQUIRE(server.start(db));
        desk = enrolDesk(db, server);
        REQUIRE(!desk.deviceId.isEmpty());
        session = signIn(server, desk, "leyla", "a good long password");
        REQUIRE(session.status == 200);
    }
    PushRequest notesPush(const QString &caseId, int count) const
    {
        PushRequest request;
        request.deviceId = desk.deviceId;
        for (int i = 0; i < count; ++i)
            request.items << pushItemOf(
                "note", toJson(caseNote({counsellor, desk.deviceId}, caseId,
                                        "Called back; the child is safe at her aunt's.")));
        return request;
    }
    TestDatabase db;
    ServerProcess server;
    QString counsellor;
    Desk desk;
    Session session;
};

SyncClient::Options through(const FaultProxy &proxy, int timeoutMs = 5000)
{
    SyncClient::Options o;
    o.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    o.timeoutMs = timeoutMs;
    return o;
}

} // namespace

TEST_CASE("each kind of broken connection is an error, never a wrong answer", "[sync][faults]")
{
    World w;
    FaultProxy proxy(w.server.port());
    PullQuery query;
    query.stream = QStringLiteral("accounts");
    auto pull = [&](int timeoutMs = 5000) {
        // A manager per call: faults strike per connection, and a manager keeps its connections.
        QNetworkAccessManager network;
        SyncClient client(network, through(proxy, timeoutMs));
        return await<PullPage>([&](auto done) { client.pull(w.session.access, query, done); });
    };

    proxy.setFault(FaultProxy::Fault::None);
    const auto clean = pull();
    INFO(clean.error.message.toStdString());
    REQUIRE(clean.ok());
    CHECK_FALSE(clean.value->items.isEmpty());

    proxy.setFault(FaultProxy::Fault::Refuse);
    const auto refused = pull();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error.transient());

    for (const qint64 bytes : {0, 10, 60, 200}) {
        for (const auto fault : {FaultProxy::Fault::Truncate, FaultProxy::Fault::Reset}) {
            proxy.setFault(fault);
            proxy.setReplyBytes(bytes);
            const auto cut = pull();
            INFO("cut after " << bytes << " bytes");
            CHECK_FALSE(cut.ok());
            CHECK((cut.error.kind == SyncError::Kind::Offline ||
                   cut.error.kind == SyncError::Kind::BadReply));
        }
    }

    // The server busy or limiting: an error that says when to come back.
    for (const auto fault : {FaultProxy::Fault::Busy503, FaultProxy::Fault::TooMany429}) {
        proxy.setFault(fault);
        const auto busy = pull();
        REQUIRE_FALSE(busy.ok());
        CHECK(busy.error.kind == SyncError::Kind::ServerBusy);
        CHECK(busy.error.retryAfterMs == 1000);
    }
    proxy.setFault(FaultProxy::Fault::Error500);
    const auto broken = pull();
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error.kind == SyncError::Kind::ServerBusy);
    CHECK(broken.error.transient());
    CHECK(proxy.madeUp() == 3);

    proxy.setFault(FaultProxy::Fault::Delay);
    proxy.setDelayMs(1500);
    const auto slow = pull(500);
    REQUIRE_FALSE(slow.ok());
    CHECK(slow.error.kind == SyncError::Kind::Offline);
    CHECK(slow.error.code == "timeout");
}

TEST_CASE("a push answered with a 500 after the server applied it is a duplicate when sent again",
          "[sync][faults]")
{
    World w;
    FaultProxy proxy(w.server.port());
    const CaseRecord c = newCase({w.counsellor, w.desk.deviceId}, w.counsellor, "baku");
    PushRequest batch;
    batch.deviceId = w.desk.deviceId;
    batch.items << pushItemOf("case", toJson(c));
    auto push = [&] {
        QNetworkAccessManager network;
        SyncClient client(network, through(proxy));
        return await<PushResponse>([&](auto done) { client.push(w.session.access, batch, done); });
    };
    proxy.setFault(FaultProxy::Fault::Error500);
    const auto failed = push();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error.kind == SyncError::Kind::ServerBusy);
    proxy.setFault(FaultProxy::Fault::None);
    const auto again = push();
    INFO(again.error.message.toStdString());
    REQUIRE(again.ok());
    REQUIRE(again.value->results.size() == 1);
    CHECK(again.value->results.first().result == "duplicate");
    CHECK(w.server.stop() == 0);
}

TEST_CASE("pushes through random faults land exactly once", "[sync][faults]")
{
    World w;
    FaultProxy proxy(w.server.port(), 20261128);
    proxy.setFault(FaultProxy::Fault::Random);
    proxy.setReplyBytes(400);
    proxy.setDelayMs(50);

    // A case, then ten batches of notes, each sent until it gets an answer.
    const CaseRecord c = newCase({w.counsellor, w.desk.deviceId}, w.counsellor, "baku");
    PushRequest first;
    first.deviceId = w.desk.deviceId;
    first.items << pushItemOf("case", toJson(c));

    QList<PushRequest> batches{first};
    for (int b = 0; b < 10; ++b)
        batches << w.notesPush(c.meta.id, 20);
    int failures = 0;
    int duplicates = 0;
    QSet<QString> pushed;
    for (const PushRequest &batch : std::as_const(batches)) {
        for (int attempt = 0;; ++attempt) {
            REQUIRE(attempt < 50);
            QNetworkAccessManager network; // a new connection for each attempt
            SyncClient client(network, through(proxy, 2000));
            const auto reply =
                await<PushResponse>([&](auto done) { client.push(w.session.access, batch, done); });
            if (!reply.ok()) {
                ++failures;
                CHECK(reply.error.transient());
                continue;
            }
            for (const PushResult &r : reply.value->results) {
                // A batch the server applied but whose answer was lost comes back as duplicate.
                CHECK((r.result == "applied" || r.result == "duplicate"));
                duplicates += r.result == "duplicate";
                pushed.insert(r.id);
            }
            break;
        }
    }
    CHECK(proxy.broken() > 0);
    CHECK(proxy.madeUp() > 0); // 500s, 503s and 429s among the faults
    CHECK(failures > 0);
    // Some batches landed while their answer was lost on the way (101 of 201 in one run).
    CHECK(duplicates > 0);
    INFO("failures " << failures << ", duplicates " << duplicates);

    // Straight to the server: every record is there exactly once.
    QSet<QString> onServer;
    int items = 0;
    qint64 cursor = 0;
    for (;;) {
        const Reply page =
            getJson(w.server, QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1").arg(cursor),
                    w.session.access);
        REQUIRE(page.status == 200);
        const QJsonArray list = page.json.value("items").toArray();
        for (const QJsonValue &v : list) {
            onServer.insert(v.toObject().value("id").toString());
            ++items;
        }
        cursor = page.json.value("cursor").toInteger();
        if (!page.json.value("more").toBool())
            break;
    }
    CHECK(items == 201);
    CHECK(onServer == pushed);
    CHECK(w.server.stop() == 0);
}
