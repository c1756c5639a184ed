#include "server/cli/commandline.h"

#include "core/util/clock.h"
#include "server/cli/serverconfig.h"
#include "server/cli/signalwatcher.h"
#include "server/db/serverdatabase.h"
#include "server/directory/directoryservice.h"
#include "server/http/apiserver.h"
#include "server/http/routes.h"
#include "server/servercontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServer, "helpline.server")

namespace helpline::server {

namespace {

const QString kCliActor = QStringLiteral("cli");

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const ApiError &error)
{
    err() << "helpline-server: " << error.message;
    if (!error.field.isEmpty())
        err() << " (" << error.field << ")";
    err() << Qt::endl;
    for (const QJsonValue &problem : error.problems) {
        const QJsonObject p = problem.toObject();
        err() << "  line " << p.value(QStringLiteral("line")).toInt() << ", "
              << p.value(QStringLiteral("field")).toString() << ": "
              << p.value(QStringLiteral("message")).toString() << Qt::endl;
    }
    if (!error.detail.isEmpty())
        qCWarning(lcServer).noquote() << error.detail;
    return 1;
}

int usage(const QString &message)
{
    err() << "helpline-server: " << message << "\nRun `helpline-server --help` for the commands."
          << Qt::endl;
    return 2;
}

// A password from stdin (one line; for scripts) or typed at the terminal without echo.
QByteArray readPassword(bool fromStdin, const QString &prompt)
{
    QByteArray line;
    const bool tty = !fromStdin && ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        err() << prompt << Qt::flush;
        ::tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    char buffer[1100];
    if (std::fgets(buffer, sizeof buffer, stdin))
        line = QByteArray(buffer);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

void printJson(const QJsonObject &object)
{
    out() << QJsonDocument(object).toJson(QJsonDocument::Indented) << Qt::flush;
}

// The parsed command line: options anywhere, the rest positional.
struct Arguments {
    QStringList positional;
    QHash<QString, QString> options; // "--data" -> "DIR"; flags -> "1"
    bool has(const QString &name) const { return options.contains(name); }
    QString value(const QString &name) const { return options.value(name); }
};

const QStringList &valueOptions()
{
    static const QStringList names{QStringLiteral("--config"),
                                   QStringLiteral("--data"),
                                   QStringLiteral("--database"),
                                   QStringLiteral("--listen"),
                                   QStringLiteral("--tls-cert"),
                                   QStringLiteral("--tls-key"),
                                   QStringLiteral("--workers"),
                                   QStringLiteral("--office"),
                                   QStringLiteral("--office-name"),
                                   QStringLiteral("--admin"),
                                   QStringLiteral("--admin-name"),
                                   QStringLiteral("--name"),
                                   QStringLiteral("--role"),
                                   QStringLiteral("--valid-hours"),
                                   QStringLiteral("--format"),
                                   QStringLiteral("--username"),
                                   QStringLiteral("--closure-approval"),
                                   QStringLiteral("--new-counsellor-weeks")};
    return names;
}

const QStringList &flagOptions()
{
    static const QStringList names{
        QStringLiteral("--help"), QStringLiteral("--version"), QStringLiteral("--password-stdin"),
        QStringLiteral("--no-access-log"), QStringLiteral("--test-fast-hashing")};
    return names;
}

std::optional<Arguments> parse(const QStringList &arguments, QString *problem)
{
    Arguments parsed;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            parsed.positional << arg;
            continue;
        }
        QString value;
        const qsizetype eq = arg.indexOf(u'=');
        bool inlineValue = false;
        if (eq > 0) {
            value = arg.mid(eq + 1);
            arg = arg.left(eq);
            inlineValue = true;
        }
        if (flagOptions().contains(arg)) {
            if (inlineValue) {
                *problem = QStringLiteral("%1 takes no value.").arg(arg);
                return std::nullopt;
            }
            parsed.options.insert(arg, QStringLiteral("1"));
        } else if (valueOptions().contains(arg)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    *problem = QStringLiteral("%1 needs a value.").arg(arg);
                    return std::nullopt;
                }
                value = arguments.at(++i);
            }
            parsed.options.insert(arg, value);
        } else {
            *problem = QStringLiteral("Unknown option %1.").arg(arg);
            return std::nullopt;
        }
    }
    return parsed;
}

