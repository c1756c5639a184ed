#include <catch2/catch.hpp>

#include "testsupport.h"

#include "core/directory/directorycsv.h"
#include "core/directory/directoryjson.h"
#include "core/directory/openinghours.h"
#include "core/domain/directoryentry.h"
#include "core/domain/regions.h"
#include "core/util/uuid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

using namespace helpline;

namespace {

const QDate kToday(2026, 3, 1);

std::string str(const QString &text)
{
    return text.toStdString();
}

std::string describe(const QList<ImportProblem> &problems)
{
    std::string text;
    for (const ImportProblem &p : problems)
        text += std::to_string(p.line) + " (" + std::to_string(p.sourceLine) + ") " + str(p.field) +
                ": " + str(p.message) + "\n";
    return text;
}

std::string describe(const Problems &problems)
{
    std::string text;
    for (const FieldProblem &p : problems)
        text += str(p.field) + ": " + str(p.message) + "\n";
    return text;
}

DirectoryEntry sample()
{
    DirectoryEntry e;
    e.meta.id = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
    e.name = QStringLiteral("Nümunə Hüquq Mərkəzi");
    e.nameRu = QStringLiteral("Пример правового центра");
    e.nameEn = QStringLiteral("Sample Legal Centre");
    e.serviceTypes = {QStringLiteral("legal"), QStringLiteral("psychology")};
    e.regionCodes = {QStringLiteral("AZ-BA.nasimi"), QStringLiteral("AZ-GA")};
    e.ageMin = 6;
    e.ageMax = 18;
    e.genders = {QStringLiteral("female")};
    e.languages = {QStringLiteral("az"), QStringLiteral("ru")};
    e.free = true;
    e.phones = {QStringLiteral("012 555 01 23"), QStringLiteral("+994 12 555 01 24")};
    e.email = QStringLiteral("info@legal.example.az");
    e.website = QStringLiteral("https://legal.example.az/children");
    e.address = QStringLiteral("Nəsimi rayonu,\nNümunə küçəsi 12, mənzil 3");
    e.openingHours = QStringLiteral("mon-fri 09:00-18:00; sat 10:00-14:00");
    e.eligibility = QStringLiteral("Children and their parents, with a \"referral\" letter");
    e.eligibilityRu = QStringLiteral("Дети и их родители, по «направлению»");
    e.notes = QStringLiteral("Ask for the duty lawyer; say \"116111\" sent you.");
    e.notesRu = QStringLiteral("Спросите дежурного юриста;\nскажите, что вас направила 116111.");
    e.notesEn = QStringLiteral("Ask for the duty lawyer.");
    e.verifiedOn = QDate(2026, 2, 15);
    return e;
}

bool hasField(const Problems &problems, const char *field)
{
    return hasProblem(problems, QLatin1String(field));
}

Problems problemsOf(const DirectoryEntry &entry)
{
    return entry.validate(kToday);
}

QDateTime baku(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime);
}

QByteArray csvHeader()
{
    return "id,name,name_ru,name_en,service_types,nationwide,region_codes,age_min,age_max,genders,"
           "languages,free,phones,email,website,address,opening_hours,eligibility,notes,"
           "verified_on\n";
}

// A row for the header above, with `replace` changing one column ("free=maybe").
QByteArray csvRow(const QByteArray &id = {},
                  const QList<QPair<QByteArray, QByteArray>> &replace = {})
{
    QList<QPair<QByteArray, QByteArray>> cells{
        {"id", id},
        {"name", "Nümunə Mərkəz"},
        {"name_ru", "Пример"},
        {"name_en", "Sample"},
        {"service_types", "legal;psychology"},
        {"nationwide", "no"},
        {"region_codes", "AZ-GA;AZ-BA.nasimi"},
        {"age_min", "0"},
        {"age_max", "17"},
        {"genders", ""},
        {"languages", "az;ru"},
        {"free", "yes"},
        {"phones", "022 555 10 20"},
        {"email", "info@example.az"},
        {"website", "https://example.az"},
        {"address", "Gəncə"},
        {"opening_hours", "mon-fri 09:00-18:00"},
        {"eligibility", ""},
        {"notes", ""},
        {"verified_on", "2026-01-10"},
    };
    QByteArrayList out;
    for (auto &[column, value] : cells) {
        for (const auto &[key, replacement] : replace)
            if (key == column)
                value = replacement;
        out << value;
    }
    return out.join(',') + "\n";
}

QList<int> lines(const QList<ImportProblem> &problems)
{
    QList<int> result;
    for (const ImportProblem &p : problems)
        if (!result.contains(p.line))
            result << p.line;
    return result;
}

