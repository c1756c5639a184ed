// core/protocol/recorddecoder: strict decoders of the records' JSON form, symmetric with
// core/domain/recordjson (decode(toJson(x)) == x).
#include <catch2/catch.hpp>

#include "core/domain/recordjson.h"
#include "core/protocol/jsonreader.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/draftrepository.h"
#include "core/util/uuid.h"

#include <QJsonArray>

using namespace helpline;

namespace {

const QDateTime kNow(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC);
const QString kPath = QStringLiteral("records[4].record");

DecodeContext context()
{
    return DecodeContext{kNow, {}};
}

std::string describe(const DecodeProblems &problems)
{
    QString text;
    for (const DecodeProblem &p : problems)
        text += p.path + QLatin1Char(' ') + p.code + QLatin1String(": ") + p.message +
                QLatin1Char('\n');
    return text.toStdString();
}

bool has(const DecodeProblems &problems, const QString &path, QLatin1String code)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const DecodeProblem &p) { return p.path == path && p.code == code; });
}

QString at(const char *field)
{
    return kPath + QLatin1Char('.') + QLatin1String(field);
}

QString uuid()
{
    return newUuidV7(kNow);
}

// Every field set to something other than its default.
RecordMeta fullMeta()
{
    RecordMeta m;
    m.id = uuid();
    m.createdAt = kNow.addSecs(-3600).addMSecs(123);
    m.updatedAt = kNow.addMSecs(-1);
    m.createdBy = QStringLiteral("acc-1");
    m.originDevice = QStringLiteral("desk-7");
    m.revision = 3;
    m.deleted = true;
    return m;
}

// Only what the encoder never writes as null.
RecordMeta minimalMeta()
{
    RecordMeta m;
    m.id = uuid();
    return m;
}

void checkMeta(const RecordMeta &a, const RecordMeta &b)
{
    CHECK(a.id == b.id);
    CHECK(a.createdAt == b.createdAt);
    CHECK(a.updatedAt == b.updatedAt);
    CHECK(a.createdBy == b.createdBy);
    CHECK(a.originDevice == b.originDevice);
    CHECK(a.revision == b.revision);
    CHECK(a.deleted == b.deleted);
}

Person fullPerson()
{
    Person p;
    p.meta = fullMeta();
    p.kind = Person::Kind::Caller;
    p.name = QStringLiteral("Leyla Məmmədova");
    p.gender = QStringLiteral("girl");
    p.age = QStringLiteral("34");
    p.birthDate = QDate(1992, 5, 17);
    p.phone = QStringLiteral("+994 50 123 45 67");
    p.regionCode = QStringLiteral("baku");
    p.language = QStringLiteral("az");
    p.details = QJsonObject{{QStringLiteral("school"), QStringLiteral("No. 5")}};
    return p;
}

Person minimalPerson()
{
    Person p;
    p.meta = minimalMeta();
    return p;
}

Contact fullContact()
{
    Contact c;
    c.meta = fullMeta();
    c.caseId = uuid();
    c.channel = QStringLiteral("whatsapp");
    c.callType = QStringLiteral("caller_about_child");
    c.startedAt = kNow.addSecs(-600).addMSecs(250);
    c.durationSeconds = 540;
    c.counsellorId = QStringLiteral("acc-1");
    c.childPersonId = uuid();
    c.callerPersonId = uuid();
    c.callerRelationship = QStringLiteral("grandparent");
    c.categories = {QStringLiteral("mental_health.suicidal"), QStringLiteral("violence.physical")};
    c.summary = QStringLiteral("Nənəsi nəvəsinin məktəbdə döyüldüyünü deyir.");
    c.actions = {QStringLiteral("listened"), QStringLiteral("referred")};
    c.riskLevel = QStringLiteral("high");
    c.screening = QJsonObject{{QStringLiteral("q1"), true}};
    c.keepConfidential = false;
    c.formId = QStringLiteral("intake");
    c.formVersion = 2;
    c.data = QJsonObject{{QStringLiteral("extra"), QJsonArray{1, 2}}};
    c.correctionOf = uuid();
    c.correctionReason = QStringLiteral("The age was wrong.");
    return c;
}

Contact minimalContact()
{
    Contact c = Contact::nonCounselling(QStringLiteral("silent"), QStringLiteral("phone"),
                                        kNow.addSecs(-60), 0, QStringLiteral("acc-1"));
    c.meta = minimalMeta();
    return c;
}

CaseRecord fullCase()
{
    CaseRecord c;
    c.meta = fullMeta();
    c.caseNumber = QStringLiteral("2026-7F3A-00012");
    c.status = QStringLiteral("active");
    c.assigneeId = QStringLiteral("acc-2");
    c.riskLevel = QStringLiteral("moderate");
    c.flags = {QStringLiteral("supervisor_attention"), QStringLiteral("needs_review")};
    c.restricted = true;
    c.officeId = QStringLiteral("baku");
    c.childPersonId = uuid();
    c.title = QStringLiteral("Bullying at school");
    return c;
}

