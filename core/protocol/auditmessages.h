#pragma once

#include "core/domain/auditentry.h"
#include "core/protocol/jsonreader.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace helpline {

// The messages of the audit copy (docs/api/openapi.yaml, "audit"): each desk sends the server
// its audit trail in order, and the server keeps a copy per desk, checks the chain as the
// entries arrive and says what it found. Strict like syncmessages.h.

inline constexpr int kMaxAuditUploadEntries = 1000;
inline constexpr qsizetype kMaxAuditUploadBytes = 4 * 1024 * 1024;
inline constexpr int kMaxAuditDetail = 4000;

// {"device_id": "...", "entries": [{seq, id, at, account_id, device_id, action, record_type,
// record_id, detail, prev_hash, hash}...]}: at most kMaxAuditUploadEntries, in increasing seq.
// Empty is allowed: it asks what the server holds.
struct AuditUploadRequest {
    QString deviceId;
    QList<AuditEntry> entries;

    static std::optional<AuditUploadRequest> fromJson(const QJsonObject &object,
                                                      DecodeProblems *problems);
    QJsonObject toJson() const;
};

// What the server holds of one desk's trail and what checking it found: the answer to an
// upload, and a row of the administrator's verification.
struct AuditCopyStatus {
    QString deviceId;
    qint64 receivedThrough = 0; // the highest seq the server holds (0: none)
    qint64 entries = 0;         // how many it holds
    bool intact = true;
    qint64 firstBadSeq = 0; // 0 when intact
    QString problem;        // in English, names the entry; empty when intact
    QString checkedAt;      // when the server last checked (UTC ISO 8601)

    static std::optional<AuditCopyStatus>
    fromJson(const QJsonObject &object, DecodeProblems *problems, const QString &path = {});
    QJsonObject toJson() const;
};

} // namespace helpline
