#pragma once

#include <QString>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace helpline {

class CaseFilterBar;
class CaseListModel;
class CaseView;
class SearchResultsModel;
class Workspace;

// The Cases page: a search box over the store's full-text search (results with snippets; Down
// moves into them, Enter opens a case), the filters, the case list (sorted and filtered in the
// store, loaded a page at a time) with the number of matching cases, and the case view, which
// replaces the list while a case is open (Escape or Back returns to the list).
class CasesScreen : public QWidget {
    Q_OBJECT
public:
    explicit CasesScreen(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the case (CaseRepository::open writes the "viewed" audit entry). Opening the case
    // that is already shown only brings it forward. False when it could not be opened.
    bool openCase(const QString &caseId);
    // Back to the list and into the search box (Ctrl+F).
    void focusSearch();
    // Back to the list from the case view; false when the counsellor kept unsaved text.
    bool showList();
    bool isShowingCase() const;
    // A case number typed in the search that names a case the account may not read but may
    // open with a reason: the line under the search offers that. openLockedCase() asks for the
    // reason (OpenWithReasonDialog) and opens it read-only; openLockedCaseWithReason() does so
    // with a reason given.
    //
    // A whole case number that names no case on this desk, on a desk connected to a server:
    // the line offers to ask the server to open it with a reason (openLockedCase() then asks
    // for the reason; openRemoteCaseWithReason() sends it). The case arrives with the sync
    // that follows, read-only, and the search then finds it.
    bool openLockedCase();
    bool openLockedCaseWithReason(const QString &reason);
    void openRemoteCaseWithReason(const QString &reason);
    QString lockedCaseId() const { return m_lockedCaseId; }
    QString remoteCaseNumber() const { return m_remoteCaseNumber; }
    bool hasUnsavedWork() const;

    CaseView *caseView() const { return m_caseView; }
    CaseListModel *caseListModel() const { return m_caseList; }
    SearchResultsModel *searchResultsModel() const { return m_searchResults; }
    CaseFilterBar *filterBar() const { return m_filters; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void runSearch();
    void applyFilters();
    void updateCount();
    void updateColumnWidths();
    void updateSearchState();
    bool openSearchResult(int row);
    // A reload (a save, records received by sync) resets the models: the current row stays on
    // the case it was on, or there is none. Never another case: Enter would open it.
    void keepCurrentCase(QAbstractItemView *view, const QString &caseId);

    Workspace &m_workspace;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_searchMessage = nullptr;
    QWidget *m_lockedRow = nullptr;
    QLabel *m_lockedLabel = nullptr;
    QPushButton *m_openLocked = nullptr;
    QString m_lockedCaseId;
    QString m_lockedCaseNumber;
    QString m_remoteCaseNumber; // a case number not on this desk, to ask the server for
    QString m_remoteAsked;      // the number the server was asked to open (awaiting the sync)
    bool m_lockedRestricted = false;
    bool m_lockedOpened = false; // the account opened it with a reason in the last hours
    QListView *m_resultsView = nullptr;
    SearchResultsModel *m_searchResults = nullptr;
    CaseFilterBar *m_filters = nullptr;
    QLabel *m_listLabel = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_listMessage = nullptr;
    QTableView *m_table = nullptr;
    CaseListModel *m_caseList = nullptr;
    CaseView *m_caseView = nullptr;
    QString m_refusedRequest; // an open request refused in this turn of the event loop
    QString m_keptListCase;
    int m_keptListRow = -1;
    QString m_keptResultCase;
};

} // namespace helpline