CaseRecord minimalCase()
{
    CaseRecord c;
    c.meta = minimalMeta();
    c.caseNumber = QStringLiteral("2026-7F3A-00013");
    return c;
}

Note fullNote()
{
    Note n;
    n.meta = fullMeta();
    n.caseId = uuid();
    n.contactId = uuid();
    n.kind = QStringLiteral("handover");
    n.body = QStringLiteral("Call back on Monday; the child prefers Russian.");
    return n;
}

Note minimalNote()
{
    Note n;
    n.meta = minimalMeta();
    n.caseId = uuid();
    n.body = QStringLiteral("x");
    return n;
}

Referral fullReferral()
{
    Referral r;
    r.meta = fullMeta();
    r.caseId = uuid();
    r.contactId = uuid();
    r.directoryEntryId = uuid();
    r.serviceName = QStringLiteral("Uşaq sığınacağı");
    r.reason = QStringLiteral("Needs a safe place tonight.");
    r.urgency = QStringLiteral("emergency");
    r.method = QStringLiteral("accompanied");
    r.consent = false;
    r.consentReason = QStringLiteral("Imminent danger.");
    r.status = QStringLiteral("acknowledged");
    r.statusAt = kNow.addSecs(-30).addMSecs(7);
    r.statusBy = QStringLiteral("acc-3");
    return r;
}

Referral minimalReferral()
{
    Referral r;
    r.meta = minimalMeta();
    r.caseId = uuid();
    r.serviceName = QStringLiteral("Shelter");
    r.reason = QStringLiteral("Safety");
    r.consent = true;
    return r;
}

FollowUp fullFollowUp()
{
    FollowUp f;
    f.meta = fullMeta();
    f.caseId = uuid();
    f.contactId = uuid();
    f.dueAt = kNow.addDays(2).addMSecs(500);
    f.assigneeId = QStringLiteral("acc-2");
    f.description = QStringLiteral("Ask whether the school acted.");
    f.status = QStringLiteral("done");
    f.doneAt = kNow.addSecs(-5);
    f.doneBy = QStringLiteral("acc-2");
    return f;
}

FollowUp minimalFollowUp()
{
    FollowUp f;
    f.meta = minimalMeta();
    f.caseId = uuid();
    f.dueAt = kNow.addDays(1);
    f.description = QStringLiteral("Call back");
    return f;
}

CaseEvent fullCaseEvent()
{
    CaseEvent e;
    e.meta = fullMeta();
    e.caseId = uuid();
    e.kind = CaseEvent::statusKind();
    e.oldValue = QStringLiteral("active");
    e.newValue = QStringLiteral("closed");
    e.reason = QStringLiteral("The child is safe; referral completed.");
    return e;
}

CaseEvent minimalCaseEvent()
{
    CaseEvent e;
    e.meta = minimalMeta();
    e.caseId = uuid();
    e.kind = CaseEvent::assigneeKind();
    return e;
}

// Two desks set one referral's status concurrently; this one lost.
CaseEvent conflictCaseEvent()
{
    CaseEvent e;
    e.meta = fullMeta();
    e.meta.deleted = false;
    e.caseId = uuid();
    e.kind = CaseEvent::conflictKind();
    e.subjectType = QStringLiteral("referral");
    e.subjectId = uuid();
    e.field = QStringLiteral("status");
    e.oldValue = compactJsonText(QStringLiteral("accepted"));
    e.newValue = compactJsonText(QStringLiteral("declined"));
    e.lostHlc = QStringLiteral("1764298800000-0000-desk-1");
    e.winningHlc = QStringLiteral("1764298805000-0000-desk-2");
    return e;
}

CaseMember fullCaseMember()
{
    CaseMember m;
    m.meta = fullMeta();
    m.caseId = uuid();
    m.personId = uuid();
    m.role = QStringLiteral("caller");
    return m;
}

CaseMember minimalCaseMember()
{
    CaseMember m = fullCaseMember();
    m.meta = minimalMeta();
    m.role = QStringLiteral("child");
    return m;
}

AttachmentInfo fullAttachment()
{
    AttachmentInfo a;
    a.meta = fullMeta();
    a.caseId = uuid();
    a.contactId = uuid();
    a.fileName = QStringLiteral("məktub.pdf");
    a.mimeType = QStringLiteral("application/pdf");
    a.sizeBytes = 123456;
    return a;
}

