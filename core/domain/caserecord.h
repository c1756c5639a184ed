#pragma once

#include "core/domain/record.h"

#include <QStringList>

namespace helpline {

// A case: the file that groups a child's contacts, notes, referrals and follow-ups. Its status,
// assignee, risk and flags are mutable and merge per field on sync.
struct CaseRecord {
    RecordMeta meta;
    QString caseNumber; // human-readable, unique: 2026-7F3A-00012
    QString status = QStringLiteral("open");
    QString assigneeId;
    QString riskLevel;
    QStringList flags; // e.g. "supervisor_attention", "needs_review"
    bool restricted = false;
    QString officeId;
    QString childPersonId;
    QString title;

    Problems validate() const;
};

struct Note {
    RecordMeta meta;
    QString caseId;
    QString contactId;
    QString kind = QStringLiteral("note");
    QString body;

    Problems validate() const;
};

struct Referral {
    RecordMeta meta;
    QString caseId;
    QString contactId;
    QString directoryEntryId;
    QString serviceName;
    QString reason;
    QString urgency = QStringLiteral("routine");
    QString method = QStringLiteral("phone");
    std::optional<bool> consent; // unset = not recorded yet
    QString consentReason;       // why the referral was made without consent
    QString status = QStringLiteral("made");
    QDateTime statusAt;
    QString statusBy;

    Problems validate() const;
};

struct FollowUp {
    RecordMeta meta;
    QString caseId;
    QString contactId;
    QDateTime dueAt;
    QString assigneeId;
    QString description;
    QString status = QStringLiteral("open");
    QDateTime doneAt;
    QString doneBy;

    Problems validate() const;
};

} // namespace helpline
