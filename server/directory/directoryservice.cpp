#include "server/directory/directoryservice.h"

#include "core/directory/directorycsv.h"
#include "core/directory/directoryjson.h"
#include "core/util/clock.h"
#include "server/auth/serveraudit.h"
#include "server/db/serverdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace helpline::server {

QJsonObject DirectoryImportSummary::toJson() const
{
    return {{QStringLiteral("entries"), entries},
            {QStringLiteral("added"), added},
            {QStringLiteral("changed"), changed},
            {QStringLiteral("unchanged"), unchanged},
            {QStringLiteral("removed"), removed}};
}

DirectoryService::DirectoryService(ServerDatabase &db, Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

std::optional<DirectoryFormat> DirectoryService::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return DirectoryFormat::Csv;
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return DirectoryFormat::Json;
    return std::nullopt;
}

std::optional<DirectoryFormat> DirectoryService::formatOfFile(const QString &fileName)
{
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot < 0 ? std::nullopt : formatFromName(fileName.mid(dot + 1));
}

namespace {
QString contentHash(const DirectoryEntry &entry)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(
            QJsonDocument(directoryEntryToJson(entry)).toJson(QJsonDocument::Compact),
            QCryptographicHash::Sha256)
            .toHex());
}
} // namespace

ApiResult<DirectoryImportSummary>
DirectoryService::import(const QByteArray &file, DirectoryFormat format, const QString &actorId)
{
    const QDateTime nowTime = m_clock.nowUtc();
    const QDate today = nowTime.addSecs(4 * 3600).date(); // Asia/Baku
    const DirectoryImport parsed = format == DirectoryFormat::Csv ? readDirectoryCsv(file, today)
                                                                  : readDirectoryJson(file, today);
    if (!parsed.ok()) {
        ApiError error =
            ApiError::invalid(QStringLiteral("The file has %1 problem(s); nothing was imported.")
                                  .arg(parsed.problems.size()),
                              {}, QStringLiteral("invalid_file"));
        for (const ImportProblem &p : parsed.problems)
            error.problems.append(QJsonObject{{QStringLiteral("line"), p.line},
                                              {QStringLiteral("field"), p.field},
                                              {QStringLiteral("message"), p.message}});
        return error;
    }
    struct Existing {
        int revision = 0;
        bool deleted = false;
        QString hash;
        QString createdAt;
    };
    const QString now = isoUtc(nowTime);
    ServerTransaction tx(m_db);
    QHash<QString, Existing> existing;
    if (QSqlQuery *q = tx.exec(QStringLiteral("SELECT id, revision, deleted, field_clocks, body "
                                              "FROM records WHERE stream = 'directory'")))
        while (q->next()) {
            const QJsonObject body =
                QJsonDocument::fromJson(q->value(4).toString().toUtf8()).object();
            existing.insert(q->value(0).toString(),
                            Existing{q->value(1).toInt(), q->value(2).toInt() != 0,
                                     q->value(3).toString(),
                                     body.value(QStringLiteral("created_at")).toString()});
        }
    if (tx.failed())
        return tx.error();
    DirectoryImportSummary summary;
    summary.entries = int(parsed.entries.size());
    QSet<QString> inFile;
    for (DirectoryEntry entry : parsed.entries) {
        inFile.insert(entry.meta.id);
        const QString hash = contentHash(entry);
        const auto found = existing.constFind(entry.meta.id);
        if (found != existing.constEnd() && !found->deleted && found->hash == hash) {
            ++summary.unchanged;
            continue;
        }
        const bool isNew = found == existing.constEnd();
        entry.meta.revision = isNew ? 1 : found->revision + 1;
        entry.meta.createdAt = fromIsoUtc(isNew ? now : found->createdAt);
        entry.meta.updatedAt = nowTime;
        entry.meta.createdBy = actorId;
        entry.meta.originDevice = QStringLiteral("server");
        entry.meta.deleted = false;
        const QString body =
            QString::fromUtf8(QJsonDocument(directoryEntryToJson(entry, DirectoryJsonForm::Record))
                                  .toJson(QJsonDocument::Compact));
        const qint64 seq = tx.nextSeq();
        if (isNew) {
            ++summary.added;
            tx.exec(QStringLiteral("INSERT INTO records (id, type, stream, revision, created_by, "
                                   "origin_device, updated_at, deleted, body, field_clocks, seq) "
                                   "VALUES (?, 'directory_entry', 'directory', ?, ?, 'server', ?, "
                                   "0, ?, ?, ?)"),
                    {entry.meta.id, entry.meta.revision, actorId, now, body, hash, seq});
        } else {
            ++summary.changed;
            tx.exec(QStringLiteral("UPDATE records SET revision = ?, updated_at = ?, deleted = 0, "
                                   "body = ?, field_clocks = ?, seq = ? WHERE id = ?"),
                    {entry.meta.revision, now, body, hash, seq, entry.meta.id});
        }
    }
    // Entries the file no longer has: tombstones, so desks drop them at their next pull.
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (it->deleted || inFile.contains(it.key()))
            continue;
        ++summary.removed;
        const QJsonObject tombstone{{QStringLiteral("id"), it.key()},
                                    {QStringLiteral("deleted"), true},
                                    {QStringLiteral("revision"), it->revision + 1},
                                    {QStringLiteral("updated_at"), now}};
        tx.exec(QStringLiteral("UPDATE records SET revision = ?, updated_at = ?, deleted = 1, "
                               "body = ?, field_clocks = NULL, seq = ? WHERE id = ?"),
                {it->revision + 1, now,
                 QString::fromUtf8(QJsonDocument(tombstone).toJson(QJsonDocument::Compact)),
                 tx.nextSeq(), it.key()});
    }
    serverAudit(tx, now, actorId, {}, QStringLiteral("directory.import"),
                QStringLiteral("directory"), QString::number(summary.entries));
    if (auto done = tx.commit(); !done)
        return done.error();
    return summary;
}

