#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace helpline::bench {

struct StoreBenchOptions {
    qint64 contacts = 10000;
    int batchSize = 1000;
    int singleSaves = 200;
    int queries = 200;
    QString directory;     // empty = a temporary folder, removed afterwards
    bool smoke = false;    // cheap KDF: proves the benchmark works, figures are not meaningful
    bool plaintext = true; // also run without a key and print the ratios
    bool keep = false;     // keep the stores for inspection
};

// `helpline-bench store`: builds a store of N contacts and measures saves, search, the case list,
// unlock, file size and memory, encrypted and (for the ratios) without a key.
QJsonObject runStoreBench(const StoreBenchOptions &options, QTextStream &log);

} // namespace helpline::bench
