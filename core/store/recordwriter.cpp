#include "core/store/recordwriter.h"

#include "core/store/casestore.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"
#include "core/util/uuid.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace helpline::records {

QString metaColumns(const QString &alias)
{
    const QString p = alias.isEmpty() ? QString() : alias + u'.';
    return QStringLiteral("%1id, %1created_at, %1updated_at, %1created_by, %1origin_device, "
                          "%1revision, %1deleted")
        .arg(p);
}

RecordMeta readMeta(const QSqlQuery &query, int first)
{
    RecordMeta meta;
    meta.id = query.value(first).toString();
    meta.createdAt = fromIsoUtc(query.value(first + 1).toString());
    meta.updatedAt = fromIsoUtc(query.value(first + 2).toString());
    meta.createdBy = query.value(first + 3).toString();
    meta.originDevice = query.value(first + 4).toString();
    meta.revision = query.value(first + 5).toInt();
    meta.deleted = query.value(first + 6).toBool();
    return meta;
}

void stampNew(RecordMeta &meta, const CaseStore &store)
{
    const QDateTime now = store.clock().nowUtc();
    if (meta.id.isEmpty())
        meta.id = newUuidV7(now);
    meta.createdAt = now;
    meta.updatedAt = now;
    meta.createdBy = store.session().accountId;
    meta.originDevice = store.session().deviceId;
    meta.revision = 1;
    meta.deleted = false;
}

void insert(WriteTransaction &tx, const QString &table, const RecordMeta &meta,
            const QList<Column> &columns)
{
    QStringList names{
        QStringLiteral("id"),         QStringLiteral("created_at"),    QStringLiteral("updated_at"),
        QStringLiteral("created_by"), QStringLiteral("origin_device"), QStringLiteral("revision"),
        QStringLiteral("deleted")};
    QVariantList values{
        meta.id,           isoUtc(meta.createdAt), isoUtc(meta.updatedAt), meta.createdBy,
        meta.originDevice, meta.revision,          meta.deleted ? 1 : 0};
    for (const Column &column : columns) {
        names << column.name;
        values << column.value;
    }
    const QString placeholders = QStringList(names.size(), QStringLiteral("?")).join(u',');
    tx.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, names.join(QStringLiteral(", ")), placeholders),
            values);
}

bool update(WriteTransaction &tx, const QString &table, RecordMeta &meta,
            const QList<Column> &columns)
{
    const int expected = meta.revision;
    const QDateTime now = tx.store().clock().nowUtc();
    QStringList sets{QStringLiteral("updated_at = ?"), QStringLiteral("revision = ?"),
                     QStringLiteral("deleted = ?")};
    QVariantList values{isoUtc(now), expected + 1, meta.deleted ? 1 : 0};
    for (const Column &column : columns) {
        sets << column.name + QStringLiteral(" = ?");
        values << column.value;
    }
    values << meta.id << expected;
    tx.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND revision = ?")
                .arg(table, sets.join(QStringLiteral(", "))),
            values);
    if (tx.failed())
        return false;
    const int changed = tx.scalar(QStringLiteral("SELECT changes()")).toInt();
    if (changed != 1) {
        tx.fail(StoreError::make(StoreError::Code::Validation,
                                 QCoreApplication::translate(
                                     "helpline::records",
                                     "This record was changed by someone else in the meantime. "
                                     "Reopen it to see the latest version; nothing was saved.")));
        return false;
    }
    meta.revision = expected + 1;
    meta.updatedAt = now;
    return true;
}

void overwrite(WriteTransaction &tx, const QString &table, const RecordMeta &meta,
               const QList<Column> &columns)
{
    QStringList sets{QStringLiteral("created_at = ?"), QStringLiteral("updated_at = ?"),
                     QStringLiteral("created_by = ?"), QStringLiteral("origin_device = ?"),
                     QStringLiteral("revision = ?"),   QStringLiteral("deleted = ?")};
    QVariantList values{isoUtc(meta.createdAt), isoUtc(meta.updatedAt), meta.createdBy,
                        meta.originDevice,      meta.revision,          meta.deleted ? 1 : 0};
    for (const Column &column : columns) {
        sets << column.name + QStringLiteral(" = ?");
        values << column.value;
    }
    values << meta.id;
    tx.exec(
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
        values);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        list << value.toString();
    return list;
}

} // namespace helpline::records
