#include "ui/shell/appcontroller.h"

#include "core/session/idlelock.h"
#include "core/session/signinaudit.h"
#include "core/settings/settings.h"
#include "core/store/officerules.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/mainwindow.h"
#include "ui/shell/firstrunscreen.h"
#include "ui/shell/idlewatcher.h"
#include "ui/shell/lockkeyfilter.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/serversignin.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/signinscreen.h"
#include "ui/sync/desksync.h"
#include "ui/sync/syncstatuswidget.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

namespace helpline {

Q_LOGGING_CATEGORY(lcShell, "helpline.ui.shell")

AppController::AppController(Settings &settings, Options options, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_options(std::move(options))
    , m_clock(m_options.clock ? m_options.clock : &Clock::system())
    , m_window(std::make_unique<MainWindow>())
    , m_idleLock(new IdleLock(*m_clock, this))
    , m_idleWatcher(new IdleWatcher(*m_idleLock, this))
    , m_server(new ServerSignIn(m_options.network, m_clock, m_options.kdf, this))
{
    m_storeDirectory =
        m_options.storeDirectory.isEmpty() ? settings.storeDirectory() : m_options.storeDirectory;
    m_storeDirectory = QDir::cleanPath(m_storeDirectory);
    m_idleLock->setCheckIntervalMs(m_options.idleCheckIntervalMs);
    m_idleLock->setTimeoutMinutes(settings.idleLockMinutes());
    connect(m_idleLock, &IdleLock::idleTimeout, this, &AppController::lock);

    connect(m_window.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::showSettings);
    connect(m_window.get(), &MainWindow::quitRequested, this, &AppController::shutdown);
    m_window->setCloseGuard([this] { return mayEndSession(); });
    // Ctrl+L also while a modal dialog blocks the window's own shortcut.
    auto *lockKey = new LockKeyFilter(
        m_window->lockAction()->shortcut(), [this] { return m_state == State::SignedIn; }, this);
    connect(lockKey, &LockKeyFilter::lockRequested, this, &AppController::lock);
}

AppController::~AppController()
{
    // A server step in flight ends here, without its callback.
    delete m_server;
    m_server = nullptr;
    if (m_calibration) {
        m_calibration->wait();
        delete m_calibration;
        m_calibration = nullptr;
    }
    shutdown();
    delete m_idleWatcher;
    m_idleWatcher = nullptr;
    m_window.reset();
}

const Session *AppController::session() const
{
    return m_store ? &m_store->session() : nullptr;
}

void AppController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcShell) << "state" << state;
    emit stateChanged(state);
}

void AppController::useStoreDirectory(const QString &directory)
{
    m_storeDirectory = QDir::cleanPath(directory);
    m_throttle = std::make_unique<SignInThrottle>(SignInThrottle::pathFor(m_storeDirectory),
                                                  *m_clock, m_options.throttle);
    m_desk.reset();
    m_deskProblem.clear();
    auto desk = DeskIdentity::load(m_storeDirectory);
    if (!desk) {
        // Still a connected desk: its local sign-ins work, and the steps that need the server
        // say what is wrong with the file.
        m_deskProblem = desk.error().message;
        qCWarning(lcShell) << "desk.json cannot be used";
    } else {
        m_desk = *desk;
    }
    m_window->syncStatus()->setConnectedDesk(m_options.sync && m_desk.has_value());
}

void AppController::start()
{
    useStoreDirectory(m_storeDirectory);
    if (CaseStore::exists(m_storeDirectory))
        showSignIn();
    else
        showFirstRun();
}

void AppController::showFirstRun()
{
    m_window->setSession(nullptr, false);
    m_window->showGateScreen(new FirstRunScreen(*this));
    setState(State::FirstRun);
}

void AppController::showSignIn(const QString &notice)
{
    m_window->setSession(nullptr, false);
    auto *screen = new SignInScreen(*this);
    if (!notice.isEmpty())
        screen->setNotice(notice);
    m_window->showGateScreen(screen);
    setState(State::SignIn);
}

