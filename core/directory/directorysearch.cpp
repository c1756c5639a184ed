#include "core/directory/directorysearch.h"

#include "core/directory/openinghours.h"
#include "core/domain/regions.h"
#include "core/text/azfold.h"
#include "core/text/sortkey.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

namespace helpline {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kMinutesPerWeek = 7 * kMinutesPerDay;
// From this length a query word also matches with its last letter changed: Azerbaijani words
// take endings (psixoloq / psixoloji, Şəki / Şəkidə), and a shorter stem would match too much.
constexpr qsizetype kStemFrom = 5;

// Search vocabulary for nationwide entries, so that "nationwide" or "respublika" finds them.
// Data in the three languages the directory is written in (like the service types' az and ru
// labels), not text the user interface shows.
const QStringList &nationwideWords()
{
    static const QStringList words{
        QStringLiteral("Nationwide"), QStringLiteral("Whole country"),
        QStringLiteral("Ölkə üzrə"),  QStringLiteral("Respublika üzrə"),
        QStringLiteral("Bütün ölkə"), QStringLiteral("По всей стране"),
        QStringLiteral("Вся страна"),
    };
    return words;
}

quint32 bitOf(const QStringList &codes, const QString &code)
{
    const qsizetype at = codes.indexOf(code);
    return at < 0 ? 0u : (1u << at);
}

// The opening hours as minute-of-week ranges, the way OpeningHours::isOpenAt reads them: a range
// whose end is not after its start runs past midnight into the next day (Sunday into Monday).
QList<QPair<int, int>> weeklyMinutes(const QString &openingHours)
{
    QList<QPair<int, int>> result;
    if (openingHours.isEmpty())
        return result;
    const auto hours = OpeningHours::parse(openingHours);
    if (!hours)
        return result;
    if (hours->isAlwaysOpen()) {
        result.append({0, kMinutesPerWeek});
        return result;
    }
    for (const OpeningHours::Rule &rule : hours->rules()) {
        for (const int day : rule.days()) {
            const int dayStart = (day - 1) * kMinutesPerDay;
            for (const OpeningHours::Range &range : rule.ranges) {
                if (range.end > range.start) {
                    result.append({dayStart + range.start, dayStart + range.end});
                } else {
                    result.append({dayStart + range.start, dayStart + kMinutesPerDay});
                    const int nextDayStart = (day % 7) * kMinutesPerDay;
                    result.append({nextDayStart, nextDayStart + range.end});
                }
            }
        }
    }
    return result;
}

// Splits on whitespace first and folds each distinct chunk once: directory text repeats the
// same words (rayon, mərkəzi, uşaq ...) thousands of times, and folding is the costly part of
// building the index. Whitespace separates words in searchTerms() too, so the words are the same.
class WordCache {
public:
    void collect(const QString &text, QStringList *out)
    {
        const QStringView view(text);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= view.size(); ++i) {
            const bool space = i == view.size() || view.at(i).isSpace();
            if (!space && start < 0)
                start = i;
            if (space && start >= 0) {
                append(view.mid(start, i - start), out);
                start = -1;
            }
        }
    }

private:
    void append(QStringView chunk, QStringList *out)
    {
        const QString key = chunk.toString();
        auto it = m_terms.constFind(key);
        if (it == m_terms.constEnd())
            it = m_terms.insert(key, text::searchTerms(key));
        out->append(*it);
    }

    QHash<QString, QStringList> m_terms;
};

// The words a served region adds to an entry: the unit's names and other spellings, and for a
// Baku rayon Baku's names (a counsellor types "Bakı"); for an economic region its names.
QStringList regionText(const QString &code, const Regions &regions)
{
    QStringList text;
    if (const auto unit = regions.unit(code)) {
        text << unit->names.values() << unit->aliases;
        if (!unit->parent.isEmpty())
            if (const auto parent = regions.unit(unit->parent))
                text << parent->names.values();
    } else if (const auto economic = regions.economicRegion(code)) {
        text << economic->names.values();
    }
    return text;
}

// Appends the words of `terms` that `entry` has not had yet.
struct EntryWords {
    QHash<QString, quint32> *ids;
    QVector<quint32> *lastEntry; // per word id: the last entry that had it, + 1
    QVector<QPair<quint32, bool>> words;

