#pragma once

#include "core/domain/record.h"

#include <QJsonArray>
#include <QList>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace helpline {

class CaseStore;
class WriteTransaction;

// The shared mechanics of writing records: stamping ids, times, author, device and revision,
// and building the INSERT/UPDATE for a table's record columns plus its own.
struct Column {
    QString name;
    QVariant value;
};

namespace records {

// The record columns, in the order readMeta() expects them.
QString metaColumns(const QString &tableAlias = {});
RecordMeta readMeta(const QSqlQuery &query, int firstColumn = 0);

void stampNew(RecordMeta &meta, const CaseStore &store);
void insert(WriteTransaction &tx, const QString &table, const RecordMeta &meta,
            const QList<Column> &columns);
// Optimistic: updates only when the stored revision is still meta.revision, then bumps it.
// Returns false (and fails the transaction) when the record changed underneath.
bool update(WriteTransaction &tx, const QString &table, RecordMeta &meta,
            const QList<Column> &columns);
// Writes every record column and `columns` of a row that exists, as they are given: a record
// that comes from the server is taken as it is, with no revision check.
void overwrite(WriteTransaction &tx, const QString &table, const RecordMeta &meta,
               const QList<Column> &columns);

QVariant textOrNull(const QString &text);
QString listToJson(const QStringList &list);
QStringList listFromJson(const QString &json);

} // namespace records
} // namespace helpline
