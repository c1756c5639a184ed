#include "server/sync/pushservice.h"

#include "core/domain/accesspolicy.h"
#include "core/domain/recordjson.h"
#include "core/protocol/recorddecoder.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"
#include "server/db/serverdatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcPush, "helpline.server.push")

namespace helpline::server {

namespace {

const QStringList &metaKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),         QStringLiteral("created_at"),    QStringLiteral("updated_at"),
        QStringLiteral("created_by"), QStringLiteral("origin_device"), QStringLiteral("revision"),
        QStringLiteral("deleted")};
    return keys;
}

// A record as the server holds it.
struct Stored {
    QString id;
    QString type;
    int revision = 0;
    QJsonObject body;
    QJsonObject clocks;
    QString caseId;
    QString officeId;
    QString assigneeId;
    QString createdBy;
    bool isNew = false;   // inserted by this batch
    bool changed = false; // needs writing
};

struct Receipt {
    QString result;
    int serverRevision = 0;
    QString hash;
    QList<LostField> lost;
    int lostUnknown = 0; // a receipt from before the lost fields were kept: only their count
};

// The receipt's detail: the first answer's lost fields as a JSON array; older receipts hold
// only their count.
void readLost(const QString &detail, Receipt &receipt)
{
    if (detail.isEmpty())
        return;
    const QJsonDocument document = QJsonDocument::fromJson(detail.toUtf8());
    if (!document.isArray()) {
        receipt.lostUnknown = detail.toInt();
        return;
    }
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array)
        if (auto field = LostField::fromJson(value.toObject(), nullptr))
            receipt.lost.append(*field);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QString hashOf(const QJsonObject &o)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

// A field's value; an absent one is null, as the decoders read it (and as a reply must carry
// it: an undefined value would vanish from `lost`).
QJsonValue valueOf(const QJsonObject &o, const QString &field)
{
    const QJsonValue value = o.value(field);
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

QString textOf(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// A change's place in time when the desk sent none: its updated_at, then the device.
QString hlcOf(const PushItem &item, const QString &deviceId)
{
    if (!item.hlc.isEmpty())
        return item.hlc;
    const QDateTime at = fromIsoUtc(textOf(item.record, "updated_at"));
    return QStringLiteral("%1-0000-%2")
        .arg(at.isValid() ? at.toMSecsSinceEpoch() : 0, 13, 10, QLatin1Char('0'))
        .arg(deviceId);
}

// A supervisor's approval of a case's closure (ReviewRepository::approve on the desk).
bool isClosureApproval(const QJsonObject &event, const QString &caseId)
{
    return textOf(event, "case_id") == caseId && textOf(event, "kind") == QLatin1String("review") &&
           textOf(event, "new_value") == QLatin1String("approved") &&
           textOf(event, "field") == QLatin1String("closure") &&
           !event.value(QStringLiteral("deleted")).toBool();
}

// A review comment, or a review decision other than a counsellor's request for one.
bool isReviewWork(const PushItem &item)
{
    if (item.type == QLatin1String("note"))
        return textOf(item.record, "kind") == QLatin1String("review_comment");
    return item.type == QLatin1String("case_event") &&
           textOf(item.record, "kind") == QLatin1String("review") &&
           textOf(item.record, "new_value") != QLatin1String("requested");
}

QString caseIdOf(const QString &type, const QJsonObject &record)
{
    if (type == QLatin1String("case"))
        return textOf(record, "id");
    return textOf(record, "case_id");
}

// The persons a record names, which then belong to its case.
QStringList personsOf(const QString &type, const QJsonObject &record)
{
    QStringList ids;
    const char *keys[] = {"child_person_id", "caller_person_id", "person_id"};
    if (type == QLatin1String("person"))
        return ids;
    for (const char *key : keys) {
        const QString id = textOf(record, key);
        if (!id.isEmpty())
            ids << id;
    }
    return ids;
}

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

PushResult rejected(const PushItem &item, QString reason, QString field = {})
{
    PushResult r;
    r.id = item.id;
    r.revision = item.revision;
    r.result = QStringLiteral("rejected");
    r.reason = std::move(reason);
    r.field = std::move(field);
    return r;
}

// Reads rows `WHERE column IN (...)` in chunks of a fixed size, so that each chunk's statement
// is prepared once per connection (the last chunk is padded with its last value). (On
// PostgreSQL, `= ANY(?::text[])` with one array parameter measured twice the CPU.)
template<typename RowFn>
void selectIn(ServerTransaction &tx, const QString &prefix, const QString &suffix,
              const QStringList &values, const QVariantList &extra, RowFn onRow)
{
    // Fifty values a statement, padded with the last one, so there is one shape to prepare.
    constexpr int kChunk = 50;
    QString placeholders = QStringLiteral("?");
    for (int i = 1; i < kChunk; ++i)
        placeholders += QStringLiteral(", ?");
    const QString sql = prefix + QStringLiteral(" IN (") + placeholders + u')' + suffix;
    for (qsizetype start = 0; start < values.size(); start += kChunk) {
        QVariantList bound;
        for (int i = 0; i < kChunk; ++i)
            bound << values.at(qMin(start + i, values.size() - 1));
        bound << extra;
        QSqlQuery *q = tx.exec(sql, bound);
        if (!q)
            return;
        while (q->next())
            onRow(*q);
    }
}

// Whether a writer that committed after `readAfter` changed a record among `ids`, or this desk's
// receipts for them (a push of the same desk that committed meanwhile).
bool changedSince(ServerTransaction &tx, const QStringList &ids, qint64 readAfter,
                  const QString &deviceId, const QHash<QString, Receipt> &receiptsRead)
{
    bool changed = false;
    selectIn(tx, QStringLiteral("SELECT id FROM records WHERE id"), QStringLiteral(" AND seq > ?"),
             ids, {readAfter}, [&](const QSqlQuery &) { changed = true; });
    if (changed)
        return true;
    qsizetype receipts = 0;
    selectIn(tx, QStringLiteral("SELECT record_id FROM push_receipts WHERE record_id"),
             QStringLiteral(" AND device_id = ?"), ids, {deviceId},
             [&](const QSqlQuery &) { ++receipts; });
    return receipts != receiptsRead.size() || tx.failed();
}

} // namespace

QJsonObject PushService::Opening::toJson() const
{
    return {{QStringLiteral("case_id"), caseId},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("until"), until}};
}

