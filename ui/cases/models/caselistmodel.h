#pragma once

#include "core/store/caserepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace helpline {

class Workspace;

// The case list over the store, one page at a time: rowCount() is the number of cases the
// filter matches (counted once per filter), and data() reads the page holding a row when the
// view first asks for it, into a small cache of recently used pages. Sorting and filtering
// happen in the store (CaseRepository::page), over the list's indexes, so a million cases scroll
// and sort without being read. Reloads itself when Workspace::recordsChanged is emitted.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column : int {
        CaseNumber,
        Child,
        Status,
        Risk,
        Counsellor,
        LastContact,
        NextFollowUp,
        ColumnCount
    };
    enum Role : int {
        CaseIdRole = Qt::UserRole + 1,
        RiskCodeRole,
        StatusCodeRole,
        FlagsRole, // QStringList, e.g. "supervisor_attention"
        AssigneeIdRole,
        LastContactRole,  // QDateTime (UTC)
        NextFollowUpRole, // QDateTime (UTC); invalid when none is open
    };
    Q_ENUM(Column)

    explicit CaseListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Sorts in the store; the row count stays, the pages are read again.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filters of the list (offset and limit are ignored; sort and order are kept from the
    // last sort()). Counts the matching cases again.
    void setFilter(const CaseListQuery &filter);
    CaseListQuery filter() const { return m_query; }
    // Counts again and drops every cached page.
    void reload();
    QString caseIdAt(int row) const;
    // The row of a case among the pages read so far; -1 when it is not loaded.
    int rowOfCase(const QString &caseId) const;

    static CaseSort sortForColumn(int column);
    static int columnForSort(CaseSort sort);

    // Paging (the defaults suit a table view): rows per page and pages kept.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    void setCachedPageLimit(int pages) { m_pageLimit = std::max(2, pages); }
    bool isRowLoaded(int row) const { return m_pages.contains(row / m_pageSize); }
    int loadedPageCount() const { return int(m_pages.size()); }
    // Pages read from the store since the model was made (tests and the benchmark check it).
    qint64 pageLoads() const { return m_pageLoads; }

signals:
    void loadFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const CaseSummary *summaryAt(int row) const;
    void countRows();

    Workspace &m_workspace;
    CaseListQuery m_query;
    int m_rows = 0;
    int m_pageSize = 100;
    int m_pageLimit = 12;
    mutable QHash<int, QList<CaseSummary>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable qint64 m_pageLoads = 0;
    mutable bool m_failed = false;
};

} // namespace helpline
