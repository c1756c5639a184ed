#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace helpline {

// Supervisor review (docs/user-guide.md, "Review"). A review decision is a case event of kind
// "review" (synced and on the timeline like a status change): its subject is a contact or the
// case, its new value one of these, its reason what the supervisor or counsellor wrote.
namespace reviewdecision {
inline QString requested()
{
    return QStringLiteral("requested");
} // a counsellor asks
inline QString approved()
{
    return QStringLiteral("approved");
} // a supervisor signs off
inline QString returned()
{
    return QStringLiteral("returned");
} // back, with a reason
inline QString acknowledged()
{
    return QStringLiteral("acknowledged");
} // an acute alert seen
bool isDecision(const QString &value); // one of the four
} // namespace reviewdecision

// The case flag a counsellor's request for review sets; a decision clears it.
inline QString needsReviewFlag()
{
    return QStringLiteral("needs_review");
}

// The office's review rules: administrators set them (settings), the shell gives them to the
// store at sign-in, and the repositories apply them.
struct ReviewRules {
    // A counsellor cannot close a case: they ask for closure (status pending_closure) and a
    // supervisor approves it.
    bool closureNeedsApproval = false;
    // Every contact of a counsellor whose account is younger than this goes to review; 0: none.
    int newCounsellorWeeks = 0;

    static constexpr int maxNewCounsellorWeeks = 52;
};

// Why something waits in a supervisor's review queue, most urgent first.
enum class ReviewReason {
    AcuteRisk,
    HighRisk,
    BreakGlass, // someone opened a restricted case with a reason
    NeedsReview,
    ClosureRequested,
    NewCounsellor
};

struct ReviewItem {
    ReviewReason reason = ReviewReason::NeedsReview;
    QString caseId;
    QString contactId; // the contact under review; empty when the case is (needs review, closure)
    QString eventId;   // break glass: the access event under review
    QString caseNumber;
    QString riskLevel;    // the contact's risk, or the case's
    QString counsellorId; // who wrote the contact, or asked for the review or the closure
    QDateTime since;      // UTC: when it began waiting (the contact's start, the request)
    QString note;         // the counsellor's words when they asked; empty for contacts
};

// What a counsellor sees on "My feedback": a supervisor's comment or decision on their work.
struct FeedbackItem {
    enum class Kind { Comment, Approved, Returned, ClosureApproved, ClosureReturned };
    Kind kind = Kind::Comment;
    QString recordId; // the note (a comment) or the case event (a decision)
    QString caseId;
    QString caseNumber;
    QString contactId; // when it is about one contact
    QString authorId;  // the supervisor
    QDateTime at;      // UTC
    QString text;
};

// An acute-risk contact that no supervisor has acknowledged yet.
struct AcuteAlert {
    QString contactId;
    QString caseId;
    QString caseNumber;
    QString counsellorId;
    QDateTime startedAt; // UTC
};

namespace review {
// What a decision settled, kept in the review event's `field`: "risk" (acute or high),
// "new_counsellor", "needs_review", "closure" or "break_glass"; empty for a decision on nothing
// waiting.
QString reasonCode(ReviewReason reason);
bool isReasonCode(const QString &code);
// Orders a queue: by urgency (the reason), then the longest waiting first, then by id.
void sortQueue(QList<ReviewItem> &items);
QString reasonName(ReviewReason reason);           // translated
QString feedbackKindName(FeedbackItem::Kind kind); // translated
// How long an acute contact keeps alerting when nobody acknowledges it: a desk that syncs after
// a week away does not ring for what the office dealt with long ago.
constexpr int alertWindowDays = 7;
} // namespace review

} // namespace helpline
