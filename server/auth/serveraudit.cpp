#include "server/auth/serveraudit.h"

#include "core/util/uuid.h"
#include "server/db/serverdatabase.h"

namespace helpline::server {

namespace {
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}
} // namespace

void serverAudit(ServerTransaction &tx, const QString &at, const QString &accountId,
                 const QString &deviceId, const QString &action, const QString &subjectType,
                 const QString &subjectId, const QString &outcome)
{
    tx.exec(QStringLiteral("INSERT INTO server_audit (id, at, account_id, device_id, action, "
                           "subject_type, subject_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {newUuidV7(), at, orNull(accountId), orNull(deviceId), action, orNull(subjectType),
             orNull(subjectId), outcome});
}

} // namespace helpline::server
