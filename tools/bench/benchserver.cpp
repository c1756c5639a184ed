#include "benchserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>

#include <optional>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

namespace helpline::bench {

namespace {

struct ProcStat {
    qint64 ppid = 0;
    double cpu = 0;         // utime + stime, seconds
    double childrenCpu = 0; // cutime + cstime (children waited for), seconds
};

std::optional<ProcStat> procStat(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray line = file.readAll();
    // The command name (field 2) is in parentheses and may contain spaces.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> f = line.mid(close + 2).split(' ');
    if (f.size() < 15)
        return std::nullopt;
    // f[0] is field 3 (state): ppid is field 4, utime..cstime fields 14 to 17.
    const double tick = double(::sysconf(_SC_CLK_TCK));
    ProcStat s;
    s.ppid = f.at(1).toLongLong();
    s.cpu = double(f.at(11).toLongLong() + f.at(12).toLongLong()) / tick;
    s.childrenCpu = double(f.at(13).toLongLong() + f.at(14).toLongLong()) / tick;
    return s;
}

QString clusterScript()
{
    return QStringLiteral(HELPLINE_BENCH_SOURCE_DIR "/scripts/pg-test-cluster");
}

} // namespace

CliResult runProgram(const QString &program, const QStringList &args, const QByteArray &input,
                     int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {-1, {}, process.errorString().toUtf8()};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return {-1, process.readAllStandardOutput(), "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString serverBinary()
{
    const QString chosen = qEnvironmentVariable("HELPLINE_BENCH_SERVER");
    return chosen.isEmpty() ? QStringLiteral(HELPLINE_BENCH_SERVER_BINARY) : chosen;
}

QString postgresMissing()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's PostgreSQL driver is not installed");
    const QString bindir = qEnvironmentVariable("PG_BINDIR");
    if (!bindir.isEmpty())
        return QFile::exists(bindir + QStringLiteral("/initdb"))
                   ? QString()
                   : QStringLiteral("PG_BINDIR has no initdb");
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &version : versions)
        if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(version)))
            return {};
    return QStringLiteral("no PostgreSQL server under /usr/lib/postgresql");
}

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    const auto s = procStat(pid);
    return s ? s->cpu : 0;
}

double clusterCpuSeconds(qint64 postmaster)
{
    if (postmaster <= 0)
        return 0;
    const auto main = procStat(postmaster);
    if (!main)
        return 0;
    double total = main->cpu + main->childrenCpu;
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        it.next();
        bool number = false;
        const qint64 pid = it.fileName().toLongLong(&number);
        if (!number)
            continue;
        if (const auto s = procStat(pid); s && s->ppid == postmaster)
            total += s->cpu;
    }
    return total;
}

