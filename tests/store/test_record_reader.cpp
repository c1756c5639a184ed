#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/protocol/recorddecoder.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/draftrepository.h"
#include "core/sync/recordreader.h"

#include <QJsonArray>
#include <QSet>

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

struct Saved {
    QString type;
    QString id;
    int revision = 0;
};

QString describe(const DecodeProblems &problems)
{
    QStringList lines;
    for (const DecodeProblem &p : problems)
        lines << p.path + QLatin1String(": ") + p.message;
    return lines.join(u'\n');
}

// The record as the reader gives it, checked against the server's decoder (with the store's
// clock, so "in the future" means the same as when it was saved).
QJsonObject readDecodable(StoreFixture &f, const QString &type, const QString &id)
{
    auto read = RecordReader(*f.store).read(type, id);
    INFO(type.toStdString() << " " << id.toStdString());
    INFO(read.error().message.toStdString());
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    const QJsonObject json = **read;
    DecodeProblems problems;
    DecodeContext context;
    context.now = f.clock.nowUtc();
    const bool decoded = decodeRecord(type, json, QStringLiteral("record"), &problems, context);
    INFO(describe(problems).toStdString());
    CHECK(decoded);
    CHECK(problems.isEmpty());
    return json;
}

QString idOf(const QJsonObject &json)
{
    return json.value(QLatin1String("id")).toString();
}

int revisionOf(const QJsonObject &json)
{
    return json.value(QLatin1String("revision")).toInt();
}

// The case members written with a case, from the outbox (save() does not return them).
QStringList queuedIds(StoreFixture &f, const QString &type)
{
    QSqlQuery q(f.store->database());
    q.prepare(QStringLiteral("SELECT DISTINCT record_id FROM outbox WHERE record_type = ?"));
    q.addBindValue(type);
    REQUIRE(q.exec());
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

ContactSave contactWithChildAndCaller(StoreFixture &f)
{
    ContactSave save = f.counsellingContact(QStringLiteral("Uşaq məktəbdə zorakılığa məruz qalır."),
                                            QStringLiteral("Nərmin"));
    Person caller;
    caller.name = QStringLiteral("Gülnarə");
    caller.phone = QStringLiteral("+994 50 123 45 67");
    save.caller = caller;
    save.contact.callType = QStringLiteral("caller_about_child");
    save.contact.callerRelationship = QStringLiteral("parent");
    save.contact.screening = QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")}};
    return save;
}

// One record of every synced type, saved through the repositories that write them.
QList<Saved> saveOneOfEach(StoreFixture &f)
{
    QList<Saved> saved;
    auto contact = ContactRepository(*f.store).save(contactWithChildAndCaller(f));
    INFO(contact.error().message.toStdString());
    REQUIRE(contact.ok());
    const QString caseId = contact->caseId;
    saved << Saved{QStringLiteral("contact"), contact->contact.meta.id, 1}
          << Saved{QStringLiteral("person"), contact->contact.childPersonId, 1}
          << Saved{QStringLiteral("person"), contact->contact.callerPersonId, 1};
    for (const QString &member : queuedIds(f, QStringLiteral("case_member")))
        saved << Saved{QStringLiteral("case_member"), member, 1};

    Note note;
    note.caseId = caseId;
    note.contactId = contact->contact.meta.id;
    note.body = QStringLiteral("Ana ilə danışıldı.");
    auto added = NoteRepository(*f.store).add(note);
    REQUIRE(added.ok());
    saved << Saved{QStringLiteral("note"), added->meta.id, 1};

    Referral referral;
    referral.caseId = caseId;
    referral.serviceName = QStringLiteral("Hüquqi klinika");
    referral.reason = QStringLiteral("Legal advice");
    referral.consent = true;
    auto made = ReferralRepository(*f.store).add(referral);
    REQUIRE(made.ok());
    saved << Saved{QStringLiteral("referral"), made->meta.id, 1};

    FollowUp followUp;
    followUp.caseId = caseId;
    followUp.description = QStringLiteral("Call back after school");
    followUp.dueAt = f.clock.nowUtc().addDays(1);
    auto planned = FollowUpRepository(*f.store).add(followUp);
    REQUIRE(planned.ok());
    saved << Saved{QStringLiteral("follow_up"), planned->meta.id, 1};

    auto attachment = AttachmentRepository(*f.store).add(
        caseId, contact->contact.meta.id, QStringLiteral("məktub.pdf"),
        QStringLiteral("application/pdf"), QByteArrayLiteral("%PDF-1.4 letter"));
    REQUIRE(attachment.ok());
    saved << Saved{QStringLiteral("attachment"), attachment->id, 1};

    auto changed = CaseRepository(*f.store).changeStatus(caseId, QStringLiteral("active"));
    REQUIRE(changed.ok());
    saved << Saved{QStringLiteral("case"), caseId, changed->meta.revision};
    const QStringList events = queuedIds(f, QStringLiteral("case_event"));
    REQUIRE(events.size() == 1);
    saved << Saved{QStringLiteral("case_event"), events.first(), 1};
    return saved;
}

} // namespace

