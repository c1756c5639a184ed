#include "ui/sync/desksync.h"

#include "core/security/securebytes.h"
#include "core/store/casestore.h"
#include "core/store/officerules.h"
#include "core/sync/recordreader.h"
#include "core/sync/serversession.h"
#include "core/sync/syncclient.h"
#include "core/sync/synccredentials.h"
#include "core/util/clock.h"
#include "ui/common/workspace.h"
#include "ui/shell/serversignin.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QPointer>

namespace helpline {

Q_LOGGING_CATEGORY(lcDeskSync, "helpline.ui.sync")

namespace {

constexpr int kPulledReloadMs = 1000;

SyncError makeError(SyncError::Kind kind, const QString &code, const QString &message)
{
    SyncError error;
    error.kind = kind;
    error.code = code;
    error.message = message;
    return error;
}

} // namespace

QStringList DeskSync::streamsFor(Role role)
{
    // Accounts first: the authors of what follows are known by then.
    QStringList streams{QStringLiteral("accounts"), QStringLiteral("directory"),
                        QStringLiteral("taxonomy"), QStringLiteral("forms")};
    if (role != Role::Admin)
        streams << QStringLiteral("cases");
    return streams;
}

DeskSync::DeskSync(Workspace &workspace, DeskIdentity desk, QNetworkAccessManager *network,
                   QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_desk(std::move(desk))
    , m_sendsRecords(workspace.session().role != Role::Admin)
{
    if (!network) {
        m_ownNetwork = std::make_unique<QNetworkAccessManager>();
        network = m_ownNetwork.get();
    }
    m_client = std::make_unique<SyncClient>(*network, m_desk.clientOptions());
    CaseStore &store = workspace.store();
    const QString accountId = workspace.session().accountId;
    m_session = std::make_unique<ServerSession>(
        *m_client, workspace.clock(), ServerSession::Device{m_desk.deviceId, m_desk.deviceSecret},
        [&store, accountId](const QString &token, const QDateTime &) {
            if (auto kept = SyncCredentials::setRefreshToken(store, accountId, token); !kept)
                qCWarning(lcDeskSync) << "the sync session could not be kept in the store, code"
                                      << int(kept.error().code);
        });

    // The office's rules as the server has them now: they replace the desk's settings.
    m_session->setOfficeRulesSink([&store](const ReviewRules &rules) {
        store.setReviewRules(rules);
        if (auto kept = OfficeRules::save(store, rules); !kept)
            qCWarning(lcDeskSync) << "the office's review rules could not be kept, code"
                                  << int(kept.error().code);
    });

    SyncEngine::Config config;
    config.deviceId = m_desk.deviceId;
    config.streams = streamsFor(workspace.session().role);
    // The server refuses case records from an admin's session (403): each push would only put
    // the desk's waiting records into backoff. The engine only pulls; the records go with the
    // next counsellor's or supervisor's run.
    config.push = m_sendsRecords;
    m_engine =
        std::make_unique<SyncEngine>(store, *m_client, *m_session, workspace.clock(), config);
    m_queue =
        std::make_unique<OutboxQueue>(store, [&store](const QString &type, const QString &id) {
            return RecordReader(store).read(type, id);
        });

    connect(m_engine.get(), &SyncEngine::statusChanged, this, [this](const SyncStatus &status) {
        if (status.needsSignIn && !status.running) {
            // Every further run would fail the same way until someone signs in while
            // connected; later, not from inside the engine's own signal.
            QTimer::singleShot(0, this, [this] {
                if (m_engine && m_engine->status().needsSignIn)
                    m_engine->stop();
            });
        }
        publish();
    });
    connect(m_engine.get(), &SyncEngine::recordsPulled, this, &DeskSync::recordsPulled);
    connect(m_engine.get(), &SyncEngine::runFinished, this, [this](const SyncRun &run) {
        // A merge the desk lost rewrites local records and adds conflict records.
        if (m_pulledPending || run.conflicts > 0)
            notifyPulled();
        emit runFinished(run);
    });
    connect(&workspace, &Workspace::recordsChanged, this, &DeskSync::recordsSaved);
    m_pulledTimer.setSingleShot(true);
    m_pulledTimer.setInterval(kPulledReloadMs);
    connect(&m_pulledTimer, &QTimer::timeout, this, &DeskSync::notifyPulled);

    // "Last synced" survives a restart: the sync log remembers it.
    if (auto runs = SyncEngine::recentRuns(store, 100)) {
        for (const SyncRun &run : std::as_const(*runs)) {
            if (run.errorKind.isEmpty()) {
                m_lastSuccessFromLog = run.finishedAt;
                break;
            }
        }
    }
    refreshIdleCounts();
}

DeskSync::~DeskSync()
{
    m_ending = true;
    m_engine->disconnect(this); // nothing it says while it stops reaches a half-destroyed sync
    m_engine.reset();     // stops it; its calls in flight are aborted and their answers ignored
    m_client->abortAll(); // a quiet sign-in in flight ends here (its answer sees m_ending)
}

void DeskSync::openFromServer(const QString &caseNumber, const QString &reason, OpenDone done)
{
    QPointer<DeskSync> self(this);
    m_session->token([self, caseNumber, reason, done](std::optional<QString> token,
                                                      SyncError error) {
        if (!self || self->m_ending)
            return;
        if (!token)
            return done({}, error.message);
        CaseOpeningRequest request{caseNumber, reason};
        self->m_client->openCase(*token, request, [self, done](SyncReply<CaseOpeningReply> reply) {
            if (!self || self->m_ending)
                return;
            if (!reply.ok())
                return done({}, reply.error.message);
            qCInfo(lcDeskSync) << "case" << reply.value->caseId
                               << "opened on the server:" << reply.value->kind;
            done(reply.value->caseId, {});
            self->syncNow();
        });
    });
}

void DeskSync::start(std::optional<SessionTokens> tokens, const SecureBytes *password)
{
    if (const QString problem = m_client->setupProblem(); !problem.isEmpty()) {
        qCWarning(lcDeskSync) << "desk.json's server settings cannot be used";
        m_idle.lastError = makeError(SyncError::Kind::Setup, QStringLiteral("setup"), problem);
        publish();
        return;
    }
    const QString accountId = m_workspace.session().accountId;
    if (tokens && tokens->account.id == accountId) {
        qCInfo(lcDeskSync) << "sync starts with the session of this sign-in";
        m_session->start(*tokens);
        startEngine();
        return;
    }
    auto kept = SyncCredentials::refreshToken(m_workspace.store(), accountId);
    if (!kept)
        qCWarning(lcDeskSync) << "the kept sync session cannot be read, code"
                              << int(kept.error().code);
    if (kept && !kept->isEmpty()) {
        qCInfo(lcDeskSync) << "sync resumes the kept session";
        m_session->resume(*kept);
        startEngine();
        return;
    }
    if (password && !password->isEmpty()) {
        signInQuietly(*password);
        return;
    }
    waitForSignIn(makeError(SyncError::Kind::SignInNeeded, QStringLiteral("sign_in_needed"),
                            tr("Sign in while connected to resume sync.")));
}

void DeskSync::signInQuietly(const SecureBytes &password)
{
    qCInfo(lcDeskSync) << "sync signs in with the password of this sign-in";
    m_idle.running = true;
    publish();
    const QString accountId = m_workspace.session().accountId;
    QByteArray bytes(reinterpret_cast<const char *>(password.data()), qsizetype(password.size()));
    m_session->signIn(
        m_workspace.session().username, bytes, false,
        [this, accountId](SyncReply<SessionTokens> reply) {
            if (m_ending)
                return;
            m_idle.running = false;
            if (reply.ok() && reply.value->account.id == accountId) {
                startEngine();
                return;
            }
            if (reply.ok()) {
                // A desk-only account that shares its user name with a server account: what
                // it records is not that account's work, and that account's cases are not
                // its to receive.
                qCWarning(lcDeskSync) << "the server's account of this name is another account";
                m_session->signOut();
                if (auto cleared =
                        SyncCredentials::setRefreshToken(m_workspace.store(), accountId, {});
                    !cleared)
                    qCWarning(lcDeskSync) << "the sync session could not be cleared";
                waitForSignIn(makeError(
                    SyncError::Kind::Refused, QStringLiteral("other_account"),
                    tr("This account belongs to this desk only: the helpline server's account "
                       "with the same user name is someone else's. This account's work stays "
                       "on this desk.")));
                return;
            }
            const SyncError &error = reply.error;
            qCInfo(lcDeskSync) << "the quiet sign-in failed:" << error.code;
            SyncError why = error;
            if (error.code == QLatin1String("wrong_credentials"))
                why.message = tr("The helpline server did not accept this account's user name "
                                 "and password. If your password was changed on the server, sign "
                                 "out and sign in with the new one while connected. An account "
                                 "made on this desk only does not sync.");
            else if (error.kind == SyncError::Kind::Offline)
                why.message = tr("The helpline server could not be reached when you signed in. "
                                 "Sign in again while connected to resume sync. (%1)")
                                  .arg(error.message);
            else
                why.message = ServerSignIn::plainMessage(error);
            waitForSignIn(why);
        });
    // The request body holds its own copy (SyncClient::signIn says why it cannot be wiped);
    // this one is ours alone again and goes now.
    bytes.fill('\0');
}

void DeskSync::startEngine()
{
    m_engineStarted = true;
    watchNetwork();
    m_engine->start();
}

void DeskSync::waitForSignIn(const SyncError &why)
{
    m_idle.needsSignIn = true;
    m_idle.lastError = why;
    if (why.kind == SyncError::Kind::Offline)
        m_idle.line = SyncStatus::Line::Offline;
    refreshIdleCounts();
    publish();
}

void DeskSync::syncNow()
{
    if (canSyncNow())
        m_engine->syncNow();
}

bool DeskSync::canSyncNow() const
{
    return m_engineStarted && !m_engine->status().needsSignIn;
}

SyncStatus DeskSync::status() const
{
    SyncStatus status = m_engineStarted ? m_engine->status() : m_idle;
    if (!status.lastSuccess.isValid())
        status.lastSuccess = m_lastSuccessFromLog;
    return status;
}

Outcome<QList<SyncRun>> DeskSync::recentRuns(int limit) const
{
    return SyncEngine::recentRuns(m_workspace.store(), limit);
}

Outcome<QList<OutboxEntry>> DeskSync::troubled() const
{
    return m_queue->troubled();
}

Outcome<void> DeskSync::sendAgain(qint64 entry)
{
    auto retried = m_queue->retry(entry);
    if (!retried)
        return retried;
    qCInfo(lcDeskSync) << "outbox entry" << entry << "is sent again";
    emit outboxChanged();
    // Counted again, and sent with the next run.
    if (m_engineStarted)
        m_engine->recordsSaved();
    else
        refreshIdleCounts();
    publish();
    return retried;
}

void DeskSync::recordsSaved()
{
    if (m_notifying)
        return; // the lists reloading after a pull: nothing new to send
    if (m_engineStarted) {
        m_engine->recordsSaved();
        return;
    }
    refreshIdleCounts();
    publish();
}

void DeskSync::recordsPulled()
{
    m_pulledPending = true;
    if (!m_pulledTimer.isActive())
        m_pulledTimer.start();
}

void DeskSync::notifyPulled()
{
    m_pulledTimer.stop();
    m_pulledPending = false;
    m_notifying = true;
    m_workspace.notifyRecordsChanged();
    m_notifying = false;
}

void DeskSync::refreshIdleCounts()
{
    auto counts = m_queue->counts(m_workspace.clock().nowUtc());
    if (!counts) {
        qCWarning(lcDeskSync) << "the outbox cannot be counted";
        return;
    }
    m_idle.waiting = counts->waiting;
    m_idle.rejected = counts->rejected;
}

void DeskSync::watchNetwork()
{
    // One backend for the whole run of the workstation; none on systems without one (the
    // engine's backoff and "Sync now" still bring sync back).
    static bool tried = false;
    if (!tried) {
        tried = true;
        if (!QNetworkInformation::instance() &&
            !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            qCInfo(lcDeskSync) << "no network information backend";
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online && m_engineStarted)
                    m_engine->networkAvailable();
            });
}

void DeskSync::publish()
{
    emit statusChanged(status());
}

} // namespace helpline
