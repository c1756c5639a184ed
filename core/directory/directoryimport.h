#pragma once

#include "core/domain/directoryentry.h"

#include <QList>
#include <QString>

namespace helpline {

// One thing wrong with an imported directory file.
//   CSV:  `line` is the physical line (1-based) where the row starts; the header is line 1
//         (or 2 after a blank first line). A cell with line breaks makes a row span lines.
//   JSON: `line` is the entry number, 1 for the first object of the array; `sourceLine` is the
//         line of the file where that entry's "{" is.
// `line` is 0 for problems of the whole file (not UTF-8, not a JSON array, too big). `field` is
// the CSV column / JSON key at fault ("phones", "opening_hours"), or empty for the whole row.
struct ImportProblem {
    int line = 0;
    QString field;
    QString message;    // translated
    int sourceLine = 0; // the line in the file: as `line` for CSV, the entry's line for JSON

    bool operator==(const ImportProblem &) const = default;
};

// What a directory file reader gives: every entry that decoded and validated, and every problem
// of every row (the readers never stop at the first bad row). Import nothing unless ok().
struct DirectoryImport {
    QList<DirectoryEntry> entries;
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

// Limits of an imported file; beyond them the reader gives one problem (line 0) and no entries.
inline constexpr qsizetype kMaxDirectoryFileBytes = 16 * 1024 * 1024;
inline constexpr int kMaxDirectoryEntries = 10000;

} // namespace helpline
