// The push half of sync, end to end: contacts saved on a real desk store go through the
// outbox (OutboxQueue + RecordReader) and the client to the real server, exactly once.
#include <catch2/catch.hpp>

#include "serverharness.h"
#include "storefixture.h"
#include "syncawait.h"

#include "core/store/caseitemrepository.h"
#include "core/sync/outboxqueue.h"
#include "core/sync/recordreader.h"
#include "core/sync/syncclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace helpline;
using namespace helpline::test;

namespace {

// Pushes the outbox until nothing is due; returns each record's outcome by "type:id".
QHash<QString, QString> pushAll(OutboxQueue &outbox, SyncClient &client, const QString &access,
                                const QString &deviceId, const QDateTime &now)
{
    QHash<QString, QString> outcomes;
    for (int round = 0; round < 100; ++round) {
        auto batch = outbox.nextBatch(now, 7); // small batches: several rounds
        REQUIRE(batch.ok());
        if (batch->isEmpty())
            return outcomes;
        const auto reply = await<PushResponse>(
            [&](auto done) { client.push(access, batch->request(deviceId), done); });
        INFO(reply.error.message.toStdString());
        REQUIRE(reply.ok());
        for (qsizetype i = 0; i < batch->items.size(); ++i) {
            const PushResult &r = reply.value->results.at(i);
            INFO(r.reason.toStdString() << " " << r.field.toStdString());
            outcomes.insert(batch->items.at(i).item.type + u':' + r.id, r.result);
        }
        REQUIRE(outbox.settle(*batch, *reply.value).ok());
    }
    FAIL("the outbox did not drain");
    return outcomes;
}

} // namespace

TEST_CASE("contacts saved on a desk reach the server through the outbox exactly once",
          "[sync][push]")
{
    // The server, with the counsellor's account; the desk enrolled and signed in.
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    const QString leylaId = createAccount(db, "leyla", "counsellor");
    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk desk = enrolDesk(db, server);
    REQUIRE(!desk.deviceId.isEmpty());
    QNetworkAccessManager network;
    SyncClient::Options options;
    options.server = server.url("");
    SyncClient client(network, options);
    SignInRequest signIn;
    signIn.username = "leyla";
    signIn.password = "a good long password";
    signIn.deviceId = desk.deviceId;
    signIn.deviceSecret = desk.deviceSecret;
    const auto session = await<SessionTokens>([&](auto done) { client.signIn(signIn, done); });
    REQUIRE(session.ok());

    // The desk: its admin adds Leyla with her server id; Leyla records two calls and a note.
    StoreFixture f;
    REQUIRE(f.store
                ->addAccount("leyla", "Leyla", Role::Counsellor, password("leyla's password"),
                             fastKdf(), leylaId)
                .ok());
    f.store.reset();
    auto unlocked =
        CaseStore::unlock(f.dir.path(), leylaId, password("leyla's password"), &f.clock);
    REQUIRE(unlocked.ok());
    f.store = std::move(unlocked.value());
    ContactRepository contacts(*f.store);
    auto first = contacts.save(f.counsellingContact("Aysel is bullied at school.", "Aysel"));
    REQUIRE(first.ok());
    auto second = contacts.save(f.counsellingContact("Called again; talked to the teacher."));
    REQUIRE(second.ok());
    Note note;
    note.caseId = first->caseId;
    note.body = QStringLiteral("Agreed to call back on Friday.");
    REQUIRE(NoteRepository(*f.store).add(note).ok());

    RecordReader reader(*f.store);
    OutboxQueue outbox(*f.store, [&reader](const QString &type, const QString &id) {
        return reader.read(type, id);
    });
    const auto before = outbox.counts(f.clock.nowUtc());
    REQUIRE(before.ok());
    CHECK(before->waiting >= 5); // person, case, two contacts, a note (and more)

    const auto outcomes =
        pushAll(outbox, client, session.value->accessToken, desk.deviceId, f.clock.nowUtc());
    CHECK(outcomes.size() == before->waiting);
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value() == "applied");
    }
    const auto after = outbox.counts(f.clock.nowUtc());
    CHECK(after->waiting == 0);
    CHECK(after->rejected == 0);

    // The server holds each record once; Leyla's desk pulls them back.
    QSet<QString> onServer;
    PullQuery query;
    query.stream = QStringLiteral("cases");
    for (;;) {
        const auto page = await<PullPage>(
            [&](auto done) { client.pull(session.value->accessToken, query, done); });
        REQUIRE(page.ok());
        for (const PullItem &item : page.value->items) {
            CHECK_FALSE(onServer.contains(item.type + u':' + item.id));
            onServer.insert(item.type + u':' + item.id);
        }
        query.cursor = page.value->cursor;
        if (!page.value->more)
            break;
    }
    CHECK(onServer == QSet<QString>(outcomes.keyBegin(), outcomes.keyEnd()));

    CHECK(server.stop() == 0);
}

TEST_CASE("records of a desk-only account are refused and kept with the reason", "[sync][push]")
{
    TestDatabase db(TestDatabase::Kind::Embedded);
    REQUIRE(initServer(db).exitCode == 0);
    createAccount(db, "leyla", "counsellor");
    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk desk = enrolDesk(db, server);
    const auto session = signIn(server, desk, "leyla", "a good long password");
    REQUIRE(session.status == 200);
    QNetworkAccessManager network;
    SyncClient::Options options;
    options.server = server.url("");
    SyncClient client(network, options);

    // The desk's own admin (not a server account) records a call.
    StoreFixture f;
    REQUIRE(ContactRepository(*f.store).save(f.counsellingContact("A call.", "Murad")).ok());
    RecordReader reader(*f.store);
    OutboxQueue outbox(*f.store, [&reader](const QString &type, const QString &id) {
        return reader.read(type, id);
    });
    const auto outcomes = pushAll(outbox, client, session.access, desk.deviceId, f.clock.nowUtc());
    REQUIRE_FALSE(outcomes.isEmpty());
    for (const QString &outcome : outcomes)
        CHECK(outcome == "rejected");
    const auto counts = outbox.counts(f.clock.nowUtc());
    CHECK(counts->waiting == 0);
    CHECK(counts->rejected == outcomes.size());
    const auto troubled = outbox.troubled();
    REQUIRE_FALSE(troubled->isEmpty());
    CHECK(troubled->at(0).lastError.contains("not an account of this server"));
    CHECK(server.stop() == 0);
}
