#include "core/sync/outboxqueue.h"

#include "core/protocol/jsonreader.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/pulledrecords.h"
#include "core/store/rowreads.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcOutbox, "helpline.sync.outbox")

namespace {

QString what()
{
    return QCoreApplication::translate("helpline::OutboxQueue", "Reading the sync queue");
}

// "'person', 'case', ..." for an IN list: the synced types are constants of core, never input.
QString syncedTypesSql()
{
    QStringList quoted;
    for (const QString &type : recordTypes())
        quoted << u'\'' + type + u'\'';
    return quoted.join(QStringLiteral(", "));
}

// An update entry's payload: {"fields": [...], "base": {field: value before the change}}.
struct Change {
    QStringList fields;
    QJsonObject base;
};

Change changeOf(const QString &payload)
{
    Change change;
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    for (const QJsonValue &v : object.value(QLatin1String("fields")).toArray())
        change.fields << v.toString();
    change.base = object.value(QLatin1String("base")).toObject();
    return change;
}

// The case a record belongs to, for its conflict record; empty when the store cannot tell.
QString caseOf(WriteTransaction &tx, const PushItem &item)
{
    if (item.type == QLatin1String("case"))
        return item.id;
    const QString own = item.record.value(QLatin1String("case_id")).toString();
    if (!own.isEmpty())
        return own;
    if (item.type != QLatin1String("person"))
        return {};
    const QVariant member = tx.scalar(
        QStringLiteral("SELECT case_id FROM case_members WHERE person_id = ? ORDER BY created_at "
                       "LIMIT 1"),
        {item.id});
    if (member.isValid())
        return member.toString();
    return tx
        .scalar(QStringLiteral("SELECT id FROM cases WHERE child_person_id = ? LIMIT 1"), {item.id})
        .toString();
}

} // namespace

PushRequest OutboxBatch::request(const QString &deviceId) const
{
    PushRequest request;
    request.deviceId = deviceId;
    for (const OutboxBatchItem &i : items)
        request.items << i.item;
    return request;
}

OutboxQueue::OutboxQueue(CaseStore &store, ReadRecord readRecord, Backoff recordBackoff)
    : m_store(store)
    , m_readRecord(std::move(readRecord))
    , m_backoff(std::move(recordBackoff))
{
}

Outcome<OutboxBatch> OutboxQueue::nextBatch(const QDateTime &now, int maxRecords,
                                            qsizetype maxBytes,
                                            const QList<const OutboxBatch *> &travelling)
{
    // The records with due entries, oldest entry first. A window of entries through the
    // (state, seq) index keeps this cheap when days of work wait; records beyond it come next.
    struct Key {
        QString type;
        QString id;
    };
    // Records on their way are skipped, and so are their entries in the window.
    QSet<QString> seen;
    qsizetype travellingEntries = 0;
    for (const OutboxBatch *batch : travelling)
        for (const OutboxBatchItem &item : batch->items) {
            seen.insert(item.item.type + u'\n' + item.item.id);
            travellingEntries += item.entries.size();
        }
    const auto window = records::readRows<Key>(
        m_store,
        // The unary + keeps SQLite off the (record_type, record_id, revision) index here: with
        // it, each batch would read every queued entry of the types (quadratic in the outbox).
        QStringLiteral("SELECT record_type, record_id FROM outbox WHERE state = 'pending' AND "
                       "+record_type IN (%1) AND (next_attempt_at IS NULL OR next_attempt_at <= ?) "
                       "ORDER BY seq LIMIT ?")
            .arg(syncedTypesSql()),
        {isoUtc(now), maxRecords * 4 + travellingEntries},
        [](const QSqlQuery &q) {
            return Key{q.value(0).toString(), q.value(1).toString()};
        },
        what());
    if (!window)
        return window.error();
    QList<Key> keys;
    for (const Key &key : *window) {
        if (keys.size() == maxRecords)
            break;
        const QString k = key.type + u'\n' + key.id;
        if (!seen.contains(k)) {
            seen.insert(k);
            keys << key;
        }
    }

    OutboxBatch batch;
    QList<qint64> missing;
    for (const Key &key : std::as_const(keys)) {
        // Every pending entry of the record, due or not: the push carries all its changes.
        struct Entry {
            qint64 seq;
            bool insert;
            Change change;
        };
        const auto entries = records::readRows<Entry>(
            m_store,
            // +state: the record's own entries through (record_type, record_id, ...), not every
            // pending entry through (state, seq).
            QStringLiteral("SELECT seq, operation, payload FROM outbox WHERE record_type = ? AND "
                           "record_id = ? AND +state = 'pending' ORDER BY seq"),
            {key.type, key.id},
            [](const QSqlQuery &q) {
                return Entry{q.value(0).toLongLong(),
                             q.value(1).toString() == QLatin1String("insert"),
                             changeOf(q.value(2).toString())};
            },
            what());
        if (!entries)
            return entries.error();
        OutboxBatchItem entry;
        bool whole = false;
        QStringList fields;
        // A field changed twice offline started from the value before the first change: that
        // is what the server compares with to see whether someone else changed it meanwhile.
        QJsonObject base;
        for (const Entry &e : *entries) {
            entry.entries << e.seq;
            whole = whole || e.insert;
            fields << e.change.fields;
            for (auto it = e.change.base.begin(); it != e.change.base.end(); ++it)
                if (!base.contains(it.key()))
                    base.insert(it.key(), it.value());
        }
        auto record = m_readRecord(key.type, key.id);
        if (!record)
            return record.error();
        if (!record.value()) {
            missing << entry.entries;
            continue;
        }
        entry.item.type = key.type;
        entry.item.id = key.id;
        entry.item.record = **record;
        entry.item.revision = entry.item.record.value(QLatin1String("revision")).toInt();
        if (!whole) {
            fields.removeDuplicates();
            fields.sort();
            entry.item.changedFields = fields;
            for (auto it = base.begin(); it != base.end(); ++it)
                if (fields.contains(it.key()))
                    entry.item.base.insert(it.key(), it.value());
        }
        const qsizetype bytes =
            QJsonDocument(entry.item.toJson()).toJson(QJsonDocument::Compact).size() + 1;
        if (!batch.isEmpty() && batch.bytes + bytes > maxBytes)
            break;
        batch.bytes += bytes;
        batch.items << entry;
    }
    if (!missing.isEmpty()) {
        qCWarning(lcOutbox) << missing.size() << "outbox entries name records no longer stored";
        if (auto marked = markRejected(
                missing, QCoreApplication::translate("helpline::OutboxQueue",
                                                     "This record is no longer in this desk's "
                                                     "store, so it cannot be sent."));
            !marked)
            return marked.error();
    }
    return batch;
}

