#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace helpline::bench {

struct SyncBenchOptions {
    qint64 contacts = 100000;     // saved offline on the first desk, then pushed
    int directoryEntries = 10000; // imported on the server, then pulled by a fresh desk
    int workers = 8;              // the server's --workers
    int pushWindow = 3;           // pushes on their way at once (SyncEngine::Config)
    bool embedded = false;        // the embedded store instead of PostgreSQL
    bool smoke = false;           // proves the benchmark works; figures are not meaningful
    QString directory;            // working folder (desks' stores, server data and log)
    bool keep = false;            // keep the working folder (and the PostgreSQL cluster's folder)
};

// `helpline-bench sync`: the desk's real SyncEngine against the real helpline-server on
// 127.0.0.1 (PostgreSQL in a private cluster, or the embedded store). A desk enrolled with
// DeskSetup saves N contacts while offline, then pushes its whole outbox (push_records_per_s);
// after a directory of M entries is imported on the server, a fresh desk pulls the directory
// stream (directory_pull_s). Last, a supervisor pulls the cases stream to check that every
// record pushed is on the server exactly once. Returns an empty object when the run failed.
QJsonObject runSyncBench(const SyncBenchOptions &options, QTextStream &log);

} // namespace helpline::bench
