#pragma once

#include "core/domain/directoryentry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace helpline {

class Regions;

// What a counsellor asks of the referral directory. Every part is optional; an empty query
// lists every entry.
struct DirectoryQuery {
    // Free text, folded for Azerbaijani (core/text/azfold): "psixoloq seki" finds
    // "Psixoloji yardım mərkəzi, Şəki". Every word must match the start of a word of the
    // entry's names (az, ru, en), service type labels, region names, address, eligibility or
    // notes; a word of five letters or more also matches when its last letter differs
    // (Azerbaijani endings: psixoloq / psixoloji).
    QString text;
    QStringList serviceTypes; // any of them (directoryServiceTypeCodes())
    QString regionCode;       // a Regions unit or economic region: entries serving it,
                              // nationwide ones included
    std::optional<int> age;   // the child's age in years: entries that take it
    QString gender;           // "female" / "male": entries open to it (or to everyone)
    QString language;         // "az", "ru", "en": entries that speak it
    bool freeOnly = false;    // only entries that cost the family nothing
    bool openNow = false;     // only entries open at `now` (Asia/Baku wall-clock time)
    QDateTime now;            // for openNow; UTC or any zone, converted to Baku time

    bool isEmpty() const;
};

// The directory held in memory for searching as the counsellor types: built once from the
// entries a desk holds (after each directory pull), then searched in well under 20 ms for
// 20,000 entries (helpline-bench directory). Words are folded and kept in a sorted word list
// with the entries that contain each, so a word's prefix is a binary search, not a scan.
class DirectoryIndex {
public:
    DirectoryIndex() = default;
    explicit DirectoryIndex(QList<DirectoryEntry> entries, const Regions &regions);

    const QList<DirectoryEntry> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }

    // Positions in entries() of the matches: entries whose name matches the text first, then
    // the others; with a region asked for, within each, the services of that region before the
    // nationwide ones; each group in alphabetical order of the name in `language`.
    QList<int> search(const DirectoryQuery &query, const QString &language = {}) const;

private:
    // What the filters ask of an entry, decoded once so a search never parses or allocates
    // per entry.
    struct Facts {
        quint32 serviceTypes = 0; // a bit per position in directoryServiceTypes()
        quint8 genders = 0;       // a bit per directoryGenderCodes() position; 0 = everyone
        bool free = false;
        int ageMin = -1;
        int ageMax = -1;
        QStringList languages;
        QList<QPair<int, int>> openMinutes; // [start, end) in minutes after Monday 00:00
    };

    void indexWords(const Regions &regions);
    void indexRegions(const Regions &regions);
    // The [begin, end) range of m_words that a query term matches.
    QPair<qsizetype, qsizetype> wordRange(const QString &term) const;
    QVector<char> regionMask(const QString &code) const;
    const QVector<quint32> &orderFor(const QString &language) const;

    QList<DirectoryEntry> m_entries;
    QList<Facts> m_facts;

    // The folded words, sorted; the entries holding word i are m_postings[m_wordStart[i] ..
    // m_wordStart[i + 1]), in entry order; the same for the words of names. A prefix's words
    // are neighbours, so their postings are one run of the array.
    QStringList m_words;
    QVector<quint32> m_wordStart;
    QVector<quint32> m_postings;
    QVector<quint32> m_nameWordStart;
    QVector<quint32> m_namePostings;

    // Region filter: entries by a code they list; entries by every place (unit, its city, its
    // economic region) that contains or is a code they list; nationwide entries.
    QHash<QString, QVector<quint32>> m_byListedRegion;
    QHash<QString, QVector<quint32>> m_byRegionWithin;
    QVector<quint32> m_nationwide;
    // A query's place and the places that contain it (DirectoryEntry::servesRegion's rule).
    QHash<QString, QStringList> m_placeAndAncestors;

    // Entry positions in alphabetical order of the name in az, ru and en.
    QVector<quint32> m_orderAz;
    QVector<quint32> m_orderRu;
    QVector<quint32> m_orderEn;
};

// The service types that fit a contact's categories (taxonomy codes such as
// "violence.bullying"): used to pre-filter the directory when a counsellor refers from a
// contact. Empty when nothing fits (the directory is then not filtered by type).
QStringList serviceTypesForCategories(const QStringList &categoryCodes);

} // namespace helpline
