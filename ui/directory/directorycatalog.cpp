#include "ui/directory/directorycatalog.h"

#include "core/domain/regions.h"
#include "core/store/directoryrepository.h"
#include "ui/common/workspace.h"

#include <QLoggingCategory>

namespace helpline {

Q_LOGGING_CATEGORY(lcDirectoryCatalog, "helpline.ui.directory")

DirectoryCatalog &DirectoryCatalog::of(Workspace &workspace)
{
    if (auto *existing =
            workspace.findChild<DirectoryCatalog *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new DirectoryCatalog(workspace);
}

DirectoryCatalog::DirectoryCatalog(Workspace &workspace)
    : QObject(&workspace)
    , m_workspace(workspace)
    , m_index(std::make_shared<DirectoryIndex>())
{
    // Every save announces changed records; only a directory pull moves the version.
    connect(&workspace, &Workspace::recordsChanged, this, [this] {
        const auto version = DirectoryRepository(m_workspace.store()).version();
        if (version && *version == m_version)
            return;
        m_stale = true;
        emit mayHaveChanged();
    });
}

std::shared_ptr<const DirectoryIndex> DirectoryCatalog::index()
{
    if (m_stale)
        load();
    return m_index;
}

void DirectoryCatalog::load()
{
    m_stale = false;
    const auto version = DirectoryRepository(m_workspace.store()).version();
    m_version = version ? *version : -1;
    auto entries = DirectoryRepository(m_workspace.store()).all();
    if (!entries) {
        m_error = entries.error().message;
        qCWarning(lcDirectoryCatalog) << "the directory could not be read";
        m_index = std::make_shared<DirectoryIndex>();
        return;
    }
    m_error.clear();
    m_index = std::make_shared<const DirectoryIndex>(std::move(*entries), Regions::builtIn());
}

} // namespace helpline
