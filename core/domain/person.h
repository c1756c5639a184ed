#pragma once

#include "core/domain/record.h"

#include <QDate>
#include <QJsonObject>

namespace helpline {

// A child or a caller. Names are optional and may be made up: children often do not give one.
struct Person {
    enum class Kind { Child, Caller };

    RecordMeta meta;
    Kind kind = Kind::Child;
    QString name;
    QString gender;     // codes::genders(), empty = not asked
    QString age;        // "unborn", "0".."25", ">25", "unknown", or empty
    QDate birthDate;    // optional
    QString phone;      // as given; +994 numbers normalised by the form
    QString regionCode; // from Regions
    QString language;   // az, ru, en, other
    QJsonObject details;

    Problems validate(const QString &prefix, const QDate &today) const;
    static QString kindCode(Kind kind);
    static std::optional<Kind> kindFromCode(const QString &code);
    static bool isValidAge(const QString &age);
};

} // namespace helpline
