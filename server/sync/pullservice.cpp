#include "server/sync/pullservice.h"

#include "core/util/clock.h"
#include "server/db/serverdatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace helpline::server {

PullService::PullService(ServerDatabase &db)
    : m_db(db)
{
}

ApiResult<PullPage> PullService::pull(const AuthContext &caller, const PullQuery &query)
{
    PullPage page;
    page.stream = query.stream;
    page.cursor = query.cursor;
    const Role role = caller.account.role;
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QSqlQuery *q = nullptr;
    const qint64 fetch = qint64(query.limit) + 1;
    if (query.stream == QLatin1String("accounts")) {
        const QString columns = QStringLiteral(
            "SELECT seq, id, revision, username, display_name, role, office_id, active, "
            "updated_at, created_at FROM accounts WHERE seq > ?");
        q = role == Role::Admin
                ? tx.exec(columns + QStringLiteral(" ORDER BY seq LIMIT ?"), {query.cursor, fetch})
                : tx.exec(columns + QStringLiteral(" AND office_id = ? ORDER BY seq LIMIT ?"),
                          {query.cursor, caller.account.officeId, fetch});
        if (!q)
            return tx.error();
        while (q->next()) {
            PullItem item;
            item.seq = q->value(0).toLongLong();
            item.type = QStringLiteral("account");
            item.id = q->value(1).toString();
            item.revision = q->value(2).toInt();
            item.record = QJsonObject{{QStringLiteral("id"), item.id},
                                      {QStringLiteral("username"), q->value(3).toString()},
                                      {QStringLiteral("display_name"), q->value(4).toString()},
                                      {QStringLiteral("role"), q->value(5).toString()},
                                      {QStringLiteral("office_id"), q->value(6).toString()},
                                      {QStringLiteral("active"), q->value(7).toInt() != 0},
                                      {QStringLiteral("updated_at"), q->value(8).toString()},
                                      {QStringLiteral("created_at"), q->value(9).toString()},
                                      {QStringLiteral("revision"), item.revision}};
            page.items << item;
        }
    } else {
        // own=skip: a record this desk pushed and the server stored exactly as sent
        // (`echo_device`) is not sent back: the desk has it. Its row still moves the cursor on.
        const QVariant echoOf = query.skipOwn ? QVariant(caller.deviceId) : QVariant(QString());
        const QString select = QStringLiteral(
            "SELECT seq, type, id, revision, deleted, CASE WHEN echo_device = ? THEN NULL ELSE "
            "body END FROM records WHERE ");
        const QString columns = select + QStringLiteral("stream = ? AND seq > ?");
        if (query.stream != QLatin1String("cases")) {
            q = tx.exec(columns + QStringLiteral(" ORDER BY seq LIMIT ?"),
                        {echoOf, query.stream, query.cursor, fetch});
        } else if (role == Role::Supervisor) {
            q = tx.exec(columns + QStringLiteral(" AND office_id = ? ORDER BY seq LIMIT ?"),
                        {echoOf, query.stream, query.cursor, caller.account.officeId, fetch});
        } else if (role == Role::Counsellor) {
            // Index-ordered scans (assigned to me, written by me, opened by me with a reason
            // and not yet expired) joined: an OR in one scan makes SQLite 3.15 read every
            // record pushed since the cursor.
            const QString now = isoUtc(QDateTime::currentDateTimeUtc());
            q = tx.exec(
                select + QStringLiteral("seq IN (SELECT seq FROM (SELECT seq FROM records WHERE "
                                        "stream = ? AND assignee_id = ? AND seq > ? ORDER BY seq "
                                        "LIMIT ?) a UNION SELECT seq FROM (SELECT seq FROM records "
                                        "WHERE stream = ? AND created_by = ? AND seq > ? ORDER BY "
                                        "seq LIMIT ?) b UNION SELECT seq FROM (SELECT seq FROM "
                                        "records WHERE stream = ? AND case_id IN (SELECT case_id "
                                        "FROM case_openings WHERE account_id = ? AND expires_at > "
                                        "?) AND seq > ? ORDER BY seq LIMIT ?) o) ORDER BY seq "
                                        "LIMIT ?"),
                {echoOf, query.stream, caller.account.id, query.cursor, fetch, query.stream,
                 caller.account.id, query.cursor, fetch, query.stream, caller.account.id, now,
                 query.cursor, fetch, fetch});
        } else {
            return ApiError::forbidden(
                QStringLiteral("Admin accounts do not receive case records."));
        }
        if (!q)
            return tx.error();
        qint64 rows = 0;
        while (q->next()) {
            if (++rows > query.limit) {
                page.more = true;
                break;
            }
            page.cursor = q->value(0).toLongLong();
            if (q->isNull(5))
                continue; // an echo of this desk's own push
            PullItem item;
            item.seq = page.cursor;
            item.type = q->value(1).toString();
            item.id = q->value(2).toString();
            item.revision = q->value(3).toInt();
            item.deleted = q->value(4).toInt() != 0;
            item.record = QJsonDocument::fromJson(q->value(5).toString().toUtf8()).object();
            page.items << item;
        }
        // A statement left unfinished would keep SQLite's read snapshot: later pulls on this
        // thread's connection would not see newer records.
        q->finish();
        if (tx.failed())
            return tx.error();
        tx.commit();
        return page;
    }
    if (tx.failed())
        return tx.error();
    tx.commit();
    if (page.items.size() > query.limit) {
        page.items.removeLast();
        page.more = true;
    }
    if (!page.items.isEmpty())
        page.cursor = page.items.constLast().seq;
    return page;
}

} // namespace helpline::server