Outcome<void> OutboxQueue::settle(const OutboxBatch &batch, const PushResponse &response)
{
    if (response.results.size() != batch.items.size())
        return StoreError::make(StoreError::Code::Validation,
                                QCoreApplication::translate("helpline::OutboxQueue",
                                                            "The server's answer does not match "
                                                            "what was sent."));
    WriteTransaction tx(m_store);
    QMap<QString, int> outcomes;
    for (qsizetype i = 0; i < batch.items.size(); ++i) {
        const PushResult &result = response.results.at(i);
        outcomes[result.result] += 1;
        for (const qint64 seq : batch.items.at(i).entries) {
            if (result.result == QLatin1String("rejected"))
                tx.exec(QStringLiteral("UPDATE outbox SET state = 'rejected', attempts = "
                                       "attempts + 1, last_error = ?, next_attempt_at = NULL "
                                       "WHERE seq = ?"),
                        {result.field.isEmpty()
                             ? result.reason
                             : result.reason + QStringLiteral(" (") + result.field + u')',
                         seq});
            else
                tx.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
        }
        if (!result.lost.isEmpty())
            recordConflicts(tx, batch.items.at(i).item, result);
    }
    QStringList detail;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        detail << it.key() + u'=' + QString::number(it.value());
    tx.audit(QStringLiteral("sync.push"), {}, {}, detail.join(u' '));
    return tx.commit();
}

void OutboxQueue::recordConflicts(WriteTransaction &tx, const PushItem &item,
                                  const PushResult &result)
{
    const QString caseId = caseOf(tx, item);
    QJsonObject winners;
    for (const LostField &lost : result.lost) {
        if (lost.lostSide == QLatin1String("incoming")) {
            // Unless this desk changed the field again since (that change is on its way).
            const QVariant later = tx.scalar(
                QStringLiteral("SELECT 1 FROM outbox WHERE record_type = ? AND record_id = ? AND "
                               "+state = 'pending' AND revision > ? AND payload LIKE ?"),
                {item.type, item.id, item.revision,
                 QStringLiteral("%\"") + lost.field + QStringLiteral("\"%")});
            if (!later.isValid())
                winners.insert(lost.field, lost.winningValue);
        }
        if (caseId.isEmpty()) {
            qCWarning(lcOutbox) << "a conflict on" << item.type << item.id
                                << "has no case to be shown on";
            continue;
        }
        CaseEvent event;
        event.caseId = caseId;
        event.kind = CaseEvent::conflictKind();
        event.subjectType = item.type;
        event.subjectId = item.id;
        event.field = lost.field;
        event.oldValue = compactJsonText(lost.value);
        event.newValue = compactJsonText(lost.winningValue);
        event.lostHlc = lost.lostHlc;
        event.winningHlc = lost.winningHlc;
        CaseRepository(m_store).recordConflict(tx, event);
    }
    if (!winners.isEmpty())
        PulledRecords::applyServerValues(tx, item.type, item.id, winners);
}

