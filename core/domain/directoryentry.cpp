#include "core/domain/directoryentry.h"

#include "core/directory/openinghours.h"
#include "core/domain/regions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace helpline {

namespace {

constexpr int kMaxNameLength = 200;
constexpr int kMaxAddressLength = 500;
constexpr int kMaxEligibilityLength = 1000;
constexpr int kMaxNotesLength = 4000;
constexpr int kMaxEmailLength = 254;
constexpr int kMaxWebsiteLength = 500;
constexpr int kMaxOpeningHoursLength = 200;
constexpr int kMaxPhones = 10;
constexpr int kMaxLanguages = 10;
constexpr int kMaxRegionCodes = 100;

bool sameMeta(const RecordMeta &a, const RecordMeta &b)
{
    return a.id == b.id && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt &&
           a.createdBy == b.createdBy && a.originDevice == b.originDevice &&
           a.revision == b.revision && a.deleted == b.deleted;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

bool isPhone(const QString &phone)
{
    static const QRegularExpression longForm(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    static const QRegularExpression shortForm(QStringLiteral("^[0-9]{3,4}$"));
    if (shortForm.match(phone).hasMatch())
        return true;
    const qsizetype digits =
        std::count_if(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); });
    return longForm.match(phone).hasMatch() && digits >= 5 && digits <= 20;
}

bool isEmail(const QString &email)
{
    static const QRegularExpression re(
        QStringLiteral("^[^@\\s\"<>,;]+@[^@\\s\"<>,;.]+(\\.[^@\\s\"<>,;.]+)+$"));
    return re.match(email).hasMatch();
}

bool isWebsite(const QString &website)
{
    if (website.contains(QRegularExpression(QStringLiteral("\\s"))))
        return false;
    const QUrl url(website, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"https" || scheme == u"http") &&
           url.host().contains(u'.') && !url.host().startsWith(u'.') && !url.host().endsWith(u'.');
}

// The unit itself, the city it belongs to (Baku for a Baku rayon) and its economic region; the
// code alone for an economic region or an unknown code.
QSet<QString> selfAndAncestors(const QString &code, const Regions &regions)
{
    QSet<QString> result{code};
    if (const auto unit = regions.unit(code)) {
        result.insert(unit->code);
        if (!unit->parent.isEmpty())
            result.insert(unit->parent);
        const QString economic = regions.economicRegionOf(unit->code);
        if (!economic.isEmpty())
            result.insert(economic);
    }
    return result;
}

} // namespace

