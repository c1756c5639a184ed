#pragma once

#include <QLocale>
#include <QStringList>

namespace helpline {

// The workstation's languages: Azerbaijani, Russian and English (the source language).
QStringList supportedLanguages(); // "az", "ru", "en"

// Installs the translation for `locale` (Qt's own strings too, where Qt ships them). Returns
// false when the language is not one of ours; English needs no translation and returns true.
bool installTranslations(const QLocale &locale);

} // namespace helpline
