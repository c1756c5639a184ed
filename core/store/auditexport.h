#pragma once

#include "core/store/auditlog.h"
#include "core/store/storeerror.h"

class QIODevice;

namespace helpline {

class CaseStore;

// The columns of an exported audit trail, in order.
QStringList auditCsvColumns();

// Writes every entry `query` matches (its limit and beforeSeq are ignored: all of them), oldest
// first, as UTF-8 CSV (RFC 4180: CRLF, cells with commas, quotes or line breaks in quotes) with
// a header row of auditCsvColumns(). The hashes are exported as stored, so the file can be
// checked against the chain. Returns the number of entries written; audited as "audit.export"
// with that number as detail. Only supervisors and administrators may export (PermissionDenied
// otherwise, and the refusal is audited). `out` is the file the person chose, opened for
// writing (a QSaveFile: the caller commits it); nothing else is written to disk.
Outcome<qint64> exportAuditCsv(CaseStore &store, const AuditQuery &query, QIODevice &out);

} // namespace helpline
