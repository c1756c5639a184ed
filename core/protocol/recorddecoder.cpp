#include "core/protocol/recorddecoder.h"

#include "core/domain/review.h"

#include "core/domain/codes.h"
#include "core/domain/recordjson.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QHash>

#include <climits>

namespace helpline {

namespace {

// Hard limits of the decoder. Where the domain has a tighter limit of its own (a name of 200
// characters, a title of 300), validate() reports it with its own message.
constexpr int kMaxId = 64;     // account and device ids, codes
constexpr int kMaxLine = 1000; // names, titles, phone numbers, file names
constexpr int kMaxText = 10000;
constexpr int kMaxSummary = 100000;
constexpr int kMaxNoteBody = 200000;
constexpr int kMaxListItems = 100;
constexpr int kMaxListItemLength = 200;

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject withMeta(const RecordMeta &meta, const QJsonObject &fields)
{
    QJsonObject object = metaToJson(meta);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QString uuidMessage(const QString &path)
{
    return QCoreApplication::translate(
               "helpline::RecordDecoder",
               "\"%1\" must be a UUID such as 0192d3a4-5b6c-7d8e-9f01-23456789abcd.")
        .arg(path);
}

// A record id, or a reference to one: a UUID, or empty where the field may be empty (an empty
// required reference is reported by the domain check, with its own message).
QString uuid(JsonReader &reader, const char *key, bool required)
{
    QString value = reader.string(key, required, kMaxId);
    if (!value.isEmpty() && !isUuid(value))
        reader.addProblem(key, problemcode::kInvalidRequest, uuidMessage(reader.pathOf(key)));
    return value;
}

// A UUID that may not be empty.
QString requiredUuid(JsonReader &reader, const char *key)
{
    const qsizetype before = reader.problems()->size();
    QString value = uuid(reader, key, true);
    if (value.isEmpty() && reader.problems()->size() == before)
        reader.addProblem(key, problemcode::kInvalidRequest, uuidMessage(reader.pathOf(key)));
    return value;
}

void oneOf(JsonReader &reader, const char *key, const QString &value, const QStringList &allowed)
{
    if (!allowed.contains(value))
        reader.addProblem(
            key, problemcode::kInvalidRequest,
            QCoreApplication::translate("helpline::RecordDecoder", "\"%1\" must be one of: %2.")
                .arg(reader.pathOf(key), allowed.join(QStringLiteral(", "))));
}

// validate() names some fields as the form does; the API names them as the JSON does.
QString jsonField(const QString &field)
{
    static const QHash<QString, QString> renamed{
        {QStringLiteral("case"), QStringLiteral("case_id")},
        {QStringLiteral("duration"), QStringLiteral("duration_s")},
        {QStringLiteral("counsellor"), QStringLiteral("counsellor_id")},
        {QStringLiteral("caller.relationship"), QStringLiteral("caller_relationship")},
        {QStringLiteral("service"), QStringLiteral("service_name")}};
    return renamed.value(field, field);
}

void addDomainProblems(JsonReader &reader, const Problems &domainProblems)
{
    for (const FieldProblem &problem : domainProblems) {
        const QString path = jsonPath(reader.path(), jsonField(problem.field));
        reader.problems()->append({path, QString(problemcode::kInvalidRequest),
                                   QCoreApplication::translate("helpline::RecordDecoder", "%1: %2")
                                       .arg(path, problem.message)});
    }
}

QDateTime nowOf(const DecodeContext &context)
{
    return context.now.isValid() ? context.now.toUTC() : Clock::system().nowUtc();
}

int toInt(const std::optional<qint64> &value)
{
    return value ? static_cast<int>(*value) : 0;
}

// Structure first; the domain check only runs on a record of the right shape, so a missing
// field is reported once.
template<typename T, typename Validate>
std::optional<T> finish(JsonReader &reader, T value, Validate validate)
{
    reader.finish();
    if (!reader.ok())
        return std::nullopt;
    addDomainProblems(reader, validate(value));
    if (!reader.ok())
        return std::nullopt;
    return value;
}

} // namespace

QJsonObject toJson(const CaseMember &m)
{
    return withMeta(m.meta, {{QStringLiteral("case_id"), m.caseId},
                             {QStringLiteral("person_id"), m.personId},
                             {QStringLiteral("role"), m.role}});
}

QJsonObject toJson(const AttachmentInfo &a)
{
    return withMeta(a.meta, {{QStringLiteral("case_id"), a.caseId},
                             {QStringLiteral("contact_id"), textOrNull(a.contactId)},
                             {QStringLiteral("file_name"), a.fileName},
                             {QStringLiteral("mime_type"), a.mimeType},
                             {QStringLiteral("size_bytes"), a.sizeBytes}});
}

RecordMeta metaFromJson(JsonReader &reader)
{
    RecordMeta meta;
    meta.id = requiredUuid(reader, "id");
    meta.createdAt = reader.time("created_at", false);
    meta.updatedAt = reader.time("updated_at", false);
    meta.createdBy = reader.string("created_by", true, kMaxId);
    meta.originDevice = reader.string("origin_device", true, kMaxId);
    meta.revision = toInt(reader.integer("revision", true, 0, INT_MAX));
    meta.deleted = reader.boolean("deleted");
    return meta;
}

std::optional<Person> personFromJson(const QJsonObject &object, const QString &path,
                                     DecodeProblems *problems, const DecodeContext &context)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    Person p;
    p.meta = metaFromJson(r);
    const qsizetype before = r.problems()->size();
    const QString kind = r.string("kind", true, kMaxId);
    if (r.problems()->size() == before) {
        if (const auto parsed = Person::kindFromCode(kind))
            p.kind = *parsed;
        else
            oneOf(r, "kind", kind,
                  {Person::kindCode(Person::Kind::Child), Person::kindCode(Person::Kind::Caller)});
    }
    p.name = r.string("name", false, kMaxLine);
    p.gender = r.string("gender", false, kMaxId);
    p.age = r.string("age", false, kMaxId);
    p.birthDate = r.date("birth_date", false);
    p.phone = r.string("phone", false, kMaxLine);
    p.regionCode = r.string("region_code", false, kMaxId);
    p.language = r.string("language", false, kMaxId);
    p.details = r.object("details");
    const QDate today = nowOf(context).date();
    return finish(r, std::move(p), [&](const Person &v) { return v.validate(QString(), today); });
}

std::optional<Contact> contactFromJson(const QJsonObject &object, const QString &path,
                                       DecodeProblems *problems, const DecodeContext &context)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    Contact c;
    c.meta = metaFromJson(r);
    c.caseId = uuid(r, "case_id", false);
    c.channel = r.string("channel", true, kMaxId);
    c.callType = r.string("call_type", true, kMaxId);
    c.startedAt = r.time("started_at", false);
    c.durationSeconds = toInt(r.integer("duration_s", true, INT_MIN, INT_MAX));
    c.counsellorId = r.string("counsellor_id", true, kMaxId);
    c.childPersonId = uuid(r, "child_person_id", false);
    c.callerPersonId = uuid(r, "caller_person_id", false);
    c.callerRelationship = r.string("caller_relationship", false, kMaxId);
    c.categories = r.stringList("categories", true, kMaxListItems, kMaxListItemLength);
    c.summary = r.string("summary", false, kMaxSummary);
    c.actions = r.stringList("actions", true, kMaxListItems, kMaxListItemLength);
    c.riskLevel = r.string("risk_level", false, kMaxId);
    c.screening = r.object("screening");
    c.keepConfidential = r.boolean("keep_confidential");
    c.formId = r.string("form_id", false, kMaxId);
    c.formVersion = toInt(r.integer("form_version", true, 0, INT_MAX));
    c.data = r.object("data");
    c.correctionOf = uuid(r, "correction_of", false);
    c.correctionReason = r.string("correction_reason", false, kMaxText);
    const QDateTime now = nowOf(context);
    return finish(r, std::move(c),
                  [&](const Contact &v) { return v.validate(now, context.isKnownCategory); });
}

