#pragma once

#include "core/domain/regions.h"

#include <QAbstractListModel>
#include <QStringList>

namespace helpline {

// What the region picker's search finds (Regions::search: names in every language and aliases,
// Azerbaijani folding: "Sheki", "Шеки" and "seki" all find Şəki), best first, at most `limit`.
// Each row reads "Şəki — Şəki-Zaqatala" in the model's language.
class RegionSearchModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit RegionSearchModel(const Regions &regions, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    QString codeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static constexpr int limit = 10;

private:
    Regions m_regions;
    QStringList m_codes;
    QString m_query;
    QString m_language = QStringLiteral("en");
};

} // namespace helpline
