#include "server/audit/auditcopyservice.h"

#include "core/util/clock.h"
#include "server/auth/authservice.h"
#include "server/db/serverdatabase.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace helpline::server {

Q_LOGGING_CATEGORY(lcAuditCopy, "helpline.server.audit")

namespace {

const QStringList kEntryColumns{
    QStringLiteral("device_id"),  QStringLiteral("seq"),         QStringLiteral("id"),
    QStringLiteral("at"),         QStringLiteral("account_id"),  QStringLiteral("entry_device_id"),
    QStringLiteral("action"),     QStringLiteral("record_type"), QStringLiteral("record_id"),
    QStringLiteral("detail"),     QStringLiteral("prev_hash"),   QStringLiteral("hash"),
    QStringLiteral("received_at")};

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The chain as far as the server has it, and the first problem found with it.
struct Head {
    qint64 lastSeq = 0;
    QString lastHash = auditchain::genesisHash();
    qint64 entries = 0;
    qint64 firstBadSeq = 0;
    QString problem;
    QString lastReceivedAt;
    bool exists = false;

    void found(qint64 seq, const QString &what)
    {
        if (firstBadSeq != 0 && firstBadSeq <= seq)
            return;
        firstBadSeq = seq;
        problem = what;
    }
};

// Checks `e` as the entry after `head` and moves the head past it; false when it cannot follow
// at all (it is at or before the head).
void follow(Head &head, const AuditEntry &e)
{
    if (e.seq > head.lastSeq + 1)
        head.found(head.lastSeq + 1, QStringLiteral("Entries %1 to %2 are missing: they were "
                                                    "removed on the desk before they were sent.")
                                         .arg(head.lastSeq + 1)
                                         .arg(e.seq - 1));
    else if (e.prevHash != head.lastHash)
        head.found(e.seq, QStringLiteral("Entry %1 does not follow entry %2: the chain was broken "
                                         "or reordered on the desk.")
                              .arg(e.seq)
                              .arg(head.lastSeq));
    if (auditchain::computeHash(e) != e.hash)
        head.found(e.seq, QStringLiteral("Entry %1 was altered: its content does not match its "
                                         "hash.")
                              .arg(e.seq));
    head.lastSeq = e.seq;
    head.lastHash = e.hash;
    ++head.entries;
}

AuditCopyStatus statusOf(const QString &deviceId, const Head &head, const QString &now)
{
    AuditCopyStatus s;
    s.deviceId = deviceId;
    s.receivedThrough = head.lastSeq;
    s.entries = head.entries;
    s.intact = head.firstBadSeq == 0;
    s.firstBadSeq = head.firstBadSeq;
    s.problem = head.problem;
    s.checkedAt = now;
    return s;
}

Head readHead(ServerTransaction &tx, const QString &deviceId)
{
    Head head;
    QSqlQuery *q = tx.exec(QStringLiteral("SELECT last_seq, last_hash, entries, first_bad_seq, "
                                          "problem, updated_at FROM desk_audit_heads "
                                          "WHERE device_id = ?"),
                           {deviceId});
    if (q && q->next()) {
        head.exists = true;
        head.lastSeq = q->value(0).toLongLong();
        head.lastHash = q->value(1).toString();
        head.entries = q->value(2).toLongLong();
        head.firstBadSeq = q->value(3).toLongLong();
        head.problem = q->value(4).toString();
        head.lastReceivedAt = q->value(5).toString();
    }
    // A statement left open keeps the embedded store's read lock after the commit, and other
    // writers then find the database locked.
    if (q)
        q->finish();
    return head;
}

} // namespace

QJsonObject DeviceAuditCopy::toJson() const
{
    QJsonObject o = status.toJson();
    o.insert(QStringLiteral("device_name"), deviceName);
    o.insert(QStringLiteral("last_received_at"),
             lastReceivedAt.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastReceivedAt));
    return o;
}