const QList<DirectoryServiceType> &directoryServiceTypes()
{
    static const QList<DirectoryServiceType> types{
        {QStringLiteral("legal"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Legal aid"),
         QStringLiteral("Hüquqi yardım"), QStringLiteral("Юридическая помощь")},
        {QStringLiteral("rehabilitation"),
         QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Rehabilitation"),
         QStringLiteral("Reabilitasiya"), QStringLiteral("Реабилитация")},
        {QStringLiteral("shelter"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Shelter"),
         QStringLiteral("Sığınacaq"), QStringLiteral("Приют")},
        {QStringLiteral("psychology"),
         QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Psychological support"),
         QStringLiteral("Psixoloji dəstək"), QStringLiteral("Психологическая помощь")},
        {QStringLiteral("police"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Police"),
         QStringLiteral("Polis"), QStringLiteral("Полиция")},
        {QStringLiteral("social_services"),
         QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Social services"),
         QStringLiteral("Sosial xidmətlər"), QStringLiteral("Социальные услуги")},
        {QStringLiteral("health"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Health care"),
         QStringLiteral("Tibbi yardım"), QStringLiteral("Медицинская помощь")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Education"),
         QStringLiteral("Təhsil"), QStringLiteral("Образование")},
        {QStringLiteral("hotline"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Hotline"),
         QStringLiteral("Qaynar xətt"), QStringLiteral("Горячая линия")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("helpline::DirectoryEntry", "Other"),
         QStringLiteral("Digər"), QStringLiteral("Другое")},
    };
    return types;
}

QStringList directoryServiceTypeCodes()
{
    QStringList codes;
    for (const DirectoryServiceType &type : directoryServiceTypes())
        codes << type.code;
    return codes;
}

bool isDirectoryServiceType(const QString &code)
{
    return directoryServiceTypeCodes().contains(code);
}

QString directoryServiceTypeName(const QString &code)
{
    for (const DirectoryServiceType &type : directoryServiceTypes())
        if (type.code == code)
            return QCoreApplication::translate("helpline::DirectoryEntry", type.source);
    return code;
}

QString directoryServiceTypeLabel(const QString &code, const QString &language)
{
    for (const DirectoryServiceType &type : directoryServiceTypes()) {
        if (type.code != code)
            continue;
        if (language == u"az")
            return type.az;
        if (language == u"ru")
            return type.ru;
        return QString::fromLatin1(type.source);
    }
    return code;
}

QStringList directoryGenderCodes()
{
    return {QStringLiteral("female"), QStringLiteral("male")};
}

Problems DirectoryEntry::validate(const QDate &today) const
{
    return validate(today, Regions::builtIn());
}

Problems DirectoryEntry::validate(const QDate &today, const Regions &regions) const
{
    Problems problems;
    auto add = [&](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message});
    };
    auto text = [&](const char *field, const QString &value, int maxLength, bool oneLine) {
        if (value.size() > maxLength)
            add(field, QCoreApplication::translate("helpline::DirectoryEntry",
                                                   "Too long: at most %1 characters.")
                           .arg(maxLength));
        if (oneLine && (value.contains(u'\n') || value.contains(u'\r')))
            add(field,
                QCoreApplication::translate("helpline::DirectoryEntry", "Write this on one line."));
        if (value.startsWith(u'=') || value.startsWith(u'@'))
            add(field, QCoreApplication::translate(
                           "helpline::DirectoryEntry",
                           "Text may not begin with “=” or “@”: spreadsheets would run it as a "
                           "formula."));
    };
    auto duplicates = [&](const char *field, const QStringList &values) {
        QSet<QString> seen;
        for (const QString &value : values) {
            if (seen.contains(value))
                add(field,
                    QCoreApplication::translate("helpline::DirectoryEntry", "%1 is listed twice.")
                        .arg(quoted(value)));
            seen.insert(value);
        }
    };

    if (name.trimmed().isEmpty())
        add("name", QCoreApplication::translate("helpline::DirectoryEntry",
                                                "Enter the name in Azerbaijani."));
    text("name", name, kMaxNameLength, true);
    text("name_ru", nameRu, kMaxNameLength, true);
    text("name_en", nameEn, kMaxNameLength, true);

    if (serviceTypes.isEmpty())
        add("service_types", QCoreApplication::translate("helpline::DirectoryEntry",
                                                         "Choose at least one service type."));
    for (const QString &type : serviceTypes)
        if (!isDirectoryServiceType(type))
            add("service_types",
                QCoreApplication::translate("helpline::DirectoryEntry",
                                            "%1 is not a service type: use %2.")
                    .arg(quoted(type), directoryServiceTypeCodes().join(QStringLiteral(", "))));
    duplicates("service_types", serviceTypes);

    if (nationwide && !regionCodes.isEmpty())
        add("region_codes",
            QCoreApplication::translate("helpline::DirectoryEntry",
                                        "A nationwide service has no region list: leave the "
                                        "regions empty or make it not nationwide."));
    if (!nationwide && regionCodes.isEmpty())
        add("region_codes",
            QCoreApplication::translate("helpline::DirectoryEntry",
                                        "Choose the regions it serves, or mark it nationwide."));
    if (regionCodes.size() > kMaxRegionCodes)
        add("region_codes",
            QCoreApplication::translate("helpline::DirectoryEntry", "At most %1 regions.")
                .arg(kMaxRegionCodes));
    for (const QString &code : regionCodes) {
        const auto unit = regions.unit(code);
        if (unit && unit->kind == RegionKind::Special)
            add("region_codes",
                QCoreApplication::translate("helpline::DirectoryEntry",
                                            "%1 is not a place a service can serve: choose a "
                                            "city, a rayon or an economic region.")
                    .arg(quoted(code)));
        else if (unit && unit->code != code)
            add("region_codes", QCoreApplication::translate("helpline::DirectoryEntry",
                                                            "%1 is an old or other code: use %2.")
                                    .arg(quoted(code), quoted(unit->code)));
        else if (!unit && !regions.economicRegion(code))
            add("region_codes",
                QCoreApplication::translate("helpline::DirectoryEntry",
                                            "%1 is not a region code: use the codes of the "
                                            "regions file, such as AZ-GA or AZ-BA.nasimi.")
                    .arg(quoted(code)));
    }
    duplicates("region_codes", regionCodes);

    auto age = [&](const char *field, int value) {
        if (value != -1 && (value < 0 || value > kMaxAge)) {
            add(field,
                QCoreApplication::translate("helpline::DirectoryEntry",
                                            "The age must be from 0 to %1, or empty for no limit.")
                    .arg(kMaxAge));
            return false;
        }
        return true;
    };
    const bool minValid = age("age_min", ageMin);
    const bool maxValid = age("age_max", ageMax);
    if (minValid && maxValid && ageMin >= 0 && ageMax >= 0 && ageMin > ageMax)
        add("age_max", QCoreApplication::translate("helpline::DirectoryEntry",
                                                   "The highest age is below the lowest age."));

    for (const QString &gender : genders)
        if (!directoryGenderCodes().contains(gender))
            add("genders",
                QCoreApplication::translate("helpline::DirectoryEntry",
                                            "%1 is not a gender here: use female or male, or "
                                            "leave it empty for everyone.")
                    .arg(quoted(gender)));
    duplicates("genders", genders);

    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    if (languages.size() > kMaxLanguages)
        add("languages",
            QCoreApplication::translate("helpline::DirectoryEntry", "At most %1 languages.")
                .arg(kMaxLanguages));
    for (const QString &language : languages)
        if (!languageCode.match(language).hasMatch())
            add("languages",
                QCoreApplication::translate("helpline::DirectoryEntry",
                                            "%1 is not a language code: use two or three small "
                                            "letters, such as az, ru or en.")
                    .arg(quoted(language)));
    duplicates("languages", languages);

    if (phones.size() > kMaxPhones)
        add("phones",
            QCoreApplication::translate("helpline::DirectoryEntry", "At most %1 phone numbers.")
                .arg(kMaxPhones));
    for (const QString &phone : phones)
        if (!isPhone(phone))
            add("phones",
                QCoreApplication::translate(
                    "helpline::DirectoryEntry",
                    "%1 is not a phone number: use digits, spaces, dashes and a leading +, with "
                    "5 to 20 digits (or a short number of 3 or 4 digits).")
                    .arg(quoted(phone)));
    duplicates("phones", phones);

    text("email", email, kMaxEmailLength, true);
    if (!email.isEmpty() && !isEmail(email))
        add("email",
            QCoreApplication::translate("helpline::DirectoryEntry", "%1 is not an email address.")
                .arg(quoted(email)));
    text("website", website, kMaxWebsiteLength, true);
    if (!website.isEmpty() && !isWebsite(website))
        add("website", QCoreApplication::translate(
                           "helpline::DirectoryEntry",
                           "%1 is not a web address: write it in full, starting with https://.")
                           .arg(quoted(website)));

    text("address", address, kMaxAddressLength, false);
    text("eligibility", eligibility, kMaxEligibilityLength, false);
    text("eligibility_ru", eligibilityRu, kMaxEligibilityLength, false);
    text("eligibility_en", eligibilityEn, kMaxEligibilityLength, false);
    text("notes", notes, kMaxNotesLength, false);
    text("notes_ru", notesRu, kMaxNotesLength, false);
    text("notes_en", notesEn, kMaxNotesLength, false);

    text("opening_hours", openingHours, kMaxOpeningHoursLength, true);
    if (!openingHours.isEmpty()) {
        QString error;
        if (!OpeningHours::parse(openingHours, &error))
            add("opening_hours", error);
    }

    if (!verifiedOn.isValid())
        add("verified_on",
            QCoreApplication::translate("helpline::DirectoryEntry",
                                        "Enter the date the details were last checked."));
    else if (today.isValid() && verifiedOn > today)
        add("verified_on",
            QCoreApplication::translate("helpline::DirectoryEntry",
                                        "The date the details were checked is in the future."));
    return problems;
}

bool DirectoryEntry::isOpenAt(const QDateTime &bakuLocal) const
{
    if (openingHours.isEmpty())
        return false;
    const auto hours = OpeningHours::parse(openingHours);
    return hours && hours->isOpenAt(bakuLocal);
}

QString DirectoryEntry::displayName(const QString &language) const
{
    if (language == u"ru" && !nameRu.isEmpty())
        return nameRu;
    if (language == u"en" && !nameEn.isEmpty())
        return nameEn;
    return name;
}

namespace {
QString inLanguage(const QString &language, const QString &az, const QString &ru, const QString &en)
{
    if (language == u"ru" && !ru.isEmpty())
        return ru;
    if (language == u"en" && !en.isEmpty())
        return en;
    return az;
}
} // namespace

QString DirectoryEntry::eligibilityIn(const QString &language) const
{
    return inLanguage(language, eligibility, eligibilityRu, eligibilityEn);
}

QString DirectoryEntry::notesIn(const QString &language) const
{
    return inLanguage(language, notes, notesRu, notesEn);
}

bool DirectoryEntry::servesAge(int years) const
{
    return (ageMin < 0 || years >= ageMin) && (ageMax < 0 || years <= ageMax);
}

bool DirectoryEntry::servesRegion(const QString &code, const Regions &regions) const
{
    if (nationwide)
        return true;
    const QSet<QString> place = selfAndAncestors(code, regions);
    for (const QString &served : regionCodes)
        if (place.contains(served) || selfAndAncestors(served, regions).contains(code))
            return true;
    return false;
}

bool DirectoryEntry::operator==(const DirectoryEntry &o) const
{
    return sameMeta(meta, o.meta) && name == o.name && nameRu == o.nameRu && nameEn == o.nameEn &&
           serviceTypes == o.serviceTypes && nationwide == o.nationwide &&
           regionCodes == o.regionCodes && ageMin == o.ageMin && ageMax == o.ageMax &&
           genders == o.genders && languages == o.languages && free == o.free &&
           phones == o.phones && email == o.email && website == o.website && address == o.address &&
           openingHours == o.openingHours && eligibility == o.eligibility &&
           eligibilityRu == o.eligibilityRu && eligibilityEn == o.eligibilityEn &&
           notes == o.notes && notesRu == o.notesRu && notesEn == o.notesEn &&
           verifiedOn == o.verifiedOn;
}

} // namespace helpline