void AppController::showLockScreen()
{
    m_window->setSession(session(), true);
    m_window->showGateScreen(new LockScreen(*this));
}

// ---- first run -------------------------------------------------------------------------------

void AppController::createStore(const FirstRunRequest &request, SecureBytes password)
{
    if (m_state != State::FirstRun || m_creating)
        return;
    if (CaseStore::exists(request.directory)) {
        // An administrator pointed the new desk at an existing store: use it.
        if (!m_options.storeDirectoryFixed) {
            m_settings.setValue(Setting::StoreDirectory, request.directory);
            m_settings.sync();
        }
        useStoreDirectory(request.directory);
        showSignIn(tr("A case store already exists in %1. Sign in to it.")
                       .arg(QDir::toNativeSeparators(request.directory)));
        emit storeCreationFinished(true, QString());
        return;
    }
    m_creating = true;
    m_pendingRequest = request;
    m_pendingPassword = std::move(password);
    if (m_options.kdf.isValid()) {
        finishCreateStore(m_options.kdf);
        return;
    }
    // Calibrating Argon2id takes a second or two: off the GUI thread, so the progress moves.
    // The store itself is then created here (its database connection belongs to this thread).
    auto calibrated = std::make_shared<KdfParams>();
    m_calibration = QThread::create([calibrated] { *calibrated = KdfParams::calibrate(); });
    connect(m_calibration, &QThread::finished, this, [this, calibrated] {
        m_calibration->deleteLater();
        m_calibration = nullptr;
        finishCreateStore(*calibrated);
    });
    m_calibration->start();
}

void AppController::finishCreateStore(const KdfParams &kdf)
{
    CaseStore::CreateOptions options;
    options.directory = m_pendingRequest.directory;
    options.adminUsername = m_pendingRequest.username;
    options.adminDisplayName = m_pendingRequest.displayName;
    options.kdf = kdf;
    auto created = CaseStore::create(options, *m_pendingPassword, m_clock);
    m_pendingPassword.reset(); // wipes it
    m_creating = false;
    if (!created) {
        qCWarning(lcShell) << "creating the store failed:" << int(created.error().code);
        emit storeCreationFinished(false, created.error().message);
        return;
    }
    if (!m_options.storeDirectoryFixed) {
        m_settings.setValue(Setting::StoreDirectory, options.directory);
        m_settings.sync();
    }
    useStoreDirectory(options.directory);
    emit storeCreationFinished(true, QString());
    beginSession(std::move(created.value()));
}

bool AppController::isCreatingStore() const
{
    return m_creating;
}

std::optional<DeskIdentity> AppController::unfinishedEnrolment(const QString &directory)
{
    if (CaseStore::exists(directory))
        return std::nullopt;
    auto desk = DeskIdentity::load(directory);
    return desk ? *desk : std::nullopt;
}

void AppController::enrolDesk(const DeskEnrolment &request, SecureBytes password)
{
    if (m_state != State::FirstRun || m_creating)
        return;
    m_creating = true;
    m_lastServerError.reset();
    const QString directory = QDir::cleanPath(request.directory);
    auto done = [this, directory](DeskSetupResult result) {
        finishEnrolDesk(directory, std::move(result));
    };
    if (!CaseStore::exists(directory) && DeskIdentity::exists(directory)) {
        auto saved = DeskIdentity::load(directory);
        if (!saved) {
            DeskSetupResult result;
            result.error = saved.error().message;
            result.storeError = saved.error();
            // Answered from the event loop, like the server's answers.
            auto shared = std::make_shared<DeskSetupResult>(std::move(result));
            QTimer::singleShot(0, this, [done, shared] { done(std::move(*shared)); });
            return;
        }
        if (saved->has_value()) {
            qCInfo(lcShell) << "finishing an unfinished enrolment";
            m_server->finishEnrolment(directory, **saved, request.username, std::move(password),
                                      done);
            return;
        }
    }
    m_server->enrol(directory, request.desk, request.code, request.username, std::move(password),
                    done);
}

