#include "core/domain/codes.h"

#include <QCoreApplication>

namespace helpline {

bool CodeList::contains(const QString &code) const
{
    for (const auto &entry : entries)
        if (entry.first == code)
            return true;
    return false;
}

QStringList CodeList::codes() const
{
    QStringList result;
    for (const auto &entry : entries)
        result << entry.first;
    return result;
}

QString CodeList::displayName(const QString &code) const
{
    for (const auto &entry : entries)
        if (entry.first == code)
            return QCoreApplication::translate(context, entry.second);
    return code;
}

namespace codes {

const CodeList &channels()
{
    static const CodeList list{
        "helpline::Channel",
        {{QStringLiteral("phone"), QT_TRANSLATE_NOOP("helpline::Channel", "Phone")},
         {QStringLiteral("sms"), QT_TRANSLATE_NOOP("helpline::Channel", "SMS")},
         {QStringLiteral("email"), QT_TRANSLATE_NOOP("helpline::Channel", "Email")},
         {QStringLiteral("instagram"), QT_TRANSLATE_NOOP("helpline::Channel", "Instagram")},
         {QStringLiteral("facebook"), QT_TRANSLATE_NOOP("helpline::Channel", "Facebook Messenger")},
         {QStringLiteral("whatsapp"), QT_TRANSLATE_NOOP("helpline::Channel", "WhatsApp")},
         {QStringLiteral("app_chat"), QT_TRANSLATE_NOOP("helpline::Channel", "App chat")},
         {QStringLiteral("web_chat"), QT_TRANSLATE_NOOP("helpline::Channel", "Web chat")},
         {QStringLiteral("walk_in"), QT_TRANSLATE_NOOP("helpline::Channel", "Walk-in")},
         {QStringLiteral("letter"), QT_TRANSLATE_NOOP("helpline::Channel", "Letter")}}};
    return list;
}

const CodeList &callTypes()
{
    static const CodeList list{
        "helpline::CallType",
        {{QStringLiteral("child_about_self"),
          QT_TRANSLATE_NOOP("helpline::CallType", "Child about themselves")},
         {QStringLiteral("caller_about_child"),
          QT_TRANSLATE_NOOP("helpline::CallType", "Someone about a child")},
         {QStringLiteral("silent"), QT_TRANSLATE_NOOP("helpline::CallType", "Silent")},
         {QStringLiteral("hang_up"), QT_TRANSLATE_NOOP("helpline::CallType", "Hang-up")},
         {QStringLiteral("prank"), QT_TRANSLATE_NOOP("helpline::CallType", "Prank or testing")},
         {QStringLiteral("abusive"), QT_TRANSLATE_NOOP("helpline::CallType", "Abusive")},
         {QStringLiteral("wrong_number"), QT_TRANSLATE_NOOP("helpline::CallType", "Wrong number")},
         {QStringLiteral("thanks"), QT_TRANSLATE_NOOP("helpline::CallType", "Thanks")},
         {QStringLiteral("information"),
          QT_TRANSLATE_NOOP("helpline::CallType", "Information only")}}};
    return list;
}

const CodeList &nonCounsellingTypes()
{
    // Every call type except the two counselling ones, in the same order.
    static const CodeList list = [] {
        CodeList filtered{callTypes().context, {}};
        for (const auto &entry : callTypes().entries)
            if (entry.first != QLatin1String("child_about_self") &&
                entry.first != QLatin1String("caller_about_child"))
                filtered.entries.append(entry);
        return filtered;
    }();
    return list;
}

const CodeList &genders()
{
    static const CodeList list{
        "helpline::Gender",
        {{QStringLiteral("girl"), QT_TRANSLATE_NOOP("helpline::Gender", "Girl")},
         {QStringLiteral("boy"), QT_TRANSLATE_NOOP("helpline::Gender", "Boy")},
         {QStringLiteral("non_binary"), QT_TRANSLATE_NOOP("helpline::Gender", "Non-binary")},
         {QStringLiteral("unknown"), QT_TRANSLATE_NOOP("helpline::Gender", "Unknown")}}};
    return list;
}

const CodeList &callerRelationships()
{
    static const CodeList list{
        "helpline::CallerRelationship",
        {{QStringLiteral("parent"), QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Parent")},
         {QStringLiteral("caregiver"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Caregiver")},
         {QStringLiteral("grandparent"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Grandparent")},
         {QStringLiteral("sibling"), QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Sibling")},
         {QStringLiteral("relative"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Other relative")},
         {QStringLiteral("friend"), QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Friend")},
         {QStringLiteral("neighbour"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Neighbour")},
         {QStringLiteral("teacher"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Teacher or school staff")},
         {QStringLiteral("professional"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship",
                            "Professional (social worker, doctor, police)")},
         {QStringLiteral("stranger"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Stranger")},
         {QStringLiteral("other"), QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Other")},
         {QStringLiteral("unknown"),
          QT_TRANSLATE_NOOP("helpline::CallerRelationship", "Unknown")}}};
    return list;
}

const CodeList &caseStatuses()
{
    static const CodeList list{
        "helpline::CaseStatus",
        {{QStringLiteral("open"), QT_TRANSLATE_NOOP("helpline::CaseStatus", "Open")},
         {QStringLiteral("active"), QT_TRANSLATE_NOOP("helpline::CaseStatus", "Active")},
         {QStringLiteral("referred"), QT_TRANSLATE_NOOP("helpline::CaseStatus", "Referred")},
         {QStringLiteral("pending_closure"),
          QT_TRANSLATE_NOOP("helpline::CaseStatus", "Waiting for closure approval")},
         {QStringLiteral("closed"), QT_TRANSLATE_NOOP("helpline::CaseStatus", "Closed")}}};
    return list;
}

const CodeList &noteKinds()
{
    static const CodeList list{
        "helpline::NoteKind",
        {{QStringLiteral("note"), QT_TRANSLATE_NOOP("helpline::NoteKind", "Case note")},
         {QStringLiteral("handover"), QT_TRANSLATE_NOOP("helpline::NoteKind", "Handover note")},
         {QStringLiteral("review_comment"),
          QT_TRANSLATE_NOOP("helpline::NoteKind", "Supervisor review comment")}}};
    return list;
}

const CodeList &referralStatuses()
{
    static const CodeList list{
        "helpline::ReferralStatus",
        {{QStringLiteral("made"), QT_TRANSLATE_NOOP("helpline::ReferralStatus", "Made")},
         {QStringLiteral("acknowledged"),
          QT_TRANSLATE_NOOP("helpline::ReferralStatus", "Acknowledged")},
         {QStringLiteral("completed"), QT_TRANSLATE_NOOP("helpline::ReferralStatus", "Completed")},
         {QStringLiteral("declined"), QT_TRANSLATE_NOOP("helpline::ReferralStatus", "Declined")},
         {QStringLiteral("no_show"), QT_TRANSLATE_NOOP("helpline::ReferralStatus", "No-show")}}};
    return list;
}

const CodeList &referralUrgencies()
{
    static const CodeList list{
        "helpline::ReferralUrgency",
        {{QStringLiteral("routine"), QT_TRANSLATE_NOOP("helpline::ReferralUrgency", "Routine")},
         {QStringLiteral("urgent"), QT_TRANSLATE_NOOP("helpline::ReferralUrgency", "Urgent")},
         {QStringLiteral("emergency"),
          QT_TRANSLATE_NOOP("helpline::ReferralUrgency", "Emergency")}}};
    return list;
}

const CodeList &referralMethods()
{
    static const CodeList list{
        "helpline::ReferralMethod",
        {{QStringLiteral("phone"), QT_TRANSLATE_NOOP("helpline::ReferralMethod", "By phone")},
         {QStringLiteral("letter"), QT_TRANSLATE_NOOP("helpline::ReferralMethod", "By letter")},
         {QStringLiteral("email"), QT_TRANSLATE_NOOP("helpline::ReferralMethod", "By email")},
         {QStringLiteral("accompanied"),
          QT_TRANSLATE_NOOP("helpline::ReferralMethod", "Accompanied")}}};
    return list;
}

const CodeList &followUpStatuses()
{
    static const CodeList list{
        "helpline::FollowUpStatus",
        {{QStringLiteral("open"), QT_TRANSLATE_NOOP("helpline::FollowUpStatus", "Open")},
         {QStringLiteral("done"), QT_TRANSLATE_NOOP("helpline::FollowUpStatus", "Done")},
         {QStringLiteral("cancelled"),
          QT_TRANSLATE_NOOP("helpline::FollowUpStatus", "Cancelled")}}};
    return list;
}

} // namespace codes
} // namespace helpline
