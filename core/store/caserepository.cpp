#include "core/store/caserepository.h"

#include "core/store/casestore.h"
#include "core/store/recordwriter.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QSqlError>

namespace helpline {

namespace {
QList<Column> mutableColumns(const CaseRecord &r)
{
    return {{QStringLiteral("status"), r.status},
            {QStringLiteral("assignee_id"), records::textOrNull(r.assigneeId)},
            {QStringLiteral("risk_level"), records::textOrNull(r.riskLevel)},
            {QStringLiteral("flags"), records::listToJson(r.flags)},
            {QStringLiteral("restricted"), r.restricted ? 1 : 0},
            {QStringLiteral("title"), records::textOrNull(r.title)}};
}
} // namespace

int CaseRepository::riskRank(const QString &riskLevel)
{
    static const QStringList order{QStringLiteral("none"), QStringLiteral("low"),
                                   QStringLiteral("moderate"), QStringLiteral("high"),
                                   QStringLiteral("acute")};
    return int(order.indexOf(riskLevel)); // -1 for empty or unknown
}

QString CaseRepository::nextCaseNumber(WriteTransaction &tx)
{
    const qint64 next =
        tx.scalar(QStringLiteral("SELECT value FROM store_meta WHERE key = 'case_seq'"))
            .toLongLong() +
        1;
    tx.exec(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('case_seq', ?)"),
            {QString::number(next)});
    // The device's tag keeps numbers from different desks apart without asking the server.
    const QString device = m_store.session().deviceId;
    const QString tag = device.right(4).toUpper();
    return QStringLiteral("%1-%2-%3")
        .arg(m_store.clock().nowUtc().date().year())
        .arg(tag)
        .arg(next, 5, 10, QLatin1Char('0'));
}

CaseRecord CaseRepository::createIn(WriteTransaction &tx, CaseRecord record)
{
    if (const Problems problems = record.validate(); !problems.isEmpty()) {
        tx.fail(StoreError::invalid(problems));
        return record;
    }
    records::stampNew(record.meta, m_store);
    record.caseNumber = nextCaseNumber(tx);
    QList<Column> columns = mutableColumns(record);
    columns << Column{QStringLiteral("case_number"), record.caseNumber}
            << Column{QStringLiteral("office_id"), records::textOrNull(record.officeId)}
            << Column{QStringLiteral("child_person_id"), records::textOrNull(record.childPersonId)};
    records::insert(tx, QStringLiteral("cases"), record.meta, columns);
    tx.audit(QStringLiteral("case.create"), QStringLiteral("case"), record.meta.id);
    tx.queue(QStringLiteral("case"), record.meta.id, record.meta.revision);
    return record;
}

std::optional<CaseRecord> CaseRepository::read(const QString &caseId, StoreError *error)
{
    QSqlQuery *q = m_store.prepared(
        QStringLiteral(
            "SELECT %1, case_number, status, assignee_id, risk_level, flags, restricted, "
            "office_id, child_person_id, title FROM cases WHERE id = ?")
            .arg(records::metaColumns()));
    if (!q) {
        *error = m_store.sqlError(
            m_store.lastPrepareError(),
            QCoreApplication::translate("helpline::CaseRepository", "Reading the case"));
        return std::nullopt;
    }
    q->bindValue(0, caseId);
    if (!q->exec()) {
        *error =
            m_store.sqlError(q->lastError(), QCoreApplication::translate("helpline::CaseRepository",
                                                                         "Reading the case"));
        return std::nullopt;
    }
    if (!q->next()) {
        *error = StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::CaseRepository", "There is no such case."));
        return std::nullopt;
    }
    CaseRecord r;
    r.meta = records::readMeta(*q);
    r.caseNumber = q->value(7).toString();
    r.status = q->value(8).toString();
    r.assigneeId = q->value(9).toString();
    r.riskLevel = q->value(10).toString();
    r.flags = records::listFromJson(q->value(11).toString());
    r.restricted = q->value(12).toBool();
    r.officeId = q->value(13).toString();
    r.childPersonId = q->value(14).toString();
    r.title = q->value(15).toString();
    q->finish();
    return r;
}

Outcome<CaseRecord> CaseRepository::open(const QString &caseId)
{
    StoreError error;
    auto record = read(caseId, &error);
    if (!record)
        return error;
    WriteTransaction tx(m_store);
    tx.audit(QStringLiteral("case.view"), QStringLiteral("case"), caseId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *record;
}

Outcome<CaseRecord> CaseRepository::update(CaseRecord record)
{
    if (const Problems problems = record.validate(); !problems.isEmpty())
        return StoreError::invalid(problems);
    WriteTransaction tx(m_store);
    if (!records::update(tx, QStringLiteral("cases"), record.meta, mutableColumns(record)))
        return tx.commit().error();
    tx.audit(QStringLiteral("case.update"), QStringLiteral("case"), record.meta.id);
    tx.queue(QStringLiteral("case"), record.meta.id, record.meta.revision,
             {QStringLiteral("status"), QStringLiteral("assignee_id"), QStringLiteral("risk_level"),
              QStringLiteral("flags"), QStringLiteral("restricted"), QStringLiteral("title")});
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return record;
}

Outcome<QList<CaseSummary>> CaseRepository::page(const CaseListQuery &query)
{
    QStringList where{QStringLiteral("c.deleted = 0")};
    QVariantList values;
    if (!query.assigneeId.isEmpty()) {
        where << QStringLiteral("c.assignee_id = ?");
        values << query.assigneeId;
    }
    if (!query.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        values << query.status;
    }
    values << query.limit << query.offset;
    QSqlQuery *q = m_store.prepared(
        QStringLiteral("SELECT c.id, c.case_number, c.status, c.risk_level, c.assignee_id, p.name, "
                       "c.updated_at FROM cases c LEFT JOIN persons p ON p.id = c.child_person_id "
                       "WHERE %1 ORDER BY c.updated_at DESC, c.id DESC LIMIT ? OFFSET ?")
            .arg(where.join(QStringLiteral(" AND "))));
    if (!q)
        return m_store.sqlError(
            m_store.lastPrepareError(),
            QCoreApplication::translate("helpline::CaseRepository", "Listing cases"));
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return m_store.sqlError(q->lastError(), QCoreApplication::translate(
                                                    "helpline::CaseRepository", "Listing cases"));
    QList<CaseSummary> result;
    while (q->next()) {
        result.append(CaseSummary{q->value(0).toString(), q->value(1).toString(),
                                  q->value(2).toString(), q->value(3).toString(),
                                  q->value(4).toString(), q->value(5).toString(),
                                  fromIsoUtc(q->value(6).toString())});
    }
    q->finish();
    return result;
}

Outcome<qint64> CaseRepository::count()
{
    QSqlQuery q(m_store.database());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM cases WHERE deleted = 0")) || !q.next())
        return m_store.sqlError(q.lastError(), QCoreApplication::translate(
                                                   "helpline::CaseRepository", "Counting cases"));
    return q.value(0).toLongLong();
}

} // namespace helpline
