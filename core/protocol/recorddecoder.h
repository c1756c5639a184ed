#pragma once

#include "core/domain/caserecord.h"
#include "core/domain/contact.h"
#include "core/domain/person.h"
#include "core/protocol/jsonreader.h"

#include <functional>
#include <optional>

namespace helpline {

// Strict decoders for the JSON form of records (core/domain/recordjson.cpp is the encoder; they
// are kept symmetric: decode(toJson(x)) == x). Every field the encoder writes is required, null
// is allowed exactly where the encoder writes null (and then the key may also be absent), any
// other key is unknown_field. When the shape is right the domain type's validate() runs too and
// its problems are added with the JSON path of their field (code invalid_request). A decoder
// returns nullopt when it added any problem; `problems` may be null.

// What the domain checks need from outside the record.
struct DecodeContext {
    QDateTime now; // "in the future" checks; invalid = the system clock
    std::function<bool(const QString &)> isKnownCategory; // contact categories; empty = unchecked
};

// Records the desk keeps only in its own tables so far: their JSON form is defined here.
// A case member links a person to a case; role is "child" or "caller".
struct CaseMember {
    RecordMeta meta;
    QString caseId;
    QString personId;
    QString role;
};
// An attachment's description. Its content (up to 20 MB) does not fit a push (4 MiB) and is not
// part of the record.
struct AttachmentInfo {
    RecordMeta meta;
    QString caseId;
    QString contactId;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
};
inline constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024; // AttachmentRepository::kMaxBytes
QJsonObject toJson(const CaseMember &member);
QJsonObject toJson(const AttachmentInfo &attachment);

// The fields every record carries (id, created_at, updated_at, created_by, origin_device,
// revision, deleted); the id must be a UUID.
RecordMeta metaFromJson(JsonReader &reader);

std::optional<Person> personFromJson(const QJsonObject &object, const QString &path,
                                     DecodeProblems *problems, const DecodeContext &context = {});
std::optional<Contact> contactFromJson(const QJsonObject &object, const QString &path,
                                       DecodeProblems *problems, const DecodeContext &context = {});
std::optional<CaseRecord> caseFromJson(const QJsonObject &object, const QString &path,
                                       DecodeProblems *problems);
std::optional<Note> noteFromJson(const QJsonObject &object, const QString &path,
                                 DecodeProblems *problems);
std::optional<Referral> referralFromJson(const QJsonObject &object, const QString &path,
                                         DecodeProblems *problems);
std::optional<FollowUp> followUpFromJson(const QJsonObject &object, const QString &path,
                                         DecodeProblems *problems);
std::optional<CaseEvent> caseEventFromJson(const QJsonObject &object, const QString &path,
                                           DecodeProblems *problems);
std::optional<CaseMember> caseMemberFromJson(const QJsonObject &object, const QString &path,
                                             DecodeProblems *problems);
std::optional<AttachmentInfo> attachmentFromJson(const QJsonObject &object, const QString &path,
                                                 DecodeProblems *problems);

// The record types of a push, by their API name: person, case, case_member, case_event, contact,
// note, referral, follow_up, attachment.
const QStringList &recordTypes();
// Decodes `record` as a record of `type` with the decoder above; false (with problems) when it
// is not valid or the type is unknown.
bool decodeRecord(const QString &type, const QJsonObject &record, const QString &path,
                  DecodeProblems *problems, const DecodeContext &context = {});
bool recordIsValid(const QString &type, const QJsonObject &record,
                   const DecodeContext &context = {});

} // namespace helpline
