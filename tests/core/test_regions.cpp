#include <catch2/catch.hpp>

#include "core/domain/regions.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace helpline;

namespace {

std::string str(const QString &text)
{
    return text.toStdString();
}

QByteArray shippedRegions()
{
    QFile file(QStringLiteral(":/helpline/regions/regions.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

bool hasCyrillic(const QString &text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF)
            return true;
    return false;
}

QList<RegionUnit> allUnits(const Regions &regions)
{
    QList<RegionUnit> units;
    for (const EconomicRegion &region : regions.economicRegions())
        units.append(region.units);
    return units;
}

std::string firstCode(const Regions &regions, const QString &query)
{
    const QList<RegionUnit> found = regions.search(query);
    return found.isEmpty() ? std::string("(nothing)") : str(found.first().code);
}

// A place for the small synthetic files below.
QByteArray unitJson(const char *code, const char *kind, const char *en,
                    const QByteArray &extra = {})
{
    return QByteArray(R"({"code": ")") + code + R"(", "kind": ")" + kind +
           R"(", "names": {"en": ")" + en + R"(", "az": ")" + en + R"(", "ru": "Р"})" + extra + "}";
}

QByteArray regionsJson(const QByteArray &units)
{
    return QByteArray(R"({"format": "helpline-regions", "version": 1, "economic_regions": [
        {"code": "er.test", "names": {"en": "Test", "az": "Test", "ru": "Тест"}, "units": [)") +
           units + "]}]}";
}

} // namespace

TEST_CASE("the built-in regions load with 14 economic regions 66 rayons and 8 cities",
          "[domain][regions]")
{
    Outcome<Regions> loaded = Regions::fromJson(shippedRegions());
    INFO(str(loaded.error().message) << " at " << str(loaded.error().detail));
    REQUIRE(loaded.ok());
    const Regions &regions = loaded.value();
    CHECK(regions.version() == 1);
    CHECK(regions.economicRegions().size() == 14);

    const QList<RegionUnit> units = allUnits(regions);
    CHECK(units.size() == 74);
    int rayons = 0;
    int cities = 0;
    QStringList cityNames;
    for (const RegionUnit &unit : units) {
        if (unit.kind == RegionKind::Rayon)
            ++rayons;
        if (unit.kind == RegionKind::City) {
            ++cities;
            cityNames.append(unit.name(QStringLiteral("az")));
        }
        CHECK(unit.parent.isEmpty());
        CHECK(regions.economicRegionOf(unit.code).startsWith(QStringLiteral("er.")));
    }
    CHECK(rayons == 66);
    CHECK(cities == 8);
    CHECK(str(cityNames.join(u' ')) ==
          "Bakı Naxçıvan Sumqayıt Gəncə Naftalan Xankəndi Mingəçevir Şirvan");

    const std::optional<RegionUnit> baku = regions.unit(QStringLiteral("AZ-BA"));
    REQUIRE(baku);
    CHECK(baku->kind == RegionKind::City);
    CHECK(baku->districts.size() == 12);
    for (const RegionUnit &district : baku->districts) {
        INFO(str(district.code));
        CHECK(district.kind == RegionKind::CityDistrict);
        CHECK(district.code.startsWith(QStringLiteral("AZ-BA.")));
        CHECK(district.parent == u"AZ-BA");
        CHECK(district.iso.isEmpty());
        CHECK(str(regions.economicRegionOf(district.code)) == "er.baku");
        CHECK(regions.unit(district.code).has_value());
    }
    // Only Baku has districts.
    for (const RegionUnit &unit : units)
        if (unit.code != u"AZ-BA")
            CHECK(unit.districts.isEmpty());

    const std::optional<EconomicRegion> nakhchivan =
        regions.economicRegion(QStringLiteral("er.nakhchivan"));
    REQUIRE(nakhchivan);
    CHECK(nakhchivan->autonomousRepublic);
    CHECK(str(nakhchivan->iso) == "AZ-NX");
    CHECK(nakhchivan->units.size() == 8);
    int autonomous = 0;
    for (const EconomicRegion &region : regions.economicRegions())
        autonomous += region.autonomousRepublic ? 1 : 0;
    CHECK(autonomous == 1);

    const QList<RegionUnit> special = regions.specialUnits();
    REQUIRE(special.size() == 2);
    CHECK(special.at(0).code == Regions::unknownCode());
    CHECK(special.at(1).code == Regions::outsideCode());
    for (const RegionUnit &unit : special) {
        CHECK(unit.kind == RegionKind::Special);
        CHECK(regions.economicRegionOf(unit.code).isEmpty());
        CHECK(regions.unit(unit.code).has_value());
    }
    CHECK(str(regions.name(QStringLiteral("outside"), QStringLiteral("en"))) ==
          "Outside Azerbaijan");

    const Regions &builtIn = Regions::builtIn();
    CHECK(&builtIn == &Regions::builtIn());
    CHECK(builtIn.economicRegions().size() == 14);
    CHECK(allUnits(builtIn).size() == 74);
}

TEST_CASE("every place has a name in English Azerbaijani and Russian", "[domain][regions]")
{
    const Regions &regions = Regions::builtIn();
    QList<QMap<QString, QString>> names;
    for (const EconomicRegion &region : regions.economicRegions()) {
        names.append(region.names);
        for (const RegionUnit &unit : region.units) {
            names.append(unit.names);
            for (const RegionUnit &district : unit.districts)
                names.append(district.names);
        }
    }
    for (const RegionUnit &unit : regions.specialUnits())
        names.append(unit.names);
    CHECK(names.size() == 14 + 74 + 12 + 2);
    for (const auto &name : names) {
        INFO(str(name.value(QStringLiteral("en"))));
        for (const QString &language : Regions::requiredLanguages())
            CHECK_FALSE(name.value(language).trimmed().isEmpty());
        CHECK_FALSE(hasCyrillic(name.value(QStringLiteral("az"))));
        CHECK_FALSE(hasCyrillic(name.value(QStringLiteral("en"))));
        CHECK(hasCyrillic(name.value(QStringLiteral("ru"))));
        // English names are plain ASCII.
        for (const QChar c : name.value(QStringLiteral("en")))
            CHECK(c.unicode() < 0x80);
    }
}

TEST_CASE("ISO 3166-2 codes are unique well formed and complete", "[domain][regions]")
{
    const Regions &regions = Regions::builtIn();
    static const QRegularExpression isoPattern(QStringLiteral("^AZ-[A-Z]{2,3}$"));
    QStringList isoCodes;
    QSet<QString> unitCodes;
    for (const EconomicRegion &region : regions.economicRegions()) {
        if (!region.iso.isEmpty())
            isoCodes.append(region.iso);
        for (const RegionUnit &unit : region.units) {
            INFO(str(unit.code));
            REQUIRE_FALSE(unit.iso.isEmpty()); // every city and rayon has one
            CHECK(unit.code == unit.iso);
            CHECK_FALSE(unitCodes.contains(unit.code));
            unitCodes.insert(unit.code);
            isoCodes.append(unit.iso);
            isoCodes.append(unit.otherCodes);
        }
    }
    for (const QString &code : std::as_const(isoCodes)) {
        INFO(str(code));
        CHECK(isoPattern.match(code).hasMatch());
    }
    const QSet<QString> unique(isoCodes.begin(), isoCodes.end());
    CHECK(unique.size() == isoCodes.size());

    // The 78 current codes (66 rayons, 11 cities, the autonomous republic) are all known, plus
    // the two former codes of Şirvan and Şabran.
    const QString current = QStringLiteral(
        "ABS AGA AGC AGM AGS AGU AST BA BAB BAL BAR BEY BIL CAB CAL CUL DAS FUZ GAD GA GOR GOY "
        "GYG HAC IMI ISM KAL KAN KUR LAC LA LAN LER MAS MI NA NEF NV NX OGU ORD QAB QAX QAZ QBA "
        "QBI QOB QUS SAB SAD SAH SAK SA SAL SAR SAT SBN SIY SKR SMI SM SMX SR SUS TAR TOV UCA "
        "XAC XA XCI XIZ XVD YAR YEV YE ZAN ZAQ ZAR");
    QSet<QString> expected;
    for (const QString &code : current.split(u' '))
        expected.insert(QStringLiteral("AZ-") + code);
    REQUIRE(expected.size() == 78);
    expected.insert(QStringLiteral("AZ-AB"));
    expected.insert(QStringLiteral("AZ-DAV"));
    CHECK(unique == expected);
}

TEST_CASE("places are found by code and other codes know their unit", "[domain][regions]")
{
    const Regions &regions = Regions::builtIn();
    CHECK(str(regions.economicRegionOf(QStringLiteral("AZ-SAK"))) == "er.shaki_zagatala");
    CHECK(str(regions.economicRegionOf(QStringLiteral("AZ-BA.nasimi"))) == "er.baku");
    CHECK(str(regions.economicRegionOf(QStringLiteral("AZ-NV"))) == "er.nakhchivan");
    CHECK(str(regions.economicRegionOf(QStringLiteral("AZ-XA"))) == "er.karabakh");
    CHECK(str(regions.economicRegionOf(QStringLiteral("AZ-SR"))) == "er.shirvan_salyan");
    CHECK(regions.economicRegionOf(QStringLiteral("AZ-ZZZ")).isEmpty());
    CHECK(regions.economicRegionOf(QStringLiteral("unknown")).isEmpty());

    // City codes the decree folds into their rayon, and former codes.
    CHECK(str(regions.unit(QStringLiteral("AZ-SA"))->code) == "AZ-SAK");
    CHECK(str(regions.unit(QStringLiteral("AZ-LA"))->code) == "AZ-LAN");
    CHECK(str(regions.unit(QStringLiteral("AZ-YE"))->code) == "AZ-YEV");
    CHECK(str(regions.unit(QStringLiteral("AZ-AB"))->code) == "AZ-SR");
    CHECK(str(regions.unit(QStringLiteral("AZ-DAV"))->code) == "AZ-SBN");
    CHECK_FALSE(regions.unit(QStringLiteral("AZ-NX")).has_value()); // a region, not a unit
    CHECK_FALSE(regions.unit(QString()).has_value());

    const std::optional<RegionUnit> sheki = regions.unit(QStringLiteral("AZ-SAK"));
    REQUIRE(sheki);
    CHECK(str(sheki->name(QStringLiteral("az"))) == "Şəki");
    CHECK(str(sheki->name(QStringLiteral("ru_RU"))) == "Шеки");
    CHECK(str(sheki->name(QStringLiteral("de"))) == "Shaki");
    CHECK(str(regions.name(QStringLiteral("er.shaki_zagatala"), QStringLiteral("az"))) ==
          "Şəki-Zaqatala");
    CHECK(regionKindCode(RegionKind::CityDistrict) == u"city_district");
    CHECK(regionKindFromCode(QStringLiteral("rayon")) == RegionKind::Rayon);
    CHECK_FALSE(regionKindFromCode(QStringLiteral("village")).has_value());
}

TEST_CASE("place search finds names old names and spellings from any keyboard", "[domain][regions]")
{
    const Regions &regions = Regions::builtIn();
    for (const char *query : {"seki", "Sheki", "Shaki", "Шеки", "şəki", "ŞƏKİ", "Şäki", "Nukha",
                              "Şəki rayonu", "sek"}) {
        INFO(query);
        CHECK(firstCode(regions, QString::fromUtf8(query)) == "AZ-SAK");
    }
    for (const char *query : {"Ali Bayramli", "Əli Bayramlı", "Али-Байрамлы", "shirvan"}) {
        INFO(query);
        CHECK(firstCode(regions, QString::fromUtf8(query)) == "AZ-SR");
    }
    for (const char *query : {"Devechi", "Dəvəçi", "Dävächi", "Дивичи", "Şabran"}) {
        INFO(query);
        CHECK(firstCode(regions, QString::fromUtf8(query)) == "AZ-SBN");
    }
    for (const char *query : {"Ganja", "Gəncə", "gence", "Гянджа", "Kirovabad", "г. Гянджа"}) {
        INFO(query);
        CHECK(firstCode(regions, QString::fromUtf8(query)) == "AZ-GA");
    }
    CHECK(firstCode(regions, QStringLiteral("Ismayilli")) == "AZ-ISM");
    CHECK(firstCode(regions, QStringLiteral("İSMAYILLI")) == "AZ-ISM");
    CHECK(firstCode(regions, QStringLiteral("Khanlar")) == "AZ-GYG");
    CHECK(firstCode(regions, QStringLiteral("Lenkoran")) == "AZ-LAN");
    CHECK(firstCode(regions, QStringLiteral("yasamal")) == "AZ-BA.yasamal");
    CHECK(firstCode(regions, QStringLiteral("Насиминский район")) == "AZ-BA.nasimi");
    CHECK(firstCode(regions, QStringLiteral("Baku")) == "AZ-BA");
    CHECK(firstCode(regions, QStringLiteral("abroad")) == "outside");
    CHECK(firstCode(regions, QStringLiteral("naməlum")) == "unknown");

    // Exact before prefix: Quba, then Qubadlı.
    const QList<RegionUnit> quba = regions.search(QStringLiteral("quba"));
    REQUIRE(quba.size() >= 2);
    CHECK(str(quba.at(0).code) == "AZ-QBA");
    CHECK(str(quba.at(1).code) == "AZ-QBI");

    CHECK(regions.search(QString()).isEmpty());
    CHECK(regions.search(QStringLiteral(" - ")).isEmpty());
    CHECK(regions.search(QStringLiteral("qwxzv")).isEmpty());
}

TEST_CASE("place search ranks exact then prefix then word start then substring",
          "[domain][regions]")
{
    Outcome<Regions> loaded = Regions::fromJson(regionsJson(
        unitJson("AZ-ZAB", "rayon", "Zab") + "," + unitJson("AZ-CDA", "rayon", "Cd Ab") + "," +
        unitJson("AZ-ABC", "rayon", "Abcd") + "," +
        unitJson("AZ-XYZ", "rayon", "Xyz", R"(, "aliases": ["Ab"])") + "," +
        unitJson("AZ-AB", "rayon", "Ab")));
    INFO(str(loaded.error().message));
    REQUIRE(loaded.ok());
    QStringList codes;
    for (const RegionUnit &unit : loaded->search(QStringLiteral("ab")))
        codes.append(unit.code);
    // A name beats an alias at the same level.
    CHECK(str(codes.join(u' ')) == "AZ-AB AZ-XYZ AZ-ABC AZ-CDA AZ-ZAB");
}

TEST_CASE("broken regions files are rejected with a message naming the problem",
          "[domain][regions]")
{
    SECTION("malformed JSON")
    {
        Outcome<Regions> loaded = Regions::fromJson("{\"format\": \"helpline-regions\"");
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        CHECK(loaded.error().message.contains(QStringLiteral("not valid JSON")));
    }
    SECTION("wrong format")
    {
        QByteArray json = regionsJson(unitJson("AZ-AB", "rayon", "Ab"));
        json.replace("helpline-regions", "helpline-taxonomy");
        Outcome<Regions> loaded = Regions::fromJson(json);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("helpline-taxonomy")));
    }
    SECTION("missing name")
    {
        Outcome<Regions> loaded = Regions::fromJson(regionsJson(
            R"({"code": "AZ-SAK", "kind": "rayon", "names": {"en": "Shaki", "az": "Şəki"}})"));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        INFO(str(loaded.error().message));
        CHECK(loaded.error().message.contains(QStringLiteral("AZ-SAK")));
        CHECK(loaded.error().message.contains(QStringLiteral("Russian (ru)")));
        CHECK(str(loaded.error().detail) == "economic_regions[0].units[0].names.ru");
    }
    SECTION("duplicate code")
    {
        Outcome<Regions> loaded = Regions::fromJson(regionsJson(
            unitJson("AZ-SAK", "rayon", "Shaki") + "," + unitJson("AZ-SAK", "rayon", "Sheki")));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == StoreError::Code::Validation);
        INFO(str(loaded.error().message));
        CHECK(loaded.error().message.contains(QStringLiteral("AZ-SAK")));
        CHECK(loaded.error().message.contains(QStringLiteral("more than once")));
    }
    SECTION("duplicate ISO code")
    {
        Outcome<Regions> loaded = Regions::fromJson(
            regionsJson(unitJson("AZ-SAK", "rayon", "Shaki", R"(, "iso": "AZ-SAK")") + "," +
                        unitJson("AZ-SA", "city", "Shaki", R"(, "iso": "AZ-SAK")")));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("AZ-SAK")));
    }
    SECTION("other code that is another unit's code")
    {
        Outcome<Regions> loaded = Regions::fromJson(
            regionsJson(unitJson("AZ-SAK", "rayon", "Shaki", R"(, "other_codes": ["AZ-SA"])") +
                        "," + unitJson("AZ-SA", "city", "Shaki")));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("AZ-SA")));
    }
    SECTION("malformed ISO code")
    {
        Outcome<Regions> loaded = Regions::fromJson(
            regionsJson(unitJson("AZ-SAK", "rayon", "Shaki", R"(, "iso": "az-sak")")));
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().message.contains(QStringLiteral("az-sak")));
    }
    SECTION("unknown kind and districts outside a city")
    {
        Outcome<Regions> village =
            Regions::fromJson(regionsJson(unitJson("AZ-SAK", "village", "Shaki")));
        REQUIRE_FALSE(village.ok());
        CHECK(village.error().message.contains(QStringLiteral("village")));

        Outcome<Regions> districts = Regions::fromJson(regionsJson(
            unitJson("AZ-SAK", "rayon", "Shaki",
                     ", \"districts\": [" + unitJson("AZ-SAK.x", "city_district", "X") + "]")));
        REQUIRE_FALSE(districts.ok());
        CHECK(districts.error().message.contains(QStringLiteral("AZ-SAK")));
    }
    SECTION("a valid sample loads")
    {
        Outcome<Regions> loaded = Regions::fromJson(regionsJson(unitJson(
            "AZ-SAK", "rayon", "Shaki", R"(, "iso": "AZ-SAK", "other_codes": ["AZ-SA"])")));
        REQUIRE(loaded.ok());
        CHECK(str(loaded->unit(QStringLiteral("AZ-SA"))->code) == "AZ-SAK");
    }
}
