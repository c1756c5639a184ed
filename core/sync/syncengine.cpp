#include "core/sync/syncengine.h"

#include "core/store/auditcopy.h"
#include "core/store/casestore.h"
#include "core/store/pulledrecords.h"
#include "core/store/recordwriter.h"
#include "core/store/rowreads.h"
#include "core/store/writetransaction.h"
#include "core/sync/outboxqueue.h"
#include "core/sync/recordreader.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <memory>

namespace helpline {

Q_LOGGING_CATEGORY(lcSyncEngine, "helpline.sync.engine")

namespace {

QString kindName(SyncError::Kind kind)
{
    switch (kind) {
    case SyncError::Kind::Offline:
        return QStringLiteral("offline");
    case SyncError::Kind::Certificate:
        return QStringLiteral("certificate");
    case SyncError::Kind::ServerBusy:
        return QStringLiteral("server_busy");
    case SyncError::Kind::SignInNeeded:
        return QStringLiteral("sign_in_needed");
    case SyncError::Kind::Refused:
        return QStringLiteral("refused");
    case SyncError::Kind::BadReply:
        return QStringLiteral("bad_reply");
    case SyncError::Kind::Setup:
        return QStringLiteral("setup");
    }
    return QStringLiteral("unknown");
}

} // namespace

SyncEngine::SyncEngine(CaseStore &store, SyncClient &client, AccessTokenSource &tokens,
                       Clock &clock, Config config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_tokens(tokens)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_backoff(m_config.backoff, m_config.unitRandom)
    , m_queue(new OutboxQueue(
          store,
          [&store](const QString &type, const QString &id) {
              return RecordReader(store).read(type, id);
          },
          Backoff(BackoffPolicy(), m_config.unitRandom)))
    , m_pulled(new PulledRecords(store))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::poke);
    // The last good sync survives a restart: the status bar should not say "never".
    auto last = records::readRows<QString>(
        store,
        QStringLiteral("SELECT finished_at FROM sync_runs WHERE error_kind IS NULL ORDER BY seq "
                       "DESC LIMIT 1"),
        {}, [](const QSqlQuery &q) { return q.value(0).toString(); },
        QCoreApplication::translate("helpline::SyncEngine", "Reading the sync log"));
    if (last && !last->isEmpty())
        m_status.lastSuccess = fromIsoUtc(last->first());
}

SyncEngine::~SyncEngine()
{
    stop();
    delete m_pulled;
    delete m_queue;
}

void SyncEngine::start()
{
    m_stopped = false;
    refreshCounts();
    trigger(QStringLiteral("start"), true);
}

void SyncEngine::syncNow()
{
    trigger(QStringLiteral("manual"), true);
}

void SyncEngine::recordsSaved()
{
    refreshCounts();
    emit statusChanged(m_status);
    // The server asked for a pause (busy, or Retry-After): a save does not shorten it.
    if (m_status.lastError && m_status.lastError->kind == SyncError::Kind::ServerBusy)
        return;
    trigger(QStringLiteral("saved"), false);
}

void SyncEngine::networkAvailable()
{
    m_failures = 0;
    trigger(QStringLiteral("network"), true);
}

void SyncEngine::poke()
{
    if (m_stopped || m_status.running || !m_status.nextRunAt.isValid())
        return;
    if (m_clock.nowUtc() < m_status.nextRunAt) {
        schedule(m_status.nextRunAt); // woken early (a timer's rounding): wait the rest
        return;
    }
    begin(m_failures > 0 ? QStringLiteral("retry") : QStringLiteral("timer"));
}

void SyncEngine::stop()
{
    m_stopped = true;
    ++m_generation;
    m_timer.stop();
    m_again = false;
    m_client.abortAll();
    m_status.running = false;
}

void SyncEngine::trigger(const QString &reason, bool now)
{
    if (m_stopped)
        return;
    // Only the password can resume: runs by themselves would only fill the log with failures.
    // "Sync now" still tries (the person may have signed in meanwhile).
    if (m_status.needsSignIn && reason != QLatin1String("manual"))
        return;
    if (m_status.running) {
        // Whatever was saved or asked for during a run is sent by the next one.
        if (!m_again || reason == QLatin1String("manual"))
            m_againReason = reason;
        m_again = true;
        return;
    }
    if (now) {
        begin(reason);
        return;
    }
    const QDateTime soon = m_clock.nowUtc().addMSecs(m_config.afterSaveMs);
    if (!m_status.nextRunAt.isValid() || soon < m_status.nextRunAt)
        schedule(soon);
}

