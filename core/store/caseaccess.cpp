#include "core/store/caseaccess.h"

#include "core/store/casestore.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace helpline {

Q_LOGGING_CATEGORY(lcAccess, "helpline.store.access")

CaseAccess::CaseAccess(CaseStore &store)
    : m_store(store)
    , m_viewer(store.session().viewer())
{
}

std::optional<QString> CaseAccess::officeLimit() const
{
    if (m_viewer.role != Role::Supervisor)
        return std::nullopt;
    // Usually a supervisor's desk holds only its office's cases (that is all the server sends),
    // and the list runs on its indexes alone. Only when another office's account has pulled
    // cases onto this desk does the list check each case's office. Two seeks in cases_office.
    QSqlQuery *q = m_store.prepared(
        QStringLiteral("SELECT 1 FROM cases WHERE office_id < ? OR office_id > ? LIMIT 1"));
    if (!q)
        return m_viewer.officeId; // the safe answer: limit the list
    q->bindValue(0, m_viewer.officeId);
    q->bindValue(1, m_viewer.officeId);
    const bool foreign = !q->exec() || q->next();
    q->finish();
    return foreign ? std::optional<QString>(m_viewer.officeId) : std::nullopt;
}

QString CaseAccess::andCondition(const QString &alias, QVariantList &values) const
{
    if (seesNoCases())
        return QStringLiteral(" AND 0 = 1");
    if (onlyAssignedToViewer()) {
        values << m_viewer.accountId;
        return QStringLiteral(" AND %1.assignee_id = ?").arg(alias);
    }
    const std::optional<QString> office = officeLimit();
    if (!office)
        return {};
    values << *office;
    // A case not yet synced has no office: it was opened on this desk, in the viewer's office.
    return QStringLiteral(" AND (%1.office_id IS NULL OR %1.office_id = ?)").arg(alias);
}

std::optional<CaseScope> CaseAccess::scopeOf(const QString &caseId) const
{
    QSqlQuery *q = m_store.prepared(QStringLiteral(
        "SELECT coalesce(office_id, ''), coalesce(assignee_id, ''), restricted FROM cases "
        "WHERE id = ? AND deleted = 0"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, caseId);
    if (!q->exec() || !q->next()) {
        q->finish();
        return std::nullopt;
    }
    CaseScope scope{q->value(0).toString(), q->value(1).toString(), q->value(2).toBool()};
    q->finish();
    return scope;
}

StoreError CaseAccess::deny(const QString &recordType, const QString &recordId) const
{
    qCInfo(lcAccess) << "account" << m_viewer.accountId << "may not read" << recordType << recordId;
    WriteTransaction tx(m_store);
    tx.audit(QStringLiteral("access.denied"), recordType, recordId);
    if (auto committed = tx.commit(); !committed)
        qCWarning(lcAccess) << "the denial could not be audited";
    return StoreError::make(StoreError::Code::PermissionDenied,
                            AccessPolicy::deniedMessage(m_viewer));
}

bool CaseAccess::hasOpening(const QString &caseId) const
{
    if (m_viewer.accountId.isEmpty())
        return false;
    QSqlQuery *q = m_store.prepared(QStringLiteral(
        "SELECT 1 FROM case_events WHERE case_id = ? AND kind = 'access' AND created_by = ? AND "
        "created_at >= ? AND deleted = 0 LIMIT 1"));
    if (!q)
        return false;
    q->bindValue(0, caseId);
    q->bindValue(1, m_viewer.accountId);
    q->bindValue(2, isoUtc(m_store.clock().nowUtc().addSecs(-3600LL * AccessPolicy::openingHours)));
    const bool open = q->exec() && q->next();
    q->finish();
    return open;
}

Outcome<void> CaseAccess::checkCase(const QString &caseId) const
{
    const auto scope = scopeOf(caseId);
    if (!scope)
        return StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::CaseRepository", "There is no such case."));
    if (!mayOpen(caseId, *scope))
        return deny(QStringLiteral("case"), caseId);
    return {};
}

Outcome<void> CaseAccess::checkWrite(const QString &caseId) const
{
    const auto scope = scopeOf(caseId);
    if (!scope)
        return StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::CaseRepository", "There is no such case."));
    if (!AccessPolicy::mayWriteCase(m_viewer, *scope))
        return deny(QStringLiteral("case"), caseId);
    return {};
}

Outcome<void> CaseAccess::checkRecord(const QString &recordType, const QString &recordId,
                                      const QString &authorId, const QString &caseId) const
{
    const std::optional<CaseScope> scope = caseId.isEmpty() ? std::nullopt : scopeOf(caseId);
    if (AccessPolicy::mayReadRecord(m_viewer, authorId, scope))
        return {};
    if (scope && hasOpening(caseId))
        return {};
    return deny(recordType, recordId);
}

} // namespace helpline
