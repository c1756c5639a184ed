// Sync over the real server: push is idempotent and merges mutable records field by field;
// pull pages through a stream in sequence order, with tombstones; two instances share one
// database.
#include <catch2/catch.hpp>

#include "serverharness.h"

#include "core/domain/recordjson.h"
#include "core/protocol/syncmessages.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSet>

using namespace helpline;
using namespace helpline::test;

namespace {

struct Account {
    QString id;
    Session session;
};

// A server with office baku, a counsellor and a supervisor, each on their own desk.
struct SyncWorld {
    explicit SyncWorld(TestDatabase::Kind kind)
        : db(kind)
    {
        requireDatabase(db);
        REQUIRE(initServer(db).exitCode == 0);
        counsellor.id = createAccount(db, "leyla", "counsellor");
        supervisor.id = createAccount(db, "rauf", "supervisor");
        REQUIRE(server.start(db));
        deskA = enrolDesk(db, server);
        deskB = enrolDesk(db, server);
        counsellor.session = signIn(server, deskA, "leyla", "a good long password");
        supervisor.session = signIn(server, deskB, "rauf", "a good long password");
        REQUIRE(counsellor.session.status == 200);
        REQUIRE(supervisor.session.status == 200);
    }
    TestDatabase db;
    ServerProcess server;
    Desk deskA;
    Desk deskB;
    Account counsellor;
    Account supervisor;
};

RecordMeta meta(const QString &author, const QString &device, int revision = 1)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RecordMeta m;
    m.id = newUuidV7(now);
    m.createdAt = now.addSecs(-60);
    m.updatedAt = now.addSecs(-60);
    m.createdBy = author;
    m.originDevice = device;
    m.revision = revision;
    return m;
}

CaseRecord newCase(const Account &author, const Desk &desk)
{
    CaseRecord c;
    c.meta = meta(author.id, desk.deviceId);
    c.caseNumber = QStringLiteral("2026-0001-%1")
                       .arg(QRandomGenerator::global()->bounded(99999), 5, 10, QLatin1Char('0'));
    c.status = QStringLiteral("open");
    c.assigneeId = author.id;
    c.officeId = QStringLiteral("baku");
    c.title = QStringLiteral("Bullying at school");
    return c;
}

Contact newContact(const Account &author, const Desk &desk, const QString &caseId)
{
    Contact c =
        Contact::nonCounselling(QStringLiteral("silent"), QStringLiteral("phone"),
                                QDateTime::currentDateTimeUtc().addSecs(-120), 30, author.id);
    c.meta = meta(author.id, desk.deviceId);
    c.caseId = caseId;
    return c;
}

Note newNote(const Account &author, const Desk &desk, const QString &caseId)
{
    Note n;
    n.meta = meta(author.id, desk.deviceId);
    n.caseId = caseId;
    n.body = QStringLiteral("Aysel, 12, is afraid to go to school.");
    return n;
}

QJsonObject item(const QString &type, const QJsonObject &record, const QStringList &changed = {},
                 const QString &hlc = {})
{
    QJsonObject o{{"type", type},
                  {"id", record.value("id")},
                  {"revision", record.value("revision")},
                  {"record", record}};
    if (!changed.isEmpty())
        o.insert("changed_fields", QJsonArray::fromStringList(changed));
    if (!hlc.isEmpty())
        o.insert("hlc", hlc);
    return o;
}

Reply push(const ServerProcess &server, const Session &session, const Desk &desk,
           const QJsonArray &items)
{
    return postJson(server, "/v1/sync/push", {{"device_id", desk.deviceId}, {"records", items}},
                    session.access);
}

QStringList outcomes(const Reply &reply)
{
    QStringList list;
    for (const QJsonValue &r : reply.json.value("results").toArray())
        list << r.toObject().value("result").toString();
    return list;
}

// Every item of a stream after `cursor`, page by page.
QList<QJsonObject> pullAll(const ServerProcess &server, const Session &session,
                           const QString &stream, int limit = 500, qint64 cursor = 0,
                           int *pages = nullptr)
{
    QList<QJsonObject> items;
    int count = 0;
    for (;;) {
        const Reply r = getJson(server,
                                QStringLiteral("/v1/sync/pull?stream=%1&cursor=%2&limit=%3")
                                    .arg(stream)
                                    .arg(cursor)
                                    .arg(limit),
                                session.access);
        REQUIRE(r.status == 200);
        ++count;
        for (const QJsonValue &v : r.json.value("items").toArray())
            items << v.toObject();
        const qint64 next = r.json.value("cursor").toInteger();
        if (!r.json.value("more").toBool())
            break;
        REQUIRE(next > cursor);
        cursor = next;
    }
    if (pages)
        *pages = count;
    return items;
}

