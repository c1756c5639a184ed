#include "core/domain/regions.h"

#include "core/domain/referencefile.h"

#include "core/text/azfold.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace helpline {

Q_LOGGING_CATEGORY(lcRegions, "helpline.domain.regions")

namespace {

const QString kFormat = QStringLiteral("helpline-regions");
const QString kResource = QStringLiteral(":/helpline/regions/regions.json");

// "az_AZ", "az-Latn-AZ" and "AZ" all mean "az".
QString nameIn(const QMap<QString, QString> &names, const QString &language)
{
    const QString name = names.value(baseLanguage(language));
    return name.isEmpty() ? names.value(QStringLiteral("en")) : name;
}

// Words that say what kind of place a query names, not which one (folded forms).
bool isGenericWord(const QString &folded)
{
    static const QSet<QString> words{
        QStringLiteral("rayon"),  QStringLiteral("rayonu"), QStringLiteral("seher"),
        QStringLiteral("seheri"), QStringLiteral("city"),   QStringLiteral("district"),
        QStringLiteral("raion"),  QStringLiteral("район"),  QStringLiteral("р"),
        QStringLiteral("н"),      QStringLiteral("город"),  QStringLiteral("г"),
    };
    return words.contains(folded);
}

const QRegularExpression &isoPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^AZ-[A-Z0-9]{1,3}$"));
    return pattern;
}

const QRegularExpression &unitCodePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    return pattern;
}

struct Parser {
    QSet<QString> codes;    // unit and economic region codes
    QSet<QString> isoCodes; // iso, other_codes and economic region iso

    std::optional<StoreError> readNames(const QJsonObject &object, const QString &code,
                                        const QString &where, QMap<QString, QString> &names)
    {
        return readLanguageMap(
            object, QStringLiteral("names"), where, names,
            QCoreApplication::translate("helpline::Regions", "%1 has no names.").arg(code),
            QCoreApplication::translate("helpline::Regions", "%1 has no name in %2.")
                .arg(code, QStringLiteral("%1")));
    }

