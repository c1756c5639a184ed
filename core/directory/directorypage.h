#pragma once

#include "core/domain/directoryentry.h"
#include "core/protocol/syncmessages.h"

namespace helpline {

// The entries as one page of the "directory" stream, numbered from `firstSeq`, as the server
// would send them (revision 1 for an entry without one). Demo data, tests and benchmarks write a
// directory the way a desk receives it: PulledRecords::applyPage(page.stream, page).
PullPage directoryPage(const QList<DirectoryEntry> &entries, qint64 firstSeq = 1);

} // namespace helpline
