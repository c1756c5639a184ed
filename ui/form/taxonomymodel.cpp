#include "ui/form/taxonomymodel.h"

#include <QSet>

namespace helpline {

TaxonomyModel::TaxonomyModel(const Taxonomy &taxonomy, QObject *parent)
    : QAbstractItemModel(parent)
    , m_taxonomy(taxonomy)
{
    for (TaxonomyCategory category : taxonomy.categories()) {
        if (category.retired)
            continue;
        QList<TaxonomySubcategory> active;
        for (const TaxonomySubcategory &sub : category.subcategories)
            if (!sub.retired)
                active << sub;
        category.subcategories = active;
        if (!active.isEmpty())
            m_categories << category;
    }
    rebuildRows();
}

void TaxonomyModel::rebuildRows()
{
    m_rows.clear();
    const QStringList found =
        m_filter.trimmed().isEmpty() ? QStringList() : m_taxonomy.search(m_filter, m_language);
    const QSet<QString> matches(found.begin(), found.end());
    const bool all = m_filter.trimmed().isEmpty();
    for (int c = 0; c < m_categories.size(); ++c) {
        const TaxonomyCategory &category = m_categories.at(c);
        const bool whole = all || matches.contains(category.code);
        Row row;
        row.category = c;
        for (int s = 0; s < category.subcategories.size(); ++s)
            if (whole || matches.contains(category.subcategories.at(s).code))
                row.subcategories << s;
        if (!row.subcategories.isEmpty())
            m_rows << row;
    }
}

void TaxonomyModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    beginResetModel();
    m_language = language;
    rebuildRows();
    endResetModel();
}

void TaxonomyModel::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    beginResetModel();
    m_filter = text;
    rebuildRows();
    endResetModel();
}

void TaxonomyModel::setCheckedCodes(const QStringList &codes)
{
    if (codes == m_checked)
        return;
    const QStringList before = m_checked;
    m_checked = codes;
    QSet<QString> touched(before.begin(), before.end());
    for (const QString &code : codes)
        touched.insert(code);
    for (const QString &code : touched)
        notifyCode(code);
    emit checkedCodesChanged();
}

void TaxonomyModel::setChecked(const QString &code, bool checked)
{
    if (checked == m_checked.contains(code))
        return;
    if (checked)
        m_checked << code;
    else
        m_checked.removeAll(code);
    notifyCode(code);
    emit checkedCodesChanged();
}

void TaxonomyModel::notifyCode(const QString &code)
{
    const QModelIndex index = indexOf(code);
    if (!index.isValid())
        return;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    const QModelIndex category = index.parent();
    if (category.isValid())
        emit dataChanged(category, category, {Qt::DisplayRole, Qt::AccessibleTextRole});
}

QModelIndex TaxonomyModel::indexOf(const QString &code) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const TaxonomyCategory &category = m_categories.at(m_rows.at(r).category);
        if (category.code == code)
            return index(r, 0);
        const QList<int> &subs = m_rows.at(r).subcategories;
        for (int s = 0; s < subs.size(); ++s)
            if (category.subcategories.at(subs.at(s)).code == code)
                return index(s, 0, index(r, 0));
    }
    return {};
}

QModelIndex TaxonomyModel::firstSubcategory() const
{
    return m_rows.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

int TaxonomyModel::visibleSubcategoryCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += int(row.subcategories.size());
    return count;
}

QString TaxonomyModel::displayPath(const QString &code) const
{
    const QString category = m_taxonomy.categoryOf(code);
    const QString label = m_taxonomy.label(code, m_language);
    if (label.isEmpty())
        return code;
    return category.isEmpty()
               ? label
               : m_taxonomy.label(category, m_language) + QStringLiteral(" › ") + label;
}

QString TaxonomyModel::codeAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return m_categories.at(m_rows.at(index.row()).category).code;
    const Row &row = m_rows.at(int(index.internalId() - 1));
    return m_categories.at(row.category).subcategories.at(row.subcategories.at(index.row())).code;
}

QModelIndex TaxonomyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {};
    if (row >= m_rows.at(parent.row()).subcategories.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex TaxonomyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TaxonomyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_rows.at(parent.row()).subcategories.size());
}

int TaxonomyModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TaxonomyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isCategory = index.internalId() == 0;
    const QString code = codeAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString label = m_taxonomy.label(code, m_language);
        if (!isCategory)
            return label;
        int chosen = 0;
        for (const QString &checked : m_checked)
            if (m_taxonomy.categoryOf(checked) == code)
                ++chosen;
        return chosen == 0 ? label : tr("%1 (%n chosen)", nullptr, chosen).arg(label);
    }
    case Qt::ToolTipRole:
        return displayPath(code);
    case Qt::CheckStateRole:
        if (isCategory)
            return {};
        return m_checked.contains(code) ? Qt::Checked : Qt::Unchecked;
    case CodeRole:
        return code;
    case IsCategoryRole:
        return isCategory;
    default:
        return {};
    }
}

bool TaxonomyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.internalId() == 0 || role != Qt::CheckStateRole)
        return false;
    setChecked(codeAt(index), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags TaxonomyModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TaxonomyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(IsCategoryRole, "isCategory");
    return names;
}

} // namespace helpline
