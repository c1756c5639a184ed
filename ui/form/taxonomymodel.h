#pragma once

#include "core/domain/taxonomy.h"

#include <QAbstractItemModel>
#include <QStringList>

namespace helpline {

// The taxonomy as a two-level tree for the category picker: categories, then their
// subcategories, which are checkable. Retired entries are left out. setFilter() keeps the
// entries Taxonomy::search() finds (Azerbaijani folding: "zorak" finds "Zorakılıq"): a matching
// category keeps all its subcategories, otherwise only the matching subcategories show.
// Checked codes are kept in the order they were checked, filtered or not.
class TaxonomyModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1, IsCategoryRole };

    explicit TaxonomyModel(const Taxonomy &taxonomy, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    QStringList checkedCodes() const { return m_checked; }
    void setCheckedCodes(const QStringList &codes); // kept exactly, unknown codes included
    bool isChecked(const QString &code) const { return m_checked.contains(code); }
    void setChecked(const QString &code, bool checked);

    // The visible row of a code; invalid when filtered out or unknown.
    QModelIndex indexOf(const QString &code) const;
    // The first visible subcategory; invalid when none.
    QModelIndex firstSubcategory() const;
    int visibleSubcategoryCount() const;
    // "Violence › Bullying" in the model's language.
    QString displayPath(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void checkedCodesChanged();

private:
    struct Row {
        int category = 0;         // position in m_categories
        QList<int> subcategories; // positions in that category's subcategories
    };

    void rebuildRows();
    QString codeAt(const QModelIndex &index) const;
    void notifyCode(const QString &code);

    Taxonomy m_taxonomy;
    QList<TaxonomyCategory> m_categories; // not retired, with subcategories not retired
    QList<Row> m_rows;
    QString m_language = QStringLiteral("en");
    QString m_filter;
    QStringList m_checked;
};

} // namespace helpline
