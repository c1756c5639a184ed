#pragma once

#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace helpline::bench {

// What `helpline-bench server` and `helpline-bench sync` share: the real helpline-server
// binary, a private PostgreSQL cluster (scripts/pg-test-cluster) or the embedded store, and the
// CPU time and memory of those processes read from /proc.

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runProgram(const QString &program, const QStringList &args, const QByteArray &input = {},
                     int timeoutMs = 120000);

// The server built with this benchmark, or HELPLINE_BENCH_SERVER (to compare two builds).
QString serverBinary();

// Why PostgreSQL cannot be used here, or empty when it can.
QString postgresMissing();

// This process's CPU time (user + system), seconds.
double ownCpuSeconds();
// Another process's CPU time (user + system), seconds; 0 when it is gone.
double processCpuSeconds(qint64 pid);
// A PostgreSQL cluster's CPU time: the postmaster, its live children (the server's connections,
// the background workers) and the children it has reaped.
double clusterCpuSeconds(qint64 postmaster);
// Another process's peak resident memory (VmHWM) in MiB.
double peakRssOfMb(qint64 pid);

// scripts/pg-test-cluster in a fresh /tmp/hlpg.XXXXXX; stopped (and removed) when destroyed.
class PgCluster {
public:
    PgCluster() = default;
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;
    ~PgCluster() { stop(); }

    bool start(QTextStream &log);
    void stop();
    qint64 postmasterPid() const;

    void setKeep(bool keep) { m_keep = keep; }
    QString url() const { return m_url; }
    QString dir() const { return m_dir; }
    QString version() const { return m_version; }

private:
    QString m_dir;
    QString m_url;
    QString m_version;
    bool m_keep = false;
};

// Where the server keeps its data: PostgreSQL in a private cluster unless `embedded` or
// PostgreSQL is missing (then the embedded store in `dataDirectory`, and `fallback` says why).
struct ServerStorage {
    QString kind; // "postgresql" or "embedded"
    QString fallback;
    QStringList databaseArgs; // --database URL or --data DIR, for every server command
    PgCluster cluster;

    bool setUp(bool embedded, bool keep, const QString &dataDirectory, QTextStream &log);
    bool isPostgres() const { return kind == QLatin1String("postgresql"); }
};

// `helpline-server ARGS` over `storage` (its database arguments are appended).
CliResult runServerCommand(const ServerStorage &storage, const QStringList &args,
                           const QByteArray &input = {});

// `helpline-server init`: the office `office` and its admin `admin` with `adminPassword`, weak
// (test) password hashing. False, with the reason in `log`, when it failed.
bool initServer(const ServerStorage &storage, const QString &office,
                const QByteArray &adminPassword, QTextStream &log);

// The real server, on 127.0.0.1 and a port of its choosing; SIGTERM when destroyed.
class ServerChild {
public:
    ~ServerChild() { stop(); }

    bool start(const QStringList &databaseArgs, int workers, const QString &logFile,
               QTextStream &log);
    int stop();
    QString logTail() const;

    qint64 pid() const { return m_process.processId(); }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_logFile;
};

// A benchmark's working folder under `directory` (the system's temporary folder when empty),
// removed at the end unless `keep`; nullptr, said in `log`, when it cannot be made.
std::unique_ptr<QTemporaryDir> makeWorkFolder(const QString &directory, bool keep,
                                              QTextStream &log);

} // namespace helpline::bench
