#include "uibench.h"

#include "benchstats.h"

#include "textgenerator.h"

#include "core/domain/regions.h"
#include "core/domain/taxonomy.h"
#include "core/security/securebytes.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/keyring.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"
#include "ui/cases/models/caselistmodel.h"
#include "ui/cases/models/searchresultsmodel.h"
#include "ui/common/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QListView>
#include <QSqlQuery>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace helpline::bench {

namespace {

const char *const kPassword = "benchmark password";
const char *const kMarker = "bench_ui_contacts";

double median(const QList<double> &values)
{
    if (values.isEmpty())
        return 0;
    QList<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 ? sorted.at(n / 2) : (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2.0;
}

// ---------------------------------------------------------------------------------------------
// Generation: three years of a helpline desk. About one contact in eight is a non-counselling
// call (silent, hang-up, prank ...); a counselling contact opens a new case one time in three
// and otherwise returns to a case opened in the last four months, recent cases more often, so
// cases have one to dozens of contacts (about three on average). Children have names (most),
// ages, regions and sometimes phones; contacts have one to three taxonomy subcategories and a
// risk level; one counselling contact in seven plans a follow-up, most of which were done. At
// the end, cases whose last contact is older than 60 days are mostly closed; newer ones are
// open, active, referred or waiting for closure.

struct CaseInfo {
    qint64 lastContact = 0; // seconds since the epoch
    int counsellor = 0;
    QString category;
};

class Generator {
public:
    Generator(CaseStore &store, ManualClock &clock, QTextStream &log)
        : m_store(store)
        , m_clock(clock)
        , m_log(log)
        , m_text(20261201)
    {
        const Taxonomy &taxonomy = Taxonomy::builtIn();
        for (const TaxonomyCategory &category : taxonomy.categories())
            for (const TaxonomySubcategory &sub : category.subcategories)
                if (!sub.retired && !category.retired)
                    m_subcategories << sub.code;
        const Regions &regions = Regions::builtIn();
        for (const EconomicRegion &region : regions.economicRegions())
            for (const RegionUnit &unit : region.units) {
                if (unit.districts.isEmpty())
                    m_regions << unit.code;
                for (const RegionUnit &district : unit.districts)
                    m_bakuDistricts << district.code;
            }
    }

    bool run(qint64 contacts, const QDateTime &end);
    qint64 cases() const { return m_cases.size(); }

private:
    bool addAccounts();
    QString subcategory();
    QString riskLevel();
    QString phone();
    ContactSave contact(qint64 at, QString *caseId);
    bool setStatuses(const QDateTime &end);

    CaseStore &m_store;
    ManualClock &m_clock;
    QTextStream &m_log;
    TextGenerator m_text;
    QStringList m_subcategories;
    QStringList m_regions;
    QStringList m_bakuDistricts;
    QStringList m_counsellors;
    QHash<QString, CaseInfo> m_cases;
    QStringList m_recentIds; // cases in the order they were opened
    QList<qint64> m_recentTimes;
    qsizetype m_recentStart = 0;
};

bool Generator::addAccounts()
{
    const QStringList names =
        QString::fromUtf8(
            "Aysel Məmmədova;Leyla Əliyeva;Nərmin Həsənova;Günay Hüseynova;Lalə Quliyeva;"
            "Səbinə İsmayılova;Fidan Rzayeva;Nigar Abbasova;Könül Nəsirova;Ülviyyə Kərimova;"
            "Şəbnəm Babayeva;Zəhra Cəfərova;Orxan Orucov;Murad Şükürov;Əli Zeynalov;"
            "Elvin Məmmədov;Tural Əliyev;Rəşad Həsənov;Çinarə Qasımova;Işıq Vəliyeva;"
            "İlahə Səfərova;Анна Иванова;Мария Петрова;Тимур Смирнов;Xədicə Bağırova;"
            "Yusif Ağayev")
            .split(u';');
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Role role = i >= names.size() - 2 ? Role::Supervisor : Role::Counsellor;
        auto added = m_store.addAccount(QStringLiteral("user%1").arg(i), names.at(i), role,
                                        SecureBytes::copyOf(QByteArrayView(kPassword)),
                                        KdfParams::minimum());
        if (!added) {
            m_log << "cannot add an account: " << added.error().message << '\n';
            return false;
        }
        if (role == Role::Counsellor)
            m_counsellors << *added;
    }
    return true;
}

QString Generator::subcategory()
{
    // Zipf-like: a few reasons (bullying, family conflict ...) are most of the contacts.
    const double n = double(m_subcategories.size());
    const int rank = int(std::exp(m_text.random().generateDouble() * std::log(n + 1.0))) - 1;
    return m_subcategories.at(std::clamp(rank, 0, int(m_subcategories.size()) - 1));
}

QString Generator::riskLevel()
{
    const int r = int(m_text.random().bounded(100));
    if (r < 40)
        return QStringLiteral("none");
    if (r < 72)
        return QStringLiteral("low");
    if (r < 87)
        return QStringLiteral("moderate");
    if (r < 96)
        return QStringLiteral("high");
    return QStringLiteral("acute");
}

QString Generator::phone()
{
    static const char *const operators[] = {"50", "51", "55", "70", "77", "99", "10", "12"};
    QRandomGenerator &r = m_text.random();
    return QStringLiteral("+994 %1 %2 %3 %4")
        .arg(QLatin1String(operators[r.bounded(8)]))
        .arg(100 + r.bounded(900))
        .arg(r.bounded(100), 2, 10, QLatin1Char('0'))
        .arg(r.bounded(100), 2, 10, QLatin1Char('0'));
}

ContactSave Generator::contact(qint64 at, QString *caseId)
{
    QRandomGenerator &r = m_text.random();
    ContactSave save;
    Contact &c = save.contact;
    const QDateTime startedAt = QDateTime::fromSecsSinceEpoch(at, Qt::UTC);
    const int counsellor = int(r.bounded(int(m_counsellors.size())));
    if (r.bounded(100) < 12) {
        static const char *const types[] = {"silent", "hang_up",     "prank",  "wrong_number",
                                            "thanks", "information", "abusive"};
        save.contact = Contact::nonCounselling(QString::fromLatin1(types[r.bounded(7)]),
                                               QStringLiteral("phone"), startedAt,
                                               int(r.bounded(120)), m_counsellors.at(counsellor));
        save.link = ContactSave::CaseLink::None;
        caseId->clear();
        return save;
    }
    static const char *const channels[] = {"phone", "phone",     "phone",    "phone",    "phone",
                                           "phone", "phone",     "whatsapp", "web_chat", "sms",
                                           "email", "instagram", "app_chat"};
    c.channel = QString::fromLatin1(channels[r.bounded(13)]);
    const bool aboutChild = r.bounded(4) == 0;
    c.callType =
        aboutChild ? QStringLiteral("caller_about_child") : QStringLiteral("child_about_self");
    if (aboutChild)
        c.callerRelationship = r.bounded(2) ? QStringLiteral("parent") : QStringLiteral("teacher");
    c.startedAt = startedAt;
    c.durationSeconds = 120 + int(r.bounded(2400));
    c.riskLevel = riskLevel();
    c.summary = m_text.note(30, 250);

    // Cases opened in the last 120 days, recent ones far more often.
    while (m_recentStart < m_recentTimes.size() &&
           m_recentTimes.at(m_recentStart) < at - 120 * 86400)
        ++m_recentStart;
    const qsizetype window = m_recentTimes.size() - m_recentStart;
    const bool existing = window > 0 && r.bounded(3) != 0;
    if (existing) {
        const double u = r.generateDouble();
        const qsizetype back = qsizetype(double(window) * std::pow(u, 2.5));
        *caseId = m_recentIds.at(m_recentTimes.size() - 1 - std::min(back, window - 1));
        const CaseInfo &info = m_cases.value(*caseId);
        c.caseId = *caseId;
        c.counsellorId = m_counsellors.at(r.bounded(10) < 7 ? info.counsellor : counsellor);
        c.categories = {r.bounded(10) < 7 && !info.category.isEmpty() ? info.category
                                                                      : subcategory()};
        save.link = ContactSave::CaseLink::ExistingCase;
    } else {
        caseId->clear();
        c.counsellorId = m_counsellors.at(counsellor);
        c.categories = {subcategory()};
        Person child;
        if (r.bounded(100) < 92)
            child.name = m_text.childName();
        child.age = QString::number(6 + r.bounded(12));
        child.gender = r.bounded(2) ? QStringLiteral("girl") : QStringLiteral("boy");
        if (r.bounded(100) < 90)
            child.regionCode = r.bounded(100) < 40
                                   ? m_bakuDistricts.at(r.bounded(int(m_bakuDistricts.size())))
                                   : m_regions.at(r.bounded(int(m_regions.size())));
        if (r.bounded(100) < 40)
            child.phone = phone();
        save.child = child;
        save.link = ContactSave::CaseLink::NewCase;
    }
    if (r.bounded(3) == 0) {
        const QString extra = subcategory();
        if (!c.categories.contains(extra))
            c.categories << extra;
    }
    if (aboutChild) {
        Person caller;
        if (r.bounded(2))
            caller.name = m_text.childName().section(u' ', 0, 0);
        if (r.bounded(100) < 80)
            caller.phone = phone();
        save.caller = caller;
    }
    return save;
}

bool Generator::setStatuses(const QDateTime &end)
{
    m_clock.set(end);
    CaseRepository cases(m_store);
    const qint64 endSecs = end.toSecsSinceEpoch();
    QRandomGenerator &r = m_text.random();
    auto it = m_cases.constBegin();
    while (it != m_cases.constEnd()) {
        WriteTransaction tx(m_store);
        for (int i = 0; i < 1000 && it != m_cases.constEnd(); ++i, ++it) {
            const bool old = endSecs - it->lastContact > 60 * 86400;
            const int roll = int(r.bounded(100));
            QString status;
            if (old)
                status = roll < 85   ? QStringLiteral("closed")
                         : roll < 89 ? QStringLiteral("pending_closure")
                         : roll < 95 ? QStringLiteral("referred")
                                     : QStringLiteral("active");
            else
                status = roll < 45   ? QString()
                         : roll < 80 ? QStringLiteral("active")
                         : roll < 95 ? QStringLiteral("referred")
                                     : QStringLiteral("pending_closure");
            if (!status.isEmpty())
                cases.changeStatusIn(tx, it.key(), status,
                                     status == QLatin1String("closed")
                                         ? QStringLiteral("Resolved: the child is safe.")
                                         : QString());
        }
        if (auto committed = tx.commit(); !committed) {
            m_log << "status changes failed: " << committed.error().message << ' '
                  << committed.error().detail << '\n';
            return false;
        }
    }
    return true;
}

bool Generator::run(qint64 contacts, const QDateTime &end)
{
    if (!addAccounts())
        return false;
    const qint64 endSecs = end.toSecsSinceEpoch();
    const qint64 span = 3LL * 365 * 86400;
    const qint64 startSecs = endSecs - span;
    const double step = double(span) / double(contacts);
    ContactRepository repository(m_store);
    FollowUpRepository followUps(m_store);
    QRandomGenerator &r = m_text.random();
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    while (done < contacts) {
        const qint64 n = std::min<qint64>(1000, contacts - done);
        QList<ContactSave> batch;
        QStringList linked;
        batch.reserve(n);
        qint64 last = startSecs;
        for (qint64 i = 0; i < n; ++i) {
            last = startSecs + qint64(double(done + i) * step);
            QString caseId;
            batch << contact(last, &caseId);
        }
        m_clock.set(QDateTime::fromSecsSinceEpoch(last + 60, Qt::UTC));
        auto saved = repository.saveBatch(batch);
        if (!saved) {
            m_log << "batch failed: " << saved.error().message << ' ' << saved.error().detail
                  << '\n';
            return false;
        }
        WriteTransaction tx(m_store);
        for (qsizetype i = 0; i < saved->size(); ++i) {
            const SavedContact &s = saved->at(i);
            if (s.caseId.isEmpty())
                continue;
            const qint64 at = s.contact.startedAt.toSecsSinceEpoch();
            const int counsellor = int(m_counsellors.indexOf(s.contact.counsellorId));
            if (batch.at(i).link == ContactSave::CaseLink::NewCase) {
                m_cases.insert(s.caseId, CaseInfo{at, counsellor, s.contact.categories.value(0)});
                m_recentIds << s.caseId;
                m_recentTimes << at;
            } else {
                m_cases[s.caseId].lastContact = at;
            }
            if (r.bounded(7) == 0) {
                FollowUp f;
                f.caseId = s.caseId;
                f.contactId = s.contact.meta.id;
                f.assigneeId = s.contact.counsellorId;
                f.description = QStringLiteral("Zəng edib vəziyyəti soruşmaq");
                f.dueAt = s.contact.startedAt.addSecs(86400 + qint64(r.bounded(13 * 86400)));
                if (f.dueAt.toSecsSinceEpoch() < endSecs - 2 * 86400 && r.bounded(100) < 98) {
                    f.status = QStringLiteral("done");
                    f.doneAt = f.dueAt.addSecs(qint64(r.bounded(36 * 3600)));
                    f.doneBy = f.assigneeId;
                }
                followUps.addIn(tx, f);
            }
        }
        if (auto committed = tx.commit(); !committed) {
            m_log << "follow-ups failed: " << committed.error().message << '\n';
            return false;
        }
        done += n;
        if (done % 50000 == 0 || done == contacts)
            m_log << "  " << done << " contacts, " << m_cases.size() << " cases, "
                  << qint64(double(done) / (elapsedMs(timer) / 1000.0)) << "/s\n"
                  << Qt::flush;
    }
    if (!setStatuses(end))
        return false;
    WriteTransaction tx(m_store);
    tx.exec(QStringLiteral("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)"),
            {QString::fromLatin1(kMarker), QString::number(contacts)});
    if (auto committed = tx.commit(); !committed)
        return false;
    return true;
}

// ---------------------------------------------------------------------------------------------
// Measurement: what the counsellor waits for, from the action until the rows are painted.

// Lays the view out at once (instead of the delayed layout a model reset schedules) and paints
// the viewport synchronously: the view asks the model for every visible cell, once.
void showRows(QAbstractItemView &view)
{
    view.doItemsLayout();
    view.viewport()->repaint();
}

// Before a timed step: deliver what earlier steps left queued (update requests, deferred
// deletes), so that it is not counted in the step.
void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void configure(QTableView &view)
{
    // A case list set up as the Cases screen sets up its table: fixed row height (no per-row
    // size hints over a million rows), no row numbers, pixel scrolling.
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(28);
    view.horizontalHeader()->setStretchLastSection(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view.setAlternatingRowColors(true);
    view.resize(1280, 800);
    view.show();
    QCoreApplication::processEvents();
}

// The taxonomy category with the most cases: the slowest category filter.
QString largestCategory(CaseStore &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT code FROM case_categories WHERE code NOT LIKE '%.%' "
                               "GROUP BY code ORDER BY count(*) DESC LIMIT 1")) ||
        !q.next())
        return QStringLiteral("violence");
    return q.value(0).toString();
}

