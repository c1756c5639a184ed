// helpline-sync-probe: a desk as its own process, for tests that kill it in the middle of a sync.
// Opens the store as an account, resumes the account's server session from the refresh token
// kept in the store, runs the real sync engine once, and prints "waiting N" (records still in the
// outbox) before exiting 0; exits 1 on a setup failure, 2 when the run failed.
//
// When the server ended the session (a refresh token exchanged by a probe that was killed
// before it could keep the new one counts as reuse, and the server revokes the family), it signs
// in online with the password, as the counsellor would, prints "signed in again" and runs again.
// A store without a session (an earlier probe was killed after the server refused its token and
// before it signed in again) signs in the same way before the first run.
//
//   helpline-sync-probe STORE-DIR ACCOUNT-ID USERNAME PASSWORD SERVER-URL [STREAMS...]
#include "core/store/casestore.h"
#include "core/sync/deskidentity.h"
#include "core/sync/serversession.h"
#include "core/sync/synccredentials.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>

using namespace helpline;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 6) {
        QTextStream(stderr)
            << "usage: helpline-sync-probe STORE ACCOUNT USERNAME PASSWORD SERVER [STREAMS]\n";
        return 1;
    }
    auto store = CaseStore::unlock(args.at(1), args.at(2), SecureBytes::fromUtf8(args.at(4)));
    auto desk = DeskIdentity::load(args.at(1));
    if (!store || !desk || !desk->has_value()) {
        QTextStream(stderr) << "sync-probe: the store or desk.json cannot be opened\n";
        return 1;
    }
    DeskIdentity identity = **desk;
    identity.server = QUrl(args.at(5)); // the test's proxy in front of the server
    auto refresh = SyncCredentials::refreshToken(**store, args.at(2));
    if (!refresh) {
        QTextStream(stderr) << "sync-probe: the server session cannot be read\n";
        return 1;
    }
    QNetworkAccessManager network;
    SyncClient client(network, identity.clientOptions());
    CaseStore &opened = **store;
    const QString accountId = args.at(2);
    ServerSession session(client, Clock::system(),
                          ServerSession::Device{identity.deviceId, identity.deviceSecret},
                          [&opened, accountId](const QString &token, const QDateTime &) {
                              (void)SyncCredentials::setRefreshToken(opened, accountId, token);
                          });
    auto signInAgain = [&] {
        std::optional<bool> signedIn;
        session.signIn(args.at(3), args.at(4).toUtf8(), false,
                       [&](SyncReply<SessionTokens> reply) { signedIn = reply.ok(); });
        while (!signedIn)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QTextStream(stdout) << "signed in again " << (*signedIn ? "ok" : "failed") << '\n';
    };
    if (refresh->isEmpty())
        signInAgain();
    else
        session.resume(*refresh);
    SyncEngine::Config config;
    config.deviceId = identity.deviceId;
    config.useTimer = false;
    config.streams = args.mid(6);
    SyncEngine engine(opened, client, session, Clock::system(), config);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::runFinished, &loop, &QEventLoop::quit);
    engine.start();
    if (engine.isRunning())
        loop.exec();
    if (engine.status().needsSignIn) {
        signInAgain();
        engine.syncNow();
        if (engine.isRunning())
            loop.exec();
    }
    const SyncStatus status = engine.status();
    QTextStream(stdout) << "waiting " << status.waiting << '\n';
    if (status.lastError) {
        QTextStream(stderr) << "sync-probe: " << status.lastError->message << '\n';
        return 2;
    }
    return 0;
}