QString hlcAt(qint64 ms, const QString &device)
{
    return QStringLiteral("%1-0000-%2").arg(ms, 13, 10, QLatin1Char('0')).arg(device);
}

} // namespace

TEST_CASE("a push is applied once, the same batch again changes nothing", "[server][sync]")
{
    SyncWorld w(backend());
    const CaseRecord c = newCase(w.counsellor, w.deskA);
    const Contact contact = newContact(w.counsellor, w.deskA, c.meta.id);
    const Note note = newNote(w.counsellor, w.deskA, c.meta.id);
    const QJsonArray batch{item("case", toJson(c)), item("contact", toJson(contact)),
                           item("note", toJson(note))};
    const Reply first = push(w.server, w.counsellor.session, w.deskA, batch);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    CHECK(outcomes(first) == QStringList{"applied", "applied", "applied"});
    const QList<QJsonObject> before = pullAll(w.server, w.counsellor.session, "cases");
    CHECK(before.size() == 3);

    const Reply again = push(w.server, w.counsellor.session, w.deskA, batch);
    REQUIRE(again.status == 200);
    CHECK(outcomes(again) == QStringList{"duplicate", "duplicate", "duplicate"});
    const QList<QJsonObject> after = pullAll(w.server, w.counsellor.session, "cases");
    CHECK(after == before);

    SECTION("the same revision with other content is refused")
    {
        Note changed = note;
        changed.body = QStringLiteral("Something else");
        const Reply r =
            push(w.server, w.counsellor.session, w.deskA, {item("note", toJson(changed))});
        CHECK(outcomes(r) == QStringList{"rejected"});
    }
    SECTION("a later revision of a note deletes it: a tombstone arrives")
    {
        Note gone = note;
        gone.meta.revision = 2;
        gone.meta.deleted = true;
        const Reply r = push(w.server, w.counsellor.session, w.deskA, {item("note", toJson(gone))});
        CHECK(outcomes(r) == QStringList{"applied"});
        const qint64 cursor = before.constLast().value("seq").toInteger();
        const QList<QJsonObject> delta =
            pullAll(w.server, w.counsellor.session, "cases", 500, cursor);
        REQUIRE(delta.size() == 1);
        CHECK(delta.at(0).value("id").toString() == note.meta.id);
        CHECK(delta.at(0).value("deleted").toBool());
    }
}

TEST_CASE("an invalid record is rejected with its reason, the rest of the batch applies",
          "[server][sync]")
{
    SyncWorld w(backend());
    const CaseRecord c = newCase(w.counsellor, w.deskA);
    Note bad = newNote(w.counsellor, w.deskA, c.meta.id);
    bad.body.clear();
    QJsonObject unknownAuthor = toJson(newNote(w.counsellor, w.deskA, c.meta.id));
    unknownAuthor.insert("created_by", newUuidV7());
    const Reply r =
        push(w.server, w.counsellor.session, w.deskA,
             {item("case", toJson(c)), item("note", toJson(bad)), item("note", unknownAuthor)});
    REQUIRE(r.status == 200);
    CHECK(outcomes(r) == QStringList{"applied", "rejected", "rejected"});
    const QJsonObject rejected = r.json.value("results").toArray().at(1).toObject();
    CHECK(!rejected.value("reason").toString().isEmpty());
    CHECK(rejected.value("field").toString().startsWith("records[1].record"));
    CHECK(pullAll(w.server, w.counsellor.session, "cases").size() == 1);
}

