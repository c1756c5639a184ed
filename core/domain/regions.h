#pragma once

#include "core/store/storeerror.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpline {

// Where a child lives: Azerbaijan's 14 economic regions (Presidential Decree No. 1386 of 7 July
// 2021) with their 66 rayons and 8 cities, Baku's 12 city rayons, and two special values
// ("unknown", "outside"). Unit codes are ISO 3166-2:AZ codes ("AZ-SAK"); Baku's rayons are
// "AZ-BA.nasimi"; economic regions are "er.shaki_zagatala". Codes are stored and synced, names
// are shown. The JSON format is documented in docs/reference-data.md.

enum class RegionKind { City, Rayon, CityDistrict, Special };

QString regionKindCode(RegionKind kind);                           // "city", "rayon", ...
std::optional<RegionKind> regionKindFromCode(const QString &code); // nullopt for anything else

struct RegionUnit {
    QString code; // "AZ-SAK", "AZ-BA.nasimi", "unknown"
    RegionKind kind = RegionKind::Rayon;
    QString iso;                  // ISO 3166-2 code; empty for Baku's rayons and special units
    QStringList otherCodes;       // other ISO codes that mean this unit (former or city codes)
    QMap<QString, QString> names; // language ("en", "az", "ru") → name
    QStringList aliases;          // old names and other spellings, for search only
    QString economicRegion;       // "er.shaki_zagatala"; empty for special units
    QString parent;               // a city rayon's city ("AZ-BA"); empty otherwise
    QList<RegionUnit> districts;  // Baku's 12 rayons; empty for every other unit

    QString name(const QString &language) const; // falls back to English
};

struct EconomicRegion {
    QString code; // "er.baku"
    QMap<QString, QString> names;
    QString iso;                     // "AZ-NX" for Nakhchivan; empty otherwise
    bool autonomousRepublic = false; // Nakhchivan
    QList<RegionUnit> units;         // cities and rayons, in the order of the decree

    QString name(const QString &language) const; // falls back to English
};

class Regions {
public:
    Regions() = default; // empty: no regions, version 0

    // Parses and validates a regions file. Error code Validation, with a translated message
    // naming the problem (and the code concerned) and the JSON location in `detail`.
    static Outcome<Regions> fromJson(const QByteArray &json);

    // The regions shipped in the resources (":/helpline/regions/regions.json"), loaded once.
    // Empty (and logged as critical) if the shipped file is broken, which the tests rule out.
    static const Regions &builtIn();

    static QStringList requiredLanguages(); // en, az, ru
    static QString unknownCode() { return QStringLiteral("unknown"); }
    static QString outsideCode() { return QStringLiteral("outside"); } // outside Azerbaijan

    int version() const { return m_version; }
    bool isEmpty() const { return m_regions.isEmpty(); }
    QList<EconomicRegion> economicRegions() const { return m_regions; }
    std::optional<EconomicRegion> economicRegion(const QString &code) const;
    QList<RegionUnit> specialUnits() const { return m_special; }

    // A city, rayon, Baku rayon or special unit by its code. Also accepts the unit's other
    // ISO codes ("AZ-SA", Şəki city, gives the Şəki rayon "AZ-SAK"; "AZ-AB" gives Şirvan).
    std::optional<RegionUnit> unit(const QString &code) const;

    // "er.shaki_zagatala" for "AZ-SAK"; "er.baku" for "AZ-BA.nasimi"; empty for special units
    // and unknown codes.
    QString economicRegionOf(const QString &unitCode) const;

    // The name of a unit or an economic region in `language`, falling back to English.
    QString name(const QString &code, const QString &language) const;

    // Units (cities, rayons, Baku's rayons, special units) whose name in any language or one of
    // whose aliases matches `text`, compared with helpline::text::foldForSearch: "seki",
    // "Sheki", "Шеки" and "şəki" all find Şəki. Best first: exact, then prefix, then the start
    // of a later word, then anywhere; a name beats an alias at the same level. Words such as
    // "rayonu", "şəhəri", "район" and "city" in the query are ignored. Empty text gives none.
    QList<RegionUnit> search(const QString &text) const;

private:
    struct SearchEntry {
        QString code;
        int group = 0;       // 0 city or rayon, 1 Baku rayon, 2 special
        QString sortKey;     // folded Azerbaijani name, for ties
        QStringList names;   // normalised folded names
        QStringList aliases; // normalised folded aliases
    };

    void buildIndex();

    int m_version = 0;
    QList<EconomicRegion> m_regions;
    QList<RegionUnit> m_special;
    QHash<QString, RegionUnit> m_units;   // every unit, district and special unit by code
    QHash<QString, QString> m_otherCodes; // other ISO code → unit code
    QList<SearchEntry> m_search;
};

} // namespace helpline
