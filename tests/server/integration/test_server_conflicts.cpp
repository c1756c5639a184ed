// Concurrent edits over the real server: with the value each desk changed (`base`), the desk
// that pushes second is told of the conflict whichever order the desks sync in; a repeated push
// answers the same; a conflict case event syncs like any case event.
#include <catch2/catch.hpp>

#include "serverfixtures.h"

#include "core/domain/recordjson.h"
#include "core/protocol/jsonreader.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace helpline;
using namespace helpline::test;

namespace {

// Office baku: a counsellor on desk A, to whom the cases are assigned, and a supervisor on
// desk B; both may write the cases.
struct ConflictWorld {
    explicit ConflictWorld(TestDatabase::Kind kind)
        : db(kind)
    {
        requireDatabase(db);
        REQUIRE(initServer(db).exitCode == 0);
        counsellorId = createAccount(db, "leyla", "counsellor");
        supervisorId = createAccount(db, "rauf", "supervisor");
        REQUIRE(server.start(db));
        deskA = enrolDesk(db, server);
        deskB = enrolDesk(db, server);
        onA = signIn(server, deskA, "leyla", kPassword);
        onB = signIn(server, deskB, "rauf", kPassword);
        REQUIRE(onA.status == 200);
        REQUIRE(onB.status == 200);
    }
    Author authorA() const { return {counsellorId, deskA.deviceId}; }
    Author authorB() const { return {supervisorId, deskB.deviceId}; }

    TestDatabase db;
    ServerProcess server;
    QString counsellorId;
    QString supervisorId;
    Desk deskA;
    Desk deskB;
    Session onA;
    Session onB;
};

QString hlcAt(qint64 ms, const QString &device)
{
    return QStringLiteral("%1-0000-%2").arg(ms, 13, 10, QLatin1Char('0')).arg(device);
}

// An update of `record`: its changed fields, its clock and, when given, the values it changed.
QJsonObject update(const QString &type, const QJsonObject &record, const QStringList &changed,
                   const QString &hlc, const QJsonObject &base = {})
{
    QJsonObject item = pushItem(type, record, changed);
    item.insert(QStringLiteral("hlc"), hlc);
    if (!base.isEmpty())
        item.insert(QStringLiteral("base"), base);
    return item;
}

Reply push(const ConflictWorld &w, const Session &session, const Desk &desk,
           const QJsonArray &items)
{
    return postJson(w.server, QStringLiteral("/v1/sync/push"), pushBody(desk.deviceId, items),
                    session.access);
}

QJsonObject onlyResult(const Reply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    const QJsonArray results = reply.json.value(QStringLiteral("results")).toArray();
    REQUIRE(results.size() == 1);
    return results.at(0).toObject();
}

QString outcome(const Reply &reply)
{
    return onlyResult(reply).value(QStringLiteral("result")).toString();
}

QJsonArray lostOf(const Reply &reply)
{
    return onlyResult(reply).value(QStringLiteral("lost")).toArray();
}

// The record as every desk of the case pulls it now.
QJsonObject pulled(const ConflictWorld &w, const Session &session, const QString &id)
{
    const Pulled all = pullAll(w.server, session.access, QStringLiteral("cases"));
    REQUIRE(all.status == 200);
    return all.record(id);
}

struct Expected {
    QString field;
    QJsonValue value;
    QJsonValue winningValue;
    QString winningHlc;
    QString lostHlc;
    QString lostSide;
};

void checkLost(const QJsonArray &lost, const Expected &e)
{
    INFO(QJsonDocument(lost).toJson(QJsonDocument::Compact).toStdString());
    REQUIRE(lost.size() == 1);
    const QJsonObject l = lost.at(0).toObject();
    CHECK(l.value(QStringLiteral("field")).toString() == e.field);
    CHECK(l.value(QStringLiteral("value")) == e.value);
    CHECK(l.value(QStringLiteral("winning_value")) == e.winningValue);
    CHECK(l.value(QStringLiteral("winning_hlc")).toString() == e.winningHlc);
    CHECK(l.value(QStringLiteral("lost_hlc")).toString() == e.lostHlc);
    CHECK(l.value(QStringLiteral("lost_side")).toString() == e.lostSide);
}

} // namespace