    std::optional<StoreError> claimCode(const QString &code, const QString &where)
    {
        if (codes.contains(code))
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions",
                                            "The code %1 is used more than once.")
                    .arg(code),
                where);
        codes.insert(code);
        return std::nullopt;
    }

    std::optional<StoreError> claimIso(const QString &iso, const QString &owner,
                                       const QString &where)
    {
        if (!isoPattern().match(iso).hasMatch())
            return referenceFileError(
                QCoreApplication::translate(
                    "helpline::Regions",
                    "The ISO code \"%1\" of %2 is not valid: it must look like "
                    "AZ-SAK (AZ-, then one to three capital letters or digits).")
                    .arg(iso, owner),
                where);
        if (isoCodes.contains(iso))
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions",
                                            "The ISO code %1 is used more than once.")
                    .arg(iso),
                where);
        isoCodes.insert(iso);
        return std::nullopt;
    }

    // One unit: a city or rayon of an economic region, a Baku rayon, or a special unit.
    std::optional<StoreError> readUnit(const QJsonValue &value, const QString &where,
                                       const QList<RegionKind> &allowedKinds,
                                       const QString &economicRegion, const QString &parent,
                                       RegionUnit &unit)
    {
        const QJsonObject object = value.toObject();
        unit.code = object.value(QStringLiteral("code")).toString();
        unit.economicRegion = economicRegion;
        unit.parent = parent;
        if (unit.code.isEmpty())
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions", "A place in %1 has no code.")
                    .arg(!parent.isEmpty()           ? parent
                         : !economicRegion.isEmpty() ? economicRegion
                                                     : QStringLiteral("special")),
                where);
        if (!unitCodePattern().match(unit.code).hasMatch())
            return referenceFileError(
                QCoreApplication::translate(
                    "helpline::Regions",
                    "The code \"%1\" is not valid: use letters a-z or A-Z, digits, "
                    "dots, hyphens and underscores.")
                    .arg(unit.code),
                where + QStringLiteral(".code"));
        if (auto error = claimCode(unit.code, where + QStringLiteral(".code")))
            return error;

        const QString kindCode = object.value(QStringLiteral("kind")).toString();
        const std::optional<RegionKind> kind = regionKindFromCode(kindCode);
        if (!kind || !allowedKinds.contains(*kind)) {
            QStringList allowed;
            for (RegionKind k : allowedKinds)
                allowed.append(regionKindCode(k));
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions",
                                            "%1 has the kind \"%2\"; here it must be one of: %3.")
                    .arg(unit.code, kindCode, allowed.join(QStringLiteral(", "))),
                where + QStringLiteral(".kind"));
        }
        unit.kind = *kind;

        if (auto error = readNames(object, unit.code, where, unit.names))
            return error;

        const QJsonValue isoValue = object.value(QStringLiteral("iso"));
        if (!isoValue.isUndefined() && !isoValue.isNull()) {
            unit.iso = isoValue.toString();
            if (auto error = claimIso(unit.iso, unit.code, where + QStringLiteral(".iso")))
                return error;
        }
        const QJsonArray otherCodes = object.value(QStringLiteral("other_codes")).toArray();
        for (qsizetype i = 0; i < otherCodes.size(); ++i) {
            const QString other = otherCodes.at(i).toString();
            const QString otherWhere = where + QStringLiteral(".other_codes[%1]").arg(i);
            if (auto error = claimIso(other, unit.code, otherWhere))
                return error;
            unit.otherCodes.append(other);
        }

        const QJsonValue aliasValue = object.value(QStringLiteral("aliases"));
        if (!aliasValue.isUndefined() && !aliasValue.isArray())
            return referenceFileError(QCoreApplication::translate(
                                          "helpline::Regions", "The aliases of %1 are not a list.")
                                          .arg(unit.code),
                                      where + QStringLiteral(".aliases"));
        const QJsonArray aliases = aliasValue.toArray();
        for (const QJsonValue &alias : aliases) {
            const QString text = normaliseAzerbaijani(alias.toString().trimmed());
            if (text.isEmpty())
                return referenceFileError(
                    QCoreApplication::translate("helpline::Regions", "%1 has an empty alias.")
                        .arg(unit.code),
                    where + QStringLiteral(".aliases"));
            unit.aliases.append(text);
        }

        const QJsonValue districtValue = object.value(QStringLiteral("districts"));
        if (!districtValue.isUndefined()) {
            if (unit.kind != RegionKind::City || !districtValue.isArray())
                return referenceFileError(
                    QCoreApplication::translate(
                        "helpline::Regions",
                        "%1 has districts, but only a city can have a list of them.")
                        .arg(unit.code),
                    where + QStringLiteral(".districts"));
            const QJsonArray districts = districtValue.toArray();
            for (qsizetype i = 0; i < districts.size(); ++i) {
                RegionUnit district;
                if (auto error =
                        readUnit(districts.at(i), where + QStringLiteral(".districts[%1]").arg(i),
                                 {RegionKind::CityDistrict}, economicRegion, unit.code, district))
                    return error;
                unit.districts.append(district);
            }
        }
        return std::nullopt;
    }
};

} // namespace

QString regionKindCode(RegionKind kind)
{
    switch (kind) {
    case RegionKind::City:
        return QStringLiteral("city");
    case RegionKind::Rayon:
        return QStringLiteral("rayon");
    case RegionKind::CityDistrict:
        return QStringLiteral("city_district");
    case RegionKind::Special:
        return QStringLiteral("special");
    }
    return {};
}

