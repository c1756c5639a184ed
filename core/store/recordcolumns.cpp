#include "core/store/recordcolumns.h"

#include "core/protocol/recorddecoder.h"
#include "core/store/caselistindex.h"
#include "core/util/clock.h"

#include <QJsonDocument>

namespace helpline::records {

namespace {

QVariant timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant();
}

// An empty object is stored as NULL, as the intake has always written it.
QVariant objectOrNull(const QJsonObject &object)
{
    return object.isEmpty()
               ? QVariant()
               : QVariant(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace

QList<Column> personColumns(const Person &p)
{
    return {{QStringLiteral("kind"), Person::kindCode(p.kind)},
            {QStringLiteral("name"), textOrNull(p.name)},
            {QStringLiteral("gender"), textOrNull(p.gender)},
            {QStringLiteral("age"), textOrNull(p.age)},
            {QStringLiteral("birth_date"),
             p.birthDate.isValid() ? QVariant(p.birthDate.toString(Qt::ISODate)) : QVariant()},
            {QStringLiteral("phone"), textOrNull(p.phone)},
            {QStringLiteral("phone_key"), textOrNull(CaseListIndex::phoneKey(p.phone))},
            {QStringLiteral("region_code"), textOrNull(p.regionCode)},
            {QStringLiteral("language"), textOrNull(p.language)},
            {QStringLiteral("details"), objectOrNull(p.details)}};
}

QString personSearchText(const Person &p)
{
    return QStringList{p.name, p.phone}.join(u' ');
}

QList<Column> caseMutableColumns(const CaseRecord &r)
{
    return {{QStringLiteral("status"), r.status},
            {QStringLiteral("assignee_id"), textOrNull(r.assigneeId)},
            {QStringLiteral("risk_level"), textOrNull(r.riskLevel)},
            {QStringLiteral("flags"), listToJson(r.flags)},
            {QStringLiteral("restricted"), r.restricted ? 1 : 0},
            {QStringLiteral("title"), textOrNull(r.title)}};
}

QList<Column> caseColumns(const CaseRecord &r)
{
    return caseMutableColumns(r) << Column{QStringLiteral("case_number"), r.caseNumber}
                                 << Column{QStringLiteral("office_id"), textOrNull(r.officeId)}
                                 << Column{QStringLiteral("child_person_id"),
                                           textOrNull(r.childPersonId)};
}

QList<Column> caseMemberColumns(const CaseMember &m)
{
    return {{QStringLiteral("case_id"), m.caseId},
            {QStringLiteral("person_id"), m.personId},
            {QStringLiteral("role"), m.role}};
}

QList<Column> caseEventColumns(const CaseEvent &e)
{
    return {{QStringLiteral("case_id"), e.caseId},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("old_value"), textOrNull(e.oldValue)},
            {QStringLiteral("new_value"), textOrNull(e.newValue)},
            {QStringLiteral("reason"), textOrNull(e.reason.trimmed())},
            {QStringLiteral("subject_type"), textOrNull(e.subjectType)},
            {QStringLiteral("subject_id"), textOrNull(e.subjectId)},
            {QStringLiteral("field"), textOrNull(e.field)},
            {QStringLiteral("lost_hlc"), textOrNull(e.lostHlc)},
            {QStringLiteral("winning_hlc"), textOrNull(e.winningHlc)}};
}

QList<Column> contactColumns(const Contact &c)
{
    return {{QStringLiteral("case_id"), textOrNull(c.caseId)},
            {QStringLiteral("channel"), c.channel},
            {QStringLiteral("call_type"), c.callType},
            {QStringLiteral("started_at"), isoUtc(c.startedAt)},
            {QStringLiteral("duration_s"), c.durationSeconds},
            {QStringLiteral("counsellor_id"), c.counsellorId},
            {QStringLiteral("child_person_id"), textOrNull(c.childPersonId)},
            {QStringLiteral("caller_person_id"), textOrNull(c.callerPersonId)},
            {QStringLiteral("caller_relationship"), textOrNull(c.callerRelationship)},
            {QStringLiteral("categories"), listToJson(c.categories)},
            {QStringLiteral("summary"), textOrNull(c.summary)},
            {QStringLiteral("actions"), listToJson(c.actions)},
            {QStringLiteral("risk_level"), textOrNull(c.riskLevel)},
            {QStringLiteral("screening"), objectOrNull(c.screening)},
            {QStringLiteral("keep_confidential"), c.keepConfidential ? 1 : 0},
            {QStringLiteral("form_id"), textOrNull(c.formId)},
            {QStringLiteral("form_version"), c.formVersion},
            {QStringLiteral("data"), objectOrNull(c.data)},
            {QStringLiteral("correction_of"), textOrNull(c.correctionOf)},
            {QStringLiteral("correction_reason"), textOrNull(c.correctionReason)}};
}

QList<Column> noteColumns(const Note &n)
{
    return {{QStringLiteral("case_id"), n.caseId},
            {QStringLiteral("contact_id"), textOrNull(n.contactId)},
            {QStringLiteral("kind"), n.kind},
            {QStringLiteral("body"), n.body},
            {QStringLiteral("correction_of"), textOrNull(n.correctionOf)}};
}

QList<Column> referralColumns(const Referral &r)
{
    return {{QStringLiteral("case_id"), r.caseId},
            {QStringLiteral("contact_id"), textOrNull(r.contactId)},
            {QStringLiteral("directory_entry_id"), textOrNull(r.directoryEntryId)},
            {QStringLiteral("service_name"), textOrNull(r.serviceName)},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("urgency"), r.urgency},
            {QStringLiteral("method"), r.method},
            {QStringLiteral("consent"), r.consent ? QVariant(*r.consent ? 1 : 0) : QVariant()},
            {QStringLiteral("consent_reason"), textOrNull(r.consentReason)},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("status_at"), timeOrNull(r.statusAt)},
            {QStringLiteral("status_by"), textOrNull(r.statusBy)}};
}

QList<Column> followUpColumns(const FollowUp &f)
{
    return {{QStringLiteral("case_id"), f.caseId},
            {QStringLiteral("contact_id"), textOrNull(f.contactId)},
            {QStringLiteral("due_at"), isoUtc(f.dueAt)},
            {QStringLiteral("assignee_id"), textOrNull(f.assigneeId)},
            {QStringLiteral("description"), f.description},
            {QStringLiteral("status"), f.status},
            {QStringLiteral("done_at"), timeOrNull(f.doneAt)},
            {QStringLiteral("done_by"), textOrNull(f.doneBy)}};
}

QList<Column> attachmentColumns(const AttachmentInfo &a)
{
    return {{QStringLiteral("case_id"), a.caseId},
            {QStringLiteral("contact_id"), textOrNull(a.contactId)},
            {QStringLiteral("file_name"), a.fileName},
            {QStringLiteral("mime_type"), a.mimeType},
            {QStringLiteral("size_bytes"), a.sizeBytes}};
}

QJsonObject pick(const QJsonObject &json, const QStringList &fields)
{
    QJsonObject picked;
    for (const QString &field : fields) {
        const auto it = json.constFind(field);
        if (it != json.constEnd())
            picked.insert(field, *it);
    }
    return picked;
}

} // namespace helpline::records
