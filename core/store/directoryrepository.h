#pragma once

#include "core/domain/directoryentry.h"
#include "core/store/storeerror.h"

#include <QList>
#include <QString>

namespace helpline {

class CaseStore;

// The referral directory as this desk last pulled it (table directory_entries, written by
// PulledRecords). Read only: the directory is kept on the server. Not case data, so reads make
// no audit entries. Removed entries (tombstones) are never returned; a row whose JSON no longer
// decodes is left out and logged by id.
class DirectoryRepository {
public:
    explicit DirectoryRepository(CaseStore &store)
        : m_store(store)
    {
    }

    // Every entry, in id order.
    Outcome<QList<DirectoryEntry>> all();
    // One entry; NotFound when there is none (or it was removed).
    Outcome<DirectoryEntry> byId(const QString &id);
    // Changes when the directory may have changed: the furthest any account of this desk has
    // pulled the directory stream (a pull writes entries and moves its cursor in one
    // transaction; an entry at or below it was written when that cursor passed it). 0: never.
    Outcome<qint64> version();

private:
    CaseStore &m_store;
};

} // namespace helpline
