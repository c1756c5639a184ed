#pragma once

#include "core/security/securebytes.h"
#include "core/session/signinthrottle.h"
#include "core/store/casestore.h"
#include "core/store/keyring.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

class QThread;

namespace helpline {

class Clock;
class IdleLock;
class IdleWatcher;
class MainWindow;
class Settings;
class SettingsDialog;
class Workspace;

// What the first-run screen asks for.
struct FirstRunRequest {
    QString directory;
    QString username;
    QString displayName;
};

// The shell's state machine, from switching the workstation on to switching it off:
//
//   first run ──create──▶ signed in ◀──unlock── locked
//   sign-in  ──sign in──▶ signed in ──lock────▶ locked ──another account──▶ signed in (as them)
//   signed in / locked ──sign out──▶ sign-in
//
// It owns the open store and the Workspace of the signed-in session, the sign-in throttle and
// the idle lock, and tells the MainWindow which screen to show. Each screen is its own class.
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

    // First run: creates the store and its first administrator, then signs in. Calibrating the
    // key derivation takes a few seconds, so this returns at once and storeCreationFinished()
    // follows (synchronously when Options::kdf is given).
    void createStore(const FirstRunRequest &request, SecureBytes password);
    bool isCreatingStore() const { return m_creating; }

    // The desk's accounts from the keyring (the database stays closed).
    Outcome<QList<KeyringAccount>> accounts() const;
    // How long the account must wait before the next password attempt (0 = now).
    qint64 throttleRemainingMs(const QString &accountId) const;

    Outcome<void> signIn(const QString &accountId, const SecureBytes &password);
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

private:
    void setState(State state);
    void showFirstRun();
    void showSignIn(const QString &notice = {});
    void showLockScreen();
    void finishCreateStore(const KdfParams &kdf);
    void beginSession(std::unique_ptr<CaseStore> store);
    void endSession();
    void hideOtherWindows();
    void audit(const QString &action);
    StoreError throttled(const QString &accountId) const;
    void useStoreDirectory(const QString &directory);

    Settings &m_settings;
    Options m_options;
    Clock *m_clock;
    QString m_storeDirectory;
    State m_state = State::Starting;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<SignInThrottle> m_throttle;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    IdleLock *m_idleLock;
    IdleWatcher *m_idleWatcher;
    QPointer<SettingsDialog> m_settingsDialog;

    // First run in progress.
    bool m_creating = false;
    FirstRunRequest m_pendingRequest;
    std::optional<SecureBytes> m_pendingPassword;
    QThread *m_calibration = nullptr;
};

} // namespace helpline
