#pragma once

#include "core/directory/directoryimport.h"

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace helpline {

class Regions;

// The directory as a CSV file (docs/directory-format.md): UTF-8 (a byte order mark is fine),
// RFC 4180 quoting, CRLF or LF line ends, a header row of column names, one entry per row.
// Lists go in one cell separated by ";" ("legal;psychology"); yes/no for flags; empty cells for
// "none" (no age limit, no email, ...).

// Every column, in the order writeDirectoryCsv writes them: id, name, name_ru, name_en,
// service_types, nationwide, region_codes, age_min, age_max, genders, languages, free, phones,
// email, website, address, opening_hours, eligibility, notes, verified_on.
QStringList directoryCsvColumns();
// The columns a file must have: name, service_types, verified_on. The others may be left out
// (as if every cell were empty).
QStringList directoryCsvRequiredColumns();

// Reads and validates every row (`today` for the verification dates). Problems carry the
// physical line where the row starts. Header problems (an unknown or repeated column, a missing
// required one) are reported once, on the header's line; the rows are still checked. Rows
// without an id get a new UUIDv7; an id used twice is a problem. Blank rows are skipped.
DirectoryImport readDirectoryCsv(const QByteArray &data, const QDate &today);
DirectoryImport readDirectoryCsv(const QByteArray &data, const QDate &today,
                                 const Regions &regions);

// The whole directory with every column, UTF-8 with a byte order mark (so spreadsheets see
// UTF-8), CRLF line ends; readDirectoryCsv gives the same entries back.
QByteArray writeDirectoryCsv(const QList<DirectoryEntry> &entries);

} // namespace helpline