ApiResult<PushService::Opening> PushService::openByNumber(const AuthContext &caller,
                                                          const QString &caseNumber,
                                                          const QString &reason)
{
    const QString number = caseNumber.trimmed().toUpper();
    if (!CaseRecord::isWholeCaseNumber(number))
        return ApiError::invalid(QStringLiteral("A case number looks like 2026-9E5A-00002."),
                                 QStringLiteral("case_number"));
    const QString text = reason.trimmed();
    if (text.size() < AccessPolicy::minReasonLength || text.size() > AccessPolicy::maxReasonLength)
        return ApiError::invalid(QStringLiteral("Write why you open this case (%1 to %2 "
                                                "characters).")
                                     .arg(AccessPolicy::minReasonLength)
                                     .arg(AccessPolicy::maxReasonLength),
                                 QStringLiteral("reason"));
    // The number is inside the case's JSON; the LIKE narrows, the decoded body decides.
    CaseScope scope;
    QString caseId;
    {
        ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
        QSqlQuery *q = tx.exec(
            QStringLiteral("SELECT id, office_id, assignee_id, body FROM records WHERE type = "
                           "'case' AND deleted = 0 AND body LIKE ?"),
            {QStringLiteral("%\"case_number\":\"%1\"%").arg(number)});
        while (q && q->next()) {
            const QJsonObject body =
                QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
            if (textOf(body, "case_number").toUpper() != number)
                continue;
            caseId = q->value(0).toString();
            scope = CaseScope{q->value(1).toString(), q->value(2).toString(),
                              body.value(QStringLiteral("restricted")).toBool()};
        }
        if (q)
            q->finish();
        if (tx.failed())
            return tx.error();
        tx.commit();
    }
    const Viewer viewer{caller.account.id, caller.account.role, caller.account.officeId};
    if (caseId.isEmpty() || (!AccessPolicy::mayReadCase(viewer, scope) &&
                             !AccessPolicy::mayOpenWithReason(viewer, scope)))
        // Another office's case is not told apart from no case at all.
        return ApiError::notFound(QStringLiteral("There is no case numbered %1 that this "
                                                 "account may open.")
                                      .arg(number));
    if (AccessPolicy::mayReadCase(viewer, scope))
        return ApiError::conflict(
            QStringLiteral("This case is already this account's: sync to receive it."),
            QStringLiteral("case_number"));
    const QDateTime now = m_clock.nowUtc();
    CaseEvent event;
    event.meta.id = newUuidV7(now);
    event.meta.createdAt = now;
    event.meta.updatedAt = now;
    event.meta.createdBy = caller.account.id;
    event.meta.originDevice = caller.deviceId;
    event.meta.revision = 1;
    event.caseId = caseId;
    event.kind = CaseEvent::accessKind();
    event.newValue = AccessPolicy::openingKind(viewer, scope);
    event.reason = text;
    PushItem item;
    item.type = QStringLiteral("case_event");
    item.id = event.meta.id;
    item.revision = 1;
    item.record = toJson(event);
    PushRequest request;
    request.deviceId = caller.deviceId;
    request.items << item;
    auto pushed = push(caller, request);
    if (!pushed)
        return pushed.error();
    const PushResult &result = pushed->results.constFirst();
    if (result.result != QLatin1String("applied"))
        return ApiError::forbidden(result.reason.isEmpty()
                                       ? QStringLiteral("The opening was not accepted.")
                                       : result.reason);
    // The desk did not push it, so it must not be skipped as its own echo: its pulls bring it.
    {
        ServerTransaction tx(m_db);
        tx.exec(QStringLiteral("UPDATE records SET echo_device = NULL WHERE id = ?"),
                {event.meta.id});
        if (auto done = tx.commit(); !done)
            return done.error();
    }
    return Opening{caseId, event.meta.id, event.newValue,
                   isoUtc(now.addSecs(qint64(AccessPolicy::openingHours) * 3600))};
}

