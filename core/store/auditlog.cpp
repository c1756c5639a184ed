#include "core/store/auditlog.h"

#include "core/store/casestore.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcAudit, "helpline.store.audit")

namespace {

const QString kSelectColumns = QStringLiteral(
    "seq, id, at, account_id, device_id, action, record_type, record_id, detail, prev_hash, hash");

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry e;
    e.seq = query.value(0).toLongLong();
    e.id = query.value(1).toString();
    e.at = query.value(2).toString();
    e.accountId = query.value(3).toString();
    e.deviceId = query.value(4).toString();
    e.action = query.value(5).toString();
    e.recordType = query.value(6).toString();
    e.recordId = query.value(7).toString();
    e.detail = query.value(8).toString();
    e.prevHash = query.value(9).toString();
    e.hash = query.value(10).toString();
    return e;
}

// The records of a case by their audit record type, each with the subquery that lists the ids
// of the case's records of that type (the case id bound once per subquery).
struct CaseRecordKind {
    const char *recordType;
    const char *ids;
};
constexpr CaseRecordKind kCaseRecordKinds[] = {
    {"contact", "SELECT id FROM contacts WHERE case_id = ?"},
    {"note", "SELECT id FROM notes WHERE case_id = ?"},
    {"referral", "SELECT id FROM referrals WHERE case_id = ?"},
    {"follow_up", "SELECT id FROM follow_ups WHERE case_id = ?"},
    {"case_event", "SELECT id FROM case_events WHERE case_id = ?"},
    {"attachment", "SELECT id FROM attachments WHERE case_id = ?"},
    {"person", "SELECT person_id FROM case_members WHERE case_id = ?"},
};

QString readingFailed()
{
    return QCoreApplication::translate("helpline::AuditLog", "Reading the audit trail");
}

} // namespace

QString AuditLog::genesisHash()
{
    return auditchain::genesisHash();
}

QString AuditLog::computeHash(const AuditEntry &entry)
{
    return auditchain::computeHash(entry);
}

Outcome<void> AuditLog::append(WriteTransaction &tx, const QString &action,
                               const QString &recordType, const QString &recordId,
                               const QString &detail)
{
    CaseStore &store = tx.store();
    if (!tx.m_auditHead) {
        const QVariant head =
            tx.scalar(QStringLiteral("SELECT value FROM store_meta WHERE key = 'audit_head'"));
        if (tx.failed())
            return {};
        tx.m_auditHead = qMakePair(qint64(0), genesisHash());
        const QStringList parts = head.toString().split(u' ');
        if (parts.size() == 2)
            tx.m_auditHead = qMakePair(parts.at(0).toLongLong(), parts.at(1));
    }
    const qint64 lastSeq = tx.m_auditHead->first;
    const QString prevHash = tx.m_auditHead->second;
    AuditEntry entry;
    entry.seq = lastSeq + 1;
    entry.id = newUuidV7(store.clock().nowUtc());
    entry.at = isoUtc(store.clock().nowUtc());
    entry.accountId = store.session().accountId;
    entry.deviceId = store.session().deviceId;
    entry.action = action;
    entry.recordType = recordType;
    entry.recordId = recordId;
    entry.detail = detail;
    entry.prevHash = prevHash;
    entry.hash = computeHash(entry);
    tx.exec(QStringLiteral("INSERT INTO audit_log (seq, id, at, account_id, device_id, action, "
                           "record_type, record_id, detail, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {entry.seq, entry.id, entry.at, entry.accountId, entry.deviceId, entry.action,
             entry.recordType, entry.recordId, entry.detail, entry.prevHash, entry.hash});
    tx.m_auditHead = qMakePair(entry.seq, entry.hash);
    tx.m_auditHeadDirty = true;
    return {};
}

void AuditLog::writeHead(WriteTransaction &tx)
{
    if (!tx.m_auditHead)
        return;
    tx.exec(
        QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('audit_head', ?)"),
        {QStringLiteral("%1 %2").arg(tx.m_auditHead->first).arg(tx.m_auditHead->second)});
    tx.m_auditHeadDirty = false;
}

Outcome<AuditVerification> AuditLog::verify(CaseStore &store)
{
    AuditVerifier verifier(store);
    for (;;) {
        auto finished = verifier.step(20000);
        if (!finished)
            return finished.error();
        if (*finished)
            return verifier.result();
    }
}

AuditVerifier::AuditVerifier(CaseStore &store)
    : m_store(store)
    , m_prevHash(AuditLog::genesisHash())
{
}

