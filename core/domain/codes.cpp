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

#define C(code, text) {QStringLiteral(code), QT_TRANSLATE_NOOP(CTX, text)}

const CodeList &channels()
{
#define CTX "helpline::Channel"
    static const CodeList list{CTX,
                               {C("phone", "Phone"), C("sms", "SMS"), C("email", "Email"),
                                C("instagram", "Instagram"), C("facebook", "Facebook Messenger"),
                                C("whatsapp", "WhatsApp"), C("app_chat", "App chat"),
                                C("web_chat", "Web chat"), C("walk_in", "Walk-in"),
                                C("letter", "Letter")}};
    return list;
#undef CTX
}

const CodeList &callTypes()
{
#define CTX "helpline::CallType"
    static const CodeList list{CTX,
                               {C("child_about_self", "Child about themselves"),
                                C("caller_about_child", "Someone about a child"),
                                C("silent", "Silent"), C("hang_up", "Hang-up"),
                                C("prank", "Prank or testing"), C("abusive", "Abusive"),
                                C("wrong_number", "Wrong number"), C("thanks", "Thanks"),
                                C("information", "Information only")}};
    return list;
#undef CTX
}

const CodeList &nonCounsellingTypes()
{
#define CTX "helpline::CallType"
    static const CodeList list{CTX,
                               {C("silent", "Silent"), C("hang_up", "Hang-up"),
                                C("prank", "Prank or testing"), C("abusive", "Abusive"),
                                C("wrong_number", "Wrong number"), C("thanks", "Thanks"),
                                C("information", "Information only")}};
    return list;
#undef CTX
}

const CodeList &genders()
{
#define CTX "helpline::Gender"
    static const CodeList list{CTX,
                               {C("girl", "Girl"), C("boy", "Boy"),
                                C("non_binary", "Non-binary"), C("unknown", "Unknown")}};
    return list;
#undef CTX
}

const CodeList &callerRelationships()
{
#define CTX "helpline::CallerRelationship"
    static const CodeList list{
        CTX,
        {C("parent", "Parent"), C("caregiver", "Caregiver"), C("grandparent", "Grandparent"),
         C("sibling", "Sibling"), C("relative", "Other relative"), C("friend", "Friend"),
         C("neighbour", "Neighbour"), C("teacher", "Teacher or school staff"),
         C("professional", "Professional (social worker, doctor, police)"),
         C("stranger", "Stranger"), C("other", "Other"), C("unknown", "Unknown")}};
    return list;
#undef CTX
}

const CodeList &caseStatuses()
{
#define CTX "helpline::CaseStatus"
    static const CodeList list{CTX,
                               {C("open", "Open"), C("pending_closure", "Waiting for closure approval"),
                                C("closed", "Closed")}};
    return list;
#undef CTX
}

const CodeList &noteKinds()
{
#define CTX "helpline::NoteKind"
    static const CodeList list{CTX,
                               {C("note", "Case note"), C("handover", "Handover note"),
                                C("review_comment", "Supervisor review comment")}};
    return list;
#undef CTX
}

const CodeList &referralStatuses()
{
#define CTX "helpline::ReferralStatus"
    static const CodeList list{CTX,
                               {C("made", "Made"), C("acknowledged", "Acknowledged"),
                                C("completed", "Completed"), C("declined", "Declined"),
                                C("no_show", "No-show")}};
    return list;
#undef CTX
}

const CodeList &referralUrgencies()
{
#define CTX "helpline::ReferralUrgency"
    static const CodeList list{CTX,
                               {C("routine", "Routine"), C("urgent", "Urgent"),
                                C("emergency", "Emergency")}};
    return list;
#undef CTX
}

const CodeList &referralMethods()
{
#define CTX "helpline::ReferralMethod"
    static const CodeList list{CTX,
                               {C("phone", "By phone"), C("letter", "By letter"),
                                C("email", "By email"), C("accompanied", "Accompanied")}};
    return list;
#undef CTX
}

const CodeList &followUpStatuses()
{
#define CTX "helpline::FollowUpStatus"
    static const CodeList list{CTX,
                               {C("open", "Open"), C("done", "Done"), C("cancelled", "Cancelled")}};
    return list;
#undef CTX
}

#undef C

} // namespace codes
} // namespace helpline
