// core/sync/OutboxQueue over a real store: batches, results written back, backoff, counts.
// Nothing queued is dropped: only the server's acceptance takes a record out of the queue.
#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/writetransaction.h"
#include "core/sync/outboxqueue.h"

#include <QJsonDocument>

using namespace helpline;
using namespace helpline::test;

namespace {

// Stands in for the tables: each record's current JSON by "type:id".
struct Records {
    QHash<QString, QJsonObject> current;
    int reads = 0;
    OutboxQueue::ReadRecord reader()
    {
        return
            [this](const QString &type, const QString &id) -> Outcome<std::optional<QJsonObject>> {
                ++reads;
                const auto it = current.constFind(type + u':' + id);
                if (it == current.constEnd())
                    return std::optional<QJsonObject>();
                return std::optional<QJsonObject>(*it);
            };
    }
    void set(const QString &type, const QString &id, int revision, const QString &text = {})
    {
        current.insert(type + u':' + id,
                       QJsonObject{{"id", id}, {"revision", revision}, {"text", text}});
    }
};

struct QueueFixture : StoreFixture {
    QueueFixture()
    {
        // Store creation queued the admin's local account: never pushed nor counted.
        REQUIRE(count("outbox", "record_type = 'account'") == 1);
    }
    void queue(const QString &type, const QString &id, int revision, const QStringList &fields = {})
    {
        WriteTransaction tx(*store);
        tx.queue(type, id, revision, fields);
        REQUIRE(tx.commit().ok());
        records.set(type, id, revision);
    }
    Records records;
    OutboxQueue outbox{*store, records.reader(), Backoff({1000, 60000}, [] { return 0.0; })};
};

PushResult result(const OutboxBatchItem &item, const QString &outcome)
{
    PushResult r;
    r.id = item.item.id;
    r.revision = item.item.revision;
    r.result = outcome;
    r.serverRevision = item.item.revision;
    if (outcome == "rejected") {
        r.reason = QStringLiteral("The record's author is not an account of this server.");
        r.field = QStringLiteral("records[0].record.created_by");
    }
    return r;
}

} // namespace

TEST_CASE("a record saved several times offline goes as one item with all its changes",
          "[sync][outbox]")
{
    QueueFixture f;
    f.queue("case", "c1", 1);
    f.queue("case", "c1", 2, {"status"});
    f.queue("note", "n1", 1);
    f.queue("case", "c1", 3, {"risk_level", "status"});
    f.queue("follow_up", "u1", 2, {"status"});
    f.queue("follow_up", "u1", 3, {"done_at"});

    auto batch = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 3);
    // Oldest first; the case carries its whole record (the server has never had it).
    CHECK(batch->items.at(0).item.id == "c1");
    CHECK(batch->items.at(0).item.revision == 3);
    CHECK(batch->items.at(0).item.changedFields.isEmpty());
    CHECK(batch->items.at(0).entries.size() == 3);
    CHECK(batch->items.at(1).item.id == "n1");
    // Updates only: the union of their fields.
    CHECK(batch->items.at(2).item.changedFields == QStringList{"done_at", "status"});
    CHECK(batch->bytes > 0);
    const PushRequest request = batch->request("desk-1");
    CHECK(request.deviceId == "desk-1");
    CHECK(request.items.size() == 3);

    auto counts = f.outbox.counts(f.clock.nowUtc());
    REQUIRE(counts.ok());
    CHECK(counts->waiting == 3);
    CHECK(counts->rejected == 0);
}

TEST_CASE("accepted records leave the queue, rejected ones stay with the reason", "[sync][outbox]")
{
    QueueFixture f;
    f.queue("case", "c1", 1);
    f.queue("note", "n1", 1);
    f.queue("note", "n2", 1);
    f.queue("contact", "k1", 1);
    auto batch = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 4);
    PushResponse response;
    response.results << result(batch->items.at(0), "applied")
                     << result(batch->items.at(1), "duplicate")
                     << result(batch->items.at(2), "merged")
                     << result(batch->items.at(3), "rejected");
    REQUIRE(f.outbox.settle(*batch, response).ok());

    CHECK(f.count("outbox", "record_type <> 'account'") == 1);
    auto counts = f.outbox.counts(f.clock.nowUtc());
    REQUIRE(counts.ok());
    CHECK(counts->waiting == 0);
    CHECK(counts->rejected == 1);
    auto troubled = f.outbox.troubled();
    REQUIRE(troubled.ok());
    REQUIRE(troubled->size() == 1);
    CHECK(troubled->at(0).id == "k1");
    CHECK(troubled->at(0).state == "rejected");
    CHECK(troubled->at(0).lastError.contains("not an account of this server"));
    CHECK(troubled->at(0).lastError.contains("created_by"));
    // A rejected record is not pushed again by itself...
    auto next = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(next.ok());
    CHECK(next->isEmpty());
    // ...until an admin sends it again.
    REQUIRE(f.outbox.retry(troubled->at(0).seq).ok());
    next = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(next.ok());
    REQUIRE(next->items.size() == 1);
    CHECK(next->items.at(0).item.id == "k1");
    CHECK_FALSE(f.outbox.retry(troubled->at(0).seq).ok()); // no longer rejected
    // Each settle and retry is in the audit trail.
    CHECK(f.count("audit_log", "action = 'sync.push'") == 1);
    CHECK(f.count("audit_log", "action = 'sync.retry'") == 1);

    // An answer that does not fit the batch changes nothing.
    PushResponse wrong;
    CHECK_FALSE(f.outbox.settle(*next, wrong).ok());
    CHECK(f.count("outbox", "record_type = 'contact'") == 1);
}