std::optional<RegionKind> regionKindFromCode(const QString &code)
{
    for (RegionKind kind :
         {RegionKind::City, RegionKind::Rayon, RegionKind::CityDistrict, RegionKind::Special})
        if (regionKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString RegionUnit::name(const QString &language) const
{
    return nameIn(names, language);
}

QString EconomicRegion::name(const QString &language) const
{
    return nameIn(names, language);
}

QStringList Regions::requiredLanguages()
{
    return referenceLanguages();
}

Outcome<Regions> Regions::fromJson(const QByteArray &json)
{
    auto envelope = readReferenceFile(
        json, kFormat, QCoreApplication::translate("helpline::Regions", "The regions file"));
    if (!envelope)
        return envelope.error();
    const QJsonObject root = envelope->root;
    const int versionNumber = envelope->version;

    const QJsonArray regions = root.value(QStringLiteral("economic_regions")).toArray();
    if (regions.isEmpty())
        return referenceFileError(
            QCoreApplication::translate("helpline::Regions",
                                        "The regions file has no economic regions."),
            QStringLiteral("economic_regions"));

    static const QRegularExpression regionPattern(QStringLiteral("^er\\.[a-z][a-z0-9_]*$"));
    Parser parser;
    Regions result;
    result.m_version = static_cast<int>(versionNumber);

    for (qsizetype r = 0; r < regions.size(); ++r) {
        const QString where = QStringLiteral("economic_regions[%1]").arg(r);
        const QJsonObject object = regions.at(r).toObject();
        EconomicRegion region;
        region.code = object.value(QStringLiteral("code")).toString();
        if (region.code.isEmpty())
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions",
                                            "Economic region number %1 has no code.")
                    .arg(r + 1),
                where);
        if (!regionPattern.match(region.code).hasMatch())
            return referenceFileError(
                QCoreApplication::translate(
                    "helpline::Regions",
                    "The economic region code \"%1\" is not valid: it must look like "
                    "er.shaki_zagatala (er., then lower-case letters a-z, digits and "
                    "underscores).")
                    .arg(region.code),
                where + QStringLiteral(".code"));
        if (auto error = parser.claimCode(region.code, where + QStringLiteral(".code")))
            return *error;
        if (auto error = parser.readNames(object, region.code, where, region.names))
            return *error;
        const QJsonValue isoValue = object.value(QStringLiteral("iso"));
        if (!isoValue.isUndefined() && !isoValue.isNull()) {
            region.iso = isoValue.toString();
            if (auto error =
                    parser.claimIso(region.iso, region.code, where + QStringLiteral(".iso")))
                return *error;
        }
        region.autonomousRepublic =
            object.value(QStringLiteral("autonomous_republic")).toBool(false);

        const QJsonArray units = object.value(QStringLiteral("units")).toArray();
        if (units.isEmpty())
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions",
                                            "The economic region %1 has no places.")
                    .arg(region.code),
                where + QStringLiteral(".units"));
        for (qsizetype u = 0; u < units.size(); ++u) {
            RegionUnit unit;
            if (auto error = parser.readUnit(
                    units.at(u), where + QStringLiteral(".units[%1]").arg(u),
                    {RegionKind::City, RegionKind::Rayon}, region.code, QString(), unit))
                return *error;
            region.units.append(unit);
        }
        result.m_regions.append(region);
    }

    const QJsonArray special = root.value(QStringLiteral("special")).toArray();
    for (qsizetype s = 0; s < special.size(); ++s) {
        RegionUnit unit;
        if (auto error = parser.readUnit(special.at(s), QStringLiteral("special[%1]").arg(s),
                                         {RegionKind::Special}, QString(), QString(), unit))
            return *error;
        result.m_special.append(unit);
    }

    // unit() also resolves other codes, so none may be the code of another unit.
    result.buildIndex();
    for (auto it = result.m_otherCodes.cbegin(); it != result.m_otherCodes.cend(); ++it)
        if (result.m_units.contains(it.key()))
            return referenceFileError(
                QCoreApplication::translate("helpline::Regions",
                                            "The code %1 is used more than once.")
                    .arg(it.key()),
                QStringLiteral("other_codes"));
    return result;
}