TEST_CASE("concurrent changes to a case merge field by field, the loser is reported",
          "[server][sync]")
{
    SyncWorld w(backend());
    CaseRecord c = newCase(w.counsellor, w.deskA);
    REQUIRE(outcomes(push(w.server, w.counsellor.session, w.deskA, {item("case", toJson(c))})) ==
            QStringList{"applied"});
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
    // Both desks edit revision 1 while offline: the counsellor changes the status (later), the
    // supervisor the status (earlier) and the risk.
    CaseRecord onA = c;
    onA.meta.revision = 2;
    onA.status = QStringLiteral("active");
    CaseRecord onB = c;
    onB.meta.revision = 2;
    onB.status = QStringLiteral("pending_closure");
    onB.riskLevel = QStringLiteral("high");

    SECTION("the later change arrives first")
    {
        CHECK(outcomes(push(w.server, w.counsellor.session, w.deskA,
                            {item("case", toJson(onA), {"status"},
                                  hlcAt(t0 + 2000, w.deskA.deviceId))})) == QStringList{"applied"});
        const Reply r = push(w.server, w.supervisor.session, w.deskB,
                             {item("case", toJson(onB), {"status", "risk_level"},
                                   hlcAt(t0 + 1000, w.deskB.deviceId))});
        REQUIRE(outcomes(r) == QStringList{"merged"});
        const QJsonArray lost =
            r.json.value("results").toArray().at(0).toObject().value("lost").toArray();
        REQUIRE(lost.size() == 1);
        CHECK(lost.at(0).toObject().value("field").toString() == "status");
        CHECK(lost.at(0).toObject().value("value").toString() == "pending_closure");
        CHECK(lost.at(0).toObject().value("winning_value").toString() == "active");
    }
    SECTION("the earlier change arrives first")
    {
        CHECK(outcomes(push(w.server, w.supervisor.session, w.deskB,
                            {item("case", toJson(onB), {"status", "risk_level"},
                                  hlcAt(t0 + 1000, w.deskB.deviceId))})) == QStringList{"applied"});
        CHECK(outcomes(push(w.server, w.counsellor.session, w.deskA,
                            {item("case", toJson(onA), {"status"},
                                  hlcAt(t0 + 2000, w.deskA.deviceId))})) == QStringList{"applied"});
    }
    // Either order ends in the same state: the later status, the supervisor's risk.
    const QList<QJsonObject> items = pullAll(w.server, w.supervisor.session, "cases");
    REQUIRE(items.size() == 1);
    const QJsonObject merged = items.at(0).value("record").toObject();
    CHECK(merged.value("status").toString() == "active");
    CHECK(merged.value("risk_level").toString() == "high");
    CHECK(items.at(0).value("revision").toInt() == 3);
}

// A page of `cases` with own=skip.
Reply pullSkippingOwn(const ServerProcess &server, const Session &session, qint64 cursor,
                      int limit = 500)
{
    return getJson(server,
                   QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=%2&own=skip")
                       .arg(cursor)
                       .arg(limit),
                   session.access);
}

QStringList idsOf(const Reply &page)
{
    QStringList ids;
    for (const QJsonValue &v : page.json.value("items").toArray())
        ids << v.toObject().value("id").toString();
    return ids;
}