bool hasProblem(const QList<ImportProblem> &problems, int line, const char *field)
{
    for (const ImportProblem &p : problems)
        if (p.line == line && p.field == QLatin1String(field))
            return true;
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The entry and its validation

TEST_CASE("directory entry: a complete entry is valid", "[directory]")
{
    const DirectoryEntry entry = sample();
    INFO(describe(problemsOf(entry)));
    CHECK(problemsOf(entry).isEmpty());

    DirectoryEntry nationwide = sample();
    nationwide.nationwide = true;
    nationwide.regionCodes.clear();
    nationwide.ageMin = -1;
    nationwide.ageMax = -1;
    nationwide.genders.clear();
    nationwide.phones = {QStringLiteral("1558")}; // a short number
    nationwide.email.clear();
    nationwide.website.clear();
    nationwide.openingHours = QStringLiteral("24/7");
    INFO(describe(problemsOf(nationwide)));
    CHECK(problemsOf(nationwide).isEmpty());

    DirectoryEntry minimal;
    minimal.name = QStringLiteral("Ad");
    minimal.serviceTypes = {QStringLiteral("other")};
    minimal.regionCodes = {QStringLiteral("er.lankaran_astara")}; // an economic region
    minimal.verifiedOn = kToday;
    INFO(describe(problemsOf(minimal)));
    CHECK(problemsOf(minimal).isEmpty());
}

TEST_CASE("directory entry: each rule names its field", "[directory]")
{
    DirectoryEntry e = sample();

    SECTION("name")
    {
        e.name = QStringLiteral("  ");
        CHECK(hasField(problemsOf(e), "name"));
        e.name = QString(201, u'a');
        CHECK(hasField(problemsOf(e), "name"));
        e.name = QStringLiteral("Line\nbreak");
        CHECK(hasField(problemsOf(e), "name"));
        e.name = QStringLiteral("=HYPERLINK(\"x\")");
        CHECK(hasField(problemsOf(e), "name"));
        e.name = QStringLiteral("Ad");
        e.nameRu = QStringLiteral("@cmd");
        CHECK(hasField(problemsOf(e), "name_ru"));
        e.nameRu.clear();
        e.nameEn = QString(201, u'b');
        CHECK(hasField(problemsOf(e), "name_en"));
    }
    SECTION("service types")
    {
        e.serviceTypes.clear();
        CHECK(hasField(problemsOf(e), "service_types"));
        e.serviceTypes = {QStringLiteral("legal"), QStringLiteral("lawyer")};
        const Problems problems = problemsOf(e);
        REQUIRE(hasField(problems, "service_types"));
        CHECK(problems.first().message.contains(QStringLiteral("lawyer")));
        e.serviceTypes = {QStringLiteral("legal"), QStringLiteral("legal")};
        CHECK(hasField(problemsOf(e), "service_types"));
    }
    SECTION("regions")
    {
        e.regionCodes.clear();
        CHECK(hasField(problemsOf(e), "region_codes")); // neither regions nor nationwide
        e.nationwide = true;
        CHECK(problemsOf(e).isEmpty());
        e.regionCodes = {QStringLiteral("AZ-GA")};
        CHECK(hasField(problemsOf(e), "region_codes")); // nationwide and a region list
        e.nationwide = false;
        e.regionCodes = {QStringLiteral("AZ-XXX")};
        CHECK(hasField(problemsOf(e), "region_codes"));
        e.regionCodes = {QStringLiteral("unknown")};
        CHECK(hasField(problemsOf(e), "region_codes"));
        e.regionCodes = {QStringLiteral("AZ-SA")}; // Şəki city's ISO code: use AZ-SAK
        const Problems problems = problemsOf(e);
        REQUIRE(hasField(problems, "region_codes"));
        CHECK(problems.first().message.contains(QStringLiteral("AZ-SAK")));
        e.regionCodes = {QStringLiteral("AZ-SAK"), QStringLiteral("AZ-SAK")};
        CHECK(hasField(problemsOf(e), "region_codes"));
        e.regionCodes = {QStringLiteral("az-sak")};
        CHECK(hasField(problemsOf(e), "region_codes"));
    }
    SECTION("ages")
    {
        e.ageMin = 26;
        CHECK(hasField(problemsOf(e), "age_min"));
        e.ageMin = -2;
        CHECK(hasField(problemsOf(e), "age_min"));
        e.ageMin = 12;
        e.ageMax = 10;
        CHECK(hasField(problemsOf(e), "age_max"));
        e.ageMax = 30;
        CHECK(hasField(problemsOf(e), "age_max"));
        e.ageMin = -1;
        e.ageMax = 25;
        CHECK(problemsOf(e).isEmpty());
        e.ageMin = 25;
        e.ageMax = -1;
        CHECK(problemsOf(e).isEmpty());
    }
    SECTION("genders and languages")
    {
        e.genders = {QStringLiteral("girl")};
        CHECK(hasField(problemsOf(e), "genders"));
        e.genders = {QStringLiteral("female"), QStringLiteral("male")};
        CHECK(problemsOf(e).isEmpty());
        e.languages = {QStringLiteral("Azerbaijani")};
        CHECK(hasField(problemsOf(e), "languages"));
        e.languages = {QStringLiteral("az"), QStringLiteral("tly"), QStringLiteral("lez")};
        CHECK(problemsOf(e).isEmpty());
    }
    SECTION("phones")
    {
        for (const char *good : {"012 555 01 23", "+994 12 555 01 23", "(012) 555-01-23", "112",
                                 "1558", "12345", "+99412555012345678901"}) {
            e.phones = {QLatin1String(good)};
            INFO(good);
            CHECK(problemsOf(e).isEmpty());
        }
        for (const char *bad : {"12", "12345678901234567890123", "012 555 ab", "call 012 555",
                                "012+555 01 23", "1234 ", "+112", "012/555/01/23"}) {
            e.phones = {QLatin1String(bad)};
            INFO(bad);
            CHECK(hasField(problemsOf(e), "phones"));
        }
        e.phones.clear();
        for (int i = 0; i < 11; ++i)
            e.phones << QStringLiteral("012 555 01 %1").arg(i + 10);
        CHECK(hasField(problemsOf(e), "phones"));
    }
    SECTION("email and website")
    {
        for (const char *bad : {"info", "info@example", "a b@example.az", "@example.az",
                                "info@@example.az", "info@example..az"}) {
            e.email = QLatin1String(bad);
            INFO(bad);
            CHECK(hasField(problemsOf(e), "email"));
        }
        e.email = QStringLiteral("yardim.xidmeti+1@mail.example.az");
        CHECK(problemsOf(e).isEmpty());
        for (const char *bad : {"example.az", "www.example.az", "ftp://example.az",
                                "https://localhost", "https://exa mple.az", "https://"}) {
            e.website = QLatin1String(bad);
            INFO(bad);
            CHECK(hasField(problemsOf(e), "website"));
        }
        e.website = QStringLiteral("http://example.az/a?b=c");
        CHECK(problemsOf(e).isEmpty());
    }
    SECTION("opening hours")
    {
        e.openingHours = QStringLiteral("mon-fry 09:00-18:00");
        const Problems problems = problemsOf(e);
        REQUIRE(hasField(problems, "opening_hours"));
        CHECK(problems.first().message.contains(QStringLiteral("fry")));
        e.openingHours.clear(); // not known
        CHECK(problemsOf(e).isEmpty());
    }
    SECTION("verification date")
    {
        e.verifiedOn = QDate();
        CHECK(hasField(problemsOf(e), "verified_on"));
        e.verifiedOn = kToday.addDays(1);
        CHECK(hasField(problemsOf(e), "verified_on"));
        e.verifiedOn = kToday;
        CHECK(problemsOf(e).isEmpty());
    }
    SECTION("long text")
    {
        e.address = QString(501, u'x');
        e.eligibility = QString(1001, u'x');
        e.notes = QString(4001, u'x');
        const Problems problems = problemsOf(e);
        CHECK(hasField(problems, "address"));
        CHECK(hasField(problems, "eligibility"));
        CHECK(hasField(problems, "notes"));
        e.address = QStringLiteral("line one\nline two"); // several lines are fine here
        e.eligibility.clear();
        e.notes.clear();
        CHECK(problemsOf(e).isEmpty());
    }
}

TEST_CASE("directory entry: service types have codes and three labels", "[directory]")
{
    const QStringList codes = directoryServiceTypeCodes();
    CHECK(codes == QStringList{QStringLiteral("legal"), QStringLiteral("rehabilitation"),
                               QStringLiteral("shelter"), QStringLiteral("psychology"),
                               QStringLiteral("police"), QStringLiteral("social_services"),
                               QStringLiteral("health"), QStringLiteral("education"),
                               QStringLiteral("hotline"), QStringLiteral("other")});
    for (const QString &code : codes) {
        INFO(str(code));
        CHECK(isDirectoryServiceType(code));
        CHECK_FALSE(directoryServiceTypeName(code).isEmpty());
        CHECK(directoryServiceTypeLabel(code, QStringLiteral("en")) ==
              QString::fromLatin1(
                  std::find_if(directoryServiceTypes().begin(), directoryServiceTypes().end(),
                               [&](const DirectoryServiceType &t) { return t.code == code; })
                      ->source));
        CHECK(directoryServiceTypeLabel(code, QStringLiteral("az")) !=
              directoryServiceTypeLabel(code, QStringLiteral("en")));
        CHECK(directoryServiceTypeLabel(code, QStringLiteral("ru")) !=
              directoryServiceTypeLabel(code, QStringLiteral("en")));
    }
    CHECK(directoryServiceTypeLabel(QStringLiteral("shelter"), QStringLiteral("az")) ==
          QStringLiteral("Sığınacaq"));
    CHECK(directoryServiceTypeLabel(QStringLiteral("nope"), QStringLiteral("az")) ==
          QStringLiteral("nope"));
    CHECK_FALSE(isDirectoryServiceType(QStringLiteral("Legal")));
    CHECK(directoryGenderCodes() == QStringList{QStringLiteral("female"), QStringLiteral("male")});
}

TEST_CASE("directory entry: names, ages and regions served", "[directory]")
{
    DirectoryEntry e = sample();
    CHECK(e.displayName(QStringLiteral("az")) == e.name);
    CHECK(e.displayName(QStringLiteral("ru")) == e.nameRu);
    CHECK(e.displayName(QStringLiteral("en")) == e.nameEn);
    e.nameEn.clear();
    CHECK(e.displayName(QStringLiteral("en")) == e.name);

    CHECK_FALSE(e.servesAge(5));
    CHECK(e.servesAge(6));
    CHECK(e.servesAge(18));
    CHECK_FALSE(e.servesAge(19));
    e.ageMin = -1;
    e.ageMax = -1;
    CHECK(e.servesAge(0));
    CHECK(e.servesAge(40));

    const Regions &regions = Regions::builtIn();
    e.regionCodes = {QStringLiteral("AZ-BA.nasimi"), QStringLiteral("AZ-GA")};
    CHECK(e.servesRegion(QStringLiteral("AZ-BA.nasimi"), regions));
    CHECK(e.servesRegion(QStringLiteral("AZ-GA"), regions));
    CHECK(e.servesRegion(QStringLiteral("AZ-BA"), regions)); // a child somewhere in Baku
    CHECK(e.servesRegion(QStringLiteral("er.baku"), regions));
    CHECK_FALSE(e.servesRegion(QStringLiteral("AZ-BA.yasamal"), regions));
    CHECK_FALSE(e.servesRegion(QStringLiteral("AZ-SAK"), regions));
    e.regionCodes = {QStringLiteral("er.shaki_zagatala")};
    CHECK(e.servesRegion(QStringLiteral("AZ-SAK"), regions));
    CHECK(e.servesRegion(QStringLiteral("AZ-ZAQ"), regions));
    CHECK_FALSE(e.servesRegion(QStringLiteral("AZ-GA"), regions));
    e.regionCodes = {QStringLiteral("AZ-BA")};
    CHECK(e.servesRegion(QStringLiteral("AZ-BA.yasamal"), regions));
    e.regionCodes.clear();
    e.nationwide = true;
    CHECK(e.servesRegion(QStringLiteral("AZ-LAN"), regions));
}

// ---------------------------------------------------------------------------------------------
// Opening hours

TEST_CASE("opening hours: the format", "[directory]")
{
    const QList<QPair<const char *, const char *>> valid{
        {"24/7", "24/7"},
        {" 24/7 ", "24/7"},
        {"mon-fri 09:00-18:00", "mon-fri 09:00-18:00"},
        {"Mon-Fri 9:00-18:00; Sat 10:00-14:00", "mon-fri 09:00-18:00; sat 10:00-14:00"},
        {"mon - fri  09:00 - 13:00 , 14:00-18:00", "mon-fri 09:00-13:00,14:00-18:00"},
        {"mon,wed,fri 10:00-12:00", "mon,wed,fri 10:00-12:00"},
        {"mon-wed, fri 10:00-12:00;", "mon-wed,fri 10:00-12:00"},
        {"fri-mon 20:00-02:00", "fri-mon 20:00-02:00"},
        {"sun 00:00-24:00", "sun 00:00-24:00"},
        {"mon–fri 09:00–18:00", "mon-fri 09:00-18:00"}, // en dashes from a word processor
    };
    for (const auto &[text, canonical] : valid) {
        INFO(text);
        QString error;
        const auto hours = OpeningHours::parse(QString::fromUtf8(text), &error);
        INFO(str(error));
        REQUIRE(hours);
        CHECK(str(hours->toString()) == canonical);
        CHECK(OpeningHours::parse(hours->toString()) == hours);
    }

    const QList<QPair<const char *, const char *>> invalid{
        {"", "24/7"},
        {"always", "days and then times"},
        {"mon-fri", "days and then times"},
        {"mon-fri 09:00-18:00 extra", "days and then times"},
        {"monday 09:00-18:00", "monday"},
        {"mon-fry 09:00-18:00", "fry"},
        {"mon-tue-wed 09:00-18:00", "mon-tue-wed"},
        {"mon 09:00", "09:00"},
        {"mon 9-18", "9"},
        {"mon 09:00-25:00", "25:00"},
        {"mon 24:00-02:00", "24:00"},
        {"mon 09:60-10:00", "09:60"},
        {"mon 09:00-09:00", "same time"},
        {"24/7; mon 09:00-18:00", "24/7"},
        {"mon 09:00-18:00; 24/7", "24/7"},
    };
    for (const auto &[text, mention] : invalid) {
        INFO(text);
        QString error;
        CHECK_FALSE(OpeningHours::parse(QString::fromUtf8(text), &error));
        INFO(str(error));
        CHECK(error.contains(QLatin1String(mention)));
    }

    const auto hours = OpeningHours::parse(QStringLiteral("fri-mon,wed 10:00-12:00"));
    REQUIRE(hours);
    CHECK(hours->rules().first().days() == QList<int>{5, 6, 7, 1, 3});
}

TEST_CASE("opening hours: open at a moment, in Baku time", "[directory]")
{
    DirectoryEntry e = sample(); // mon-fri 09:00-18:00; sat 10:00-14:00
    // 2026-03-02 is a Monday.
    CHECK_FALSE(e.isOpenAt(baku(2026, 3, 2, 8, 59)));
    CHECK(e.isOpenAt(baku(2026, 3, 2, 9, 0)));
    CHECK(e.isOpenAt(baku(2026, 3, 2, 17, 59)));
    CHECK_FALSE(e.isOpenAt(baku(2026, 3, 2, 18, 0)));
    CHECK(e.isOpenAt(baku(2026, 3, 6, 12, 0)));       // Friday
    CHECK(e.isOpenAt(baku(2026, 3, 7, 13, 59)));      // Saturday
    CHECK_FALSE(e.isOpenAt(baku(2026, 3, 7, 14, 0))); // Saturday, closed
    CHECK_FALSE(e.isOpenAt(baku(2026, 3, 8, 12, 0))); // Sunday

    SECTION("times in UTC or another zone are converted: Baku is UTC+4 all year")
    {
        const QDateTime utc(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC); // 09:00 in Baku
        CHECK(e.isOpenAt(utc));
        CHECK_FALSE(e.isOpenAt(utc.addSecs(-60)));
        const QDateTime summer(QDate(2026, 7, 6), QTime(13, 59), Qt::UTC); // 17:59, no DST
        CHECK(e.isOpenAt(summer));
        CHECK_FALSE(e.isOpenAt(summer.addSecs(60)));
        const QDateTime moscow(QDate(2026, 3, 2), QTime(8, 0), QTimeZone(3 * 3600)); // 09:00
        CHECK(e.isOpenAt(moscow));
        const QTimeZone bakuZone("Asia/Baku");
        if (bakuZone.isValid()) {
            const QDateTime zoned(QDate(2026, 7, 4), QTime(10, 30), bakuZone);
            CHECK(e.isOpenAt(zoned));
            CHECK(OpeningHours::bakuTime(zoned).time() == QTime(10, 30));
        }
        // Sunday 23:00 UTC is Monday 03:00 in Baku.
        e.openingHours = QStringLiteral("mon 00:00-04:00");
        CHECK(e.isOpenAt(QDateTime(QDate(2026, 3, 1), QTime(23, 0), Qt::UTC)));
    }
    SECTION("past midnight")
    {
        e.openingHours = QStringLiteral("fri,sat 20:00-02:00");
        CHECK(e.isOpenAt(baku(2026, 3, 6, 23, 30))); // Friday night
        CHECK(e.isOpenAt(baku(2026, 3, 7, 1, 59)));  // early Saturday: Friday's hours
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 7, 2, 0)));
        CHECK(e.isOpenAt(baku(2026, 3, 8, 1, 0)));        // early Sunday: Saturday's hours
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 6, 1, 0)));  // early Friday: Thursday is closed
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 8, 20, 0))); // Sunday evening
        e.openingHours = QStringLiteral("sun 22:00-00:00");
        CHECK(e.isOpenAt(baku(2026, 3, 8, 23, 59)));
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 9, 0, 0)));
    }
    SECTION("wrapping day ranges, lists, whole days and 24/7")
    {
        e.openingHours = QStringLiteral("sat-mon 10:00-12:00,15:00-17:00");
        CHECK(e.isOpenAt(baku(2026, 3, 9, 11, 0)));        // Monday
        CHECK(e.isOpenAt(baku(2026, 3, 8, 16, 0)));        // Sunday afternoon
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 8, 13, 0)));  // Sunday lunch
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 10, 11, 0))); // Tuesday
        e.openingHours = QStringLiteral("wed 00:00-24:00");
        CHECK(e.isOpenAt(baku(2026, 3, 4, 0, 0)));
        CHECK(e.isOpenAt(baku(2026, 3, 4, 23, 59)));
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 5, 0, 0)));
        e.openingHours = QStringLiteral("24/7");
        CHECK(e.isOpenAt(baku(2026, 3, 8, 3, 0)));
    }
    SECTION("unknown or broken hours are never open")
    {
        e.openingHours.clear();
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 2, 12, 0)));
        e.openingHours = QStringLiteral("weekdays");
        CHECK_FALSE(e.isOpenAt(baku(2026, 3, 2, 12, 0)));
        CHECK_FALSE(sample().isOpenAt(QDateTime()));
    }
}