AttachmentInfo minimalAttachment()
{
    AttachmentInfo a;
    a.meta = minimalMeta();
    a.caseId = uuid();
    a.fileName = QStringLiteral("a");
    a.mimeType = QStringLiteral("text/plain");
    a.sizeBytes = 1;
    return a;
}

struct Sample {
    QString type;
    QJsonObject full;
    QJsonObject minimal;
};

QList<Sample> samples()
{
    return {
        {QStringLiteral("person"), toJson(fullPerson()), toJson(minimalPerson())},
        {QStringLiteral("contact"), toJson(fullContact()), toJson(minimalContact())},
        {QStringLiteral("case"), toJson(fullCase()), toJson(minimalCase())},
        {QStringLiteral("note"), toJson(fullNote()), toJson(minimalNote())},
        {QStringLiteral("referral"), toJson(fullReferral()), toJson(minimalReferral())},
        {QStringLiteral("follow_up"), toJson(fullFollowUp()), toJson(minimalFollowUp())},
        {QStringLiteral("case_event"), toJson(fullCaseEvent()), toJson(minimalCaseEvent())},
        {QStringLiteral("case_member"), toJson(fullCaseMember()), toJson(minimalCaseMember())},
        {QStringLiteral("attachment"), toJson(fullAttachment()), toJson(minimalAttachment())},
    };
}

// A value of another JSON type than `value`.
QJsonValue wrongTypeFor(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return 42;
    case QJsonValue::Double:
        return QStringLiteral("42");
    case QJsonValue::Bool:
        return QStringLiteral("true");
    case QJsonValue::Array:
        return QJsonObject();
    case QJsonValue::Object:
        return QJsonArray();
    default:
        return QJsonArray();
    }
}

} // namespace

TEST_CASE("a person survives toJson and back", "[protocol]")
{
    for (const Person &p : {fullPerson(), minimalPerson()}) {
        DecodeProblems problems;
        const auto decoded = personFromJson(toJson(p), kPath, &problems, context());
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        CHECK(problems.isEmpty());
        checkMeta(decoded->meta, p.meta);
        CHECK(decoded->kind == p.kind);
        CHECK(decoded->name == p.name);
        CHECK(decoded->gender == p.gender);
        CHECK(decoded->age == p.age);
        CHECK(decoded->birthDate == p.birthDate);
        CHECK(decoded->phone == p.phone);
        CHECK(decoded->regionCode == p.regionCode);
        CHECK(decoded->language == p.language);
        CHECK(decoded->details == p.details);
    }
}

TEST_CASE("a contact survives toJson and back", "[protocol]")
{
    for (const Contact &c : {fullContact(), minimalContact()}) {
        DecodeProblems problems;
        const auto decoded = contactFromJson(toJson(c), kPath, &problems, context());
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, c.meta);
        CHECK(decoded->caseId == c.caseId);
        CHECK(decoded->channel == c.channel);
        CHECK(decoded->callType == c.callType);
        CHECK(decoded->startedAt == c.startedAt);
        CHECK(decoded->durationSeconds == c.durationSeconds);
        CHECK(decoded->counsellorId == c.counsellorId);
        CHECK(decoded->childPersonId == c.childPersonId);
        CHECK(decoded->callerPersonId == c.callerPersonId);
        CHECK(decoded->callerRelationship == c.callerRelationship);
        CHECK(decoded->categories == c.categories);
        CHECK(decoded->summary == c.summary);
        CHECK(decoded->actions == c.actions);
        CHECK(decoded->riskLevel == c.riskLevel);
        CHECK(decoded->screening == c.screening);
        CHECK(decoded->keepConfidential == c.keepConfidential);
        CHECK(decoded->formId == c.formId);
        CHECK(decoded->formVersion == c.formVersion);
        CHECK(decoded->data == c.data);
        CHECK(decoded->correctionOf == c.correctionOf);
        CHECK(decoded->correctionReason == c.correctionReason);
    }
}

TEST_CASE("a case survives toJson and back", "[protocol]")
{
    for (const CaseRecord &c : {fullCase(), minimalCase()}) {
        DecodeProblems problems;
        const auto decoded = caseFromJson(toJson(c), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, c.meta);
        CHECK(decoded->caseNumber == c.caseNumber);
        CHECK(decoded->status == c.status);
        CHECK(decoded->assigneeId == c.assigneeId);
        CHECK(decoded->riskLevel == c.riskLevel);
        CHECK(decoded->flags == c.flags);
        CHECK(decoded->restricted == c.restricted);
        CHECK(decoded->officeId == c.officeId);
        CHECK(decoded->childPersonId == c.childPersonId);
        CHECK(decoded->title == c.title);
    }
}