    void add(const QStringList &terms, quint32 entry, bool name)
    {
        for (const QString &term : terms) {
            auto it = ids->constFind(term);
            if (it == ids->constEnd()) {
                it = ids->insert(term, quint32(ids->size()));
                lastEntry->append(0);
            }
            quint32 &last = (*lastEntry)[*it];
            if (last == entry + 1)
                continue; // names come first, so a word of a name keeps its name mark
            last = entry + 1;
            words.append({*it, name});
        }
    }
};

} // namespace

bool DirectoryQuery::isEmpty() const
{
    return text::searchTerms(text).isEmpty() && serviceTypes.isEmpty() && regionCode.isEmpty() &&
           !age && gender.isEmpty() && language.isEmpty() && !freeOnly && !openNow;
}

DirectoryIndex::DirectoryIndex(QList<DirectoryEntry> entries, const Regions &regions)
    : m_entries(std::move(entries))
{
    const QStringList types = directoryServiceTypeCodes();
    const QStringList genders = directoryGenderCodes();
    m_facts.reserve(m_entries.size());
    for (const DirectoryEntry &entry : std::as_const(m_entries)) {
        Facts facts;
        for (const QString &type : entry.serviceTypes)
            facts.serviceTypes |= bitOf(types, type);
        for (const QString &gender : entry.genders)
            facts.genders |= quint8(bitOf(genders, gender));
        facts.free = entry.free;
        facts.ageMin = entry.ageMin;
        facts.ageMax = entry.ageMax;
        facts.languages = entry.languages;
        facts.openMinutes = weeklyMinutes(entry.openingHours);
        m_facts.append(facts);
    }
    indexWords(regions);
    indexRegions(regions);

    const auto order = [this](const QString &language) {
        QVector<QString> keys;
        keys.reserve(m_entries.size());
        for (const DirectoryEntry &entry : std::as_const(m_entries))
            keys.append(text::sortKey(entry.displayName(language)));
        QVector<quint32> positions(m_entries.size());
        std::iota(positions.begin(), positions.end(), 0u);
        std::stable_sort(positions.begin(), positions.end(),
                         [&keys](quint32 a, quint32 b) { return keys.at(a) < keys.at(b); });
        return positions;
    };
    m_orderAz = order(QStringLiteral("az"));
    m_orderRu = order(QStringLiteral("ru"));
    m_orderEn = order(QStringLiteral("en"));
}