QJsonObject measure(CaseStore &store, const UiBenchOptions &options, QTextStream &log)
{
    Workspace workspace(store);
    const int reps = std::max(1, options.repetitions);
    QTableView view;
    configure(view);
    bool painted = true;
    {
        // The workstation has painted its sign-in screen before the case list first appears:
        // fonts and text shaping are warm, the store is not. Paint some text once, untimed.
        QStringListModel warmUp(
            {QStringLiteral("Ağa Çinarə Əli İlham Işıq Xədicə Şəki"), QStringLiteral("Ёлка")});
        view.setModel(&warmUp);
        showRows(view);
        view.setModel(nullptr);
    }

    // 1. First page: a new model (it counts the cases) set on the view, until the rows show.
    QList<double> firstPage;
    double firstPageCold = 0;
    qint64 rows = 0;
    for (int i = 0; i < reps + 1; ++i) {
        settle();
        QElapsedTimer t;
        t.start();
        auto model = std::make_unique<CaseListModel>(workspace);
        view.setModel(model.get());
        showRows(view);
        const double ms = elapsedMs(t);
        painted = painted && model->isRowLoaded(0) && model->pageLoads() > 0;
        rows = model->rowCount();
        if (i == 0)
            firstPageCold = ms; // right after unlocking: nothing of the list in the page cache
        else
            firstPage << ms;
        view.setModel(nullptr);
    }

    CaseListModel model(workspace);
    view.setModel(&model);
    showRows(view);

    // 2. Sort by child name, alternately ascending and descending (from the default order in
    //    between, which is not timed).
    QList<double> sortTimes;
    for (int i = 0; i < reps; ++i) {
        view.sortByColumn(CaseListModel::LastContact, Qt::DescendingOrder);
        showRows(view);
        const qint64 loads = model.pageLoads();
        settle();
        QElapsedTimer t;
        t.start();
        view.sortByColumn(CaseListModel::Child, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
        showRows(view);
        sortTimes << elapsedMs(t);
        painted = painted && model.pageLoads() > loads;
    }
    view.sortByColumn(CaseListModel::LastContact, Qt::DescendingOrder);
    showRows(view);

    // 3. Filters (counted again, first page shown), each from the unfiltered list: open or
    //    active cases at high or acute risk (the figure the targets name); the largest taxonomy
    //    category; the same category with the status filter and sorted by child name.
    const auto timeFilter = [&](const CaseListQuery &filter, qint64 *rowsShown) {
        QList<double> times;
        for (int i = 0; i < reps; ++i) {
            model.setFilter(CaseListQuery());
            showRows(view);
            const qint64 loads = model.pageLoads();
            settle();
            QElapsedTimer t;
            t.start();
            model.setFilter(filter);
            showRows(view);
            times << elapsedMs(t);
            *rowsShown = model.rowCount();
            painted = painted && (*rowsShown == 0 || model.pageLoads() > loads);
        }
        model.setFilter(CaseListQuery());
        showRows(view);
        return times;
    };
    CaseListQuery filter;
    filter.statuses = {QStringLiteral("open"), QStringLiteral("active")};
    filter.riskLevels = {QStringLiteral("high"), QStringLiteral("acute")};
    qint64 filterRows = 0;
    const QList<double> filterTimes = timeFilter(filter, &filterRows);
    CaseListQuery byCategory;
    byCategory.category = largestCategory(store);
    qint64 categoryRows = 0;
    const QList<double> categoryTimes = timeFilter(byCategory, &categoryRows);
    byCategory.statuses = filter.statuses;
    view.sortByColumn(CaseListModel::Child, Qt::AscendingOrder);
    qint64 combinedRows = 0;
    const QList<double> combinedTimes = timeFilter(byCategory, &combinedRows);
    view.sortByColumn(CaseListModel::LastContact, Qt::DescendingOrder);
    showRows(view);

    // 4. Scrolling: jump to the middle and to the end of the unfiltered list.
    QList<double> middleTimes;
    QList<double> endTimes;
    for (int i = 0; i < reps; ++i) {
        view.scrollToTop();
        showRows(view);
        settle();
        QElapsedTimer t;
        t.start();
        view.scrollTo(
            model.index(model.rowCount() / 2 + i * 1000 % std::max(1, model.rowCount() / 4), 0),
            QAbstractItemView::PositionAtTop);
        showRows(view);
        middleTimes << elapsedMs(t);
        settle();
        t.restart();
        view.scrollToBottom();
        showRows(view);
        endTimes << elapsedMs(t);
    }

    // 5. Search to results: the query's results (with case number and child) painted in a list.
    QListView list;
    list.resize(600, 800);
    list.show();
    SearchResultsModel results(workspace);
    list.setModel(&results);
    showRows(list);
    TextGenerator queries(7);
    QList<double> searchTimes;
    qint64 hits = 0;
    for (int i = 0; i < std::max(1, options.queries); ++i) {
        const QString q = queries.query();
        settle();
        QElapsedTimer t;
        t.start();
        results.setQuery(q);
        showRows(list);
        searchTimes << elapsedMs(t);
        hits += results.rowCount();
    }

    // 6. The store's share of those times: the queries the model runs, without a view.
    CaseRepository cases(store);
    const auto timed = [&](const std::function<bool()> &run) {
        QList<double> times;
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            if (!run())
                log << "a store query failed\n";
            times << elapsedMs(t);
        }
        return median(times);
    };
    CaseListQuery pageQuery;
    pageQuery.limit = model.pageSize();
    pageQuery.knownCount = rows;
    CaseListQuery middleQuery = pageQuery;
    middleQuery.offset = int(rows / 2);
    CaseListQuery childQuery = pageQuery;
    childQuery.sort = CaseSort::ChildName;
    childQuery.order = Qt::AscendingOrder;
    CaseListQuery filterQuery = filter;
    filterQuery.limit = model.pageSize();
    const QJsonObject storeTimes{
        {QStringLiteral("count_ms"), timed([&] { return cases.count(pageQuery).ok(); })},
        {QStringLiteral("page_ms"), timed([&] { return cases.page(pageQuery).ok(); })},
        {QStringLiteral("page_middle_ms"), timed([&] { return cases.page(middleQuery).ok(); })},
        {QStringLiteral("child_sort_page_ms"), timed([&] { return cases.page(childQuery).ok(); })},
        {QStringLiteral("filter_count_ms"), timed([&] { return cases.count(filterQuery).ok(); })},
        {QStringLiteral("filter_page_ms"), timed([&] { return cases.page(filterQuery).ok(); })},
    };

    if (!painted)
        log << "warning: a timed step did not read the rows it was to show\n";
    return QJsonObject{
        {QStringLiteral("cases"), rows},
        {QStringLiteral("first_page_ms"), median(firstPage)},
        {QStringLiteral("first_page_cold_ms"), firstPageCold},
        {QStringLiteral("sort_ms"), median(sortTimes)},
        {QStringLiteral("sort_max_ms"), percentile(sortTimes, 100)},
        {QStringLiteral("filter_ms"), median(filterTimes)},
        {QStringLiteral("filter_max_ms"), percentile(filterTimes, 100)},
        {QStringLiteral("filter_rows"), filterRows},
        {QStringLiteral("filter_category_ms"), median(categoryTimes)},
        {QStringLiteral("filter_category_rows"), categoryRows},
        {QStringLiteral("filter_category_status_by_name_ms"), median(combinedTimes)},
        {QStringLiteral("filter_category_status_rows"), combinedRows},
        {QStringLiteral("category"), byCategory.category},
        {QStringLiteral("scroll_middle_ms"), median(middleTimes)},
        {QStringLiteral("scroll_end_ms"), median(endTimes)},
        {QStringLiteral("search_ms"), median(searchTimes)},
        {QStringLiteral("search_p95_ms"), percentile(searchTimes, 95)},
        {QStringLiteral("search_hits_avg"), double(hits) / double(searchTimes.size())},
        {QStringLiteral("repetitions"), reps},
        {QStringLiteral("searches"), int(searchTimes.size())},
        {QStringLiteral("rows_painted"), painted},
        {QStringLiteral("store"), storeTimes},
    };
}