TEST_CASE("notes, referrals and follow-ups survive toJson and back", "[protocol]")
{
    for (const Note &n : {fullNote(), minimalNote()}) {
        DecodeProblems problems;
        const auto decoded = noteFromJson(toJson(n), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, n.meta);
        CHECK(decoded->caseId == n.caseId);
        CHECK(decoded->contactId == n.contactId);
        CHECK(decoded->kind == n.kind);
        CHECK(decoded->body == n.body);
        CHECK(decoded->correctionOf == n.correctionOf);
    }
    for (const Referral &r : {fullReferral(), minimalReferral()}) {
        DecodeProblems problems;
        const auto decoded = referralFromJson(toJson(r), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, r.meta);
        CHECK(decoded->caseId == r.caseId);
        CHECK(decoded->contactId == r.contactId);
        CHECK(decoded->directoryEntryId == r.directoryEntryId);
        CHECK(decoded->serviceName == r.serviceName);
        CHECK(decoded->reason == r.reason);
        CHECK(decoded->urgency == r.urgency);
        CHECK(decoded->method == r.method);
        CHECK(decoded->consent == r.consent);
        CHECK(decoded->consentReason == r.consentReason);
        CHECK(decoded->status == r.status);
        CHECK(decoded->statusAt == r.statusAt);
        CHECK(decoded->statusBy == r.statusBy);
    }
    for (const FollowUp &f : {fullFollowUp(), minimalFollowUp()}) {
        DecodeProblems problems;
        const auto decoded = followUpFromJson(toJson(f), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, f.meta);
        CHECK(decoded->caseId == f.caseId);
        CHECK(decoded->contactId == f.contactId);
        CHECK(decoded->dueAt == f.dueAt);
        CHECK(decoded->assigneeId == f.assigneeId);
        CHECK(decoded->description == f.description);
        CHECK(decoded->status == f.status);
        CHECK(decoded->doneAt == f.doneAt);
        CHECK(decoded->doneBy == f.doneBy);
    }
}

TEST_CASE("case events, members and attachments survive toJson and back", "[protocol]")
{
    for (const CaseEvent &e : {fullCaseEvent(), minimalCaseEvent(), conflictCaseEvent()}) {
        DecodeProblems problems;
        const auto decoded = caseEventFromJson(toJson(e), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, e.meta);
        CHECK(decoded->caseId == e.caseId);
        CHECK(decoded->kind == e.kind);
        CHECK(decoded->oldValue == e.oldValue);
        CHECK(decoded->newValue == e.newValue);
        CHECK(decoded->reason == e.reason);
        CHECK(decoded->subjectType == e.subjectType);
        CHECK(decoded->subjectId == e.subjectId);
        CHECK(decoded->field == e.field);
        CHECK(decoded->lostHlc == e.lostHlc);
        CHECK(decoded->winningHlc == e.winningHlc);
    }
    for (const CaseMember &m : {fullCaseMember(), minimalCaseMember()}) {
        DecodeProblems problems;
        const auto decoded = caseMemberFromJson(toJson(m), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, m.meta);
        CHECK(decoded->caseId == m.caseId);
        CHECK(decoded->personId == m.personId);
        CHECK(decoded->role == m.role);
    }
    for (const AttachmentInfo &a : {fullAttachment(), minimalAttachment()}) {
        DecodeProblems problems;
        const auto decoded = attachmentFromJson(toJson(a), kPath, &problems);
        INFO(describe(problems));
        REQUIRE(decoded.has_value());
        checkMeta(decoded->meta, a.meta);
        CHECK(decoded->caseId == a.caseId);
        CHECK(decoded->contactId == a.contactId);
        CHECK(decoded->fileName == a.fileName);
        CHECK(decoded->mimeType == a.mimeType);
        CHECK(decoded->sizeBytes == a.sizeBytes);
    }
    CHECK(kMaxAttachmentBytes == AttachmentRepository::kMaxBytes);
}

TEST_CASE("decodeRecord knows every push record type", "[protocol]")
{
    QStringList covered;
    for (const Sample &s : samples()) {
        INFO(s.type.toStdString());
        covered << s.type;
        CHECK(recordTypes().contains(s.type));
        for (const QJsonObject &object : {s.full, s.minimal}) {
            DecodeProblems problems;
            CHECK(decodeRecord(s.type, object, kPath, &problems, context()));
            INFO(describe(problems));
            CHECK(problems.isEmpty());
            CHECK(recordIsValid(s.type, object, context()));
        }
    }
    covered.sort();
    QStringList all = recordTypes();
    all.sort();
    CHECK(covered == all);

    DecodeProblems problems;
    CHECK_FALSE(decodeRecord(QStringLiteral("invoice"), QJsonObject(), kPath, &problems));
    CHECK(has(problems, kPath, problemcode::kInvalidRequest));
    CHECK_FALSE(recordIsValid(QStringLiteral("person"), toJson(fullContact()), context()));
}