TEST_CASE("every synced record type reads back as the server's decoder accepts it",
          "[recordreader]")
{
    StoreFixture f;
    const QList<Saved> saved = saveOneOfEach(f);
    const qint64 auditBefore = f.count(QStringLiteral("audit_log"));

    QSet<QString> types;
    for (const Saved &s : saved) {
        const QJsonObject json = readDecodable(f, s.type, s.id);
        CHECK(idOf(json) == s.id);
        CHECK(revisionOf(json) == s.revision);
        types << s.type;
    }
    CHECK(types == QSet<QString>(recordTypes().begin(), recordTypes().end()));
    // Sync is not a person reading the file.
    CHECK(f.count(QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("every queued record of the outbox can be read", "[recordreader]")
{
    StoreFixture f;
    saveOneOfEach(f);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT record_type, record_id, max(revision) FROM outbox WHERE "
                                  "record_type <> 'account' GROUP BY record_type, record_id")));
    int rows = 0;
    while (q.next()) {
        const QJsonObject json = readDecodable(f, q.value(0).toString(), q.value(1).toString());
        CHECK(revisionOf(json) == q.value(2).toInt());
        ++rows;
    }
    CHECK(rows == 11);
}

TEST_CASE("the record read carries the stored values", "[recordreader]")
{
    StoreFixture f;
    auto contact = ContactRepository(*f.store).save(contactWithChildAndCaller(f));
    REQUIRE(contact.ok());
    RecordReader reader(*f.store);

    const QJsonObject c = readDecodable(f, QStringLiteral("contact"), contact->contact.meta.id);
    CHECK(c.value(QLatin1String("case_id")).toString() == contact->caseId);
    CHECK(c.value(QLatin1String("summary")).toString() == contact->contact.summary);
    CHECK(c.value(QLatin1String("categories")).toArray() ==
          QJsonArray{QStringLiteral("violence.bullying")});
    CHECK(c.value(QLatin1String("started_at")).toString() ==
          QStringLiteral("2026-11-28T02:50:00.000Z"));
    CHECK(c.value(QLatin1String("created_by")).toString() == f.store->session().accountId);
    CHECK(c.value(QLatin1String("origin_device")).toString() == f.store->session().deviceId);

    const QJsonObject child =
        readDecodable(f, QStringLiteral("person"), contact->contact.childPersonId);
    CHECK(child.value(QLatin1String("kind")).toString() == QStringLiteral("child"));
    CHECK(child.value(QLatin1String("name")).toString() == QStringLiteral("Nərmin"));

    for (const QString &id : queuedIds(f, QStringLiteral("case_member"))) {
        const QJsonObject member = readDecodable(f, QStringLiteral("case_member"), id);
        CHECK(member.value(QLatin1String("case_id")).toString() == contact->caseId);
        const QString personId = member.value(QLatin1String("person_id")).toString();
        const QString role = member.value(QLatin1String("role")).toString();
        CHECK(personId == (role == QLatin1String("child") ? contact->contact.childPersonId
                                                          : contact->contact.callerPersonId));
    }

    auto attachment = AttachmentRepository(*f.store).add(
        contact->caseId, QString(), QStringLiteral("şəkil.png"), QString(), QByteArray(3, 'x'));
    REQUIRE(attachment.ok());
    const QJsonObject a = readDecodable(f, QStringLiteral("attachment"), attachment->id);
    CHECK(a.value(QLatin1String("file_name")).toString() == QStringLiteral("şəkil.png"));
    CHECK(a.value(QLatin1String("mime_type")).toString() ==
          QStringLiteral("application/octet-stream"));
    CHECK(a.value(QLatin1String("size_bytes")).toInteger() == 3);
    CHECK(a.value(QLatin1String("contact_id")).isNull());
    CHECK_FALSE(a.contains(QLatin1String("content")));
}

