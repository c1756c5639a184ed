#include "core/sync/desksetup.h"

#include "core/domain/role.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcDeskSetup, "helpline.sync.desk")

namespace {

QByteArray bytesOf(const SecureBytes &password)
{
    return QByteArray(reinterpret_cast<const char *>(password.data()), qsizetype(password.size()));
}

// The server checked the password but kept the key: the desk may have been revoked.
SyncError noEscrow()
{
    SyncError error;
    error.kind = SyncError::Kind::Refused;
    error.code = QStringLiteral("no_escrow");
    error.message = QCoreApplication::translate(
        "helpline::DeskSetup",
        "The server checked the password but did not release this desk's key. Ask an admin "
        "whether the desk is still enrolled.");
    return error;
}

} // namespace

DeskSetup::DeskSetup(QNetworkAccessManager &network, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
}

DeskSetup::~DeskSetup() = default;

DeskSetupResult DeskSetup::failed(const SyncError &error)
{
    DeskSetupResult result;
    result.error = error.message;
    result.syncError = error;
    return result;
}

DeskSetupResult DeskSetup::failed(const StoreError &error)
{
    DeskSetupResult result;
    result.error = error.message;
    result.storeError = error;
    return result;
}

SyncClient *DeskSetup::clientFor(const DeskIdentity &desk, const Done &done)
{
    if (m_client)
        m_client->abortAll();
    m_client = std::make_unique<SyncClient>(m_network, desk.clientOptions());
    if (const QString problem = m_client->setupProblem(); !problem.isEmpty()) {
        SyncError error;
        error.kind = SyncError::Kind::Setup;
        error.message = problem;
        done(failed(error));
        return nullptr;
    }
    return m_client.get();
}

void DeskSetup::signInWithEscrow(const DeskIdentity &desk, const QString &username,
                                 SecureBytes password, Done done, SignedIn then)
{
    SyncClient *client = clientFor(desk, done);
    if (!client)
        return;
    SignInRequest request;
    request.username = username.trimmed();
    request.password = bytesOf(password);
    request.deviceId = desk.deviceId;
    request.deviceSecret = desk.deviceSecret;
    request.requestEscrow = true;
    auto shared = std::make_shared<SecureBytes>(std::move(password));
    client->signIn(request, [shared, done, then](SyncReply<SessionTokens> tokens) {
        if (!tokens.ok())
            return done(failed(tokens.error));
        if (tokens.value->escrowKey.isEmpty())
            return done(failed(noEscrow()));
        then(*tokens.value, *shared);
    });
}

void DeskSetup::enrol(const QString &directory, DeskIdentity desk, const QString &code,
                      const QString &username, SecureBytes password, KdfParams kdf, Done done)
{
    if (CaseStore::exists(directory) || DeskIdentity::exists(directory)) {
        return done(failed(StoreError::make(
            StoreError::Code::AlreadyExists,
            QCoreApplication::translate("helpline::DeskSetup",
                                        "This desk is already set up; it was not changed."))));
    }
    SyncClient *client = clientFor(desk, done);
    if (!client)
        return;
    EnrolRequest request;
    request.code = code.trimmed();
    request.deviceName = desk.deviceName;
    auto shared = std::make_shared<SecureBytes>(std::move(password));
    client->enrol(request, [this, client, directory, desk, username, shared, kdf,
                            done](SyncReply<EnrolReply> enrolled) mutable {
        if (!enrolled.ok())
            return done(failed(enrolled.error));
        desk.deviceId = enrolled.value->deviceId;
        desk.deviceSecret = enrolled.value->deviceSecret;
        desk.officeId = enrolled.value->officeId;
        // Kept at once: the code is spent, and a sign-in that fails now can be tried again.
        if (auto saved = desk.save(directory); !saved)
            return done(failed(saved.error()));
        qCInfo(lcDeskSetup) << "desk enrolled as device" << desk.deviceId;
        const QByteArray escrowKey = enrolled.value->escrowKey;
        SignInRequest signIn;
        signIn.username = username.trimmed();
        signIn.password = bytesOf(*shared);
        signIn.deviceId = desk.deviceId;
        signIn.deviceSecret = desk.deviceSecret;
        client->signIn(signIn, [this, directory, desk, shared, kdf, escrowKey,
                                done](SyncReply<SessionTokens> tokens) {
            if (!tokens.ok())
                return done(failed(tokens.error));
            done(createStore(directory, desk, *tokens.value, escrowKey, *shared, kdf));
        });
    });
}

DeskSetupResult DeskSetup::createStore(const QString &directory, const DeskIdentity &desk,
                                       const SessionTokens &tokens, const QByteArray &escrowKey,
                                       const SecureBytes &password, const KdfParams &kdf)
{
    if (escrowKey.isEmpty())
        return failed(noEscrow());
    const AccountProfile &account = tokens.account;
    CaseStore::CreateOptions options;
    options.directory = directory;
    options.adminUsername = account.username;
    options.adminDisplayName = account.displayName;
    options.kdf = kdf;
    options.deviceId = desk.deviceId;
    options.adminAccountId = account.id;
    options.adminRole = roleFromCode(account.role).value_or(Role::Counsellor);
    options.officeId = account.officeId;
    options.escrowKey = escrowKey;
    auto store = CaseStore::create(options, password, m_clock);
    if (!store)
        return failed(store.error());
    DeskSetupResult result;
    result.store = std::move(*store);
    result.tokens = tokens;
    result.desk = desk;
    return result;
}

void DeskSetup::finishEnrolment(const QString &directory, const DeskIdentity &desk,
                                const QString &username, SecureBytes password, KdfParams kdf,
                                Done done)
{
    if (CaseStore::exists(directory))
        return done(failed(StoreError::make(
            StoreError::Code::AlreadyExists,
            QCoreApplication::translate("helpline::DeskSetup",
                                        "This desk is already set up; it was not changed."))));
    signInWithEscrow(
        desk, username, std::move(password), done,
        [this, directory, desk, kdf, done](const SessionTokens &tokens, const SecureBytes &typed) {
            done(createStore(directory, desk, tokens, tokens.escrowKey, typed, kdf));
        });
}

void DeskSetup::signInThroughServer(const QString &directory, const DeskIdentity &desk,
                                    const QString &username, SecureBytes password, KdfParams kdf,
                                    Done done)
{
    signInWithEscrow(
        desk, username, std::move(password), done,
        [this, directory, desk, kdf, done](const SessionTokens &tokens, const SecureBytes &typed) {
            const AccountProfile &account = tokens.account;
            const KeyringAccount keyringAccount{
                account.id, account.username,
                account.displayName.isEmpty() ? account.username : account.displayName,
                roleFromCode(account.role).value_or(Role::Counsellor)};
            auto store = CaseStore::unlockWithEscrow(directory, tokens.escrowKey, keyringAccount,
                                                     account.officeId, typed, kdf, m_clock);
            if (!store)
                return done(failed(store.error()));
            DeskSetupResult result;
            result.store = std::move(*store);
            result.tokens = tokens;
            result.desk = desk;
            done(std::move(result));
        });
}

} // namespace helpline