TEST_CASE("every field the encoder never writes as null is required", "[protocol]")
{
    for (const Sample &s : samples()) {
        for (auto it = s.minimal.begin(); it != s.minimal.end(); ++it) {
            QJsonObject object = s.minimal;
            object.remove(it.key());
            DecodeProblems problems;
            const bool valid = decodeRecord(s.type, object, kPath, &problems, context());
            INFO(s.type.toStdString() << " without " << it.key().toStdString());
            INFO(describe(problems));
            if (it.value().isNull()) {
                // null where the encoder may write null: the key may also be absent.
                CHECK(valid);
            } else {
                CHECK_FALSE(valid);
                const QString path = kPath + QLatin1Char('.') + it.key();
                CHECK(std::any_of(problems.begin(), problems.end(),
                                  [&](const DecodeProblem &p) { return p.path == path; }));
            }
        }
    }
}

TEST_CASE("every field of a record is checked for its type", "[protocol]")
{
    for (const Sample &s : samples()) {
        for (auto it = s.full.begin(); it != s.full.end(); ++it) {
            QJsonObject object = s.full;
            object.insert(it.key(), wrongTypeFor(it.value()));
            DecodeProblems problems;
            INFO(s.type.toStdString() << "." << it.key().toStdString());
            CHECK_FALSE(decodeRecord(s.type, object, kPath, &problems, context()));
            INFO(describe(problems));
            REQUIRE(problems.size() == 1);
            CHECK(problems.first().path == kPath + QLatin1Char('.') + it.key());
            CHECK(problems.first().code == problemcode::kWrongType);
            CHECK(problems.first().message.contains(problems.first().path));
        }
    }
}

TEST_CASE("records with an unknown field are rejected", "[protocol]")
{
    for (const Sample &s : samples()) {
        QJsonObject object = s.full;
        object.insert(QStringLiteral("surprise"), 1);
        DecodeProblems problems;
        INFO(s.type.toStdString());
        CHECK_FALSE(decodeRecord(s.type, object, kPath, &problems, context()));
        INFO(describe(problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().path == at("surprise"));
        CHECK(problems.first().code == problemcode::kUnknownField);
    }
}

TEST_CASE("ids must be UUIDs", "[protocol]")
{
    QJsonObject object = toJson(fullContact());
    object.insert(QStringLiteral("id"), QStringLiteral("contact-1"));
    object.insert(QStringLiteral("child_person_id"), QStringLiteral("0192D3A4-5B6C-7D8E-9F01-"
                                                                    "23456789ABCD"));
    DecodeProblems problems;
    CHECK_FALSE(contactFromJson(object, kPath, &problems, context()));
    INFO(describe(problems));
    CHECK(problems.size() == 2);
    CHECK(has(problems, at("id"), problemcode::kInvalidRequest));
    CHECK(has(problems, at("child_person_id"), problemcode::kInvalidRequest));

    QJsonObject member = toJson(fullCaseMember());
    member.insert(QStringLiteral("person_id"), QString());
    DecodeProblems memberProblems;
    CHECK_FALSE(caseMemberFromJson(member, kPath, &memberProblems));
    CHECK(has(memberProblems, at("person_id"), problemcode::kInvalidRequest));
}

TEST_CASE("times and dates in records are strict", "[protocol]")
{
    QJsonObject contact = toJson(fullContact());
    contact.insert(QStringLiteral("started_at"), QStringLiteral("2026-11-28T02:50:00+00:00"));
    DecodeProblems problems;
    CHECK_FALSE(contactFromJson(contact, kPath, &problems, context()));
    INFO(describe(problems));
    CHECK(problems.size() == 1);
    CHECK(has(problems, at("started_at"), problemcode::kInvalidRequest));

    QJsonObject person = toJson(fullPerson());
    person.insert(QStringLiteral("birth_date"), QStringLiteral("17.05.1992"));
    DecodeProblems personProblems;
    CHECK_FALSE(personFromJson(person, kPath, &personProblems, context()));
    CHECK(has(personProblems, at("birth_date"), problemcode::kInvalidRequest));

    QJsonObject meta = toJson(fullNote());
    meta.insert(QStringLiteral("revision"), -1);
    DecodeProblems metaProblems;
    CHECK_FALSE(noteFromJson(meta, kPath, &metaProblems));
    CHECK(has(metaProblems, at("revision"), problemcode::kInvalidRequest));
}

TEST_CASE("domain problems come with the JSON path of their field", "[protocol]")
{
    Contact c = fullContact();
    c.channel = QStringLiteral("pigeon");
    c.durationSeconds = -1;
    c.counsellorId.clear();
    c.callerRelationship = QStringLiteral("cousin");
    DecodeProblems problems;
    CHECK_FALSE(contactFromJson(toJson(c), kPath, &problems, context()));
    INFO(describe(problems));
    for (const char *field : {"channel", "duration_s", "counsellor_id", "caller_relationship"})
        CHECK(has(problems, at(field), problemcode::kInvalidRequest));
    // The message names the field and says what is wrong, in the domain's words.
    for (const DecodeProblem &p : problems)
        CHECK(p.message.startsWith(p.path + QLatin1String(": ")));

    Note n = fullNote();
    n.caseId.clear();
    n.body = QStringLiteral("   ");
    DecodeProblems noteProblems;
    CHECK_FALSE(noteFromJson(toJson(n), kPath, &noteProblems));
    CHECK(has(noteProblems, at("case_id"), problemcode::kInvalidRequest));
    CHECK(has(noteProblems, at("body"), problemcode::kInvalidRequest));

    Referral r = fullReferral();
    r.directoryEntryId.clear();
    r.serviceName.clear();
    r.consentReason.clear();
    DecodeProblems referralProblems;
    CHECK_FALSE(referralFromJson(toJson(r), kPath, &referralProblems));
    CHECK(has(referralProblems, at("service_name"), problemcode::kInvalidRequest));
    CHECK(has(referralProblems, at("consent_reason"), problemcode::kInvalidRequest));

    Person p = fullPerson();
    p.kind = Person::Kind::Child;
    p.age = QStringLiteral("34");
    DecodeProblems personProblems;
    CHECK_FALSE(personFromJson(toJson(p), kPath, &personProblems, context()));
    CHECK(has(personProblems, at("age"), problemcode::kInvalidRequest));

    QJsonObject unknownKind = toJson(fullPerson());
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("adult"));
    DecodeProblems kindProblems;
    CHECK_FALSE(personFromJson(unknownKind, kPath, &kindProblems, context()));
    CHECK(has(kindProblems, at("kind"), problemcode::kInvalidRequest));
}