// ---------------------------------------------------------------------------------------------
// CSV

TEST_CASE("directory CSV: a valid file", "[directory]")
{
    const QByteArray id = "01890a5d-ac96-774b-bcce-b302099a8057";
    const QByteArray file = csvHeader() + csvRow(id) +
                            csvRow({}, {{"name", "İkinci"},
                                        {"nationwide", "yes"},
                                        {"region_codes", ""},
                                        {"age_min", ""},
                                        {"age_max", ""},
                                        {"free", "No"},
                                        {"service_types", "Hotline; other;"}});
    const DirectoryImport result = readDirectoryCsv(file, kToday);
    INFO(describe(result.problems));
    REQUIRE(result.ok());
    REQUIRE(result.entries.size() == 2);

    const DirectoryEntry &first = result.entries.at(0);
    CHECK(first.meta.id == QLatin1String(id));
    CHECK(first.name == QStringLiteral("Nümunə Mərkəz"));
    CHECK(first.nameRu == QStringLiteral("Пример"));
    CHECK(first.serviceTypes == QStringList{QStringLiteral("legal"), QStringLiteral("psychology")});
    CHECK_FALSE(first.nationwide);
    CHECK(first.regionCodes ==
          QStringList{QStringLiteral("AZ-GA"), QStringLiteral("AZ-BA.nasimi")});
    CHECK(first.ageMin == 0);
    CHECK(first.ageMax == 17);
    CHECK(first.genders.isEmpty());
    CHECK(first.languages == QStringList{QStringLiteral("az"), QStringLiteral("ru")});
    CHECK(first.free);
    CHECK(first.phones == QStringList{QStringLiteral("022 555 10 20")});
    CHECK(first.verifiedOn == QDate(2026, 1, 10));

    const DirectoryEntry &second = result.entries.at(1);
    CHECK(isUuid(second.meta.id)); // made on import
    CHECK(second.meta.id != first.meta.id);
    CHECK(second.nationwide);
    CHECK(second.ageMin == -1);
    CHECK(second.ageMax == -1);
    CHECK_FALSE(second.free);
    CHECK(second.serviceTypes == QStringList{QStringLiteral("hotline"), QStringLiteral("other")});
}

