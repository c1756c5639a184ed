// helpline-bench: benchmarks that print their figures (docs/performance.md has the latest ones
// and the commands that produced them).
//
//   helpline-bench store --contacts N [--json] [--dir DIR] [--no-plaintext] [--smoke]
#include "storebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

using namespace helpline::bench;

namespace {

void printTable(const QJsonObject &r, QTextStream &out)
{
    auto row = [&](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(28) << value << '\n';
    };
    auto num = [](double v, int decimals = 2) { return QString::number(v, 'f', decimals); };
    row("contacts", QString::number(r.value(QStringLiteral("contacts")).toInteger()));
    row("cases", QString::number(r.value(QStringLiteral("cases")).toInteger()));
    row("saves per second (batches)", num(r.value(QStringLiteral("saves_per_s")).toDouble(), 0));
    row("single save p50 / p99 (ms)",
        num(r.value(QStringLiteral("single_save_p50_ms")).toDouble()) + QStringLiteral(" / ") +
            num(r.value(QStringLiteral("single_save_p99_ms")).toDouble()));
    row("search p50 / p95 (ms)", num(r.value(QStringLiteral("search_p50_ms")).toDouble()) +
                                     QStringLiteral(" / ") +
                                     num(r.value(QStringLiteral("search_p95_ms")).toDouble()));
    row("case list page (ms)", num(r.value(QStringLiteral("case_page_ms")).toDouble()));
    row("unlock (ms)", num(r.value(QStringLiteral("unlock_ms")).toDouble(), 0));
    row("file size (MB)", num(double(r.value(QStringLiteral("file_bytes")).toInteger()) / 1e6, 1));
    row("peak memory (MB)", num(r.value(QStringLiteral("peak_rss_mb")).toDouble(), 1));
    if (r.contains(QStringLiteral("save_ratio"))) {
        row("save ratio (enc/plain)", num(r.value(QStringLiteral("save_ratio")).toDouble()));
        row("search ratio (enc/plain)", num(r.value(QStringLiteral("search_ratio")).toDouble()));
    }
    row("SQLCipher", r.value(QStringLiteral("cipher_version")).toString());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpline-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("helpline.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Helpline Workstation benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("benchmark"), QStringLiteral("store"));
    QCommandLineOption contacts(QStringLiteral("contacts"), QStringLiteral("Contacts to store."),
                                QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    QCommandLineOption dir(QStringLiteral("dir"), QStringLiteral("Folder for the stores."),
                           QStringLiteral("DIR"));
    QCommandLineOption noPlain(QStringLiteral("no-plaintext"),
                               QStringLiteral("Skip the run without a key."));
    QCommandLineOption smoke(QStringLiteral("smoke"),
                             QStringLiteral("Cheap key derivation: proves the benchmark works."));
    QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the stores afterwards."));
    parser.addOptions({contacts, json, dir, noPlain, smoke, keep});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (parser.positionalArguments().value(0) != QLatin1String("store")) {
        err << "usage: helpline-bench store --contacts N [--json]\n";
        return 64;
    }
    StoreBenchOptions options;
    bool ok = false;
    options.contacts = parser.value(contacts).toLongLong(&ok);
    if (!ok || options.contacts < 100) {
        err << "--contacts must be a number of at least 100\n";
        return 64;
    }
    options.directory = parser.value(dir);
    options.plaintext = !parser.isSet(noPlain);
    options.smoke = parser.isSet(smoke);
    options.keep = parser.isSet(keep);
    if (options.smoke) {
        options.singleSaves = 50;
        options.queries = 50;
    }
    const QJsonObject result = runStoreBench(options, err);
    if (result.isEmpty())
        return 1;
    if (parser.isSet(json))
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    else
        printTable(result, out);
    return 0;
}
