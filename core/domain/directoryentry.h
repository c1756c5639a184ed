#pragma once

#include "core/domain/record.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace helpline {

class Regions;

// One service of the referral directory: an organisation or office a counsellor can refer a
// child or a caller to. Admins keep the directory on the server (CSV or JSON import, see
// docs/directory-format.md); it syncs to every desk as the "directory" stream.
struct DirectoryEntry {
    RecordMeta meta;
    QString name;             // Azerbaijani, required
    QString nameRu;           // optional
    QString nameEn;           // optional
    QStringList serviceTypes; // directoryServiceTypes() codes, at least one
    bool nationwide = false;  // serves the whole country: then no regionCodes
    QStringList regionCodes;  // Regions unit or economic region codes it serves
    int ageMin = 0;           // 0..25, or -1: no lower limit
    int ageMax = 17;          // 0..25, or -1: no upper limit
    QStringList genders;      // "female", "male"; empty = everyone
    QStringList languages;    // "az", "ru", "en", ... (ISO 639 codes)
    bool free = false;        // costs the family nothing
    QStringList phones;       // as dialled, e.g. "012 555 01 23", "+994 12 555 01 23"
    QString email;            // optional
    QString website;          // optional, http(s)://...
    QString address;          // free text, may be several lines (district, street)
    QString openingHours;     // OpeningHours grammar, or empty: not known
    QString eligibility;      // who may use it, for counsellors (Azerbaijani)
    QString eligibilityRu;    // optional: the same in Russian
    QString eligibilityEn;    // optional: the same in English
    QString notes;            // anything else counsellors should know (Azerbaijani)
    QString notesRu;          // optional
    QString notesEn;          // optional
    QDate verifiedOn;         // when an admin last checked the details; required

    static constexpr int kMaxAge = 25;

    // Problems, each with the snake_case field name of the CSV column and JSON key ("phones",
    // "opening_hours"). Region codes are checked against `regions`; `today` rules out a
    // verification date in the future. Messages are translated.
    Problems validate(const QDate &today, const Regions &regions) const;
    Problems validate(const QDate &today) const; // with Regions::builtIn()

    // Whether the opening hours say the service is open at this moment. A Qt::LocalTime value
    // is taken as Baku wall-clock time; UTC, offset and time-zone values are converted to Baku
    // time (UTC+4, no daylight saving since 2016). False when the hours are empty or invalid.
    bool isOpenAt(const QDateTime &bakuLocal) const;

    // The name in `language` ("az", "ru", "en"), falling back to the Azerbaijani name.
    QString displayName(const QString &language) const;
    // The eligibility and the notes in `language`, falling back to the Azerbaijani text.
    QString eligibilityIn(const QString &language) const;
    QString notesIn(const QString &language) const;

    // Whether it takes a child of this age (in years).
    bool servesAge(int years) const;
    // Whether it serves someone in the unit (or economic region) `code`: nationwide, or one of
    // its codes is that code, contains it (economic region, Baku for a Baku rayon) or lies in it.
    bool servesRegion(const QString &code, const Regions &regions) const;

    bool operator==(const DirectoryEntry &other) const; // every field, meta included
};

// The service types of the directory. Codes are stored and synced; labels are shown.
struct DirectoryServiceType {
    QString code;       // "legal"
    const char *source; // English label, the translation source ("Legal aid")
    QString az;         // Azerbaijani label (data)
    QString ru;         // Russian label (data)
};

// legal, rehabilitation, shelter, psychology, police, social_services, health, education,
// hotline, other (docs/directory-format.md).
const QList<DirectoryServiceType> &directoryServiceTypes();
QStringList directoryServiceTypeCodes();
bool isDirectoryServiceType(const QString &code);
// The label in the user interface language (translated English label); the code when unknown.
QString directoryServiceTypeName(const QString &code);
// The label in `language`: "az" and "ru" from the data, anything else the English label.
QString directoryServiceTypeLabel(const QString &code, const QString &language);

// "female", "male": the genders a service may be limited to.
QStringList directoryGenderCodes();

} // namespace helpline