TEST_CASE("directory CSV: BOM, CRLF, quoted cells over several lines, optional columns",
          "[directory]")
{
    QByteArray file = "\xEF\xBB\xBF"
                      "Name,SERVICE_TYPES, region_codes ,verified_on,notes,address\r\n"
                      "\"Şəki Uşaq Evi, filial\",shelter,AZ-SAK,2026-02-01,\"Line one\r\n"
                      "line \"\"two\"\", with a comma\r\n"
                      "line three\",Şəki\r\n"
                      "\r\n"
                      ",,,,,\r\n"
                      "Quba Mərkəzi,education,AZ-QBA,15.01.2026,,\"\"\r\n";
    const DirectoryImport result = readDirectoryCsv(file, kToday);
    INFO(describe(result.problems));
    REQUIRE(result.ok());
    REQUIRE(result.entries.size() == 2);
    const DirectoryEntry &first = result.entries.at(0);
    CHECK(first.name == QStringLiteral("Şəki Uşaq Evi, filial"));
    CHECK(first.notes == QStringLiteral("Line one\nline \"two\", with a comma\nline three"));
    CHECK(first.address == QStringLiteral("Şəki"));
    CHECK(first.ageMin == -1); // the age columns are not there: no limit
    CHECK(first.ageMax == -1);
    const DirectoryEntry &second = result.entries.at(1);
    CHECK(second.name == QStringLiteral("Quba Mərkəzi"));
    CHECK(second.verifiedOn == QDate(2026, 1, 15)); // a spreadsheet's dd.mm.yyyy

    SECTION("the same file with LF only, and with CR only")
    {
        QByteArray lf = file;
        lf.replace("\r\n", "\n");
        const DirectoryImport viaLf = readDirectoryCsv(lf, kToday);
        INFO(describe(viaLf.problems));
        REQUIRE(viaLf.ok());
        CHECK(viaLf.entries.at(0).notes == first.notes);
        QByteArray cr = lf;
        cr.replace('\n', '\r');
        const DirectoryImport viaCr = readDirectoryCsv(cr, kToday);
        INFO(describe(viaCr.problems));
        REQUIRE(viaCr.ok());
        CHECK(viaCr.entries.at(1).name == second.name);
    }
}

