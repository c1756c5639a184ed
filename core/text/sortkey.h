#pragma once

#include <QString>

namespace helpline::text {

// A key whose plain binary order (SQLite's BINARY collation, or QString's operator<) is the
// alphabetical order of names: Latin letters in the Azerbaijani alphabet's order
// (a b c ç d e ə f g ğ h x ı i j k q l m n o ö p r s ş t u ü v w y z; w, which Azerbaijani lacks,
// after v), then Cyrillic in the Russian order (ё right after е). Case-insensitive with the
// Turkic i: İ and i are the letter i, I and ı the letter ı (so "Işıq" and "Ismayıl" come before
// "İlham"). Other Latin letters with a diacritic sort as their base letter (é as e, the 1991-92
// alphabet's ä as ə); the Cyrillic schwa ә as ə. Runs of spaces and punctuation count as one
// separator that sorts before every letter ("Əli" < "Əli Məmmədov" < "Əlif"); digits sort
// before letters; apostrophes and combining marks are ignored.
//
// The key is stored beside the name (cases.child_sort_key) so that an index gives the order
// without a collation function in SQL. A name without letters or digits gets noNameKey(), which
// sorts after every name.
QString sortKey(const QString &name);
QString noNameKey();

} // namespace helpline::text
