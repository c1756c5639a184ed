#include "ui/form/regionmodel.h"

namespace helpline {

RegionModel::RegionModel(const Regions &regions, QObject *parent)
    : QAbstractItemModel(parent)
    , m_regions(regions)
{
    m_top.append(Top{});
    for (const EconomicRegion &region : regions.economicRegions()) {
        Top top;
        top.code = region.code;
        top.economicRegion = true;
        top.children.append(Child{region.code, {}});
        for (const RegionUnit &unit : region.units) {
            top.children.append(Child{unit.code, {}});
            for (const RegionUnit &district : unit.districts)
                top.children.append(Child{district.code, unit.code});
        }
        m_top.append(top);
    }
    for (const RegionUnit &special : regions.specialUnits())
        m_top.append(Top{special.code, false, {}});
}

void RegionModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    retranslate();
}

void RegionModel::retranslate()
{
    if (m_top.isEmpty())
        return;
    emit dataChanged(index(0, 0), index(int(m_top.size()) - 1, 0), {Qt::DisplayRole});
    for (int r = 0; r < m_top.size(); ++r)
        if (!m_top.at(r).children.isEmpty())
            emit dataChanged(index(0, 0, index(r, 0)),
                             index(int(m_top.at(r).children.size()) - 1, 0, index(r, 0)),
                             {Qt::DisplayRole});
}

QPair<int, int> RegionModel::positionOf(const QString &code) const
{
    for (int r = 0; r < m_top.size(); ++r) {
        const Top &top = m_top.at(r);
        if (top.code == code)
            return {r, top.economicRegion ? 0 : -1};
        for (int c = 1; c < top.children.size(); ++c)
            if (top.children.at(c).code == code)
                return {r, c};
    }
    // Other ISO codes of a unit ("AZ-SA" is the Şəki rayon "AZ-SAK").
    if (const std::optional<RegionUnit> unit = m_regions.unit(code); unit && unit->code != code)
        return positionOf(unit->code);
    return {-1, -1};
}

QString RegionModel::textFor(const QString &code, bool regionItself,
                             const QString &parentCity) const
{
    if (code.isEmpty())
        return tr("(not chosen)");
    if (regionItself)
        return tr("(rayon or city not known)");
    const QString name = m_regions.name(code, m_language);
    if (!parentCity.isEmpty())
        return tr("%1 (%2)", "a city's rayon, then its city: Nəsimi (Bakı)")
            .arg(name, m_regions.name(parentCity, m_language));
    return name;
}

QModelIndex RegionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_top.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_top.size() ||
        row >= m_top.at(parent.row()).children.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex RegionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int RegionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_top.at(parent.row()).children.size());
}

int RegionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant RegionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    QString code;
    QString text;
    if (index.internalId() == 0) {
        code = m_top.at(index.row()).code;
        text = textFor(code, false, {});
    } else {
        const Child &child = m_top.at(int(index.internalId() - 1)).children.at(index.row());
        code = child.code;
        text = textFor(code, index.row() == 0, child.parentCity);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text;
    case CodeRole:
        return code;
    default:
        return {};
    }
}

Qt::ItemFlags RegionModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace helpline
