#pragma once

#include "core/store/storeerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace helpline {

class CaseStore;

// One line of a case's history, as the case view shows it.
struct TimelineEntry {
    enum class Kind {
        Contact,
        Note,
        Referral,
        FollowUp,
        StatusChange,
        Assignment,
        Conflict,
        Review,
        Access // an opening with a reason (break glass)
    };

    Kind kind = Kind::Note;
    QString recordId; // the contact, note, referral, follow-up or case event (a status change,
                      // assignment or conflict)
    QDateTime at;     // UTC: a contact's start, otherwise when it was written
    QString authorId;
    QString authorName; // the account's display name; the id when the account is unknown
    QString title;      // translated, e.g. "Phone · Child about themselves · High risk"
    QString body;       // the summary, note, reason or description, as written
    QString riskLevel;  // contacts: the contact's risk code; empty otherwise
    QString statusCode; // referral or follow-up status; a status change's new status
    QDateTime dueAt;    // follow-ups
    QString relatedId;  // a correction: the corrected note; a follow-up's completion: the
                        // follow-up (recordId is the same follow-up, with kind FollowUp); a
                        // conflict: the record whose field it was; a review: its contact
                        // (empty when it is about the whole case)
    bool isCorrection = false;
};

// The case's contacts, notes, referrals, follow-ups (planned, and done or cancelled), status
// changes, assignments and conflicts (two desks changed one field: the title names the field,
// the body the value kept and the value lost, each with when it was made), oldest first (ties
// in the order written). Reading it is not audited:
// CaseRepository::open() writes the "viewed" entry when the case is opened.
Outcome<QList<TimelineEntry>> loadTimeline(CaseStore &store, const QString &caseId);

} // namespace helpline