TEST_CASE("the domain checks use the context's clock and category check", "[protocol]")
{
    Contact c = fullContact();
    c.startedAt = kNow.addSecs(3600);
    const QJsonObject object = toJson(c);
    DecodeProblems problems;
    CHECK_FALSE(contactFromJson(object, kPath, &problems, context()));
    CHECK(has(problems, at("started_at"), problemcode::kInvalidRequest));
    CHECK(contactFromJson(object, kPath, nullptr, DecodeContext{kNow.addSecs(7200), {}}));

    DecodeContext strict = context();
    strict.isKnownCategory = [](const QString &code) {
        return code == QLatin1String("mental_health.suicidal");
    };
    DecodeProblems categoryProblems;
    CHECK_FALSE(contactFromJson(toJson(fullContact()), kPath, &categoryProblems, strict));
    CHECK(has(categoryProblems, at("categories"), problemcode::kInvalidRequest));

    Person born = fullPerson();
    born.birthDate = kNow.date().addDays(1);
    CHECK_FALSE(personFromJson(toJson(born), kPath, nullptr, context()));
    CHECK(personFromJson(toJson(born), kPath, nullptr, DecodeContext{kNow.addDays(2), {}}));
}

TEST_CASE("case events follow the rules of the case repository", "[protocol]")
{
    CaseEvent noReason = fullCaseEvent();
    noReason.reason.clear();
    DecodeProblems problems;
    CHECK_FALSE(caseEventFromJson(toJson(noReason), kPath, &problems));
    CHECK(has(problems, at("reason"), problemcode::kInvalidRequest));

    CaseEvent badStatus = fullCaseEvent();
    badStatus.newValue = QStringLiteral("finished");
    DecodeProblems statusProblems;
    CHECK_FALSE(caseEventFromJson(toJson(badStatus), kPath, &statusProblems));
    CHECK(has(statusProblems, at("new_value"), problemcode::kInvalidRequest));

    CaseEvent badKind = minimalCaseEvent();
    badKind.kind = QStringLiteral("priority");
    DecodeProblems kindProblems;
    CHECK_FALSE(caseEventFromJson(toJson(badKind), kPath, &kindProblems));
    CHECK(has(kindProblems, at("kind"), problemcode::kInvalidRequest));

    CaseEvent reassigned = minimalCaseEvent();
    reassigned.oldValue = QStringLiteral("acc-1");
    reassigned.newValue = QStringLiteral("acc-2");
    CHECK(caseEventFromJson(toJson(reassigned), kPath, nullptr));
}