std::optional<CaseRecord> caseFromJson(const QJsonObject &object, const QString &path,
                                       DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    CaseRecord c;
    c.meta = metaFromJson(r);
    c.caseNumber = r.text("case_number", kMaxId);
    c.status = r.string("status", true, kMaxId);
    c.assigneeId = r.string("assignee_id", false, kMaxId);
    c.riskLevel = r.string("risk_level", false, kMaxId);
    c.flags = r.stringList("flags", true, kMaxListItems, kMaxListItemLength);
    c.restricted = r.boolean("restricted");
    c.officeId = r.string("office_id", false, kMaxId);
    c.childPersonId = uuid(r, "child_person_id", false);
    c.title = r.string("title", false, kMaxLine);
    return finish(r, std::move(c), [](const CaseRecord &v) { return v.validate(); });
}

std::optional<Note> noteFromJson(const QJsonObject &object, const QString &path,
                                 DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    Note n;
    n.meta = metaFromJson(r);
    n.caseId = uuid(r, "case_id", true);
    n.contactId = uuid(r, "contact_id", false);
    n.kind = r.string("kind", true, kMaxId);
    n.body = r.string("body", true, kMaxNoteBody);
    // A correction names the note it corrects; null or absent for an ordinary note.
    n.correctionOf = uuid(r, "correction_of", false);
    return finish(r, std::move(n), [](const Note &v) { return v.validate(); });
}

