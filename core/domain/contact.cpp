#include "core/domain/contact.h"

#include "core/domain/codes.h"

#include <QCoreApplication>

namespace helpline {

namespace {
const QStringList &riskLevels()
{
    static const QStringList levels{QString(),
                                    QStringLiteral("none"),
                                    QStringLiteral("low"),
                                    QStringLiteral("moderate"),
                                    QStringLiteral("high"),
                                    QStringLiteral("acute")};
    return levels;
}
} // namespace

bool Contact::isCounselling() const
{
    return callType == QLatin1String("child_about_self") ||
           callType == QLatin1String("caller_about_child");
}

Contact Contact::nonCounselling(const QString &callType, const QString &channel,
                                const QDateTime &startedAt, int durationSeconds,
                                const QString &counsellorId)
{
    Contact contact;
    contact.callType = callType;
    contact.channel = channel;
    contact.startedAt = startedAt;
    contact.durationSeconds = durationSeconds;
    contact.counsellorId = counsellorId;
    return contact;
}

Problems Contact::validate(const QDateTime &now,
                           const std::function<bool(const QString &)> &isKnownCategory) const
{
    Problems problems;
    auto add = [&](const char *field, const QString &message) {
        problems.append({QString::fromLatin1(field), message});
    };
    if (!codes::channels().contains(channel))
        add("channel", QCoreApplication::translate("helpline::Contact",
                                                   "Choose the channel the contact came in on."));
    if (!codes::callTypes().contains(callType))
        add("call_type",
            QCoreApplication::translate("helpline::Contact", "Choose the type of contact."));
    if (!startedAt.isValid())
        add("started_at",
            QCoreApplication::translate("helpline::Contact", "The contact has no start time."));
    else if (startedAt > now.addSecs(300))
        add("started_at",
            QCoreApplication::translate("helpline::Contact", "The start time is in the future."));
    if (durationSeconds < 0 || durationSeconds > 24 * 3600)
        add("duration",
            QCoreApplication::translate("helpline::Contact",
                                        "The duration must be between 0 seconds and 24 hours."));
    if (counsellorId.isEmpty())
        add("counsellor",
            QCoreApplication::translate("helpline::Contact", "The contact has no counsellor."));
    if (!riskLevels().contains(riskLevel))
        add("risk_level", QCoreApplication::translate("helpline::Contact", "Unknown risk level."));
    if (summary.size() > 100000)
        add("summary",
            QCoreApplication::translate("helpline::Contact",
                                        "The summary is too long (at most 100,000 characters)."));
    if (isCounselling()) {
        if (categories.isEmpty())
            add("categories",
                QCoreApplication::translate("helpline::Contact",
                                            "Choose at least one reason for the contact."));
        if (summary.trimmed().isEmpty())
            add("summary", QCoreApplication::translate("helpline::Contact",
                                                       "Write a short summary of the contact."));
        if (callType == QLatin1String("caller_about_child") &&
            !codes::callerRelationships().contains(callerRelationship))
            add("caller.relationship",
                QCoreApplication::translate("helpline::Contact",
                                            "Choose how the caller is related to the child."));
    }
    if (isKnownCategory) {
        for (const QString &code : categories) {
            if (!isKnownCategory(code)) {
                add("categories",
                    QCoreApplication::translate("helpline::Contact", "Unknown category \"%1\".")
                        .arg(code));
                break;
            }
        }
    }
    if (!correctionOf.isEmpty() && correctionReason.trimmed().isEmpty())
        add("correction_reason",
            QCoreApplication::translate("helpline::Contact",
                                        "Say why the contact is being corrected."));
    return problems;
}

} // namespace helpline
