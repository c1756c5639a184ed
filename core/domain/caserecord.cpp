#include "core/domain/caserecord.h"

#include "core/domain/codes.h"

#include <QCoreApplication>

namespace helpline {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("helpline::CaseRecord", text);
}
void add(Problems &problems, const char *field, const QString &message)
{
    problems.append({QString::fromLatin1(field), message});
}
} // namespace

Problems CaseRecord::validate() const
{
    Problems problems;
    if (!codes::caseStatuses().contains(status))
        add(problems, "status", tr("Unknown case status."));
    if (title.size() > 300)
        add(problems, "title", tr("The title is too long (at most 300 characters)."));
    for (const QString &flag : flags)
        if (flag.isEmpty() || flag.size() > 64)
            add(problems, "flags", tr("A case flag is empty or too long."));
    return problems;
}

Problems Note::validate() const
{
    Problems problems;
    if (caseId.isEmpty())
        add(problems, "case", tr("A note belongs to a case."));
    if (!codes::noteKinds().contains(kind))
        add(problems, "kind", tr("Unknown kind of note."));
    if (body.trimmed().isEmpty())
        add(problems, "body", tr("The note is empty."));
    else if (body.size() > 200000)
        add(problems, "body", tr("The note is too long (at most 200,000 characters)."));
    return problems;
}

Problems Referral::validate() const
{
    Problems problems;
    if (caseId.isEmpty())
        add(problems, "case", tr("A referral belongs to a case."));
    if (directoryEntryId.isEmpty() && serviceName.trimmed().isEmpty())
        add(problems, "service", tr("Choose the service the child is referred to."));
    if (reason.trimmed().isEmpty())
        add(problems, "reason", tr("Say why the child is referred."));
    if (!codes::referralUrgencies().contains(urgency))
        add(problems, "urgency", tr("Choose how urgent the referral is."));
    if (!codes::referralMethods().contains(method))
        add(problems, "method", tr("Choose how the referral is made."));
    if (!consent.has_value())
        add(problems, "consent", tr("Record whether the child or caller consented."));
    else if (!*consent && consentReason.trimmed().isEmpty())
        add(problems, "consent_reason",
            tr("Say why the referral is made without consent (for example imminent danger)."));
    if (!codes::referralStatuses().contains(status))
        add(problems, "status", tr("Unknown referral status."));
    return problems;
}

Problems FollowUp::validate() const
{
    Problems problems;
    if (caseId.isEmpty())
        add(problems, "case", tr("A follow-up belongs to a case."));
    if (!dueAt.isValid())
        add(problems, "due_at", tr("Choose when the follow-up is due."));
    if (description.trimmed().isEmpty())
        add(problems, "description", tr("Say what is to be done."));
    if (!codes::followUpStatuses().contains(status))
        add(problems, "status", tr("Unknown follow-up status."));
    if (status == QLatin1String("done") && !doneAt.isValid())
        add(problems, "done_at", tr("A completed follow-up needs the time it was done."));
    return problems;
}

} // namespace helpline