TEST_CASE("a concurrent status change is told to the second pusher in either order",
          "[server][sync][conflict]")
{
    ConflictWorld w(backend());
    const CaseRecord c = newCase(w.authorA(), w.counsellorId, QStringLiteral("baku"));
    REQUIRE(outcome(push(w, w.onA, w.deskA, {pushItem("case", toJson(c))})) == "applied");
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    const QString hlcA = hlcAt(t0 + 1000, w.deskA.deviceId);
    const QString hlcB = hlcAt(t0 + 2000, w.deskB.deviceId); // B's change is the later one
    // Both desks change revision 1's status while offline.
    CaseRecord onA = c;
    onA.meta.revision = 2;
    onA.status = QStringLiteral("active");
    CaseRecord onB = c;
    onB.meta.revision = 2;
    onB.status = QStringLiteral("pending_closure");
    const QJsonObject base{{QStringLiteral("status"), QStringLiteral("open")}};
    const QJsonObject fromA = update("case", toJson(onA), {"status"}, hlcA, base);
    const QJsonObject fromB = update("case", toJson(onB), {"status"}, hlcB, base);

    SECTION("A first, then B: B's later value replaces A's, and B is told what it replaced")
    {
        const Reply first = push(w, w.onA, w.deskA, {fromA});
        CHECK(outcome(first) == "applied");
        CHECK(lostOf(first).isEmpty());
        const Reply second = push(w, w.onB, w.deskB, {fromB});
        CHECK(outcome(second) == "merged");
        checkLost(lostOf(second), {"status", QStringLiteral("active"),
                                   QStringLiteral("pending_closure"), hlcB, hlcA, "stored"});
        CHECK(onlyResult(second).value(QStringLiteral("server_revision")).toInt() == 3);
    }
    SECTION("B first, then A: A's earlier value loses, and A is told")
    {
        const Reply first = push(w, w.onB, w.deskB, {fromB});
        CHECK(outcome(first) == "applied");
        const Reply second = push(w, w.onA, w.deskA, {fromA});
        CHECK(outcome(second) == "merged");
        checkLost(lostOf(second), {"status", QStringLiteral("active"),
                                   QStringLiteral("pending_closure"), hlcB, hlcA, "incoming"});
        CHECK(onlyResult(second).value(QStringLiteral("server_revision")).toInt() == 2);
    }
    SECTION("without base, as older desks push, A first then B is not told (as before)")
    {
        CHECK(outcome(push(w, w.onA, w.deskA, {update("case", toJson(onA), {"status"}, hlcA)})) ==
              "applied");
        CHECK(outcome(push(w, w.onB, w.deskB, {update("case", toJson(onB), {"status"}, hlcB)})) ==
              "applied");
    }
    // Either way every desk ends with B's status.
    CHECK(pulled(w, w.onA, c.meta.id).value(QStringLiteral("status")).toString() ==
          "pending_closure");
    CHECK(pulled(w, w.onB, c.meta.id).value(QStringLiteral("status")).toString() ==
          "pending_closure");
}