TEST_CASE("directory CSV: every kind of invalid row, each with its line", "[directory]")
{
    const QByteArray dup = "01890a5d-ac96-774b-bcce-b302099a8057";
    QByteArray file = csvHeader();                               // line 1
    file += csvRow(dup);                                         // 2: valid
    file += csvRow({}, {{"name", ""}});                          // 3
    file += csvRow({}, {{"service_types", ""}});                 // 4
    file += csvRow({}, {{"service_types", "legal;lawyer"}});     // 5
    file += csvRow({}, {{"region_codes", "AZ-XXX"}});            // 6
    file += csvRow({}, {{"region_codes", ""}});                  // 7
    file += csvRow({}, {{"nationwide", "maybe"}});               // 8
    file += csvRow({}, {{"age_min", "ten"}});                    // 9
    file += csvRow({}, {{"age_min", "12"}, {"age_max", "10"}});  // 10
    file += csvRow({}, {{"age_max", "30"}});                     // 11
    file += csvRow({}, {{"genders", "girl"}});                   // 12
    file += csvRow({}, {{"languages", "azeri"}});                // 13
    file += csvRow({}, {{"phones", "012 555 01 23;call us"}});   // 14
    file += csvRow({}, {{"email", "info-at-example.az"}});       // 15
    file += csvRow({}, {{"website", "www.example.az"}});         // 16
    file += csvRow({}, {{"opening_hours", "weekdays 9-6"}});     // 17
    file += csvRow({}, {{"verified_on", ""}});                   // 18
    file += csvRow({}, {{"verified_on", "2030-01-01"}});         // 19
    file += csvRow({}, {{"verified_on", "yesterday"}});          // 20
    file += csvRow({}, {{"id", "not-an-id"}});                   // 21
    file += csvRow(dup);                                         // 22: the id of line 2
    file += csvRow({}, {{"free", "sometimes"}, {"email", "x"}}); // 23: two problems
    file += "too,few,cells\n";                                   // 24
    file += csvRow({}, {{"notes", "\"multi\nline\""}});          // 25-26: valid
    file += csvRow({}, {{"notes", "say \"hi\""}});               // 27: quote in a cell
    file += csvRow({}, {{"notes", "\"closed\" then text"}});     // 28
    file += csvRow({}, {{"name", "=1+2"}});                      // 29

    const DirectoryImport result = readDirectoryCsv(file, kToday);
    INFO(describe(result.problems));
    CHECK_FALSE(result.ok());
    CHECK(lines(result.problems) == QList<int>{3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15,
                                               16, 17, 18, 19, 20, 21, 22, 23, 24, 27, 28, 29});
    CHECK(hasProblem(result.problems, 3, "name"));
    CHECK(hasProblem(result.problems, 4, "service_types"));
    CHECK(hasProblem(result.problems, 5, "service_types"));
    CHECK(hasProblem(result.problems, 6, "region_codes"));
    CHECK(hasProblem(result.problems, 7, "region_codes"));
    CHECK(hasProblem(result.problems, 8, "nationwide"));
    CHECK(hasProblem(result.problems, 9, "age_min"));
    CHECK(hasProblem(result.problems, 10, "age_max"));
    CHECK(hasProblem(result.problems, 11, "age_max"));
    CHECK(hasProblem(result.problems, 12, "genders"));
    CHECK(hasProblem(result.problems, 13, "languages"));
    CHECK(hasProblem(result.problems, 14, "phones"));
    CHECK(hasProblem(result.problems, 15, "email"));
    CHECK(hasProblem(result.problems, 16, "website"));
    CHECK(hasProblem(result.problems, 17, "opening_hours"));
    CHECK(hasProblem(result.problems, 18, "verified_on"));
    CHECK(hasProblem(result.problems, 19, "verified_on"));
    CHECK(hasProblem(result.problems, 20, "verified_on"));
    CHECK(hasProblem(result.problems, 21, "id"));
    CHECK(hasProblem(result.problems, 22, "id"));
    CHECK(hasProblem(result.problems, 23, "free"));
    CHECK(hasProblem(result.problems, 23, "email"));
    CHECK(hasProblem(result.problems, 24, ""));
    CHECK(hasProblem(result.problems, 27, ""));
    CHECK(hasProblem(result.problems, 28, ""));
    CHECK(hasProblem(result.problems, 29, "name"));
    // One problem per bad cell: an unreadable date is not also "missing".
    CHECK(std::count_if(result.problems.begin(), result.problems.end(),
                        [](const ImportProblem &p) { return p.line == 20; }) == 1);
    for (const ImportProblem &p : result.problems) {
        CHECK_FALSE(p.message.isEmpty());
        CHECK(p.sourceLine == p.line);
        if (p.line == 22)
            CHECK(p.message.contains(QStringLiteral("line 2")));
    }
    // The valid rows were read, but the import as a whole is not ok.
    REQUIRE(result.entries.size() == 2);
    CHECK(result.entries.at(1).notes == QStringLiteral("multi\nline"));
}