std::optional<Referral> referralFromJson(const QJsonObject &object, const QString &path,
                                         DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    Referral f;
    f.meta = metaFromJson(r);
    f.caseId = uuid(r, "case_id", true);
    f.contactId = uuid(r, "contact_id", false);
    f.directoryEntryId = uuid(r, "directory_entry_id", false);
    f.serviceName = r.string("service_name", false, kMaxLine);
    f.reason = r.string("reason", true, kMaxText);
    f.urgency = r.string("urgency", true, kMaxId);
    f.method = r.string("method", true, kMaxId);
    f.consent = r.optionalBoolean("consent");
    f.consentReason = r.string("consent_reason", false, kMaxText);
    f.status = r.string("status", true, kMaxId);
    f.statusAt = r.time("status_at", false);
    f.statusBy = r.string("status_by", false, kMaxId);
    return finish(r, std::move(f), [](const Referral &v) { return v.validate(); });
}

std::optional<FollowUp> followUpFromJson(const QJsonObject &object, const QString &path,
                                         DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    FollowUp f;
    f.meta = metaFromJson(r);
    f.caseId = uuid(r, "case_id", true);
    f.contactId = uuid(r, "contact_id", false);
    f.dueAt = r.time("due_at", false);
    f.assigneeId = r.string("assignee_id", false, kMaxId);
    f.description = r.string("description", true, kMaxText);
    f.status = r.string("status", true, kMaxId);
    f.doneAt = r.time("done_at", false);
    f.doneBy = r.string("done_by", false, kMaxId);
    return finish(r, std::move(f), [](const FollowUp &v) { return v.validate(); });
}

namespace {
// Fields a kind of case event never carries: present (and not null), they mean the record was
// not made by these rules.
void refuseFields(JsonReader &r, const QJsonObject &object,
                  std::initializer_list<const char *> keys)
{
    for (const char *key : keys)
        if (!object.value(QLatin1String(key)).isNull() &&
            !object.value(QLatin1String(key)).isUndefined())
            r.addProblem(
                key, problemcode::kUnknownField,
                QCoreApplication::translate("helpline::JsonReader", "\"%1\" is not a known field.")
                    .arg(r.pathOf(key)));
}
} // namespace