TEST_CASE("an edit of the value a desk saw is no conflict", "[server][sync][conflict]")
{
    ConflictWorld w(backend());
    const CaseRecord c = newCase(w.authorA(), w.counsellorId, QStringLiteral("baku"));
    REQUIRE(outcome(push(w, w.onA, w.deskA, {pushItem("case", toJson(c))})) == "applied");
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    CaseRecord onA = c;
    onA.meta.revision = 2;
    onA.status = QStringLiteral("active");
    const QString hlcA = hlcAt(t0 + 2000, w.deskA.deviceId);
    REQUIRE(outcome(push(w, w.onA, w.deskA,
                         {update("case", toJson(onA), {"status"}, hlcA,
                                 {{QStringLiteral("status"), QStringLiteral("open")}})})) ==
            "applied");
    // B pulled A's status and changes it: its base is A's value.
    CaseRecord onB = onA;
    onB.status = QStringLiteral("pending_closure");
    const QJsonObject sawA{{QStringLiteral("status"), QStringLiteral("active")}};

    SECTION("with a later clock")
    {
        const Reply r = push(
            w, w.onB, w.deskB,
            {update("case", toJson(onB), {"status"}, hlcAt(t0 + 3000, w.deskB.deviceId), sawA)});
        CHECK(outcome(r) == "applied");
        CHECK(lostOf(r).isEmpty());
    }
    SECTION("with a clock that lags A's: B's change still came after A's")
    {
        const Reply r = push(
            w, w.onB, w.deskB,
            {update("case", toJson(onB), {"status"}, hlcAt(t0 + 1000, w.deskB.deviceId), sawA)});
        CHECK(outcome(r) == "applied");
        CHECK(lostOf(r).isEmpty());
        // The field's clock did not go back: an older desk's concurrent edit stamped between
        // the two still loses, as it lost to A's.
        CaseRecord onOld = c;
        onOld.meta.revision = 3;
        onOld.status = QStringLiteral("referred");
        const Reply old =
            push(w, w.onA, w.deskA,
                 {update("case", toJson(onOld), {"status"}, hlcAt(t0 + 1500, w.deskA.deviceId))});
        CHECK(outcome(old) == "merged");
        checkLost(lostOf(old),
                  {"status", QStringLiteral("referred"), QStringLiteral("pending_closure"), hlcA,
                   hlcAt(t0 + 1500, w.deskA.deviceId), "incoming"});
    }
    CHECK(pulled(w, w.onA, c.meta.id).value(QStringLiteral("status")).toString() ==
          "pending_closure");
}

TEST_CASE("a concurrent referral status change is told in either order", "[server][sync][conflict]")
{
    ConflictWorld w(backend());
    const CaseRecord c = newCase(w.authorA(), w.counsellorId, QStringLiteral("baku"));
    const Referral referral = caseReferral(w.authorA(), c.meta.id);
    REQUIRE(push(w, w.onA, w.deskA,
                 {pushItem("case", toJson(c)), pushItem("referral", toJson(referral))})
                .status == 200);
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    const QString hlcA = hlcAt(t0 + 1000, w.deskA.deviceId);
    const QString hlcB = hlcAt(t0 + 2000, w.deskB.deviceId);
    Referral onA = referral;
    onA.meta.revision = 2;
    onA.status = QStringLiteral("acknowledged");
    Referral onB = referral;
    onB.meta.revision = 2;
    onB.status = QStringLiteral("declined");
    const QJsonObject base{{QStringLiteral("status"), QStringLiteral("made")}};
    const QJsonObject fromA = update("referral", toJson(onA), {"status"}, hlcA, base);
    const QJsonObject fromB = update("referral", toJson(onB), {"status"}, hlcB, base);
    const bool aFirst = GENERATE(true, false);
    INFO((aFirst ? "A first" : "B first"));
    const Reply first =
        aFirst ? push(w, w.onA, w.deskA, {fromA}) : push(w, w.onB, w.deskB, {fromB});
    CHECK(outcome(first) == "applied");
    const Reply second =
        aFirst ? push(w, w.onB, w.deskB, {fromB}) : push(w, w.onA, w.deskA, {fromA});
    CHECK(outcome(second) == "merged");
    checkLost(lostOf(second), {"status", QStringLiteral("acknowledged"), QStringLiteral("declined"),
                               hlcB, hlcA, aFirst ? "stored" : "incoming"});
    CHECK(pulled(w, w.onA, referral.meta.id).value(QStringLiteral("status")).toString() ==
          "declined");
}