void SyncEngine::begin(const QString &reason)
{
    ++m_generation;
    m_timer.stop();
    m_run = SyncRun();
    m_run.startedAt = m_clock.nowUtc();
    m_run.reason = reason;
    m_refreshedThisRun = false;
    m_auditRealigned = false;
    m_status.running = true;
    m_status.nextRunAt = QDateTime();
    qCInfo(lcSyncEngine).noquote() << "run" << reason;
    emit statusChanged(m_status);
    withToken([this](const QString &token) { startPush(token); });
}

void SyncEngine::withToken(std::function<void(const QString &)> next)
{
    const quint64 generation = m_generation;
    m_tokens.token(
        [this, generation, next = std::move(next)](std::optional<QString> token, SyncError error) {
            if (generation != m_generation)
                return;
            if (!token)
                finish(error);
            else
                next(*token);
        });
}

bool SyncEngine::renewedAfter(const SyncError &error, std::function<void(const QString &)> again)
{
    if (error.kind != SyncError::Kind::SignInNeeded || m_refreshedThisRun)
        return false;
    m_refreshedThisRun = true;
    m_tokens.expired();
    withToken(std::move(again));
    return true;
}

void SyncEngine::startPush(const QString &token)
{
    m_inFlight.clear();
    m_pushError.reset();
    m_pushNeedsToken = false;
    m_pushToken = token;
    if (!m_config.push)
        return pullStream(token, 0);
    fillPushWindow();
}

void SyncEngine::fillPushWindow()
{
    // While one push travels, the next batch is read and sent (leaving out the records on
    // their way), so the desk, the server and its database work at the same time.
    while (m_inFlight.size() < std::max(1, m_config.pushWindow)) {
        QList<const OutboxBatch *> travelling;
        for (const auto &b : std::as_const(m_inFlight))
            travelling << b.get();
        auto batch = m_queue->nextBatch(m_clock.nowUtc(), m_config.pushBatch,
                                        kMaxPushBytes - 256 * 1024, travelling);
        if (!batch) {
            m_pushError = storeFailure(batch.error());
            break;
        }
        if (batch->isEmpty())
            break;
        auto sent = std::make_shared<OutboxBatch>(std::move(*batch));
        m_inFlight << sent;
        const quint64 generation = m_generation;
        m_client.push(m_pushToken, sent->request(m_config.deviceId),
                      [this, generation, sent](SyncReply<PushResponse> reply) {
                          if (generation == m_generation)
                              pushed(sent, reply);
                      });
    }
    if (!m_inFlight.isEmpty())
        return;
    if (m_pushError)
        return finish(*m_pushError);
    pullStream(m_pushToken, 0);
}

void SyncEngine::pushed(const std::shared_ptr<OutboxBatch> &batch,
                        const SyncReply<PushResponse> &reply)
{
    m_inFlight.removeOne(batch);
    if (reply.ok()) {
        m_status.line = SyncStatus::Line::Online;
        if (auto settled = m_queue->settle(*batch, *reply.value); !settled) {
            m_pushError = storeFailure(settled.error());
        } else {
            for (const PushResult &r : std::as_const(reply.value->results)) {
                if (r.result == QLatin1String("rejected"))
                    ++m_run.rejected;
                else
                    ++m_run.pushed;
                m_run.conflicts += int(r.lost.size());
            }
        }
    } else if (reply.error.kind == SyncError::Kind::SignInNeeded && !m_refreshedThisRun) {
        m_pushNeedsToken = true;
    } else if (reply.error.kind == SyncError::Kind::Refused ||
               reply.error.kind == SyncError::Kind::BadReply) {
        // The server could not take this batch: its records wait for their own backoff, and
        // the rest of the outbox goes on.
        m_status.line = SyncStatus::Line::Online;
        if (auto postponed = m_queue->postpone(*batch, reply.error.message, m_clock.nowUtc());
            !postponed)
            m_pushError = storeFailure(postponed.error());
        m_run.errorKind = kindName(reply.error.kind);
        m_run.error = reply.error.message;
    } else if (!m_pushError) {
        m_pushError = reply.error;
    }
    if (m_pushError || m_pushNeedsToken) {
        // Nothing new is sent; the pushes still on their way are awaited and settled first.
        if (!m_inFlight.isEmpty())
            return;
        if (m_pushError)
            return finish(*m_pushError);
        m_refreshedThisRun = true;
        m_tokens.expired();
        return withToken([this](const QString &fresh) { startPush(fresh); });
    }
    fillPushWindow();
}

void SyncEngine::pullStream(const QString &token, int index)
{
    if (index >= m_config.streams.size())
        return sendAudit(token);
    auto cursor = m_pulled->cursor(m_config.streams.at(index));
    if (!cursor)
        return finish(storeFailure(cursor.error()));
    pullPage(token, index, *cursor);
}

