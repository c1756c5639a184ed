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
        return true;
    }
    return false;
}

bool AccessPolicy::mayReadRecord(const Viewer &viewer, const QString &authorId,
                                 const std::optional<CaseScope> &caseScope)
{
    if (!viewer.accountId.isEmpty() && authorId == viewer.accountId)
        return true;
    if (caseScope)
        return mayReadCase(viewer, *caseScope);
    return viewer.role != Role::Counsellor;
}

bool AccessPolicy::mayReview(const Viewer &viewer, const CaseScope &scope)
{
    return viewer.role == Role::Supervisor && sameOffice(viewer, scope);
}

QString AccessPolicy::deniedMessage(const Viewer &viewer)
{
    if (viewer.role == Role::Supervisor)
        return QCoreApplication::translate("helpline::AccessPolicy",
                                           "This case belongs to another office.");
    return QCoreApplication::translate("helpline::AccessPolicy",
                                       "This case is not assigned to you. Ask a supervisor to "
                                       "assign it to you if you need to work on it.");
}

} // namespace helpline