TEST_CASE("own=skip leaves out what the desk pushed and the server kept as sent", "[server][sync]")
{
    SyncWorld w(backend());
    CaseRecord c = newCase(w.counsellor, w.deskA);
    const Contact contact = newContact(w.counsellor, w.deskA, c.meta.id);
    const Note note = newNote(w.counsellor, w.deskA, c.meta.id);
    REQUIRE(outcomes(push(w.server, w.counsellor.session, w.deskA,
                          {item("case", toJson(c)), item("contact", toJson(contact)),
                           item("note", toJson(note))})) ==
            QStringList{"applied", "applied", "applied"});
    const QList<QJsonObject> everything = pullAll(w.server, w.counsellor.session, "cases");
    REQUIRE(everything.size() == 3);
    const qint64 last = everything.constLast().value("seq").toInteger();

    // The desk that pushed them gets none back, and its cursor moves past them.
    const Reply own = pullSkippingOwn(w.server, w.counsellor.session, 0);
    REQUIRE(own.status == 200);
    CHECK(idsOf(own).isEmpty());
    CHECK(own.json.value("cursor").toInteger() == last);
    CHECK_FALSE(own.json.value("more").toBool());
    // Page by page too: a page of skipped records is empty and says more is waiting.
    const Reply first = pullSkippingOwn(w.server, w.counsellor.session, 0, 2);
    CHECK(idsOf(first).isEmpty());
    CHECK(first.json.value("more").toBool());
    CHECK(first.json.value("cursor").toInteger() == everything.at(1).value("seq").toInteger());
    // Another desk gets them all, own=skip or not.
    CHECK(idsOf(pullSkippingOwn(w.server, w.supervisor.session, 0)).size() == 3);

    SECTION("a record changed by another desk comes back")
    {
        CaseRecord changed = c;
        changed.meta.revision = 2;
        changed.status = QStringLiteral("active");
        REQUIRE(outcomes(push(w.server, w.supervisor.session, w.deskB,
                              {item("case", toJson(changed), {"status"})})) ==
                QStringList{"applied"});
        const Reply page = pullSkippingOwn(w.server, w.counsellor.session, last);
        REQUIRE(idsOf(page) == QStringList{c.meta.id});
        CHECK(page.json.value("items").toArray().at(0).toObject().value("record").toObject().value(
                  "status") == "active");
        // The supervisor's desk does not get its own change back.
        CHECK(idsOf(pullSkippingOwn(w.server, w.supervisor.session, last)).isEmpty());
    }
    SECTION("a change that lost a field in a merge comes back with the winner")
    {
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        CaseRecord onB = c;
        onB.meta.revision = 2;
        onB.status = QStringLiteral("pending_closure");
        REQUIRE(outcomes(push(
                    w.server, w.supervisor.session, w.deskB,
                    {item("case", toJson(onB), {"status"}, hlcAt(t0 + 2000, w.deskB.deviceId))})) ==
                QStringList{"applied"});
        CaseRecord onA = c;
        onA.meta.revision = 2;
        onA.status = QStringLiteral("active");
        onA.title = QStringLiteral("Bullying at school and at home");
        REQUIRE(outcomes(push(w.server, w.counsellor.session, w.deskA,
                              {item("case", toJson(onA), {"status", "title"},
                                    hlcAt(t0 + 1000, w.deskA.deviceId))})) ==
                QStringList{"merged"});
        const Reply page = pullSkippingOwn(w.server, w.counsellor.session, last);
        REQUIRE(idsOf(page).contains(c.meta.id));
        const QJsonObject record =
            page.json.value("items").toArray().last().toObject().value("record").toObject();
        CHECK(record.value("status") == "pending_closure");
        CHECK(record.value("title") == "Bullying at school and at home");
    }
    SECTION("a new case the server completes (its office) comes back")
    {
        CaseRecord noOffice = newCase(w.counsellor, w.deskA);
        noOffice.officeId.clear();
        REQUIRE(outcomes(push(w.server, w.counsellor.session, w.deskA,
                              {item("case", toJson(noOffice))})) == QStringList{"applied"});
        const Reply page = pullSkippingOwn(w.server, w.counsellor.session, last);
        REQUIRE(idsOf(page) == QStringList{noOffice.meta.id});
        CHECK(page.json.value("items").toArray().at(0).toObject().value("record").toObject().value(
                  "office_id") == "baku");
    }
    SECTION("records that move with their case are sent again, to their author's desk too")
    {
        // The supervisor takes the case, then gives it back: the counsellor's desk may have
        // dropped what it held of the case meanwhile, so everything comes again.
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        CaseRecord taken = c;
        taken.meta.revision = 2;
        taken.assigneeId = w.supervisor.id;
        REQUIRE(outcomes(push(w.server, w.supervisor.session, w.deskB,
                              {item("case", toJson(taken), {"assignee_id"},
                                    hlcAt(t0 + 1000, w.deskB.deviceId))})) ==
                QStringList{"applied"});
        CaseRecord back = taken;
        back.meta.revision = 3;
        back.assigneeId = w.counsellor.id;
        REQUIRE(outcomes(push(w.server, w.supervisor.session, w.deskB,
                              {item("case", toJson(back), {"assignee_id"},
                                    hlcAt(t0 + 2000, w.deskB.deviceId))})) ==
                QStringList{"applied"});
        const QStringList ids = idsOf(pullSkippingOwn(w.server, w.counsellor.session, last));
        CHECK(ids.contains(c.meta.id));
        CHECK(ids.contains(contact.meta.id));
        CHECK(ids.contains(note.meta.id));
    }
    SECTION("own takes include or skip")
    {
        const Reply bad =
            getJson(w.server, "/v1/sync/pull?stream=cases&own=maybe", w.counsellor.session.access);
        CHECK(bad.status == 400);
        CHECK(bad.body.contains("own"));
        const Reply include = getJson(w.server, "/v1/sync/pull?stream=cases&own=include",
                                      w.counsellor.session.access);
        CHECK(include.json.value("items").toArray().size() == 3);
    }
}

