#pragma once

#include "core/domain/caserecord.h"
#include "core/domain/contact.h"
#include "core/domain/person.h"
#include "core/store/recordwriter.h"

#include <QJsonObject>

namespace helpline {

struct AttachmentInfo;
struct CaseMember;

// The columns each record type is stored in, besides the record columns (records::insert): one
// builder per type, shared by the repositories (a local save) and PulledRecords (a record from
// the server), so that both write a record exactly the same way.
namespace records {

// Everything of a person, phone_key included (the case list finds a case by phone with it).
QList<Column> personColumns(const Person &person);
// What the search index holds for a person.
QString personSearchText(const Person &person);

// The fields a desk may change after the case was opened (they merge per field on sync).
QList<Column> caseMutableColumns(const CaseRecord &record);
// Every synced field of a case: the mutable ones, the number, the office and the child. Not the
// case list's derived columns (CaseListIndex).
QList<Column> caseColumns(const CaseRecord &record);

QList<Column> caseMemberColumns(const CaseMember &member);
QList<Column> caseEventColumns(const CaseEvent &event);
QList<Column> contactColumns(const Contact &contact);
QList<Column> noteColumns(const Note &note);
QList<Column> referralColumns(const Referral &referral);
QList<Column> followUpColumns(const FollowUp &followUp);
// Without the content, which is not part of the synced record.
QList<Column> attachmentColumns(const AttachmentInfo &attachment);

// The values of `fields` in `json` (a record's toJson()), for an outbox entry's "base": a field
// the record does not have is left out.
QJsonObject pick(const QJsonObject &json, const QStringList &fields);

} // namespace records
} // namespace helpline