ApiResult<ServerConfig> configFrom(const Arguments &args)
{
    ServerConfig config;
    if (args.has(QStringLiteral("--config")))
        if (auto read = config.readFile(args.value(QStringLiteral("--config"))); !read)
            return read.error();
    if (args.has(QStringLiteral("--data"))) {
        config.database.dataDirectory = args.value(QStringLiteral("--data"));
        config.database.postgresUrl.clear();
    }
    if (args.has(QStringLiteral("--database"))) {
        config.database.postgresUrl = args.value(QStringLiteral("--database"));
        config.database.dataDirectory.clear();
    }
    if (args.has(QStringLiteral("--listen")))
        if (auto set = config.setListen(args.value(QStringLiteral("--listen"))); !set)
            return set.error();
    if (args.has(QStringLiteral("--tls-cert")))
        config.listen.tlsCertificate = args.value(QStringLiteral("--tls-cert"));
    if (args.has(QStringLiteral("--tls-key")))
        config.listen.tlsKey = args.value(QStringLiteral("--tls-key"));
    if (args.has(QStringLiteral("--workers"))) {
        bool ok = false;
        const int workers = args.value(QStringLiteral("--workers")).toInt(&ok);
        if (!ok || workers < 1 || workers > 256)
            return ApiError::invalid(QStringLiteral("--workers must be 1 to 256."));
        config.listen.workerThreads = workers;
    }
    if (args.has(QStringLiteral("--no-access-log")))
        config.listen.accessLog = false;
    config.fastHashingForTests = args.has(QStringLiteral("--test-fast-hashing"));
    if (config.database.postgresUrl.isEmpty() && config.database.dataDirectory.isEmpty())
        return ApiError::invalid(QStringLiteral(
            "Say where the data is: --data DIR (the embedded encrypted store) or --database "
            "postgresql://... (or either in the config file)."));
    if (config.listen.tlsCertificate.isEmpty() != config.listen.tlsKey.isEmpty())
        return ApiError::invalid(QStringLiteral("TLS needs both --tls-cert and --tls-key."));
    return config;
}

int serve(ServerConfig config)
{
    // Before anything can announce the server: a SIGTERM that arrives right after the
    // "listening" line must stop it gracefully, not kill it.
    SignalWatcher watcher;
    auto db = ServerDatabase::open(config.database, ServerDatabase::OpenMode::Existing);
    if (!db)
        return failWith(db.error());
    ServerContext context(**db, Clock::system(), config.passwordStrength());
    ApiServer server(buildRoutes(context), context.auth);
    auto port = server.start(config.listen);
    if (!port)
        return failWith(port.error());
    const bool tls = !config.listen.tlsCertificate.isEmpty();
    // Tests and scripts read the port from this line (with --listen ADDRESS:0).
    out() << "helpline-server " << HELPLINE_SERVER_VERSION << " listening on "
          << (tls ? "https" : "http") << "://"
          << (config.listen.address.protocol() == QAbstractSocket::IPv6Protocol
                  ? u'[' + config.listen.address.toString() + u']'
                  : config.listen.address.toString())
          << ':' << *port << " (" << config.database.describe() << ")" << Qt::endl;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &server, [&server] {
        qCInfo(lcServer) << "stopping: finishing" << server.requestsInFlight()
                         << "request(s) in flight";
        server.shutdown(25000, [] { QCoreApplication::quit(); });
    });
    const int status = QCoreApplication::exec();
    qCInfo(lcServer) << "stopped";
    return status;
}

ApiResult<ServerConfig> configOrFail(const Arguments &args, int *status)
{
    auto config = configFrom(args);
    if (!config)
        *status = failWith(config.error());
    return config;
}

