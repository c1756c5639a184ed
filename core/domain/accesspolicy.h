#pragma once

#include "core/domain/role.h"

#include <QString>

#include <optional>

namespace helpline {

// Who is asking: the signed-in account's id, role and helpline office (empty on a desk that
// works without a server).
struct Viewer {
    QString accountId;
    Role role = Role::Counsellor;
    QString officeId;
};

// What decides who may see a case. A case without an office was opened on this desk and not yet
// synced: it belongs to the desk's office, so it counts as the viewer's office.
struct CaseScope {
    QString officeId;
    QString assigneeId;
    bool restricted = false;
};

// The access rules of the helpline, in one place (docs/security.md, "Who sees what"). The
// desk's repositories and the server apply the same rules:
// - a counsellor sees the cases assigned to them, and every record they wrote themselves;
// - a supervisor sees every case of their office, restricted ones included;
// - an administrator manages accounts, devices and settings. Until reading case content with a
//   stated reason exists (issue 7), an administrator's desk shows its cases as before: the
//   server sends an administrator no case records, so these are cases of a desk-only store.
class AccessPolicy {
public:
    static bool mayReadCase(const Viewer &viewer, const CaseScope &scope);
    // A record of a case (contact, note, referral, follow-up, case event): its author always
    // sees it; anyone else when they may read its case (`caseScope` empty: a record of no case,
    // which only its author and supervisors see).
    static bool mayReadRecord(const Viewer &viewer, const QString &authorId,
                              const std::optional<CaseScope> &caseScope);
    // Writing to a case (a note, a follow-up, a status change) needs the same right as reading.
    static bool mayWriteCase(const Viewer &viewer, const CaseScope &scope)
    {
        return mayReadCase(viewer, scope);
    }
    // Reviewing a case (comments, approving, returning, acknowledging an alert): the
    // supervisors of its office.
    static bool mayReview(const Viewer &viewer, const CaseScope &scope);
    // The translated reason shown when a case is not the viewer's to open.
    static QString deniedMessage(const Viewer &viewer);
};

} // namespace helpline