std::optional<CaseEvent> caseEventFromJson(const QJsonObject &object, const QString &path,
                                           DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    CaseEvent e;
    e.meta = metaFromJson(r);
    e.caseId = requiredUuid(r, "case_id");
    e.kind = r.string("kind", true, kMaxId);
    // A conflict's values are JSON of any field; the other kinds' are codes and ids (below).
    e.oldValue = r.string("old_value", false, kMaxText);
    e.newValue = r.string("new_value", false, kMaxText);
    e.reason = r.string("reason", false, kMaxText);
    e.subjectType = r.string("subject_type", false, kMaxId);
    e.subjectId = uuid(r, "subject_id", false);
    e.field = r.string("field", false, kMaxId);
    e.lostHlc = r.string("lost_hlc", false, kMaxId);
    e.winningHlc = r.string("winning_hlc", false, kMaxId);
    r.finish();
    if (!r.ok())
        return std::nullopt;
    // CaseEvent has no validate() of its own: the rules of CaseRepository::writeEvent.
    oneOf(r, "kind", e.kind,
          {CaseEvent::statusKind(), CaseEvent::assigneeKind(), CaseEvent::conflictKind(),
           CaseEvent::reviewKind(), CaseEvent::accessKind()});
    if (e.kind == CaseEvent::accessKind()) {
        // An opening with a reason: which kind, and the reason, which is required.
        oneOf(r, "new_value", e.newValue,
              {QStringLiteral("break_glass"), QStringLiteral("admin_reason"),
               QStringLiteral("reason")});
        if (e.reason.trimmed().isEmpty())
            r.addProblem("reason", problemcode::kInvalidRequest,
                         QCoreApplication::translate("helpline::RecordDecoder",
                                                     "\"%1\" must say why the case is opened.")
                             .arg(r.pathOf("reason")));
        refuseFields(
            r, object,
            {"old_value", "subject_type", "subject_id", "field", "lost_hlc", "winning_hlc"});
    } else if (e.kind == CaseEvent::reviewKind()) {
        // A review names what it is about (a contact, the case or an opening of it) and what
        // was decided; a return says why. It carries nothing of a conflict's and no old value.
        oneOf(r, "subject_type", e.subjectType,
              {QStringLiteral("case"), QStringLiteral("contact"), QStringLiteral("access")});
        if (e.subjectId.isEmpty())
            r.addProblem("subject_id", problemcode::kInvalidRequest,
                         uuidMessage(r.pathOf("subject_id")));
        oneOf(r, "new_value", e.newValue,
              {reviewdecision::requested(), reviewdecision::approved(), reviewdecision::returned(),
               reviewdecision::acknowledged()});
        if (e.newValue == reviewdecision::returned() && e.reason.trimmed().isEmpty())
            r.addProblem("reason", problemcode::kInvalidRequest,
                         QCoreApplication::translate("helpline::RecordDecoder",
                                                     "\"%1\" must say why the work is returned.")
                             .arg(r.pathOf("reason")));
        if (!e.field.isEmpty() && !review::isReasonCode(e.field))
            r.addProblem("field", problemcode::kInvalidRequest,
                         QCoreApplication::translate("helpline::RecordDecoder",
                                                     "\"%1\" must be risk, new_counsellor, "
                                                     "needs_review, closure or break_glass.")
                             .arg(r.pathOf("field")));
        refuseFields(r, object, {"old_value", "lost_hlc", "winning_hlc"});
    } else if (e.kind == CaseEvent::conflictKind()) {
        oneOf(r, "subject_type", e.subjectType,
              {QStringLiteral("case"), QStringLiteral("person"), QStringLiteral("referral"),
               QStringLiteral("follow_up")});
        if (e.subjectId.isEmpty())
            r.addProblem("subject_id", problemcode::kInvalidRequest,
                         uuidMessage(r.pathOf("subject_id")));
        if (e.field.trimmed().isEmpty())
            r.addProblem(
                "field", problemcode::kInvalidRequest,
                QCoreApplication::translate("helpline::JsonReader", "\"%1\" must not be empty.")
                    .arg(r.pathOf("field")));
        for (const auto &[key, value] :
             {std::pair{"old_value", &e.oldValue}, std::pair{"new_value", &e.newValue}})
            if (!parseCompactJsonText(*value))
                r.addProblem(key, problemcode::kInvalidRequest,
                             QCoreApplication::translate(
                                 "helpline::RecordDecoder",
                                 "\"%1\" must be one JSON value written without spaces, such as "
                                 "\"open\", null or [\"a\",\"b\"].")
                                 .arg(r.pathOf(key)));
    } else {
        // The fields of a conflict mean nothing for a status or assignee change: one that
        // carries them was not made by these rules.
        refuseFields(r, object, {"subject_type", "subject_id", "field", "lost_hlc", "winning_hlc"});
        for (const auto &[key, value] :
             {std::pair{"old_value", &e.oldValue}, std::pair{"new_value", &e.newValue}})
            if (value->size() > kMaxId)
                r.addProblem(
                    key, problemcode::kInvalidRequest,
                    QCoreApplication::translate("helpline::JsonReader",
                                                "\"%1\" is too long (at most %2 characters).")
                        .arg(r.pathOf(key))
                        .arg(kMaxId));
    }
    if (e.kind == CaseEvent::statusKind()) {
        const QStringList statuses = codes::caseStatuses().codes();
        oneOf(r, "new_value", e.newValue, statuses);
        if (!e.oldValue.isEmpty())
            oneOf(r, "old_value", e.oldValue, statuses);
        if (e.newValue == QLatin1String("closed") && e.oldValue != e.newValue &&
            e.reason.trimmed().isEmpty())
            addDomainProblems(r, {{QStringLiteral("reason"),
                                   QCoreApplication::translate("helpline::CaseRepository",
                                                               "Say why the case is closed.")}});
    }
    if (!r.ok())
        return std::nullopt;
    return e;
}

