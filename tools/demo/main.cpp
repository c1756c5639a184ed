// helpline-demo: the pieces of the local demo system that need a desk (./scripts/run).
//
//   helpline-demo enrol --store DIR --server URL --code CODE --user NAME [--desk-name NAME]
//       enrols a desk with a one-time code and creates its store for NAME (password on stdin)
//   helpline-demo seed --store DIR --server URL --code CODE --user NAME
//       enrols a second, hidden desk as NAME (a counsellor), saves the demo contacts there and
//       pushes them to the server through the sync engine, so every demo desk pulls them
//
// Passwords are read from the first line of standard input. Demo only: the data is fictional.
#include "democases.h"

#include "core/store/contactrepository.h"
#include "core/sync/desksetup.h"
#include "core/sync/serversession.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace helpline;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "helpline-demo: " << message << '\n';
    return 1;
}

SecureBytes readPassword()
{
    QTextStream in(stdin);
    return SecureBytes::fromUtf8(in.readLine());
}

DeskSetupResult enrolDesk(QNetworkAccessManager &network, const QCommandLineParser &args,
                          SecureBytes password)
{
    DeskIdentity desk;
    desk.server = QUrl(args.value(QStringLiteral("server")));
    desk.deviceName = args.value(QStringLiteral("desk-name"));
    DeskSetup setup(network);
    std::optional<DeskSetupResult> result;
    QEventLoop loop;
    setup.enrol(args.value(QStringLiteral("store")), desk, args.value(QStringLiteral("code")),
                args.value(QStringLiteral("user")), std::move(password), KdfParams(),
                [&](DeskSetupResult r) {
                    result = std::move(r);
                    loop.quit();
                });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// Pushes the store's outbox through the real engine, once; true when nothing is left.
bool syncOnce(QNetworkAccessManager &network, DeskSetupResult &desk)
{
    SyncClient client(network, desk.desk->clientOptions());
    ServerSession session(client, Clock::system(),
                          ServerSession::Device{desk.desk->deviceId, desk.desk->deviceSecret});
    session.resume(desk.tokens->refreshToken);
    SyncEngine::Config config;
    config.deviceId = desk.desk->deviceId;
    config.useTimer = false;
    SyncEngine engine(*desk.store, client, session, Clock::system(), config);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::runFinished, &loop, &QEventLoop::quit);
    engine.start();
    if (engine.isRunning())
        loop.exec();
    const SyncStatus status = engine.status();
    if (status.lastError)
        QTextStream(stderr) << "helpline-demo: sync: " << status.lastError->message << '\n';
    return !status.lastError && status.waiting == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sets up the Helpline Workstation demo."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("enrol or seed"));
    parser.addOption({QStringLiteral("store"), QStringLiteral("The desk's store folder."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("server"), QStringLiteral("The server's address."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("code"), QStringLiteral("A one-time enrolment code."),
                      QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("user"), QStringLiteral("The account that signs in."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("desk-name"), QStringLiteral("The desk's name."),
                      QStringLiteral("NAME"), QStringLiteral("Demo desk")});
    parser.process(app);
    const QString command = parser.positionalArguments().value(0);
    for (const char *required : {"store", "server", "code", "user"})
        if (!parser.isSet(QString::fromLatin1(required)))
            return fail(QStringLiteral("--%1 is required").arg(QLatin1String(required)));

    QNetworkAccessManager network;
    if (command == QLatin1String("enrol")) {
        DeskSetupResult desk = enrolDesk(network, parser, readPassword());
        if (!desk.ok())
            return fail(desk.error);
        QTextStream(stdout) << "enrolled desk " << desk.desk->deviceId << '\n';
        return 0;
    }
    if (command == QLatin1String("seed")) {
        DeskSetupResult desk = enrolDesk(network, parser, readPassword());
        if (!desk.ok())
            return fail(desk.error);
        ContactRepository contacts(*desk.store);
        int saved = 0;
        for (ContactSave &save : demo::demoContacts(Clock::system().nowUtc())) {
            auto done = contacts.save(std::move(save));
            if (!done)
                return fail(QStringLiteral("a demo contact was not saved: ") +
                            done.error().message);
            ++saved;
        }
        if (!syncOnce(network, desk))
            return fail(QStringLiteral("the demo contacts did not all reach the server"));
        QTextStream(stdout) << "seeded " << saved << " demo contacts\n";
        return 0;
    }
    return fail(QStringLiteral("unknown command; see --help"));
}