TEST_CASE("a batch the server failed waits for each record's backoff", "[sync][outbox]")
{
    QueueFixture f;
    f.queue("note", "n1", 1);
    f.queue("note", "n2", 1);
    auto batch = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(batch.ok());
    REQUIRE(f.outbox.postpone(*batch, "HTTP 500", f.clock.nowUtc()).ok());
    // Jitter 0: half of the first step (1 s).
    f.clock.advanceMs(400);
    CHECK(f.outbox.nextBatch(f.clock.nowUtc())->isEmpty());
    auto counts = f.outbox.counts(f.clock.nowUtc());
    CHECK(counts->waiting == 2);
    CHECK(counts->retrying == 2);
    f.clock.advanceMs(200);
    batch = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(batch->items.size() == 2);
    // The second failure waits twice as long.
    REQUIRE(f.outbox.postpone(*batch, "HTTP 500", f.clock.nowUtc()).ok());
    f.clock.advanceMs(900);
    CHECK(f.outbox.nextBatch(f.clock.nowUtc())->isEmpty());
    f.clock.advanceMs(200);
    CHECK(f.outbox.nextBatch(f.clock.nowUtc())->items.size() == 2);
    auto troubled = f.outbox.troubled();
    REQUIRE(troubled->size() == 2);
    CHECK(troubled->at(0).attempts == 2);
    CHECK(troubled->at(0).lastError == "HTTP 500");
    // A record saved again meanwhile goes at once with everything pending for it.
    f.queue("note", "n3", 1);
    CHECK(f.count("outbox", "record_type = 'note'") == 3);
}

TEST_CASE("batches are bounded by records and bytes, and continue where they stopped",
          "[sync][outbox]")
{
    QueueFixture f;
    for (int i = 0; i < 30; ++i)
        f.queue("note", QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0')), 1);
    auto batch = f.outbox.nextBatch(f.clock.nowUtc(), 10);
    REQUIRE(batch->items.size() == 10);
    CHECK(batch->items.first().item.id == "n00");
    // About 60 bytes an item: 200 bytes hold three.
    auto small = f.outbox.nextBatch(f.clock.nowUtc(), 500, 200);
    REQUIRE(small.ok());
    CHECK(small->items.size() >= 2);
    CHECK(small->items.size() <= 4);
    CHECK(small->bytes <= 200);
    // One record larger than the limit still goes alone (the server judges it).
    f.records.set("note", "n00", 1, QString(1000, u'x'));
    auto big = f.outbox.nextBatch(f.clock.nowUtc(), 500, 200);
    REQUIRE(big->items.size() == 1);

    PushResponse response;
    for (const auto &item : batch->items)
        response.results << result(item, "applied");
    REQUIRE(f.outbox.settle(*batch, response).ok());
    auto next = f.outbox.nextBatch(f.clock.nowUtc(), 10);
    CHECK(next->items.first().item.id == "n10");
    CHECK(f.outbox.counts(f.clock.nowUtc())->waiting == 20);
}

TEST_CASE("an entry whose record is gone is kept as rejected, not dropped", "[sync][outbox]")
{
    QueueFixture f;
    f.queue("note", "n1", 1);
    f.queue("note", "gone", 1);
    f.records.current.remove("note:gone");
    auto batch = f.outbox.nextBatch(f.clock.nowUtc());
    REQUIRE(batch.ok());
    REQUIRE(batch->items.size() == 1);
    CHECK(batch->items.at(0).item.id == "n1");
    auto troubled = f.outbox.troubled();
    REQUIRE(troubled->size() == 1);
    CHECK(troubled->at(0).id == "gone");
    CHECK(troubled->at(0).state == "rejected");
    CHECK(f.count("outbox", "record_id = 'gone'") == 1);
}

TEST_CASE("the next batch read while one travels leaves that one's records out", "[sync][outbox]")
{
    QueueFixture f;
    f.queue("case", "c1", 1);
    f.queue("note", "n1", 1);
    f.queue("note", "n2", 1);
    auto first = f.outbox.nextBatch(f.clock.nowUtc(), 2);
    REQUIRE(first.ok());
    REQUIRE(first->items.size() == 2);
    // A change to a record of the travelling batch waits for that batch to be settled.
    f.queue("case", "c1", 2, {"status"});
    auto second = f.outbox.nextBatch(f.clock.nowUtc(), 10, kMaxPushBytes, {&*first});
    REQUIRE(second.ok());
    REQUIRE(second->items.size() == 1);
    CHECK(second->items.first().item.id == "n2");

    PushResponse answer;
    for (const OutboxBatchItem &item : first->items)
        answer.results << result(item, "applied");
    REQUIRE(f.outbox.settle(*first, answer).ok());
    // Settled, the first batch's record comes again with its newer change, beside n2.
    auto third = f.outbox.nextBatch(f.clock.nowUtc(), 10);
    REQUIRE(third.ok());
    QStringList ids;
    for (const OutboxBatchItem &item : third->items)
        ids << item.item.id + u'@' + QString::number(item.item.revision);
    ids.sort();
    CHECK(ids == QStringList{"c1@2", "n2@1"});
}
