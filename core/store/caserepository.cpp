#include "core/store/caserepository.h"

#include "core/domain/codes.h"
#include "core/domain/recordjson.h"
#include "core/domain/regions.h"
#include "core/store/caseaccess.h"
#include "core/store/caselistindex.h"
#include "core/store/casestore.h"
#include "core/store/recordcolumns.h"
#include "core/store/recordwriter.h"
#include "core/store/rowreads.h"
#include "core/store/searchindex.h"
#include "core/store/writetransaction.h"
#include "core/text/azfold.h"
#include "core/text/sortkey.h"
#include "core/util/clock.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcCases, "helpline.store.cases")

namespace {

// The case list's derived columns for the mutable fields (see CaseListIndex).
QList<Column> derivedColumns(WriteTransaction &tx, const CaseRecord &r)
{
    return {
        {QStringLiteral("status_rank"), CaseListIndex::statusRank(r.status)},
        {QStringLiteral("risk_rank"), CaseListIndex::riskRank(r.riskLevel)},
        {QStringLiteral("assignee_sort_key"), CaseListIndex::assigneeSortKey(tx, r.assigneeId)}};
}

QString sortColumn(CaseSort sort)
{
    switch (sort) {
    case CaseSort::LastContact:
        break;
    case CaseSort::CaseNumber:
        return QStringLiteral("c.case_number");
    case CaseSort::ChildName:
        return QStringLiteral("c.child_sort_key");
    case CaseSort::Status:
        return QStringLiteral("c.status_rank");
    case CaseSort::Risk:
        return QStringLiteral("c.risk_rank");
    case CaseSort::Assignee:
        return QStringLiteral("c.assignee_sort_key");
    case CaseSort::NextFollowUp:
        return QStringLiteral("c.next_follow_up_at");
    }
    return QStringLiteral("c.last_contact_at");
}

QString placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?")).join(u',');
}

// The WHERE clause of the case list for `query` (always at least "c.deleted = 0").
QString whereClause(const CaseListQuery &query, QVariantList &values,
                    CaseRepository::CategoryMatch category = CaseRepository::CategoryMatch::In)
{
    QStringList where{QStringLiteral("c.deleted = 0")};
    if (!query.assigneeId.isEmpty()) {
        where << QStringLiteral("c.assignee_id = ?");
        values << query.assigneeId;
    }
    if (!query.statuses.isEmpty()) {
        where << QStringLiteral("c.status IN (%1)").arg(placeholders(query.statuses.size()));
        for (const QString &status : query.statuses)
            values << status;
    }
    if (!query.riskLevels.isEmpty()) {
        QStringList levels;
        for (const QString &level : query.riskLevels)
            if (!level.isEmpty())
                levels << level;
        QStringList alternatives;
        if (!levels.isEmpty()) {
            alternatives << QStringLiteral("c.risk_level IN (%1)").arg(placeholders(levels.size()));
            for (const QString &level : std::as_const(levels))
                values << level;
        }
        if (levels.size() < query.riskLevels.size())
            alternatives << QStringLiteral("c.risk_level IS NULL");
        where << (alternatives.size() == 1
                      ? alternatives.first()
                      : QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" OR "))));
    }
    if (!query.category.isEmpty()) {
        where << (category == CaseRepository::CategoryMatch::In
                      ? QStringLiteral("c.id IN (SELECT case_id FROM case_categories WHERE "
                                       "code = ? AND deleted = 0)")
                      : QStringLiteral("EXISTS (SELECT 1 FROM case_categories k WHERE "
                                       "k.case_id = c.id AND k.code = ?)"));
        values << query.category;
    }
    if (!query.regionCode.isEmpty()) {
        if (query.regionCode.startsWith(QLatin1String("er."))) {
            where << QStringLiteral("c.economic_region = ?");
            values << query.regionCode;
        } else {
            // A city includes its rayons ("AZ-BA" and "AZ-BA.nasimi").
            QStringList codes{query.regionCode};
            if (const auto unit = Regions::builtIn().unit(query.regionCode)) {
                codes = QStringList{unit->code};
                for (const RegionUnit &district : unit->districts)
                    codes << district.code;
            }
            where << QStringLiteral("c.region_code IN (%1)").arg(placeholders(codes.size()));
            for (const QString &code : std::as_const(codes))
                values << code;
        }
    }
    if (query.lastContactFrom.isValid()) {
        where << QStringLiteral("c.last_contact_at >= ?");
        values << isoUtc(query.lastContactFrom);
    }
    if (query.lastContactTo.isValid()) {
        where << QStringLiteral("c.last_contact_at <= ?");
        values << isoUtc(query.lastContactTo);
    }
    if (query.officeId) {
        where << QStringLiteral("(c.office_id IS NULL OR c.office_id = ?)");
        values << *query.officeId;
    }
    return where.join(QStringLiteral(" AND "));
}