TEST_CASE("a conflict case event names its record and field and carries JSON values", "[protocol]")
{
    const QJsonObject good = toJson(conflictCaseEvent());
    CHECK(good.value(QStringLiteral("subject_type")).toString() == QLatin1String("referral"));
    CHECK(good.value(QStringLiteral("old_value")).toString() == QLatin1String("\"accepted\""));
    CHECK(caseEventFromJson(good, kPath, nullptr).has_value());
    auto problemsOf = [&](const char *key, const QJsonValue &value) {
        QJsonObject object = good;
        if (value.isUndefined())
            object.remove(QLatin1String(key));
        else
            object.insert(QLatin1String(key), value);
        DecodeProblems problems;
        CHECK_FALSE(caseEventFromJson(object, kPath, &problems));
        return problems;
    };
    auto one = [](const DecodeProblems &problems, const QString &path, QLatin1String code) {
        INFO(describe(problems));
        CHECK(problems.size() == 1);
        CHECK(has(problems, path, code));
    };
    const QJsonValue absent(QJsonValue::Undefined);
    one(problemsOf("subject_type", QStringLiteral("contact")), at("subject_type"),
        problemcode::kInvalidRequest);
    one(problemsOf("subject_type", absent), at("subject_type"), problemcode::kInvalidRequest);
    one(problemsOf("subject_id", QStringLiteral("ref-1")), at("subject_id"),
        problemcode::kInvalidRequest);
    one(problemsOf("subject_id", QJsonValue::Null), at("subject_id"), problemcode::kInvalidRequest);
    one(problemsOf("field", QStringLiteral(" ")), at("field"), problemcode::kInvalidRequest);
    one(problemsOf("field", absent), at("field"), problemcode::kInvalidRequest);
    one(problemsOf("field", QString(65, QLatin1Char('f'))), at("field"),
        problemcode::kInvalidRequest);
    one(problemsOf("lost_hlc", 5), at("lost_hlc"), problemcode::kWrongType);
    one(problemsOf("winning_hlc", QJsonArray()), at("winning_hlc"), problemcode::kWrongType);
    // The values are JSON text: bare words, spaced-out JSON and missing values are refused.
    one(problemsOf("old_value", QStringLiteral("accepted")), at("old_value"),
        problemcode::kInvalidRequest);
    one(problemsOf("new_value", QStringLiteral("[\"a\", \"b\"]")), at("new_value"),
        problemcode::kInvalidRequest);
    one(problemsOf("new_value", QJsonValue::Null), at("new_value"), problemcode::kInvalidRequest);
    one(problemsOf("old_value", QJsonArray()), at("old_value"), problemcode::kWrongType);
    one(problemsOf("surprise", 1), at("surprise"), problemcode::kUnknownField);

    // Any field's value fits, up to the text limit, and a clock may be unknown.
    QJsonObject longer = good;
    const QString summary = compactJsonText(QString(9000, QLatin1Char('s')));
    longer.insert(QStringLiteral("old_value"), summary);
    longer.insert(QStringLiteral("new_value"),
                  compactJsonText(QJsonArray{QStringLiteral("a"), QStringLiteral("b c")}));
    longer.insert(QStringLiteral("lost_hlc"), QJsonValue::Null);
    const auto decoded = caseEventFromJson(longer, kPath, nullptr);
    REQUIRE(decoded.has_value());
    CHECK(decoded->oldValue == summary);
    CHECK(decoded->lostHlc.isEmpty());
    one(problemsOf("old_value", compactJsonText(QString(10001, QLatin1Char('s')))), at("old_value"),
        problemcode::kInvalidRequest);

    // Every field is checked for its type, one problem each.
    for (auto it = good.begin(); it != good.end(); ++it) {
        INFO(it.key().toStdString());
        const QJsonValue wrong = it.value().isString() ? QJsonValue(42) : QJsonValue(QJsonArray());
        const DecodeProblems problems = problemsOf(it.key().toLatin1().constData(), wrong);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().path == at(it.key().toLatin1().constData()));
    }
}

