#include "core/domain/recordjson.h"

#include "core/util/clock.h"

#include <QJsonArray>

namespace helpline {

namespace {
QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(isoUtc(t)) : QJsonValue(QJsonValue::Null);
}
QJsonValue text(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
QJsonObject withMeta(const RecordMeta &meta, QJsonObject fields)
{
    QJsonObject object = metaToJson(meta);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
} // namespace

QJsonObject metaToJson(const RecordMeta &meta)
{
    return QJsonObject{{QStringLiteral("id"), meta.id},
                       {QStringLiteral("created_at"), time(meta.createdAt)},
                       {QStringLiteral("updated_at"), time(meta.updatedAt)},
                       {QStringLiteral("created_by"), meta.createdBy},
                       {QStringLiteral("origin_device"), meta.originDevice},
                       {QStringLiteral("revision"), meta.revision},
                       {QStringLiteral("deleted"), meta.deleted}};
}

QJsonObject toJson(const Person &p)
{
    return withMeta(p.meta, {{QStringLiteral("kind"), Person::kindCode(p.kind)},
                             {QStringLiteral("name"), text(p.name)},
                             {QStringLiteral("gender"), text(p.gender)},
                             {QStringLiteral("age"), text(p.age)},
                             {QStringLiteral("birth_date"),
                              p.birthDate.isValid() ? QJsonValue(p.birthDate.toString(Qt::ISODate))
                                                    : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("phone"), text(p.phone)},
                             {QStringLiteral("region_code"), text(p.regionCode)},
                             {QStringLiteral("language"), text(p.language)},
                             {QStringLiteral("details"), p.details}});
}

QJsonObject toJson(const Contact &c)
{
    return withMeta(c.meta,
                    {{QStringLiteral("case_id"), text(c.caseId)},
                     {QStringLiteral("channel"), c.channel},
                     {QStringLiteral("call_type"), c.callType},
                     {QStringLiteral("started_at"), time(c.startedAt)},
                     {QStringLiteral("duration_s"), c.durationSeconds},
                     {QStringLiteral("counsellor_id"), c.counsellorId},
                     {QStringLiteral("child_person_id"), text(c.childPersonId)},
                     {QStringLiteral("caller_person_id"), text(c.callerPersonId)},
                     {QStringLiteral("caller_relationship"), text(c.callerRelationship)},
                     {QStringLiteral("categories"), QJsonArray::fromStringList(c.categories)},
                     {QStringLiteral("summary"), text(c.summary)},
                     {QStringLiteral("actions"), QJsonArray::fromStringList(c.actions)},
                     {QStringLiteral("risk_level"), text(c.riskLevel)},
                     {QStringLiteral("screening"), c.screening},
                     {QStringLiteral("keep_confidential"), c.keepConfidential},
                     {QStringLiteral("form_id"), text(c.formId)},
                     {QStringLiteral("form_version"), c.formVersion},
                     {QStringLiteral("data"), c.data},
                     {QStringLiteral("correction_of"), text(c.correctionOf)},
                     {QStringLiteral("correction_reason"), text(c.correctionReason)}});
}

QJsonObject toJson(const CaseRecord &r)
{
    return withMeta(r.meta, {{QStringLiteral("case_number"), r.caseNumber},
                             {QStringLiteral("status"), r.status},
                             {QStringLiteral("assignee_id"), text(r.assigneeId)},
                             {QStringLiteral("risk_level"), text(r.riskLevel)},
                             {QStringLiteral("flags"), QJsonArray::fromStringList(r.flags)},
                             {QStringLiteral("restricted"), r.restricted},
                             {QStringLiteral("office_id"), text(r.officeId)},
                             {QStringLiteral("child_person_id"), text(r.childPersonId)},
                             {QStringLiteral("title"), text(r.title)}});
}

QJsonObject toJson(const Note &n)
{
    return withMeta(n.meta, {{QStringLiteral("case_id"), n.caseId},
                             {QStringLiteral("contact_id"), text(n.contactId)},
                             {QStringLiteral("kind"), n.kind},
                             {QStringLiteral("body"), n.body},
                             {QStringLiteral("correction_of"), text(n.correctionOf)}});
}

QJsonObject toJson(const Referral &r)
{
    return withMeta(r.meta, {{QStringLiteral("case_id"), r.caseId},
                             {QStringLiteral("contact_id"), text(r.contactId)},
                             {QStringLiteral("directory_entry_id"), text(r.directoryEntryId)},
                             {QStringLiteral("service_name"), text(r.serviceName)},
                             {QStringLiteral("reason"), r.reason},
                             {QStringLiteral("urgency"), r.urgency},
                             {QStringLiteral("method"), r.method},
                             {QStringLiteral("consent"),
                              r.consent ? QJsonValue(*r.consent) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("consent_reason"), text(r.consentReason)},
                             {QStringLiteral("status"), r.status},
                             {QStringLiteral("status_at"), time(r.statusAt)},
                             {QStringLiteral("status_by"), text(r.statusBy)}});
}

QJsonObject toJson(const FollowUp &f)
{
    return withMeta(f.meta, {{QStringLiteral("case_id"), f.caseId},
                             {QStringLiteral("contact_id"), text(f.contactId)},
                             {QStringLiteral("due_at"), time(f.dueAt)},
                             {QStringLiteral("assignee_id"), text(f.assigneeId)},
                             {QStringLiteral("description"), f.description},
                             {QStringLiteral("status"), f.status},
                             {QStringLiteral("done_at"), time(f.doneAt)},
                             {QStringLiteral("done_by"), text(f.doneBy)}});
}

QJsonObject toJson(const CaseEvent &e)
{
    return withMeta(e.meta, {{QStringLiteral("case_id"), e.caseId},
                             {QStringLiteral("kind"), e.kind},
                             {QStringLiteral("old_value"), text(e.oldValue)},
                             {QStringLiteral("new_value"), text(e.newValue)},
                             {QStringLiteral("reason"), text(e.reason)},
                             {QStringLiteral("subject_type"), text(e.subjectType)},
                             {QStringLiteral("subject_id"), text(e.subjectId)},
                             {QStringLiteral("field"), text(e.field)},
                             {QStringLiteral("lost_hlc"), text(e.lostHlc)},
                             {QStringLiteral("winning_hlc"), text(e.winningHlc)}});
}

} // namespace helpline