ApiResult<QByteArray> DirectoryService::exportAll(DirectoryFormat format)
{
    ServerTransaction tx(m_db, ServerTransaction::Mode::Read);
    QList<DirectoryEntry> entries;
    if (QSqlQuery *q = tx.exec(QStringLiteral("SELECT body FROM records WHERE stream = "
                                              "'directory' AND deleted = 0 ORDER BY id")))
        while (q->next()) {
            Problems problems;
            const auto entry = directoryEntryFromJson(
                QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object(), &problems,
                DirectoryJsonForm::Record);
            if (!entry)
                return ApiError::internal(QStringLiteral("a stored directory entry does not "
                                                         "decode"));
            DirectoryEntry plain = *entry;
            plain.meta = RecordMeta{};
            plain.meta.id = entry->meta.id;
            entries << plain;
        }
    if (tx.failed())
        return tx.error();
    tx.commit();
    return format == DirectoryFormat::Csv ? writeDirectoryCsv(entries)
                                          : writeDirectoryJson(entries);
}

ApiResult<void> DirectoryService::publishReferenceData()
{
    struct Published {
        const char *resource;
        const char *stream;
        const char *type;
        const char *id; // a fixed id per document: a new version replaces the old one
    };
    const Published documents[] = {
        {":/helpline/taxonomy/taxonomy.json", "taxonomy", "taxonomy",
         "00000000-0000-7000-8000-000000000001"},
        {":/helpline/forms/intake.json", "forms", "form_definition",
         "00000000-0000-7000-8000-000000000002"},
    };
    const QString now = isoUtc(m_clock.nowUtc());
    ServerTransaction tx(m_db);
    for (const Published &doc : documents) {
        QFile file(QString::fromLatin1(doc.resource));
        if (!file.open(QIODevice::ReadOnly))
            return ApiError::internal(
                QStringLiteral("missing resource %1").arg(QString::fromLatin1(doc.resource)));
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
        const QString id = QString::fromLatin1(doc.id);
        QJsonObject body{{QStringLiteral("id"), id},
                         {QStringLiteral("updated_at"), now},
                         {QStringLiteral("document"), json.object()}};
        const QByteArray bodyHash =
            QCryptographicHash::hash(QJsonDocument(json.object()).toJson(QJsonDocument::Compact),
                                     QCryptographicHash::Sha256)
                .toHex();
        QSqlQuery *q = tx.exec(QStringLiteral("SELECT revision, field_clocks FROM records WHERE "
                                              "id = ?"),
                               {id});
        if (!q)
            return tx.error();
        int revision = 0;
        QString storedHash;
        if (q->next()) {
            revision = q->value(0).toInt();
            storedHash = q->value(1).toString();
        }
        q->finish();
        if (storedHash == QString::fromLatin1(bodyHash))
            continue;
        body.insert(QStringLiteral("revision"), revision + 1);
        const qint64 seq = tx.nextSeq();
        const QString compact =
            QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (revision == 0)
            tx.exec(QStringLiteral("INSERT INTO records (id, type, stream, revision, updated_at, "
                                   "deleted, body, field_clocks, seq) VALUES (?, ?, ?, 1, ?, 0, "
                                   "?, ?, ?)"),
                    {id, QString::fromLatin1(doc.type), QString::fromLatin1(doc.stream), now,
                     compact, QString::fromLatin1(bodyHash), seq});
        else
            tx.exec(QStringLiteral("UPDATE records SET revision = ?, updated_at = ?, body = ?, "
                                   "field_clocks = ?, seq = ? WHERE id = ?"),
                    {revision + 1, now, compact, QString::fromLatin1(bodyHash), seq, id});
    }
    return tx.commit();
}

} // namespace helpline::server