AuditCopyService::AuditCopyService(ServerDatabase &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

ApiResult<AuditCopyStatus> AuditCopyService::upload(const AuthContext &caller,
                                                    const AuditUploadRequest &request)
{
    if (request.deviceId != caller.deviceId)
        return ApiError::forbidden(
            QStringLiteral("A desk sends only its own audit trail: device_id must be the desk "
                           "signed in."));
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    Head head = readHead(tx, caller.deviceId);
    // A request that starts after the server's last entry: the server lost entries the desk
    // believes it sent (a restore from a backup). Not evidence of anything on the desk, so not
    // recorded: the desk asks where the server stands and sends from there.
    if (!request.entries.isEmpty() && request.entries.constFirst().seq > head.lastSeq + 1)
        return ApiError::conflict(
            QStringLiteral("The server holds this desk's entries up to %1; send from there.")
                .arg(head.lastSeq),
            QStringLiteral("entries[0].seq"));

    // Entries the server holds already must be the ones it has: a desk that changed an entry
    // after sending it shows here.
    QHash<qint64, QString> stored;
    if (!request.entries.isEmpty() && request.entries.constFirst().seq <= head.lastSeq) {
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT seq, hash FROM desk_audit WHERE device_id "
                                              "= ? AND seq >= ? AND seq <= ?"),
                               {caller.deviceId, request.entries.constFirst().seq, head.lastSeq});
        while (q && q->next())
            stored.insert(q->value(0).toLongLong(), q->value(1).toString());
        if (q)
            q->finish();
    }
    QList<QVariantList> rows;
    for (const AuditEntry &e : request.entries) {
        if (e.seq <= head.lastSeq) {
            const auto it = stored.constFind(e.seq);
            if (it != stored.cend() && *it != e.hash)
                head.found(e.seq, QStringLiteral("Entry %1 differs from the copy the server "
                                                 "received: it, or an entry before it, was "
                                                 "changed on the desk after it was sent.")
                                      .arg(e.seq));
            continue;
        }
        follow(head, e);
        rows << QVariantList{caller.deviceId,
                             e.seq,
                             e.id,
                             e.at,
                             e.accountId,
                             e.deviceId,
                             e.action,
                             nullable(e.recordType),
                             nullable(e.recordId),
                             nullable(e.detail),
                             e.prevHash,
                             e.hash,
                             now};
    }
    tx.insertRows(QStringLiteral("desk_audit"), kEntryColumns, rows);
    const QVariantList values{head.lastSeq,
                              head.lastHash,
                              head.entries,
                              head.firstBadSeq > 0 ? QVariant(head.firstBadSeq)
                                                   : QVariant(QMetaType(QMetaType::LongLong)),
                              nullable(head.problem),
                              now,
                              caller.deviceId};
    if (head.exists)
        tx.exec(QStringLiteral("UPDATE desk_audit_heads SET last_seq = ?, last_hash = ?, "
                               "entries = ?, first_bad_seq = ?, problem = ?, updated_at = ? "
                               "WHERE device_id = ?"),
                values);
    else
        tx.exec(QStringLiteral("INSERT INTO desk_audit_heads (last_seq, last_hash, entries, "
                               "first_bad_seq, problem, updated_at, device_id) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                values);
    if (auto done = tx.commit(); !done)
        return done.error();
    if (!rows.isEmpty())
        qCInfo(lcAuditCopy).noquote() << "device" << caller.deviceId << "sent" << rows.size()
                                      << "audit entries through" << head.lastSeq;
    if (head.firstBadSeq != 0)
        qCWarning(lcAuditCopy).noquote()
            << "device" << caller.deviceId << "audit copy not intact at entry" << head.firstBadSeq;
    return statusOf(caller.deviceId, head, now);
}

ApiResult<QList<DeviceAuditCopy>> AuditCopyService::verifyAll()
{
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QList<DeviceAuditCopy> copies;
    QSqlQuery *devices = tx.exec(
        QStringLiteral("SELECT h.device_id, d.name FROM desk_audit_heads h LEFT JOIN devices d "
                       "ON d.id = h.device_id ORDER BY d.name, h.device_id"));
    while (devices && devices->next()) {
        DeviceAuditCopy copy;
        copy.status.deviceId = devices->value(0).toString();
        copy.deviceName = devices->value(1).toString();
        copies << copy;
    }
    if (devices)
        devices->finish();
    for (DeviceAuditCopy &copy : copies) {
        const Head recorded = readHead(tx, copy.status.deviceId);
        Head walked;
        QSqlQuery *q = tx.exec(
            QStringLiteral("SELECT seq, id, at, account_id, entry_device_id, action, record_type, "
                           "record_id, detail, prev_hash, hash FROM desk_audit "
                           "WHERE device_id = ? ORDER BY seq"),
            {copy.status.deviceId});
        while (q && q->next()) {
            AuditEntry e;
            e.seq = q->value(0).toLongLong();
            e.id = q->value(1).toString();
            e.at = q->value(2).toString();
            e.accountId = q->value(3).toString();
            e.deviceId = q->value(4).toString();
            e.action = q->value(5).toString();
            e.recordType = q->value(6).toString();
            e.recordId = q->value(7).toString();
            e.detail = q->value(8).toString();
            e.prevHash = q->value(9).toString();
            e.hash = q->value(10).toString();
            follow(walked, e);
        }
        if (q)
            q->finish();
        if (walked.entries != recorded.entries || walked.lastSeq != recorded.lastSeq)
            walked.found(walked.lastSeq + 1,
                         QStringLiteral("The server's copy holds %1 entries through %2, but it "
                                        "recorded %3 through %4: entries were removed from the "
                                        "server's database.")
                             .arg(walked.entries)
                             .arg(walked.lastSeq)
                             .arg(recorded.entries)
                             .arg(recorded.lastSeq));
        if (recorded.firstBadSeq != 0)
            walked.found(recorded.firstBadSeq, recorded.problem);
        copy.status = statusOf(copy.status.deviceId, walked, now);
        copy.lastReceivedAt = recorded.lastReceivedAt;
    }
    if (tx.failed())
        return tx.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return copies;
}

} // namespace helpline::server