Outcome<void> OutboxQueue::postpone(const OutboxBatch &batch, const QString &why,
                                    const QDateTime &now)
{
    WriteTransaction tx(m_store);
    for (const OutboxBatchItem &item : batch.items) {
        for (const qint64 seq : item.entries) {
            const int attempts =
                tx.scalar(QStringLiteral("SELECT attempts FROM outbox WHERE seq = ?"), {seq})
                    .toInt() +
                1;
            tx.exec(QStringLiteral("UPDATE outbox SET attempts = ?, last_error = ?, "
                                   "next_attempt_at = ? WHERE seq = ?"),
                    {attempts, why, isoUtc(now.addMSecs(m_backoff.delayMs(attempts))), seq});
        }
    }
    return tx.commit();
}

Outcome<void> OutboxQueue::retry(qint64 entry)
{
    WriteTransaction tx(m_store);
    const QVariant type =
        tx.scalar(QStringLiteral("SELECT record_type FROM outbox WHERE seq = ? AND state = "
                                 "'rejected'"),
                  {entry});
    if (!type.isValid() && !tx.failed())
        tx.fail(StoreError::make(StoreError::Code::NotFound,
                                 QCoreApplication::translate("helpline::OutboxQueue",
                                                             "There is no such rejected record "
                                                             "in the sync queue.")));
    tx.exec(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE "
                           "seq = ?"),
            {entry});
    tx.audit(QStringLiteral("sync.retry"), type.toString(), {}, QString::number(entry));
    return tx.commit();
}

Outcome<void> OutboxQueue::markRejected(const QList<qint64> &entries, const QString &reason)
{
    WriteTransaction tx(m_store);
    for (const qint64 seq : entries)
        tx.exec(
            QStringLiteral("UPDATE outbox SET state = 'rejected', last_error = ? WHERE seq = ?"),
            {reason, seq});
    return tx.commit();
}

Outcome<OutboxCounts> OutboxQueue::counts(const QDateTime &now)
{
    const auto pending = records::readRows<OutboxCounts>(
        m_store,
        QStringLiteral("SELECT count(DISTINCT record_type || ':' || record_id), "
                       "count(DISTINCT CASE WHEN next_attempt_at > ? THEN record_type || ':' || "
                       "record_id END), min(queued_at) FROM outbox WHERE state = 'pending' AND "
                       "record_type IN (%1)")
            .arg(syncedTypesSql()),
        {isoUtc(now)},
        [](const QSqlQuery &q) {
            OutboxCounts c;
            c.waiting = q.value(0).toInt();
            c.retrying = q.value(1).toInt();
            c.oldest = fromIsoUtc(q.value(2).toString());
            return c;
        },
        what());
    if (!pending)
        return pending.error();
    const auto rejected = records::readRows<int>(
        m_store,
        QStringLiteral("SELECT count(DISTINCT record_type || ':' || record_id) FROM outbox "
                       "WHERE state = 'rejected'"),
        {}, [](const QSqlQuery &q) { return q.value(0).toInt(); }, what());
    if (!rejected)
        return rejected.error();
    OutboxCounts counts = pending->value(0);
    counts.rejected = rejected->value(0);
    return counts;
}

Outcome<QList<OutboxEntry>> OutboxQueue::troubled(int limit)
{
    return records::readRows<OutboxEntry>(
        m_store,
        QStringLiteral("SELECT seq, record_type, record_id, revision, state, attempts, "
                       "last_error, queued_at, next_attempt_at FROM outbox WHERE state = "
                       "'rejected' OR attempts > 0 ORDER BY seq LIMIT ?"),
        {limit},
        [](const QSqlQuery &q) {
            OutboxEntry e;
            e.seq = q.value(0).toLongLong();
            e.type = q.value(1).toString();
            e.id = q.value(2).toString();
            e.revision = q.value(3).toInt();
            e.state = q.value(4).toString();
            e.attempts = q.value(5).toInt();
            e.lastError = q.value(6).toString();
            e.queuedAt = fromIsoUtc(q.value(7).toString());
            e.nextAttemptAt = fromIsoUtc(q.value(8).toString());
            return e;
        },
        what());
}

} // namespace helpline
