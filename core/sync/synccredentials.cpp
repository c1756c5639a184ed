#include "core/sync/synccredentials.h"

#include "core/store/casestore.h"
#include "core/store/rowreads.h"
#include "core/store/writetransaction.h"

#include <QCoreApplication>

namespace helpline {

namespace {

QString keyOf(const QString &accountId)
{
    return QStringLiteral("sync.refresh_token.") + accountId;
}

} // namespace

Outcome<QString> SyncCredentials::refreshToken(CaseStore &store, const QString &accountId)
{
    auto rows = records::readRows<QString>(
        store, QStringLiteral("SELECT value FROM store_meta WHERE key = ?"), {keyOf(accountId)},
        [](const QSqlQuery &q) { return q.value(0).toString(); },
        QCoreApplication::translate("helpline::SyncCredentials", "Reading the sync session"));
    if (!rows)
        return rows.error();
    return rows->value(0);
}

Outcome<void> SyncCredentials::setRefreshToken(CaseStore &store, const QString &accountId,
                                               const QString &token)
{
    WriteTransaction tx(store);
    if (token.isEmpty())
        tx.exec(QStringLiteral("DELETE FROM store_meta WHERE key = ?"), {keyOf(accountId)});
    else
        tx.exec(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"),
                {keyOf(accountId), token});
    tx.audit(token.isEmpty() ? QStringLiteral("sync.session_end") : QStringLiteral("sync.session"),
             QStringLiteral("account"), accountId);
    return tx.commit();
}

} // namespace helpline
