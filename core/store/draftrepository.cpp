#include "core/store/draftrepository.h"

#include "core/protocol/recorddecoder.h"
#include "core/store/casestore.h"
#include "core/store/recordcolumns.h"
#include "core/store/recordwriter.h"
#include "core/store/rowreads.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QJsonDocument>
#include <QSqlError>

namespace helpline {

Outcome<Draft> DraftRepository::save(Draft draft)
{
    const QDateTime now = m_store.clock().nowUtc();
    if (draft.id.isEmpty())
        draft.id = newUuidV7(now);
    if (!draft.startedAt.isValid())
        draft.startedAt = now;
    draft.updatedAt = now;
    draft.accountId = m_store.session().accountId;
    WriteTransaction tx(m_store);
    const QVariant owner =
        tx.scalar(QStringLiteral("SELECT account_id FROM drafts WHERE id = ?"), {draft.id});
    if (owner.isValid() && owner.toString() != draft.accountId)
        tx.fail(StoreError::make(
            StoreError::Code::PermissionDenied,
            QCoreApplication::translate("helpline::DraftRepository",
                                        "This draft belongs to another account.")));
    tx.exec(
        QStringLiteral("INSERT OR REPLACE INTO drafts (id, account_id, form_id, form_version, "
                       "data, elapsed_ms, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {draft.id, draft.accountId, draft.formId, draft.formVersion,
         QString::fromUtf8(QJsonDocument(draft.data).toJson(QJsonDocument::Compact)),
         draft.elapsedMs, isoUtc(draft.startedAt), isoUtc(draft.updatedAt)});
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return draft;
}

Outcome<QList<Draft>> DraftRepository::mine()
{
    QSqlQuery *q = m_store.prepared(QStringLiteral(
        "SELECT id, account_id, form_id, form_version, data, elapsed_ms, started_at, "
        "updated_at FROM drafts WHERE account_id = ? ORDER BY started_at"));
    const QString what = QCoreApplication::translate("helpline::DraftRepository", "Reading drafts");
    if (!q)
        return m_store.sqlError(m_store.lastPrepareError(), what);
    q->bindValue(0, m_store.session().accountId);
    if (!q->exec())
        return m_store.sqlError(q->lastError(), what);
    QList<Draft> drafts;
    while (q->next()) {
        Draft d;
        d.id = q->value(0).toString();
        d.accountId = q->value(1).toString();
        d.formId = q->value(2).toString();
        d.formVersion = q->value(3).toInt();
        d.data = QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
        d.elapsedMs = q->value(5).toLongLong();
        d.startedAt = fromIsoUtc(q->value(6).toString());
        d.updatedAt = fromIsoUtc(q->value(7).toString());
        drafts.append(d);
    }
    q->finish();
    return drafts;
}

Outcome<void> DraftRepository::discard(const QString &draftId)
{
    WriteTransaction tx(m_store);
    tx.exec(QStringLiteral("DELETE FROM drafts WHERE id = ? AND account_id = ?"),
            {draftId, m_store.session().accountId});
    if (!tx.failed() && tx.scalar(QStringLiteral("SELECT changes()")).toInt() != 1)
        tx.fail(StoreError::make(StoreError::Code::NotFound,
                                 QCoreApplication::translate("helpline::DraftRepository",
                                                             "There is no such draft of yours.")));
    tx.audit(QStringLiteral("draft.discard"), QStringLiteral("draft"), draftId);
    return tx.commit();
}

namespace {

const QString kAttachmentColumns =
    QStringLiteral("case_id, contact_id, file_name, mime_type, size_bytes");

AttachmentInfo readAttachment(const QSqlQuery &q)
{
    return AttachmentInfo{records::readMeta(q),  q.value(7).toString(),  q.value(8).toString(),
                          q.value(9).toString(), q.value(10).toString(), q.value(11).toLongLong()};
}

} // namespace

Outcome<Attachment> AttachmentRepository::add(const QString &caseId, const QString &contactId,
                                              const QString &fileName, const QString &mimeType,
                                              const QByteArray &content)
{
    Problems problems;
    if (caseId.isEmpty())
        problems << FieldProblem{QStringLiteral("case"),
                                 QCoreApplication::translate("helpline::AttachmentRepository",
                                                             "An attachment belongs to a case.")};
    if (fileName.trimmed().isEmpty() || fileName.size() > 255)
        problems << FieldProblem{
            QStringLiteral("file_name"),
            QCoreApplication::translate("helpline::AttachmentRepository",
                                        "The file needs a name of at most 255 characters.")};
    if (content.isEmpty() || content.size() > kMaxBytes)
        problems << FieldProblem{
            QStringLiteral("content"),
            QCoreApplication::translate("helpline::AttachmentRepository",
                                        "The file is empty or larger than 20 MB.")};
    if (!problems.isEmpty())
        return StoreError::invalid(problems);
    RecordMeta meta;
    records::stampNew(meta, m_store);
    WriteTransaction tx(m_store);
    if (!tx.scalar(QStringLiteral("SELECT 1 FROM cases WHERE id = ? AND deleted = 0"), {caseId})
             .isValid() &&
        !tx.failed())
        tx.fail(StoreError::make(StoreError::Code::NotFound,
                                 QCoreApplication::translate("helpline::AttachmentRepository",
                                                             "There is no such case.")));
    const QString mime = mimeType.isEmpty() ? QStringLiteral("application/octet-stream") : mimeType;
    const AttachmentInfo info{meta, caseId, contactId, fileName.trimmed(), mime, content.size()};
    records::insert(tx, QStringLiteral("attachments"), meta,
                    records::attachmentColumns(info) << Column{QStringLiteral("content"), content});
    tx.audit(QStringLiteral("attachment.create"), QStringLiteral("attachment"), meta.id);
    tx.queue(QStringLiteral("attachment"), meta.id, meta.revision);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return Attachment{meta.id, caseId,         contactId,     fileName.trimmed(),
                      mime,    content.size(), meta.createdAt};
}

Outcome<QList<Attachment>> AttachmentRepository::forCase(const QString &caseId)
{
    QSqlQuery *q =
        m_store.prepared(QStringLiteral("SELECT %1, %2 FROM attachments WHERE "
                                        "case_id = ? AND deleted = 0 ORDER BY created_at")
                             .arg(records::metaColumns(), kAttachmentColumns));
    const QString what =
        QCoreApplication::translate("helpline::AttachmentRepository", "Reading attachments");
    if (!q)
        return m_store.sqlError(m_store.lastPrepareError(), what);
    q->bindValue(0, caseId);
    if (!q->exec())
        return m_store.sqlError(q->lastError(), what);
    QList<Attachment> list;
    while (q->next()) {
        const AttachmentInfo a = readAttachment(*q);
        list.append(Attachment{a.meta.id, a.caseId, a.contactId, a.fileName, a.mimeType,
                               a.sizeBytes, a.meta.createdAt});
    }
    q->finish();
    return list;
}

Outcome<AttachmentInfo> AttachmentRepository::info(const QString &attachmentId)
{
    return records::readOne<AttachmentInfo>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM attachments WHERE id = ?")
            .arg(records::metaColumns(), kAttachmentColumns),
        attachmentId, readAttachment,
        QCoreApplication::translate("helpline::AttachmentRepository", "Reading an attachment"),
        QCoreApplication::translate("helpline::AttachmentRepository",
                                    "There is no such attachment."));
}

Outcome<QByteArray> AttachmentRepository::content(const QString &attachmentId)
{
    const QString what =
        QCoreApplication::translate("helpline::AttachmentRepository", "Reading an attachment");
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT content FROM attachments WHERE id = ? AND deleted = 0"));
    q.addBindValue(attachmentId);
    if (!q.exec())
        return m_store.sqlError(q.lastError(), what);
    if (!q.next())
        return StoreError::make(StoreError::Code::NotFound,
                                QCoreApplication::translate("helpline::AttachmentRepository",
                                                            "There is no such attachment."));
    const QByteArray bytes = q.value(0).toByteArray();
    WriteTransaction tx(m_store);
    tx.audit(QStringLiteral("attachment.view"), QStringLiteral("attachment"), attachmentId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return bytes;
}

} // namespace helpline