QString findAccount(const QString &directory)
{
    auto keyring = CaseStore::readKeyring(directory);
    if (!keyring)
        return {};
    const auto account = keyring->accountByUsername(QStringLiteral("bench"));
    return account ? account->accountId : QString();
}

qint64 storedContacts(CaseStore &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT value FROM store_meta WHERE key = '%1'")
                    .arg(QLatin1String(kMarker))) ||
        !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

QJsonObject runUiBench(const UiBenchOptions &options, QTextStream &log)
{
    std::unique_ptr<QTemporaryDir> temp;
    QString storeDir;
    if (options.directory.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                               QStringLiteral("/helpline-bench-ui-XXXXXX"));
        if (!temp->isValid()) {
            log << "cannot create a working folder\n";
            return {};
        }
        temp->setAutoRemove(!options.keep);
        storeDir = temp->filePath(QStringLiteral("store"));
    } else {
        storeDir = QDir(options.directory).filePath(QStringLiteral("ui-%1").arg(options.contacts));
    }

    std::unique_ptr<CaseStore> store;
    bool generated = false;
    double generationS = 0;
    qint64 generatedCases = -1;
    if (options.reuse && CaseStore::exists(storeDir)) {
        log << "ui benchmark: reusing " << storeDir << '\n' << Qt::flush;
        auto unlocked = CaseStore::unlock(storeDir, findAccount(storeDir),
                                          SecureBytes::copyOf(QByteArrayView(kPassword)));
        if (!unlocked) {
            log << "cannot unlock " << storeDir << ": " << unlocked.error().message << '\n';
            return {};
        }
        store = std::move(unlocked.value());
        if (storedContacts(*store) != options.contacts) {
            log << storeDir << " does not hold a finished run of " << options.contacts
                << " contacts; remove it or leave out --reuse\n";
            return {};
        }
    } else {
        if (CaseStore::exists(storeDir)) {
            log << storeDir << " exists: add --reuse to use it, or remove it\n";
            return {};
        }
        QDir().mkpath(storeDir);
        log << "ui benchmark: generating " << options.contacts << " contacts in " << storeDir
            << '\n'
            << Qt::flush;
        static ManualClock clock;
        const QDateTime end = QDateTime::currentDateTimeUtc();
        clock.set(end.addYears(-3).addDays(-1));
        CaseStore::CreateOptions create;
        create.directory = storeDir;
        create.adminUsername = QStringLiteral("bench");
        create.adminDisplayName = QStringLiteral("Benchmark");
        create.kdf = options.smoke ? KdfParams::minimum() : KdfParams();
        auto created =
            CaseStore::create(create, SecureBytes::copyOf(QByteArrayView(kPassword)), &clock);
        if (!created) {
            log << "cannot create the store: " << created.error().message << '\n';
            return {};
        }
        QElapsedTimer t;
        t.start();
        {
            Generator generator(*created.value(), clock, log);
            if (!generator.run(options.contacts, end))
                return {};
            generatedCases = generator.cases();
        }
        generationS = elapsedMs(t) / 1000.0;
        generated = true;
        // Sign out and in again, as a counsellor would after the desk filled up: the list is
        // then read from a cold page cache.
        const QString accountId = created.value()->session().accountId;
        created.value().reset();
        auto unlocked =
            CaseStore::unlock(storeDir, accountId, SecureBytes::copyOf(QByteArrayView(kPassword)));
        if (!unlocked) {
            log << "cannot unlock: " << unlocked.error().message << '\n';
            return {};
        }
        store = std::move(unlocked.value());
    }

    QJsonObject json = measure(*store, options, log);
    json.insert(QStringLiteral("contacts"), options.contacts);
    json.insert(QStringLiteral("generated"), generated);
    if (generated) {
        json.insert(QStringLiteral("generation_s"), generationS);
        json.insert(QStringLiteral("generated_cases"), generatedCases);
    }
    json.insert(QStringLiteral("cipher_version"), store->cipherVersion());
    json.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    json.insert(QStringLiteral("smoke"), options.smoke);
    store.reset();
    if (!options.directory.isEmpty() && generated && !options.keep)
        QDir(storeDir).removeRecursively();
    return json;
}

} // namespace helpline::bench