qint64 AuditVerifier::total()
{
    if (m_total < 0) {
        QSqlQuery q(m_store.database());
        m_total = q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next()
                      ? q.value(0).toLongLong()
                      : 0;
    }
    return m_total;
}

Outcome<bool> AuditVerifier::step(int count)
{
    if (m_done)
        return true;
    auto broken = [&](qint64 seq, const QString &problem) {
        m_result.intact = false;
        m_result.firstBadSeq = seq;
        m_result.problem = problem;
        m_done = true;
        return true;
    };
    // A slice by the primary key: each step starts where the last one ended, whatever was
    // written meanwhile (new entries are checked by a later step). The first slice starts from
    // the very bottom: an entry slipped in before seq 1 is caught too.
    count = std::max(1, count);
    auto slice = AuditLog::entriesAfter(m_store, m_expectedSeq - 1, count);
    if (!slice)
        return slice.error();
    for (const AuditEntry &e : std::as_const(*slice)) {
        ++m_result.entries;
        if (e.seq != m_expectedSeq)
            return broken(m_expectedSeq,
                          QCoreApplication::translate(
                              "helpline::AuditLog",
                              "Audit entry %1 was removed (the next entry present is %2).")
                              .arg(m_expectedSeq)
                              .arg(e.seq));
        if (e.prevHash != m_prevHash)
            return broken(e.seq,
                          QCoreApplication::translate(
                              "helpline::AuditLog",
                              "Audit entry %1 does not follow entry %2: entries were removed "
                              "or reordered.")
                              .arg(e.seq)
                              .arg(e.seq - 1));
        if (AuditLog::computeHash(e) != e.hash)
            return broken(e.seq, QCoreApplication::translate("helpline::AuditLog",
                                                             "Audit entry %1 was altered.")
                                     .arg(e.seq));
        m_prevHash = e.hash;
        ++m_expectedSeq;
    }
    if (slice->size() >= count)
        return false;
    // The end: the head kept with the chain must be its last entry (entries cut from the end
    // leave an intact chain, but not this).
    QSqlQuery head(m_store.database());
    QString headValue;
    if (head.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = 'audit_head'")) &&
        head.next())
        headValue = head.value(0).toString();
    const QString expectedHead =
        m_result.entries ? QStringLiteral("%1 %2").arg(m_expectedSeq - 1).arg(m_prevHash)
                         : QString();
    if (headValue != expectedHead)
        return broken(m_expectedSeq,
                      QCoreApplication::translate("helpline::AuditLog",
                                                  "Audit entries after entry %1 were removed.")
                          .arg(m_expectedSeq - 1));
    m_done = true;
    return true;
}

Outcome<QList<AuditEntry>> AuditLog::entriesAfter(CaseStore &store, qint64 afterSeq, int limit)
{
    AuditQuery query;
    query.limit = std::max(1, limit);
    return select(store, query, true, afterSeq);
}

Outcome<QList<AuditEntry>> AuditLog::forRecord(CaseStore &store, const QString &recordType,
                                               const QString &recordId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE record_type = ? AND record_id = ? "
                                 "ORDER BY seq")
                      .arg(kSelectColumns));
    query.addBindValue(recordType);
    query.addBindValue(recordId);
    if (!query.exec())
        return store.sqlError(
            query.lastError(),
            QCoreApplication::translate("helpline::AuditLog", "Reading the audit trail"));
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

bool AuditLog::mayRead(Role role)
{
    return role == Role::Supervisor || role == Role::Admin;
}

Outcome<void> AuditLog::checkReader(CaseStore &store)
{
    if (mayRead(store.session().role))
        return {};
    qCInfo(lcAudit) << "account" << store.session().accountId << "may not read the audit trail";
    WriteTransaction tx(store);
    tx.audit(QStringLiteral("access.denied"), QStringLiteral("audit_log"));
    if (auto committed = tx.commit(); !committed)
        qCWarning(lcAudit) << "the denial could not be audited";
    return StoreError::make(
        StoreError::Code::PermissionDenied,
        QCoreApplication::translate(
            "helpline::AuditLog", "Only supervisors and administrators can read the audit trail."));
}

