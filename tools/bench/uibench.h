#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

namespace helpline::bench {

struct UiBenchOptions {
    qint64 contacts = 10000;
    QString directory;   // empty = a temporary folder, removed afterwards
    bool keep = false;   // keep the store (in DIR/ui-N) for a later --reuse
    bool reuse = false;  // use the store in DIR/ui-N when it holds N contacts: no generation
    bool smoke = false;  // cheap KDF and few repetitions: proves the benchmark works
    int repetitions = 7; // each interaction is timed this often; the median is reported
    int queries = 25;    // searches timed
};

// `helpline-bench ui`: builds (or reuses) a store of N contacts (many contacts per case, names,
// categories, regions, follow-ups, statuses), then times, through the real models in a real
// QTableView / QListView (offscreen), the case list's first page, a sort by child name, a
// filter by status and risk, and search-to-results. Needs a QApplication.
QJsonObject runUiBench(const UiBenchOptions &options, QTextStream &log);

} // namespace helpline::bench