TEST_CASE("directory CSV: what people type is tidied", "[directory]")
{
    const DirectoryImport result = readDirectoryCsv(
        "ID,Name,Service_Types,Nationwide,Languages,Phones,Opening_Hours,Verified_On\n"
        "01890A5D-AC96-774B-BCCE-B302099A8057,  M\xd3\x99rk\xd3\x99z  ,Legal ; PSYCHOLOGY,"
        "YES,AZ; RU,012  555 01 23;;,Mon–Fri 9:00-18:00 ; sat 10:00 - 14:00,2026-01-05\n",
        kToday);
    INFO(describe(result.problems));
    REQUIRE(result.ok());
    const DirectoryEntry &entry = result.entries.first();
    CHECK(entry.meta.id == QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057"));
    CHECK(entry.name == QStringLiteral("Mərkəz")); // the Cyrillic look-alike ә replaced
    CHECK(entry.serviceTypes == QStringList{QStringLiteral("legal"), QStringLiteral("psychology")});
    CHECK(entry.nationwide);
    CHECK(entry.languages == QStringList{QStringLiteral("az"), QStringLiteral("ru")});
    CHECK(entry.phones == QStringList{QStringLiteral("012 555 01 23")});
    CHECK(entry.openingHours == QStringLiteral("mon-fri 09:00-18:00; sat 10:00-14:00"));
}

TEST_CASE("directory CSV: header problems are reported once", "[directory]")
{
    SECTION("an unknown and a repeated column; the rows are still checked")
    {
        const DirectoryImport result =
            readDirectoryCsv("name,service_types,region_codes,verified_on,colour,Name\n"
                             "A,legal,AZ-GA,2026-01-01,red,A\n"
                             "B,legal,AZ-GA,2030-01-01,blue,B\n",
                             kToday);
        INFO(describe(result.problems));
        CHECK(hasProblem(result.problems, 1, "colour"));
        CHECK(hasProblem(result.problems, 1, "name"));
        CHECK(hasProblem(result.problems, 3, "verified_on"));
        CHECK(result.problems.size() == 3);
    }
    SECTION("missing required columns: once each, not on every row")
    {
        const DirectoryImport result = readDirectoryCsv("name,region_codes\n"
                                                        "A,AZ-GA\n"
                                                        "B,AZ-GA\n",
                                                        kToday);
        INFO(describe(result.problems));
        REQUIRE(result.problems.size() == 2);
        CHECK(hasProblem(result.problems, 1, "service_types"));
        CHECK(hasProblem(result.problems, 1, "verified_on"));
    }
    SECTION("a blank first line moves the header to line 2")
    {
        const DirectoryImport result = readDirectoryCsv(
            "\nname,service_types,region_codes,verified_on\nA,legal,AZ-GA,\n", kToday);
        INFO(describe(result.problems));
        REQUIRE(result.problems.size() == 1);
        CHECK(hasProblem(result.problems, 3, "verified_on"));
    }
    SECTION("semicolons between columns")
    {
        const DirectoryImport result =
            readDirectoryCsv("name;service_types;verified_on\nA;legal;2026-01-01\n", kToday);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.first().line == 1);
        CHECK(result.problems.first().message.contains(QStringLiteral("semicolon")));
    }
}

TEST_CASE("directory CSV: problems of the whole file", "[directory]")
{
    SECTION("not UTF-8: the line of the first bad byte")
    {
        const DirectoryImport result =
            readDirectoryCsv("name,service_types,region_codes,verified_on\n"
                             "A,legal,AZ-GA,2026-01-01\n"
                             "\xC7\xF6rek,legal,AZ-GA,2026-01-01\n",
                             kToday);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.first().line == 3);
        CHECK(result.entries.isEmpty());
    }
    SECTION("a quoted cell that never closes")
    {
        const DirectoryImport result =
            readDirectoryCsv("name,service_types,region_codes,verified_on\n"
                             "A,legal,AZ-GA,2026-01-01\n"
                             "\"B,legal,AZ-GA,2026-01-01\n"
                             "C,legal,AZ-GA,2026-01-01\n",
                             kToday);
        INFO(describe(result.problems));
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.first().line == 3);
    }
    SECTION("empty, or a header alone")
    {
        CHECK_FALSE(readDirectoryCsv("", kToday).ok());
        CHECK_FALSE(readDirectoryCsv("\xEF\xBB\xBF\r\n", kToday).ok());
        const DirectoryImport header =
            readDirectoryCsv("name,service_types,region_codes,verified_on\n", kToday);
        REQUIRE(header.problems.size() == 1);
        CHECK(header.problems.first().line == 0);
    }
    SECTION("too many rows")
    {
        QByteArray many = "name,service_types,nationwide,verified_on\n";
        for (int i = 0; i <= kMaxDirectoryEntries; ++i)
            many += "A,legal,yes,2026-01-01\n";
        const DirectoryImport result = readDirectoryCsv(many, kToday);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.first().line == 0);
        CHECK(result.entries.isEmpty());
    }
    SECTION("too big")
    {
        QByteArray big = csvHeader();
        big.append(QByteArray(kMaxDirectoryFileBytes, ' '));
        const DirectoryImport result = readDirectoryCsv(big, kToday);
        REQUIRE(result.problems.size() == 1);
        CHECK(result.problems.first().line == 0);
    }
}

TEST_CASE("directory CSV: export then import gives the same entries", "[directory]")
{
    DirectoryEntry tricky = sample();
    tricky.meta.id = newUuidV7();
    tricky.name = QStringLiteral("Ad, \"dırnaqla\"");
    tricky.notes = QStringLiteral("Line one\nline two, with a comma\n\"quoted\"");
    tricky.eligibility = QStringLiteral("Уже, с запятой");
    DirectoryEntry plain = sample();
    plain.meta.id = newUuidV7();
    plain.nationwide = true;
    plain.regionCodes.clear();
    plain.ageMin = -1;
    plain.ageMax = 12;
    plain.free = false;
    plain.genders.clear();
    plain.email.clear();
    plain.openingHours = QStringLiteral("24/7");
    const QList<DirectoryEntry> entries{sample(), tricky, plain};

    const QByteArray csv = writeDirectoryCsv(entries);
    CHECK(csv.startsWith("\xEF\xBB\xBF"
                         "id,name,name_ru,name_en,service_types,nationwide,region_codes,"));
    CHECK(csv.contains("\r\n"));
    CHECK(csv.contains("legal;psychology"));
    const DirectoryImport back = readDirectoryCsv(csv, kToday);
    INFO(describe(back.problems));
    REQUIRE(back.ok());
    REQUIRE(back.entries.size() == entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        INFO(i);
        CHECK(back.entries.at(i) == entries.at(i));
    }
    CHECK(writeDirectoryCsv(back.entries) == csv);
    CHECK(directoryCsvColumns().size() == 24);
    CHECK(directoryCsvRequiredColumns() == QStringList{QStringLiteral("name"),
                                                       QStringLiteral("service_types"),
                                                       QStringLiteral("verified_on")});
}

