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
// - an administrator manages accounts, devices and settings, and reads case content only with a
//   stated reason. On a desk that works without a server (no office) the administrator runs the
//   helpline alone and reads its cases as before;
// - anyone else may open a case only with a written reason: "break glass" for a restricted case
//   (shown to supervisors for review), a stated reason otherwise. That opens the case for reading
//   for `openingHours`, never for writing, and is audited. What it opens is a case event of kind
//   "access" (synced, on the timeline).
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
    // The server's check of a change a desk pushes to a case (docs/security.md, "Who gets
    // which records"): mayWriteCase with the leniency offline work needs. A change may have been
    // made before a hand-over reached the desk, so a counsellor may still change a case they
    // created, or one nobody holds, of their desk's office or their own, though never a
    // restricted case that is not assigned to them. A supervisor changes the cases of their own
    // office; an administrator none. `deskOfficeId` is the office of the desk that pushes.
    static bool mayPushCaseChange(const Viewer &viewer, const QString &deskOfficeId,
                                  const CaseScope &scope, const QString &caseCreatorId);
    // Reviewing a case (comments, approving, returning, acknowledging an alert): the
    // supervisors of its office.
    static bool mayReview(const Viewer &viewer, const CaseScope &scope);
    // Whether the viewer, who may not read the case, may open it with a written reason: an
    // administrator, or an account of the case's office.
    static bool mayOpenWithReason(const Viewer &viewer, const CaseScope &scope);
    // The kind of opening: "break_glass" (a restricted case), "admin_reason" (an
    // administrator), else "reason". It is the access event's new_value.
    static QString openingKind(const Viewer &viewer, const CaseScope &scope);
    static bool isOpeningKind(const QString &kind);
    // How long an opening with a reason lets its author read the case.
    static constexpr int openingHours = 8;
    // How long its written reason is, in characters.
    static constexpr int minReasonLength = 10;
    static constexpr int maxReasonLength = 2000;
    // The translated reason shown when a case is not the viewer's to open.
    static QString deniedMessage(const Viewer &viewer);
};

} // namespace helpline