double peakRssOfMb(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/status").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// --- PostgreSQL ---------------------------------------------------------------------------------

bool PgCluster::start(QTextStream &log)
{
    QByteArray pattern = QByteArrayLiteral("/tmp/hlpg.XXXXXX");
    if (!::mkdtemp(pattern.data())) {
        log << "cannot make a folder for PostgreSQL in /tmp\n";
        return false;
    }
    m_dir = QString::fromLocal8Bit(pattern);
    const CliResult r =
        runProgram(QStringLiteral("bash"), {clusterScript(), QStringLiteral("start"), m_dir});
    m_url = QString::fromUtf8(r.out).trimmed().split(u'\n').constLast();
    if (r.exitCode != 0 || !m_url.startsWith(QLatin1String("postgresql://"))) {
        log << "PostgreSQL did not start: " << QString::fromUtf8(r.err) << '\n';
        return false;
    }
    QFile version(m_dir + QStringLiteral("/data/PG_VERSION"));
    if (version.open(QIODevice::ReadOnly))
        m_version = QString::fromLatin1(version.readAll()).trimmed();
    return true;
}

void PgCluster::stop()
{
    if (m_dir.isEmpty())
        return;
    QStringList args{clusterScript(), QStringLiteral("stop"), m_dir};
    if (m_keep)
        args << QStringLiteral("--keep");
    runProgram(QStringLiteral("bash"), args);
    m_dir.clear();
}

qint64 PgCluster::postmasterPid() const
{
    QFile file(m_dir + QStringLiteral("/data/postmaster.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readLine().trimmed().toLongLong();
}

bool ServerStorage::setUp(bool embedded, bool keep, const QString &dataDirectory, QTextStream &log)
{
    kind = embedded ? QStringLiteral("embedded") : QStringLiteral("postgresql");
    fallback.clear();
    databaseArgs.clear();
    if (!embedded) {
        fallback = postgresMissing();
        if (!fallback.isEmpty()) {
            log << "PostgreSQL is not available (" << fallback
                << "): using the embedded store instead\n";
            kind = QStringLiteral("embedded");
        }
    }
    cluster.setKeep(keep);
    if (isPostgres()) {
        if (!cluster.start(log))
            return false;
        databaseArgs << QStringLiteral("--database") << cluster.url();
        log << "PostgreSQL " << cluster.version() << " in " << cluster.dir()
            << " (test settings: fsync, synchronous_commit and full_page_writes off)\n";
    } else {
        databaseArgs << QStringLiteral("--data") << dataDirectory;
    }
    return true;
}

CliResult runServerCommand(const ServerStorage &storage, const QStringList &args,
                           const QByteArray &input)
{
    return runProgram(serverBinary(), args + storage.databaseArgs, input);
}

bool initServer(const ServerStorage &storage, const QString &office,
                const QByteArray &adminPassword, QTextStream &log)
{
    const CliResult init = runServerCommand(
        storage,
        {QStringLiteral("init"), QStringLiteral("--office"), office,
         QStringLiteral("--office-name"), QStringLiteral("Baku office"), QStringLiteral("--admin"),
         QStringLiteral("admin"), QStringLiteral("--password-stdin"),
         QStringLiteral("--test-fast-hashing")},
        adminPassword + '\n');
    if (init.exitCode != 0) {
        log << "helpline-server init failed: " << QString::fromUtf8(init.err) << '\n';
        return false;
    }
    return true;
}

// --- the server process -------------------------------------------------------------------------

bool ServerChild::start(const QStringList &databaseArgs, int workers, const QString &logFile,
                        QTextStream &log)
{
    QStringList args{QStringLiteral("serve"),           QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"),     QStringLiteral("--test-fast-hashing"),
                     QStringLiteral("--no-access-log"), QStringLiteral("--workers"),
                     QString::number(workers)};
    args << databaseArgs;
    m_logFile = logFile;
    m_process.setStandardErrorFile(logFile);
    m_process.start(serverBinary(), args);
    if (!m_process.waitForStarted(10000)) {
        log << "cannot start " << serverBinary() << ": " << m_process.errorString() << '\n';
        return false;
    }
    static const QRegularExpression listening(QStringLiteral(":([0-9]+) \\("));
    QElapsedTimer waited;
    waited.start();
    QByteArray out;
    while (waited.elapsed() < 30000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        out += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(out));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    log << "the server did not start: " << QString::fromUtf8(out) << logTail() << '\n';
    return false;
}

int ServerChild::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitCode();
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ServerChild::logTail() const
{
    QFile file(m_logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = file.readAll();
    return QString::fromUtf8(all.right(2000));
}

std::unique_ptr<QTemporaryDir> makeWorkFolder(const QString &directory, bool keep, QTextStream &log)
{
    auto work =
        std::make_unique<QTemporaryDir>((directory.isEmpty() ? QDir::tempPath() : directory) +
                                        QStringLiteral("/helpline-bench-XXXXXX"));
    work->setAutoRemove(!keep);
    if (!work->isValid()) {
        log << "cannot create a working folder\n";
        return nullptr;
    }
    return work;
}

} // namespace helpline::bench
