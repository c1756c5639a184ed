#include "core/store/auditcopy.h"

#include "core/store/casestore.h"
#include "core/store/writetransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace helpline {

namespace {

const QString kServerCopyKey = QStringLiteral("audit_server_copy");

QString readingFailed()
{
    return QCoreApplication::translate("helpline::AuditLog", "Reading the audit trail");
}

} // namespace

Outcome<std::optional<AuditCopyStatus>> AuditCopy::serverCopy(CaseStore &store)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT value FROM store_meta WHERE key = ?"));
    q.addBindValue(kServerCopyKey);
    if (!q.exec())
        return store.sqlError(q.lastError(), readingFailed());
    if (!q.next())
        return std::optional<AuditCopyStatus>();
    const QJsonObject object = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    // Written by recordServerCopy() from a reply that was decoded strictly; unreadable only if
    // damaged, and then the viewer says the server's copy is unknown until the next sync.
    return AuditCopyStatus::fromJson(object, nullptr);
}

Outcome<AuditUploadRequest> AuditCopy::nextUpload(CaseStore &store, int limit)
{
    auto known = serverCopy(store);
    if (!known)
        return known.error();
    // The last entry the server holds goes again, as an anchor: the chain makes its hash
    // depend on every entry before it, so a trail rewritten on the desk after it was sent
    // (the chain recomputed, which the desk's own check cannot tell) differs from the server's
    // copy there.
    const qint64 from = *known ? (*known)->receivedThrough : 0;
    AuditUploadRequest request;
    request.deviceId = store.session().deviceId;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, id, at, account_id, device_id, action, record_type, "
                             "record_id, detail, prev_hash, hash FROM audit_log WHERE seq >= ? "
                             "ORDER BY seq LIMIT ?"));
    q.addBindValue(from);
    q.addBindValue(std::max(2, limit));
    if (!q.exec())
        return store.sqlError(q.lastError(), readingFailed());
    while (q.next()) {
        AuditEntry e;
        e.seq = q.value(0).toLongLong();
        e.id = q.value(1).toString();
        e.at = q.value(2).toString();
        e.accountId = q.value(3).toString();
        e.deviceId = q.value(4).toString();
        e.action = q.value(5).toString();
        e.recordType = q.value(6).toString();
        e.recordId = q.value(7).toString();
        e.detail = q.value(8).toString();
        e.prevHash = q.value(9).toString();
        e.hash = q.value(10).toString();
        // An entry removed on the desk leaves a gap: the server is sent what follows and
        // reports the gap (that is what it is for).
        request.entries.append(std::move(e));
    }
    return request;
}

qint64 AuditCopy::lastSeq(CaseStore &store)
{
    QSqlQuery q(store.database());
    return q.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM audit_log")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

Outcome<void> AuditCopy::recordServerCopy(CaseStore &store, const AuditCopyStatus &status)
{
    WriteTransaction tx(store);
    tx.exec(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"),
            {kServerCopyKey,
             QString::fromUtf8(QJsonDocument(status.toJson()).toJson(QJsonDocument::Compact))});
    return tx.commit();
}

} // namespace helpline
