#include "core/store/auditcopy.h"

#include "core/store/auditlog.h"
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
    auto entries = AuditLog::entriesAfter(store, from - 1, std::max(2, limit));
    if (!entries)
        return entries.error();
    // An entry removed on the desk leaves a gap: the server is sent what follows and reports the
    // gap (that is what it is for).
    AuditUploadRequest request;
    request.deviceId = store.session().deviceId;
    request.entries = std::move(*entries);
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
