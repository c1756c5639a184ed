#pragma once

#include <QLocale>
#include <QStringList>

namespace helpline {

// The workstation's languages: Azerbaijani, Russian and English (the source language).
QStringList supportedLanguages(); // "az", "ru", "en"

// The locale of an interface language: az → Azerbaijani (Latin, Azerbaijan), ru → Russian
// (Russia), anything else → English (United Kingdom: day-month-year dates).
QLocale interfaceLocale(const QString &language);

// Installs the translation for `locale` (Qt's own strings too, where Qt ships them). Returns
// false when the language is not one of ours; English needs no translation and returns true.
// Installing or removing a translator sends LanguageChange to every widget.
bool installTranslations(const QLocale &locale);

// What the workstation does when its language is chosen (at start and in Settings): the
// default locale (dates, numbers, collation) and the translations.
void applyInterfaceLanguage(const QString &language);

} // namespace helpline