int initCommand(const Arguments &args)
{
    int status = 0;
    auto config = configOrFail(args, &status);
    if (!config)
        return status;
    const QString office = args.value(QStringLiteral("--office"));
    const QString officeName = args.value(QStringLiteral("--office-name"));
    const QString admin = args.value(QStringLiteral("--admin"));
    if (office.isEmpty() || officeName.isEmpty() || admin.isEmpty())
        return usage(QStringLiteral("init needs --office ID --office-name NAME --admin USERNAME."));
    auto db = ServerDatabase::open(config->database, ServerDatabase::OpenMode::CreateIfMissing);
    if (!db)
        return failWith(db.error());
    ServerContext context(**db, Clock::system(), config->passwordStrength());
    auto existing = context.accounts.list();
    if (!existing)
        return failWith(existing.error());
    if (!existing->isEmpty())
        return failWith(ApiError::conflict(
            QStringLiteral("This server already has accounts; `init` only prepares a new one. Use "
                           "`helpline-server accounts create` to add more.")));
    const QByteArray password = readPassword(args.has(QStringLiteral("--password-stdin")),
                                             QStringLiteral("Password for %1: ").arg(admin));
    if (auto problem = AccountService::checkPassword(password))
        return failWith(*problem);
    auto createdOffice = context.accounts.createOffice(office, officeName, kCliActor);
    if (!createdOffice)
        return failWith(createdOffice.error());
    NewAccount account{admin,
                       args.value(QStringLiteral("--admin-name")).isEmpty()
                           ? admin
                           : args.value(QStringLiteral("--admin-name")),
                       QStringLiteral("admin"), office, password};
    auto created = context.accounts.create(account, kCliActor);
    if (!created)
        return failWith(created.error());
    if (auto published = context.directory.publishReferenceData(); !published)
        return failWith(published.error());
    out() << "Prepared " << config->database.describe() << " with office " << office
          << " and admin " << created->username << "." << Qt::endl;
    return 0;
}

int accountsCommand(ServerContext &context, const Arguments &args)
{
    const QString verb = args.positional.value(1);
    if (verb == QLatin1String("list")) {
        auto list = context.accounts.list();
        if (!list)
            return failWith(list.error());
        QJsonArray array;
        for (const Account &a : std::as_const(*list))
            array << a.toJson();
        printJson({{QStringLiteral("accounts"), array}});
        return 0;
    }
    if (verb == QLatin1String("create")) {
        const QString username = args.positional.value(2);
        if (username.isEmpty() || !args.has(QStringLiteral("--role")) ||
            !args.has(QStringLiteral("--office")))
            return usage(QStringLiteral("accounts create USERNAME --role ROLE --office ID "
                                        "[--name NAME] [--password-stdin]"));
        const QByteArray password = readPassword(args.has(QStringLiteral("--password-stdin")),
                                                 QStringLiteral("Password for %1: ").arg(username));
        NewAccount account{
            username,
            args.value(QStringLiteral("--name")).isEmpty() ? username
                                                           : args.value(QStringLiteral("--name")),
            args.value(QStringLiteral("--role")), args.value(QStringLiteral("--office")), password};
        auto created = context.accounts.create(account, kCliActor);
        if (!created)
            return failWith(created.error());
        printJson(created->toJson());
        return 0;
    }
    const QString username = args.positional.value(2);
    if (username.isEmpty())
        return usage(QStringLiteral("accounts %1 USERNAME").arg(verb));
    auto account = context.accounts.findByUsername(username);
    if (!account)
        return failWith(account.error());
    ApiResult<Account> done = ApiError::invalid(QStringLiteral("unknown"));
    if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
        done = context.accounts.setActive(account->id, verb == QLatin1String("enable"), kCliActor);
    } else if (verb == QLatin1String("reset-password")) {
        const QByteArray password =
            readPassword(args.has(QStringLiteral("--password-stdin")),
                         QStringLiteral("New password for %1: ").arg(username));
        done = context.accounts.resetPassword(account->id, password, kCliActor);
    } else if (verb == QLatin1String("role")) {
        if (!args.has(QStringLiteral("--role")))
            return usage(QStringLiteral("accounts role USERNAME --role ROLE [--office ID]"));
        done = context.accounts.changeRole(account->id, args.value(QStringLiteral("--role")),
                                           args.value(QStringLiteral("--office")), kCliActor);
    } else {
        return usage(QStringLiteral("Unknown accounts command \"%1\".").arg(verb));
    }
    if (!done)
        return failWith(done.error());
    printJson(done->toJson());
    return 0;
}

