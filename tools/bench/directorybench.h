#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace helpline::bench {

struct DirectoryBenchOptions {
    int entries = 20000;
    QString directory;  // empty = a temporary folder, removed afterwards
    bool smoke = false; // cheap KDF: proves the benchmark works, figures are not meaningful
    bool keep = false;  // keep the store for inspection
};

// `helpline-bench directory`: a referral directory of N generated entries written into a real
// encrypted store through the sync pull path (PulledRecords), then read back and indexed the way
// the desk does after a pull (load_ms), then searched the way a counsellor types: a word letter
// by letter, two-word queries, queries with filters and filters alone (search_p50/p95/max_ms).
// Returns an empty object when the run failed.
QJsonObject runDirectoryBench(const DirectoryBenchOptions &options, QTextStream &log);

} // namespace helpline::bench
