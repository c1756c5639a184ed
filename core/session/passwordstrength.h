#pragma once

#include <QString>

namespace helpline {

// A rough strength hint for a new password (the first-run screen and password changes show it).
// The store's own rule is a minimum of 8 characters; the hint encourages longer passphrases.
enum class PasswordStrength { TooShort, Weak, Fair, Strong };

PasswordStrength passwordStrength(const QString &password);
// Translated words for the hint: "Too short (at least 8 characters)", "Weak", ...
QString passwordStrengthText(PasswordStrength strength);

} // namespace helpline