int officesCommand(ServerContext &context, const Arguments &args)
{
    const QString verb = args.positional.value(1);
    if (verb == QLatin1String("list")) {
        auto list = context.accounts.offices();
        if (!list)
            return failWith(list.error());
        QJsonArray array;
        for (const Office &o : std::as_const(*list))
            array << o.toJson();
        printJson({{QStringLiteral("offices"), array}});
        return 0;
    }
    if (verb == QLatin1String("create")) {
        const QString id = args.positional.value(2);
        if (id.isEmpty() || !args.has(QStringLiteral("--name")))
            return usage(QStringLiteral("offices create ID --name NAME"));
        auto created =
            context.accounts.createOffice(id, args.value(QStringLiteral("--name")), kCliActor);
        if (!created)
            return failWith(created.error());
        printJson(created->toJson());
        return 0;
    }
    if (verb == QLatin1String("rules")) {
        const QString id = args.positional.value(2);
        const QString closure = args.value(QStringLiteral("--closure-approval"));
        if (id.isEmpty() || (!closure.isEmpty() && closure != QLatin1String("on") &&
                             closure != QLatin1String("off")))
            return usage(QStringLiteral("offices rules ID [--closure-approval on|off] "
                                        "[--new-counsellor-weeks N]"));
        auto current = context.accounts.office(id);
        if (!current)
            return failWith(current.error());
        bool ok = true;
        const int weeks = args.has(QStringLiteral("--new-counsellor-weeks"))
                              ? args.value(QStringLiteral("--new-counsellor-weeks")).toInt(&ok)
                              : current->newCounsellorWeeks;
        if (!ok)
            return usage(QStringLiteral("--new-counsellor-weeks is a number of weeks, 0 to 52."));
        auto changed = context.accounts.setOfficeRules(
            id, closure.isEmpty() ? current->closureNeedsApproval : closure == QLatin1String("on"),
            weeks, kCliActor);
        if (!changed)
            return failWith(changed.error());
        printJson(changed->toJson());
        return 0;
    }
    return usage(QStringLiteral("Unknown offices command \"%1\".").arg(verb));
}

int devicesCommand(ServerContext &context, const Arguments &args)
{
    const QString verb = args.positional.value(1);
    if (verb == QLatin1String("list")) {
        auto list = context.devices.list();
        if (!list)
            return failWith(list.error());
        QJsonArray array;
        for (const Device &d : std::as_const(*list))
            array << d.toJson();
        printJson({{QStringLiteral("devices"), array}});
        return 0;
    }
    if (verb == QLatin1String("issue-code")) {
        if (!args.has(QStringLiteral("--office")) || !args.has(QStringLiteral("--name")))
            return usage(QStringLiteral("devices issue-code --office ID --name DESK-NAME "
                                        "[--valid-hours N]"));
        const int hours = args.has(QStringLiteral("--valid-hours"))
                              ? args.value(QStringLiteral("--valid-hours")).toInt()
                              : 24;
        auto code =
            context.devices.issueCode(args.value(QStringLiteral("--office")),
                                      args.value(QStringLiteral("--name")), hours, kCliActor);
        if (!code)
            return failWith(code.error());
        printJson({{QStringLiteral("code"), code->code},
                   {QStringLiteral("expires_at"), code->expiresAt}});
        return 0;
    }
    if (verb == QLatin1String("revoke")) {
        const QString id = args.positional.value(2);
        if (id.isEmpty())
            return usage(QStringLiteral("devices revoke DEVICE-ID"));
        auto revoked = context.devices.revoke(id, kCliActor);
        if (!revoked)
            return failWith(revoked.error());
        printJson(revoked->toJson());
        return 0;
    }
    return usage(QStringLiteral("Unknown devices command \"%1\".").arg(verb));
}

int directoryCommand(ServerContext &context, const Arguments &args)
{
    const QString verb = args.positional.value(1);
    if (verb == QLatin1String("import")) {
        const QString path = args.positional.value(2);
        if (path.isEmpty())
            return usage(QStringLiteral("directory import FILE.csv|FILE.json"));
        auto format = args.has(QStringLiteral("--format"))
                          ? DirectoryService::formatFromName(args.value(QStringLiteral("--format")))
                          : DirectoryService::formatOfFile(path);
        if (!format)
            return usage(QStringLiteral("Say the file's format: --format csv or --format json."));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return failWith(ApiError::invalid(QStringLiteral("Cannot read %1.").arg(path)));
        auto summary = context.directory.import(file.readAll(), *format, kCliActor);
        if (!summary)
            return failWith(summary.error());
        printJson(summary->toJson());
        return 0;
    }
    if (verb == QLatin1String("export")) {
        const QString path = args.positional.value(2);
        auto format = DirectoryService::formatFromName(args.has(QStringLiteral("--format"))
                                                           ? args.value(QStringLiteral("--format"))
                                                           : (path.endsWith(QLatin1String(".csv"))
                                                                  ? QStringLiteral("csv")
                                                                  : QStringLiteral("json")));
        if (!format)
            return usage(QStringLiteral("--format is csv or json."));
        auto data = context.directory.exportAll(*format);
        if (!data)
            return failWith(data.error());
        if (path.isEmpty() || path == QLatin1String("-")) {
            std::fwrite(data->constData(), 1, size_t(data->size()), stdout);
            return 0;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(*data) != data->size())
            return failWith(ApiError::invalid(QStringLiteral("Cannot write %1.").arg(path)));
        return 0;
    }
    return usage(QStringLiteral("Unknown directory command \"%1\".").arg(verb));
}

