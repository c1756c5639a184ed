#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace helpline {

// What every synced record carries (docs/architecture.md, "Records"). The store fills these in
// on save; callers leave them empty for a new record.
struct RecordMeta {
    QString id;           // UUIDv7
    QDateTime createdAt;  // UTC
    QDateTime updatedAt;  // UTC
    QString createdBy;    // account id
    QString originDevice; // device id
    int revision = 0;     // 0 = never saved
    bool deleted = false; // tombstone: nothing is hard-deleted by sync
};

// One validation problem, attached to the field it belongs to (the form shows it beside that
// field). `field` is the record's field name, e.g. "summary" or "child.age".
struct FieldProblem {
    QString field;
    QString message;
    bool operator==(const FieldProblem &) const = default;
};
using Problems = QList<FieldProblem>;

bool hasProblem(const Problems &problems, const QString &field);

} // namespace helpline
