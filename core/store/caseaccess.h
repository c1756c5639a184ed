#pragma once

#include "core/domain/accesspolicy.h"
#include "core/store/storeerror.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace helpline {

class CaseStore;

// AccessPolicy applied to the desk's store for the signed-in account: what a desk holds is
// filtered again here, because one desk may hold the cases that several accounts pulled (a
// supervisor's whole office, a counsellor's own). Repositories use it for every read that shows
// case content; sync and the outbox read around it.
class CaseAccess {
public:
    explicit CaseAccess(CaseStore &store);

    const Viewer &viewer() const { return m_viewer; }

    // " AND <condition>" on the cases row aliased `alias`, true for the cases the viewer may
    // read, with its values appended; empty when the viewer may read every case the desk holds
    // (a supervisor's desk that holds only its own office, an administrator's).
    QString andCondition(const QString &alias, QVariantList &values) const;
    // An administrator of an enrolled desk: no case in any list (case content only with a
    // stated reason, one case at a time).
    bool seesNoCases() const
    {
        return m_viewer.role == Role::Admin && !m_viewer.officeId.isEmpty();
    }
    // A counsellor sees only the cases assigned to them: the list's own assignee filter.
    bool onlyAssignedToViewer() const { return m_viewer.role == Role::Counsellor; }
    // The office a supervisor's list is limited to; nullopt when no limit is needed.
    std::optional<QString> officeLimit() const;

    // The case's office, assignee and restricted flag; nullopt when there is no such case.
    std::optional<CaseScope> scopeOf(const QString &caseId) const;
    // By the rules alone (lists, counts and search show only these).
    bool mayRead(const CaseScope &scope) const
    {
        return AccessPolicy::mayReadCase(m_viewer, scope);
    }
    // By the rules, or because the viewer opened the case with a reason in the last
    // AccessPolicy::openingHours (an "access" case event of theirs).
    bool mayOpen(const QString &caseId, const CaseScope &scope) const
    {
        return mayRead(scope) || hasOpening(caseId);
    }
    bool hasOpening(const QString &caseId) const;
    // PermissionDenied (audited as "access.denied") unless the viewer may read (mayOpen) the
    // case; NotFound when there is no such case.
    Outcome<void> checkCase(const QString &caseId) const;
    // The same for writing (a note, a status, a review request): the rules alone, never an
    // opening with a reason.
    Outcome<void> checkWrite(const QString &caseId) const;
    // PermissionDenied (audited) unless the viewer wrote the record or may read its case.
    Outcome<void> checkRecord(const QString &recordType, const QString &recordId,
                              const QString &authorId, const QString &caseId) const;
    // The refusal for a case the viewer may not read, written to the audit log.
    StoreError deny(const QString &recordType, const QString &recordId) const;

private:
    CaseStore &m_store;
    Viewer m_viewer;
};

} // namespace helpline
