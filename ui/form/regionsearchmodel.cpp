#include "ui/form/regionsearchmodel.h"

namespace helpline {

RegionSearchModel::RegionSearchModel(const Regions &regions, QObject *parent)
    : QAbstractListModel(parent)
    , m_regions(regions)
{
}

void RegionSearchModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_codes.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_codes.size()) - 1, 0), {Qt::DisplayRole});
}

void RegionSearchModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    beginResetModel();
    m_query = text;
    m_codes.clear();
    for (const RegionUnit &unit : m_regions.search(text)) {
        if (m_codes.size() >= limit)
            break;
        m_codes << unit.code;
    }
    endResetModel();
}

QString RegionSearchModel::codeAt(int row) const
{
    return row >= 0 && row < m_codes.size() ? m_codes.at(row) : QString();
}

int RegionSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_codes.size());
}

QVariant RegionSearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_codes.size())
        return {};
    const QString code = m_codes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const std::optional<RegionUnit> unit = m_regions.unit(code);
        const QString name = m_regions.name(code, m_language);
        QString where;
        if (unit && !unit->parent.isEmpty())
            where = m_regions.name(unit->parent, m_language);
        else if (unit && !unit->economicRegion.isEmpty())
            where = m_regions.name(unit->economicRegion, m_language);
        return where.isEmpty() || where == name
                   ? name
                   : tr("%1 — %2", "a place, then its region").arg(name, where);
    }
    case CodeRole:
        return code;
    default:
        return {};
    }
}

} // namespace helpline
