#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace helpline::bench {

struct ServerBenchOptions {
    int desks = 200;
    int batches = 5;       // pushes per desk
    int batchSize = 100;   // records per push
    int workers = 8;       // the server's --workers
    int intervalMs = 0;    // 0: each desk pushes again at once; else a push per desk per interval
    bool embedded = false; // the embedded store instead of PostgreSQL
    bool smoke = false;    // proves the benchmark works; figures are not meaningful
    QString directory;     // working folder (embedded data, server log); empty = temporary
    bool keep = false;     // keep the working folder (and the PostgreSQL cluster's folder)
};

// `helpline-bench server`: starts the real helpline-server binary on 127.0.0.1 over a private
// PostgreSQL cluster (scripts/pg-test-cluster; the embedded store when PostgreSQL is not
// installed, or with `embedded`), enrols N desks with a counsellor each, then has every desk at
// once push its batches of valid records and pull its cases stream after each push. Measures
// records pushed per second and the latency of every push and pull, then checks that the
// server holds exactly the records pushed. Returns an empty object when the run failed.
QJsonObject runServerBench(const ServerBenchOptions &options, QTextStream &log);

} // namespace helpline::bench
