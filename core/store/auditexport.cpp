#include "core/store/auditexport.h"

#include "core/directory/csv.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/writetransaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcAuditExport, "helpline.store.audit.export")

namespace {

// Entries read per step: the export holds one page in memory, whatever the trail's size.
constexpr int kPageSize = 1000;

StoreError writeFailed(const QIODevice &out)
{
    return StoreError::make(
        StoreError::Code::Io,
        QCoreApplication::translate("helpline::AuditExport",
                                    "The audit trail could not be written to the file: %1")
            .arg(out.errorString()));
}

bool writeRow(QIODevice &out, const QStringList &cells)
{
    const QByteArray bytes = csv::row(cells).toUtf8();
    return out.write(bytes) == bytes.size();
}

} // namespace

QStringList auditCsvColumns()
{
    return {
        QStringLiteral("seq"),        QStringLiteral("id"),           QStringLiteral("at"),
        QStringLiteral("account_id"), QStringLiteral("account_name"), QStringLiteral("device_id"),
        QStringLiteral("action"),     QStringLiteral("record_type"),  QStringLiteral("record_id"),
        QStringLiteral("detail"),     QStringLiteral("prev_hash"),    QStringLiteral("hash")};
}

Outcome<qint64> exportAuditCsv(CaseStore &store, const AuditQuery &query, QIODevice &out)
{
    if (auto allowed = AuditLog::checkReader(store); !allowed)
        return allowed.error();
    if (!out.isOpen() || !out.isWritable())
        return StoreError::make(StoreError::Code::Io,
                                QCoreApplication::translate("helpline::AuditExport",
                                                            "The file to export to is not open "
                                                            "for writing."));
    QHash<QString, QString> names;
    auto accounts = CaseRepository(store).allAccounts();
    if (!accounts)
        return accounts.error();
    for (const AccountSummary &account : std::as_const(*accounts))
        names.insert(account.id, account.displayName);

    if (!writeRow(out, auditCsvColumns()))
        return writeFailed(out);
    AuditQuery page = query;
    page.limit = kPageSize;
    page.beforeSeq = 0;
    qint64 afterSeq = 0;
    qint64 written = 0;
    for (;;) {
        auto entries = AuditLog::select(store, page, true, afterSeq);
        if (!entries)
            return entries.error();
        for (const AuditEntry &e : std::as_const(*entries)) {
            if (!writeRow(out, {QString::number(e.seq), e.id, e.at, e.accountId,
                                names.value(e.accountId), e.deviceId, e.action, e.recordType,
                                e.recordId, e.detail, e.prevHash, e.hash}))
                return writeFailed(out);
            ++written;
        }
        if (entries->size() < kPageSize)
            break;
        afterSeq = entries->constLast().seq;
    }
    WriteTransaction tx(store);
    tx.audit(QStringLiteral("audit.export"), {}, {}, QString::number(written));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcAuditExport) << "account" << store.session().accountId << "exported" << written
                          << "audit entries";
    return written;
}

} // namespace helpline
