#include "storebench.h"

#include "benchstats.h"

#include "textgenerator.h"

#include "core/security/securebytes.h"
#include "core/store/auditlog.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/keyring.h"
#include "core/store/reviewrepository.h"
#include "core/store/searchindex.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace helpline::bench {

namespace {

double sum(const QList<double> &values)
{
    double total = 0;
    for (double v : values)
        total += v;
    return total;
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

ContactSave makeContact(TextGenerator &text, const QString &existingCase)
{
    ContactSave save;
    Contact &c = save.contact;
    c.channel = QStringLiteral("phone");
    c.callType = QStringLiteral("child_about_self");
    c.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
    c.durationSeconds = 60 + int(text.random().bounded(1800));
    c.categories = {QStringLiteral("violence.bullying")};
    // Like a helpline's mix: one contact in 50 at acute risk, one in 12 at high risk (the
    // review queue and the acute-risk alerts read them).
    const quint32 risk = text.random().bounded(600);
    c.riskLevel = risk < 12   ? QStringLiteral("acute")
                  : risk < 62 ? QStringLiteral("high")
                              : QStringLiteral("low");
    c.summary = text.note(50, 500);
    if (existingCase.isEmpty()) {
        Person child;
        child.name = text.childName();
        child.age = QString::number(8 + text.random().bounded(10));
        save.child = child;
        save.link = ContactSave::CaseLink::NewCase;
    } else {
        c.caseId = existingCase;
        save.link = ContactSave::CaseLink::ExistingCase;
    }
    return save;
}

struct RunResult {
    QJsonObject json;
    double bulkMsPerContact = 0;
    double searchTotalMs = 0;
};

RunResult runOnce(const StoreBenchOptions &options, const QString &dir, bool encrypted,
                  QTextStream &log)
{
    RunResult result;
    const char *password = "benchmark password";
    CaseStore::CreateOptions create;
    create.directory = dir;
    create.adminUsername = QStringLiteral("bench");
    // A supervisor of an office, so that the review queue can be read.
    create.adminRole = Role::Supervisor;
    create.officeId = QStringLiteral("baku");
    create.encrypted = encrypted;
    create.kdf = (options.smoke || !encrypted) ? KdfParams::minimum() : KdfParams();
    auto created = CaseStore::create(create, SecureBytes::copyOf(QByteArrayView(password)));
    if (!created) {
        log << "cannot create the store: " << created.error().message << '\n';
        return result;
    }
    std::unique_ptr<CaseStore> store = std::move(created.value());
    const QString cipher = store->cipherVersion();

    // 1. Bulk load in batches (a third of contacts join an earlier case: ~1.5 per case).
    TextGenerator text(20261128);
    QList<QString> caseIds;
    ContactRepository contacts(*store);
    QElapsedTimer bulk;
    bulk.start();
    qint64 done = 0;
    while (done < options.contacts) {
        const qint64 n = std::min<qint64>(options.batchSize, options.contacts - done);
        QList<ContactSave> batch;
        batch.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            const bool join = !caseIds.isEmpty() && text.random().bounded(3) == 0;
            batch << makeContact(text, join ? caseIds.at(text.random().bounded(int(caseIds.size())))
                                            : QString());
        }
        auto saved = contacts.saveBatch(batch);
        if (!saved) {
            log << "batch failed: " << saved.error().message << ' ' << saved.error().detail << '\n';
            return result;
        }
        for (const SavedContact &s : *saved)
            if (caseIds.size() < 200000 && s.contact.childPersonId.size())
                caseIds << s.caseId;
        done += n;
        if (done % 100000 == 0)
            log << (encrypted ? "  encrypted: " : "  plaintext: ") << done << " contacts, "
                << qint64(double(done) / (elapsedMs(bulk) / 1000.0)) << "/s\n"
                << Qt::flush;
    }
    const double bulkMs = elapsedMs(bulk);
    result.bulkMsPerContact = bulkMs / double(options.contacts);

    // 2. Single saves, each its own transaction with fsync.
    QList<double> single;
    for (int i = 0; i < options.singleSaves; ++i) {
        ContactSave save =
            makeContact(text, caseIds.at(text.random().bounded(int(caseIds.size()))));
        QElapsedTimer t;
        t.start();
        if (!contacts.save(save)) {
            log << "single save failed\n";
            return result;
        }
        single << elapsedMs(t);
    }

    // 3. Search: the same queries on both runs.
    TextGenerator queries(7);
    QList<double> searchTimes;
    qint64 hitsTotal = 0;
    for (int i = 0; i < options.queries; ++i) {
        const QString q = queries.query();
        QElapsedTimer t;
        t.start();
        auto hits = SearchIndex::search(*store, q, 20);
        searchTimes << elapsedMs(t);
        if (!hits) {
            log << "search failed: " << hits.error().detail << '\n';
            return result;
        }
        hitsTotal += hits->size();
    }
    result.searchTotalMs = sum(searchTimes);

    // 4. Case list pages.
    CaseRepository cases(*store);
    QList<double> pageTimes;
    for (int i = 0; i < 50; ++i) {
        CaseListQuery query;
        query.offset = int(text.random().bounded(
            std::max<qint64>(1, std::min<qint64>(1000, options.contacts / 2))));
        query.limit = 50;
        QElapsedTimer t;
        t.start();
        auto page = cases.page(query);
        pageTimes << elapsedMs(t);
        if (!page)
            return result;
    }

    // 5. The supervisor's review queue and the acute-risk alerts, as the Review page and the
    // alert bar read them after every sync. New-counsellor review is on (4 weeks), so every
    // part of the queue is computed.
    store->setReviewRules(ReviewRules{true, 4});
    ReviewRepository reviews(*store);
    QList<double> queueTimes;
    QList<double> alertTimes;
    qint64 queueItems = 0;
    qint64 alertCount = 0;
    for (int i = 0; i < (options.smoke ? 3 : 20); ++i) {
        QElapsedTimer t;
        t.start();
        auto queue = reviews.queue();
        queueTimes << elapsedMs(t);
        t.restart();
        auto alerts = reviews.alerts();
        alertTimes << elapsedMs(t);
        if (!queue || !alerts) {
            log << "the review queue cannot be read\n";
            return result;
        }
        queueItems = queue->size();
        alertCount = alerts->size();
    }
    // The same queue in an office that keeps up: every case settled by a supervisor but those
    // of the newest 100 waiting items (the worst case above has every risky contact waiting).
    QList<double> settledTimes;
    qint64 settledItems = 0;
    if (auto queue = reviews.queue(); queue && queue->size() > 100) {
        QList<ReviewItem> items = *queue;
        std::sort(items.begin(), items.end(),
                  [](const ReviewItem &a, const ReviewItem &b) { return a.since < b.since; });
        QSet<QString> keep;
        for (qsizetype i = items.size() - 100; i < items.size(); ++i)
            keep.insert(items.at(i).caseId);
        QSet<QString> settled;
        for (const ReviewItem &item : std::as_const(items)) {
            if (keep.contains(item.caseId) || settled.contains(item.caseId))
                continue;
            settled.insert(item.caseId);
            if (!reviews.approve(item.caseId)) {
                log << "a case could not be approved\n";
                return result;
            }
        }
        for (int i = 0; i < (options.smoke ? 3 : 20); ++i) {
            QElapsedTimer t;
            t.start();
            auto again = reviews.queue();
            settledTimes << elapsedMs(t);
            if (!again)
                return result;
            settledItems = again->size();
        }
    }

    // 6. The audit chain verified as the Audit trail page does it: slices of 5,000 entries,
    // one per turn of the event loop (the longest slice is how long the page stops answering).
    QList<double> sliceTimes;
    QElapsedTimer verifyTimer;
    verifyTimer.start();
    AuditVerifier verifier(*store);
    for (;;) {
        QElapsedTimer t;
        t.start();
        auto finished = verifier.step(5000);
        sliceTimes << elapsedMs(t);
        if (!finished || !verifier.result().intact) {
            log << "the audit chain does not verify\n";
            return result;
        }
        if (*finished)
            break;
    }
    const double verifyMs = elapsedMs(verifyTimer);

    const qint64 caseCount = cases.count().ok() ? *cases.count() : -1;
    const QString accountId = store->session().accountId;
    store.reset(); // sign out: checkpoint and close
    const qint64 bytes = folderBytes(dir);

    double unlockMs = 0;
    if (encrypted) {
        QElapsedTimer t;
        t.start();
        auto unlocked =
            CaseStore::unlock(dir, accountId, SecureBytes::copyOf(QByteArrayView(password)));
        unlockMs = elapsedMs(t);
        if (!unlocked)
            log << "unlock failed: " << unlocked.error().message << '\n';
    }

    QJsonObject json{{QStringLiteral("contacts"), options.contacts},
                     {QStringLiteral("cases"), caseCount},
                     {QStringLiteral("saves_per_s"), double(options.contacts) / (bulkMs / 1000.0)},
                     {QStringLiteral("single_save_p50_ms"), percentile(single, 50)},
                     {QStringLiteral("single_save_p99_ms"), percentile(single, 99)},
                     {QStringLiteral("search_p50_ms"), percentile(searchTimes, 50)},
                     {QStringLiteral("search_p95_ms"), percentile(searchTimes, 95)},
                     {QStringLiteral("search_hits_avg"), double(hitsTotal) / options.queries},
                     {QStringLiteral("case_page_ms"), percentile(pageTimes, 50)},
                     {QStringLiteral("case_page_p95_ms"), percentile(pageTimes, 95)},
                     {QStringLiteral("review_queue_items"), queueItems},
                     {QStringLiteral("review_queue_p50_ms"), percentile(queueTimes, 50)},
                     {QStringLiteral("review_queue_p95_ms"), percentile(queueTimes, 95)},
                     {QStringLiteral("review_queue_settled_items"), settledItems},
                     {QStringLiteral("review_queue_settled_p95_ms"), percentile(settledTimes, 95)},
                     {QStringLiteral("acute_alerts"), alertCount},
                     {QStringLiteral("acute_alerts_p95_ms"), percentile(alertTimes, 95)},
                     {QStringLiteral("audit_entries"), verifier.checked()},
                     {QStringLiteral("audit_verify_s"), verifyMs / 1000.0},
                     {QStringLiteral("audit_slice_max_ms"),
                      *std::max_element(sliceTimes.cbegin(), sliceTimes.cend())},
                     {QStringLiteral("file_bytes"), bytes},
                     {QStringLiteral("cipher_version"), cipher}};
    if (encrypted)
        json.insert(QStringLiteral("unlock_ms"), unlockMs);
    result.json = json;
    return result;
}

} // namespace

