#pragma once

#include "core/protocol/auditmessages.h"
#include "core/store/storeerror.h"

#include <optional>

namespace helpline {

class CaseStore;

// The desk's side of the server's audit copy (AuditCopyService on the server): which entries of
// the desk's trail go next, and what the server last said it holds. Sending entries is sync
// bookkeeping, like a pull cursor: it writes no audit entry of its own, or every upload would
// make another one to send.
class AuditCopy {
public:
    // The last entry the server holds (as an anchor) and those after it, oldest first, at
    // most `limit` (at least 2). The device is the desk's own (the server takes only that).
    static Outcome<AuditUploadRequest> nextUpload(CaseStore &store, int limit);
    // Keeps what the server answered: where the next upload starts, and the status the audit
    // viewer shows. A server that holds fewer entries than before (restored from a backup) gets
    // the rest again.
    static Outcome<void> recordServerCopy(CaseStore &store, const AuditCopyStatus &status);
    // The desk's last audit entry (0 for none; 0 too when it cannot be read).
    static qint64 lastSeq(CaseStore &store);
    // What the server last said it holds of this desk's trail; nullopt before the first upload.
    static Outcome<std::optional<AuditCopyStatus>> serverCopy(CaseStore &store);
};

} // namespace helpline
