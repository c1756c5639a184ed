#pragma once

#include "core/store/storeerror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace helpline {

class CaseStore;

// The current JSON of a record of the local store, as a push carries it (the shapes
// core/protocol's decoders accept). std::nullopt when the store has no such record.
// Reads never audit a "view": sync is not a person reading the file.
//
// The outbox names a record and the revision that queued it; the record may have changed since,
// so the revision read here can be newer than the queued one. A deleted record is read too (with
// "deleted": true): a deletion reaches the server as the record itself.
class RecordReader {
public:
    explicit RecordReader(CaseStore &store);
    // An error for a type that is not synced (recordTypes() lists those that are), or when the
    // store cannot be read.
    Outcome<std::optional<QJsonObject>> read(const QString &type, const QString &id);

private:
    CaseStore &m_store;
};

} // namespace helpline