QJsonObject runStoreBench(const StoreBenchOptions &options, QTextStream &log)
{
    QTemporaryDir temp(options.directory.isEmpty()
                           ? QDir::tempPath() + QStringLiteral("/helpline-bench-XXXXXX")
                           : options.directory + QStringLiteral("/helpline-bench-XXXXXX"));
    temp.setAutoRemove(!options.keep);
    if (!temp.isValid()) {
        log << "cannot create a working folder\n";
        return {};
    }
    log << "store benchmark: " << options.contacts << " contacts in " << temp.path() << '\n'
        << Qt::flush;
    RunResult encrypted = runOnce(options, temp.filePath(QStringLiteral("encrypted")), true, log);
    if (encrypted.json.isEmpty())
        return {};
    QJsonObject json = encrypted.json;
    if (options.plaintext) {
        RunResult plain = runOnce(options, temp.filePath(QStringLiteral("plaintext")), false, log);
        if (plain.json.isEmpty())
            return {};
        json.insert(QStringLiteral("save_ratio"),
                    encrypted.bulkMsPerContact / plain.bulkMsPerContact);
        json.insert(QStringLiteral("search_ratio"), encrypted.searchTotalMs / plain.searchTotalMs);
        json.insert(QStringLiteral("plaintext"), plain.json);
    }
    json.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    json.insert(QStringLiteral("smoke"), options.smoke);
    return json;
}

} // namespace helpline::bench
