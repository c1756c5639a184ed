#include "core/domain/accesspolicy.h"

#include <QCoreApplication>

namespace helpline {

namespace {

bool sameOffice(const Viewer &viewer, const CaseScope &scope)
{
    return scope.officeId.isEmpty() || scope.officeId == viewer.officeId;
}

} // namespace

bool AccessPolicy::mayReadCase(const Viewer &viewer, const CaseScope &scope)
{
    switch (viewer.role) {
    case Role::Counsellor:
        return !viewer.accountId.isEmpty() && scope.assigneeId == viewer.accountId;
    case Role::Supervisor:
        return sameOffice(viewer, scope);
    case Role::Admin:
        return viewer.officeId.isEmpty();
    }
    return false;
}

bool AccessPolicy::mayOpenWithReason(const Viewer &viewer, const CaseScope &scope)
{
    if (viewer.accountId.isEmpty() || mayReadCase(viewer, scope))
        return false;
    return viewer.role == Role::Admin || sameOffice(viewer, scope);
}

QString AccessPolicy::openingKind(const Viewer &viewer, const CaseScope &scope)
{
    if (scope.restricted)
        return QStringLiteral("break_glass");
    return viewer.role == Role::Admin ? QStringLiteral("admin_reason") : QStringLiteral("reason");
}

bool AccessPolicy::isOpeningKind(const QString &kind)
{
    return kind == QLatin1String("break_glass") || kind == QLatin1String("admin_reason") ||
           kind == QLatin1String("reason");
}

bool AccessPolicy::mayReadRecord(const Viewer &viewer, const QString &authorId,
                                 const std::optional<CaseScope> &caseScope)
{
    if (!viewer.accountId.isEmpty() && authorId == viewer.accountId)
        return true;
    if (caseScope)
        return mayReadCase(viewer, *caseScope);
    return viewer.role == Role::Supervisor ||
           (viewer.role == Role::Admin && viewer.officeId.isEmpty());
}

bool AccessPolicy::mayPushCaseChange(const Viewer &viewer, const QString &deskOfficeId,
                                     const CaseScope &scope, const QString &caseCreatorId)
{
    if (viewer.accountId.isEmpty())
        return false;
    switch (viewer.role) {
    case Role::Admin:
        return false;
    case Role::Supervisor:
        return scope.officeId == viewer.officeId;
    case Role::Counsellor:
        break;
    }
    if (scope.officeId != viewer.officeId && scope.officeId != deskOfficeId)
        return false;
    if (scope.assigneeId == viewer.accountId)
        return true;
    if (scope.restricted)
        return false;
    return scope.assigneeId.isEmpty() || caseCreatorId == viewer.accountId;
}

bool AccessPolicy::mayReview(const Viewer &viewer, const CaseScope &scope)
{
    return viewer.role == Role::Supervisor && sameOffice(viewer, scope);
}

QString AccessPolicy::deniedMessage(const Viewer &viewer)
{
    if (viewer.role == Role::Admin)
        return QCoreApplication::translate("helpline::AccessPolicy",
                                           "An administrator reads case content only with a "
                                           "stated reason.");
    if (viewer.role == Role::Supervisor)
        return QCoreApplication::translate("helpline::AccessPolicy",
                                           "This case belongs to another office.");
    return QCoreApplication::translate("helpline::AccessPolicy",
                                       "This case is not assigned to you. Ask a supervisor to "
                                       "assign it to you if you need to work on it.");
}

} // namespace helpline