TEST_CASE("a review case event names its subject and decision, a return says why", "[protocol]")
{
    CaseEvent e;
    e.meta = fullMeta();
    e.meta.deleted = false;
    e.caseId = uuid();
    e.kind = CaseEvent::reviewKind();
    e.subjectType = QStringLiteral("contact");
    e.subjectId = uuid();
    e.newValue = QStringLiteral("returned");
    e.field = QStringLiteral("risk");
    e.reason = QStringLiteral("Add the safety plan.");
    const QJsonObject good = toJson(e);
    CHECK(caseEventFromJson(good, kPath, nullptr).has_value());
    auto problemsOf = [&](const char *key, const QJsonValue &value) {
        QJsonObject object = good;
        if (value.isUndefined())
            object.remove(QLatin1String(key));
        else
            object.insert(QLatin1String(key), value);
        DecodeProblems problems;
        CHECK_FALSE(caseEventFromJson(object, kPath, &problems));
        INFO(describe(problems));
        CHECK(problems.size() == 1);
        return problems;
    };
    const QJsonValue absent(QJsonValue::Undefined);
    CHECK(has(problemsOf("subject_type", QStringLiteral("referral")), at("subject_type"),
              problemcode::kInvalidRequest));
    CHECK(has(problemsOf("subject_id", absent), at("subject_id"), problemcode::kInvalidRequest));
    CHECK(has(problemsOf("new_value", QStringLiteral("maybe")), at("new_value"),
              problemcode::kInvalidRequest));
    CHECK(
        has(problemsOf("reason", QStringLiteral(" ")), at("reason"), problemcode::kInvalidRequest));
    CHECK(has(problemsOf("field", QStringLiteral("status")), at("field"),
              problemcode::kInvalidRequest));
    CHECK(has(problemsOf("old_value", QStringLiteral("open")), at("old_value"),
              problemcode::kUnknownField));
    CHECK(has(problemsOf("lost_hlc", QStringLiteral("1-0000-d")), at("lost_hlc"),
              problemcode::kUnknownField));
    // An approval needs no words, nor a decision on nothing in particular a reason code.
    QJsonObject approval = good;
    approval.insert(QStringLiteral("new_value"), QStringLiteral("approved"));
    approval.insert(QStringLiteral("reason"), QJsonValue::Null);
    approval.insert(QStringLiteral("field"), QJsonValue::Null);
    CHECK(caseEventFromJson(approval, kPath, nullptr).has_value());
}

TEST_CASE("status and assignee events carry no conflict fields", "[protocol]")
{
    for (const CaseEvent &e : {fullCaseEvent(), minimalCaseEvent()}) {
        const QJsonObject object = toJson(e);
        // Written as null: read, and absent is the same.
        for (const char *key : {"subject_type", "subject_id", "field", "lost_hlc", "winning_hlc"}) {
            INFO(key);
            CHECK(object.value(QLatin1String(key)).isNull());
            QJsonObject without = object;
            without.remove(QLatin1String(key));
            CHECK(caseEventFromJson(without, kPath, nullptr).has_value());
        }
        const QList<std::pair<const char *, QJsonValue>> conflictOnly{
            {"subject_type", QStringLiteral("case")},
            {"subject_id", e.caseId},
            {"field", QStringLiteral("status")},
            {"lost_hlc", QStringLiteral("h1")},
            {"winning_hlc", QString()}};
        for (const auto &[key, value] : conflictOnly) {
            INFO(e.kind.toStdString() << " with " << key);
            QJsonObject with = object;
            with.insert(QLatin1String(key), value);
            DecodeProblems problems;
            CHECK_FALSE(caseEventFromJson(with, kPath, &problems));
            INFO(describe(problems));
            CHECK(problems.size() == 1);
            CHECK(has(problems, at(key), problemcode::kUnknownField));
        }
    }
    // A code or an account id stays short, as before conflicts came.
    CaseEvent reassigned = minimalCaseEvent();
    reassigned.newValue = QString(65, QLatin1Char('a'));
    DecodeProblems problems;
    CHECK_FALSE(caseEventFromJson(toJson(reassigned), kPath, &problems));
    CHECK(has(problems, at("new_value"), problemcode::kInvalidRequest));
    reassigned.newValue = QString(64, QLatin1Char('a'));
    CHECK(caseEventFromJson(toJson(reassigned), kPath, nullptr).has_value());
    // A status event's values are status codes, not JSON.
    CaseEvent quoted = fullCaseEvent();
    quoted.newValue = compactJsonText(QStringLiteral("closed"));
    CHECK_FALSE(caseEventFromJson(toJson(quoted), kPath, nullptr).has_value());
}

TEST_CASE("a note's correction_of is read when present", "[protocol]")
{
    // toJson(Note) does not write correction_of yet; the decoder already reads it.
    QJsonObject object = toJson(fullNote());
    const QString corrected = uuid();
    object.insert(QStringLiteral("correction_of"), corrected);
    const auto note = noteFromJson(object, kPath, nullptr);
    REQUIRE(note.has_value());
    CHECK(note->correctionOf == corrected);
}

TEST_CASE("attachments are described, with a size limit", "[protocol]")
{
    AttachmentInfo a = fullAttachment();
    a.sizeBytes = kMaxAttachmentBytes + 1;
    DecodeProblems problems;
    CHECK_FALSE(attachmentFromJson(toJson(a), kPath, &problems));
    CHECK(has(problems, at("size_bytes"), problemcode::kInvalidRequest));
    a.sizeBytes = kMaxAttachmentBytes;
    CHECK(attachmentFromJson(toJson(a), kPath, nullptr));
    a.fileName = QStringLiteral(" ");
    CHECK_FALSE(attachmentFromJson(toJson(a), kPath, nullptr));
}