void AppController::finishEnrolDesk(const QString &directory, DeskSetupResult result)
{
    m_creating = false;
    m_lastServerError = result.syncError;
    if (!result.ok()) {
        qCWarning(lcShell) << "enrolling the desk failed:"
                           << (result.syncError ? result.syncError->code : QString());
        emit storeCreationFinished(
            false, result.syncError ? ServerSignIn::plainMessage(*result.syncError) : result.error);
        return;
    }
    if (!m_options.storeDirectoryFixed) {
        m_settings.setValue(Setting::StoreDirectory, directory);
        m_settings.sync();
    }
    useStoreDirectory(directory);
    m_serverTokens = std::move(result.tokens);
    emit storeCreationFinished(true, QString());
    beginSession(std::move(result.store));
    if (m_serverTokens)
        emit serverSessionStarted();
}

// ---- sign-in, lock, sign-out -------------------------------------------------------------------

Outcome<QList<KeyringAccount>> AppController::accounts() const
{
    auto keyring = CaseStore::readKeyring(m_storeDirectory);
    if (!keyring)
        return keyring.error();
    return keyring->accounts();
}

qint64 AppController::throttleRemainingMs(const QString &accountId) const
{
    return m_throttle ? m_throttle->remainingMs(accountId) : 0;
}

StoreError AppController::throttled(const QString &accountId) const
{
    const int seconds = int((throttleRemainingMs(accountId) + 999) / 1000);
    return StoreError::make(
        StoreError::Code::PermissionDenied,
        tr("Too many wrong passwords. You can try again in %n second(s).", nullptr, seconds));
}

Outcome<void> AppController::signIn(const QString &accountId, const SecureBytes &password)
{
    if (m_state != State::SignIn)
        return StoreError::make(StoreError::Code::Internal, tr("Someone is already signed in."));
    if (throttleRemainingMs(accountId) > 0)
        return throttled(accountId);
    auto unlocked = CaseStore::unlock(m_storeDirectory, accountId, password, m_clock);
    if (!unlocked) {
        if (unlocked.error().code == StoreError::Code::WrongPassword)
            m_throttle->recordFailure(accountId);
        return unlocked.error();
    }
    recordSignInSuccess(*m_throttle, *unlocked.value());
    beginSession(std::move(unlocked.value()), &password);
    return {};
}

bool AppController::isCheckingServer() const
{
    return m_state == State::SignIn && m_server->isBusy();
}

QString AppController::throttleKeyForUsername(const QString &username) const
{
    // The throttle file holds no names: a user name not on this desk counts under its hash.
    const QByteArray folded = username.trimmed().toCaseFolded().toUtf8();
    return QStringLiteral("name:") +
           QString::fromLatin1(
               QCryptographicHash::hash(folded, QCryptographicHash::Sha256).toHex().left(32));
}

qint64 AppController::usernameThrottleRemainingMs(const QString &username) const
{
    if (username.trimmed().isEmpty())
        return 0;
    if (auto keyring = CaseStore::readKeyring(m_storeDirectory))
        if (auto known = keyring->accountByUsername(username.trimmed()))
            return throttleRemainingMs(known->accountId);
    return throttleRemainingMs(throttleKeyForUsername(username));
}

