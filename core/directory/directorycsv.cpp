#include "core/directory/directorycsv.h"

#include "core/directory/csv.h"
#include "core/directory/directoryfields.h"
#include "core/domain/regions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace helpline {

using namespace directoryfields;

QStringList directoryCsvColumns()
{
    QStringList columns;
    for (const Field &f : fields())
        columns << f.key();
    return columns;
}

QStringList directoryCsvRequiredColumns()
{
    QStringList columns;
    for (const Field &f : fields())
        if (f.required)
            columns << f.key();
    return columns;
}

DirectoryImport readDirectoryCsv(const QByteArray &data, const QDate &today)
{
    return readDirectoryCsv(data, today, Regions::builtIn());
}

DirectoryImport readDirectoryCsv(const QByteArray &data, const QDate &today, const Regions &regions)
{
    DirectoryImport result;
    auto problem = [&](int line, const QString &field, const QString &message) {
        result.problems.append({line, field, message, line});
    };
    if (data.size() > kMaxDirectoryFileBytes) {
        problem(0, QString(),
                QCoreApplication::translate("helpline::DirectoryImport",
                                            "The file is too big: at most %1 MiB.")
                    .arg(kMaxDirectoryFileBytes / (1024 * 1024)));
        return result;
    }
    int badLine = 0;
    const auto text = csv::decodeUtf8(data, &badLine);
    if (!text) {
        problem(badLine, QString(),
                QCoreApplication::translate("helpline::DirectoryImport",
                                            "The file is not UTF-8 text: save it as “CSV UTF-8”."));
        return result;
    }
    const csv::Table table = csv::parse(*text);
    if (table.rows.isEmpty() && table.error.isEmpty()) {
        problem(
            0, QString(),
            QCoreApplication::translate("helpline::DirectoryImport", "The file has no entries."));
        return result;
    }
    if (table.rows.size() - 1 > kMaxDirectoryEntries) {
        problem(0, QString(),
                QCoreApplication::translate("helpline::DirectoryImport",
                                            "The file has %1 entries: at most %2 can be imported "
                                            "at once.")
                    .arg(table.rows.size() - 1)
                    .arg(kMaxDirectoryEntries));
        return result;
    }

    // The header.
    QList<const Field *> columns; // per cell; nullptr for an unknown or repeated column
    QSet<QString> missing;        // required columns the header lacks
    if (!table.rows.isEmpty()) {
        const csv::Row &header = table.rows.first();
        if (!header.error.isEmpty())
            problem(header.line, QString(), header.error);
        if (header.cells.size() == 1 && header.cells.first().contains(u';')) {
            problem(header.line, QString(),
                    QCoreApplication::translate(
                        "helpline::DirectoryImport",
                        "The columns are separated by semicolons: save the file as “CSV UTF-8 "
                        "(comma delimited)” so that commas separate them."));
            return result;
        }
        QSet<QString> seen;
        for (const QString &cell : header.cells) {
            const QString name = cell.trimmed().toLower();
            const Field *f = field(name);
            if (!f)
                problem(header.line, cell.trimmed(),
                        QCoreApplication::translate("helpline::DirectoryImport",
                                                    "%1 is not a column of the directory: use %2.")
                            .arg(quoted(cell.trimmed()),
                                 directoryCsvColumns().join(QStringLiteral(", "))));
            else if (seen.contains(name))
                problem(header.line, name,
                        QCoreApplication::translate("helpline::DirectoryImport",
                                                    "The column %1 is there twice.")
                            .arg(quoted(name)));
            columns.append(f && !seen.contains(name) ? f : nullptr);
            seen.insert(name);
        }
        for (const QString &required : directoryCsvRequiredColumns())
            if (!seen.contains(required)) {
                missing.insert(required);
                problem(header.line, required,
                        QCoreApplication::translate("helpline::DirectoryImport",
                                                    "The column %1 is missing.")
                            .arg(quoted(required)));
            }
    }

    // The rows.
    QHash<QString, int> idLine; // id -> line where it was first used
    for (qsizetype r = 1; r < table.rows.size(); ++r) {
        const csv::Row &row = table.rows.at(r);
        if (!row.error.isEmpty()) {
            problem(row.line, QString(), row.error);
            continue;
        }
        if (row.cells.size() != columns.size()) {
            problem(row.line, QString(),
                    QCoreApplication::translate("helpline::DirectoryImport",
                                                "This row has %1 cells but the header has %2 "
                                                "columns.")
                        .arg(row.cells.size())
                        .arg(columns.size()));
            continue;
        }
        DirectoryEntry entry;
        for (const Field &f : fields())
            setEmpty(entry, f);
        Problems problems;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (!columns.at(c))
                continue;
            if (const auto message = parseCell(entry, *columns.at(c), row.cells.at(c)))
                problems.append({columns.at(c)->key(), *message});
        }
        normalise(entry);
        const Problems unreadable = problems; // a cell that did not read says enough
        for (const FieldProblem &p : entry.validate(today, regions))
            if (!missing.contains(p.field) && !hasProblem(unreadable, p.field))
                problems.append(p);
        const QString id = entry.meta.id;
        if (!id.isEmpty() && idLine.contains(id))
            problems.append({QStringLiteral("id"),
                             QCoreApplication::translate("helpline::DirectoryImport",
                                                         "The id %1 is also used on line %2.")
                                 .arg(quoted(id))
                                 .arg(idLine.value(id))});
        else if (!id.isEmpty())
            idLine.insert(id, row.line);
        for (const FieldProblem &p : problems)
            problem(row.line, p.field, p.message);
        if (problems.isEmpty())
            result.entries.append(entry);
    }
    if (!table.error.isEmpty())
        problem(table.errorLine, QString(), table.error);
    if (result.ok() && result.entries.isEmpty()) {
        problem(
            0, QString(),
            QCoreApplication::translate("helpline::DirectoryImport", "The file has no entries."));
        return result;
    }
    for (DirectoryEntry &entry : result.entries)
        ensureId(entry);
    return result;
}

QByteArray writeDirectoryCsv(const QList<DirectoryEntry> &entries)
{
    QString text = csv::row(directoryCsvColumns());
    for (const DirectoryEntry &entry : entries) {
        QStringList cells;
        for (const Field &f : fields())
            cells << cellText(entry, f);
        text += csv::row(cells);
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace helpline
