#pragma once

#include "core/protocol/syncmessages.h"
#include "server/auth/authservice.h"
#include "server/http/apierror.h"

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;

// POST /v1/sync/push: applies a batch of records, each on its own merits, in one transaction.
//
// - Idempotent: a record's (id, revision) from one desk is applied once; sent again it is a
//   `duplicate` with the first answer's server revision and lost fields.
// - Append-only records (contacts, notes, case events, members, attachments) are stored as they
//   are; a different body under a known id and revision is `rejected`.
// - Mutable records (cases, persons, referrals, follow-ups) merge field by field: the later
//   change by hybrid logical clock wins. A concurrent edit is told to the desk that pushes second,
//   whichever won (`merged`, `lost`): its own value that lost, or, when the item's `base` shows
//   another desk changed the field meanwhile, the stored value its change replaced.
// - Every record is decoded strictly and validated by core's rules; the caller must be allowed to
//   write to its case (a counsellor: cases assigned to them, created by them or unassigned, in
//   the desk's office; a supervisor: the cases of their office).
class PushService {
public:
    PushService(ServerDatabase &db, Clock &clock);
    ApiResult<PushResponse> push(const AuthContext &caller, const PushRequest &request);

    // A counsellor opens, with a written reason, a case their desk does not hold: the server
    // finds it by its number, writes the `access` event in the caller's name through push()
    // (so every rule of a pushed opening applies), and the caller's pulls then bring the case
    // for AccessPolicy::openingHours.
    struct Opening {
        QString caseId;
        QString eventId;
        QString kind; // AccessPolicy::openingKind
        QString until;
        QJsonObject toJson() const;
    };
    ApiResult<Opening> openByNumber(const AuthContext &caller, const QString &caseNumber,
                                    const QString &reason);

    // The types whose fields merge; the others are append-only.
    static bool isMutable(const QString &type);

private:
    ServerDatabase &m_db;
    Clock &m_clock;
};

} // namespace helpline::server