void DirectoryIndex::indexWords(const Regions &regions)
{
    WordCache cache;
    // The words of the service types, regions and "nationwide" are the same for thousands of
    // entries: folded once each.
    QHash<QString, QStringList> typeWords;
    for (const DirectoryServiceType &type : directoryServiceTypes()) {
        QStringList words;
        for (const QString &label : {type.az, type.ru, QString::fromLatin1(type.source),
                                     directoryServiceTypeName(type.code)})
            cache.collect(label, &words);
        typeWords.insert(type.code, words);
    }
    QHash<QString, QStringList> regionWords;
    QStringList nationwide;
    for (const QString &text : nationwideWords())
        cache.collect(text, &nationwide);

    QHash<QString, quint32> ids;
    QVector<quint32> lastEntry;
    // Per entry, its words (ids) with whether they come from a name.
    QVector<QVector<QPair<quint32, bool>>> perEntry;
    perEntry.reserve(m_entries.size());
    QStringList terms;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const DirectoryEntry &entry = m_entries.at(i);
        const auto position = quint32(i);
        EntryWords words{&ids, &lastEntry, {}};
        terms.clear();
        cache.collect(entry.name, &terms);
        cache.collect(entry.nameRu, &terms);
        cache.collect(entry.nameEn, &terms);
        words.add(terms, position, true);
        for (const QString &type : entry.serviceTypes)
            words.add(typeWords.value(type), position, false);
        if (entry.nationwide)
            words.add(nationwide, position, false);
        for (const QString &code : entry.regionCodes) {
            auto it = regionWords.constFind(code);
            if (it == regionWords.constEnd()) {
                QStringList folded;
                for (const QString &text : regionText(code, regions))
                    cache.collect(text, &folded);
                it = regionWords.insert(code, folded);
            }
            words.add(*it, position, false);
        }
        terms.clear();
        cache.collect(entry.address, &terms);
        for (const QString *text : {&entry.eligibility, &entry.eligibilityRu, &entry.eligibilityEn,
                                    &entry.notes, &entry.notesRu, &entry.notesEn})
            cache.collect(*text, &terms);
        words.add(terms, position, false);
        perEntry.append(std::move(words.words));
    }

    // Sorted words, and each word id's place among them.
    QStringList byId(ids.size());
    for (auto it = ids.constBegin(); it != ids.constEnd(); ++it)
        byId[it.value()] = it.key();
    QVector<quint32> sorted(ids.size());
    std::iota(sorted.begin(), sorted.end(), 0u);
    std::sort(sorted.begin(), sorted.end(),
              [&byId](quint32 a, quint32 b) { return byId.at(a) < byId.at(b); });
    QVector<quint32> rank(ids.size());
    m_words.reserve(ids.size());
    for (qsizetype r = 0; r < sorted.size(); ++r) {
        rank[sorted.at(r)] = quint32(r);
        m_words.append(byId.at(sorted.at(r)));
    }

    // Postings laid out word after word (a counting sort), each word's entries in entry order.
    m_wordStart.fill(0, ids.size() + 1);
    m_nameWordStart.fill(0, ids.size() + 1);
    for (const auto &words : std::as_const(perEntry)) {
        for (const auto &[id, name] : words) {
            ++m_wordStart[rank.at(id) + 1];
            if (name)
                ++m_nameWordStart[rank.at(id) + 1];
        }
    }
    std::partial_sum(m_wordStart.begin(), m_wordStart.end(), m_wordStart.begin());
    std::partial_sum(m_nameWordStart.begin(), m_nameWordStart.end(), m_nameWordStart.begin());
    m_postings.resize(m_wordStart.last());
    m_namePostings.resize(m_nameWordStart.last());
    QVector<quint32> fill(m_wordStart.begin(), m_wordStart.end() - 1);
    QVector<quint32> nameFill(m_nameWordStart.begin(), m_nameWordStart.end() - 1);
    for (qsizetype i = 0; i < perEntry.size(); ++i) {
        for (const auto &[id, name] : std::as_const(perEntry.at(i))) {
            m_postings[fill[rank.at(id)]++] = quint32(i);
            if (name)
                m_namePostings[nameFill[rank.at(id)]++] = quint32(i);
        }
    }
}

void DirectoryIndex::indexRegions(const Regions &regions)
{
    // What DirectoryEntry::servesRegion compares: a place, its city and its economic region.
    const auto placeAndAncestors = [&regions](const QString &code) {
        QStringList result{code};
        if (const auto unit = regions.unit(code)) {
            result << unit->code;
            if (!unit->parent.isEmpty())
                result << unit->parent;
            result << regions.economicRegionOf(unit->code);
        }
        result.removeAll(QString());
        result.removeDuplicates();
        return result;
    };
    for (const EconomicRegion &economic : regions.economicRegions()) {
        m_placeAndAncestors.insert(economic.code, {economic.code});
        for (const RegionUnit &unit : economic.units) {
            for (const QString &code : QStringList{unit.code} + unit.otherCodes)
                m_placeAndAncestors.insert(code, placeAndAncestors(code));
            for (const RegionUnit &district : unit.districts)
                m_placeAndAncestors.insert(district.code, placeAndAncestors(district.code));
        }
    }
    for (const RegionUnit &unit : regions.specialUnits())
        m_placeAndAncestors.insert(unit.code, {unit.code});

    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const DirectoryEntry &entry = m_entries.at(i);
        const auto position = quint32(i);
        if (entry.nationwide) {
            m_nationwide.append(position);
            continue;
        }
        const auto addOnce = [position](QVector<quint32> &list) {
            if (list.isEmpty() || list.last() != position)
                list.append(position);
        };
        for (const QString &code : entry.regionCodes) {
            addOnce(m_byListedRegion[code]);
            const auto known = m_placeAndAncestors.constFind(code);
            const QStringList within =
                known != m_placeAndAncestors.constEnd() ? *known : placeAndAncestors(code);
            for (const QString &place : within)
                addOnce(m_byRegionWithin[place]);
        }
    }
}

