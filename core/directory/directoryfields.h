#pragma once

#include "core/domain/directoryentry.h"

#include <QList>
#include <QString>

#include <optional>

// Internal to core/directory: the fields of a directory entry as the CSV and JSON codecs see them,
// so that both formats have the same names, order, defaults and value rules.
namespace helpline::directoryfields {

enum class Kind {
    Id,   // meta.id: empty = a new id is made on import
    Line, // one line of text
    Text, // text that may have several lines
    List, // a list of short codes or numbers; CSV: separated by ";"
    Flag, // yes / no
    Age,  // 0..25, or empty / null = no limit (-1)
    Date, // YYYY-MM-DD
};

struct Field {
    const char *name; // snake_case: CSV column and JSON key
    Kind kind;
    bool required; // CSV: the column must be there; JSON: the key must be there
    QString DirectoryEntry::*text = nullptr;
    QStringList DirectoryEntry::*list = nullptr;
    bool DirectoryEntry::*flag = nullptr;
    int DirectoryEntry::*number = nullptr;
    QDate DirectoryEntry::*date = nullptr;

    QString key() const { return QLatin1String(name); }
};

// Every field, in the CSV column order.
const QList<Field> &fields();
const Field *field(const QString &name);

// The value of a field of a new entry read from a file where the value is empty or absent.
void setEmpty(DirectoryEntry &entry, const Field &field);

// CSV cell text <-> field. parseCell gives a translated message when the text is not a value of
// that kind (a bad id, a bad yes/no, a bad age or date).
std::optional<QString> parseCell(DirectoryEntry &entry, const Field &field, const QString &cell);
QString cellText(const DirectoryEntry &entry, const Field &field);

// Tidies what people type, for both formats: trims text, joins line breaks as "\n", drops empty
// list items, lower-cases codes (service types, genders, languages), replaces the Cyrillic
// look-alike ә in the Azerbaijani name and writes valid opening hours in their canonical form.
void normalise(DirectoryEntry &entry);

// “text”, for messages.
QString quoted(const QString &text);

// Makes a new id for an entry without one.
void ensureId(DirectoryEntry &entry);

// "2026-03-15" or "15.03.2026" (how spreadsheets in az and ru locales write dates).
QDate parseDate(const QString &text);

} // namespace helpline::directoryfields
