#include "core/directory/directorypage.h"

#include "core/directory/directoryjson.h"

namespace helpline {

PullPage directoryPage(const QList<DirectoryEntry> &entries, qint64 firstSeq)
{
    PullPage page;
    page.stream = QStringLiteral("directory");
    page.cursor = firstSeq - 1;
    for (DirectoryEntry entry : entries) {
        if (entry.meta.revision < 1)
            entry.meta.revision = 1;
        PullItem item;
        item.seq = ++page.cursor;
        item.type = QStringLiteral("directory_entry");
        item.id = entry.meta.id;
        item.revision = entry.meta.revision;
        item.record = directoryEntryToJson(entry, DirectoryJsonForm::Record);
        page.items << item;
    }
    return page;
}

} // namespace helpline
