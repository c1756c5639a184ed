#pragma once

#include <QString>
#include <QStringList>

namespace helpline::formoptions {

// The closed code lists a form field can take its options from ("optionsFrom" in a form
// definition, docs/forms.md): the core code lists (channels, callTypes, genders, ...) and two
// lists that only forms need (childAges, languages). Codes are stored; labels are shown,
// translated with the interface language.

QStringList listNames();                    // "channels", "callTypes", ... in documentation order
bool isList(const QString &name);           // false for anything else
QStringList codes(const QString &listName); // empty for an unknown list
QString label(const QString &listName, const QString &code); // translated; the code when unknown

// The ages a child's age can be recorded as: "unknown", "unborn", "0" .. "25", ">25"
// (Person::isValidAge).
QStringList childAgeCodes();
// az, ru, en, other: the languages a person speaks (Person::language).
QStringList languageCodes();

} // namespace helpline::formoptions