QPair<qsizetype, qsizetype> DirectoryIndex::wordRange(const QString &term) const
{
    const QString prefix = term.size() >= kStemFrom ? term.chopped(1) : term;
    const auto begin = std::lower_bound(m_words.begin(), m_words.end(), prefix);
    const auto end = std::partition_point(
        begin, m_words.end(), [&prefix](const QString &word) { return word.startsWith(prefix); });
    return {begin - m_words.begin(), end - m_words.begin()};
}

QVector<char> DirectoryIndex::regionMask(const QString &code) const
{
    QVector<char> mask(m_entries.size(), 0);
    const auto mark = [&mask](const QVector<quint32> &positions) {
        for (const quint32 position : positions)
            mask[position] = 1;
    };
    mark(m_nationwide);
    mark(m_byRegionWithin.value(code));
    const auto known = m_placeAndAncestors.constFind(code);
    const QStringList places = known != m_placeAndAncestors.constEnd() ? *known : QStringList{code};
    for (const QString &place : places)
        mark(m_byListedRegion.value(place));
    return mask;
}

const QVector<quint32> &DirectoryIndex::orderFor(const QString &language) const
{
    if (language.startsWith(u"ru"))
        return m_orderRu;
    if (language.startsWith(u"en"))
        return m_orderEn;
    return m_orderAz;
}

QList<int> DirectoryIndex::search(const DirectoryQuery &query, const QString &language) const
{
    const qsizetype count = m_entries.size();
    if (count == 0)
        return {};
    const QStringList terms = text::searchTerms(query.text);

    // hits[e] == k: entry e matched the first k terms (in any of its words; nameHits: in a
    // name). A term's words are one run of the postings, so each term is one pass over it.
    std::vector<quint32> hits;
    std::vector<quint32> nameHits;
    if (!terms.isEmpty()) {
        hits.assign(size_t(count), 0);
        nameHits.assign(size_t(count), 0);
        for (qsizetype k = 0; k < terms.size(); ++k) {
            const auto [begin, end] = wordRange(terms.at(k));
            const auto before = quint32(k);
            for (quint32 p = m_wordStart.at(begin); p < m_wordStart.at(end); ++p) {
                quint32 &hit = hits[m_postings.at(p)];
                if (hit == before)
                    hit = before + 1;
            }
            for (quint32 p = m_nameWordStart.at(begin); p < m_nameWordStart.at(end); ++p) {
                quint32 &hit = nameHits[m_namePostings.at(p)];
                if (hit == before)
                    hit = before + 1;
            }
        }
    }
    const auto all = quint32(terms.size());

    quint32 types = 0;
    for (const QString &type : query.serviceTypes)
        types |= bitOf(directoryServiceTypeCodes(), type);
    const quint8 gender = quint8(bitOf(directoryGenderCodes(), query.gender));
    const QVector<char> inRegion =
        query.regionCode.isEmpty() ? QVector<char>() : regionMask(query.regionCode);
    int minuteOfWeek = -1;
    if (query.openNow) {
        // An invalid `now` means the present moment.
        const QDateTime baku = OpeningHours::bakuTime(
            query.now.isValid() ? query.now : QDateTime::currentDateTimeUtc());
        minuteOfWeek = (baku.date().dayOfWeek() - 1) * kMinutesPerDay + baku.time().hour() * 60 +
                       baku.time().minute();
    }

    const auto passes = [&](quint32 e) {
        const Facts &facts = m_facts.at(e);
        if (!query.serviceTypes.isEmpty() && !(facts.serviceTypes & types))
            return false;
        if (!inRegion.isEmpty() && !inRegion.at(e))
            return false;
        if (query.age) {
            const int years = *query.age;
            if ((facts.ageMin >= 0 && years < facts.ageMin) ||
                (facts.ageMax >= 0 && years > facts.ageMax))
                return false;
        }
        if (!query.gender.isEmpty() && facts.genders != 0 && !(facts.genders & gender))
            return false;
        if (!query.language.isEmpty() && !facts.languages.contains(query.language))
            return false;
        if (query.freeOnly && !facts.free)
            return false;
        if (query.openNow) {
            const bool open = std::any_of(
                facts.openMinutes.begin(), facts.openMinutes.end(), [minuteOfWeek](const auto &r) {
                    return minuteOfWeek >= r.first && minuteOfWeek < r.second;
                });
            if (!open)
                return false;
        }
        return true;
    };

    // Name matches first; with a region asked for, the services of that place before the ones
    // that cover the whole country (closer to the child); each group in alphabetical order.
    QList<int> groups[4];
    const bool localFirst = !query.regionCode.isEmpty();
    for (const quint32 e : orderFor(language)) {
        if (all > 0 && hits[e] != all)
            continue;
        if (!passes(e))
            continue;
        const int byName = all > 0 && nameHits[e] != all ? 2 : 0;
        const int far = localFirst && m_entries.at(e).nationwide ? 1 : 0;
        groups[byName + far].append(int(e));
    }
    for (int g = 1; g < 4; ++g)
        groups[0].append(groups[g]);
    return groups[0];
}

