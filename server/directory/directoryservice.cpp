#include "server/directory/directoryservice.h"

#include "core/util/clock.h"
#include "server/db/serverdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
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

ApiResult<DirectoryImportSummary> DirectoryService::import(const QByteArray &, DirectoryFormat,
                                                           const QString &)
{
    return ApiError::internal(QStringLiteral("not yet"));
}

ApiResult<QByteArray> DirectoryService::exportAll(DirectoryFormat)
{
    return ApiError::internal(QStringLiteral("not yet"));
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
