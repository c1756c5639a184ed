#include "core/store/directoryrepository.h"

#include "core/directory/directoryjson.h"
#include "core/store/casestore.h"
#include "core/store/rowreads.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <optional>

namespace helpline {

namespace {

Q_LOGGING_CATEGORY(lcDirectory, "helpline.store.directory")

// The entry as the pull stored it (its JSON, meta included). nullopt (logged) when the JSON does
// not decode or is another entry's, which a newer server's format or a damaged row could cause:
// one bad row must not hide the rest of the directory.
std::optional<DirectoryEntry> readEntry(const QSqlQuery &q)
{
    const QString id = q.value(0).toString();
    const QJsonDocument document = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
    Problems problems;
    std::optional<DirectoryEntry> entry;
    if (document.isObject())
        entry = directoryEntryFromJson(document.object(), &problems, DirectoryJsonForm::Record);
    if (!entry || entry->meta.id != id) {
        qCWarning(lcDirectory) << "skipped a directory entry that does not decode:" << id;
        return std::nullopt;
    }
    return entry;
}

QString readingWhat()
{
    return QCoreApplication::translate("helpline::DirectoryRepository",
                                       "Reading the referral directory");
}

} // namespace

Outcome<QList<DirectoryEntry>> DirectoryRepository::all()
{
    auto rows = records::readRows<std::optional<DirectoryEntry>>(
        m_store,
        QStringLiteral("SELECT id, data FROM directory_entries WHERE deleted = 0 ORDER BY id"), {},
        readEntry, readingWhat());
    if (!rows)
        return rows.error();
    QList<DirectoryEntry> entries;
    entries.reserve(rows->size());
    for (std::optional<DirectoryEntry> &row : *rows)
        if (row)
            entries.append(std::move(*row));
    return entries;
}

Outcome<DirectoryEntry> DirectoryRepository::byId(const QString &id)
{
    const QString missing = QCoreApplication::translate("helpline::DirectoryRepository",
                                                        "There is no such entry in the directory.");
    auto row = records::readOne<std::optional<DirectoryEntry>>(
        m_store,
        QStringLiteral("SELECT id, data FROM directory_entries WHERE id = ? AND deleted = 0"), id,
        readEntry, readingWhat(), missing);
    if (!row)
        return row.error();
    if (!*row)
        return StoreError::make(StoreError::Code::NotFound, missing);
    return std::move(**row);
}

Outcome<qint64> DirectoryRepository::version()
{
    QSqlQuery *q = m_store.prepared(QStringLiteral(
        "SELECT MAX(CAST(cursor AS INTEGER)) FROM sync_state WHERE stream = 'directory'"));
    const QString what = QCoreApplication::translate("helpline::DirectoryRepository",
                                                     "Reading the referral directory");
    if (!q)
        return m_store.sqlError(m_store.lastPrepareError(), what);
    if (!q->exec())
        return m_store.sqlError(q->lastError(), what);
    const qint64 version = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    return version;
}

} // namespace helpline
