#pragma once

#include "core/security/securebytes.h"
#include "core/session/signinthrottle.h"
#include "core/store/casestore.h"
#include "core/store/keyring.h"
#include "core/sync/deskidentity.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThread;

namespace helpline {

class Clock;
class DeskSync;
class IdleLock;
class IdleWatcher;
class MainWindow;
class ServerSignIn;
class Settings;
class SettingsDialog;
struct DeskSetupResult;
class Workspace;

// What the first-run screen asks for.
struct FirstRunRequest {
    QString directory;
    QString username;
    QString displayName;
};

// What the first-run screen asks for to connect the desk to the helpline server.
struct DeskEnrolment {
    QString directory;
    DeskIdentity desk; // server, caFile, pinnedKeySha256 and deviceName
    QString code;      // the one-time enrolment code an admin issued
    QString username;  // the server account of the person setting the desk up
};

// The shell's state machine, from switching the workstation on to switching it off:
//
//   first run ──create or enrol──▶ signed in ◀──unlock── locked
//   sign-in  ──sign in──▶ signed in ──lock────▶ locked ──another account──▶ signed in (as them)
//   signed in / locked ──sign out──▶ sign-in
//
// It owns the open store and the Workspace of the signed-in session, the sign-in throttle and
// the idle lock, and tells the MainWindow which screen to show. Each screen is its own class.
//
// A desk connected to the helpline server has desk.json beside its store (DeskIdentity). The
// steps that need the server happen on the way in only: enrolment at first run, and the
// sign-in of an account that is not on this desk yet or whose password was reset on the server
// (through the server's key escrow). Both keep the server session they started for the sync
// engine: takeServerTokens(). A desk without desk.json never talks to a server.
class AppController : public QObject {
    Q_OBJECT
public:
    enum class State { Starting, FirstRun, SignIn, SignedIn, Locked };
    Q_ENUM(State)

    struct Options {
        QString storeDirectory;           // empty = the StoreDirectory setting
        bool storeDirectoryFixed = false; // from --store or HELPLINE_STORE: never saved
        Clock *clock = nullptr;           // nullptr = the system clock
        KdfParams kdf;                    // invalid = calibrate on this machine (production)
        SignInThrottle::Policy throttle;
        int idleCheckIntervalMs = 1000;
        // For the steps that need the server and for sync; nullptr = their own. Tests put a
        // proxy in between.
        QNetworkAccessManager *network = nullptr;
        // A connected desk syncs while someone is signed in (DeskSync). Tests of the way in
        // turn it off to take the server's tokens themselves (takeServerTokens()).
        bool sync = true;
    };

