#include "core/domain/person.h"

#include "core/domain/codes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helpline {

QString Person::kindCode(Kind kind)
{
    return kind == Kind::Child ? QStringLiteral("child") : QStringLiteral("caller");
}

std::optional<Person::Kind> Person::kindFromCode(const QString &code)
{
    if (code == QLatin1String("child"))
        return Kind::Child;
    if (code == QLatin1String("caller"))
        return Kind::Caller;
    return std::nullopt;
}

bool Person::isValidAge(const QString &age)
{
    if (age.isEmpty() || age == QLatin1String("unborn") || age == QLatin1String("unknown") ||
        age == QLatin1String(">25"))
        return true;
    bool ok = false;
    const int years = age.toInt(&ok);
    return ok && years >= 0 && years <= 25 && QString::number(years) == age;
}

Problems Person::validate(const QString &prefix, const QDate &today) const
{
    Problems problems;
    auto add = [&](const char *field, const QString &message) {
        problems.append({prefix + QLatin1String(field), message});
    };
    if (name.size() > 200)
        add("name", QCoreApplication::translate("helpline::Person",
                                                "The name is too long (at most 200 characters)."));
    if (!gender.isEmpty() && !codes::genders().contains(gender))
        add("gender",
            QCoreApplication::translate("helpline::Person", "Choose a gender from the list."));
    if (kind == Kind::Child && !isValidAge(age))
        add("age",
            QCoreApplication::translate("helpline::Person",
                                        "Choose an age from 0 to 25, over 25, unborn or unknown."));
    if (kind == Kind::Caller && !age.isEmpty() && !isValidAge(age)) {
        bool ok = false;
        const int years = age.toInt(&ok);
        if (!ok || years < 0 || years > 120)
            add("age",
                QCoreApplication::translate("helpline::Person",
                                            "Enter the caller's age in years, or leave it empty."));
    }
    if (birthDate.isValid() && birthDate > today)
        add("birth_date",
            QCoreApplication::translate("helpline::Person", "The date of birth is in the future."));
    if (!phone.isEmpty()) {
        static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()\\-]{5,25}$"));
        const qsizetype digits =
            std::count_if(phone.begin(), phone.end(), [](QChar c) { return c.isDigit(); });
        if (!allowed.match(phone).hasMatch() || digits < 5 || digits > 15)
            add("phone",
                QCoreApplication::translate(
                    "helpline::Person",
                    "Enter a phone number with 5 to 15 digits, for example +994 50 123 45 67."));
    }
    return problems;
}

} // namespace helpline
