#include "core/domain/review.h"

#include <QCoreApplication>

#include <algorithm>

namespace helpline {

bool reviewdecision::isDecision(const QString &value)
{
    return value == requested() || value == approved() || value == returned() ||
           value == acknowledged();
}

QString review::reasonCode(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::AcuteRisk:
    case ReviewReason::HighRisk:
        return QStringLiteral("risk");
    case ReviewReason::NeedsReview:
        return QStringLiteral("needs_review");
    case ReviewReason::ClosureRequested:
        return QStringLiteral("closure");
    case ReviewReason::NewCounsellor:
        return QStringLiteral("new_counsellor");
    case ReviewReason::BreakGlass:
        return QStringLiteral("break_glass");
    }
    return {};
}

bool review::isReasonCode(const QString &code)
{
    return code == QLatin1String("risk") || code == QLatin1String("needs_review") ||
           code == QLatin1String("closure") || code == QLatin1String("new_counsellor") ||
           code == QLatin1String("break_glass");
}

void review::sortQueue(QList<ReviewItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const ReviewItem &a, const ReviewItem &b) {
        if (a.reason != b.reason)
            return int(a.reason) < int(b.reason);
        if (a.since != b.since)
            return a.since < b.since;
        auto key = [](const ReviewItem &i) {
            return !i.contactId.isEmpty() ? i.contactId
                   : !i.eventId.isEmpty() ? i.eventId
                                          : i.caseId;
        };
        return key(a) < key(b);
    });
}

QString review::reasonName(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::AcuteRisk:
        return QCoreApplication::translate("helpline::Review", "Acute risk");
    case ReviewReason::HighRisk:
        return QCoreApplication::translate("helpline::Review", "High risk");
    case ReviewReason::NeedsReview:
        return QCoreApplication::translate("helpline::Review", "Review asked for");
    case ReviewReason::ClosureRequested:
        return QCoreApplication::translate("helpline::Review", "Closure to approve");
    case ReviewReason::NewCounsellor:
        return QCoreApplication::translate("helpline::Review", "New counsellor");
    case ReviewReason::BreakGlass:
        return QCoreApplication::translate("helpline::Review", "Restricted case opened");
    }
    return {};
}

QString review::feedbackKindName(FeedbackItem::Kind kind)
{
    switch (kind) {
    case FeedbackItem::Kind::Comment:
        return QCoreApplication::translate("helpline::Review", "Comment");
    case FeedbackItem::Kind::Approved:
        return QCoreApplication::translate("helpline::Review", "Approved");
    case FeedbackItem::Kind::Returned:
        return QCoreApplication::translate("helpline::Review", "Returned");
    case FeedbackItem::Kind::ClosureApproved:
        return QCoreApplication::translate("helpline::Review", "Closure approved");
    case FeedbackItem::Kind::ClosureReturned:
        return QCoreApplication::translate("helpline::Review", "Closure not approved");
    }
    return {};
}

} // namespace helpline