void SyncEngine::sendAudit(const QString &token)
{
    if (!m_config.sendAudit)
        return endRun();
    auto upload = AuditCopy::nextUpload(m_store, m_config.auditBatch);
    if (!upload)
        return finish(storeFailure(upload.error()));
    upload->deviceId = m_config.deviceId;
    // Full (the anchor counted): more may wait.
    const bool full = upload->entries.size() >= std::max(2, m_config.auditBatch);
    // Nothing to send although the desk's trail goes on: the desk believed the server held more
    // than the desk has (its store restored from a backup).
    const bool empty = upload->entries.isEmpty();
    const quint64 generation = m_generation;
    m_client.uploadAudit(
        token, *upload, [this, generation, token, full, empty](SyncReply<AuditCopyStatus> reply) {
            if (generation != m_generation)
                return;
            if (!reply.ok()) {
                const SyncError &error = reply.error;
                if (renewedAfter(error, [this](const QString &fresh) { sendAudit(fresh); }))
                    return;
                if (error.httpStatus == 409 && !m_auditRealigned) {
                    // The server holds fewer entries than the desk last heard (restored from a
                    // backup): ask where it stands, then send from there.
                    m_auditRealigned = true;
                    return realignAudit(token);
                }
                if (error.kind == SyncError::Kind::Refused ||
                    error.kind == SyncError::Kind::BadReply) {
                    // The records went through; the run reports that the audit copy did not.
                    m_run.errorKind = kindName(error.kind);
                    m_run.error = error.message;
                    return endRun();
                }
                return finish(error);
            }
            m_status.line = SyncStatus::Line::Online;
            if (auto kept = AuditCopy::recordServerCopy(m_store, *reply.value); !kept)
                return finish(storeFailure(kept.error()));
            // Then the server gets the desk's trail from where it stands, once a run.
            const bool behind = !m_auditRealigned && empty &&
                                reply.value->receivedThrough < AuditCopy::lastSeq(m_store);
            if (behind)
                m_auditRealigned = true;
            if (full || behind)
                return sendAudit(token);
            endRun();
        });
}

void SyncEngine::realignAudit(const QString &token)
{
    AuditUploadRequest ask;
    ask.deviceId = m_config.deviceId;
    const quint64 generation = m_generation;
    m_client.uploadAudit(token, ask, [this, generation, token](SyncReply<AuditCopyStatus> reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            m_run.errorKind = kindName(reply.error.kind);
            m_run.error = reply.error.message;
            return endRun();
        }
        if (auto kept = AuditCopy::recordServerCopy(m_store, *reply.value); !kept)
            return finish(storeFailure(kept.error()));
        sendAudit(token);
    });
}

void SyncEngine::endRun()
{
    if (m_run.errorKind.isEmpty())
        return finish(std::nullopt);
    SyncError error;
    error.kind = m_run.errorKind == QLatin1String("refused") ? SyncError::Kind::Refused
                                                             : SyncError::Kind::BadReply;
    error.code = m_run.errorKind;
    error.message = m_run.error;
    finish(error);
}

void SyncEngine::pullPage(const QString &token, int index, qint64 cursor)
{
    PullQuery query;
    query.stream = m_config.streams.at(index);
    query.cursor = cursor;
    query.limit = m_config.pullLimit;
    // What this desk pushed and the server kept as sent is in its store already.
    query.skipOwn = true;
    const quint64 generation = m_generation;
    m_client.pull(token, query, [this, generation, token, index](SyncReply<PullPage> reply) {
        if (generation != m_generation)
            return;
        if (!reply.ok()) {
            const SyncError &error = reply.error;
            if (renewedAfter(error,
                             [this, index](const QString &fresh) { pullStream(fresh, index); }))
                return;
            if (error.kind == SyncError::Kind::Refused) {
                // Not this account's stream (the server decides): the others still come.
                m_run.errorKind = kindName(error.kind);
                m_run.error = error.message;
                return pullStream(token, index + 1);
            }
            return finish(error);
        }
        m_status.line = SyncStatus::Line::Online;
        const PullPage &page = *reply.value;
        // The next page is asked for before this one is written, so the server answers while
        // the desk writes (a 10,000-entry directory: 10 pages). Its answer waits in the event
        // loop until this page is applied; if applying fails, the run ends and the answer is
        // dropped (finish() moves the generation on), so no page is ever skipped.
        if (page.more)
            pullPage(token, index, page.cursor);
        auto applied = m_pulled->applyPage(page.stream, page);
        if (!applied)
            return finish(storeFailure(applied.error()));
        if (!page.items.isEmpty()) {
            m_run.pulled += int(page.items.size());
            emit recordsPulled(int(page.items.size()));
        }
        if (!page.more)
            pullStream(token, index + 1);
    });
}