// Which service types fit which reasons for contact. Keys are taxonomy codes
// (resources/taxonomy/taxonomy.json): a subcategory's own row wins over its category's.
//
//   category / subcategory            service types
//   violence                          legal, social_services, police, psychology, shelter
//   mental_health                     psychology, health, hotline
//   mental_health.addiction           rehabilitation, psychology, health
//   physical_health                   health
//   accessibility                     social_services
//   accessibility.education           education
//   accessibility.healthcare          health
//   accessibility.sexual_health       health
//   accessibility.legal               legal
//   accessibility.mental_health       psychology, health
//   discrimination                    legal, psychology
//   family                            psychology, social_services
//   peer                              psychology
//   education                         education
//   sexuality                         psychology, health
//   missing_children                  police, social_services, shelter
//   trafficking                       police, legal, shelter, social_services, rehabilitation
//   non_counselling                   (none: questions about the helpline itself)
QStringList serviceTypesForCategories(const QStringList &categoryCodes)
{
    static const QHash<QString, QStringList> table{
        {QStringLiteral("violence"),
         {QStringLiteral("legal"), QStringLiteral("social_services"), QStringLiteral("police"),
          QStringLiteral("psychology"), QStringLiteral("shelter")}},
        {QStringLiteral("mental_health"),
         {QStringLiteral("psychology"), QStringLiteral("health"), QStringLiteral("hotline")}},
        {QStringLiteral("mental_health.addiction"),
         {QStringLiteral("rehabilitation"), QStringLiteral("psychology"),
          QStringLiteral("health")}},
        {QStringLiteral("physical_health"), {QStringLiteral("health")}},
        {QStringLiteral("accessibility"), {QStringLiteral("social_services")}},
        {QStringLiteral("accessibility.education"), {QStringLiteral("education")}},
        {QStringLiteral("accessibility.healthcare"), {QStringLiteral("health")}},
        {QStringLiteral("accessibility.sexual_health"), {QStringLiteral("health")}},
        {QStringLiteral("accessibility.legal"), {QStringLiteral("legal")}},
        {QStringLiteral("accessibility.mental_health"),
         {QStringLiteral("psychology"), QStringLiteral("health")}},
        {QStringLiteral("discrimination"), {QStringLiteral("legal"), QStringLiteral("psychology")}},
        {QStringLiteral("family"),
         {QStringLiteral("psychology"), QStringLiteral("social_services")}},
        {QStringLiteral("peer"), {QStringLiteral("psychology")}},
        {QStringLiteral("education"), {QStringLiteral("education")}},
        {QStringLiteral("sexuality"), {QStringLiteral("psychology"), QStringLiteral("health")}},
        {QStringLiteral("missing_children"),
         {QStringLiteral("police"), QStringLiteral("social_services"), QStringLiteral("shelter")}},
        {QStringLiteral("trafficking"),
         {QStringLiteral("police"), QStringLiteral("legal"), QStringLiteral("shelter"),
          QStringLiteral("social_services"), QStringLiteral("rehabilitation")}},
    };
    QSet<QString> wanted;
    for (const QString &code : categoryCodes) {
        auto it = table.constFind(code);
        if (it == table.constEnd())
            it = table.constFind(code.section(u'.', 0, 0));
        if (it != table.constEnd())
            for (const QString &type : *it)
                wanted.insert(type);
    }
    // In the directory's own order, so the result does not depend on the categories' order.
    QStringList result;
    for (const QString &type : directoryServiceTypeCodes())
        if (wanted.contains(type))
            result.append(type);
    return result;
}

} // namespace helpline
