#pragma once

#include "core/directory/directorysearch.h"

#include <QObject>

#include <memory>

namespace helpline {

class Workspace;

// The desk's referral directory, read from the store and indexed once, shared by the Directory
// page and the referral dialog of the signed-in workspace. After a sync it is read again the
// next time someone asks, when a directory pull changed it (its cursor moved).
class DirectoryCatalog : public QObject {
    Q_OBJECT
public:
    // The workspace's catalog (made on first use, a child of the workspace).
    static DirectoryCatalog &of(Workspace &workspace);

    // The index, read again first when the store may have changed since. Shared: a list that
    // still shows the previous one keeps it alive until it asks again.
    std::shared_ptr<const DirectoryIndex> index();
    // Why the directory could not be read (empty when it could); the index is then empty.
    QString loadError() const { return m_error; }
    bool isStale() const { return m_stale; }

signals:
    // A pull changed the directory: visible screens ask for index() again.
    void mayHaveChanged();

private:
    explicit DirectoryCatalog(Workspace &workspace);
    void load();

    Workspace &m_workspace;
    std::shared_ptr<const DirectoryIndex> m_index;
    QString m_error;
    bool m_stale = true;
    qint64 m_version = -1; // DirectoryRepository::version() of what is loaded
};

} // namespace helpline
