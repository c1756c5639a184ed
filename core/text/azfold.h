#pragma once

#include <QString>
#include <QStringList>

namespace helpline::text {

// Search folding for Azerbaijani, Russian and English text: case-insensitive with Turkic dotted
// and dotless i (i, ı, İ and I all fold to i), ə/Ə, the old alphabet's ä and the Cyrillic look-
// alike ә fold to e, ş→s, ç→c, ğ→g, ö→o, ü→u, ё→е, and other Latin diacritics are dropped. So
// "seki", "Seki" and "ŞƏKİ" all fold to the same text as "Şəki".
//
// The fold maps each UTF-16 unit to exactly one unit: foldForSearch(s).size() == s.size(), so a
// match position in folded text is the same position in the original (used for snippets).
QString foldForSearch(const QString &text);

// The folded words of a query, split on anything that is not a letter or digit. Quotes,
// operators and stray punctuation are separators, never syntax.
QStringList searchTerms(const QString &query);

// Azerbaijani-locale casing: i ↔ İ and ı ↔ I (QString::toUpper would turn i into I).
QString azToUpper(const QString &text);
QString azToLower(const QString &text);

} // namespace helpline::text
