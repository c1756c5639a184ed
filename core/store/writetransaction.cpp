#include "core/store/writetransaction.h"

#include "core/store/auditlog.h"
#include "core/store/casestore.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlRecord>

namespace helpline {

Q_LOGGING_CATEGORY(lcWrite, "helpline.store.write")

WriteTransaction::WriteTransaction(CaseStore &store)
    : m_store(store)
{
    QSqlDatabase db = m_store.database();
    if (!db.isOpen()) {
        m_error = StoreError::make(
            StoreError::Code::Internal,
            QCoreApplication::translate("helpline::WriteTransaction", "The case store is closed."));
        return;
    }
    if (!db.transaction()) {
        m_error = m_store.sqlError(
            db.lastError(), QCoreApplication::translate("helpline::WriteTransaction", "Saving"));
        return;
    }
    m_active = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active && !m_committed)
        m_store.database().rollback();
}

QSqlQuery *WriteTransaction::run(const QString &sql, const QVariantList &values)
{
    if (m_error)
        return nullptr;
    QSqlQuery *query = m_store.prepared(sql);
    if (!query) {
        m_error =
            m_store.sqlError(m_store.lastPrepareError(),
                             QCoreApplication::translate("helpline::WriteTransaction", "Saving"));
        qCWarning(lcWrite) << "statement did not prepare:" << m_store.lastPrepareError().text();
        return nullptr;
    }
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i));
    if (!query->exec()) {
        m_error =
            m_store.sqlError(query->lastError(),
                             QCoreApplication::translate("helpline::WriteTransaction", "Saving"));
        qCWarning(lcWrite) << "statement failed:" << query->lastError().nativeErrorCode();
        return nullptr;
    }
    m_lastInsertId = query->lastInsertId().toLongLong();
    return query;
}

bool WriteTransaction::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (query)
        query->finish();
    return query != nullptr;
}

QVariant WriteTransaction::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery *query = run(sql, values);
    if (!query || !query->next())
        return {};
    const QVariant value = query->value(0);
    query->finish();
    return value;
}

QList<QVariantList> WriteTransaction::rows(const QString &sql, const QVariantList &values)
{
    QList<QVariantList> result;
    QSqlQuery *query = run(sql, values);
    if (!query)
        return result;
    const int columns = query->record().count();
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << query->value(i);
        result << row;
    }
    query->finish();
    return result;
}

void WriteTransaction::audit(const QString &action, const QString &recordType,
                             const QString &recordId, const QString &detail)
{
    if (m_error)
        return;
    if (auto appended = AuditLog::append(*this, action, recordType, recordId, detail); !appended)
        m_error = appended.error();
}

void WriteTransaction::queue(const QString &recordType, const QString &recordId, int revision,
                             const QStringList &changedFields, const QJsonObject &base)
{
    const bool update = !changedFields.isEmpty();
    QVariant payload;
    if (update)
        payload =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("fields"),
                                                         QJsonArray::fromStringList(changedFields)},
                                                        {QStringLiteral("base"), base}})
                                  .toJson(QJsonDocument::Compact));
    exec(QStringLiteral("INSERT INTO outbox (record_type, record_id, revision, operation, payload, "
                        "queued_at) VALUES (?, ?, ?, ?, ?, ?)"),
         {recordType, recordId, revision,
          update ? QStringLiteral("update") : QStringLiteral("insert"), payload,
          isoUtc(m_store.clock().nowUtc())});
}

void WriteTransaction::fail(const StoreError &error)
{
    if (!m_error)
        m_error = error;
}

Outcome<void> WriteTransaction::commit()
{
    if (m_committed)
        return {};
    QSqlDatabase db = m_store.database();
    if (!m_error && m_auditHeadDirty)
        AuditLog::writeHead(*this);
    if (m_error) {
        if (m_active)
            db.rollback();
        m_active = false;
        return *m_error;
    }
    if (!db.commit()) {
        const StoreError error = m_store.sqlError(
            db.lastError(), QCoreApplication::translate("helpline::WriteTransaction", "Saving"));
        db.rollback();
        m_active = false;
        return error;
    }
    m_committed = true;
    return {};
}

} // namespace helpline
