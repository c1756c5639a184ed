#pragma once

#include "core/domain/regions.h"

#include <QAbstractItemModel>

namespace helpline {

// The places of Regions as a two-level tree for the region picker's two combo boxes:
// top level "(not chosen)", the 14 economic regions, then the special places (unknown, outside
// Azerbaijan); under each economic region "(rayon or city not known)" (the region itself), then
// its cities and rayons in the order of the decree, each city followed by its own rayons
// (Baku's). CodeRole is what the form stores: a unit code, an economic region code or "".
class RegionModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { CodeRole = Qt::UserRole + 1 };

    explicit RegionModel(const Regions &regions, QObject *parent = nullptr);

    void setLanguage(const QString &language);
    // Re-reads translated texts (after a language change of the interface).
    void retranslate();

    // Where a code is: top-level row and, for a unit, the row under it (-1 for none).
    // {-1, -1} for an unknown code.
    QPair<int, int> positionOf(const QString &code) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Child {
        QString code;
        QString parentCity; // for a city's rayon: the city's code
    };
    struct Top {
        QString code; // "" for "not chosen"
        bool economicRegion = false;
        QList<Child> children; // [0] is the region itself
    };

    QString textFor(const QString &code, bool regionItself, const QString &parentCity) const;

    Regions m_regions;
    QList<Top> m_top;
    QString m_language = QStringLiteral("en");
};

} // namespace helpline
