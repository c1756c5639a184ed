#include "core/directory/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace helpline::csv {

namespace {

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells)
        if (!cell.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

Table parse(const QString &text)
{
    Table table;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int line = 1;

    // Consumes a line break at `pos` (CRLF, LF or CR) and counts it; false when there is none.
    auto lineBreak = [&]() {
        if (pos < n && text.at(pos) == u'\r') {
            pos += (pos + 1 < n && text.at(pos + 1) == u'\n') ? 2 : 1;
            ++line;
            return true;
        }
        if (pos < n && text.at(pos) == u'\n') {
            ++pos;
            ++line;
            return true;
        }
        return false;
    };

    while (pos < n) {
        Row row;
        row.line = line;
        for (;;) {
            QString cell;
            if (pos < n && text.at(pos) == u'"') {
                const int startLine = line;
                ++pos;
                bool closed = false;
                while (pos < n) {
                    const QChar c = text.at(pos);
                    if (c == u'"') {
                        if (pos + 1 < n && text.at(pos + 1) == u'"') {
                            cell += u'"';
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (lineBreak()) {
                        cell += u'\n';
                        continue;
                    }
                    cell += c;
                    ++pos;
                }
                if (!closed) {
                    table.error = QCoreApplication::translate(
                        "helpline::DirectoryImport",
                        "A quoted cell starts on this line but its closing quote is missing.");
                    table.errorLine = startLine;
                    return table;
                }
                if (pos < n && text.at(pos) != u',' && text.at(pos) != u'\r' &&
                    text.at(pos) != u'\n') {
                    if (row.error.isEmpty())
                        row.error = QCoreApplication::translate(
                            "helpline::DirectoryImport",
                            "There is text after the closing quote of a cell: put the whole cell "
                            "in quotes and write a quote inside it as two quotes (\"\").");
                    // Read on to the end of the cell as if unquoted.
                    while (pos < n && text.at(pos) != u',' && text.at(pos) != u'\r' &&
                           text.at(pos) != u'\n')
                        cell += text.at(pos++);
                }
            } else {
                while (pos < n && text.at(pos) != u',' && text.at(pos) != u'\r' &&
                       text.at(pos) != u'\n') {
                    if (text.at(pos) == u'"' && row.error.isEmpty())
                        row.error = QCoreApplication::translate(
                            "helpline::DirectoryImport",
                            "A cell has a quote inside it: put the whole cell in quotes and "
                            "write the quote as two quotes (\"\").");
                    cell += text.at(pos++);
                }
            }
            row.cells.append(cell);
            if (pos < n && text.at(pos) == u',') {
                ++pos;
                continue;
            }
            lineBreak();
            break;
        }
        if (!isBlank(row.cells) || !row.error.isEmpty())
            table.rows.append(row);
    }
    return table;
}

std::optional<QString> decodeUtf8(const QByteArray &input, int *badLine)
{
    QByteArrayView bytes(input);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    if (badLine) {
        *badLine = 0;
        int line = 1;
        qsizetype start = 0;
        while (start <= bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)QString(lineDecoder.decode(bytes.sliced(start, end - start)));
            if (lineDecoder.hasError()) {
                *badLine = line;
                break;
            }
            start = end + 1;
            ++line;
        }
    }
    return std::nullopt;
}

QString cell(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') ||
                       (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QString row(const QStringList &cells)
{
    QStringList written;
    for (const QString &text : cells)
        written << cell(text);
    return written.join(u',') + QStringLiteral("\r\n");
}

} // namespace helpline::csv
