#pragma once

#include <QString>

namespace helpline::server {

class ServerTransaction;

// Appends an entry to the server's own audit trail (ids and codes only, never names or case
// content) in the caller's transaction.
void serverAudit(ServerTransaction &tx, const QString &at, const QString &accountId,
                 const QString &deviceId, const QString &action, const QString &subjectType = {},
                 const QString &subjectId = {}, const QString &outcome = QStringLiteral("ok"));

} // namespace helpline::server