// A category, with or without statuses, and no other filter: case_categories holds the case's
// deleted flag and status, so its own index counts such a filter without reading the cases.
bool categoryIndexed(const CaseListQuery &query)
{
    return !query.category.isEmpty() && query.assigneeId.isEmpty() && !query.officeId &&
           query.riskLevels.isEmpty() && query.regionCode.isEmpty() &&
           !query.lastContactFrom.isValid() && !query.lastContactTo.isValid();
}

QString categoryWhere(const CaseListQuery &query, QVariantList &values)
{
    QString where = QStringLiteral("k.code = ? AND k.deleted = 0");
    values << query.category;
    if (!query.statuses.isEmpty()) {
        where += QStringLiteral(" AND k.status IN (%1)").arg(placeholders(query.statuses.size()));
        for (const QString &status : query.statuses)
            values << status;
    }
    return where;
}

QDateTime timeOrInvalid(const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty() || text == CaseListIndex::noFollowUp())
        return {};
    return fromIsoUtc(text);
}

const QString kSummaryColumns = QStringLiteral(
    "c.id, c.case_number, c.status, c.risk_level, c.assignee_id, a.display_name, c.child_name, "
    "c.last_contact_at, c.next_follow_up_at, c.updated_at, c.flags, c.region_code");

CaseSummary summaryFrom(const QSqlQuery &q)
{
    CaseSummary s;
    s.id = q.value(0).toString();
    s.caseNumber = q.value(1).toString();
    s.status = q.value(2).toString();
    s.riskLevel = q.value(3).toString();
    s.assigneeId = q.value(4).toString();
    s.assigneeName = q.value(5).toString();
    s.childName = q.value(6).toString();
    s.lastContactAt = timeOrInvalid(q.value(7));
    s.nextFollowUpAt = timeOrInvalid(q.value(8));
    s.updatedAt = fromIsoUtc(q.value(9).toString());
    s.flags = records::listFromJson(q.value(10).toString());
    s.regionCode = q.value(11).toString();
    return s;
}

// Prepares, binds and runs `sql`; the query or an error.
Outcome<QSqlQuery *> run(CaseStore &store, const QString &sql, const QVariantList &values,
                         const QString &what)
{
    QSqlQuery *q = store.prepared(sql);
    if (!q)
        return store.sqlError(store.lastPrepareError(), what);
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return store.sqlError(q->lastError(), what);
    return q;
}

// Digits typed for a phone search, normalised like CaseListIndex::phoneKey but for the start of
// a number: a leading 0 (trunk) or +994 / 00994 is dropped.
QString phonePrefix(const QString &text)
{
    QString digits;
    for (const QChar c : text)
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    const QString trimmed = text.trimmed();
    if (digits.startsWith(QLatin1String("00994")))
        digits.remove(0, 5);
    else if (trimmed.startsWith(u'+') && digits.startsWith(QLatin1String("994")))
        digits.remove(0, 3);
    else if (digits.startsWith(QLatin1String("994")) && digits.size() >= 12)
        digits.remove(0, 3);
    else if (digits.startsWith(u'0'))
        digits.remove(0, 1);
    return digits;
}

} // namespace

CaseListQuery::CaseListQuery(QString assignee, QString status, int offset_, int limit_)
    : assigneeId(std::move(assignee))
    , statuses(status.isEmpty() ? QStringList() : QStringList{status})
    , offset(offset_)
    , limit(limit_)
{
}

bool CaseListQuery::sameFilter(const CaseListQuery &other) const
{
    return assigneeId == other.assigneeId && statuses == other.statuses &&
           riskLevels == other.riskLevels && category == other.category &&
           regionCode == other.regionCode && lastContactFrom == other.lastContactFrom &&
           lastContactTo == other.lastContactTo && officeId == other.officeId;
}