TEST_CASE("a changed record reads back with its new revision and values", "[recordreader]")
{
    StoreFixture f;
    auto leyla = f.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla Quliyeva"),
                                     Role::Counsellor, test::password("counsellor password"),
                                     test::fastKdf());
    REQUIRE(leyla.ok());
    auto contact = ContactRepository(*f.store).save(f.counsellingContact(QStringLiteral("Kömək")));
    REQUIRE(contact.ok());
    const QString caseId = contact->caseId;
    CaseRepository cases(*f.store);

    QJsonObject before = readDecodable(f, QStringLiteral("case"), caseId);
    CHECK(revisionOf(before) == 1);
    CHECK(before.value(QLatin1String("status")).toString() == QStringLiteral("open"));

    f.clock.advanceMs(60 * 1000);
    REQUIRE(cases.changeStatus(caseId, QStringLiteral("closed"), QStringLiteral("Resolved")).ok());
    f.clock.advanceMs(1000); // the events' order is their time
    REQUIRE(cases.assign(caseId, *leyla).ok());
    const QJsonObject after = readDecodable(f, QStringLiteral("case"), caseId);
    CHECK(revisionOf(after) == 3);
    CHECK(after.value(QLatin1String("status")).toString() == QStringLiteral("closed"));
    CHECK(after.value(QLatin1String("assignee_id")).toString() == *leyla);
    CHECK(after.value(QLatin1String("updated_at")).toString() ==
          QStringLiteral("2026-11-28T03:01:01.000Z"));

    // Both events decode: a closing with its reason, an assignment from one account to another.
    auto events = cases.events(caseId);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 2);
    const QJsonObject closing =
        readDecodable(f, QStringLiteral("case_event"), events->at(0).meta.id);
    CHECK(closing.value(QLatin1String("reason")).toString() == QStringLiteral("Resolved"));
    const QJsonObject assigned =
        readDecodable(f, QStringLiteral("case_event"), events->at(1).meta.id);
    CHECK(assigned.value(QLatin1String("new_value")).toString() == *leyla);

    ReferralRepository referrals(*f.store);
    Referral referral;
    referral.caseId = caseId;
    referral.serviceName = QStringLiteral("Hüquqi klinika");
    referral.reason = QStringLiteral("Legal advice");
    referral.consent = true;
    auto made = referrals.add(referral);
    REQUIRE(made.ok());
    REQUIRE(referrals.setStatus(*made, QStringLiteral("completed")).ok());
    const QJsonObject r = readDecodable(f, QStringLiteral("referral"), made->meta.id);
    CHECK(revisionOf(r) == 2);
    CHECK(r.value(QLatin1String("status")).toString() == QStringLiteral("completed"));

    FollowUpRepository followUps(*f.store);
    FollowUp followUp;
    followUp.caseId = caseId;
    followUp.description = QStringLiteral("Call back");
    followUp.dueAt = f.clock.nowUtc().addDays(1);
    auto planned = followUps.add(followUp);
    REQUIRE(planned.ok());
    REQUIRE(followUps.complete(*planned).ok());
    const QJsonObject done = readDecodable(f, QStringLiteral("follow_up"), planned->meta.id);
    CHECK(revisionOf(done) == 2);
    CHECK(done.value(QLatin1String("status")).toString() == QStringLiteral("done"));
    CHECK(done.value(QLatin1String("done_by")).toString() == f.store->session().accountId);
}

TEST_CASE("a note correction reads back naming the note it corrects", "[recordreader]")
{
    StoreFixture f;
    auto contact = ContactRepository(*f.store).save(f.counsellingContact(QStringLiteral("Qeyd")));
    REQUIRE(contact.ok());
    NoteRepository notes(*f.store);
    Note note;
    note.caseId = contact->caseId;
    note.body = QStringLiteral("Ata ilə danışıldı.");
    auto first = notes.add(note);
    REQUIRE(first.ok());
    Note correction;
    correction.caseId = contact->caseId;
    correction.body = QStringLiteral("Ana ilə danışıldı, ata ilə yox.");
    correction.correctionOf = first->meta.id;
    auto corrected = notes.add(correction);
    REQUIRE(corrected.ok());

    const QJsonObject original = readDecodable(f, QStringLiteral("note"), first->meta.id);
    CHECK(original.value(QLatin1String("correction_of")).isNull());
    const QJsonObject json = readDecodable(f, QStringLiteral("note"), corrected->meta.id);
    CHECK(json.value(QLatin1String("correction_of")).toString() == first->meta.id);
    const auto decoded = noteFromJson(json, QString(), nullptr);
    REQUIRE(decoded.has_value());
    CHECK(decoded->correctionOf == first->meta.id);
}

TEST_CASE("a deleted record reads back as a deletion", "[recordreader]")
{
    StoreFixture f;
    auto contact = ContactRepository(*f.store).save(f.counsellingContact(QStringLiteral("Silin")));
    REQUIRE(contact.ok());
    // No screen deletes yet; a tombstone from a later feature or a pull must still be pushable.
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("UPDATE cases SET deleted = 1, revision = revision + 1")));
    const QJsonObject json = readDecodable(f, QStringLiteral("case"), contact->caseId);
    CHECK(json.value(QLatin1String("deleted")).toBool());
    CHECK(revisionOf(json) == 2);
    CHECK_FALSE(CaseRepository(*f.store).read(contact->caseId).ok());
}

TEST_CASE("a record that is not in the store reads as nothing", "[recordreader]")
{
    StoreFixture f;
    RecordReader reader(*f.store);
    const QString missing = QStringLiteral("01900000-0000-7000-8000-000000000001");
    for (const QString &type : recordTypes()) {
        INFO(type.toStdString());
        auto read = reader.read(type, missing);
        INFO(read.error().message.toStdString());
        REQUIRE(read.ok());
        CHECK_FALSE(read->has_value());
    }
}

TEST_CASE("a type that is not synced is an error", "[recordreader]")
{
    StoreFixture f;
    RecordReader reader(*f.store);
    // Accounts are queued in the outbox but stay on the desk.
    auto account = reader.read(QStringLiteral("account"), f.store->session().accountId);
    REQUIRE_FALSE(account.ok());
    CHECK(account.error().code == StoreError::Code::Internal);
    CHECK(account.error().message.contains(QLatin1String("\"account\"")));
    CHECK(account.error().message.contains(QLatin1String("not synced")));
    CHECK_FALSE(reader.read(QString(), QStringLiteral("x")).ok());
}
