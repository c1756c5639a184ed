#pragma once

#include "core/domain/review.h"
#include "core/protocol/jsonreader.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace helpline {

// The messages of the sync and sign-in API (docs/api/openapi.yaml). Each decodes strictly:
// unknown fields, wrong types and values out of range are problems with their JSON path, and
// fromJson() returns nullopt when it added any (`problems` may be null). `path` is where the
// message sits in a larger one ("results[3]"); empty for a whole body.

inline constexpr int kMaxPushRecords = 500;
inline constexpr qsizetype kMaxPushBytes = 4 * 1024 * 1024;
inline constexpr int kMaxJsonDepth = 32;
inline constexpr int kMinPullLimit = 1;
inline constexpr int kMaxPullLimit = 1000;
inline constexpr int kDefaultPullLimit = 500;

const QStringList &pullStreams();  // directory, taxonomy, forms, accounts, cases
const QStringList &pushOutcomes(); // applied, duplicate, merged, rejected

// One record of a push. `record` is decoded by its type afterwards (decodeRecord()); that its
// id and revision are the item's is the push handler's check (a rejection of that item only).
struct PushItem {
    QString type; // one of recordTypes()
    QString id;   // UUID
    int revision = 0;
    QStringList changedFields; // an update: the fields changed since the last revision
    QString hlc;               // the hybrid logical clock of the change
    // An update: for fields of changedFields, the value the desk changed (the one it last had
    // from the server). It lets the server tell a concurrent edit from a later one in either
    // order of arrival. Only names of changedFields; a field without one merges by clock alone.
    QJsonObject base;
    QJsonObject record;

    static std::optional<PushItem> fromJson(const QJsonObject &object, DecodeProblems *problems,
                                            const QString &path = {});
    QJsonObject toJson() const;
};

// {"device_id": "...", "records": [PushItem...]}: at most kMaxPushRecords (more: too_large).
struct PushRequest {
    QString deviceId;
    QList<PushItem> items;

    static std::optional<PushRequest> fromJson(const QJsonObject &object, DecodeProblems *problems);
    QJsonObject toJson() const;
};

const QStringList &lostSides(); // incoming, stored

// A field value that lost a merge (docs/architecture.md, "Push"): the desk that is told keeps
// the conflict as a case event. `lostSide` "incoming": the pushed value lost to the server's;
// "stored": the pushed value replaced a value the server had from another desk's concurrent
// edit, which is `value`.
struct LostField {
    QString field;
    QJsonValue value; // the value that lost
    QJsonValue winningValue;
    QString winningHlc;
    QString lostHlc; // the losing value's clock; empty when the server does not know it
    QString lostSide;

    static std::optional<LostField> fromJson(const QJsonObject &object, DecodeProblems *problems,
                                             const QString &path = {});
    QJsonObject toJson() const;
};

struct PushResult {
    QString id;
    int revision = 0;
    QString result; // one of pushOutcomes()
    int serverRevision = 0;
    QString reason; // why it was rejected; empty otherwise
    QString field;  // the JSON path of the field at fault, when one is
    QList<LostField> lost;

    static std::optional<PushResult> fromJson(const QJsonObject &object, DecodeProblems *problems,
                                              const QString &path = {});
    QJsonObject toJson() const;
};

// {"results": [PushResult...]}
struct PushResponse {
    QList<PushResult> results;

    static std::optional<PushResponse> fromJson(const QJsonObject &object,
                                                DecodeProblems *problems);
    QJsonObject toJson() const;
};

// GET /v1/sync/pull?stream=S&cursor=N&limit=L[&own=skip]: cursor defaults to 0, limit to
// kDefaultPullLimit. With own=skip the page leaves out the records the calling desk pushed and
// the server stored exactly as sent (the desk has them); the cursor still moves past them.
struct PullQuery {
    QString stream; // one of pullStreams()
    qint64 cursor = 0;
    int limit = kDefaultPullLimit;
    bool skipOwn = false;

    // Problems name the query parameter ("limit").
    static std::optional<PullQuery> fromQuery(const QUrlQuery &query, DecodeProblems *problems);
    QUrlQuery toQuery() const;
};