int CaseRepository::riskRank(const QString &riskLevel)
{
    return CaseListIndex::riskRank(riskLevel);
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

CaseRecord CaseRepository::createIn(WriteTransaction &tx, CaseRecord record,
                                    const QList<Column> &listColumns)
{
    if (const Problems problems = record.validate(); !problems.isEmpty()) {
        tx.fail(StoreError::invalid(problems));
        return record;
    }
    records::stampNew(record.meta, m_store);
    // The case belongs to the office of the account that opens it (the server checks it).
    if (record.officeId.isEmpty())
        record.officeId = m_store.session().officeId;
    record.caseNumber = nextCaseNumber(tx);
    QList<Column> columns = records::caseColumns(record);
    columns << derivedColumns(tx, record) << listColumns;
    records::insert(tx, QStringLiteral("cases"), record.meta, columns);
    tx.audit(QStringLiteral("case.create"), QStringLiteral("case"), record.meta.id);
    tx.queue(QStringLiteral("case"), record.meta.id, record.meta.revision);
    return record;
}

std::optional<CaseRecord> CaseRepository::readRecord(const QString &caseId, bool includeDeleted,
                                                     StoreError *error)
{
    auto q =
        run(m_store,
            QStringLiteral(
                "SELECT %1, case_number, status, assignee_id, risk_level, flags, restricted, "
                "office_id, child_person_id, title FROM cases WHERE id = ?%2")
                .arg(records::metaColumns(),
                     includeDeleted ? QString() : QStringLiteral(" AND deleted = 0")),
            {caseId}, QCoreApplication::translate("helpline::CaseRepository", "Reading the case"));
    if (!q) {
        *error = q.error();
        return std::nullopt;
    }
    QSqlQuery *query = *q;
    if (!query->next()) {
        *error = StoreError::make(
            StoreError::Code::NotFound,
            QCoreApplication::translate("helpline::CaseRepository", "There is no such case."));
        return std::nullopt;
    }
    CaseRecord r;
    r.meta = records::readMeta(*query);
    r.caseNumber = query->value(7).toString();
    r.status = query->value(8).toString();
    r.assigneeId = query->value(9).toString();
    r.riskLevel = query->value(10).toString();
    r.flags = records::listFromJson(query->value(11).toString());
    r.restricted = query->value(12).toBool();
    r.officeId = query->value(13).toString();
    r.childPersonId = query->value(14).toString();
    r.title = query->value(15).toString();
    query->finish();
    return r;
}

QJsonObject CaseRepository::baseOf(const QString &caseId, const QStringList &fields)
{
    StoreError error;
    const auto record = readRecord(caseId, true, &error);
    return record ? records::pick(toJson(*record), fields) : QJsonObject();
}

Outcome<CaseRecord> CaseRepository::stored(const QString &caseId, bool includeDeleted)
{
    StoreError error;
    auto record = readRecord(caseId, includeDeleted, &error);
    if (!record)
        return error;
    return *record;
}

Outcome<CaseRecord> CaseRepository::read(const QString &caseId)
{
    return readable(stored(caseId, false));
}

Outcome<CaseRecord> CaseRepository::readable(Outcome<CaseRecord> record)
{
    if (!record)
        return record;
    const CaseAccess access(m_store);
    if (!access.mayOpen(record->meta.id,
                        {record->officeId, record->assigneeId, record->restricted}))
        return access.deny(QStringLiteral("case"), record->meta.id);
    return record;
}

Outcome<CaseRecord> CaseRepository::byId(const QString &caseId)
{
    return stored(caseId, true);
}

Outcome<CaseRecord> CaseRepository::open(const QString &caseId)
{
    auto record = readable(stored(caseId, false));
    if (!record)
        return record.error();
    WriteTransaction tx(m_store);
    tx.audit(QStringLiteral("case.view"), QStringLiteral("case"), caseId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return *record;
}

Outcome<CaseRecord> CaseRepository::openWithReason(const QString &caseId, const QString &reason)
{
    auto record = stored(caseId, false);
    if (!record)
        return record.error();
    const CaseAccess access(m_store);
    const CaseScope scope{record->officeId, record->assigneeId, record->restricted};
    if (access.mayRead(scope))
        return open(caseId); // no reason needed
    if (!AccessPolicy::mayOpenWithReason(access.viewer(), scope))
        return access.deny(QStringLiteral("case"), caseId);
    const QString text = reason.trimmed();
    if (text.size() < AccessPolicy::minReasonLength || text.size() > AccessPolicy::maxReasonLength)
        return StoreError::invalid(
            {{QStringLiteral("reason"),
              QCoreApplication::translate("helpline::CaseRepository",
                                          "Write why you open this case (at least %1 "
                                          "characters, at most 2,000).")
                  .arg(AccessPolicy::minReasonLength)}});
    const QString kind = AccessPolicy::openingKind(access.viewer(), scope);
    WriteTransaction tx(m_store);
    CaseEvent event;
    event.caseId = caseId;
    event.kind = CaseEvent::accessKind();
    event.newValue = kind;
    event.reason = text;
    appendEventIn(tx, event);
    tx.audit(QStringLiteral("access.") + kind, QStringLiteral("case"), caseId, event.meta.id);
    tx.audit(QStringLiteral("case.view"), QStringLiteral("case"), caseId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    qCInfo(lcCases) << "case" << caseId << "opened with a reason:" << kind;
    return *record;
}

std::optional<CaseRepository::LockedCase> CaseRepository::lockedByNumber(const QString &caseNumber)
{
    const QString number = caseNumber.trimmed().toUpper();
    if (!CaseRecord::isWholeCaseNumber(number))
        return std::nullopt;
    QSqlQuery *q = m_store.prepared(
        QStringLiteral("SELECT id, coalesce(office_id, ''), coalesce(assignee_id, ''), "
                       "restricted FROM cases WHERE case_number = ? AND deleted = 0"));
    if (!q)
        return std::nullopt;
    q->bindValue(0, number);
    std::optional<LockedCase> found;
    const CaseAccess access(m_store);
    if (q->exec()) {
        while (q->next() && !found) {
            const CaseScope scope{q->value(1).toString(), q->value(2).toString(),
                                  q->value(3).toBool()};
            if (AccessPolicy::mayOpenWithReason(access.viewer(), scope))
                found = LockedCase{q->value(0).toString(), number, scope.restricted};
        }
    }
    q->finish();
    return found;
}

Outcome<CaseRecord> CaseRepository::update(CaseRecord record)
{
    if (const Problems problems = record.validate(); !problems.isEmpty())
        return StoreError::invalid(problems);
    if (auto allowed = CaseAccess(m_store).checkWrite(record.meta.id); !allowed)
        return allowed.error();
    WriteTransaction tx(m_store);
    StoreError error;
    // Read inside the transaction: the base values are those the update replaces.
    const auto before = readRecord(record.meta.id, false, &error);
    if (!before)
        return error;
    const QString oldStatus = before->status;
    const QString oldAssignee = before->assigneeId;
    if (record.status == QLatin1String("closed") && oldStatus != record.status)
        return StoreError::invalid({{QStringLiteral("reason"),
                                     QCoreApplication::translate("helpline::CaseRepository",
                                                                 "Say why the case is closed.")}});
    if (!records::update(tx, QStringLiteral("cases"), record.meta,
                         records::caseMutableColumns(record) << derivedColumns(tx, record)))
        return tx.commit().error();
    if (oldStatus != record.status)
        writeEvent(tx, record.meta.id, CaseEvent::statusKind(), oldStatus, record.status, {});
    if (oldAssignee != record.assigneeId)
        writeEvent(tx, record.meta.id, CaseEvent::assigneeKind(), oldAssignee, record.assigneeId,
                   {});
    tx.audit(QStringLiteral("case.update"), QStringLiteral("case"), record.meta.id);
    if (before->restricted != record.restricted)
        tx.audit(record.restricted ? QStringLiteral("case.restrict")
                                   : QStringLiteral("case.unrestrict"),
                 QStringLiteral("case"), record.meta.id);
    const QStringList fields{QStringLiteral("status"),     QStringLiteral("assignee_id"),
                             QStringLiteral("risk_level"), QStringLiteral("flags"),
                             QStringLiteral("restricted"), QStringLiteral("title")};
    tx.queue(QStringLiteral("case"), record.meta.id, record.meta.revision, fields,
             records::pick(toJson(*before), fields));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return record;
}

bool CaseRepository::writeEvent(WriteTransaction &tx, const QString &caseId, const QString &kind,
                                const QString &oldValue, const QString &newValue,
                                const QString &reason)
{
    CaseEvent event;
    event.caseId = caseId;
    event.kind = kind;
    event.oldValue = oldValue;
    event.newValue = newValue;
    event.reason = reason;
    appendEventIn(tx, event);
    return !tx.failed();
}

void CaseRepository::appendEventIn(WriteTransaction &tx, CaseEvent &event)
{
    records::stampNew(event.meta, m_store);
    records::insert(tx, QStringLiteral("case_events"), event.meta,
                    records::caseEventColumns(event));
    tx.queue(QStringLiteral("case_event"), event.meta.id, event.meta.revision);
}

void CaseRepository::recordConflict(WriteTransaction &tx, CaseEvent &event)
{
    event.kind = CaseEvent::conflictKind();
    appendEventIn(tx, event);
    tx.audit(QStringLiteral("case.conflict"), QStringLiteral("case_event"), event.meta.id,
             event.subjectType + u'.' + event.field);
}

bool CaseRepository::changeStatusIn(WriteTransaction &tx, const QString &caseId,
                                    const QString &status, const QString &reason)
{
    Problems problems;
    if (!codes::caseStatuses().contains(status))
        problems << FieldProblem{
            QStringLiteral("status"),
            QCoreApplication::translate("helpline::CaseRepository", "Unknown case status.")};
    if (status == QLatin1String("closed") && reason.trimmed().isEmpty())
        problems << FieldProblem{
            QStringLiteral("reason"),
            QCoreApplication::translate("helpline::CaseRepository", "Say why the case is closed.")};
    if (reason.size() > 2000)
        problems << FieldProblem{
            QStringLiteral("reason"),
            QCoreApplication::translate("helpline::CaseRepository",
                                        "The reason is too long (at most 2,000 characters).")};
    if (!problems.isEmpty()) {
        tx.fail(StoreError::invalid(problems));
        return false;
    }
    const QVariant old = tx.scalar(
        QStringLiteral("SELECT status FROM cases WHERE id = ? AND deleted = 0"), {caseId});
    if (!old.isValid()) {
        if (!tx.failed())
            tx.fail(StoreError::make(
                StoreError::Code::NotFound,
                QCoreApplication::translate("helpline::CaseRepository", "There is no such case.")));
        return false;
    }
    if (old.toString() == status)
        return true;
    const QJsonObject base = baseOf(caseId, {QStringLiteral("status")});
    tx.exec(QStringLiteral("UPDATE cases SET status = ?, status_rank = ?, updated_at = ?, "
                           "revision = revision + 1 WHERE id = ?"),
            {status, CaseListIndex::statusRank(status), isoUtc(m_store.clock().nowUtc()), caseId});
    const int revision =
        tx.scalar(QStringLiteral("SELECT revision FROM cases WHERE id = ?"), {caseId}).toInt();
    writeEvent(tx, caseId, CaseEvent::statusKind(), old.toString(), status, reason);
    tx.audit(QStringLiteral("case.status"), QStringLiteral("case"), caseId, status);
    tx.queue(QStringLiteral("case"), caseId, revision, {QStringLiteral("status")}, base);
    return !tx.failed();
}

bool CaseRepository::assignIn(WriteTransaction &tx, const QString &caseId,
                              const QString &assigneeId)
{
    if (!assigneeId.isEmpty() &&
        !tx.scalar(
               QStringLiteral("SELECT 1 FROM accounts WHERE id = ? AND deleted = 0 AND active = 1"),
               {assigneeId})
             .isValid()) {
        if (!tx.failed())
            tx.fail(StoreError::invalid(
                {{QStringLiteral("assignee"),
                  QCoreApplication::translate("helpline::CaseRepository",
                                              "Choose an active account of this desk.")}}));
        return false;
    }
    const QVariant exists =
        tx.scalar(QStringLiteral("SELECT coalesce(assignee_id, '') FROM cases WHERE id = ? AND "
                                 "deleted = 0"),
                  {caseId});
    if (!exists.isValid()) {
        if (!tx.failed())
            tx.fail(StoreError::make(
                StoreError::Code::NotFound,
                QCoreApplication::translate("helpline::CaseRepository", "There is no such case.")));
        return false;
    }
    const QString old = exists.toString();
    if (old == assigneeId)
        return true;
    const QJsonObject base = baseOf(caseId, {QStringLiteral("assignee_id")});
    tx.exec(QStringLiteral("UPDATE cases SET assignee_id = ?, assignee_sort_key = ?, "
                           "updated_at = ?, revision = revision + 1 WHERE id = ?"),
            {records::textOrNull(assigneeId), CaseListIndex::assigneeSortKey(tx, assigneeId),
             isoUtc(m_store.clock().nowUtc()), caseId});
    const int revision =
        tx.scalar(QStringLiteral("SELECT revision FROM cases WHERE id = ?"), {caseId}).toInt();
    writeEvent(tx, caseId, CaseEvent::assigneeKind(), old, assigneeId, {});
    tx.audit(QStringLiteral("case.assign"), QStringLiteral("case"), caseId, assigneeId);
    tx.queue(QStringLiteral("case"), caseId, revision, {QStringLiteral("assignee_id")}, base);
    return !tx.failed();
}

Outcome<CaseRecord> CaseRepository::changeStatus(const QString &caseId, const QString &status,
                                                 const QString &reason)
{
    if (auto allowed = CaseAccess(m_store).checkWrite(caseId); !allowed)
        return allowed.error();
    if (auto approval = checkClosureApproval(caseId, status); !approval)
        return approval.error();
    WriteTransaction tx(m_store);
    changeStatusIn(tx, caseId, status, reason);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    // The case as the write left it, even when the change took it out of the account's view (a
    // counsellor handing a case over): the write was allowed, so is its answer.
    return stored(caseId, false);
}

bool CaseRepository::setFlagIn(WriteTransaction &tx, const QString &caseId, const QString &flag,
                               bool on)
{
    const QVariant stored = tx.scalar(
        QStringLiteral("SELECT coalesce(flags, '[]') FROM cases WHERE id = ? AND deleted = 0"),
        {caseId});
    if (!stored.isValid()) {
        if (!tx.failed())
            tx.fail(StoreError::make(
                StoreError::Code::NotFound,
                QCoreApplication::translate("helpline::CaseRepository", "There is no such case.")));
        return false;
    }
    QStringList flags = records::listFromJson(stored.toString());
    if (flags.contains(flag) == on)
        return true;
    const QJsonObject base = baseOf(caseId, {QStringLiteral("flags")});
    if (on)
        flags << flag;
    else
        flags.removeAll(flag);
    tx.exec(QStringLiteral("UPDATE cases SET flags = ?, updated_at = ?, revision = revision + 1 "
                           "WHERE id = ?"),
            {records::listToJson(flags), isoUtc(m_store.clock().nowUtc()), caseId});
    const int revision =
        tx.scalar(QStringLiteral("SELECT revision FROM cases WHERE id = ?"), {caseId}).toInt();
    tx.queue(QStringLiteral("case"), caseId, revision, {QStringLiteral("flags")}, base);
    return !tx.failed();
}

Outcome<void> CaseRepository::checkClosureApproval(const QString &caseId, const QString &status)
{
    if (status != QLatin1String("closed") || !m_store.reviewRules().closureNeedsApproval ||
        m_store.session().role == Role::Supervisor)
        return {};
    const auto current = stored(caseId, false);
    if (!current || current->status == status)
        return {};
    return StoreError::make(
        StoreError::Code::PermissionDenied,
        QCoreApplication::translate("helpline::CaseRepository",
                                    "In this office a supervisor approves every closure. Choose "
                                    "\"Waiting for closure approval\" and say why the case can "
                                    "close."));
}

Outcome<CaseRecord> CaseRepository::assign(const QString &caseId, const QString &assigneeId)
{
    if (auto allowed = CaseAccess(m_store).checkWrite(caseId); !allowed)
        return allowed.error();
    WriteTransaction tx(m_store);
    assignIn(tx, caseId, assigneeId);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return stored(caseId, false); // as in changeStatus()
}

qint64 CaseRepository::boundedCount(const QString &from, const QVariantList &values, int bound)
{
    QVariantList boundValues = values;
    boundValues << bound + 1;
    auto q =
        run(m_store, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT ?)").arg(from),
            boundValues, QCoreApplication::translate("helpline::CaseRepository", "Counting cases"));
    if (!q || !(*q)->next())
        return bound + 1;
    const qint64 n = (*q)->value(0).toLongLong();
    (*q)->finish();
    return n;
}

CaseRepository::CategoryMatch CaseRepository::categoryMatch(const CaseListQuery &query,
                                                            bool forCount)
{
    // A small category is read once (IN). A large one is checked row by row (EXISTS) as the
    // rows come in sort order (a page stops early) or from the other filters' index (a count,
    // when those filters are selective). Two bounded counts decide; they read at most a few
    // tens of thousands of index entries.
    constexpr int kSmallCategory = 20000;
    constexpr int kSelectiveFilters = 50000;
    if (query.category.isEmpty())
        return CategoryMatch::In;
    if (boundedCount(QStringLiteral("case_categories WHERE code = ? AND deleted = 0"),
                     {query.category}, kSmallCategory) <= kSmallCategory)
        return CategoryMatch::In;
    if (!forCount)
        return CategoryMatch::Exists;
    CaseListQuery others = query;
    others.category.clear();
    QVariantList values;
    const QString where = whereClause(others, values);
    return boundedCount(QStringLiteral("cases c WHERE %1").arg(where), values, kSelectiveFilters) <=
                   kSelectiveFilters
               ? CategoryMatch::Exists
               : CategoryMatch::In;
}

Outcome<QStringList> CaseRepository::pageIds(const CaseListQuery &query, bool reversed, int offset,
                                             int limit)
{
    QVariantList values;
    const bool descending = (query.order == Qt::DescendingOrder) != reversed;
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    // Only ids: the sort and most filters come from one index, so the rows skipped by OFFSET
    // are never read from the table.
    // A deep page of a status or risk filter that matches few cases: sorting those few from
    // the filter's own index beats walking the last-contact index to the offset, testing each
    // case on the way.
    const bool fewFiltered = (!query.statuses.isEmpty() || !query.riskLevels.isEmpty()) &&
                             query.assigneeId.isEmpty() && query.category.isEmpty() &&
                             query.regionCode.isEmpty() && query.sort == CaseSort::LastContact &&
                             offset >= 1000 && query.knownCount >= 0 && query.knownCount <= 50000;
    const QString sql =
        QStringLiteral("SELECT c.id FROM cases c %4 WHERE %1 ORDER BY %2 %3, c.id %3 "
                       "LIMIT ? OFFSET ?")
            .arg(whereClause(query, values, categoryMatch(query, false)), sortColumn(query.sort),
                 direction,
                 fewFiltered ? QStringLiteral("INDEXED BY cases_filter_status") : QString());
    values << limit << offset;
    auto q = run(m_store, sql, values,
                 QCoreApplication::translate("helpline::CaseRepository", "Listing cases"));
    if (!q)
        return q.error();
    QStringList ids;
    while ((*q)->next())
        ids << (*q)->value(0).toString();
    (*q)->finish();
    return ids;
}

bool CaseRepository::scoped(const CaseListQuery &query, CaseListQuery &out) const
{
    const CaseAccess access(m_store);
    out = query;
    if (access.onlyAssignedToViewer()) {
        if (!query.assigneeId.isEmpty() && query.assigneeId != access.viewer().accountId)
            return false;
        out.assigneeId = access.viewer().accountId;
    }
    if (access.seesNoCases())
        return false;
    out.officeId = access.officeLimit();
    return true;
}

Outcome<QList<CaseSummary>> CaseRepository::page(const CaseListQuery &asked)
{
    CaseListQuery query;
    if (asked.limit <= 0 || !scoped(asked, query))
        return QList<CaseSummary>();
    qint64 offset = std::max(0, query.offset);
    qint64 limit = query.limit;
    bool reversed = false;
    if (query.knownCount >= 0 && offset > query.knownCount / 2) {
        if (offset >= query.knownCount)
            return QList<CaseSummary>();
        const qint64 end = std::min(query.knownCount, offset + limit);
        reversed = true;
        limit = end - offset;
        offset = query.knownCount - end;
    }
    auto ids = pageIds(query, reversed, int(offset), int(limit));
    if (!ids)
        return ids.error();
    if (reversed)
        std::reverse(ids->begin(), ids->end());
    return summaries(*ids);
}

Outcome<qint64> CaseRepository::count(const CaseListQuery &asked)
{
    CaseListQuery query;
    if (!scoped(asked, query))
        return qint64(0);
    QVariantList values;
    const QString sql = categoryIndexed(query)
                            ? QStringLiteral("SELECT count(*) FROM case_categories k WHERE %1")
                                  .arg(categoryWhere(query, values))
                            : QStringLiteral("SELECT count(*) FROM cases c WHERE %1")
                                  .arg(whereClause(query, values, categoryMatch(query, true)));
    auto q = run(m_store, sql, values,
                 QCoreApplication::translate("helpline::CaseRepository", "Counting cases"));
    if (!q)
        return q.error();
    if (!(*q)->next())
        return m_store.sqlError(
            (*q)->lastError(),
            QCoreApplication::translate("helpline::CaseRepository", "Counting cases"));
    const qint64 n = (*q)->value(0).toLongLong();
    (*q)->finish();
    return n;
}

Outcome<QList<CaseSummary>> CaseRepository::summaries(const QStringList &caseIds)
{
    QHash<QString, CaseSummary> found;
    // Only the cases the signed-in account may see (a shared desk holds others').
    QVariantList visibleValues;
    const QString visible = CaseAccess(m_store).andCondition(QStringLiteral("c"), visibleValues);
    // Statements are cached per text: the id list is padded to a few sizes so that a handful
    // of statements serve every call. "+c.deleted" keeps SQLite from answering through one of
    // the list's indexes (they all start with deleted and end with id) by scanning it whole.
    constexpr qsizetype kChunk = 64;
    for (qsizetype from = 0; from < caseIds.size(); from += kChunk) {
        const QStringList chunk = caseIds.mid(from, kChunk);
        qsizetype size = 8;
        while (size < chunk.size())
            size *= 2;
        QVariantList values;
        for (qsizetype i = 0; i < size; ++i)
            values << chunk.at(std::min(i, chunk.size() - 1));
        values << visibleValues;
        auto q =
            run(m_store,
                QStringLiteral("SELECT %1 FROM cases c LEFT JOIN accounts a ON "
                               "a.id = c.assignee_id WHERE c.id IN (%2) AND +c.deleted = 0%3")
                    .arg(kSummaryColumns, placeholders(size), visible),
                values, QCoreApplication::translate("helpline::CaseRepository", "Listing cases"));
        if (!q)
            return q.error();
        while ((*q)->next()) {
            CaseSummary s = summaryFrom(**q);
            found.insert(s.id, std::move(s));
        }
        (*q)->finish();
    }
    QList<CaseSummary> result;
    result.reserve(caseIds.size());
    QSet<QString> added;
    for (const QString &id : caseIds) {
        auto it = found.constFind(id);
        if (it != found.constEnd() && !added.contains(id)) {
            added.insert(id);
            result.append(*it);
        }
    }
    return result;
}

Outcome<QList<CaseSummary>> CaseRepository::findForLink(const QString &text, int limit)
{
    const QString trimmed = text.trimmed();
    QList<CaseSummary> result;
    if (trimmed.isEmpty() || limit <= 0)
        return result;
    QStringList byNumber;
    QStringList byPhone;
    QStringList byName;

    // A case number or its start: "2026-7F3A-00012", "2026-7f3a".
    static const QRegularExpression numberLike(QStringLiteral("^[0-9]{4}(-[0-9A-Za-z-]*)?$"));
    if (numberLike.match(trimmed).hasMatch()) {
        const QString prefix = trimmed.toUpper();
        auto q = run(m_store,
                     QStringLiteral("SELECT id FROM cases WHERE deleted = 0 AND case_number >= ? "
                                    "AND case_number < ? ORDER BY case_number DESC LIMIT ?"),
                     {prefix, prefix + QChar(0xFFFF), limit},
                     QCoreApplication::translate("helpline::CaseRepository", "Finding a case"));
        if (!q)
            return q.error();
        while ((*q)->next())
            byNumber << (*q)->value(0).toString();
        (*q)->finish();
    }

    // Phone digits of the child or the caller.
    static const QRegularExpression phoneLike(QStringLiteral("^[+]?[0-9][0-9 ()-]*$"));
    if (phoneLike.match(trimmed).hasMatch()) {
        const QString prefix = phonePrefix(trimmed);
        if (prefix.size() >= 3) {
            auto q = run(m_store,
                         QStringLiteral("SELECT DISTINCT m.case_id FROM persons p JOIN "
                                        "case_members m ON m.person_id = p.id WHERE "
                                        "p.phone_key >= ? AND p.phone_key < ? AND p.deleted = 0 "
                                        "AND m.deleted = 0 LIMIT ?"),
                         {prefix, prefix + u':', limit * 5},
                         QCoreApplication::translate("helpline::CaseRepository", "Finding a case"));
            if (!q)
                return q.error();
            while ((*q)->next())
                byPhone << (*q)->value(0).toString();
            (*q)->finish();
        }
    }

    // A child's (or caller's) name, through the search index of people.
    const bool digitsOnly =
        numberLike.match(trimmed).hasMatch() || phoneLike.match(trimmed).hasMatch();
    if (!digitsOnly && !text::searchTerms(trimmed).isEmpty()) {
        const QString match = SearchIndex::matchExpression(trimmed);
        if (!match.isEmpty()) {
            auto q = run(m_store,
                         QStringLiteral("SELECT d.case_id FROM search_fts JOIN search_docs d ON "
                                        "d.docid = search_fts.docid WHERE search_fts MATCH ? AND "
                                        "d.record_type = 'person' AND d.case_id IS NOT NULL "
                                        "ORDER BY search_fts.docid DESC LIMIT ?"),
                         {match, limit * 5},
                         QCoreApplication::translate("helpline::CaseRepository", "Finding a case"));
            if (!q)
                return q.error();
            while ((*q)->next())
                byName << (*q)->value(0).toString();
            (*q)->finish();
        }
    }

    QSet<QString> seen;
    for (QStringList *group : {&byNumber, &byPhone, &byName}) {
        QStringList ids;
        for (const QString &id : std::as_const(*group))
            if (!seen.contains(id)) {
                seen.insert(id);
                ids << id;
            }
        auto rows = summaries(ids);
        if (!rows)
            return rows.error();
        if (group != &byNumber)
            std::stable_sort(rows->begin(), rows->end(),
                             [](const CaseSummary &a, const CaseSummary &b) {
                                 return a.lastContactAt > b.lastContactAt;
                             });
        for (const CaseSummary &row : std::as_const(*rows)) {
            if (result.size() >= limit)
                return result;
            result.append(row);
        }
    }
    return result;
}

namespace {
Outcome<QList<AccountSummary>> readAccounts(CaseStore &store, bool activeOnly)
{
    auto q = run(store,
                 activeOnly ? QStringLiteral("SELECT id, display_name, role FROM accounts WHERE "
                                             "deleted = 0 AND active = 1")
                            : QStringLiteral("SELECT id, display_name, role FROM accounts"),
                 {}, QCoreApplication::translate("helpline::CaseRepository", "Reading accounts"));
    if (!q)
        return q.error();
    QList<std::pair<QString, AccountSummary>> keyed;
    while ((*q)->next()) {
        AccountSummary a{(*q)->value(0).toString(), (*q)->value(1).toString(),
                         roleFromCode((*q)->value(2).toString()).value_or(Role::Counsellor)};
        keyed.append({activeOnly ? text::sortKey(a.displayName) : a.id, a});
    }
    (*q)->finish();
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<AccountSummary> result;
    for (const auto &entry : std::as_const(keyed))
        result.append(entry.second);
    return result;
}
} // namespace

Outcome<QList<AccountSummary>> CaseRepository::accounts()
{
    return readAccounts(m_store, true);
}

Outcome<QList<AccountSummary>> CaseRepository::allAccounts()
{
    return readAccounts(m_store, false);
}

namespace {
const QString kEventColumns =
    QStringLiteral("case_id, kind, old_value, new_value, reason, subject_type, subject_id, field, "
                   "lost_hlc, winning_hlc");

CaseEvent readEvent(const QSqlQuery &q)
{
    CaseEvent e;
    e.meta = records::readMeta(q);
    e.caseId = q.value(7).toString();
    e.kind = q.value(8).toString();
    e.oldValue = q.value(9).toString();
    e.newValue = q.value(10).toString();
    e.reason = q.value(11).toString();
    e.subjectType = q.value(12).toString();
    e.subjectId = q.value(13).toString();
    e.field = q.value(14).toString();
    e.lostHlc = q.value(15).toString();
    e.winningHlc = q.value(16).toString();
    return e;
}
} // namespace

Outcome<QList<CaseEvent>> CaseRepository::events(const QString &caseId)
{
    if (auto allowed = CaseAccess(m_store).checkCase(caseId); !allowed)
        return allowed.error();
    auto q =
        run(m_store,
            QStringLiteral("SELECT %1, %2 FROM case_events WHERE case_id = ? AND deleted = 0 "
                           "ORDER BY created_at, id")
                .arg(records::metaColumns(), kEventColumns),
            {caseId},
            QCoreApplication::translate("helpline::CaseRepository", "Reading the case's history"));
    if (!q)
        return q.error();
    QList<CaseEvent> events;
    while ((*q)->next())
        events.append(readEvent(**q));
    (*q)->finish();
    return events;
}

Outcome<CaseEvent> CaseRepository::event(const QString &eventId)
{
    return records::readOne<CaseEvent>(
        m_store,
        QStringLiteral("SELECT %1, %2 FROM case_events WHERE id = ?")
            .arg(records::metaColumns(), kEventColumns),
        eventId, readEvent,
        QCoreApplication::translate("helpline::CaseRepository", "Reading a case event"),
        QCoreApplication::translate("helpline::CaseRepository", "There is no such case event."));
}

} // namespace helpline
