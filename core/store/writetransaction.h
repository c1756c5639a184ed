#pragma once

#include "core/store/storeerror.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

#include <optional>

namespace helpline {

class CaseStore;

// One database write: the record, its search rows, its audit entry and its outbox entry commit
// together or not at all. Statements after the first failure are skipped; commit() reports the
// first failure with a clear message and rolls back. Destroying an uncommitted transaction rolls
// it back.
class WriteTransaction {
public:
    explicit WriteTransaction(CaseStore &store);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant scalar(const QString &sql, const QVariantList &values = {});
    // Every row (each as its values, in column order); empty when there is none or the
    // statement failed (then the transaction has failed).
    QList<QVariantList> rows(const QString &sql, const QVariantList &values = {});
    qint64 lastInsertId() const { return m_lastInsertId; }

    // Appends a hash-chained audit entry for the signed-in account.
    void audit(const QString &action, const QString &recordType = {}, const QString &recordId = {},
               const QString &detail = {});
    // Queues revision `revision` of the record for the next sync push. The outbox names the
    // record; the push reads its current state from its table, so the text is stored once.
    // An update lists the fields it changed (they merge per field on the server) and `base`,
    // the value each of them had before the change, encoded as toJson() of the type encodes
    // it: the server tells a change made over a value it no longer has (a conflict) from one
    // made over its own. Payload: {"fields": [...], "base": {...}}.
    void queue(const QString &recordType, const QString &recordId, int revision,
               const QStringList &changedFields = {}, const QJsonObject &base = {});
    // Marks the transaction failed with a problem found by the caller (validation, permission).
    void fail(const StoreError &error);

    bool failed() const { return m_error.has_value(); }
    Outcome<void> commit();
    CaseStore &store() { return m_store; }

private:
    QSqlQuery *run(const QString &sql, const QVariantList &values);
    friend class AuditLog;
    // The audit chain's head, read once per transaction and written back at commit.
    std::optional<QPair<qint64, QString>> m_auditHead;
    bool m_auditHeadDirty = false;

    CaseStore &m_store;
    bool m_active = false;
    bool m_committed = false;
    qint64 m_lastInsertId = 0;
    std::optional<StoreError> m_error;
};

} // namespace helpline