struct PullItem {
    qint64 seq = 0;
    QString type;
    QString id;
    int revision = 0;
    bool deleted = false;
    QJsonObject record;

    static std::optional<PullItem> fromJson(const QJsonObject &object, DecodeProblems *problems,
                                            const QString &path = {});
    QJsonObject toJson() const;
};

// {"stream", "cursor", "more", "items": [PullItem...]}
struct PullPage {
    QString stream;
    qint64 cursor = 0;
    bool more = false;
    QList<PullItem> items;

    static std::optional<PullPage> fromJson(const QJsonObject &object, DecodeProblems *problems);
    QJsonObject toJson() const;
};

// {"username", "password", "device_id", "device_secret", "request_escrow"?}. The password is
// kept as UTF-8 bytes so the caller can wipe them after use (the QJsonObject it came from holds
// a copy that cannot be wiped).
struct SignInRequest {
    QString username;
    QByteArray password;
    QString deviceId;
    QString deviceSecret;
    bool requestEscrow = false;

    static std::optional<SignInRequest> fromJson(const QJsonObject &object,
                                                 DecodeProblems *problems);
    QJsonObject toJson() const;
};

// {"refresh_token", "device_id"}
struct RefreshRequest {
    QString refreshToken;
    QString deviceId;

    static std::optional<RefreshRequest> fromJson(const QJsonObject &object,
                                                  DecodeProblems *problems);
    QJsonObject toJson() const;
};

// {"code", "device_name"}
struct EnrolRequest {
    QString code;
    QString deviceName;

    static std::optional<EnrolRequest> fromJson(const QJsonObject &object,
                                                DecodeProblems *problems);
    QJsonObject toJson() const;
};

// The reply to POST /v1/devices/enrol (201): the desk's id and secret, its office, and the
// 32-byte escrow key (base64) the desk seals its database key with.
struct EnrolReply {
    QString deviceId;
    QString deviceSecret;
    QString officeId;
    QByteArray escrowKey;
    static std::optional<EnrolReply> fromJson(const QJsonObject &object, DecodeProblems *problems);
};

// An account's public profile as the server gives it (sign-in, /v1/me).
struct AccountProfile {
    QString id;
    QString username;
    QString displayName;
    QString role; // counsellor, supervisor, admin
    QString officeId;
    bool active = true;
    QDateTime lockedUntil; // invalid when not locked
    static std::optional<AccountProfile>
    fromJson(const QJsonObject &object, DecodeProblems *problems, const QString &path = {});
};

// The reply to sign-in and refresh: tokens with their expiry, the account, and the escrow key
// when it was requested and released.
// {"closure_needs_approval": bool, "new_counsellor_weeks": 0..52}: an office's review rules as
// the server sends them ("office_rules") and the desk keeps them.
QJsonObject officeRulesToJson(const ReviewRules &rules);

struct SessionTokens {
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    AccountProfile account;
    QByteArray escrowKey; // empty unless released
    // The review rules of the account's office ("office_rules"), which the desk applies; absent
    // from a server that does not send them.
    std::optional<ReviewRules> officeRules;
    static std::optional<SessionTokens> fromJson(const QJsonObject &object,
                                                 DecodeProblems *problems);
};

// POST /v1/cases/openings: a case the desk does not hold, opened with a written reason.
struct CaseOpeningRequest {
    QString caseNumber;
    QString reason;
    QJsonObject toJson() const;
};
// Its answer: {"case_id", "event_id", "kind", "until"}.
struct CaseOpeningReply {
    QString caseId;
    QString eventId;
    QString kind; // break_glass or reason
    QDateTime until;
    static std::optional<CaseOpeningReply> fromJson(const QJsonObject &object,
                                                    DecodeProblems *problems);
};

// The server's error body: {"error": {"code", "message", "field"?, ...}}. Unknown extra keys
// inside `error` are tolerated (an error must always be readable).
struct ServerError {
    QString code;
    QString message;
    QString field;
    static std::optional<ServerError> fromJson(const QJsonObject &object);
};

} // namespace helpline