Outcome<AppController::SignInProgress>
AppController::beginSignIn(const QString &accountId, const QString &username, SecureBytes password)
{
    if (m_state != State::SignIn)
        return StoreError::make(StoreError::Code::Internal, tr("Someone is already signed in."));
    if (m_server->isBusy())
        return StoreError::make(StoreError::Code::Internal,
                                tr("A sign-in is being checked with the server. Wait for it."));
    const bool connected = isConnectedDesk();
    // Who is signing in: a keyring account, chosen or typed, or a name new to this desk.
    std::optional<KeyringAccount> known;
    auto keyring = CaseStore::readKeyring(m_storeDirectory);
    if (!keyring)
        return keyring.error();
    known = accountId.isEmpty() ? keyring->accountByUsername(username.trimmed())
                                : keyring->account(accountId);
    if (!known && !accountId.isEmpty())
        return StoreError::make(StoreError::Code::UnknownAccount,
                                tr("This account is no longer on this desk."));
    if (!known && !connected)
        return StoreError::make(StoreError::Code::UnknownAccount,
                                tr("There is no account with this user name on this desk."));

    QString throttleKey;
    if (known) {
        throttleKey = known->accountId;
        if (throttleRemainingMs(throttleKey) > 0)
            return throttled(throttleKey);
        auto unlocked = CaseStore::unlock(m_storeDirectory, known->accountId, password, m_clock);
        if (unlocked) {
            recordSignInSuccess(*m_throttle, *unlocked.value());
            beginSession(std::move(unlocked.value()), &password);
            return SignInProgress::SignedIn;
        }
        if (unlocked.error().code != StoreError::Code::WrongPassword)
            return unlocked.error();
        // Counted now, whatever the server says later: stopping the workstation while it
        // asks must not be a way around the throttle.
        m_throttle->recordFailure(throttleKey);
        if (!connected)
            return unlocked.error();
    } else {
        throttleKey = throttleKeyForUsername(username);
        if (throttleRemainingMs(throttleKey) > 0)
            return throttled(throttleKey);
    }
    const QString knownId = known ? known->accountId : QString();
    if (!m_desk) {
        // desk.json cannot be read: what the server would have said cannot be asked.
        const QString message = knownId.isEmpty()
                                    ? tr("This account is not on this desk yet, and the desk's "
                                         "server settings cannot be used: %1")
                                          .arg(m_deskProblem)
                                    : tr("The password is not correct for this desk, and the "
                                         "desk's server settings cannot be used to check a new "
                                         "one: %1")
                                          .arg(m_deskProblem);
        return StoreError::make(StoreError::Code::WrongPassword, message);
    }
    const QString serverName = known ? known->username : username.trimmed();
    m_lastServerError.reset();
    qCInfo(lcShell) << "checking a sign-in with the server;"
                    << (known ? "account on this desk" : "account new to this desk");
    m_server->signIn(m_storeDirectory, *m_desk, serverName, std::move(password),
                     [this, throttleKey, knownId](DeskSetupResult result) {
                         finishServerSignIn(throttleKey, knownId, std::move(result));
                     });
    return SignInProgress::CheckingServer;
}

void AppController::finishServerSignIn(const QString &throttleKey, const QString &knownAccountId,
                                       DeskSetupResult result)
{
    if (m_state != State::SignIn)
        return; // nobody waits for it (the screen that asked is busy until now): the store closes
    m_lastServerError = result.syncError;
    if (result.ok()) {
        // A password the keyring refused was counted as a failure before the server accepted
        // it: this sign-in, not a failed one.
        recordSignInSuccess(*m_throttle, *result.store, {throttleKey},
                            knownAccountId.isEmpty() ? 0 : 1);
        m_serverTokens = std::move(result.tokens);
        emit serverSignInFinished(true, QString());
        beginSession(std::move(result.store));
        if (m_serverTokens)
            emit serverSessionStarted();
        return;
    }
    const bool knownHere = !knownAccountId.isEmpty();
    QString message = result.error;
    if (result.syncError) {
        const SyncError &error = *result.syncError;
        const QString said = ServerSignIn::plainMessage(error);
        if (error.kind == SyncError::Kind::Refused) {
            // The server checked the name and password (or the desk): a failed attempt. A
            // password the keyring refused was counted already.
            if (!knownHere)
                m_throttle->recordFailure(throttleKey);
            if (!knownHere)
                message = said;
            else if (error.code == QLatin1String("wrong_credentials"))
                message = tr("The password is not correct.");
            else
                message = tr("The password is not correct for this desk, and the helpline "
                             "server did not accept it either. %1")
                              .arg(said);
        } else if (error.kind == SyncError::Kind::ServerBusy) {
            message = knownHere ? tr("The password is not correct for this desk, and the "
                                     "helpline server could not check it now. %1")
                                      .arg(said)
                                : said;
        } else if (knownHere) {
            message = tr("The password is not correct for this desk. A password changed on the "
                         "helpline server works here only once the desk reaches the server. %1")
                          .arg(said);
        } else {
            message = tr("This account is not on this desk yet. Its first sign-in needs a "
                         "connection to the helpline server. %1")
                          .arg(said);
        }
    }
    qCInfo(lcShell) << "sign-in through the server failed:"
                    << (result.syncError ? result.syncError->code : QStringLiteral("store"));
    emit serverSignInFinished(false, message);
}