TEST_CASE("concurrent pushes to one case lose no change", "[server][sync]")
{
    // Twelve pushes in flight at once, from two desks, each changing the case's title with its
    // own clock. Whatever the interleaving (on PostgreSQL they read and decide in parallel), the
    // title with the latest clock wins, and each applied change counts once in the revision.
    SyncWorld w(backend());
    const CaseRecord c = newCase(w.counsellor, w.deskA);
    REQUIRE(outcomes(push(w.server, w.counsellor.session, w.deskA, {item("case", toJson(c))})) ==
            QStringList{"applied"});
    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    constexpr int kPushes = 12;
    // A manager per push: one manager keeps at most six connections to a server.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QStringList results;
    // Send the latest clock first so that later arrivals have something to lose to.
    for (int k = kPushes - 1; k >= 0; --k) {
        const bool onA = k % 2 == 0;
        const Desk &desk = onA ? w.deskA : w.deskB;
        const Session &session = onA ? w.counsellor.session : w.supervisor.session;
        CaseRecord edited = c;
        edited.meta.revision = 2 + k;
        edited.title = QStringLiteral("Title %1").arg(k);
        // Notes ahead of the case make each push's decisions take a while, so pushes overlap.
        QJsonArray batch;
        for (int n = 0; n < 150; ++n)
            batch << item("note",
                          toJson(newNote(onA ? w.counsellor : w.supervisor, desk, c.meta.id)));
        batch << item("case", toJson(edited), {"title"}, hlcAt(t0 + 10 * k, desk.deviceId));
        QNetworkRequest request(w.server.url("/v1/sync/push"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + session.access.toLatin1());
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkReply *reply = managers.back()->post(
            request, QJsonDocument(QJsonObject{{"device_id", desk.deviceId}, {"records", batch}})
                         .toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &results] {
            CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
            const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
            results << body.value("results").toArray().last().toObject().value("result").toString();
            reply->deleteLater();
        });
    }
    QDeadlineTimer deadline(60000);
    while (results.size() < kPushes && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    REQUIRE(results.size() == kPushes);
    const qsizetype applied = results.count(QStringLiteral("applied"));
    CHECK(applied + results.count(QStringLiteral("merged")) == kPushes);
    QList<QJsonObject> cases;
    for (const QJsonObject &o : pullAll(w.server, w.supervisor.session, "cases"))
        if (o.value("type").toString() == "case")
            cases << o;
    REQUIRE(cases.size() == 1);
    CHECK(cases.at(0).value("record").toObject().value("title").toString() ==
          QStringLiteral("Title %1").arg(kPushes - 1));
    CHECK(cases.at(0).value("revision").toInt() == 1 + applied);
}

TEST_CASE("pull pages are in sequence order and complete", "[server][sync]")
{
    SyncWorld w(backend());
    const CaseRecord c = newCase(w.counsellor, w.deskA);
    QJsonArray batch{item("case", toJson(c))};
    QSet<QString> ids{c.meta.id};
    for (int i = 0; i < 120; ++i) {
        const Note n = newNote(w.counsellor, w.deskA, c.meta.id);
        ids.insert(n.meta.id);
        batch << item("note", toJson(n));
    }
    REQUIRE(push(w.server, w.counsellor.session, w.deskA, batch).status == 200);
    int pages = 0;
    const QList<QJsonObject> items =
        pullAll(w.server, w.supervisor.session, "cases", 25, 0, &pages);
    CHECK(pages == 5);
    CHECK(items.size() == 121);
    QSet<QString> seen;
    qint64 last = 0;
    for (const QJsonObject &i : items) {
        CHECK(i.value("seq").toInteger() > last);
        last = i.value("seq").toInteger();
        seen.insert(i.value("id").toString());
    }
    CHECK(seen == ids);
    // Bad queries name their parameter.
    const Reply bad =
        getJson(w.server, "/v1/sync/pull?stream=cases&limit=5000", w.supervisor.session.access);
    CHECK(bad.status == 400);
    CHECK(bad.json.value("error").toObject().value("field").toString() == "limit");
    CHECK(getJson(w.server, "/v1/sync/pull?stream=secrets", w.supervisor.session.access).status ==
          400);
}

TEST_CASE("the taxonomy, form and account streams", "[server][sync]")
{
    SyncWorld w(backend());
    const QList<QJsonObject> taxonomy = pullAll(w.server, w.counsellor.session, "taxonomy");
    REQUIRE(taxonomy.size() == 1);
    CHECK(taxonomy.at(0).value("record").toObject().contains("document"));
    CHECK(pullAll(w.server, w.counsellor.session, "forms").size() == 1);
    const QList<QJsonObject> accounts = pullAll(w.server, w.counsellor.session, "accounts");
    QStringList names;
    for (const QJsonObject &a : accounts) {
        names << a.value("record").toObject().value("username").toString();
        // Public profiles only.
        CHECK(!a.value("record").toObject().contains("password_hash"));
    }
    names.sort();
    CHECK(names == QStringList{"admin", "leyla", "rauf"});
}

TEST_CASE("two server instances share one database", "[server][sync]")
{
    SyncWorld w(backend());
    ServerProcess second;
    REQUIRE(second.start(w.db));
    const CaseRecord c = newCase(w.counsellor, w.deskA);
    // Tokens issued by one instance work on the other.
    const Reply pushed = push(second, w.counsellor.session, w.deskA, {item("case", toJson(c))});
    CHECK(outcomes(pushed) == QStringList{"applied"});
    CHECK(pullAll(w.server, w.supervisor.session, "cases").size() == 1);
    // The same batch through the first instance is a duplicate.
    CHECK(outcomes(push(w.server, w.counsellor.session, w.deskA, {item("case", toJson(c))})) ==
          QStringList{"duplicate"});
    CHECK(second.stop() == 0);
}

TEST_CASE("pages stay complete while other desks push", "[server][sync]")
{
    SyncWorld w(backend());
    const CaseRecord c = newCase(w.counsellor, w.deskA);
    REQUIRE(outcomes(push(w.server, w.counsellor.session, w.deskA, {item("case", toJson(c))})) ==
            QStringList{"applied"});
    // Eight pushes of 60 notes in flight at once while a supervisor pages through the stream.
    QNetworkAccessManager manager;
    QSet<QString> pushed{c.meta.id};
    int finished = 0;
    for (int b = 0; b < 8; ++b) {
        QJsonArray batch;
        for (int i = 0; i < 60; ++i) {
            const Note n = newNote(w.counsellor, w.deskA, c.meta.id);
            pushed.insert(n.meta.id);
            batch << item("note", toJson(n));
        }
        QNetworkRequest request(w.server.url("/v1/sync/push"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        request.setRawHeader("Authorization", "Bearer " + w.counsellor.session.access.toLatin1());
        QNetworkReply *reply = manager.post(
            request, QJsonDocument(QJsonObject{{"device_id", w.deskA.deviceId}, {"records", batch}})
                         .toJson(QJsonDocument::Compact));
        QObject::connect(reply, &QNetworkReply::finished, reply, [reply, &finished] {
            CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
            ++finished;
            reply->deleteLater();
        });
    }
    QSet<QString> seen;
    qint64 cursor = 0;
    qint64 lastSeq = 0;
    int rounds = 0;
    for (;;) {
        // Only a page asked for after every push was answered (and so committed) may end the
        // walk: a push answered while this page is on its way may have committed after the
        // page's snapshot.
        const bool allPushesAnswered = finished == 8;
        const Reply r = getJson(
            w.server, QStringLiteral("/v1/sync/pull?stream=cases&cursor=%1&limit=20").arg(cursor),
            w.supervisor.session.access);
        REQUIRE(r.status == 200);
        for (const QJsonValue &v : r.json.value("items").toArray()) {
            const QJsonObject o = v.toObject();
            CHECK(o.value("seq").toInteger() > lastSeq);
            lastSeq = o.value("seq").toInteger();
            CHECK(!seen.contains(o.value("id").toString()));
            seen.insert(o.value("id").toString());
        }
        cursor = r.json.value("cursor").toInteger();
        ++rounds;
        if (allPushesAnswered && !r.json.value("more").toBool())
            break;
        REQUIRE(rounds < 10000);
    }
    CHECK(seen == pushed);
}
