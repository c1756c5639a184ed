// helpline-bench: benchmarks that print their figures (docs/performance.md has the latest ones
// and the commands that produced them).
//
//   helpline-bench store --contacts N [--json] [--dir DIR] [--no-plaintext] [--smoke] [--keep]
//   helpline-bench ui --contacts N [--json] [--dir DIR] [--keep] [--reuse] [--smoke]
//                     [--repetitions R]
//   helpline-bench server --desks N [--json] [--batches B] [--batch-size S] [--workers W]
//                         [--interval-ms T] [--embedded] [--dir DIR] [--keep] [--smoke]
//   helpline-bench sync --contacts N [--json] [--directory-entries M] [--workers W]
//                       [--push-window W] [--embedded] [--dir DIR] [--keep] [--smoke]
//   helpline-bench directory --entries N [--json] [--dir DIR] [--keep] [--smoke]
#include "directorybench.h"
#include "serverbench.h"
#include "storebench.h"
#include "syncbench.h"
#include "uibench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace helpline::bench;

namespace {

QString number(const QJsonObject &r, const char *key, int decimals = 2)
{
    return QString::number(r.value(QLatin1String(key)).toDouble(), 'f', decimals);
}

void printStoreTable(const QJsonObject &r, QTextStream &out)
{
    auto row = [&](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(28) << value << '\n';
    };
    row("contacts", QString::number(r.value(QStringLiteral("contacts")).toInteger()));
    row("cases", QString::number(r.value(QStringLiteral("cases")).toInteger()));
    row("saves per second (batches)", number(r, "saves_per_s", 0));
    row("single save p50 / p99 (ms)",
        number(r, "single_save_p50_ms") + QStringLiteral(" / ") + number(r, "single_save_p99_ms"));
    row("search p50 / p95 (ms)",
        number(r, "search_p50_ms") + QStringLiteral(" / ") + number(r, "search_p95_ms"));
    row("case list page (ms)", number(r, "case_page_ms"));
    row("unlock (ms)", number(r, "unlock_ms", 0));
    row("file size (MB)",
        QString::number(double(r.value(QStringLiteral("file_bytes")).toInteger()) / 1e6, 'f', 1));
    row("peak memory (MB)", number(r, "peak_rss_mb", 1));
    if (r.contains(QStringLiteral("save_ratio"))) {
        row("save ratio (enc/plain)", number(r, "save_ratio"));
        row("search ratio (enc/plain)", number(r, "search_ratio"));
    }
    row("SQLCipher", r.value(QStringLiteral("cipher_version")).toString());
}

void printUiTable(const QJsonObject &r, QTextStream &out)
{
    auto row = [&](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(34) << value << '\n';
    };
    row("contacts / cases", QString::number(r.value(QStringLiteral("contacts")).toInteger()) +
                                QStringLiteral(" / ") +
                                QString::number(r.value(QStringLiteral("cases")).toInteger()));
    row("first page, median / cold (ms)",
        number(r, "first_page_ms") + QStringLiteral(" / ") + number(r, "first_page_cold_ms"));
    row("sort by child name, median (ms)", number(r, "sort_ms"));
    row("filter status + risk, median (ms)",
        number(r, "filter_ms") + QStringLiteral(" (%1 rows)").arg(number(r, "filter_rows", 0)));
    row("filter category / + status (ms)",
        number(r, "filter_category_ms") + QStringLiteral(" / ") +
            number(r, "filter_category_status_by_name_ms") +
            QStringLiteral(" (%1: %2 / %3 rows)")
                .arg(r.value(QStringLiteral("category")).toString(),
                     number(r, "filter_category_rows", 0),
                     number(r, "filter_category_status_rows", 0)));
    row("scroll to middle / end (ms)",
        number(r, "scroll_middle_ms") + QStringLiteral(" / ") + number(r, "scroll_end_ms"));
    row("search to results, median / p95", number(r, "search_ms") + QStringLiteral(" / ") +
                                               number(r, "search_p95_ms") + QStringLiteral(" ms"));
    const QJsonObject store = r.value(QStringLiteral("store")).toObject();
    row("store: count / first page (ms)",
        number(store, "count_ms") + QStringLiteral(" / ") + number(store, "page_ms"));
    row("store: middle page / by name (ms)", number(store, "page_middle_ms") +
                                                 QStringLiteral(" / ") +
                                                 number(store, "child_sort_page_ms"));
    row("store: filter count / page (ms)",
        number(store, "filter_count_ms") + QStringLiteral(" / ") + number(store, "filter_page_ms"));
    row("repetitions", number(r, "repetitions", 0));
    row("peak memory (MB)", number(r, "peak_rss_mb", 1));
    if (r.value(QStringLiteral("generated")).toBool())
        row("generation (s)", number(r, "generation_s", 0));
}

void printServerTable(const QJsonObject &r, QTextStream &out)
{
    auto row = [&](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(32) << value << '\n';
    };
    row("storage / server workers", r.value(QStringLiteral("storage")).toString() +
                                        QStringLiteral(" / ") + number(r, "workers", 0));
    row("desks x pushes x records", number(r, "desks", 0) + QStringLiteral(" x ") +
                                        number(r, "batches", 0) + QStringLiteral(" x ") +
                                        number(r, "batch_size", 0));
    if (r.value(QStringLiteral("interval_ms")).toInt() > 0)
        row("a push per desk every (ms)",
            number(r, "interval_ms", 0) +
                QStringLiteral(" (%1 started late)").arg(number(r, "late_pushes", 0)));
    row("records pushed per second", number(r, "records_per_s", 0));
    row("push p50 / p95 / p99 (ms)", number(r, "p50_ms", 1) + QStringLiteral(" / ") +
                                         number(r, "p95_ms", 1) + QStringLiteral(" / ") +
                                         number(r, "p99_ms", 1));
    row("pull p50 / p95 (ms)",
        number(r, "pull_p50_ms", 1) + QStringLiteral(" / ") + number(r, "pull_p95_ms", 1));
    row("push / pull requests",
        number(r, "push_requests", 0) + QStringLiteral(" / ") + number(r, "pull_requests", 0));
    row("measured phase (s)", number(r, "elapsed_s", 1));
    row("CPU server / database / bench (s)",
        number(r, "cpu_server_s", 1) + QStringLiteral(" / ") + number(r, "cpu_postgres_s", 1) +
            QStringLiteral(" / ") + number(r, "cpu_bench_s", 1));
    row("server peak memory (MB)", number(r, "server_peak_rss_mb", 0));
    row("records on the server",
        number(r, "server_records", 0) + (r.value(QStringLiteral("verified")).toBool()
                                              ? QStringLiteral(" (as pushed)")
                                              : QStringLiteral(" (MISMATCH)")));
}

void printSyncTable(const QJsonObject &r, QTextStream &out)
{
    auto row = [&](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(40) << value << '\n';
    };
    row("server storage", r.value(QStringLiteral("backend")).toString());
    row("contacts saved offline", number(r, "contacts", 0) + QStringLiteral(" (") +
                                      number(r, "saves_per_s", 0) + QStringLiteral(" saves/s)"));
    row("outbox records / entries",
        number(r, "outbox_records", 0) + QStringLiteral(" / ") + number(r, "outbox_entries", 0));
    row("records pushed / rejected",
        number(r, "records_pushed", 0) + QStringLiteral(" / ") + number(r, "records_rejected", 0));
    row("push phase (s), runs",
        number(r, "push_s", 1) + QStringLiteral(", ") + number(r, "runs", 0));
    row("records pushed per second", number(r, "push_records_per_s", 0));
    row("push requests, waiting for them (s)",
        number(r, "push_requests", 0) + QStringLiteral(", ") + number(r, "push_request_s", 1));
    row("push CPU desk / server / database (s)",
        number(r, "push_cpu_desk_s", 1) + QStringLiteral(" / ") +
            number(r, "push_cpu_server_s", 1) + QStringLiteral(" / ") +
            number(r, "push_cpu_postgres_s", 1));
    row("directory entries, import (s)", number(r, "directory_entries", 0) + QStringLiteral(", ") +
                                             number(r, "directory_import_s", 1));
    row("directory pull by a fresh desk (s)", number(r, "directory_pull_s", 2));
    row("pull pages, waiting for them (s)", number(r, "directory_pages", 0) + QStringLiteral(", ") +
                                                number(r, "directory_request_s", 2));
    row("pull CPU desk / server / database (s)",
        number(r, "pull_cpu_desk_s", 1) + QStringLiteral(" / ") +
            number(r, "pull_cpu_server_s", 1) + QStringLiteral(" / ") +
            number(r, "pull_cpu_postgres_s", 1));
    row("desk peak memory (MB)", number(r, "peak_rss_mb", 0));
    row("server peak memory (MB)", number(r, "server_peak_rss_mb", 0));
    row("records on the server",
        number(r, "server_records", 0) + (r.value(QStringLiteral("verified")).toBool()
                                              ? QStringLiteral(" (as pushed; directory ok)")
                                              : QStringLiteral(" (MISMATCH)")));
}

void printDirectoryTable(const QJsonObject &r, QTextStream &out)
{
    auto row = [&](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(36) << value << '\n';
    };
    row("entries (read back)", number(r, "entries", 0) + QStringLiteral(" (") +
                                   number(r, "entries_read", 0) + QStringLiteral(")"));
    row("written through the pull path (s)", number(r, "write_s", 1));
    row("load: read + index (ms)", number(r, "load_ms", 0) + QStringLiteral(" = ") +
                                       number(r, "read_ms", 0) + QStringLiteral(" + ") +
                                       number(r, "index_ms", 0));
    row("searches", number(r, "searches", 0));
    row("search p50 / p95 / max (ms)", number(r, "search_p50_ms") + QStringLiteral(" / ") +
                                           number(r, "search_p95_ms") + QStringLiteral(" / ") +
                                           number(r, "search_max_ms"));
    row("typing p95 / with filters p95 (ms)",
        number(r, "typing_p95_ms") + QStringLiteral(" / ") + number(r, "filters_p95_ms"));
    row("matches per search (average)", number(r, "hits_avg", 0));
    row("peak memory (MB)", number(r, "peak_rss_mb", 1));
}

} // namespace