Outcome<QList<AuditEntry>> AuditLog::select(CaseStore &store, const AuditQuery &filter,
                                            bool ascending, qint64 afterSeq)
{
    QStringList where;
    QVariantList values;
    if (!filter.accountId.isEmpty()) {
        // Not through audit_account: one account writes most of a desk's entries, and the
        // index would sort all of them for each page. Walking seq backwards stops at the page.
        where << QStringLiteral("+account_id = ?");
        values << filter.accountId;
    }
    if (!filter.recordType.isEmpty()) {
        where << QStringLiteral("record_type = ?");
        values << filter.recordType;
    }
    if (!filter.recordId.isEmpty()) {
        where << QStringLiteral("record_id = ?");
        values << filter.recordId;
    }
    if (!filter.caseId.isEmpty()) {
        // The entries of each kind of record found through audit_record(record_type,
        // record_id); the outer query then walks their seqs (the rowid) in order.
        QStringList parts{QStringLiteral(
            "SELECT seq FROM audit_log WHERE record_type = 'case' AND record_id = ?")};
        values << filter.caseId;
        for (const CaseRecordKind &kind : kCaseRecordKinds) {
            parts << QStringLiteral("SELECT seq FROM audit_log WHERE record_type = '%1' AND "
                                    "record_id IN (%2)")
                         .arg(QLatin1String(kind.recordType), QLatin1String(kind.ids));
            values << filter.caseId;
        }
        where << QStringLiteral("seq IN (%1)").arg(parts.join(QStringLiteral(" UNION ALL ")));
    }
    QStringList actions;
    for (const QString &action : filter.actions) {
        if (action.isEmpty())
            continue;
        if (action.endsWith(u'.')) {
            // A prefix, compared as text: LIKE would read the '_' of "follow_up." as a wildcard.
            actions << QStringLiteral("substr(action, 1, %1) = ?").arg(action.size());
        } else {
            actions << QStringLiteral("action = ?");
        }
        values << action;
    }
    if (!actions.isEmpty())
        where << QStringLiteral("(%1)").arg(actions.join(QStringLiteral(" OR ")));
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= ?");
        values << isoUtc(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at <= ?");
        values << isoUtc(filter.to);
    }
    if (filter.beforeSeq > 0) {
        where << QStringLiteral("seq < ?");
        values << filter.beforeSeq;
    }
    if (ascending && afterSeq > 0) {
        where << QStringLiteral("seq > ?");
        values << afterSeq;
    }
    const int limit = filter.limit > 0 ? filter.limit : AuditQuery().limit;
    values << limit;
    const QString sql =
        QStringLiteral("SELECT %1 FROM audit_log%2 ORDER BY seq %3 LIMIT ?")
            .arg(kSelectColumns,
                 where.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                 ascending ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    // Not a cached statement: each combination of filters is its own SQL.
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return store.sqlError(query.lastError(), readingFailed());
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return store.sqlError(query.lastError(), readingFailed());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    if (query.lastError().isValid())
        return store.sqlError(query.lastError(), readingFailed());
    return entries;
}

Outcome<QList<AuditEntry>> AuditLog::query(CaseStore &store, const AuditQuery &filter)
{
    if (auto allowed = checkReader(store); !allowed)
        return allowed.error();
    auto entries = select(store, filter);
    if (!entries)
        return entries;
    WriteTransaction tx(store);
    tx.audit(QStringLiteral("audit.view"));
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return entries;
}

Outcome<QStringList> AuditLog::actions(CaseStore &store)
{
    if (auto allowed = checkReader(store); !allowed)
        return allowed.error();
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")))
        return store.sqlError(query.lastError(), readingFailed());
    QStringList actions;
    while (query.next())
        actions << query.value(0).toString();
    if (query.lastError().isValid())
        return store.sqlError(query.lastError(), readingFailed());
    return actions;
}

Outcome<QString> AuditLog::caseIdByNumber(CaseStore &store, const QString &caseNumber)
{
    if (auto allowed = checkReader(store); !allowed)
        return allowed.error();
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT id FROM cases WHERE case_number = ? LIMIT 1"));
    query.addBindValue(caseNumber.trimmed().toUpper());
    if (!query.exec())
        return store.sqlError(query.lastError(), readingFailed());
    return query.next() ? query.value(0).toString() : QString();
}

Outcome<QHash<QString, QString>> AuditLog::caseNumbers(CaseStore &store, const QStringList &caseIds)
{
    if (auto allowed = checkReader(store); !allowed)
        return allowed.error();
    QHash<QString, QString> numbers;
    QSqlQuery *query = store.prepared(QStringLiteral("SELECT case_number FROM cases WHERE id = ?"));
    if (!query)
        return store.sqlError(store.lastPrepareError(), readingFailed());
    for (const QString &id : caseIds) {
        query->bindValue(0, id);
        if (!query->exec()) {
            const QSqlError error = query->lastError();
            query->finish();
            return store.sqlError(error, readingFailed());
        }
        if (query->next())
            numbers.insert(id, query->value(0).toString());
        query->finish();
    }
    return numbers;
}

} // namespace helpline