std::optional<CaseMember> caseMemberFromJson(const QJsonObject &object, const QString &path,
                                             DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    CaseMember m;
    m.meta = metaFromJson(r);
    m.caseId = requiredUuid(r, "case_id");
    m.personId = requiredUuid(r, "person_id");
    m.role = r.string("role", true, kMaxId);
    r.finish();
    if (!r.ok())
        return std::nullopt;
    oneOf(r, "role", m.role,
          {Person::kindCode(Person::Kind::Child), Person::kindCode(Person::Kind::Caller)});
    if (!r.ok())
        return std::nullopt;
    return m;
}

std::optional<AttachmentInfo> attachmentFromJson(const QJsonObject &object, const QString &path,
                                                 DecodeProblems *problems)
{
    DecodeProblems local;
    JsonReader r(object, path, problems ? problems : &local);
    AttachmentInfo a;
    a.meta = metaFromJson(r);
    a.caseId = requiredUuid(r, "case_id");
    a.contactId = uuid(r, "contact_id", false);
    a.fileName = r.text("file_name", 255);
    a.mimeType = r.text("mime_type", 255);
    a.sizeBytes = r.integer("size_bytes", true, 1, kMaxAttachmentBytes).value_or(0);
    r.finish();
    if (!r.ok())
        return std::nullopt;
    return a;
}

const QStringList &recordTypes()
{
    static const QStringList types{
        QStringLiteral("person"),     QStringLiteral("case"),      QStringLiteral("case_member"),
        QStringLiteral("case_event"), QStringLiteral("contact"),   QStringLiteral("note"),
        QStringLiteral("referral"),   QStringLiteral("follow_up"), QStringLiteral("attachment")};
    return types;
}

bool decodeRecord(const QString &type, const QJsonObject &record, const QString &path,
                  DecodeProblems *problems, const DecodeContext &context)
{
    if (type == QLatin1String("person"))
        return personFromJson(record, path, problems, context).has_value();
    if (type == QLatin1String("case"))
        return caseFromJson(record, path, problems).has_value();
    if (type == QLatin1String("case_member"))
        return caseMemberFromJson(record, path, problems).has_value();
    if (type == QLatin1String("case_event"))
        return caseEventFromJson(record, path, problems).has_value();
    if (type == QLatin1String("contact"))
        return contactFromJson(record, path, problems, context).has_value();
    if (type == QLatin1String("note"))
        return noteFromJson(record, path, problems).has_value();
    if (type == QLatin1String("referral"))
        return referralFromJson(record, path, problems).has_value();
    if (type == QLatin1String("follow_up"))
        return followUpFromJson(record, path, problems).has_value();
    if (type == QLatin1String("attachment"))
        return attachmentFromJson(record, path, problems).has_value();
    if (problems)
        problems->append(
            {path, QString(problemcode::kInvalidRequest),
             QCoreApplication::translate("helpline::RecordDecoder", "\"%1\" must be one of: %2.")
                 .arg(path.isEmpty() ? QStringLiteral("type") : path,
                      recordTypes().join(QStringLiteral(", ")))});
    return false;
}

bool recordIsValid(const QString &type, const QJsonObject &record, const DecodeContext &context)
{
    return decodeRecord(type, record, QString(), nullptr, context);
}

} // namespace helpline
