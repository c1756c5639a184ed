#pragma once

#include "core/store/storeerror.h"
#include "core/sync/backoff.h"
#include "core/sync/syncclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace helpline {

class CaseStore;
class Clock;
class OutboxQueue;
struct OutboxBatch;
class PulledRecords;

// Gives the engine a valid access token for the signed-in account: the one it holds, or a new
// one after a refresh. `expired()` is the server saying 401: forget the token held.
class AccessTokenSource {
public:
    virtual ~AccessTokenSource() = default;
    // Exactly one of token and error: error.kind SignInNeeded when only an online sign-in with
    // the password can give a new one.
    using Done = std::function<void(std::optional<QString> token, SyncError error)>;
    virtual void token(Done done) = 0;
    virtual void expired() = 0;
};

// What the status bar shows.
struct SyncStatus {
    enum class Line { Unknown, Online, Offline };
    bool running = false;
    Line line = Line::Unknown;
    int waiting = 0;       // records not yet accepted by the server
    int rejected = 0;      // of those, records the server refused (they wait for an admin)
    QDateTime lastSuccess; // the end of the last run that pushed and pulled all
    std::optional<SyncError> lastError; // of the last run; none after a run that succeeded
    bool needsSignIn = false;           // only an online sign-in can resume sync
    QDateTime nextRunAt;
};

// One run as the sync log lists it (table sync_runs).
struct SyncRun {
    QDateTime startedAt;
    QDateTime finishedAt;
    QString reason; // start, timer, saved, manual, network, retry
    int pushed = 0;
    int pulled = 0;
    int conflicts = 0;
    int rejected = 0;
    QString errorKind; // empty on success
    QString error;
};

// The desk's sync engine (docs/architecture.md, "The desk's side of sync"): a run pushes the
// outbox batch by batch, then pulls every stream page by page, each page applied in one
// transaction with its cursor. Runs happen at start, on a timer, soon after a save, on "Sync
// now" and when the network comes back; a trigger during a run asks for another run after it.
//
// All its state that matters lives in the store (outbox, per-record attempts, cursors, the
// sync log); what it keeps in memory (the engine's backoff, the next run time) is rebuilt by a
// run. The time comes from `clock`, and `Config::useTimer` false leaves the waking to the
// caller (tests advance a ManualClock and call poke()).
class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString deviceId;
        QStringList streams; // pulled in this order
        bool push = true;    // false: pull only (the server takes pushes from counsellors and
                             // supervisors only)
        int pushBatch = kMaxPushRecords;
        // Pushes on their way at once. Several keep the desk, the server and its database busy
        // together instead of taking turns (three measured best on two cores: docs/
        // performance.md, "Desk sync"); each carries other records, and every answer is settled
        // on its own.
        int pushWindow = 3;
        int pullLimit = kMaxPullLimit;   // fewer, larger pages: fewer commits on the desk
        qint64 periodMs = 5 * 60 * 1000; // between runs that succeeded
        qint64 afterSaveMs = 3 * 1000;   // from a save to the run that sends it
        // After the pulls, the desk's audit entries the server does not hold yet go to it
        // (AuditCopy), this many a request (at least 2: the first is an anchor).
        bool sendAudit = true;
        int auditBatch = kMaxAuditUploadEntries;
        bool useTimer = true;
        BackoffPolicy backoff;              // between runs that failed
        std::function<double()> unitRandom; // the backoff's jitter; default: random
    };

    SyncEngine(CaseStore &store, SyncClient &client, AccessTokenSource &tokens, Clock &clock,
               Config config, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();            // the first run, now
    void syncNow();          // "Sync now": a run now, whatever the backoff
    void recordsSaved();     // a run soon (unless the server asked us to wait)
    void networkAvailable(); // the line is back: a run now, backoff forgotten
    // Runs when the next run is due at the clock's now (the timer calls it too).
    void poke();
    void stop(); // no more runs; calls in flight are aborted

    SyncStatus status() const { return m_status; }
    bool isRunning() const { return m_status.running; }

    // The sync log: the last `limit` runs, newest first.
    static Outcome<QList<SyncRun>> recentRuns(CaseStore &store, int limit = 200);
    static constexpr int kKeptRuns = 1000;

signals:
    void statusChanged(const helpline::SyncStatus &status);
    // Pulled records were written: lists and open cases may show stale data.
    void recordsPulled(int count);
    void runFinished(const helpline::SyncRun &run);

private:
    void trigger(const QString &reason, bool now);
    void begin(const QString &reason);
    void withToken(std::function<void(const QString &token)> next);
    // The server said 401 for the first time in this run: the token is renewed and `again`
    // runs with the new one (true). Otherwise false: the caller handles the error.
    bool renewedAfter(const SyncError &error, std::function<void(const QString &token)> again);
    void startPush(const QString &token);
    void fillPushWindow();
    void pushed(const std::shared_ptr<OutboxBatch> &batch, const SyncReply<PushResponse> &reply);
    void pullStream(const QString &token, int index);
    void pullPage(const QString &token, int index, qint64 cursor);
    void sendAudit(const QString &token);
    void realignAudit(const QString &token);
    // The run did all it could: it ends with the error a refused batch or stream left, if any.
    void endRun();
    void finish(std::optional<SyncError> error);
    void schedule(const QDateTime &at);
    void refreshCounts();
    SyncError storeFailure(const StoreError &error) const;

    CaseStore &m_store;
    SyncClient &m_client;
    AccessTokenSource &m_tokens;
    Clock &m_clock;
    Config m_config;
    Backoff m_backoff;
    OutboxQueue *m_queue;
    PulledRecords *m_pulled;
    QTimer m_timer;
    SyncStatus m_status;
    SyncRun m_run;
    int m_failures = 0;
    bool m_again = false;
    QString m_againReason;
    bool m_stopped = false;
    bool m_refreshedThisRun = false;
    bool m_auditRealigned = false; // once a run: the server said it holds fewer entries
    // The push phase of a run: batches on their way, the token they use, and what ends the
    // phase once they are all back (an error, or a token to renew).
    QList<std::shared_ptr<OutboxBatch>> m_inFlight;
    QString m_pushToken;
    std::optional<SyncError> m_pushError;
    bool m_pushNeedsToken = false;
    // A callback of a call in flight checks this: a run that was stopped ignores late answers.
    quint64 m_generation = 0;
};

} // namespace helpline
