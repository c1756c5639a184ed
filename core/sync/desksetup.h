#pragma once

#include "core/security/securebytes.h"
#include "core/store/casestore.h"
#include "core/sync/deskidentity.h"
#include "core/sync/syncclient.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace helpline {

class Clock;

// What an online step gives: the open store and the server session, or why not.
struct DeskSetupResult {
    std::unique_ptr<CaseStore> store;
    std::optional<SessionTokens> tokens;
    std::optional<DeskIdentity> desk;
    QString error; // translated; empty on success
    std::optional<SyncError> syncError;
    std::optional<StoreError> storeError;
    bool ok() const { return store != nullptr; }
};

// The steps of sync that need the server and a person at the desk (docs/security.md, "Key
// escrow"):
// - enrol(): a new desk with the one-time code an admin issued, then the first account signs in
//   online; the store is created for it, its key sealed with the escrow key the server keeps
//   for this desk.
// - signInThroughServer(): an account that is not yet on this desk, or whose password was reset
//   on the server, signs in online; the server releases the escrow key after checking password
//   and device, and the store's key is wrapped for the password typed. The server never sees
//   the database key.
// Each `done` runs once, on the network manager's thread.
class DeskSetup : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(DeskSetupResult)>;
    DeskSetup(QNetworkAccessManager &network, Clock *clock = nullptr, QObject *parent = nullptr);
    ~DeskSetup() override;

    // `desk` gives the server address, how to trust it and the desk's name.
    void enrol(const QString &directory, DeskIdentity desk, const QString &code,
               const QString &username, SecureBytes password, KdfParams kdf, Done done);
    // The desk is enrolled (desk.json) but has no store: the first sign-in after enrolment
    // failed (a mistyped password, a full disk). The code is spent, so the same person signs in
    // again and the store is created then, its key sealed with the escrow key the server
    // releases to that sign-in.
    void finishEnrolment(const QString &directory, const DeskIdentity &desk,
                         const QString &username, SecureBytes password, KdfParams kdf, Done done);
    void signInThroughServer(const QString &directory, const DeskIdentity &desk,
                             const QString &username, SecureBytes password, KdfParams kdf,
                             Done done);

private:
    // A client for `desk`; nullptr (and `done` told why) when its settings cannot be used.
    SyncClient *clientFor(const DeskIdentity &desk, const Done &done);
    // Signs in online asking for the escrow key; `then` runs with the tokens (the key released)
    // and the password typed, any failure goes to `done`.
    using SignedIn = std::function<void(const SessionTokens &, const SecureBytes &password)>;
    void signInWithEscrow(const DeskIdentity &desk, const QString &username, SecureBytes password,
                          Done done, SignedIn then);
    // The store of a newly enrolled desk, created for the account that signed in.
    DeskSetupResult createStore(const QString &directory, const DeskIdentity &desk,
                                const SessionTokens &tokens, const QByteArray &escrowKey,
                                const SecureBytes &password, const KdfParams &kdf);
    static DeskSetupResult failed(const SyncError &error);
    static DeskSetupResult failed(const StoreError &error);

    QNetworkAccessManager &m_network;
    Clock *m_clock;
    std::unique_ptr<SyncClient> m_client;
};

} // namespace helpline