int main(int argc, char **argv)
{
    // The ui benchmark drives real widgets: it needs a QApplication (offscreen unless a platform
    // is chosen); the store benchmark stays a core-only program.
    const bool ui = argc > 1 && std::strcmp(argv[1], "ui") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (ui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("helpline-bench"));
    // Figures only: the sync client logs every request at debug level.
    QLoggingCategory::setFilterRules(
        QStringLiteral("helpline.*.info=false\nhelpline.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Helpline Workstation benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"),
                                 QStringLiteral("store, ui, server, sync or directory"));
    QCommandLineOption contacts(QStringLiteral("contacts"),
                                QStringLiteral("Contacts to store (sync: 100000 unless given)."),
                                QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the stores."),
                           QStringLiteral("DIR"));
    QCommandLineOption noPlain(QStringLiteral("no-plaintext"),
                               QStringLiteral("store: skip the run without a key."));
    QCommandLineOption smoke(QStringLiteral("smoke"),
                             QStringLiteral("Cheap key derivation: proves the benchmark works."));
    QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the stores afterwards."));
    QCommandLineOption reuse(
        QStringLiteral("reuse"),
        QStringLiteral("ui: use the store of an earlier --keep run in DIR (no generation)."));
    QCommandLineOption repetitions(QStringLiteral("repetitions"),
                                   QStringLiteral("ui: times each interaction is measured."),
                                   QStringLiteral("R"), QStringLiteral("7"));
    QCommandLineOption desks(QStringLiteral("desks"), QStringLiteral("server: desks at once."),
                             QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption batches(QStringLiteral("batches"),
                               QStringLiteral("server: pushes per desk."), QStringLiteral("B"),
                               QStringLiteral("5"));
    QCommandLineOption batchSize(QStringLiteral("batch-size"),
                                 QStringLiteral("server: records per push."), QStringLiteral("S"),
                                 QStringLiteral("100"));
    QCommandLineOption workers(QStringLiteral("workers"),
                               QStringLiteral("server: the server's worker threads."),
                               QStringLiteral("W"), QStringLiteral("8"));
    QCommandLineOption interval(
        QStringLiteral("interval-ms"),
        QStringLiteral("server: one push per desk every T ms (0: again as soon as possible)."),
        QStringLiteral("T"), QStringLiteral("0"));
    QCommandLineOption embedded(QStringLiteral("embedded"),
                                QStringLiteral("server: the embedded store, not PostgreSQL."));
    QCommandLineOption directoryEntries(
        QStringLiteral("directory-entries"),
        QStringLiteral("sync: directory entries the fresh desk pulls (at most 10,000)."),
        QStringLiteral("M"), QStringLiteral("10000"));
    QCommandLineOption pushWindow(QStringLiteral("push-window"),
                                  QStringLiteral("sync: the desk's pushes on their way at once."),
                                  QStringLiteral("W"), QStringLiteral("3"));
    QCommandLineOption entries(QStringLiteral("entries"),
                               QStringLiteral("directory: entries in the directory."),
                               QStringLiteral("N"), QStringLiteral("20000"));
    parser.addOptions({contacts, json, dir, noPlain, smoke, keep, reuse, repetitions, desks,
                       batches, batchSize, workers, interval, embedded, directoryEntries,
                       pushWindow, entries});
    parser.process(*app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QString benchmark = parser.positionalArguments().value(0);
    const bool server = benchmark == QLatin1String("server");
    const bool sync = benchmark == QLatin1String("sync");
    const bool directory = benchmark == QLatin1String("directory");
    if (benchmark != QLatin1String("store") && benchmark != QLatin1String("ui") && !server &&
        !sync && !directory) {
        err << "usage: helpline-bench store|ui --contacts N [--json]\n"
               "       helpline-bench server --desks N [--json]\n"
               "       helpline-bench sync --contacts N [--directory-entries M] [--json]\n"
               "       helpline-bench directory --entries N [--json]\n";
        return 64;
    }
    auto count = [&](const QCommandLineOption &option, int *value, int min, int max) {
        if (!parser.isSet(option))
            return true;
        bool valid = false;
        *value = parser.value(option).toInt(&valid);
        if (valid && *value >= min && *value <= max)
            return true;
        err << "--" << option.names().constFirst() << " must be a number from " << min << " to "
            << max << '\n';
        return false;
    };
    if (directory) {
        DirectoryBenchOptions options;
        options.smoke = parser.isSet(smoke);
        if (!count(entries, &options.entries, 1, 1000000))
            return 64;
        options.directory = parser.value(dir);
        options.keep = parser.isSet(keep);
        const QJsonObject result = runDirectoryBench(options, err);
        if (result.isEmpty())
            return 1;
        if (parser.isSet(json))
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        else
            printDirectoryTable(result, out);
        return result.value(QStringLiteral("verified")).toBool() ? 0 : 1;
    }
    if (sync) {
        SyncBenchOptions options;
        options.smoke = parser.isSet(smoke);
        if (options.smoke) { // small, on the embedded store: proves the benchmark works
            options.contacts = 300;
            options.directoryEntries = 200;
            options.embedded = true;
        }
        int n = int(options.contacts);
        if (!count(contacts, &n, 10, 10000000) ||
            !count(directoryEntries, &options.directoryEntries, 1, 10000) ||
            !count(workers, &options.workers, 1, 256) ||
            !count(pushWindow, &options.pushWindow, 1, 8))
            return 64;
        options.contacts = n;
        options.embedded = options.embedded || parser.isSet(embedded);
        options.directory = parser.value(dir);
        options.keep = parser.isSet(keep);
        const QJsonObject result = runSyncBench(options, err);
        if (result.isEmpty())
            return 1;
        if (parser.isSet(json))
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        else
            printSyncTable(result, out);
        return result.value(QStringLiteral("verified")).toBool() ? 0 : 1;
    }
    if (server) {
        ServerBenchOptions options;
        options.smoke = parser.isSet(smoke);
        if (options.smoke) { // a few desks on the embedded store: proves the benchmark works
            options.desks = 5;
            options.batches = 2;
            options.batchSize = 20;
            options.embedded = true;
        }
        if (!count(desks, &options.desks, 1, 5000) || !count(batches, &options.batches, 1, 1000) ||
            !count(batchSize, &options.batchSize, 1, 500) ||
            !count(workers, &options.workers, 1, 256) ||
            !count(interval, &options.intervalMs, 0, 3600000))
            return 64;
        options.embedded = options.embedded || parser.isSet(embedded);
        options.directory = parser.value(dir);
        options.keep = parser.isSet(keep);
        const QJsonObject result = runServerBench(options, err);
        if (result.isEmpty())
            return 1;
        if (parser.isSet(json))
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        else
            printServerTable(result, out);
        return result.value(QStringLiteral("verified")).toBool() ? 0 : 1;
    }
    bool ok = false;
    const qint64 n = parser.value(contacts).toLongLong(&ok);
    if (!ok || n < 100) {
        err << "--contacts must be a number of at least 100\n";
        return 64;
    }

    QJsonObject result;
    if (ui) {
        UiBenchOptions options;
        options.contacts = n;
        options.directory = parser.value(dir);
        options.keep = parser.isSet(keep);
        options.reuse = parser.isSet(reuse);
        options.smoke = parser.isSet(smoke);
        options.repetitions = parser.value(repetitions).toInt(&ok);
        if (!ok || options.repetitions < 1) {
            err << "--repetitions must be a positive number\n";
            return 64;
        }
        if (options.smoke) {
            options.repetitions = std::min(options.repetitions, 3);
            options.queries = 5;
        }
        result = runUiBench(options, err);
    } else {
        StoreBenchOptions options;
        options.contacts = n;
        options.directory = parser.value(dir);
        options.plaintext = !parser.isSet(noPlain);
        options.smoke = parser.isSet(smoke);
        options.keep = parser.isSet(keep);
        if (options.smoke) {
            options.singleSaves = 50;
            options.queries = 50;
        }
        result = runStoreBench(options, err);
    }
    if (result.isEmpty())
        return 1;
    if (parser.isSet(json))
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    else if (ui)
        printUiTable(result, out);
    else
        printStoreTable(result, out);
    return 0;
}