TEST_CASE("a merged push sent again is a duplicate that repeats the conflict",
          "[server][sync][conflict]")
{
    ConflictWorld w(backend());
    const CaseRecord c = newCase(w.authorA(), w.counsellorId, QStringLiteral("baku"));
    REQUIRE(outcome(push(w, w.onA, w.deskA, {pushItem("case", toJson(c))})) == "applied");
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    CaseRecord onA = c;
    onA.meta.revision = 2;
    onA.status = QStringLiteral("active");
    CaseRecord onB = c;
    onB.meta.revision = 2;
    onB.status = QStringLiteral("pending_closure");
    onB.riskLevel = QStringLiteral("high");
    const QJsonObject base{{QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("risk_level"), QJsonValue::Null}};
    REQUIRE(
        outcome(push(w, w.onA, w.deskA,
                     {update("case", toJson(onA), {"status"}, hlcAt(t0 + 1000, w.deskA.deviceId),
                             {{QStringLiteral("status"), QStringLiteral("open")}})})) == "applied");
    const QJsonArray batch{update("case", toJson(onB), {"status", "risk_level"},
                                  hlcAt(t0 + 2000, w.deskB.deviceId), base)};
    const Reply first = push(w, w.onB, w.deskB, batch);
    const QJsonObject firstResult = onlyResult(first);
    CHECK(firstResult.value(QStringLiteral("result")).toString() == "merged");
    // Only status was changed by both; risk_level was B's alone.
    REQUIRE(lostOf(first).size() == 1);
    const Pulled before = pullAll(w.server, w.onB.access, QStringLiteral("cases"));

    // As if B's first answer never arrived.
    const Reply again = push(w, w.onB, w.deskB, batch);
    const QJsonObject againResult = onlyResult(again);
    CHECK(againResult.value(QStringLiteral("result")).toString() == "duplicate");
    CHECK(againResult.value(QStringLiteral("server_revision")) ==
          firstResult.value(QStringLiteral("server_revision")));
    CHECK(againResult.value(QStringLiteral("lost")) == firstResult.value(QStringLiteral("lost")));
    CHECK_FALSE(againResult.contains(QStringLiteral("reason")));
    // Nothing changed on the server.
    const Pulled after = pullAll(w.server, w.onB.access, QStringLiteral("cases"));
    CHECK(after.items == before.items);

    // A receipt written before receipts kept the lost fields holds only their count: the
    // duplicate says so instead of claiming nothing was lost.
    {
        auto database = openDatabase(w.db);
        REQUIRE(database);
        server::ServerTransaction tx(*database);
        tx.exec(QStringLiteral("UPDATE push_receipts SET detail = '1' WHERE record_id = ? AND "
                               "device_id = ? AND revision = 2"),
                {c.meta.id, w.deskB.deviceId});
        REQUIRE(tx.rowsAffected() == 1);
        REQUIRE(tx.commit().ok());
    }
    const QJsonObject legacy = onlyResult(push(w, w.onB, w.deskB, batch));
    CHECK(legacy.value(QStringLiteral("result")).toString() == "duplicate");
    CHECK_FALSE(legacy.contains(QStringLiteral("lost")));
    CHECK(legacy.value(QStringLiteral("reason")).toString().contains(QLatin1String("1 field(s)")));

    // A duplicate of a push that merged nothing says nothing was lost.
    const Reply plain = push(w, w.onA, w.deskA, {pushItem("case", toJson(c))});
    CHECK(outcome(plain) == "duplicate");
    CHECK_FALSE(onlyResult(plain).contains(QStringLiteral("lost")));
}

TEST_CASE("a conflict case event syncs to the other desks and cannot change",
          "[server][sync][conflict]")
{
    ConflictWorld w(backend());
    const CaseRecord c = newCase(w.authorA(), w.counsellorId, QStringLiteral("baku"));
    REQUIRE(outcome(push(w, w.onA, w.deskA, {pushItem("case", toJson(c))})) == "applied");
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    // B was told its change replaced A's status; B keeps the conflict as a case event.
    CaseEvent conflict;
    conflict.meta = newMeta(w.authorB());
    conflict.caseId = c.meta.id;
    conflict.kind = CaseEvent::conflictKind();
    conflict.subjectType = QStringLiteral("case");
    conflict.subjectId = c.meta.id;
    conflict.field = QStringLiteral("flags");
    conflict.oldValue = compactJsonText(QJsonArray{QStringLiteral("supervisor_attention")});
    conflict.newValue = compactJsonText(QJsonArray());
    conflict.lostHlc = hlcAt(t0 + 1000, w.deskA.deviceId);
    conflict.winningHlc = hlcAt(t0 + 2000, w.deskB.deviceId);
    const QJsonObject record = toJson(conflict);
    CHECK(outcome(push(w, w.onB, w.deskB, {pushItem("case_event", record)})) == "applied");

    // A, whose value lost, pulls it as it was pushed.
    const Pulled onA = pullAll(w.server, w.onA.access, QStringLiteral("cases"));
    REQUIRE(onA.status == 200);
    REQUIRE(onA.ids().contains(conflict.meta.id));
    CHECK(onA.record(conflict.meta.id) == record);
    for (const QJsonObject &item : onA.items)
        if (item.value(QStringLiteral("id")).toString() == conflict.meta.id)
            CHECK(item.value(QStringLiteral("type")).toString() == "case_event");

    // Append-only: the same body again is a duplicate, another body under its revision refused.
    CHECK(outcome(push(w, w.onB, w.deskB, {pushItem("case_event", record)})) == "duplicate");
    QJsonObject changed = record;
    changed.insert(QStringLiteral("new_value"),
                   compactJsonText(QJsonArray{QStringLiteral("needs_review")}));
    CHECK(outcome(push(w, w.onB, w.deskB, {pushItem("case_event", changed)})) == "rejected");
    CHECK(outcome(push(w, w.onA, w.deskA, {pushItem("case_event", changed)})) == "rejected");
    CHECK(pulled(w, w.onA, conflict.meta.id) == record);

    // A conflict event that breaks the rules is refused with its field.
    QJsonObject bare = toJson([&] {
        CaseEvent e = conflict;
        e.meta = newMeta(w.authorB());
        e.oldValue = QStringLiteral("supervisor_attention"); // not JSON text
        return e;
    }());
    const QJsonObject refused = onlyResult(push(w, w.onB, w.deskB, {pushItem("case_event", bare)}));
    CHECK(refused.value(QStringLiteral("result")).toString() == "rejected");
    CHECK(refused.value(QStringLiteral("field")).toString() == "records[0].record.old_value");
}

