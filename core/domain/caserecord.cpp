#include "core/domain/caserecord.h"

#include <QRegularExpression>

#include "core/domain/codes.h"

#include <QCoreApplication>

namespace helpline {

namespace {
void add(Problems &problems, const char *field, const QString &message)
{
    problems.append({QString::fromLatin1(field), message});
}
} // namespace

Problems CaseRecord::validate() const
{
    Problems problems;
    if (!codes::caseStatuses().contains(status))
        add(problems, "status",
            QCoreApplication::translate("helpline::CaseRecord", "Unknown case status."));
    if (title.size() > 300)
        add(problems, "title",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "The title is too long (at most 300 characters)."));
    for (const QString &flag : flags)
        if (flag.isEmpty() || flag.size() > 64)
            add(problems, "flags",
                QCoreApplication::translate("helpline::CaseRecord",
                                            "A case flag is empty or too long."));
    return problems;
}

Problems Note::validate() const
{
    Problems problems;
    if (caseId.isEmpty())
        add(problems, "case",
            QCoreApplication::translate("helpline::CaseRecord", "A note belongs to a case."));
    if (!codes::noteKinds().contains(kind))
        add(problems, "kind",
            QCoreApplication::translate("helpline::CaseRecord", "Unknown kind of note."));
    if (body.trimmed().isEmpty())
        add(problems, "body",
            QCoreApplication::translate("helpline::CaseRecord", "The note is empty."));
    else if (body.size() > 200000)
        add(problems, "body",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "The note is too long (at most 200,000 characters)."));
    return problems;
}

Problems Referral::validate() const
{
    Problems problems;
    if (caseId.isEmpty())
        add(problems, "case",
            QCoreApplication::translate("helpline::CaseRecord", "A referral belongs to a case."));
    if (directoryEntryId.isEmpty() && serviceName.trimmed().isEmpty())
        add(problems, "service",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "Choose the service the child is referred to."));
    if (reason.trimmed().isEmpty())
        add(problems, "reason",
            QCoreApplication::translate("helpline::CaseRecord", "Say why the child is referred."));
    if (!codes::referralUrgencies().contains(urgency))
        add(problems, "urgency",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "Choose how urgent the referral is."));
    if (!codes::referralMethods().contains(method))
        add(problems, "method",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "Choose how the referral is made."));
    if (!consent.has_value())
        add(problems, "consent",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "Record whether the child or caller consented."));
    else if (!*consent && consentReason.trimmed().isEmpty())
        add(problems, "consent_reason",
            QCoreApplication::translate(
                "helpline::CaseRecord",
                "Say why the referral is made without consent (for example imminent danger)."));
    if (!codes::referralStatuses().contains(status))
        add(problems, "status",
            QCoreApplication::translate("helpline::CaseRecord", "Unknown referral status."));
    return problems;
}

Problems FollowUp::validate() const
{
    Problems problems;
    if (caseId.isEmpty())
        add(problems, "case",
            QCoreApplication::translate("helpline::CaseRecord", "A follow-up belongs to a case."));
    if (!dueAt.isValid())
        add(problems, "due_at",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "Choose when the follow-up is due."));
    if (description.trimmed().isEmpty())
        add(problems, "description",
            QCoreApplication::translate("helpline::CaseRecord", "Say what is to be done."));
    if (!codes::followUpStatuses().contains(status))
        add(problems, "status",
            QCoreApplication::translate("helpline::CaseRecord", "Unknown follow-up status."));
    if (status == QLatin1String("done") && !doneAt.isValid())
        add(problems, "done_at",
            QCoreApplication::translate("helpline::CaseRecord",
                                        "A completed follow-up needs the time it was done."));
    return problems;
}

bool CaseRecord::isWholeCaseNumber(const QString &text)
{
    // The desk part is hex on desks; any letters and digits are taken, as the server's tests
    // and imports may name cases so.
    static const QRegularExpression whole(QStringLiteral("^[0-9]{4}-[0-9A-Z]{4}-[0-9]{5}$"));
    return whole.match(text.trimmed().toUpper()).hasMatch();
}

} // namespace helpline