void AppController::beginSession(std::unique_ptr<CaseStore> store, const SecureBytes *password)
{
    m_store = std::move(store);
    // An enrolled desk applies the rules its office has on the server (kept from the last
    // sign-in or refresh); the desk's own settings only until the server has sent them.
    m_store->setReviewRules(OfficeRules::effective(*m_store, m_settings.reviewRules()));
    m_settings.setValue(Setting::LastAccountId, m_store->session().accountId);
    m_settings.sync();
    m_workspace = std::make_unique<Workspace>(*m_store);
    m_workspace->setLanguage(language());
    m_workspace->setReferralWaitDays(m_settings.referralWaitDays());
    // Before the screens: the status bar and the sync log find it in the workspace.
    if (m_options.sync && m_desk)
        m_sync = std::make_unique<DeskSync>(*m_workspace, *m_desk, m_options.network);
    m_workspace->setSync(m_sync.get());
    WorkArea *workArea = m_window->attachWorkspace(*m_workspace);
    m_window->showWorkArea();
    m_window->setSession(session(), false);
    m_idleLock->setTimeoutMinutes(m_settings.idleLockMinutes());
    m_idleLock->start();
    setState(State::SignedIn);
    qCInfo(lcShell) << "signed in account" << m_store->session().accountId;
    if (m_sync)
        m_sync->start(takeServerTokens(), password);
    // After this call returns (the screen that asked is gone by then): the intake offers the
    // drafts an earlier crash left behind.
    QTimer::singleShot(0, workArea, [workArea] { workArea->offerDraftRecovery(); });
}

void AppController::audit(const QString &action)
{
    if (!m_store || !m_store->isOpen())
        return;
    WriteTransaction tx(*m_store);
    tx.audit(action, QStringLiteral("account"), m_store->session().accountId);
    if (auto committed = tx.commit(); !committed)
        qCWarning(lcShell) << "could not audit" << action << int(committed.error().code);
}

void AppController::hideOtherWindows()
{
    // Dialogs of the workstation (a note being written, a question) may show case data: they
    // close with the lock. Hiding a dialog ends its exec() as rejected.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (widget == m_window.get() || !widget->isVisible())
            continue;
        if (auto *dialog = qobject_cast<QDialog *>(widget))
            dialog->reject();
        else
            widget->hide();
    }
}

void AppController::lock()
{
    if (m_state != State::SignedIn)
        return;
    m_idleLock->stop();
    if (WorkArea *workArea = m_window->workArea())
        workArea->flushDraft();
    hideOtherWindows();
    showLockScreen();
    audit(QStringLiteral("session.lock"));
    setState(State::Locked);
}

Outcome<void> AppController::unlock(const SecureBytes &password)
{
    if (m_state != State::Locked || !m_store)
        return StoreError::make(StoreError::Code::Internal, tr("The workstation is not locked."));
    const QString accountId = m_store->session().accountId;
    if (throttleRemainingMs(accountId) > 0)
        return throttled(accountId);
    // The password is checked against the keyring by unwrapping the key again; the open store
    // stays as it is.
    auto keyring = CaseStore::readKeyring(m_storeDirectory);
    if (!keyring)
        return keyring.error();
    if (keyring->storeId() != m_store->storeId())
        return StoreError::make(StoreError::Code::KeyringAltered,
                                tr("The keyring of this desk was replaced while it was locked. "
                                   "Sign out and sign in again."));
    auto key = keyring->unwrap(accountId, password);
    if (!key) {
        if (key.error().code == StoreError::Code::WrongPassword)
            m_throttle->recordFailure(accountId);
        return key.error();
    }
    key->wipe();
    recordSignInSuccess(*m_throttle, *m_store);
    m_window->showWorkArea();
    m_window->setSession(session(), false);
    m_idleLock->start();
    audit(QStringLiteral("session.unlock"));
    setState(State::SignedIn);
    return {};
}

