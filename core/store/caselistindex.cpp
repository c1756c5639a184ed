#include "core/store/caselistindex.h"

#include "core/domain/regions.h"
#include "core/store/recordwriter.h"
#include "core/store/writetransaction.h"
#include "core/text/sortkey.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace helpline {

Q_LOGGING_CATEGORY(lcCaseList, "helpline.store.caselist")

namespace {

Outcome<void> failed(const QSqlQuery &query, const char *step)
{
    qCCritical(lcCaseList) << "rebuilding the case list columns failed at" << step;
    return StoreError::make(
        StoreError::Code::Internal,
        QCoreApplication::translate("helpline::CaseListIndex", "Preparing the case list failed."),
        query.lastError().text());
}

QSet<QString> categoryCodes(const QStringList &categories)
{
    QSet<QString> codes;
    for (const QString &code : categories) {
        if (code.isEmpty())
            continue;
        codes.insert(code);
        if (const qsizetype dot = code.indexOf(u'.'); dot > 0)
            codes.insert(code.left(dot));
    }
    return codes;
}

// The columns of a case aggregated from its records, as SQL: rebuild() runs each over every
// case, refreshCases() over one (with " WHERE id = ?" appended). The last one binds noFollowUp().
const char *const kAggregates[] = {
    "UPDATE cases SET child_name = (SELECT trim(name) FROM persons WHERE id = "
    "cases.child_person_id AND trim(name) <> '')",
    "UPDATE cases SET last_contact_at = (SELECT max(started_at) FROM contacts WHERE "
    "case_id = cases.id AND deleted = 0)",
    "UPDATE cases SET region_code = (SELECT region_code FROM persons WHERE id = "
    "cases.child_person_id)",
    "UPDATE cases SET next_follow_up_at = coalesce((SELECT min(due_at) FROM follow_ups WHERE "
    "case_id = cases.id AND status = 'open' AND deleted = 0), ?)",
};
constexpr std::size_t kFollowUpAggregate = std::size(kAggregates) - 1;

// The keys computed in C++ from a case's row, for kKeysUpdate (the id comes last).
const QString kKeysSelect = QStringLiteral(
    "SELECT id, child_name, status, risk_level, assignee_id, region_code FROM cases");
const QString kKeysUpdate =
    QStringLiteral("UPDATE cases SET child_sort_key = ?, status_rank = ?, risk_rank = ?, "
                   "assignee_sort_key = ?, economic_region = ? WHERE id = ?");
const QString kCategoryInsert =
    QStringLiteral("INSERT OR IGNORE INTO case_categories (case_id, code, deleted, status) "
                   "SELECT id, ?, deleted, status FROM cases WHERE id = ?");

QVariantList keyValues(const QString &childName, const QString &status, const QString &riskLevel,
                       const QString &assigneeKey, const QString &regionCode, const QVariant &id)
{
    return {childName.isEmpty() ? text::noNameKey() : text::sortKey(childName),
            CaseListIndex::statusRank(status),
            CaseListIndex::riskRank(riskLevel),
            assigneeKey,
            records::textOrNull(CaseListIndex::economicRegionOf(regionCode)),
            id};
}

} // namespace

QString CaseListIndex::noFollowUp()
{
    return QStringLiteral("9999-12-31T23:59:59.999Z");
}

int CaseListIndex::statusRank(const QString &status)
{
    static const QStringList order{QStringLiteral("open"), QStringLiteral("active"),
                                   QStringLiteral("referred"), QStringLiteral("pending_closure"),
                                   QStringLiteral("closed")};
    const qsizetype at = order.indexOf(status);
    return at < 0 ? int(order.size()) : int(at);
}

int CaseListIndex::riskRank(const QString &riskLevel)
{
    static const QStringList order{QStringLiteral("none"), QStringLiteral("low"),
                                   QStringLiteral("moderate"), QStringLiteral("high"),
                                   QStringLiteral("acute")};
    return int(order.indexOf(riskLevel)); // -1 for empty or unknown
}

QString CaseListIndex::phoneKey(const QString &phone)
{
    QString digits;
    for (const QChar c : phone)
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    if (digits.startsWith(QLatin1String("00994")))
        digits.remove(0, 5);
    else if (digits.startsWith(QLatin1String("994")) && digits.size() >= 12)
        digits.remove(0, 3);
    else if (digits.startsWith(u'0') && digits.size() == 10)
        digits.remove(0, 1);
    return digits.size() < 3 ? QString() : digits;
}

QString CaseListIndex::assigneeSortKey(WriteTransaction &tx, const QString &assigneeId)
{
    if (assigneeId.isEmpty())
        return text::noNameKey();
    const QVariant name =
        tx.scalar(QStringLiteral("SELECT display_name FROM accounts WHERE id = ?"), {assigneeId});
    return name.isValid() ? text::sortKey(name.toString()) : text::noNameKey();
}

QString CaseListIndex::economicRegionOf(const QString &regionCode)
{
    return regionCode.isEmpty() ? QString() : Regions::builtIn().economicRegionOf(regionCode);
}

