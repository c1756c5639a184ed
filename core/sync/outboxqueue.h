#pragma once

#include "core/protocol/syncmessages.h"
#include "core/store/storeerror.h"
#include "core/sync/backoff.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace helpline {

class CaseStore;
class WriteTransaction;

// One record of a push and the outbox entries its result settles.
struct OutboxBatchItem {
    QList<qint64> entries; // outbox seqs
    PushItem item;
};

struct OutboxBatch {
    QList<OutboxBatchItem> items;
    qsizetype bytes = 0;
    bool isEmpty() const { return items.isEmpty(); }
    PushRequest request(const QString &deviceId) const;
};

// What the status bar and the sync log show.
struct OutboxCounts {
    int waiting = 0;  // records queued and not yet accepted by the server
    int retrying = 0; // of those, records waiting for their own backoff after failures
    int rejected = 0; // records the server refused: they wait for an admin
    QDateTime oldest; // when the oldest waiting entry was queued
};

// One outbox entry as the sync log lists it.
struct OutboxEntry {
    qint64 seq = 0;
    QString type;
    QString id;
    int revision = 0;
    QString state; // pending, rejected
    int attempts = 0;
    QString lastError;
    QDateTime queuedAt;
    QDateTime nextAttemptAt;
};

// The outbox as the sync engine uses it: the next batch to push, the server's answers written
// back, failures counted with a per-record backoff. Nothing is ever dropped: a record leaves the
// outbox only when the server accepted it (applied, duplicate or merged); one the server
// rejects stays, with the server's reason, until an admin sends it again.
//
// Several entries of one record (a case saved three times offline) go as one push item: its
// current content (read by `ReadRecord` from its table), the latest revision, and the union of
// the changed fields (none, i.e. the whole record, when the server has never had it).
class OutboxQueue {
public:
    // The record's current JSON, std::nullopt when the store no longer has it.
    using ReadRecord =
        std::function<Outcome<std::optional<QJsonObject>>(const QString &type, const QString &id)>;
    OutboxQueue(CaseStore &store, ReadRecord readRecord, Backoff recordBackoff = Backoff());

    // The next push: due entries (no backoff pending at `now`), oldest first, at most
    // `maxRecords` records and about `maxBytes` of JSON. Entries of record types that are not
    // synced (local accounts) are never pushed nor counted.
    // `travelling`: batches still on their way to the server; their records are left out, so
    // the next batch can be read and sent while they travel.
    Outcome<OutboxBatch> nextBatch(const QDateTime &now, int maxRecords = kMaxPushRecords,
                                   qsizetype maxBytes = kMaxPushBytes - 256 * 1024,
                                   const QList<const OutboxBatch *> &travelling = {});
    // Writes back the server's answer to `batch` (results in the batch's order), with a
    // conflict record for each field that lost a merge, in one transaction.
    Outcome<void> settle(const OutboxBatch &batch, const PushResponse &response);
    // The server failed this batch (5xx, a bad reply): each of its records waits for its own
    // backoff before it is tried again. Not for an offline line (the engine waits for that).
    Outcome<void> postpone(const OutboxBatch &batch, const QString &why, const QDateTime &now);
    // An admin sends a rejected record again (after fixing what the server said).
    Outcome<void> retry(qint64 entry);

    Outcome<OutboxCounts> counts(const QDateTime &now);
    // Rejected entries and entries that failed at least once, oldest first (the sync log).
    Outcome<QList<OutboxEntry>> troubled(int limit = 500);

private:
    // A merged record: each field that lost becomes a conflict record on its case (a case
    // event that syncs); where this desk's value lost, the local record takes the winner.
    void recordConflicts(WriteTransaction &tx, const PushItem &item, const PushResult &result);
    Outcome<void> markRejected(const QList<qint64> &entries, const QString &reason);

    CaseStore &m_store;
    ReadRecord m_readRecord;
    Backoff m_backoff;
};

} // namespace helpline