    AppController(Settings &settings, Options options, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the first-run screen when the store folder holds no store, else the sign-in screen.
    void start();
    State state() const { return m_state; }

    MainWindow &window() const { return *m_window; }
    Settings &settings() const { return m_settings; }
    Clock &clock() const { return *m_clock; }
    QString storeDirectory() const { return m_storeDirectory; }
    bool isStoreDirectoryFixed() const { return m_options.storeDirectoryFixed; }
    CaseStore *store() const { return m_store.get(); }
    Workspace *workspace() const { return m_workspace.get(); }
    IdleLock &idleLock() const { return *m_idleLock; }
    // The signed-in (or locked) account; nullptr when nobody is signed in.
    const Session *session() const;
    // Sync of the signed-in (or locked) session; nullptr on a desk without desk.json, when
    // nobody is signed in, or with Options::sync off.
    DeskSync *deskSync() const { return m_sync.get(); }

    // First run: creates the store and its first administrator, then signs in. Calibrating the
    // key derivation takes a few seconds, so this returns at once and storeCreationFinished()
    // follows (synchronously when Options::kdf is given).
    void createStore(const FirstRunRequest &request, SecureBytes password);
    // First run, the other way: enrols this desk with the helpline server with the code, signs
    // the person in with their server account and creates the store for it (DeskSetup::enrol).
    // storeCreationFinished() follows, always later, from the event loop; on success the
    // workstation is signed in as that account. When the folder holds an unfinished enrolment
    // (unfinishedEnrolment()), its saved identity is used and the code and typed address are not.
    void enrolDesk(const DeskEnrolment &request, SecureBytes password);
    bool isCreatingStore() const;
    // Why the last step with the server failed (enrolment or sign-in), for the screen to put the
    // cursor where the problem is; cleared when a step starts.
    std::optional<SyncError> lastServerError() const { return m_lastServerError; }
    // desk.json without a store in `directory`: the desk was enrolled but its first sign-in
    // failed (the code is spent). Signing in again with the server account finishes it.
    static std::optional<DeskIdentity> unfinishedEnrolment(const QString &directory);

    // The desk's accounts from the keyring (the database stays closed).
    Outcome<QList<KeyringAccount>> accounts() const;
    // How long the account must wait before the next password attempt (0 = now).
    qint64 throttleRemainingMs(const QString &accountId) const;

    // Checks the password against the keyring only (any desk).
    Outcome<void> signIn(const QString &accountId, const SecureBytes &password);

    // The sign-in screen's way in. `accountId` is an account of the keyring, or empty when the
    // person typed `username` instead (an account that may not be on this desk yet).
    // - Without desk.json this is signIn(): the answer comes at once.
    // - On a desk connected to the server, a user name that is not in the keyring, or a password
    //   the keyring refuses (it may have been reset on the server), is checked with the server
    //   (DeskSetup::signInThroughServer): the answer is CheckingServer and
    //   serverSignInFinished() follows, always later, from the event loop.
    // A password the keyring refuses counts against the sign-in throttle at once; a server
    // that accepts it clears the count. A user name that is not on this desk has its own count
    // (under a hash of the name, never the name), which a refusal by the server raises.
    enum class SignInProgress { SignedIn, CheckingServer };
    Outcome<SignInProgress> beginSignIn(const QString &accountId, const QString &username,
                                        SecureBytes password);
    bool isCheckingServer() const;
    // The throttle's wait for a user name typed on the sign-in screen.
    qint64 usernameThrottleRemainingMs(const QString &username) const;

    // desk.json of this store, when the desk is connected to the helpline server.
    std::optional<DeskIdentity> deskIdentity() const { return m_desk; }
    // desk.json exists, readable or not (a damaged one is said at the next step that needs it).
    bool isConnectedDesk() const { return m_desk.has_value() || !m_deskProblem.isEmpty(); }
    // For the sync engine: the server session of the last online step (enrolment or sign-in
    // through the server), for the account now signed in. Taken once: the second call gives
    // nothing. The shell's own DeskSync takes them as the session begins (Options::sync);
    // otherwise serverSessionStarted() says when there are tokens to take. Signing out drops
    // tokens nobody took. After an offline sign-in there are none: DeskSync resumes the kept
    // session or signs in itself with the password just typed.
    std::optional<SessionTokens> takeServerTokens();
    // Hides every view of case data at once (the Lock action, Ctrl+L, the idle lock).
    void lock();
    // Only the locked account's password unlocks; checked against the keyring, the store stays
    // open.
    Outcome<void> unlock(const SecureBytes &password);
    // From the lock screen: another account signs in, which signs the locked one out.
    Outcome<void> switchAccount(const QString &accountId, const SecureBytes &password);
    void signOut();
    // Asks before unsaved case text (a note being written) would be lost; true = go ahead.
    bool mayEndSession();
    // Before the application quits: saves the intake draft and closes the store.
    void shutdown();

    // "az", "ru" or "en": saved, installed and applied to every open screen at once.
    void setLanguage(const QString &language);
    QString language() const;
    // Administrators only (Settings::canChange); false when refused or out of range.
    bool setIdleLockMinutes(int minutes);

    // Opens the settings dialog (signed in only); nullptr when none is open.
    SettingsDialog *showSettings();
    SettingsDialog *settingsDialog() const;

signals:
    void stateChanged(helpline::AppController::State state);
    void storeCreationFinished(bool ok, const QString &message);
    // After beginSignIn() answered CheckingServer: ok = signed in; else why not, in plain
    // words, and the sign-in screen stays.
    void serverSignInFinished(bool ok, const QString &message);
    // A session with the server started with this sign-in; its tokens wait in
    // takeServerTokens(). Emitted after the session began (state SignedIn).
    void serverSessionStarted();

private:
    void setState(State state);
    void showFirstRun();
    void showSignIn(const QString &notice = {});
    void showLockScreen();
    void finishCreateStore(const KdfParams &kdf);
    // `password`: the one just typed, when there is one; sync may use it once, at once.
    void beginSession(std::unique_ptr<CaseStore> store, const SecureBytes *password = nullptr);
    void endSession();
    void hideOtherWindows();
    void audit(const QString &action);
    StoreError throttled(const QString &accountId) const;
    void useStoreDirectory(const QString &directory);
    void finishEnrolDesk(const QString &directory, DeskSetupResult result);
    void finishServerSignIn(const QString &throttleKey, const QString &knownAccountId,
                            DeskSetupResult result);
    QString throttleKeyForUsername(const QString &username) const;

    Settings &m_settings;
    Options m_options;
    Clock *m_clock;
    QString m_storeDirectory;
    State m_state = State::Starting;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInThrottle> m_throttle;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<DeskSync> m_sync;
    IdleLock *m_idleLock;
    IdleWatcher *m_idleWatcher;
    QPointer<SettingsDialog> m_settingsDialog;

    // First run in progress.
    bool m_creating = false;
    FirstRunRequest m_pendingRequest;
    std::optional<SecureBytes> m_pendingPassword;
    QThread *m_calibration = nullptr;

    // The helpline server (desks with desk.json).
    std::optional<DeskIdentity> m_desk;
    QString m_deskProblem; // desk.json exists but cannot be read: why, translated
    std::optional<SessionTokens> m_serverTokens;
    std::optional<SyncError> m_lastServerError;
    ServerSignIn *m_server;
};

} // namespace helpline