TEST_CASE("concurrent pushes with base: all but the first are told", "[server][sync][conflict]")
{
    // Twelve pushes in flight at once from two desks, each changing the case's title from the
    // same base. On PostgreSQL they read and decide in parallel and decide again under the lock
    // when another committed meanwhile: then the stored title is no longer their base. Whatever
    // the interleaving, one push comes first and is applied, every other one is told (merged),
    // and the latest clock wins.
    ConflictWorld w(backend());
    const CaseRecord c = newCase(w.authorA(), w.counsellorId, QStringLiteral("baku"));
    REQUIRE(outcome(push(w, w.onA, w.deskA, {pushItem("case", toJson(c))})) == "applied");
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    constexpr int kPushes = 12;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QStringList results;
    QStringList sides;
    for (int k = kPushes - 1; k >= 0; --k) {
        const bool onA = k % 2 == 0;
        const Desk &desk = onA ? w.deskA : w.deskB;
        const Session &session = onA ? w.onA : w.onB;
        const Author author = onA ? w.authorA() : w.authorB();
        CaseRecord edited = c;
        edited.meta.revision = 2 + k;
        edited.title = QStringLiteral("Title %1").arg(k);
        QJsonArray batch;
        for (int n = 0; n < 150; ++n)
            batch << pushItem("note", toJson(caseNote(author, c.meta.id)));
        batch << update("case", toJson(edited), {"title"}, hlcAt(t0 + 10 * k, desk.deviceId),
                        {{QStringLiteral("title"), c.title}});
        QNetworkRequest request(w.server.url(QStringLiteral("/v1/sync/push")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + session.access.toLatin1());
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkReply *reply = managers.back()->post(
            request, QJsonDocument(pushBody(desk.deviceId, batch)).toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &results, &sides] {
            CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
            const QJsonObject last = QJsonDocument::fromJson(reply->readAll())
                                         .object()
                                         .value(QStringLiteral("results"))
                                         .toArray()
                                         .last()
                                         .toObject();
            results << last.value(QStringLiteral("result")).toString();
            for (const QJsonValue &lost : last.value(QStringLiteral("lost")).toArray())
                sides << lost.toObject().value(QStringLiteral("lost_side")).toString();
            reply->deleteLater();
        });
    }
    QDeadlineTimer deadline(60000);
    while (results.size() < kPushes && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    REQUIRE(results.size() == kPushes);
    INFO(results.join(u' ').toStdString());
    CHECK(results.count(QStringLiteral("applied")) == 1);
    CHECK(results.count(QStringLiteral("merged")) == kPushes - 1);
    CHECK(sides.size() == kPushes - 1);
    const QJsonObject merged = pulled(w, w.onB, c.meta.id);
    CHECK(merged.value(QStringLiteral("title")).toString() ==
          QStringLiteral("Title %1").arg(kPushes - 1));
}
