#include "ui/directory/directorylistmodel.h"

#include "core/domain/regions.h"

namespace helpline {

DirectoryListModel::DirectoryListModel(const Regions &regions, QObject *parent)
    : QAbstractListModel(parent)
    , m_regions(regions)
{
}

void DirectoryListModel::setIndex(std::shared_ptr<const DirectoryIndex> index)
{
    beginResetModel();
    m_index = std::move(index);
    m_rows.clear();
    endResetModel();
}

void DirectoryListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(this->index(0), this->index(int(m_rows.size()) - 1));
}

void DirectoryListModel::search(const DirectoryQuery &query, const QDate &today)
{
    beginResetModel();
    m_today = today;
    m_rows = m_index ? m_index->search(query, m_language) : QList<int>();
    endResetModel();
}

const DirectoryEntry *DirectoryListModel::entryAt(int row) const
{
    if (!m_index || row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_index->entries().at(m_rows.at(row));
}

int DirectoryListModel::rowOf(const QString &entryId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (entryAt(row)->meta.id == entryId)
            return row;
    return -1;
}

int DirectoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DirectoryListModel::data(const QModelIndex &index, int role) const
{
    const DirectoryEntry *entry = entryAt(index.row());
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return entry->displayName(m_language);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return servicesText(*entry) + QStringLiteral(" · ") +
               areaText(*entry, m_regions, m_language);
    case EntryIdRole:
        return entry->meta.id;
    case ServicesRole:
        return servicesText(*entry);
    case AreaRole:
        return areaText(*entry, m_regions, m_language);
    case StaleRole:
        return isStale(*entry, m_today);
    default:
        return {};
    }
}

bool DirectoryListModel::isStale(const DirectoryEntry &entry, const QDate &today)
{
    return !entry.verifiedOn.isValid() || entry.verifiedOn.addMonths(12) < today;
}

QString DirectoryListModel::areaText(const DirectoryEntry &entry, const Regions &regions,
                                     const QString &language)
{
    if (entry.nationwide)
        return tr("Whole country");
    QStringList names;
    for (const QString &code : entry.regionCodes)
        names << regions.name(code, language);
    return names.join(QStringLiteral(", "));
}

QString DirectoryListModel::servicesText(const DirectoryEntry &entry)
{
    QStringList labels;
    for (const QString &code : entry.serviceTypes)
        labels << directoryServiceTypeName(code);
    return labels.join(QStringLiteral(", "));
}

} // namespace helpline