// ---------------------------------------------------------------------------------------------
// JSON

TEST_CASE("directory JSON: one entry, strictly", "[directory]")
{
    const QJsonObject json = directoryEntryToJson(sample());
    CHECK(json.value(QStringLiteral("name_ru")).toString() == sample().nameRu);
    CHECK(json.value(QStringLiteral("service_types")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("verified_on")).toString() == QStringLiteral("2026-02-15"));
    CHECK_FALSE(json.contains(QStringLiteral("revision"))); // file form: id and fields only

    Problems problems;
    const auto back = directoryEntryFromJson(json, &problems);
    INFO(describe(problems));
    REQUIRE(back);
    CHECK(*back == sample());

    SECTION("unknown keys, wrong types and missing keys are problems")
    {
        QJsonObject bad = json;
        bad.insert(QStringLiteral("colour"), QStringLiteral("red"));
        bad.insert(QStringLiteral("free"), QStringLiteral("yes"));
        bad.insert(QStringLiteral("age_min"), 2.5);
        bad.insert(QStringLiteral("phones"), QJsonArray{QStringLiteral("012 555 01 23"), 5});
        bad.insert(QStringLiteral("languages"), QStringLiteral("az"));
        bad.insert(QStringLiteral("verified_on"), QStringLiteral("15.02.2026"));
        bad.insert(QStringLiteral("name_en"), 7);
        bad.insert(QStringLiteral("revision"), 3); // record meta is not part of a file entry
        bad.remove(QStringLiteral("service_types"));
        Problems found;
        CHECK_FALSE(directoryEntryFromJson(bad, &found));
        INFO(describe(found));
        for (const char *field : {"colour", "free", "age_min", "phones[1]", "languages",
                                  "verified_on", "name_en", "revision", "service_types"})
            CHECK(hasField(found, field));
        CHECK(found.size() == 9);
    }
    SECTION("optional keys may be null or absent")
    {
        QJsonObject small{{QStringLiteral("name"), QStringLiteral("Ad")},
                          {QStringLiteral("service_types"), QJsonArray{QStringLiteral("other")}},
                          {QStringLiteral("verified_on"), QStringLiteral("2026-01-01")},
                          {QStringLiteral("email"), QJsonValue::Null},
                          {QStringLiteral("age_min"), QJsonValue::Null}};
        Problems found;
        const auto entry = directoryEntryFromJson(small, &found);
        INFO(describe(found));
        REQUIRE(entry);
        CHECK(entry->meta.id.isEmpty());
        CHECK(entry->ageMin == -1);
        CHECK(entry->ageMax == -1);
        CHECK_FALSE(entry->free);
        CHECK_FALSE(entry->nationwide);
    }
    SECTION("the record form carries the record meta and needs an id")
    {
        DirectoryEntry record = sample();
        record.meta.createdAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
        record.meta.updatedAt = QDateTime(QDate(2026, 2, 2), QTime(3, 4, 5, 9), Qt::UTC);
        record.meta.createdBy = QStringLiteral("account-1");
        record.meta.originDevice = QStringLiteral("server");
        record.meta.revision = 4;
        record.meta.deleted = true;
        const QJsonObject object = directoryEntryToJson(record, DirectoryJsonForm::Record);
        CHECK(object.value(QStringLiteral("created_at")).toString() ==
              QStringLiteral("2026-01-02T03:04:05.678Z"));
        Problems found;
        const auto decoded = directoryEntryFromJson(object, &found, DirectoryJsonForm::Record);
        INFO(describe(found));
        REQUIRE(decoded);
        CHECK(*decoded == record);
        QJsonObject noId = object;
        noId.remove(QStringLiteral("id"));
        found.clear();
        CHECK_FALSE(directoryEntryFromJson(noId, &found, DirectoryJsonForm::Record));
        CHECK(hasField(found, "id"));
    }
}

TEST_CASE("directory JSON: a whole file", "[directory]")
{
    const QByteArray file = R"([
  {"name": "A", "service_types": ["legal"], "region_codes": ["AZ-GA"],
   "verified_on": "2026-01-01"},
  {"name": "B", "service_types": ["legal"], "region_codes": ["AZ-GA"],
   "verified_on": "2030-01-01"},
  {
    "name": "C", "service_types": ["cooking"], "region_codes": ["AZ-GA"],
    "verified_on": "2026-01-01", "note": "{not a brace]"
  },
  "D",
  {"id": "01890a5d-ac96-774b-bcce-b302099a8057", "name": "E", "service_types": ["legal"],
   "nationwide": true, "verified_on": "2026-01-01"},
  {"id": "01890a5d-ac96-774b-bcce-b302099a8057", "name": "F", "service_types": ["legal"],
   "nationwide": true, "verified_on": "2026-01-01"}
])";
    const DirectoryImport result = readDirectoryJson(file, kToday);
    INFO(describe(result.problems));
    CHECK_FALSE(result.ok());
    // `line` is the entry number, `sourceLine` the line of the file where it starts.
    CHECK(hasProblem(result.problems, 2, "verified_on"));
    CHECK(hasProblem(result.problems, 3, "service_types"));
    CHECK(hasProblem(result.problems, 3, "note"));
    CHECK(hasProblem(result.problems, 4, ""));
    CHECK(hasProblem(result.problems, 6, "id"));
    CHECK(result.problems.size() == 5);
    for (const ImportProblem &p : result.problems) {
        const QMap<int, int> startLines{{2, 4}, {3, 6}, {4, 10}, {6, 13}};
        INFO(p.line);
        CHECK(p.sourceLine == startLines.value(p.line));
        if (p.line == 6)
            CHECK(p.message.contains(QStringLiteral("entry 5")));
    }
    REQUIRE(result.entries.size() == 2);
    CHECK(isUuid(result.entries.at(0).meta.id));
    CHECK(result.entries.at(1).name == QStringLiteral("E"));

    SECTION("problems of the whole file")
    {
        const DirectoryImport broken = readDirectoryJson("[\n  {\"name\": \"A\",\n  }\n]", kToday);
        REQUIRE(broken.problems.size() == 1);
        CHECK(broken.problems.first().line == 0);
        CHECK(broken.problems.first().sourceLine == 3);
        CHECK(broken.problems.first().message.contains(QStringLiteral("line 3")));
        CHECK_FALSE(readDirectoryJson("{\"name\": \"A\"}", kToday).ok());
        CHECK_FALSE(readDirectoryJson("[]", kToday).ok());
        CHECK_FALSE(readDirectoryJson("", kToday).ok());
    }
    SECTION("a byte order mark is fine")
    {
        const DirectoryImport bom =
            readDirectoryJson("\xEF\xBB\xBF[{\"name\": \"A\", \"service_types\": [\"legal\"], "
                              "\"nationwide\": true, \"verified_on\": \"2026-01-01\"}]",
                              kToday);
        INFO(describe(bom.problems));
        CHECK(bom.ok());
    }
}