// Prints every desk's audit copy with what checking it found; exit status 1 when any is not
// intact, so a cron job or monitoring can act on it.
int auditCommand(ServerContext &context, const Arguments &args)
{
    const QString verb = args.positional.value(1);
    if (verb != QLatin1String("verify"))
        return usage(QStringLiteral("audit verify"));
    auto copies = context.auditCopies.verifyAll();
    if (!copies)
        return failWith(copies.error());
    QJsonArray array;
    bool intact = true;
    for (const DeviceAuditCopy &c : std::as_const(*copies)) {
        array << c.toJson();
        intact = intact && c.status.intact;
    }
    printJson({{QStringLiteral("devices"), array}, {QStringLiteral("intact"), intact}});
    return intact ? 0 : 1;
}

int restoreCommand(const Arguments &args)
{
    const QString from = args.positional.value(1);
    const QString data = args.value(QStringLiteral("--data"));
    if (from.isEmpty() || data.isEmpty())
        return usage(QStringLiteral("restore BACKUP-DIR --data DIR (the server must be stopped)"));
    const QDir source(from);
    if (!QFile::exists(source.filePath(ServerDatabase::databaseFileName())) ||
        !QFile::exists(source.filePath(ServerDatabase::keyFileName())))
        return failWith(ApiError::invalid(
            QStringLiteral("%1 is not a backup made by `helpline-server backup`.").arg(from)));
    QDir target(data);
    if (QFile::exists(target.filePath(ServerDatabase::databaseFileName())))
        return failWith(ApiError::conflict(
            QStringLiteral("%1 already holds a server database. Move it away first (keep it "
                           "until the restored server works).")
                .arg(data)));
    if (!QDir().mkpath(data) ||
        !QFile::setPermissions(data, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return failWith(ApiError::invalid(QStringLiteral("Cannot create %1.").arg(data)));
    for (const QString &name :
         {ServerDatabase::databaseFileName(), ServerDatabase::keyFileName()}) {
        if (!QFile::copy(source.filePath(name), target.filePath(name)) ||
            !QFile::setPermissions(target.filePath(name), QFile::ReadOwner | QFile::WriteOwner))
            return failWith(ApiError::invalid(QStringLiteral("Cannot copy %1.").arg(name)));
    }
    // Opening it proves that the copy and its key fit together.
    DatabaseLocation location;
    location.dataDirectory = data;
    auto db = ServerDatabase::open(location, ServerDatabase::OpenMode::Existing);
    if (!db)
        return failWith(db.error());
    out() << "Restored " << from << " into " << data << " (schema " << (*db)->schemaVersion()
          << ")." << Qt::endl;
    return 0;
}

} // namespace

QString helpText()
{
    return QStringLiteral(
        "Usage: helpline-server COMMAND [OPTIONS]\n"
        "\n"
        "The central server of Helpline Workstation: accounts, desks, the referral directory\n"
        "and the records every desk syncs. See docs/server.md and docs/deployment.md.\n"
        "\n"
        "Where the data is (every command but --help needs one, or a config file with it):\n"
        "  --data DIR              the embedded store: an encrypted SQLCipher file in DIR,\n"
        "                          with its key in DIR/server.key (0600)\n"
        "  --database URL          PostgreSQL: postgresql://USER:PASSWORD@HOST:PORT/DB\n"
        "                          (?host=/socket/dir and ?sslmode=require are passed on)\n"
        "  --config FILE           an INI config file (docs/server.md); options on the command\n"
        "                          line win over it\n"
        "\n"
        "Commands:\n"
        "  serve                   answer the API (the default command)\n"
        "      --listen ADDR:PORT  default 127.0.0.1:8443; port 0 picks a free one\n"
        "      --tls-cert FILE --tls-key FILE\n"
        "                          PEM certificate chain and unencrypted key; required for any\n"
        "                          address that is not loopback\n"
        "      --workers N         request threads (default 8; pushes get N/2 more)\n"
        "      --no-access-log     no line per request on stderr\n"
        "  init --office ID --office-name NAME --admin USERNAME [--admin-name NAME]\n"
        "       [--password-stdin] prepare a new data folder or database: the schema, the first\n"
        "                          office and its admin, the taxonomy and the intake form\n"
        "  accounts list\n"
        "  accounts create USERNAME --role counsellor|supervisor|admin --office ID [--name NAME]\n"
        "  accounts disable|enable USERNAME\n"
        "  accounts reset-password USERNAME   new password; ends its sign-ins and lockout\n"
        "  accounts role USERNAME --role ROLE [--office ID]\n"
        "  offices list\n"
        "  offices create ID --name NAME\n"
        "  offices rules ID [--closure-approval on|off] [--new-counsellor-weeks N (0-52)]\n"
        "                          the office's review rules, which its desks apply\n"
        "  devices issue-code --office ID --name DESK-NAME [--valid-hours N (1-168, default 24)]\n"
        "  devices list\n"
        "  devices revoke DEVICE-ID   ends its sign-ins and destroys its escrow key\n"
        "  directory import FILE [--format csv|json]\n"
        "                          replace the referral directory (docs/directory-format.md);\n"
        "                          nothing is imported when any row is invalid\n"
        "  directory export [FILE|-] [--format csv|json]\n"
        "  audit verify            check every desk's audit trail copy (hash chain, entries\n"
        "                          changed on the desk after they were sent); exit status 1\n"
        "                          when any is not intact\n"
        "  backup DIR              embedded store: a consistent encrypted copy (with its key)\n"
        "                          taken while the server runs; PostgreSQL: use pg_dump\n"
        "  restore BACKUP-DIR --data DIR\n"
        "                          put a backup in place of a (stopped) server's data\n"
        "\n"
        "Options for commands that ask for a password:\n"
        "  --password-stdin        read it from the first line of standard input\n"
        "\n"
        "  --test-fast-hashing     weak password hashing, for automated tests only\n"
        "  --help, --version\n");
}

int runCommandLine(const QStringList &arguments)
{
    QString problem;
    const auto args = parse(arguments, &problem);
    if (!args)
        return usage(problem);
    if (args->has(QStringLiteral("--help"))) {
        out() << helpText() << Qt::flush;
        return 0;
    }
    if (args->has(QStringLiteral("--version"))) {
        out() << "helpline-server " << HELPLINE_SERVER_VERSION << Qt::endl;
        return 0;
    }
    const QString command = args->positional.value(0, QStringLiteral("serve"));
    if (command == QLatin1String("init"))
        return initCommand(*args);
    if (command == QLatin1String("restore"))
        return restoreCommand(*args);
    int status = 0;
    auto config = configOrFail(*args, &status);
    if (!config)
        return status;
    if (command == QLatin1String("serve"))
        return serve(*config);
    const QStringList known{QStringLiteral("accounts"), QStringLiteral("offices"),
                            QStringLiteral("devices"),  QStringLiteral("directory"),
                            QStringLiteral("audit"),    QStringLiteral("backup")};
    if (!known.contains(command))
        return usage(QStringLiteral("Unknown command \"%1\".").arg(command));
    auto db = ServerDatabase::open(config->database, ServerDatabase::OpenMode::Existing);
    if (!db)
        return failWith(db.error());
    ServerContext context(**db, Clock::system(), config->passwordStrength());
    if (command == QLatin1String("accounts"))
        return accountsCommand(context, *args);
    if (command == QLatin1String("offices"))
        return officesCommand(context, *args);
    if (command == QLatin1String("devices"))
        return devicesCommand(context, *args);
    if (command == QLatin1String("directory"))
        return directoryCommand(context, *args);
    if (command == QLatin1String("audit"))
        return auditCommand(context, *args);
    const QString target = args->positional.value(1);
    if (target.isEmpty())
        return usage(QStringLiteral("backup DIR"));
    if (auto done = (*db)->backupTo(target); !done)
        return failWith(done.error());
    out() << "Backed up " << config->database.describe() << " into " << target << "." << Qt::endl;
    return 0;
}

} // namespace helpline::server
