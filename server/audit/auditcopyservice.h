#pragma once

#include "core/protocol/auditmessages.h"
#include "server/http/apierror.h"

#include <QList>
#include <QString>

namespace helpline {
class Clock;
}

namespace helpline::server {

class ServerDatabase;
struct AuthContext;

// A desk's copy of its verification, with the desk's name, for the administrator.
struct DeviceAuditCopy {
    AuditCopyStatus status;
    QString deviceName;
    QString lastReceivedAt; // empty when nothing arrived yet
    QJsonObject toJson() const;
};

// The server's copy of every desk's audit trail (docs/security.md, "Audit trail"). A desk sends
// its entries in order; the server checks each against the chain as it arrives (the seq follows
// the last one, prev_hash is the last hash, the hash matches the content) and against the copy
// it already has (an entry sent again must be the same). What it finds is kept with the copy,
// first problem first, and nothing that arrives is refused for it: an altered trail is evidence.
// So once an entry has reached the server, changing or removing it on the desk shows.
class AuditCopyService {
public:
    AuditCopyService(ServerDatabase &db, Clock &clock);

    // Stores the entries the server does not hold yet and answers what it holds for the
    // caller's desk. The request must name the caller's own device, and start at or before the
    // entry after the last one the server holds (409 otherwise: the desk asks with an empty
    // request where the server stands). A gap inside a request is a problem of the trail.
    ApiResult<AuditCopyStatus> upload(const AuthContext &caller, const AuditUploadRequest &request);
    // Walks every desk's stored copy again (entries altered in the server's database show too)
    // and adds what was found on arrival. Ordered by desk name.
    ApiResult<QList<DeviceAuditCopy>> verifyAll();

private:
    ServerDatabase &m_db;
    Clock &m_clock;
};

} // namespace helpline::server