void CaseListIndex::contactAdded(WriteTransaction &tx, const QString &caseId,
                                 const Contact &contact, const Person *child)
{
    if (caseId.isEmpty())
        return;
    const QString at = isoUtc(contact.startedAt);
    tx.exec(QStringLiteral("UPDATE cases SET last_contact_at = ? WHERE id = ? AND "
                           "(last_contact_at IS NULL OR last_contact_at < ?)"),
            {at, caseId, at});
    for (const QString &code : categoryCodes(contact.categories))
        tx.exec(QStringLiteral("INSERT OR IGNORE INTO case_categories (case_id, code, deleted, "
                               "status) SELECT id, ?, deleted, status FROM cases WHERE id = ?"),
                {code, caseId});
    if (!child)
        return;
    const QString name = child->name.simplified();
    if (!name.isEmpty())
        tx.exec(QStringLiteral("UPDATE cases SET child_name = ?, child_sort_key = ? "
                               "WHERE id = ? AND child_name IS NULL"),
                {name, text::sortKey(name), caseId});
    if (!child->regionCode.isEmpty())
        tx.exec(QStringLiteral("UPDATE cases SET region_code = ?, economic_region = ? WHERE id = ? "
                               "AND region_code IS NOT ?"),
                {child->regionCode, records::textOrNull(economicRegionOf(child->regionCode)),
                 caseId, child->regionCode});
}

QList<Column> CaseListIndex::initialColumns(const Contact &contact, const Person *child)
{
    QList<Column> columns{{QStringLiteral("last_contact_at"), isoUtc(contact.startedAt)}};
    if (!child)
        return columns;
    const QString name = child->name.simplified();
    if (!name.isEmpty())
        columns << Column{QStringLiteral("child_name"), name}
                << Column{QStringLiteral("child_sort_key"), text::sortKey(name)};
    if (!child->regionCode.isEmpty())
        columns << Column{QStringLiteral("region_code"), child->regionCode}
                << Column{QStringLiteral("economic_region"),
                          records::textOrNull(economicRegionOf(child->regionCode))};
    return columns;
}

void CaseListIndex::followUpsChanged(WriteTransaction &tx, const QString &caseId)
{
    tx.exec(QStringLiteral("UPDATE cases SET next_follow_up_at = coalesce((SELECT min(due_at) "
                           "FROM follow_ups WHERE case_id = ? AND status = 'open' AND "
                           "deleted = 0), ?) WHERE id = ?"),
            {caseId, noFollowUp(), caseId});
}

void CaseListIndex::refreshCases(WriteTransaction &tx, const QStringList &caseIds)
{
    for (const QString &caseId : caseIds) {
        for (std::size_t i = 0; i < std::size(kAggregates); ++i) {
            const QString sql = QString::fromUtf8(kAggregates[i]) + QStringLiteral(" WHERE id = ?");
            tx.exec(sql, i == kFollowUpAggregate ? QVariantList{noFollowUp(), caseId}
                                                 : QVariantList{caseId});
        }
        const QList<QVariantList> row =
            tx.rows(kKeysSelect + QStringLiteral(" WHERE id = ?"), {caseId});
        if (row.isEmpty())
            continue;
        const QVariantList &r = row.first();
        tx.exec(kKeysUpdate,
                keyValues(r.at(1).toString(), r.at(2).toString(), r.at(3).toString(),
                          assigneeSortKey(tx, r.at(4).toString()), r.at(5).toString(), caseId));
        tx.exec(QStringLiteral("DELETE FROM case_categories WHERE case_id = ?"), {caseId});
        QSet<QString> codes;
        for (const QVariantList &contact :
             tx.rows(QStringLiteral("SELECT categories FROM contacts WHERE case_id = ? AND "
                                    "deleted = 0"),
                     {caseId}))
            codes.unite(categoryCodes(records::listFromJson(contact.at(0).toString())));
        for (const QString &code : std::as_const(codes))
            tx.exec(kCategoryInsert, {code, caseId});
    }
}

Outcome<void> CaseListIndex::rebuild(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("DELETE FROM case_categories")))
        return failed(q, "categories");
    for (std::size_t i = 0; i < std::size(kAggregates); ++i) {
        if (!q.prepare(QString::fromUtf8(kAggregates[i])))
            return failed(q, "aggregates");
        if (i == kFollowUpAggregate)
            q.addBindValue(noFollowUp());
        if (!q.exec())
            return failed(q, "aggregates");
    }

    QHash<QString, QString> accountKeys;
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM accounts")))
        return failed(q, "accounts");
    while (q.next())
        accountKeys.insert(q.value(0).toString(), text::sortKey(q.value(1).toString()));

    QSqlQuery update(db);
    if (!update.prepare(kKeysUpdate))
        return failed(update, "cases");
    if (!q.exec(kKeysSelect))
        return failed(q, "cases");
    while (q.next()) {
        const QVariantList values =
            keyValues(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      accountKeys.value(q.value(4).toString(), text::noNameKey()),
                      q.value(5).toString(), q.value(0));
        for (int i = 0; i < values.size(); ++i)
            update.bindValue(i, values.at(i));
        if (!update.exec())
            return failed(update, "cases");
    }

    QSqlQuery insert(db);
    if (!insert.prepare(kCategoryInsert))
        return failed(insert, "categories");
    if (!q.exec(QStringLiteral("SELECT case_id, categories FROM contacts WHERE case_id IS NOT "
                               "NULL AND deleted = 0")))
        return failed(q, "categories");
    while (q.next()) {
        const QString caseId = q.value(0).toString();
        for (const QString &code : categoryCodes(records::listFromJson(q.value(1).toString()))) {
            insert.bindValue(0, code);
            insert.bindValue(1, caseId);
            if (!insert.exec())
                return failed(insert, "categories");
        }
    }

    QSqlQuery phone(db);
    if (!phone.prepare(QStringLiteral("UPDATE persons SET phone_key = ? WHERE id = ?")))
        return failed(phone, "phones");
    if (!q.exec(QStringLiteral("SELECT id, phone FROM persons WHERE phone IS NOT NULL")))
        return failed(q, "phones");
    while (q.next()) {
        phone.bindValue(0, records::textOrNull(phoneKey(q.value(1).toString())));
        phone.bindValue(1, q.value(0));
        if (!phone.exec())
            return failed(phone, "phones");
    }
    return {};
}

} // namespace helpline
