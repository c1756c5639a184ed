#pragma once

#include "core/store/storeerror.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpline {

// What the reference files (taxonomy, regions, later form definitions) share: a JSON envelope
// {"format": "<name>", "version": N, ...}, labels in en/az/ru, and validation errors that name
// the problem and where it is.
struct ReferenceFile {
    QJsonObject root;
    int version = 0;
};

// Parses the envelope. `fileLabel` names the file in messages, translated (e.g. "The taxonomy
// file").
Outcome<ReferenceFile> readReferenceFile(const QByteArray &json, const QString &format,
                                         const QString &fileLabel);

// A validation error; `where` is the JSON path of the problem (e.g. "categories[2].labels.ru").
StoreError referenceFileError(const QString &message, const QString &where = {});

// en, az, ru: the languages every label needs.
QStringList referenceLanguages();
// "Azerbaijani (az)", translated.
QString referenceLanguageName(const QString &language);
// "az_AZ" and "az-Latn" -> "az".
QString baseLanguage(const QString &language);
// Replaces the Cyrillic schwa look-alike (ә, Ә) that text pasted from some sources carries.
QString normaliseAzerbaijani(QString text);

// Reads `object[key]`, a map from language to text (labels, names), into `out`. Every language
// of referenceLanguages() must be there and not blank. `noMap` is the message when the map is
// missing; `missingLanguage` has a %1 for the language's name.
std::optional<StoreError> readLanguageMap(const QJsonObject &object, const QString &key,
                                          const QString &where, QMap<QString, QString> &out,
                                          const QString &noMap, const QString &missingLanguage);

// Type-ahead matching for pickers. normaliseForSearch(): folded words joined by single spaces.
QString normaliseForSearch(const QString &text);
// How well `query` (normalised) matches `haystack` (normalised), best first: 0 the whole text,
// 1 its start, 2 the start of a later word, 3 inside a word, 4 every term somewhere; -1 none.
int searchMatchRank(const QString &haystack, const QString &query, const QStringList &terms);

} // namespace helpline
