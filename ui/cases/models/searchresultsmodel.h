#pragma once

#include "core/store/caserepository.h"
#include "core/store/searchindex.h"

#include <QAbstractListModel>

namespace helpline {

class Workspace;

// Search results over the store's full-text search (SearchIndex::search): one row per case, best
// first, with the snippet around the match. DisplayRole is "case number · child name".
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role : int {
        CaseIdRole = Qt::UserRole + 1,
        SnippetRole,
        CaseNumberRole,
        ChildNameRole,
        RecordTypeRole, // "contact", "note" or "person": where the words were found
        RecordIdRole,
        RiskCodeRole,
        StatusCodeRole,
    };

    explicit SearchResultsModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Runs the search (an empty text clears the results).
    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setLimit(int limit) { m_limit = std::max(1, limit); }
    // Runs the current query again (also on Workspace::recordsChanged).
    void reload();
    QString caseIdAt(int row) const;

signals:
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        SearchHit hit;
        CaseSummary summary;
    };
    Workspace &m_workspace;
    QString m_query;
    int m_limit = 50;
    QList<Row> m_rows;
};

} // namespace helpline
