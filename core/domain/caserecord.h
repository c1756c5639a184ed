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
    // Whether `text` is a whole case number, year-desk-serial ("2026-7F3A-00012"), letters in
    // any case: what finds a case by its number (a locked case on the desk, or on the server).
    static bool isWholeCaseNumber(const QString &text);
};

// Notes are append-only: a correction is a new note whose correctionOf names the earlier note of
// the same case; the earlier one stays as it was.
struct Note {
    RecordMeta meta;
    QString caseId;
    QString contactId;
    QString kind = QStringLiteral("note");
    QString body;
    QString correctionOf; // id of the corrected note; empty for an ordinary note

    Problems validate() const;
};

// One change of a case's status or assignee, as it happened: append-only (table case_events) and
// synced like any record, so a case's history survives merges of its current fields.
struct CaseEvent {
    RecordMeta meta;
    QString caseId;
    QString kind;     // "status", "assignee", "conflict", "review" or "access"
    QString oldValue; // status code or account id; empty when there was none. A conflict: the
                      // value that lost, as compact JSON
    QString newValue; // a conflict: the value that won, as compact JSON
    QString reason;   // required when a case is closed

    // A conflict (two desks changed one field; docs/architecture.md, "Conflicts"): the record
    // and field concerned, and the hybrid logical clocks of the losing and the winning change.
    QString subjectType; // case, person, referral, follow_up
    QString subjectId;
    QString field;
    QString lostHlc;
    QString winningHlc;

    static QString statusKind() { return QStringLiteral("status"); }
    static QString assigneeKind() { return QStringLiteral("assignee"); }
    static QString conflictKind() { return QStringLiteral("conflict"); }
    // A review (core/domain/review.h): subject_type "contact" or "case", subject_id, new_value
    // a reviewdecision, reason what was written.
    static QString reviewKind() { return QStringLiteral("review"); }
    // An opening with a reason (AccessPolicy::openingKind in new_value, the reason written):
    // the author may read the case for AccessPolicy::openingHours.
    static QString accessKind() { return QStringLiteral("access"); }
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
