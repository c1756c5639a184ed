#pragma once

#include "core/domain/caserecord.h"
#include "core/domain/contact.h"
#include "core/domain/person.h"

#include <QJsonObject>

namespace helpline {

// The JSON form of records, as queued in the outbox and pushed to the server (field names are
// the API's, docs/api). Times are UTC ISO 8601 with milliseconds.
QJsonObject metaToJson(const RecordMeta &meta);
QJsonObject toJson(const Person &person);
QJsonObject toJson(const Contact &contact);
QJsonObject toJson(const CaseRecord &record);
QJsonObject toJson(const Note &note);
QJsonObject toJson(const Referral &referral);
QJsonObject toJson(const FollowUp &followUp);
QJsonObject toJson(const CaseEvent &event);

} // namespace helpline
