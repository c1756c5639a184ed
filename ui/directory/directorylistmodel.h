#pragma once

#include "core/directory/directorysearch.h"

#include <QAbstractListModel>
#include <QDate>

#include <memory>

namespace helpline {

class Regions;

// The services that match the directory's search, one row each: the name in the interface's
// language, its service types and the area it serves. The index is shared (the browser builds it
// once per directory pull); the model only holds the positions that matched.
class DirectoryListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        ServicesRole, // service type labels, joined
        AreaRole,     // "Whole country" or the region names
        StaleRole,    // bool: not verified for 12 months
    };

    DirectoryListModel(const Regions &regions, QObject *parent = nullptr);

    void setIndex(std::shared_ptr<const DirectoryIndex> index);
    void setLanguage(const QString &language);
    // Runs the query against the index and shows its matches (a model reset).
    void search(const DirectoryQuery &query, const QDate &today);

    const DirectoryEntry *entryAt(int row) const;
    int rowOf(const QString &entryId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Whether an entry's details were last checked more than 12 months before `today`.
    static bool isStale(const DirectoryEntry &entry, const QDate &today);
    // The area it serves, in words: "Whole country", or its regions' names.
    static QString areaText(const DirectoryEntry &entry, const Regions &regions,
                            const QString &language);
    static QString servicesText(const DirectoryEntry &entry);

private:
    const Regions &m_regions;
    std::shared_ptr<const DirectoryIndex> m_index;
    QList<int> m_rows;
    QString m_language = QStringLiteral("en");
    QDate m_today;
};

} // namespace helpline