Outcome<void> AppController::switchAccount(const QString &accountId, const SecureBytes &password)
{
    if (m_state != State::Locked || !m_store)
        return StoreError::make(StoreError::Code::Internal, tr("The workstation is not locked."));
    if (accountId == m_store->session().accountId)
        return unlock(password);
    if (throttleRemainingMs(accountId) > 0)
        return throttled(accountId);
    // The other account's store opens first: a wrong password leaves the locked session as it
    // was.
    auto other = CaseStore::unlock(m_storeDirectory, accountId, password, m_clock);
    if (!other) {
        if (other.error().code == StoreError::Code::WrongPassword)
            m_throttle->recordFailure(accountId);
        return other.error();
    }
    recordSignInSuccess(*m_throttle, *other.value());
    qCInfo(lcShell) << "account" << accountId << "signs out locked account"
                    << m_store->session().accountId;
    endSession();
    beginSession(std::move(other.value()), &password);
    return {};
}

std::optional<SessionTokens> AppController::takeServerTokens()
{
    return std::exchange(m_serverTokens, std::nullopt);
}

void AppController::endSession()
{
    // Tokens the sync engine did not take end with the session they belong to.
    m_serverTokens.reset();
    m_idleLock->stop();
    if (m_settingsDialog)
        m_settingsDialog->reject();
    if (WorkArea *workArea = m_window->workArea())
        workArea->flushDraft();
    hideOtherWindows();
    m_window->detachWorkspace(); // the screens go before sync, the workspace and the store
    if (m_workspace)
        m_workspace->setSync(nullptr);
    m_sync.reset();
    m_workspace.reset();
    if (m_store) {
        audit(QStringLiteral("session.sign_out"));
        qCInfo(lcShell) << "signed out account" << m_store->session().accountId;
        m_store->close();
        m_store.reset();
    }
    m_window->setSession(nullptr, false);
}

bool AppController::mayEndSession()
{
    WorkArea *workArea = m_window->workArea();
    if (m_state != State::SignedIn || !workArea || !workArea->hasUnsavedCaseWork())
        return true; // the intake keeps its own draft
    return MessageBox::ask(m_window.get(), tr("Unsaved case note"),
                           tr("A case note you are writing is not saved. Discard it and sign "
                              "out?"),
                           QMessageBox::Discard | QMessageBox::Cancel,
                           QMessageBox::Cancel) == QMessageBox::Discard;
}

void AppController::signOut()
{
    if (m_state != State::SignedIn && m_state != State::Locked)
        return;
    if (!mayEndSession())
        return;
    endSession();
    showSignIn();
}

void AppController::shutdown()
{
    if (m_state == State::SignedIn || m_state == State::Locked)
        endSession();
}

// ---- settings --------------------------------------------------------------------------------

QString AppController::language() const
{
    return m_settings.interfaceLanguage();
}

void AppController::setLanguage(const QString &language)
{
    if (!m_settings.setValue(Setting::InterfaceLanguage, language))
        return;
    m_settings.sync();
    // Posts LanguageChange to every widget: each screen relabels itself.
    applyInterfaceLanguage(language);
    if (m_workspace)
        m_workspace->setLanguage(language);
    qCInfo(lcShell) << "interface language" << language;
}

bool AppController::setIdleLockMinutes(int minutes)
{
    const Session *current = session();
    if (!current || !Settings::canChange(Setting::IdleLockMinutes, current->role))
        return false;
    if (!m_settings.setValue(Setting::IdleLockMinutes, minutes))
        return false;
    m_settings.sync();
    m_idleLock->setTimeoutMinutes(minutes);
    return true;
}

SettingsDialog *AppController::settingsDialog() const
{
    return m_settingsDialog;
}

SettingsDialog *AppController::showSettings()
{
    if (m_state != State::SignedIn)
        return nullptr;
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(*this, m_window.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_settingsDialog->open();
    m_settingsDialog->raise();
    return m_settingsDialog;
}

} // namespace helpline