PushService::PushService(ServerDatabase &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool PushService::isMutable(const QString &type)
{
    return type == QLatin1String("case") || type == QLatin1String("person") ||
           type == QLatin1String("referral") || type == QLatin1String("follow_up");
}

ApiResult<PushResponse> PushService::push(const AuthContext &caller, const PushRequest &request)
{
    if (request.deviceId != caller.deviceId)
        return ApiError::forbidden(
            QStringLiteral("This push names another desk than the one signed in."));
    const QString now = isoUtc(m_clock.nowUtc());
    QList<std::optional<PushResult>> results(request.items.size());

    // 1. Decode and validate every record; no database work yet.
    QStringList ids;
    QSet<QString> seenInBatch;
    for (qsizetype i = 0; i < request.items.size(); ++i) {
        const PushItem &item = request.items.at(i);
        const QString path = QStringLiteral("records[%1].record").arg(i);
        DecodeProblems problems;
        DecodeContext context;
        context.now = m_clock.nowUtc().addSecs(600); // desks' clocks may run a little ahead
        if (!decodeRecord(item.type, item.record, path, &problems, context)) {
            const DecodeProblem first = problems.value(0);
            results[i] = rejected(item, first.message, first.path);
            continue;
        }
        if (textOf(item.record, "id") != item.id ||
            item.record.value(QLatin1String("revision")).toInt() != item.revision) {
            results[i] = rejected(item,
                                  QStringLiteral("The record's id and revision differ from the "
                                                 "item's."),
                                  QStringLiteral("records[%1].id").arg(i));
            continue;
        }
        const QString key = item.id + u'#' + QString::number(item.revision);
        if (seenInBatch.contains(key)) {
            results[i] = rejected(item, QStringLiteral("The same record revision appears twice in "
                                                       "this push."));
            continue;
        }
        seenInBatch.insert(key);
        ids << item.id;
        const QString caseId = caseIdOf(item.type, item.record);
        if (!caseId.isEmpty())
            ids << caseId;
        ids << personsOf(item.type, item.record);
    }
    ids.removeDuplicates();

    // What phases 2 and 3 produce; phase 3 fills in the results that decoding left open.
    const QList<std::optional<PushResult>> decoded = results;
    QHash<QString, Receipt> receipts; // "id#revision"
    QHash<QString, Stored> stored;
    QStringList order;          // ids to write, in order
    QSet<QString> restampCases; // cases whose office or assignee changed
    // Openings with a reason by counsellors who may not read the case: (case, account). They
    // get the case for AccessPolicy::openingHours (case_openings), so the whole case is sent
    // again to reach them past their cursor.
    QList<QPair<QString, QString>> openings;
    // Their office and assignee before this batch: who must learn that the case left them.
    QHash<QString, QPair<QString, QString>> previousScope;
    QList<QVariantList> newReceipts;
    QHash<QString, QString> pushedHash; // id -> hash of the record as this desk sent it
    ServerTransaction tx(m_db);
    auto readAndDecide = [&]() -> bool {
        // 2. What the server has: this desk's receipts, and the records (and their cases) named.
        receipts.clear();
        if (!ids.isEmpty())
            selectIn(
                tx,
                QStringLiteral("SELECT record_id, revision, result, server_revision, body_hash, "
                               "detail FROM push_receipts WHERE record_id"),
                QStringLiteral(" AND device_id = ?"), ids, {caller.deviceId},
                [&](const QSqlQuery &q) {
                    Receipt receipt{
                        q.value(2).toString(), q.value(3).toInt(), q.value(4).toString(), {}, 0};
                    readLost(q.value(5).toString(), receipt);
                    receipts.insert(q.value(0).toString() + u'#' + q.value(1).toString(), receipt);
                });
        stored.clear();
        if (!ids.isEmpty())
            selectIn(tx,
                     QStringLiteral("SELECT id, type, revision, body, field_clocks, case_id, "
                                    "office_id, assignee_id, created_by FROM records WHERE id"),
                     {}, ids, {}, [&](const QSqlQuery &q) {
                         Stored s;
                         s.id = q.value(0).toString();
                         s.type = q.value(1).toString();
                         s.revision = q.value(2).toInt();
                         s.body = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
                         s.clocks =
                             QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
                         s.caseId = q.value(5).toString();
                         s.officeId = q.value(6).toString();
                         s.assigneeId = q.value(7).toString();
                         s.createdBy = q.value(8).toString();
                         stored.insert(s.id, s);
                     });
        // Accounts named as authors: they must exist and be of the caller's office (admins of any).
        QHash<QString, Viewer> authorsById; // each author as AccessPolicy sees them
        QSet<QString> signedInHere;         // authors who have signed in on the pushing desk
        {
            QStringList authors;
            for (const PushItem &item : request.items)
                authors << textOf(item.record, "created_by");
            authors.removeDuplicates();
            authors.removeAll(QString());
            if (!authors.isEmpty())
                selectIn(
                    tx, QStringLiteral("SELECT id, office_id, role FROM accounts WHERE id"), {},
                    authors, {}, [&](const QSqlQuery &q) {
                        const QString id = q.value(0).toString();
                        authorsById.insert(
                            id,
                            Viewer{id,
                                   roleFromCode(q.value(2).toString()).value_or(Role::Counsellor),
                                   q.value(1).toString()});
                    });
            if (!authors.isEmpty())
                selectIn(tx,
                         QStringLiteral("SELECT account_id FROM device_accounts WHERE "
                                        "account_id"),
                         QStringLiteral(" AND device_id = ?"), authors, {caller.deviceId},
                         [&](const QSqlQuery &q) { signedInHere.insert(q.value(0).toString()); });
        }
        if (tx.failed())
            return false;

        // Whose rights a new record is judged by: its author's, when the author is a counsellor
        // or supervisor who has signed in on this desk, since a shared desk carries the work of
        // all its accounts and pushes it as whoever is signed in when it syncs; otherwise the
        // pushing account's.
        const Viewer pusher{caller.account.id, caller.account.role, caller.account.officeId};
        auto actorFor = [&](const QString &author) -> Viewer {
            const Viewer viewer = authorsById.value(author);
            if (author == caller.account.id || !signedInHere.contains(author) ||
                viewer.role == Role::Admin)
                return pusher;
            return viewer;
        };
        auto scopeOf = [](const Stored &caseRow) {
            return CaseScope{caseRow.officeId, caseRow.assigneeId,
                             caseRow.body.value(QStringLiteral("restricted")).toBool()};
        };
        auto mayWrite = [&](const Stored *caseRow, const Viewer &actor) -> bool {
            return !caseRow ||
                   AccessPolicy::mayPushCaseChange(actor, caller.deviceOfficeId, scopeOf(*caseRow),
                                                   caseRow->createdBy);
        };
        // An opening with a reason (AccessPolicy::mayOpenWithReason) is written by someone who
        // may not read the case: its author's office must be the case's, or the author an admin.
        auto mayOpen = [&](const Stored *caseRow, const Viewer &author) -> bool {
            // Someone who may read the case needs no opening, but writing one does no harm.
            return !caseRow || AccessPolicy::mayOpenWithReason(author, scopeOf(*caseRow)) ||
                   AccessPolicy::mayReadCase(author, scopeOf(*caseRow));
        };

        QHash<QString, bool> officeApproval; // office -> closure needs approval
        auto closureNeedsApproval = [&](ServerTransaction &t, const QString &office) {
            if (!officeApproval.contains(office))
                officeApproval.insert(
                    office, t.scalar(QStringLiteral("SELECT closure_needs_approval FROM offices "
                                                    "WHERE id = ?"),
                                     {office})
                                    .toInt() != 0);
            return officeApproval.value(office);
        };
        auto closureApproved = [&](ServerTransaction &t, const QString &caseId,
                                   const PushRequest &push) {
            for (const PushItem &other : push.items)
                if (other.type == QLatin1String("case_event") &&
                    isClosureApproval(other.record, caseId) &&
                    authorsById.value(textOf(other.record, "created_by")).role == Role::Supervisor)
                    return true;
            bool found = false;
            if (QSqlQuery *q =
                    t.exec(QStringLiteral("SELECT body FROM records WHERE type = "
                                          "'case_event' AND case_id = ? AND deleted = 0"),
                           {caseId})) {
                while (!found && q->next())
                    found = isClosureApproval(
                        QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object(), caseId);
                q->finish();
            }
            return found;
        };

        // 3. Decide each record in order (a case earlier in the batch is known to its contacts).
        order.clear();
        restampCases.clear();
        openings.clear();
        previousScope.clear();
        newReceipts.clear();
        pushedHash.clear();
        results = decoded;
        for (qsizetype i = 0; i < request.items.size(); ++i) {
            if (results[i])
                continue;
            const PushItem &item = request.items.at(i);
            const QString hash = hashOf(item.record);
            const QString key = item.id + u'#' + QString::number(item.revision);
            if (auto r = receipts.constFind(key); r != receipts.constEnd()) {
                PushResult dup;
                dup.id = item.id;
                dup.revision = item.revision;
                if (r->hash != hash) {
                    results[i] = rejected(item, QStringLiteral("This desk already pushed this "
                                                               "revision with other content."));
                    continue;
                }
                dup.result = QStringLiteral("duplicate");
                dup.serverRevision = r->serverRevision;
                dup.lost = r->lost;
                if (r->lostUnknown > 0)
                    dup.reason = QStringLiteral("The first answer reported %1 field(s) that lost "
                                                "a merge; their values were not kept.")
                                     .arg(r->lostUnknown);
                results[i] = dup;
                continue;
            }
            const QString author = textOf(item.record, "created_by");
            const auto authorIt = authorsById.constFind(author);
            if (authorIt == authorsById.cend()) {
                results[i] = rejected(item,
                                      QStringLiteral("The record's author is not an account of "
                                                     "this server."),
                                      QStringLiteral("records[%1].record.created_by").arg(i));
                continue;
            }
            const Viewer &authorViewer = *authorIt;
            // A desk carries the work of its own office's accounts (an admin's of any).
            if (authorViewer.role != Role::Admin &&
                authorViewer.officeId != caller.deviceOfficeId &&
                authorViewer.officeId != caller.account.officeId) {
                results[i] = rejected(item,
                                      QStringLiteral("The record's author belongs to another "
                                                     "office."),
                                      QStringLiteral("records[%1].record.created_by").arg(i));
                continue;
            }
            // Review comments and decisions are a supervisor's (AccessPolicy::mayReview); a
            // counsellor may only ask for a review.
            if (isReviewWork(item) && authorViewer.role != Role::Supervisor) {
                results[i] = rejected(item,
                                      QStringLiteral("Only a supervisor reviews: comments, "
                                                     "approvals, returns and acknowledgements."),
                                      QStringLiteral("records[%1].record.created_by").arg(i));
                continue;
            }
            const QString caseId = caseIdOf(item.type, item.record);
            Stored *existing = stored.contains(item.id) ? &stored[item.id] : nullptr;
            if (existing && existing->type != item.type) {
                results[i] = rejected(item, QStringLiteral("A record with this id and another type "
                                                           "exists."));
                continue;
            }
            // A stored record is judged by the case it is stored under, never by the case the push
            // names, and a push cannot move it to another case.
            if (existing && item.type != QLatin1String("case") && !existing->caseId.isEmpty() &&
                item.type != QLatin1String("person") && caseId != existing->caseId) {
                results[i] = rejected(item, QStringLiteral("A record cannot move to another case."),
                                      QStringLiteral("records[%1].record.case_id").arg(i));
                continue;
            }
            const QString governingCase = existing ? existing->caseId : caseId;
            Stored *caseRow = nullptr;
            if (item.type == QLatin1String("case"))
                caseRow = existing;
            else if (!governingCase.isEmpty() && stored.contains(governingCase))
                caseRow = &stored[governingCase];
            const bool opening = item.type == QLatin1String("case_event") &&
                                 textOf(item.record, "kind") == QLatin1String("access");
            // A new record's created_by is who wrote it; an update's is who first wrote the
            // record, not who changed it, so an update is the pushing account's.
            const Viewer actor = existing ? pusher : actorFor(author);
            bool allowed = opening ? mayOpen(caseRow, authorViewer) : mayWrite(caseRow, actor);
            if (allowed && existing && !caseRow) {
                // Not (yet) part of a known case: its author, or a supervisor of its office.
                allowed = existing->createdBy == actor.accountId ||
                          (actor.role == Role::Supervisor && existing->officeId == actor.officeId);
            }
            if (allowed && opening && !existing && caseRow &&
                authorViewer.role == Role::Counsellor &&
                !AccessPolicy::mayReadCase(authorViewer, scopeOf(*caseRow)))
                openings.append({caseRow->id, author});
            if (!allowed) {
                results[i] =
                    rejected(item, QStringLiteral("This account may not change this case."));
                continue;
            }
            // The office's closure approval (Office::closureNeedsApproval): a case is closed by a
            // supervisor, or with a supervisor's approval of the closure on record, stored or in
            // this push (a shared desk carries the approval after the change it made).
            if (item.type == QLatin1String("case") && existing && actor.role != Role::Supervisor &&
                textOf(item.record, "status") == QLatin1String("closed") &&
                textOf(existing->body, "status") != QLatin1String("closed") &&
                closureNeedsApproval(tx, existing->officeId) &&
                !closureApproved(tx, item.id, request)) {
                results[i] = rejected(item,
                                      QStringLiteral("In this office a supervisor approves every "
                                                     "closure; this one was not approved."),
                                      QStringLiteral("records[%1].record.status").arg(i));
                continue;
            }
            const QString hlc = hlcOf(item, caller.deviceId);
            PushResult result;
            result.id = item.id;
            result.revision = item.revision;

            if (!existing) {
                Stored s;
                s.id = item.id;
                s.type = item.type;
                s.revision = item.revision;
                s.body = item.record;
                s.createdBy = author;
                s.isNew = true;
                s.changed = true;
                for (auto it = item.record.begin(); it != item.record.end(); ++it)
                    if (!metaKeys().contains(it.key()))
                        s.clocks.insert(it.key(), hlc);
                if (item.type == QLatin1String("case")) {
                    QString office = textOf(item.record, "office_id");
                    if (office.isEmpty()) {
                        office = caller.deviceOfficeId;
                        s.body.insert(QStringLiteral("office_id"), office);
                    } else if (office != caller.deviceOfficeId &&
                               office != caller.account.officeId) {
                        results[i] =
                            rejected(item,
                                     QStringLiteral("The case belongs to another "
                                                    "office."),
                                     QStringLiteral("records[%1].record.office_id").arg(i));
                        continue;
                    }
                    s.caseId = item.id;
                    s.officeId = office;
                    s.assigneeId = textOf(item.record, "assignee_id");
                    restampCases.insert(item.id);
                } else {
                    s.caseId = caseId;
                    s.officeId = caseRow ? caseRow->officeId : caller.deviceOfficeId;
                    s.assigneeId = caseRow ? caseRow->assigneeId : QString();
                }
                result.result = QStringLiteral("applied");
                result.serverRevision = s.revision;
                stored.insert(s.id, s);
                existing = &stored[item.id];
                order << item.id;
            } else if (!isMutable(item.type)) {
                if (hashOf(existing->body) == hash) {
                    result.result = QStringLiteral("duplicate");
                    result.serverRevision = existing->revision;
                } else if (item.revision > existing->revision) {
                    // A later revision of an append-only record: a deletion (tombstone) or a
                    // correction the desk made before the first push arrived.
                    existing->body = item.record;
                    existing->revision = item.revision;
                    existing->changed = true;
                    order << item.id;
                    result.result = QStringLiteral("applied");
                    result.serverRevision = existing->revision;
                } else {
                    results[i] = rejected(item, QStringLiteral("This record cannot be changed once "
                                                               "saved; add a correction instead."));
                    continue;
                }
            } else {
                // Field by field: the later clock wins. A value that lost is reported to this
                // desk, the second to push, so it keeps the conflict (docs/architecture.md,
                // "Push"): its own value that lost, or, when its base shows that another desk
                // changed the field meanwhile, the stored value its later change replaced.
                QStringList fields = item.changedFields;
                if (fields.isEmpty())
                    for (auto it = item.record.begin(); it != item.record.end(); ++it)
                        if (!metaKeys().contains(it.key()) &&
                            existing->body.value(it.key()) != it.value())
                            fields << it.key();
                if (item.record.value(QLatin1String("deleted")).toBool() !=
                    existing->body.value(QLatin1String("deleted")).toBool())
                    fields << QStringLiteral("deleted");
                bool changed = false;
                for (const QString &field : std::as_const(fields)) {
                    if (metaKeys().contains(field) && field != QLatin1String("deleted"))
                        continue;
                    const QJsonValue incoming = valueOf(item.record, field);
                    const QJsonValue current = valueOf(existing->body, field);
                    if (incoming == current)
                        continue;
                    const QString currentClock = existing->clocks.value(field).toString();
                    const bool hasBase = item.base.contains(field);
                    // The desk changed the value the server still has: its change comes after
                    // the stored one whatever the clocks say (a desk's clock may lag the one
                    // that stamped the stored value), and the field's clock never goes back.
                    if (hasBase && valueOf(item.base, field) == current) {
                        existing->body.insert(field, incoming);
                        existing->clocks.insert(field, qMax(hlc, currentClock));
                        changed = true;
                    } else if (hlc > currentClock) {
                        if (hasBase)
                            result.lost.append(LostField{field, current, incoming, hlc,
                                                         currentClock, QStringLiteral("stored")});
                        existing->body.insert(field, incoming);
                        existing->clocks.insert(field, hlc);
                        changed = true;
                    } else {
                        result.lost.append(LostField{field, incoming, current, currentClock, hlc,
                                                     QStringLiteral("incoming")});
                    }
                }
                if (changed) {
                    existing->revision += 1;
                    existing->body.insert(QStringLiteral("revision"), existing->revision);
                    const QString updated = textOf(item.record, "updated_at");
                    if (updated > textOf(existing->body, "updated_at"))
                        existing->body.insert(QStringLiteral("updated_at"), updated);
                    existing->changed = true;
                    order << item.id;
                    if (item.type == QLatin1String("case")) {
                        const QString office = textOf(existing->body, "office_id");
                        const QString assignee = textOf(existing->body, "assignee_id");
                        if (office != existing->officeId || assignee != existing->assigneeId) {
                            if (!previousScope.contains(item.id))
                                previousScope.insert(item.id,
                                                     {existing->officeId, existing->assigneeId});
                            existing->officeId = office;
                            existing->assigneeId = assignee;
                            restampCases.insert(item.id);
                        }
                    }
                }
                result.result =
                    result.lost.isEmpty() ? QStringLiteral("applied") : QStringLiteral("merged");
                result.serverRevision = existing->revision;
            }
            // The persons this record names belong to its case from now on.
            const Stored *ownCase = item.type == QLatin1String("case")
                                        ? existing
                                        : (stored.contains(caseId) ? &stored[caseId] : nullptr);
            if (ownCase) {
                const QStringList persons = personsOf(item.type, item.record);
                for (const QString &personId : persons) {
                    auto p = stored.find(personId);
                    if (p == stored.end() || !p->caseId.isEmpty() ||
                        p->type != QLatin1String("person"))
                        continue;
                    p->caseId = ownCase->id;
                    p->officeId = ownCase->officeId;
                    p->assigneeId = ownCase->assigneeId;
                    if (!p->changed)
                        order << p->id;
                    p->changed = true;
                }
            }
            // The lost fields are kept with the receipt: a desk whose first answer went missing
            // sends the batch again and must still learn of the conflict.
            QJsonArray lost;
            for (const LostField &field : std::as_const(result.lost))
                lost.append(field.toJson());
            pushedHash.insert(item.id, hash);
            newReceipts.append({item.id, item.revision, caller.deviceId, hash, result.result,
                                result.serverRevision,
                                orNull(lost.isEmpty() ? QString() : compact(lost)), now});
            results[i] = result;
        }

        return true;
    };

    // PostgreSQL: read and decide while other pushes write, then take the writers' lock and
    // check that none of them touched what was read; if one did (rare: two desks on one case),
    // read and decide again under the lock. The embedded store holds its write lock throughout.
    const bool optimistic = m_db.dialect() == Dialect::Postgres;
    const qint64 readAfter =
        optimistic
            ? tx.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM records")).toLongLong()
            : 0;
    if (!optimistic)
        tx.lockWriters();
    if (!readAndDecide())
        return tx.error();
    if (optimistic) {
        tx.lockWriters();
        if (!ids.isEmpty() && changedSince(tx, ids, readAfter, caller.deviceId, receipts)) {
            qCDebug(lcPush) << "push from device" << caller.deviceId
                            << "read records that changed meanwhile; deciding again";
            if (!readAndDecide())
                return tx.error();
        }
    }

    // 4. Write: each written record takes the next sequence number.
    order.removeDuplicates();
    // Records of a case whose office or assignee changed move with it (and are pulled again).
    QStringList restamped;
    if (!restampCases.isEmpty()) {
        // One statement per fifty cases: a batch of new cases would otherwise ask once per case
        // while holding the writers' lock.
        const QStringList caseIds(restampCases.cbegin(), restampCases.cend());
        selectIn(tx,
                 QStringLiteral("SELECT id, case_id FROM records WHERE type <> 'withdrawal' AND "
                                "case_id"),
                 QStringLiteral(" ORDER BY seq"), caseIds, {}, [&](const QSqlQuery &q) {
                     const QString id = q.value(0).toString();
                     if (id == q.value(1).toString() || (stored.contains(id) && stored[id].changed))
                         return;
                     restamped << id; // written below from their case row, not from memory
                 });
        restamped.removeDuplicates(); // the last chunk repeats its last case
    }
    for (const QString &caseId : std::as_const(restampCases)) {
        const Stored &c = stored[caseId];
        // The records of this batch that belong to the case take its new office and assignee.
        for (auto it = stored.begin(); it != stored.end(); ++it)
            if (it->changed && it->caseId == caseId && it->id != caseId) {
                it->officeId = c.officeId;
                it->assigneeId = c.assigneeId;
            }
    }
    // A case that left an assignee (or an office) is withdrawn from them: a record of type
    // "withdrawal" that their pulls find under their old assignee (office), naming the case's
    // new office and assignee, so their desks stop showing it.
    QList<QVariantList> withdrawals;
    for (const QString &caseId : std::as_const(restampCases)) {
        const Stored &c = stored[caseId];
        const auto before = previousScope.value(caseId);
        const QString oldOffice = before.first != c.officeId ? before.first : QString();
        const QString oldAssignee = before.second != c.assigneeId ? before.second : QString();
        if (oldOffice.isEmpty() && oldAssignee.isEmpty())
            continue;
        const QString id = newUuidV7(m_clock.nowUtc());
        const QJsonObject body{{QStringLiteral("id"), id},
                               {QStringLiteral("case_id"), caseId},
                               {QStringLiteral("office_id"), c.officeId},
                               {QStringLiteral("assignee_id"), c.assigneeId},
                               {QStringLiteral("revision"), 1},
                               {QStringLiteral("updated_at"), now}};
        withdrawals.append({id, QStringLiteral("withdrawal"), QStringLiteral("cases"), 1, caseId,
                            orNull(oldOffice), orNull(oldAssignee), orNull({}), orNull({}), now, 0,
                            compact(body), orNull({}), orNull({}), 0});
    }
    // Every record of an opened case (the case row too) goes again, to reach the opener.
    QStringList reopened;
    if (!openings.isEmpty()) {
        QStringList caseIds;
        for (const auto &o : std::as_const(openings))
            caseIds << o.first;
        caseIds.removeDuplicates();
        selectIn(tx,
                 QStringLiteral("SELECT id FROM records WHERE type <> 'withdrawal' AND case_id"),
                 QStringLiteral(" ORDER BY seq"), caseIds, {}, [&](const QSqlQuery &q) {
                     const QString id = q.value(0).toString();
                     if (!order.contains(id) && !restamped.contains(id))
                         reopened << id;
                 });
        reopened.removeDuplicates();
    }
    const qint64 total = order.size() + restamped.size() + reopened.size() + withdrawals.size();
    qint64 seq = total > 0 ? tx.nextSeq(int(total)) : 0;
    static const QStringList recordColumns{QStringLiteral("id"),
                                           QStringLiteral("type"),
                                           QStringLiteral("stream"),
                                           QStringLiteral("revision"),
                                           QStringLiteral("case_id"),
                                           QStringLiteral("office_id"),
                                           QStringLiteral("assignee_id"),
                                           QStringLiteral("created_by"),
                                           QStringLiteral("origin_device"),
                                           QStringLiteral("updated_at"),
                                           QStringLiteral("deleted"),
                                           QStringLiteral("body"),
                                           QStringLiteral("field_clocks"),
                                           QStringLiteral("echo_device"),
                                           QStringLiteral("seq")};
    const QString update = QStringLiteral(
        "UPDATE records SET revision = ?, case_id = ?, office_id = ?, assignee_id = ?, "
        "updated_at = ?, deleted = ?, body = ?, field_clocks = ?, echo_device = ?, seq = ? "
        "WHERE id = ?");
    QList<QVariantList> inserts;
    for (const QString &id : std::as_const(order)) {
        const Stored &s = stored[id];
        const QString clocks = s.clocks.isEmpty() ? QString() : compact(s.clocks);
        const int deleted = s.body.value(QLatin1String("deleted")).toBool() ? 1 : 0;
        const QByteArray json = QJsonDocument(s.body).toJson(QJsonDocument::Compact);
        const QString body = QString::fromUtf8(json);
        // Stored exactly as this desk sent it: the desk has it, and its pulls skip it.
        const QVariant echo =
            orNull(pushedHash.value(id) ==
                           QString::fromLatin1(
                               QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex())
                       ? caller.deviceId
                       : QString());
        if (s.isNew)
            inserts.append({s.id, s.type, QStringLiteral("cases"), s.revision, orNull(s.caseId),
                            orNull(s.officeId), orNull(s.assigneeId), orNull(s.createdBy),
                            orNull(textOf(s.body, "origin_device")), textOf(s.body, "updated_at"),
                            deleted, body, orNull(clocks), echo, seq++});
        else
            tx.exec(update, {s.revision, orNull(s.caseId), orNull(s.officeId), orNull(s.assigneeId),
                             textOf(s.body, "updated_at"), deleted, body, orNull(clocks), echo,
                             seq++, s.id});
    }
    tx.insertRows(QStringLiteral("records"), recordColumns, inserts);
    // Their case row is written above, so they read its new office and assignee. Every desk
    // pulls them again, their author's too: a desk that lost a case (withdrawal) gets it back.
    for (const QString &id : std::as_const(restamped)) {
        tx.exec(QStringLiteral("UPDATE records SET office_id = (SELECT office_id FROM records c "
                               "WHERE c.id = records.case_id), assignee_id = (SELECT "
                               "assignee_id FROM records c WHERE c.id = records.case_id), "
                               "echo_device = NULL, seq = ? WHERE id = ?"),
                {seq++, id});
    }
    for (const QString &id : std::as_const(reopened))
        tx.exec(QStringLiteral("UPDATE records SET echo_device = NULL, seq = ? WHERE id = ?"),
                {seq++, id});
    const QString openedUntil =
        isoUtc(m_clock.nowUtc().addSecs(qint64(AccessPolicy::openingHours) * 3600));
    for (const auto &o : std::as_const(openings)) {
        tx.exec(QStringLiteral("DELETE FROM case_openings WHERE case_id = ? AND account_id = ?"),
                {o.first, o.second});
        tx.exec(QStringLiteral("INSERT INTO case_openings (case_id, account_id, expires_at) "
                               "VALUES (?, ?, ?)"),
                {o.first, o.second, openedUntil});
    }
    for (QVariantList &row : withdrawals)
        row.last() = seq++;
    tx.insertRows(QStringLiteral("records"), recordColumns, withdrawals);
    static const QStringList receiptColumns{
        QStringLiteral("record_id"), QStringLiteral("revision"),
        QStringLiteral("device_id"), QStringLiteral("body_hash"),
        QStringLiteral("result"),    QStringLiteral("server_revision"),
        QStringLiteral("detail"),    QStringLiteral("received_at")};
    tx.insertRows(QStringLiteral("push_receipts"), receiptColumns, newReceipts);
    if (auto done = tx.commit(); !done)
        return done.error();

    PushResponse response;
    int counts[4] = {0, 0, 0, 0};
    for (const auto &r : std::as_const(results)) {
        response.results << *r;
        counts[pushOutcomes().indexOf(r->result)] += 1;
    }
    qCInfo(lcPush).nospace() << "push from device " << caller.deviceId << ": " << counts[0]
                             << " applied, " << counts[1] << " duplicate, " << counts[2]
                             << " merged, " << counts[3] << " rejected";
    return response;
}

} // namespace helpline::server
