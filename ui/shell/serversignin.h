#pragma once

#include "core/security/securebytes.h"
#include "core/store/keyring.h"
#include "core/sync/desksetup.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QThread;

namespace helpline {

class Clock;

// The shell's online steps on the way in, one at a time: enrolling the desk at first run,
// finishing an enrolment whose first sign-in failed, and signing an account in through the
// server's key escrow. Core's DeskSetup does the work; this adds what the shell needs around it:
// a network manager, the key derivation measured off the GUI thread (once per run, like the
// first run's), and a busy flag. Each `done` runs once, on the GUI thread, never from inside the
// call that started it (a screen may still be setting itself busy).
class ServerSignIn : public QObject {
    Q_OBJECT
public:
    using Done = DeskSetup::Done;

    // `network` nullptr: its own manager. `kdf` invalid: measured on this machine when needed.
    ServerSignIn(QNetworkAccessManager *network, Clock *clock, KdfParams kdf,
                 QObject *parent = nullptr);
    ~ServerSignIn() override;

    bool isBusy() const { return m_busy; }

    // What the server said, in the interface's language for the answers the way in meets
    // (a wrong code or password, throttling, a revoked desk, a server error); otherwise
    // SyncClient's own plain words.
    static QString plainMessage(const SyncError &error);

    // A new desk with an admin's one-time code (DeskSetup::enrol).
    void enrol(const QString &directory, DeskIdentity desk, const QString &code,
               const QString &username, SecureBytes password, Done done);
    // The desk is enrolled (desk.json) but has no store: the first sign-in after enrolment
    // failed (a mistyped password, a full disk). The code is spent, so the same person signs in
    // again and the store is created then, its key sealed with the escrow key the server
    // releases to that sign-in.
    void finishEnrolment(const QString &directory, const DeskIdentity &desk,
                         const QString &username, SecureBytes password, Done done);
    // An account new to this desk, or whose password was reset on the server
    // (DeskSetup::signInThroughServer).
    void signIn(const QString &directory, const DeskIdentity &desk, const QString &username,
                SecureBytes password, Done done);

private:
    using Step = std::function<void(const KdfParams &kdf, Done done)>;
    void run(Step step, Done done);

    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    Clock *m_clock;
    KdfParams m_kdf;
    std::unique_ptr<DeskSetup> m_setup;
    QThread *m_calibration = nullptr;
    bool m_busy = false;
};

} // namespace helpline
