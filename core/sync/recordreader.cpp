#include "core/sync/recordreader.h"

#include "core/domain/recordjson.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/draftrepository.h"

#include <QCoreApplication>
#include <QHash>

namespace helpline {

namespace {

using Reader = Outcome<QJsonObject> (*)(CaseStore &store, const QString &id);

template<typename T>
Outcome<QJsonObject> encoded(Outcome<T> record)
{
    if (!record)
        return record.error();
    return toJson(*record);
}

// The by-id reader of each synced type. Only readers that write no audit entry belong here.
const QHash<QString, Reader> &readers()
{
    static const QHash<QString, Reader> table{
        {QStringLiteral("person"),
         [](CaseStore &s, const QString &id) { return encoded(ContactRepository(s).person(id)); }},
        {QStringLiteral("case"),
         [](CaseStore &s, const QString &id) { return encoded(CaseRepository(s).byId(id)); }},
        {QStringLiteral("case_member"),
         [](CaseStore &s, const QString &id) {
             return encoded(ContactRepository(s).caseMember(id));
         }},
        {QStringLiteral("case_event"),
         [](CaseStore &s, const QString &id) { return encoded(CaseRepository(s).event(id)); }},
        {QStringLiteral("contact"),
         [](CaseStore &s, const QString &id) { return encoded(ContactRepository(s).byId(id)); }},
        {QStringLiteral("note"),
         [](CaseStore &s, const QString &id) { return encoded(NoteRepository(s).byId(id)); }},
        {QStringLiteral("referral"),
         [](CaseStore &s, const QString &id) { return encoded(ReferralRepository(s).byId(id)); }},
        {QStringLiteral("follow_up"),
         [](CaseStore &s, const QString &id) { return encoded(FollowUpRepository(s).byId(id)); }},
        {QStringLiteral("attachment"),
         [](CaseStore &s, const QString &id) { return encoded(AttachmentRepository(s).info(id)); }},
    };
    return table;
}

StoreError notSynced(const QString &type)
{
    return StoreError::make(
        StoreError::Code::Internal,
        QCoreApplication::translate("helpline::RecordReader",
                                    "Records of type \"%1\" are not synced with the server.")
            .arg(type));
}

} // namespace

RecordReader::RecordReader(CaseStore &store)
    : m_store(store)
{
}

Outcome<std::optional<QJsonObject>> RecordReader::read(const QString &type, const QString &id)
{
    const Reader reader = readers().value(type);
    if (!reader)
        return notSynced(type);
    Outcome<QJsonObject> json = reader(m_store, id);
    if (json)
        return std::optional<QJsonObject>(*json);
    // Nothing to send is an answer, not a failure: the caller decides what an outbox entry
    // without its record means.
    if (json.error().code == StoreError::Code::NotFound)
        return std::optional<QJsonObject>();
    return json.error();
}

} // namespace helpline
