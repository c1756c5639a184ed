#include "core/session/passwordstrength.h"

#include <QCoreApplication>
#include <QSet>

namespace helpline {

PasswordStrength passwordStrength(const QString &password)
{
    const QList<uint> chars = password.toUcs4();
    if (chars.size() < 8)
        return PasswordStrength::TooShort;
    bool lower = false, upper = false, digit = false, other = false;
    QSet<uint> distinct;
    for (const uint c : chars) {
        distinct.insert(c);
        if (QChar::isLower(c))
            lower = true;
        else if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true;
    }
    const int classes = int(lower) + int(upper) + int(digit) + int(other);
    // Few distinct characters ("aaaaaaaa", "12121212") are weak whatever the length.
    if (distinct.size() < 5)
        return PasswordStrength::Weak;
    // Length counts most: a long passphrase of plain words is strong.
    if (chars.size() >= 16 || (chars.size() >= 12 && classes >= 3))
        return PasswordStrength::Strong;
    if (chars.size() >= 12 || classes >= 3)
        return PasswordStrength::Fair;
    return PasswordStrength::Weak;
}

QString passwordStrengthText(PasswordStrength strength)
{
    switch (strength) {
    case PasswordStrength::TooShort:
        return QCoreApplication::translate("helpline::PasswordStrength",
                                           "Too short: use at least 8 characters");
    case PasswordStrength::Weak:
        return QCoreApplication::translate("helpline::PasswordStrength",
                                           "Weak: a longer password is safer");
    case PasswordStrength::Fair:
        return QCoreApplication::translate("helpline::PasswordStrength", "Fair");
    case PasswordStrength::Strong:
        return QCoreApplication::translate("helpline::PasswordStrength", "Strong");
    }
    return {};
}

} // namespace helpline
