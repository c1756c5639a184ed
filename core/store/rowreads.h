#pragma once

#include "core/store/casestore.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>

namespace helpline::records {

// Runs `sql` (bound to `values`) and turns each row into T with `read`; `what` names the read in
// an error ("Reading the case's notes").
template<typename T>
Outcome<QList<T>> readRows(CaseStore &store, const QString &sql, const QVariantList &values,
                           const std::function<T(const QSqlQuery &)> &read, const QString &what)
{
    QSqlQuery *q = store.prepared(sql);
    if (!q)
        return store.sqlError(store.lastPrepareError(), what);
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values.at(i));
    if (!q->exec())
        return store.sqlError(q->lastError(), what);
    QList<T> result;
    while (q->next())
        result.append(read(*q));
    q->finish();
    return result;
}

// The one row of `sql` (a lookup by id), or NotFound with `missing`.
template<typename T>
Outcome<T> readOne(CaseStore &store, const QString &sql, const QString &id,
                   const std::function<T(const QSqlQuery &)> &read, const QString &what,
                   const QString &missing)
{
    Outcome<QList<T>> rows = readRows<T>(store, sql, {id}, read, what);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError::make(StoreError::Code::NotFound, missing);
    return rows->first();
}

} // namespace helpline::records
