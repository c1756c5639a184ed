#pragma once

#include "core/domain/caserecord.h"
#include "core/domain/review.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace helpline {

class CaseStore;
class WriteTransaction;

// Supervisor review on the desk: the queue, decisions, comments, a counsellor's request for
// review, "My feedback", and acute-risk alerts. Who may do what is AccessPolicy's
// (mayReview: the supervisors of the case's office; mayWriteCase for a request); a refusal is
// audited as "access.denied". Every write is one transaction with its audit and outbox entries.
class ReviewRepository {
public:
    explicit ReviewRepository(CaseStore &store)
        : m_store(store)
    {
    }

    // What waits for review in the supervisor's office, ordered by urgency then age
    // (review::sortQueue): acute and high-risk contacts and the contacts of counsellors in their
    // first weeks (ReviewRules) with no decision yet, cases a counsellor asked to have reviewed,
    // cases waiting for closure approval. PermissionDenied for anyone but a supervisor.
    Outcome<QList<ReviewItem>> queue();
    // The queue's items of one case: what approve() and giveBack() decide.
    Outcome<QList<ReviewItem>> waitingFor(const QString &caseId);

    // Approves everything of the case that waits: each contact (a review event), the request
    // for review (the flag is cleared), the closure (the case is closed with `reason`, or
    // "Closure approved"). With nothing waiting it records that the supervisor approved the case.
    Outcome<void> approve(const QString &caseId, const QString &reason = {});
    // Returns it to the counsellor with a reason (required): the same events as approve(), with
    // "returned"; a closure goes back to "active".
    Outcome<void> giveBack(const QString &caseId, const QString &reason);
    // A review comment on the case (a note of kind review_comment, apart from the counsellor's
    // notes), optionally about one contact.
    Outcome<Note> comment(const QString &caseId, const QString &body,
                          const QString &contactId = {});
    // A counsellor asks a supervisor to review the case: the flag "needs_review" and a review
    // event with their words. Anyone who may write to the case may ask.
    Outcome<void> requestReview(const QString &caseId, const QString &reason);

    // "My feedback": supervisors' comments and decisions on the signed-in account's cases and
    // contacts, newest first.
    Outcome<QList<FeedbackItem>> feedback(int limit = 500);

    // Acute-risk contacts of the supervisor's office, from the last review::alertWindowDays days,
    // that no supervisor acknowledged or decided yet (not the supervisor's own), oldest first.
    // Empty for anyone but a supervisor.
    Outcome<QList<AcuteAlert>> alerts();
    // A supervisor saw the alert: a review event "acknowledged", synced, so it stops on every
    // desk of the office.
    Outcome<void> acknowledge(const QString &contactId);

private:
    Outcome<QList<ReviewItem>> collect(const QString &caseId);
    Outcome<void> decide(const QString &caseId, const QString &decision, const QString &reason);
    // PermissionDenied (audited) unless the signed-in account may review the case.
    Outcome<void> checkReviewer(const QString &caseId);
    void writeEvent(WriteTransaction &tx, const QString &caseId, const QString &subjectType,
                    const QString &subjectId, const QString &decision, const QString &reasonCode,
                    const QString &text);

    CaseStore &m_store;
};

} // namespace helpline
