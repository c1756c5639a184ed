#pragma once

#include "core/domain/role.h"
#include "core/store/storeerror.h"
#include "core/sync/deskidentity.h"
#include "core/sync/outboxqueue.h"
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace helpline {

class SecureBytes;
class ServerSession;
class Workspace;

// Sync in the running workstation, for one signed-in session on a desk connected to the
// helpline server (desk.json). The shell creates it at sign-in and destroys it at sign-out;
// locking keeps it running (the store stays open). It owns the desk's client of the API, the
// server session of the signed-in account (its refresh token kept in the encrypted store) and
// the sync engine, and connects them to the workspace: a save asks for a run soon, pulled
// records make the lists reload.
//
// The session starts from what the sign-in gave, in this order: the tokens of an online step
// that just happened; the refresh token kept from an earlier session; a quiet online sign-in
// with the password typed at this sign-in (used once, never kept). Without any of them sync
// waits, and the status says to sign in while connected.
class DeskSync : public QObject {
    Q_OBJECT
public:
    DeskSync(Workspace &workspace, DeskIdentity desk, QNetworkAccessManager *network,
             QObject *parent = nullptr);
    ~DeskSync() override;

    // `password`: the password typed at this sign-in when the shell still holds it, else
    // nullptr. Used at once or not at all.
    void start(std::optional<SessionTokens> tokens, const SecureBytes *password);

    // "Sync now": a run at once, whatever the backoff.
    void syncNow();
    // Asks the server to open a case this desk does not hold, with a written reason; `done`
    // gets the case's id, or (empty) the reason it was not opened. A sync follows, which brings
    // the case read-only for AccessPolicy::openingHours.
    using OpenDone = std::function<void(const QString &caseId, const QString &problem)>;
    void openFromServer(const QString &caseNumber, const QString &reason, OpenDone done);
    // False when no run can succeed until someone signs in again while connected.
    bool canSyncNow() const;
    SyncStatus status() const;
    // Admins receive records but the server takes case records from counsellors and
    // supervisors only.
    bool sendsRecords() const { return m_sendsRecords; }

    const DeskIdentity &desk() const { return m_desk; }
    Workspace &workspace() const { return m_workspace; }

    // The sync log.
    Outcome<QList<SyncRun>> recentRuns(int limit = 200) const;
    Outcome<QList<OutboxEntry>> troubled() const;
    // An admin sends a record the server refused again (OutboxQueue::retry, audited).
    Outcome<void> sendAgain(qint64 entry);

    // The streams an account of `role` pulls, in order.
    static QStringList streamsFor(Role role);

signals:
    void statusChanged(const helpline::SyncStatus &status);
    void runFinished(const helpline::SyncRun &run);
    // Entries of the outbox changed outside a run (Send again).
    void outboxChanged();

private:
    void signInQuietly(const SecureBytes &password);
    void startEngine();
    void waitForSignIn(const SyncError &why);
    void recordsSaved();
    void recordsPulled();
    void notifyPulled();
    void refreshIdleCounts();
    void watchNetwork();
    void publish();

    Workspace &m_workspace;
    DeskIdentity m_desk;
    bool m_sendsRecords = true;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<ServerSession> m_session;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<OutboxQueue> m_queue; // the sync log's view of the outbox

    bool m_engineStarted = false;
    bool m_ending = false;
    // Before the engine runs (a quiet sign-in, or no session at all): the status shown.
    SyncStatus m_idle;
    QDateTime m_lastSuccessFromLog; // from the sync log, until this session's first success

    // Pulled pages arrive one by one: the lists reload at most once a second during a run.
    QTimer m_pulledTimer;
    bool m_pulledPending = false;
    bool m_notifying = false;
};

} // namespace helpline
