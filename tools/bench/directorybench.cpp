#include "directorybench.h"

#include "benchstats.h"
#include "textgenerator.h"

#include "core/directory/directorypage.h"
#include "core/directory/directorysearch.h"
#include "core/domain/regions.h"
#include "core/security/securebytes.h"
#include "core/store/casestore.h"
#include "core/store/directoryrepository.h"
#include "core/store/keyring.h"
#include "core/store/pulledrecords.h"
#include "core/util/uuid.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <memory>

namespace helpline::bench {

namespace {

constexpr int kPageSize = 1000; // as the server pages the directory stream

// A kind of service: its name in the three languages and what it offers.
struct Kind {
    const char *az;
    const char *ru;
    const char *en;
    QStringList types;
};

const QList<Kind> &kinds()
{
    static const QList<Kind> list{
        {"Uşaq və Ailə Psixoloji Mərkəzi",
         "Детско-семейный психологический центр",
         "Child and Family Psychology Centre",
         {QStringLiteral("psychology"), QStringLiteral("social_services")}},
        {"Hüquqi Yardım Bürosu",
         "Бюро юридической помощи",
         "Legal Aid Office",
         {QStringLiteral("legal")}},
        {"Sosial Xidmət Mərkəzi",
         "Центр социального обслуживания",
         "Social Services Centre",
         {QStringLiteral("social_services")}},
        {"Uşaq Sığınacağı", "Детский приют", "Children's Shelter", {QStringLiteral("shelter")}},
        {"Reabilitasiya Mərkəzi",
         "Реабилитационный центр",
         "Rehabilitation Centre",
         {QStringLiteral("rehabilitation"), QStringLiteral("health")}},
        {"Gənclər Evi",
         "Дом молодёжи",
         "Youth House",
         {QStringLiteral("education"), QStringLiteral("other")}},
        {"Uşaq Poliklinikası",
         "Детская поликлиника",
         "Children's Clinic",
         {QStringLiteral("health")}},
        {"Polis Şöbəsi, Yetkinlik Yaşına Çatmayanlarla İş",
         "Отдел полиции по делам "
         "несовершеннолетних",
         "Police Juvenile Unit",
         {QStringLiteral("police")}},
        {"Qaynar Xətt",
         "Горячая линия",
         "Helpline",
         {QStringLiteral("hotline"), QStringLiteral("psychology")}},
        {"İnklüziv Təhsil Mərkəzi",
         "Центр инклюзивного образования",
         "Inclusive Education Centre",
         {QStringLiteral("education")}},
        {"Qadın və Uşaq Böhran Mərkəzi",
         "Кризисный центр для женщин и детей",
         "Women and Children Crisis Centre",
         {QStringLiteral("shelter"), QStringLiteral("psychology"), QStringLiteral("legal")}},
        {"Psixoloji Dəstək Kabineti",
         "Кабинет психологической поддержки",
         "Psychological Support Room",
         {QStringLiteral("psychology")}},
    };
    return list;
}

QStringList words(const char *text)
{
    return QString::fromUtf8(text).split(u' ', Qt::SkipEmptyParts);
}

// The places a service can serve, with their names.
struct Places {
    QStringList codes;    // all of them
    QStringList units;    // cities, rayons and Baku's rayons
    QStringList economic; // economic regions
};

Places places(const Regions &regions)
{
    Places p;
    for (const EconomicRegion &economic : regions.economicRegions()) {
        p.economic << economic.code;
        for (const RegionUnit &unit : economic.units) {
            p.units << unit.code;
            for (const RegionUnit &district : unit.districts)
                p.units << district.code;
        }
    }
    p.codes << p.economic << p.units;
    return p;
}

QList<DirectoryEntry> makeEntries(int count, const QDateTime &now)
{
    const Regions &regions = Regions::builtIn();
    const Places where = places(regions);
    const QStringList proper =
        words("Nərgiz Ümid Çinar Günəş Işıq İnam Həyat Qayğı Şəfqət Ülfət Bənövşə Göyərçin "
              "Körpü Çiçək Dəstək Səadət Məhəbbət İşıqlı Yol Ağ Günəbaxan Ülkər Dan Ulduzu "
              "Şəlalə Xəzər Araz Kəpənək Ağsaçlı Nur Fidan Aydınlıq");
    const QStringList streets =
        words("Nizami Füzuli Azadlıq Səməd Vurğun Üzeyir Hacıbəyov Rəşid Behbudov Xətai "
              "Cəfər Cabbarlı Natəvan Şəhriyar Mirzə Ələkbər Sabir Hüseyn Cavid Qarabağ");
    const QStringList hours{QStringLiteral("mon-fri 09:00-18:00"),
                            QStringLiteral("24/7"),
                            QStringLiteral("mon-fri 09:00-13:00,14:00-18:00; sat 10:00-14:00"),
                            QStringLiteral("mon-sat 08:00-20:00"),
                            QStringLiteral("mon-fri 10:00-19:00; sat,sun 11:00-16:00"),
                            QStringLiteral("fri,sat 20:00-02:00"),
                            QString()};
    TextGenerator text(20261201);
    QRandomGenerator &r = text.random();
    const auto pick = [&r](const QStringList &list) {
        return list.at(r.bounded(int(list.size())));
    };
    QList<DirectoryEntry> entries;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        DirectoryEntry e;
        e.meta.id = newUuidV7(now);
        e.meta.createdAt = now;
        e.meta.updatedAt = now;
        e.meta.createdBy = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
        e.meta.originDevice = QStringLiteral("server");
        e.meta.revision = 1;

        const Kind &kind = kinds().at(r.bounded(int(kinds().size())));
        e.serviceTypes = kind.types;
        e.nationwide = r.bounded(10) == 0;
        if (!e.nationwide) {
            // Most serve their own place; some a few others or a whole economic region.
            e.regionCodes << (r.bounded(20) == 0 ? pick(where.economic) : pick(where.units));
            for (int k = int(r.bounded(4)); k > 1; --k) {
                const QString more = pick(where.units);
                if (!e.regionCodes.contains(more))
                    e.regionCodes << more;
            }
        }
        const QString place = e.nationwide ? QString() : e.regionCodes.constFirst();
        const QString az = place.isEmpty() ? QStringLiteral("Respublika")
                                           : regions.name(place, QStringLiteral("az"));
        const QString ru = place.isEmpty() ? QStringLiteral("Республиканский")
                                           : regions.name(place, QStringLiteral("ru"));
        const QString en = place.isEmpty() ? QStringLiteral("National")
                                           : regions.name(place, QStringLiteral("en"));
        const QString name = pick(proper);
        e.name =
            QStringLiteral("%1 %2 %3 №%4").arg(name, az, QString::fromUtf8(kind.az)).arg(i + 1);
        if (r.bounded(3) != 0)
            e.nameRu = QStringLiteral("%1 «%2», %3").arg(QString::fromUtf8(kind.ru), name, ru);
        if (r.bounded(2) != 0)
            e.nameEn = QStringLiteral("%1 %2 %3").arg(name, en, QString::fromUtf8(kind.en));
        e.ageMin = r.bounded(3) ? -1 : int(r.bounded(10));
        e.ageMax = r.bounded(3) ? 17 : -1;
        if (r.bounded(10) == 0)
            e.genders = {r.bounded(3) ? QStringLiteral("female") : QStringLiteral("male")};
        e.languages = {QStringLiteral("az")};
        if (r.bounded(3) != 0)
            e.languages << QStringLiteral("ru");
        if (r.bounded(4) == 0)
            e.languages << QStringLiteral("en");
        e.free = r.bounded(3) != 0;
        e.phones << QStringLiteral("012 555 %1 %2")
                        .arg(r.bounded(100), 2, 10, QLatin1Char('0'))
                        .arg(r.bounded(100), 2, 10, QLatin1Char('0'));
        e.email = QStringLiteral("info%1@service.example.az").arg(i + 1);
        if (r.bounded(2))
            e.website = QStringLiteral("https://service%1.example.az").arg(i + 1);
        e.address = QStringLiteral("%1, %2 küçəsi %3")
                        .arg(place.isEmpty() ? QStringLiteral("Bakı") : az, pick(streets))
                        .arg(1 + r.bounded(120));
        e.openingHours = pick(hours);
        e.eligibility = text.note(5, 25);
        if (r.bounded(2))
            e.notes = text.note(10, 60);
        e.verifiedOn = now.date().addDays(-qint64(r.bounded(700)));
        entries << e;
    }
    return entries;
}

// Writes the entries as pulled pages of the directory stream. Returns how many were applied.
int pullInto(CaseStore &store, const QList<DirectoryEntry> &entries, QTextStream &log)
{
    PulledRecords pulled(store);
    int applied = 0;
    qint64 seq = 0;
    for (qsizetype start = 0; start < entries.size(); start += kPageSize) {
        PullPage page = directoryPage(
            entries.mid(start, std::min<qsizetype>(kPageSize, entries.size() - start)), seq + 1);
        seq = page.cursor;
        page.more = start + kPageSize < entries.size();
        auto stats = pulled.applyPage(page.stream, page);
        if (!stats) {
            log << "applying a directory page failed: " << stats.error().message << ' '
                << stats.error().detail << '\n';
            return -1;
        }
        applied += stats->applied;
    }
    return applied;
}

enum class SearchKind { Typing, Words, TextAndFilters, Filters, All };

struct Search {
    DirectoryQuery query;
    QString language;
    SearchKind kind;
};

QString plainLatin(QString text)
{
    const QString from = QStringLiteral("əƏıİşŞçÇğĞöÖüÜ");
    const QString to = QStringLiteral("eEiIsScCgGoOuU");
    for (qsizetype i = 0; i < from.size(); ++i)
        text.replace(from.at(i), to.at(i));
    return text;
}

// What counsellors do with the directory open beside a contact: type a word (the list updates
// at every letter), type two words, narrow by type, place, age and the like, or only filter.
QList<Search> makeSearches(const QDateTime &now)
{
    const QStringList typed =
        words("psixoloji hüquqi sığınacaq reabilitasiya poliklinika şəki gəncə lənkəran "
              "психолог приют shelter ümid qaynar böhran təhsil mingəçevir sumqayıt xətai "
              "inklüziv yetkinlik");
    const QStringList first = words("psixoloq hüquqi sığınacaq reabilitasiya polis sosial "
                                    "təhsil böhran qaynar психолог центр legal crisis");
    const QStringList second =
        words("şəki gəncə bakı lənkəran quba qəbələ nəsimi yasamal sumqayıt mingəçevir шеки "
              "баку ganja uşaq ailə qadın");
    const Places where = places(Regions::builtIn());
    const QStringList types = directoryServiceTypeCodes();
    QRandomGenerator r(77);
    const auto pick = [&r](const QStringList &list) {
        return list.at(r.bounded(int(list.size())));
    };
    const auto filters = [&](DirectoryQuery &q) {
        const int n = 1 + int(r.bounded(3));
        for (int k = 0; k < n; ++k) {
            switch (r.bounded(7)) {
            case 0:
                q.serviceTypes << pick(types);
                break;
            case 1:
            case 2:
                q.regionCode = pick(where.codes);
                break;
            case 3:
                q.age = int(r.bounded(18));
                break;
            case 4:
                q.gender = r.bounded(2) ? QStringLiteral("female") : QStringLiteral("male");
                break;
            case 5:
                q.freeOnly = true;
                break;
            default:
                q.openNow = true;
                q.now = now.addSecs(qint64(r.bounded(7 * 24 * 3600)));
                break;
            }
        }
    };

    QList<Search> searches;
    // Opening the directory: everything, alphabetically.
    for (int i = 0; i < 5; ++i)
        searches << Search{{}, QStringLiteral("az"), SearchKind::All};
    // Letter by letter; every other word typed without Azerbaijani letters.
    for (qsizetype w = 0; w < typed.size(); ++w) {
        const QString word = w % 2 ? plainLatin(typed.at(w)) : typed.at(w);
        for (qsizetype n = 1; n <= word.size(); ++n) {
            Search s{{}, QStringLiteral("az"), SearchKind::Typing};
            s.query.text = word.left(n);
            searches << s;
        }
    }
    // Two words, the second one typed letter by letter for some.
    for (int i = 0; i < 60; ++i) {
        const QString text = pick(first) + u' ' + pick(second);
        const QString query = r.bounded(3) == 0 ? plainLatin(text) : text;
        if (i % 10 == 0) {
            for (qsizetype n = query.indexOf(u' ') + 2; n < query.size(); ++n) {
                Search s{{}, QStringLiteral("az"), SearchKind::Typing};
                s.query.text = query.left(n);
                searches << s;
            }
        }
        Search s{
            {}, r.bounded(4) == 0 ? QStringLiteral("ru") : QStringLiteral("az"), SearchKind::Words};
        s.query.text = query;
        searches << s;
    }
    for (int i = 0; i < 60; ++i) {
        Search s{{}, QStringLiteral("az"), SearchKind::TextAndFilters};
        s.query.text = r.bounded(2) ? pick(first) : pick(first) + u' ' + pick(second);
        filters(s.query);
        searches << s;
    }
    for (int i = 0; i < 80; ++i) {
        Search s{{}, QStringLiteral("az"), SearchKind::Filters};
        filters(s.query);
        searches << s;
    }
    return searches;
}

} // namespace

