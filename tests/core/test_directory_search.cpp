// DirectoryIndex: the referral directory searched on the desk as the counsellor types (folding,
// prefixes and endings, every filter, ranking), and the service types that fit a contact's
// categories.
#include <catch2/catch.hpp>

#include "core/directory/directorysearch.h"
#include "core/domain/regions.h"
#include "core/domain/taxonomy.h"
#include "core/text/azfold.h"
#include "core/text/sortkey.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

using namespace helpline;

namespace Catch {
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(" | ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace {

const QDate kToday(2026, 3, 1);

DirectoryEntry entry(const QString &name, const QStringList &types, const QStringList &regions = {})
{
    static int next = 0;
    DirectoryEntry e;
    e.meta.id = QStringLiteral("01890a5d-ac96-774b-bcce-%1").arg(++next, 12, 10, QLatin1Char('0'));
    e.name = name;
    e.serviceTypes = types;
    e.nationwide = regions.isEmpty();
    e.regionCodes = regions;
    e.ageMin = -1;
    e.ageMax = -1;
    e.languages = {QStringLiteral("az")};
    e.verifiedOn = kToday;
    return e;
}

// The Azerbaijani names of the matches, in the order search() gives them.
QStringList names(const DirectoryIndex &index, const DirectoryQuery &query,
                  const QString &language = {})
{
    QStringList result;
    for (const int position : index.search(query, language))
        result << index.entries().at(position).name;
    return result;
}

QStringList names(const DirectoryIndex &index, const QString &text)
{
    DirectoryQuery query;
    query.text = text;
    return names(index, query);
}

DirectoryIndex indexOf(const QList<DirectoryEntry> &entries)
{
    for (const DirectoryEntry &e : entries) {
        const Problems problems = e.validate(kToday);
        INFO(e.name.toStdString() << ": "
                                  << (problems.isEmpty() ? std::string()
                                                         : problems.first().message.toStdString()));
        REQUIRE(problems.isEmpty());
    }
    return DirectoryIndex(entries, Regions::builtIn());
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_CASE("directory search folds Azerbaijani letters, case and endings", "[directory][search]")
{
    DirectoryEntry sheki = entry(QStringLiteral("Psixoloji yardım mərkəzi, Şəki"),
                                 {QStringLiteral("psychology")}, {QStringLiteral("AZ-SAK")});
    DirectoryEntry legal = entry(QStringLiteral("Hüquqi Yardım Bürosu"), {QStringLiteral("legal")},
                                 {QStringLiteral("AZ-BA.nasimi")});
    legal.nameRu = QStringLiteral("Юридическое бюро «Право ребёнка»");
    legal.nameEn = QStringLiteral("Legal Aid Office");
    DirectoryEntry inam = entry(QStringLiteral("İnam gənclər evi"), {QStringLiteral("other")});
    DirectoryEntry isiq = entry(QStringLiteral("Işıq uşaq sığınacağı"), {QStringLiteral("shelter")},
                                {QStringLiteral("AZ-GA")});
    isiq.address = QStringLiteral("Gəncə, Nizami küçəsi 12");
    isiq.eligibility = QStringLiteral("Yalnız qızlar üçün");
    isiq.eligibilityRu = QStringLiteral("Только для девочек");
    isiq.notesEn = QStringLiteral("Wheelchair access at the back door");
    isiq.notes = QStringLiteral("Növbə iki həftəyə qədər çəkə bilər");
    const DirectoryIndex index = indexOf({sheki, legal, inam, isiq});
    const QStringList justSheki{sheki.name};

    CHECK(names(index, QStringLiteral("psixoloq seki")) == justSheki);
    CHECK(names(index, QStringLiteral("ŞƏKİ")) == justSheki);
    CHECK(names(index, QStringLiteral("şəki")) == justSheki);
    CHECK(names(index, QStringLiteral("seki")) == justSheki);
    CHECK(names(index, QStringLiteral("Seki, psixoloji!")) == justSheki);
    // Every word must match.
    CHECK(names(index, QStringLiteral("psixoloq gence")).isEmpty());
    // The start of a word, not its middle.
    CHECK(names(index, QStringLiteral("psi")) == justSheki);
    CHECK(names(index, QStringLiteral("xoloji")).isEmpty());
    // From five letters the last letter may differ; below five it may not.
    CHECK(sorted(names(index, QStringLiteral("yardix"))) == sorted({sheki.name, legal.name}));
    CHECK(names(index, QStringLiteral("sekx")).isEmpty());
    CHECK(names(index, QStringLiteral("psixoloqq")).isEmpty());

    // The Turkic i: İ, I, ı and i are one letter.
    const QStringList justInam{inam.name};
    CHECK(names(index, QStringLiteral("inam")) == justInam);
    CHECK(names(index, QStringLiteral("INAM")) == justInam);
    CHECK(names(index, QStringLiteral("ınam")) == justInam);
    CHECK(names(index, QStringLiteral("İNAM")) == justInam);
    CHECK(names(index, QStringLiteral("isiq")) == QStringList{isiq.name});
    CHECK(names(index, QStringLiteral("IŞIQ")) == QStringList{isiq.name});

    // Russian and English names, ё as е.
    const QStringList justLegal{legal.name};
    CHECK(names(index, QStringLiteral("ЮРИДИЧЕСКОЕ")) == justLegal);
    CHECK(names(index, QStringLiteral("бюро ребенка")) == justLegal);
    CHECK(names(index, QStringLiteral("legal office")) == justLegal);

    // Service type labels in the three languages.
    CHECK(names(index, QStringLiteral("Приют")) == QStringList{isiq.name});
    CHECK(names(index, QStringLiteral("shelter")) == QStringList{isiq.name});
    CHECK(names(index, QStringLiteral("hüquqi yardım")) == justLegal);
    // The regions served: names in every language, other spellings, Baku for a Baku rayon.
    CHECK(names(index, QStringLiteral("Шеки")) == justSheki);
    CHECK(names(index, QStringLiteral("Sheki")) == justSheki);
    CHECK(names(index, QStringLiteral("Nəsimi")) == justLegal);
    CHECK(names(index, QStringLiteral("baki")) == justLegal);
    CHECK(names(index, QStringLiteral("nationwide")) == justInam);
    CHECK(names(index, QStringLiteral("по всей стране")) == justInam);
    // Address, eligibility and notes.
    CHECK(names(index, QStringLiteral("nizami kucesi")) == QStringList{isiq.name});
    CHECK(names(index, QStringLiteral("qizlar")) == QStringList{isiq.name});
    CHECK(names(index, QStringLiteral("hefteye")) == QStringList{isiq.name});
    // ... in Russian and English too.
    CHECK(names(index, QStringLiteral("девочек")) == QStringList{isiq.name});
    CHECK(names(index, QStringLiteral("wheelchair")) == QStringList{isiq.name});

    CHECK(names(index, QStringLiteral("qwerty")).isEmpty());
}

TEST_CASE("directory search filters by service type, age, gender, language, cost",
          "[directory][search]")
{
    DirectoryEntry young = entry(QStringLiteral("A kiçik uşaqlar"), {QStringLiteral("health")});
    young.ageMin = 0;
    young.ageMax = 6;
    young.languages = {QStringLiteral("az"), QStringLiteral("ru")};
    DirectoryEntry teens = entry(QStringLiteral("B yeniyetmələr"),
                                 {QStringLiteral("psychology"), QStringLiteral("hotline")});
    teens.ageMin = 12;
    teens.ageMax = 17;
    teens.genders = {QStringLiteral("female")};
    teens.free = true;
    DirectoryEntry adults = entry(QStringLiteral("C böyüklər"), {QStringLiteral("legal")});
    adults.ageMin = 16;
    adults.genders = {QStringLiteral("male")};
    adults.languages = {QStringLiteral("en")};
    DirectoryEntry anyone = entry(QStringLiteral("D hamı"), {QStringLiteral("psychology")});
    anyone.free = true;
    anyone.languages = {QStringLiteral("az"), QStringLiteral("en")};
    const DirectoryIndex index = indexOf({young, teens, adults, anyone});

    DirectoryQuery q;
    q.serviceTypes = {QStringLiteral("psychology")};
    CHECK(names(index, q) == QStringList{teens.name, anyone.name});
    q.serviceTypes = {QStringLiteral("legal"), QStringLiteral("hotline")};
    CHECK(names(index, q) == QStringList{teens.name, adults.name});
    q.serviceTypes = {QStringLiteral("shelter")};
    CHECK(names(index, q).isEmpty());

    q = {};
    q.age = 5;
    CHECK(names(index, q) == QStringList{young.name, anyone.name});
    q.age = 6;
    CHECK(names(index, q) == QStringList{young.name, anyone.name});
    q.age = 7;
    CHECK(names(index, q) == QStringList{anyone.name});
    q.age = 11;
    CHECK(names(index, q) == QStringList{anyone.name});
    q.age = 12;
    CHECK(names(index, q) == QStringList{teens.name, anyone.name});
    q.age = 15;
    CHECK(names(index, q) == QStringList{teens.name, anyone.name});
    q.age = 17;
    CHECK(names(index, q) == QStringList{teens.name, adults.name, anyone.name});
    q.age = 25;
    CHECK(names(index, q) == QStringList{adults.name, anyone.name});

    q = {};
    q.gender = QStringLiteral("female");
    CHECK(names(index, q) == QStringList{young.name, teens.name, anyone.name});
    q.gender = QStringLiteral("male");
    CHECK(names(index, q) == QStringList{young.name, adults.name, anyone.name});

    q = {};
    q.language = QStringLiteral("en");
    CHECK(names(index, q) == QStringList{adults.name, anyone.name});
    q.language = QStringLiteral("ru");
    CHECK(names(index, q) == QStringList{young.name});

    q = {};
    q.freeOnly = true;
    CHECK(names(index, q) == QStringList{teens.name, anyone.name});

    // Filters together, and with text.
    q = {};
    q.freeOnly = true;
    q.age = 14;
    q.gender = QStringLiteral("male");
    CHECK(names(index, q) == QStringList{anyone.name});
    q.text = QStringLiteral("hami");
    CHECK(names(index, q) == QStringList{anyone.name});
    q.text = QStringLiteral("yeniyetme");
    CHECK(names(index, q).isEmpty());
}

TEST_CASE("directory search by region: a rayon in its economic region, nationwide entries",
          "[directory][search]")
{
    const DirectoryEntry qax =
        entry(QStringLiteral("Qax rayon mərkəzi"), {QStringLiteral("social_services")},
              {QStringLiteral("AZ-QAX")});
    const DirectoryEntry shekiZaqatala =
        entry(QStringLiteral("Şəki-Zaqatala regional mərkəzi"), {QStringLiteral("legal")},
              {QStringLiteral("er.shaki_zagatala")});
    const DirectoryEntry nationwide =
        entry(QStringLiteral("Uşaq qaynar xətti"), {QStringLiteral("hotline")});
    const DirectoryEntry ganja = entry(QStringLiteral("Gəncə mərkəzi"), {QStringLiteral("health")},
                                       {QStringLiteral("AZ-GA")});
    const DirectoryEntry baku = entry(QStringLiteral("Bakı şəhər xidməti"),
                                      {QStringLiteral("police")}, {QStringLiteral("AZ-BA")});
    const DirectoryEntry nasimi =
        entry(QStringLiteral("Nəsimi rayon xidməti"), {QStringLiteral("education")},
              {QStringLiteral("AZ-BA.nasimi"), QStringLiteral("AZ-GA")});
    const QList<DirectoryEntry> entries{qax, shekiZaqatala, nationwide, ganja, baku, nasimi};
    const DirectoryIndex index = indexOf(entries);
    const auto inRegion = [&](const QString &code) {
        DirectoryQuery q;
        q.regionCode = code;
        return sorted(names(index, q));
    };

    CHECK(inRegion(QStringLiteral("AZ-QAX")) ==
          sorted({qax.name, shekiZaqatala.name, nationwide.name}));
    CHECK(inRegion(QStringLiteral("er.shaki_zagatala")) ==
          sorted({qax.name, shekiZaqatala.name, nationwide.name}));
    CHECK(inRegion(QStringLiteral("AZ-SAK")) == sorted({shekiZaqatala.name, nationwide.name}));
    CHECK(inRegion(QStringLiteral("AZ-BA.nasimi")) ==
          sorted({nationwide.name, baku.name, nasimi.name}));
    CHECK(inRegion(QStringLiteral("AZ-BA.yasamal")) == sorted({nationwide.name, baku.name}));
    CHECK(inRegion(QStringLiteral("AZ-BA")) == sorted({nationwide.name, baku.name, nasimi.name}));
    CHECK(inRegion(QStringLiteral("AZ-GA")) == sorted({nationwide.name, ganja.name, nasimi.name}));
    CHECK(inRegion(QStringLiteral("unknown")) == QStringList{nationwide.name});

    // The same answer as DirectoryEntry::servesRegion for every place a counsellor can choose,
    // including old ISO codes.
    const Regions &regions = Regions::builtIn();
    QStringList codes;
    for (const EconomicRegion &economic : regions.economicRegions()) {
        codes << economic.code;
        for (const RegionUnit &unit : economic.units) {
            codes << unit.code << unit.otherCodes;
            for (const RegionUnit &district : unit.districts)
                codes << district.code;
        }
    }
    REQUIRE(codes.size() > 90);
    for (const QString &code : std::as_const(codes)) {
        QStringList expected;
        for (const DirectoryEntry &e : entries)
            if (e.servesRegion(code, regions))
                expected << e.name;
        INFO(code.toStdString());
        CHECK(inRegion(code) == sorted(expected));
    }
}

TEST_CASE("directory search: open now in Baku time", "[directory][search]")
{
    DirectoryEntry office = entry(QStringLiteral("A ofis"), {QStringLiteral("legal")});
    office.openingHours = QStringLiteral("mon-fri 09:00-18:00");
    DirectoryEntry always = entry(QStringLiteral("B qaynar xətt"), {QStringLiteral("hotline")});
    always.openingHours = QStringLiteral("24/7");
    DirectoryEntry unknown = entry(QStringLiteral("C saatlar bilinmir"), {QStringLiteral("other")});
    DirectoryEntry night = entry(QStringLiteral("D gecə"), {QStringLiteral("shelter")});
    night.openingHours = QStringLiteral("fri,sun 22:00-02:00; sat 10:00-14:00");
    const QList<DirectoryEntry> entries{office, always, unknown, night};
    const DirectoryIndex index = indexOf(entries);
    const auto openAt = [&](const QDateTime &now) {
        DirectoryQuery q;
        q.openNow = true;
        q.now = now;
        return names(index, q);
    };

    // Monday 2 March 2026: 04:59 UTC is 08:59 in Baku, 05:00 UTC is 09:00.
    CHECK(openAt(QDateTime(QDate(2026, 3, 2), QTime(4, 59), Qt::UTC)) == QStringList{always.name});
    CHECK(openAt(QDateTime(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC)) ==
          QStringList{office.name, always.name});
    CHECK(openAt(QDateTime(QDate(2026, 3, 2), QTime(14, 0), Qt::UTC)) == QStringList{always.name});
    // Friday 21:30 UTC is Saturday 01:30 in Baku: Friday night's hours run past midnight.
    CHECK(openAt(QDateTime(QDate(2026, 3, 6), QTime(21, 30), Qt::UTC)) ==
          QStringList{always.name, night.name});
    // Sunday night runs into Monday.
    CHECK(openAt(QDateTime(QDate(2026, 3, 8), QTime(21, 0), Qt::UTC)) ==
          QStringList{always.name, night.name});
    // Another zone is converted too: 12:00 in Berlin (UTC+1) is 15:00 in Baku.
    CHECK(openAt(QDateTime(QDate(2026, 3, 7), QTime(12, 0), QTimeZone("Europe/Berlin"))) ==
          QStringList{always.name});
    CHECK(openAt(QDateTime(QDate(2026, 3, 7), QTime(9, 0), QTimeZone("Europe/Berlin"))) ==
          QStringList{always.name, night.name});

    // The same answer as DirectoryEntry::isOpenAt through a whole week.
    const QDateTime monday(QDate(2026, 3, 1), QTime(20, 0), Qt::UTC); // Monday 00:00 in Baku
    for (int minute = 0; minute < 7 * 24 * 60 + 60; minute += 13) {
        const QDateTime now = monday.addSecs(minute * 60);
        QStringList expected;
        for (const DirectoryEntry &e : entries)
            if (e.isOpenAt(now))
                expected << e.name;
        INFO(now.toString(Qt::ISODate).toStdString());
        CHECK(openAt(now) == expected);
    }
}

TEST_CASE("directory search ranks name matches first, then Azerbaijani alphabetical order",
          "[directory][search]")
{
    DirectoryEntry zafar =
        entry(QStringLiteral("Zəfər psixoloji mərkəz"), {QStringLiteral("other")});
    DirectoryEntry family = entry(QStringLiteral("Ailə mərkəzi"), {QStringLiteral("other")});
    family.notes = QStringLiteral("Psixoloji məsləhət də verir");
    DirectoryEntry cinar = entry(QStringLiteral("Çinar psixoloji"), {QStringLiteral("other")});
    cinar.nameRu = QStringLiteral("Чинар");
    DirectoryEntry camiyyat =
        entry(QStringLiteral("Cəmiyyət psixoloji"), {QStringLiteral("other")});
    camiyyat.nameRu = QStringLiteral("Общество");
    DirectoryEntry support =
        entry(QStringLiteral("Dəstək xidməti"), {QStringLiteral("psychology")});
    DirectoryEntry isiq = entry(QStringLiteral("Işıq"), {QStringLiteral("other")});
    DirectoryEntry ilham = entry(QStringLiteral("İlham"), {QStringLiteral("other")});
    const DirectoryIndex index = indexOf({zafar, family, cinar, camiyyat, support, isiq, ilham});

    DirectoryQuery q;
    q.text = QStringLiteral("psixoloji");
    // c < ç < z among the names, then the entries that match elsewhere (notes, service type).
    CHECK(names(index, q) ==
          QStringList{camiyyat.name, cinar.name, zafar.name, family.name, support.name});
    // Only names that match every word count as name matches.
    q.text = QStringLiteral("psixoloji cinar");
    CHECK(names(index, q) == QStringList{cinar.name});
    q.text = QStringLiteral("psixoloji mesleh");
    CHECK(names(index, q) == QStringList{family.name});

    // The order of the names in the language asked for (falling back to Azerbaijani).
    q.text = QStringLiteral("psixoloji");
    CHECK(names(index, q, QStringLiteral("ru")) ==
          QStringList{zafar.name, camiyyat.name, cinar.name, family.name, support.name});

    // With a region, the services of that place come before the nationwide ones.
    {
        const DirectoryEntry everywhere =
            entry(QStringLiteral("Ağ xətt"), {QStringLiteral("hotline")});
        const DirectoryEntry local = entry(QStringLiteral("Yaxın mərkəz"),
                                           {QStringLiteral("hotline")}, {QStringLiteral("AZ-SAK")});
        const DirectoryIndex places = indexOf({everywhere, local});
        DirectoryQuery near;
        CHECK(names(places, near) == QStringList{everywhere.name, local.name});
        near.regionCode = QStringLiteral("AZ-SAK");
        CHECK(names(places, near) == QStringList{local.name, everywhere.name});
    }

    // An empty query lists everything, alphabetically; ı comes before i.
    const DirectoryQuery empty;
    CHECK(empty.isEmpty());
    CHECK(names(index, empty) == QStringList{family.name, camiyyat.name, cinar.name, support.name,
                                             isiq.name, ilham.name, zafar.name});
    DirectoryQuery punctuation;
    punctuation.text = QStringLiteral(" , ! ");
    CHECK(punctuation.isEmpty());
    CHECK(index.search(punctuation).size() == index.size());
    DirectoryQuery filtered;
    filtered.freeOnly = true;
    CHECK_FALSE(filtered.isEmpty());
    filtered = {};
    filtered.text = QStringLiteral("a");
    CHECK_FALSE(filtered.isEmpty());

    CHECK(DirectoryIndex().search(empty).isEmpty());
    CHECK(DirectoryIndex().search(q).isEmpty());
}

TEST_CASE("directory search gives what a plain scan of the entries gives", "[directory][search]")
{
    // Made-up words that start with a digit, so that no service type or region name can match
    // them and the scan below needs only the entries' own text.
    QRandomGenerator random(20261201);
    const QString letters = QStringLiteral("aəıişçğöükqAƏIİŞÇĞÖÜKQяё");
    QStringList vocabulary;
    for (int i = 0; i < 150; ++i) {
        QString word = QString::number(random.bounded(10));
        for (int n = 1 + int(random.bounded(7)); n > 0; --n)
            word += letters.at(random.bounded(int(letters.size())));
        vocabulary << word;
    }
    const auto phrase = [&](int maxWords) {
        QStringList words;
        for (int n = 1 + int(random.bounded(maxWords)); n > 0; --n)
            words << vocabulary.at(random.bounded(int(vocabulary.size())));
        return words.join(u' ');
    };
    QList<DirectoryEntry> entries;
    for (int i = 0; i < 300; ++i) {
        DirectoryEntry e = entry(phrase(3), {QStringLiteral("other")});
        if (random.bounded(2))
            e.nameRu = phrase(2);
        e.address = phrase(4);
        e.notes = random.bounded(2) ? phrase(8) : QString();
        entries << e;
    }
    const DirectoryIndex index = indexOf(entries);

    const auto matches = [](const QStringList &words, const QString &term) {
        const QString prefix = term.size() >= 5 ? term.chopped(1) : term;
        return std::any_of(words.begin(), words.end(),
                           [&](const QString &word) { return word.startsWith(prefix); });
    };
    for (int i = 0; i < 400; ++i) {
        // Whole words, or a word cut short as while typing.
        QString text = phrase(2);
        if (random.bounded(2))
            text.chop(random.bounded(int(text.size())));
        const QStringList terms = text::searchTerms(text);
        QList<int> expectedByName;
        QList<int> expectedOthers;
        for (int e = 0; e < entries.size(); ++e) {
            const DirectoryEntry &d = entries.at(e);
            const QStringList nameWords = text::searchTerms(d.name + u' ' + d.nameRu);
            const QStringList allWords = nameWords + text::searchTerms(d.address + u' ' + d.notes);
            const bool all = std::all_of(terms.begin(), terms.end(),
                                         [&](const QString &t) { return matches(allWords, t); });
            if (!all)
                continue;
            const bool byName = std::all_of(terms.begin(), terms.end(), [&](const QString &t) {
                return matches(nameWords, t);
            });
            (byName ? expectedByName : expectedOthers) << e;
        }
        DirectoryQuery query;
        query.text = text;
        const QList<int> found = index.search(query);
        INFO(text.toStdString());
        REQUIRE(found.size() == expectedByName.size() + expectedOthers.size());
        const QList<int> byName = found.mid(0, expectedByName.size());
        const QList<int> others = found.mid(expectedByName.size());
        CHECK(QSet<int>(byName.begin(), byName.end()) ==
              QSet<int>(expectedByName.begin(), expectedByName.end()));
        CHECK(QSet<int>(others.begin(), others.end()) ==
              QSet<int>(expectedOthers.begin(), expectedOthers.end()));
        for (const QList<int> &group : {byName, others})
            for (qsizetype k = 1; k < group.size(); ++k)
                CHECK(text::sortKey(entries.at(group.at(k - 1)).name) <=
                      text::sortKey(entries.at(group.at(k)).name));
    }
}

TEST_CASE("service types for a contact's categories", "[directory][search]")
{
    CHECK(serviceTypesForCategories({QStringLiteral("violence.bullying")}) ==
          QStringList{QStringLiteral("legal"), QStringLiteral("shelter"),
                      QStringLiteral("psychology"), QStringLiteral("police"),
                      QStringLiteral("social_services")});
    CHECK(serviceTypesForCategories({QStringLiteral("mental_health.suicidal")}) ==
          QStringList{QStringLiteral("psychology"), QStringLiteral("health"),
                      QStringLiteral("hotline")});
    CHECK(serviceTypesForCategories({QStringLiteral("physical_health")}) ==
          QStringList{QStringLiteral("health")});
    CHECK(serviceTypesForCategories({QStringLiteral("education.academic")}) ==
          QStringList{QStringLiteral("education")});
    CHECK(serviceTypesForCategories({QStringLiteral("accessibility.legal")}) ==
          QStringList{QStringLiteral("legal")});
    // Several categories: every type once, in the directory's order.
    CHECK(serviceTypesForCategories({QStringLiteral("family.caregiver"),
                                     QStringLiteral("education.teacher_school"),
                                     QStringLiteral("peer.friends")}) ==
          QStringList{QStringLiteral("psychology"), QStringLiteral("social_services"),
                      QStringLiteral("education")});
    CHECK(serviceTypesForCategories({QStringLiteral("non_counselling.thanks")}).isEmpty());
    CHECK(serviceTypesForCategories({QStringLiteral("astrology")}).isEmpty());
    CHECK(serviceTypesForCategories({}).isEmpty());

    // Every category a counsellor can choose, but the non-counselling ones, leads somewhere
    // (a misspelt code in the table would not), and only to real service types.
    const Taxonomy &taxonomy = Taxonomy::builtIn();
    REQUIRE_FALSE(taxonomy.isEmpty());
    for (const TaxonomyCategory &category : taxonomy.categories()) {
        QStringList codes{category.code};
        for (const TaxonomySubcategory &sub : category.subcategories)
            codes << sub.code;
        for (const QString &code : std::as_const(codes)) {
            INFO(code.toStdString());
            const QStringList types = serviceTypesForCategories({code});
            CHECK(types.isEmpty() == (category.code == u"non_counselling"));
            for (const QString &type : types)
                CHECK(isDirectoryServiceType(type));
        }
    }
}