void SyncEngine::finish(std::optional<SyncError> error)
{
    ++m_generation; // answers still on the way belong to a run that is over
    const QDateTime now = m_clock.nowUtc();
    m_run.finishedAt = now;
    if (error) {
        m_run.errorKind = kindName(error->kind);
        m_run.error = error->message;
    }
    {
        WriteTransaction tx(m_store);
        tx.exec(QStringLiteral("INSERT INTO sync_runs (started_at, finished_at, reason, pushed, "
                               "pulled, conflicts, rejected, error_kind, error) VALUES (?, ?, ?, "
                               "?, ?, ?, ?, ?, ?)"),
                {isoUtc(m_run.startedAt), isoUtc(now), m_run.reason, m_run.pushed, m_run.pulled,
                 m_run.conflicts, m_run.rejected, records::textOrNull(m_run.errorKind),
                 records::textOrNull(m_run.error)});
        tx.exec(QStringLiteral("DELETE FROM sync_runs WHERE seq <= (SELECT max(seq) FROM "
                               "sync_runs) - ?"),
                {kKeptRuns});
        if (auto written = tx.commit(); !written)
            qCWarning(lcSyncEngine) << "the sync log could not be written";
    }

    m_status.running = false;
    m_status.needsSignIn = error && error->kind == SyncError::Kind::SignInNeeded;
    if (!error) {
        m_failures = 0;
        m_status.lastError.reset();
        m_status.lastSuccess = now;
        m_status.line = SyncStatus::Line::Online;
        schedule(now.addMSecs(m_config.periodMs));
    } else {
        ++m_failures;
        m_status.lastError = error;
        if (error->kind == SyncError::Kind::Offline)
            m_status.line = SyncStatus::Line::Offline;
        const qint64 wait = std::max(m_backoff.delayMs(m_failures), error->retryAfterMs);
        if (m_status.needsSignIn) {
            m_timer.stop();
            m_status.nextRunAt = QDateTime();
        } else {
            schedule(now.addMSecs(
                std::min(wait, std::max(m_backoff.policy().maxMs, error->retryAfterMs))));
        }
        qCInfo(lcSyncEngine).noquote() << "run failed:" << m_run.errorKind << "; next in"
                                       << now.msecsTo(m_status.nextRunAt) << "ms";
    }
    refreshCounts();
    emit runFinished(m_run);
    emit statusChanged(m_status);

    if (m_again && !m_stopped) {
        // Saved during the run: go again at once when the server is there; after a failure
        // the backoff decides, unless someone pressed "Sync now".
        const QString reason = m_againReason;
        m_again = false;
        if (!error || reason == QLatin1String("manual"))
            QTimer::singleShot(0, this, [this, reason] {
                if (!m_stopped && !m_status.running)
                    begin(reason);
            });
    }
}

void SyncEngine::schedule(const QDateTime &at)
{
    m_status.nextRunAt = at;
    if (m_config.useTimer && !m_stopped)
        m_timer.start(int(std::clamp<qint64>(m_clock.nowUtc().msecsTo(at), 0, 24 * 3600 * 1000)));
}

void SyncEngine::refreshCounts()
{
    auto counts = m_queue->counts(m_clock.nowUtc());
    if (!counts) {
        qCWarning(lcSyncEngine) << "the outbox cannot be counted";
        return;
    }
    m_status.waiting = counts->waiting;
    m_status.rejected = counts->rejected;
}

SyncError SyncEngine::storeFailure(const StoreError &error) const
{
    SyncError e;
    e.kind = SyncError::Kind::Setup;
    e.code = QStringLiteral("store");
    e.message = QCoreApplication::translate("helpline::SyncEngine",
                                            "This desk's case store could not be read or "
                                            "written during sync: %1")
                    .arg(error.message);
    return e;
}

Outcome<QList<SyncRun>> SyncEngine::recentRuns(CaseStore &store, int limit)
{
    return records::readRows<SyncRun>(
        store,
        QStringLiteral("SELECT started_at, finished_at, reason, pushed, pulled, conflicts, "
                       "rejected, error_kind, error FROM sync_runs ORDER BY seq DESC LIMIT ?"),
        {limit},
        [](const QSqlQuery &q) {
            SyncRun run;
            run.startedAt = fromIsoUtc(q.value(0).toString());
            run.finishedAt = fromIsoUtc(q.value(1).toString());
            run.reason = q.value(2).toString();
            run.pushed = q.value(3).toInt();
            run.pulled = q.value(4).toInt();
            run.conflicts = q.value(5).toInt();
            run.rejected = q.value(6).toInt();
            run.errorKind = q.value(7).toString();
            run.error = q.value(8).toString();
            return run;
        },
        QCoreApplication::translate("helpline::SyncEngine", "Reading the sync log"));
}

} // namespace helpline