void Regions::buildIndex()
{
    m_units.clear();
    m_otherCodes.clear();
    m_search.clear();
    auto add = [this](const RegionUnit &unit, int group) {
        m_units.insert(unit.code, unit);
        for (const QString &other : unit.otherCodes)
            m_otherCodes.insert(other, unit.code);
        SearchEntry entry;
        entry.code = unit.code;
        entry.group = group;
        entry.sortKey = text::foldForSearch(unit.name(QStringLiteral("az")));
        for (const QString &name : unit.names)
            entry.names.append(normaliseForSearch(name));
        for (const QString &alias : unit.aliases)
            entry.aliases.append(normaliseForSearch(alias));
        m_search.append(entry);
    };
    for (const EconomicRegion &region : std::as_const(m_regions))
        for (const RegionUnit &unit : region.units) {
            add(unit, 0);
            for (const RegionUnit &district : unit.districts)
                add(district, 1);
        }
    for (const RegionUnit &unit : std::as_const(m_special))
        add(unit, 2);
}

const Regions &Regions::builtIn()
{
    static const Regions regions = [] {
        QFile file(kResource);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcRegions) << "cannot open the built-in regions" << kResource
                                  << file.errorString();
            return Regions();
        }
        Outcome<Regions> loaded = fromJson(file.readAll());
        if (!loaded) {
            qCCritical(lcRegions) << "the built-in regions are invalid:" << loaded.error().message
                                  << loaded.error().detail;
            return Regions();
        }
        qCDebug(lcRegions) << "built-in regions version" << loaded->version() << "with"
                           << loaded->m_units.size() << "places";
        return std::move(loaded.value());
    }();
    return regions;
}

std::optional<EconomicRegion> Regions::economicRegion(const QString &code) const
{
    for (const EconomicRegion &region : m_regions)
        if (region.code == code)
            return region;
    return std::nullopt;
}

std::optional<RegionUnit> Regions::unit(const QString &code) const
{
    auto it = m_units.constFind(code);
    if (it == m_units.constEnd())
        it = m_units.constFind(m_otherCodes.value(code));
    if (it == m_units.constEnd())
        return std::nullopt;
    return *it;
}

QString Regions::economicRegionOf(const QString &unitCode) const
{
    const std::optional<RegionUnit> found = unit(unitCode);
    return found ? found->economicRegion : QString();
}

QString Regions::name(const QString &code, const QString &language) const
{
    if (const std::optional<RegionUnit> found = unit(code))
        return found->name(language);
    if (const std::optional<EconomicRegion> region = economicRegion(code))
        return region->name(language);
    return {};
}

QList<RegionUnit> Regions::search(const QString &text) const
{
    QStringList terms = text::searchTerms(text);
    QStringList specific;
    for (const QString &term : std::as_const(terms))
        if (!isGenericWord(term))
            specific.append(term);
    if (!specific.isEmpty())
        terms = specific;
    if (terms.isEmpty())
        return {};
    const QString query = terms.join(u' ');

    struct Hit {
        int score;
        qsizetype entry;
    };
    QList<Hit> hits;
    for (qsizetype i = 0; i < m_search.size(); ++i) {
        const SearchEntry &entry = m_search.at(i);
        int best = std::numeric_limits<int>::max();
        for (const QString &name : entry.names) {
            const int rank = searchMatchRank(name, query, terms);
            if (rank >= 0)
                best = std::min(best, rank * 2);
        }
        for (const QString &alias : entry.aliases) {
            const int rank = searchMatchRank(alias, query, terms);
            if (rank >= 0)
                best = std::min(best, rank * 2 + 1);
        }
        if (best != std::numeric_limits<int>::max())
            hits.append(Hit{best, i});
    }
    std::stable_sort(hits.begin(), hits.end(), [this](const Hit &a, const Hit &b) {
        if (a.score != b.score)
            return a.score < b.score;
        const SearchEntry &x = m_search.at(a.entry);
        const SearchEntry &y = m_search.at(b.entry);
        if (x.group != y.group)
            return x.group < y.group;
        return x.sortKey < y.sortKey;
    });
    QList<RegionUnit> units;
    units.reserve(hits.size());
    for (const Hit &hit : std::as_const(hits))
        units.append(m_units.value(m_search.at(hit.entry).code));
    return units;
}

} // namespace helpline
