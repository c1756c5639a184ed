#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Comma-separated values as RFC 4180 has them, strictly: cells separated by ",", rows by CRLF,
// LF or CR; a cell in double quotes may hold commas, quotes (doubled: "") and line breaks. A
// quote inside an unquoted cell, or text after a closing quote, is an error of that row; a
// quoted cell that never closes is an error of the file. Line breaks inside cells become "\n".
namespace helpline::csv {

struct Row {
    int line = 0; // the physical line (1-based) where the row starts
    QStringList cells;
    QString error; // translated; empty when the row is well-formed
};

struct Table {
    QList<Row> rows; // blank lines are left out
    QString error;   // an unterminated quoted cell: nothing after it was read
    int errorLine = 0;
};

Table parse(const QString &text);

// Decodes UTF-8, dropping a byte order mark. nullopt when the bytes are not UTF-8; `badLine`
// is then the first line with a bad byte.
std::optional<QString> decodeUtf8(const QByteArray &bytes, int *badLine = nullptr);

// A cell as written: quoted when it holds a comma, a quote, a line break or spaces at either
// end.
QString cell(const QString &text);
// A row of cells and CRLF.
QString row(const QStringList &cells);

} // namespace helpline::csv