TEST_CASE("directory JSON: export then import gives the same entries", "[directory]")
{
    DirectoryEntry second = sample();
    second.meta.id = newUuidV7();
    second.nationwide = true;
    second.regionCodes.clear();
    second.ageMin = -1;
    second.ageMax = -1;
    second.openingHours.clear();
    second.website.clear();
    const QList<DirectoryEntry> entries{sample(), second};
    const QByteArray json = writeDirectoryJson(entries);
    const DirectoryImport back = readDirectoryJson(json, kToday);
    INFO(describe(back.problems));
    REQUIRE(back.ok());
    REQUIRE(back.entries == entries);
    CHECK(writeDirectoryJson(back.entries) == json);
    // And across formats: JSON to CSV and back.
    const DirectoryImport viaCsv = readDirectoryCsv(writeDirectoryCsv(back.entries), kToday);
    REQUIRE(viaCsv.ok());
    CHECK(viaCsv.entries == entries);
}

TEST_CASE("directory: the demo directory imports without problems", "[directory]")
{
    QFile file(
        helpline::test::sourcePath(QStringLiteral("resources/directory/demo-directory.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const DirectoryImport result = readDirectoryJson(data, QDate(2026, 6, 1));
    INFO(describe(result.problems));
    REQUIRE(result.ok());
    CHECK(result.entries.size() >= 35);

    QSet<QString> types;
    QSet<QString> ids;
    QSet<QString> names;
    int nationwide = 0;
    const QJsonArray raw = QJsonDocument::fromJson(data).array();
    for (qsizetype i = 0; i < result.entries.size(); ++i) {
        const DirectoryEntry &entry = result.entries.at(i);
        INFO(str(entry.name));
        CHECK(raw.at(i).toObject().contains(QStringLiteral("id"))); // fixed ids: stable demos
        ids.insert(entry.meta.id);
        names.insert(entry.name);
        for (const QString &type : entry.serviceTypes)
            types.insert(type);
        nationwide += entry.nationwide ? 1 : 0;
        CHECK_FALSE(entry.nameRu.isEmpty());
        CHECK_FALSE(entry.nameEn.isEmpty());
        CHECK_FALSE(entry.phones.isEmpty());
        for (const QString &phone : entry.phones)
            CHECK(phone.contains(QStringLiteral(" 555 "))); // fictional numbers only
        if (!entry.email.isEmpty())
            CHECK(entry.email.endsWith(QStringLiteral("example.az")));
        if (!entry.website.isEmpty())
            CHECK(QUrl(entry.website).host().endsWith(QStringLiteral("example.az")));
    }
    CHECK(ids.size() == result.entries.size());
    CHECK(names.size() == result.entries.size());
    const QStringList allTypes = directoryServiceTypeCodes();
    CHECK(types == QSet<QString>(allTypes.begin(), allTypes.end()));
    CHECK(nationwide >= 3);
}

TEST_CASE("directory: the examples in docs/directory-format.md say what they do", "[directory]")
{
    QFile file(helpline::test::sourcePath(QStringLiteral("docs/directory-format.md")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString doc = QString::fromUtf8(file.readAll());
    auto blocks = [&](const QString &language) {
        QList<QByteArray> found;
        const QString fence = QStringLiteral("```") + language + u'\n';
        for (qsizetype at = doc.indexOf(fence); at >= 0; at = doc.indexOf(fence, at + 1)) {
            const qsizetype start = at + fence.size();
            found << doc.mid(start, doc.indexOf(QStringLiteral("```"), start) - start).toUtf8();
        }
        return found;
    };
    const QDate today(2026, 6, 1);
    const QList<QByteArray> csv = blocks(QStringLiteral("csv"));
    REQUIRE(csv.size() == 2);
    const DirectoryImport wrong = readDirectoryCsv(csv.at(0), today);
    INFO(describe(wrong.problems));
    REQUIRE(wrong.problems.size() == 1);
    CHECK(wrong.problems.first().line == 3);
    CHECK(doc.contains(QStringLiteral("line 3: ") + wrong.problems.first().message));
    QByteArray fixed = csv.at(0);
    fixed.replace(",mon-fri 10:00-13:00,14:00-18:00,", ",\"mon-fri 10:00-13:00,14:00-18:00\",");
    const DirectoryImport right = readDirectoryCsv(fixed, today);
    INFO(describe(right.problems));
    CHECK(right.ok());
    CHECK(right.entries.size() == 3);
    CHECK(right.entries.at(2).address == QStringLiteral("Bakı, Nəsimi rayonu,\nNümunə küçəsi 14"));
    const DirectoryImport small = readDirectoryCsv(csv.at(1), today);
    INFO(describe(small.problems));
    CHECK(small.ok());

    const QList<QByteArray> json = blocks(QStringLiteral("json"));
    REQUIRE(json.size() == 1);
    const DirectoryImport fromJson = readDirectoryJson(json.at(0), today);
    INFO(describe(fromJson.problems));
    CHECK(fromJson.ok());
    CHECK(fromJson.entries.size() == 2);
}

TEST_CASE("a directory entry's eligibility and notes in Russian and English", "[directory]")
{
    DirectoryEntry e;
    e.eligibility = QStringLiteral("Uşaqlar");
    e.notes = QStringLiteral("Qeyd");
    e.notesRu = QStringLiteral("Заметка");
    CHECK(e.eligibilityIn(QStringLiteral("ru")) == QStringLiteral("Uşaqlar")); // no Russian: az
    CHECK(e.notesIn(QStringLiteral("ru")) == QStringLiteral("Заметка"));
    CHECK(e.notesIn(QStringLiteral("en")) == QStringLiteral("Qeyd"));
    e.eligibilityEn = QString(1001, u'x');
    CHECK(hasField(e.validate(QDate(2026, 6, 1)), "eligibility_en"));
}