QJsonObject runDirectoryBench(const DirectoryBenchOptions &options, QTextStream &log)
{
    QTemporaryDir temp(options.directory.isEmpty()
                           ? QDir::tempPath() + QStringLiteral("/helpline-bench-XXXXXX")
                           : options.directory + QStringLiteral("/helpline-bench-XXXXXX"));
    temp.setAutoRemove(!options.keep);
    if (!temp.isValid()) {
        log << "cannot create a working folder\n";
        return {};
    }
    log << "directory benchmark: " << options.entries << " entries in " << temp.path() << '\n'
        << Qt::flush;

    CaseStore::CreateOptions create;
    create.directory = temp.filePath(QStringLiteral("store"));
    create.adminUsername = QStringLiteral("bench");
    create.kdf = options.smoke ? KdfParams::minimum() : KdfParams();
    auto created =
        CaseStore::create(create, SecureBytes::copyOf(QByteArrayView("benchmark password")));
    if (!created) {
        log << "cannot create the store: " << created.error().message << '\n';
        return {};
    }
    std::unique_ptr<CaseStore> store = std::move(created.value());

    // 1. The directory as a pull writes it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<DirectoryEntry> generated = makeEntries(options.entries, now);
    QElapsedTimer timer;
    timer.start();
    const int applied = pullInto(*store, generated, log);
    const double writeS = elapsedMs(timer) / 1000.0;
    if (applied < 0)
        return {};

    // 2. What the desk does after a pull: read every entry, build the index.
    timer.restart();
    DirectoryRepository repository(*store);
    auto entries = repository.all();
    const double readMs = elapsedMs(timer);
    if (!entries) {
        log << "reading the directory failed: " << entries.error().message << '\n';
        return {};
    }
    const qsizetype read = entries->size();
    timer.restart();
    const DirectoryIndex index(std::move(*entries), Regions::builtIn());
    const double indexMs = elapsedMs(timer);

    // 3. Searches.
    const QList<Search> searches = makeSearches(now);
    QList<double> all;
    QList<double> typing;
    QList<double> filtered;
    qint64 hits = 0;
    for (const Search &s : searches) {
        QElapsedTimer t;
        t.start();
        const QList<int> found = index.search(s.query, s.language);
        const double ms = elapsedMs(t);
        all << ms;
        if (s.kind == SearchKind::Typing)
            typing << ms;
        if (s.kind == SearchKind::Filters || s.kind == SearchKind::TextAndFilters)
            filtered << ms;
        hits += found.size();
    }

    return QJsonObject{
        {QStringLiteral("entries"), options.entries},
        {QStringLiteral("entries_read"), read},
        {QStringLiteral("write_s"), writeS},
        {QStringLiteral("read_ms"), readMs},
        {QStringLiteral("index_ms"), indexMs},
        {QStringLiteral("load_ms"), readMs + indexMs},
        {QStringLiteral("searches"), searches.size()},
        {QStringLiteral("search_p50_ms"), percentile(all, 50)},
        {QStringLiteral("search_p95_ms"), percentile(all, 95)},
        {QStringLiteral("search_max_ms"), percentile(all, 100)},
        {QStringLiteral("typing_p95_ms"), percentile(typing, 95)},
        {QStringLiteral("filters_p95_ms"), percentile(filtered, 95)},
        {QStringLiteral("hits_avg"), double(hits) / double(searches.size())},
        {QStringLiteral("peak_rss_mb"), peakRssMb()},
        {QStringLiteral("smoke"), options.smoke},
        {QStringLiteral("verified"), applied == options.entries && read == options.entries},
    };
}

} // namespace helpline::bench
