#include "ui/cases/casesscreen.h"

#include "core/domain/accesspolicy.h"
#include "core/domain/codes.h"
#include "core/store/caseaccess.h"
#include "core/store/caserepository.h"
#include "ui/cases/casefilterbar.h"
#include "ui/cases/caseview.h"
#include "ui/cases/models/caselistmodel.h"
#include "ui/cases/models/searchresultsmodel.h"
#include "ui/cases/openwithreasondialog.h"
#include "ui/cases/riskbadgedelegate.h"
#include "ui/cases/searchresultdelegate.h"
#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"
#include "ui/common/workspace.h"
#include "ui/sync/desksync.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLoggingCategory>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace helpline {

namespace {

Q_LOGGING_CATEGORY(lcCasesScreen, "helpline.ui.cases")

// Typing pauses this long before the search runs; Enter runs it at once.
constexpr int kSearchDelayMs = 200;
constexpr int kVisibleResults = 5;

} // namespace

CasesScreen::CasesScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("casesScreen"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("casesStack"));
    m_listPage = new QWidget(m_stack);
    m_listPage->setObjectName(QStringLiteral("caseListPage"));

    // Search.
    m_searchLabel = new QLabel(m_listPage);
    m_searchLabel->setObjectName(QStringLiteral("caseSearchLabel"));
    m_search = new QLineEdit(m_listPage);
    m_search->setObjectName(QStringLiteral("caseSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(500);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesScreen::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    // The clear button and setText() do not emit textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchTimer->stop();
            runSearch();
        } else if (!m_searchTimer->isActive()) {
            m_searchTimer->start();
        }
    });

    m_searchResults = new SearchResultsModel(workspace, this);
    m_resultsView = new QListView(m_listPage);
    m_resultsView->setObjectName(QStringLiteral("searchResultsView"));
    m_resultsView->setModel(m_searchResults);
    SearchResultDelegate::Roles resultRoles;
    resultRoles.snippet = SearchResultsModel::SnippetRole;
    resultRoles.recordType = SearchResultsModel::RecordTypeRole;
    resultRoles.riskCode = SearchResultsModel::RiskCodeRole;
    m_resultsView->setItemDelegate(new SearchResultDelegate(resultRoles, m_resultsView));
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setUniformItemSizes(true);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->installEventFilter(this);
    m_resultsView->hide();
    connect(m_resultsView, &QListView::activated, this,
            [this](const QModelIndex &index) { openSearchResult(index.row()); });
    connect(m_searchResults, &SearchResultsModel::modelReset, this,
            &CasesScreen::updateSearchState);
    connect(m_searchResults, &SearchResultsModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_resultsView->currentIndex();
        m_keptResultCase = current.isValid() ? m_searchResults->caseIdAt(current.row()) : QString();
    });
    connect(m_searchResults, &SearchResultsModel::modelReset, this, [this] {
        if (!m_keptResultCase.isEmpty())
            keepCurrentCase(m_resultsView, std::exchange(m_keptResultCase, QString()));
    });
    connect(m_searchResults, &SearchResultsModel::loadFailed, this, [this](const QString &message) {
        m_searchMessage->setText(tr("The search did not work. %1").arg(message));
        m_searchMessage->show();
    });
    m_lockedRow = new QWidget(m_listPage);
    m_lockedLabel = new QLabel(m_lockedRow);
    m_lockedLabel->setObjectName(QStringLiteral("lockedCaseLabel"));
    m_lockedLabel->setWordWrap(true);
    m_openLocked = new QPushButton(m_lockedRow);
    m_openLocked->setObjectName(QStringLiteral("openLockedCaseButton"));
    m_openLocked->setMinimumHeight(qMax(32, m_openLocked->fontMetrics().height() + 14));
    {
        auto *row = new QHBoxLayout(m_lockedRow);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(m_lockedLabel, 1);
        row->addWidget(m_openLocked);
    }
    m_lockedRow->hide();
    connect(m_openLocked, &QPushButton::clicked, this, &CasesScreen::openLockedCase);
    m_searchMessage = new QLabel(m_listPage);
    m_searchMessage->setObjectName(QStringLiteral("searchMessageLabel"));
    m_searchMessage->setWordWrap(true);
    m_searchMessage->hide();

    // Filters.
    m_filters = new CaseFilterBar(m_listPage);
    m_filters->setLanguage(workspace.language());
    m_filters->setClock(&workspace.clock());
    connect(m_filters, &CaseFilterBar::filterChanged, this, &CasesScreen::applyFilters);
    connect(&workspace, &Workspace::languageChanged, m_filters, &CaseFilterBar::setLanguage);

    // The list.
    m_caseList = new CaseListModel(workspace, this);
    m_listLabel = new QLabel(m_listPage);
    m_listLabel->setObjectName(QStringLiteral("caseListLabel"));
    QFont bold = m_listLabel->font();
    bold.setBold(true);
    m_listLabel->setFont(bold);
    m_count = new QLabel(m_listPage);
    m_count->setObjectName(QStringLiteral("caseCountLabel"));
    m_listMessage = new QLabel(m_listPage);
    m_listMessage->setObjectName(QStringLiteral("caseListMessageLabel"));
    m_listMessage->setWordWrap(true);
    m_listMessage->hide();
    m_table = new QTableView(m_listPage);
    m_table->setObjectName(QStringLiteral("caseListView"));
    m_table->setModel(m_caseList);
    m_table->setItemDelegateForColumn(CaseListModel::Risk,
                                      new RiskBadgeDelegate(CaseListModel::RiskCodeRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures rows, so it never reads pages it does not show.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        qMax(32, m_table->fontMetrics().height() + 14));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(CaseListModel::Child, QHeaderView::Stretch);
    // Sorting happens in the store (CaseListModel::sort); the list starts with the latest contact.
    header->setSortIndicator(CaseListModel::columnForSort(m_caseList->filter().sort),
                             m_caseList->filter().order);
    m_table->setSortingEnabled(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_caseList->caseIdAt(index.row());
        if (!id.isEmpty())
            openCase(id);
    });
    connect(m_caseList, &CaseListModel::modelReset, this, &CasesScreen::updateCount);
    connect(m_caseList, &CaseListModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_keptListRow = current.isValid() ? current.row() : -1;
        m_keptListCase = current.isValid() ? m_caseList->caseIdAt(current.row()) : QString();
    });
    connect(m_caseList, &CaseListModel::modelReset, this, [this] {
        if (m_keptListCase.isEmpty())
            return;
        // Its page, and the next one (a new case above it moves it down a row), are read.
        const int rows = m_caseList->rowCount();
        for (int row : {m_keptListRow, m_keptListRow + m_caseList->pageSize()})
            if (row < rows)
                m_caseList->caseIdAt(row);
        keepCurrentCase(m_table, std::exchange(m_keptListCase, QString()));
    });
    connect(m_caseList, &CaseListModel::rowsInserted, this, &CasesScreen::updateCount);
    connect(m_caseList, &CaseListModel::rowsRemoved, this, &CasesScreen::updateCount);
    connect(m_caseList, &CaseListModel::loadFailed, this, [this](const QString &message) {
        m_listMessage->setText(tr("The case list could not be read. %1").arg(message));
        m_listMessage->show();
    });

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(m_listLabel);
    countRow->addStretch(1);
    countRow->addWidget(m_count);

    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(16, 12, 16, 12);
    listLayout->setSpacing(8);
    listLayout->addLayout(searchRow);
    listLayout->addWidget(m_searchMessage);
    listLayout->addWidget(m_lockedRow);
    listLayout->addWidget(m_resultsView);
    listLayout->addSpacing(4);
    listLayout->addWidget(m_filters);
    listLayout->addSpacing(4);
    listLayout->addLayout(countRow);
    listLayout->addWidget(m_listMessage);
    listLayout->addWidget(m_table, 1);

    // The case view.
    m_caseView = new CaseView(workspace, m_stack);
    connect(m_caseView, &CaseView::backRequested, this, &CasesScreen::showList);

    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_caseView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    setTabOrder(m_search, m_resultsView);
    setTabOrder(m_resultsView, m_filters->firstInput());
    setTabOrder(m_filters->lastInput(), m_table);

    // The shell calls openCase() for the same request too (it switches to this page first).
    // Opening the case already shown does nothing; a request the counsellor just refused (to
    // keep unsaved text) is not asked about twice.
    connect(&workspace, &Workspace::openCaseRequested, this, [this](const QString &caseId) {
        m_refusedRequest.clear();
        if (!openCase(caseId)) {
            m_refusedRequest = caseId;
            QTimer::singleShot(0, this, [this] { m_refusedRequest.clear(); });
        }
    });

    retranslate();
    updateCount();
}

void CasesScreen::keepCurrentCase(QAbstractItemView *view, const QString &caseId)
{
    int row = -1;
    if (view == m_table) {
        row = m_caseList->rowOfCase(caseId);
    } else {
        for (int i = 0; i < m_searchResults->rowCount() && row < 0; ++i)
            if (m_searchResults->caseIdAt(i) == caseId)
                row = i;
    }
    if (row < 0)
        return;
    // Selects without moving the focus: the counsellor may be typing elsewhere.
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
}

bool CasesScreen::openCase(const QString &caseId)
{
    if (caseId.isEmpty() || caseId == m_refusedRequest)
        return false;
    if (isShowingCase() && m_caseView->caseId() == caseId)
        return true;
    if (!m_caseView->openCase(caseId))
        return false;
    m_stack->setCurrentWidget(m_caseView);
    return true;
}

void CasesScreen::focusSearch()
{
    if (isShowingCase() && !showList())
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CasesScreen::showList()
{
    if (!isShowingCase())
        return true;
    const QString shown = m_caseView->caseId();
    if (!m_caseView->closeCase())
        return false;
    m_stack->setCurrentWidget(m_listPage);
    // Back where the counsellor was: the case's row when it is in the pages read.
    const int row = m_caseList->rowOfCase(shown);
    if (row >= 0) {
        m_table->setCurrentIndex(m_caseList->index(row, CaseListModel::CaseNumber));
        m_table->setFocus(Qt::OtherFocusReason);
    } else if (m_resultsView->isVisible() && m_searchResults->rowCount() > 0) {
        m_resultsView->setFocus(Qt::OtherFocusReason);
    } else {
        m_table->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

bool CasesScreen::isShowingCase() const
{
    return m_stack->currentWidget() == m_caseView && !m_caseView->caseId().isEmpty();
}

bool CasesScreen::hasUnsavedWork() const
{
    return m_caseView->hasUnsavedWork();
}

void CasesScreen::runSearch()
{
    m_searchTimer->stop();
    const QString text = m_search->text().trimmed();
    if (text == m_searchResults->query())
        return;
    m_searchResults->setQuery(text);
}

bool CasesScreen::openSearchResult(int row)
{
    const QString id = m_searchResults->caseIdAt(row);
    if (id.isEmpty())
        return false;
    qCInfo(lcCasesScreen) << "opening case" << id << "from a search result";
    return openCase(id);
}

void CasesScreen::applyFilters()
{
    CaseListQuery query = m_caseList->filter();
    m_filters->applyTo(query, m_workspace.session().accountId);
    m_listMessage->hide();
    m_caseList->setFilter(query);
}

void CasesScreen::updateColumnWidths()
{
    // Widths from the words the columns show in this language (never from the rows: measuring
    // rows would read every page).
    const QFontMetrics metrics(m_table->font());
    const int pad = 20;
    const auto widest = [&](const QStringList &texts, int atLeast) {
        int width = atLeast;
        for (const QString &text : texts)
            width = qMax(width, metrics.horizontalAdvance(text) + pad);
        return width;
    };
    const auto heading = [&](int column) {
        return m_caseList->headerData(column, Qt::Horizontal).toString();
    };
    const QString sampleTime =
        formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58), Qt::UTC));
    QStringList statuses{heading(CaseListModel::Status)};
    for (const QString &code : codes::caseStatuses().codes())
        statuses << codes::caseStatuses().displayName(code);
    QStringList risks{heading(CaseListModel::Risk)};
    for (const QString &code :
         {QString(), QStringLiteral("none"), QStringLiteral("low"), QStringLiteral("moderate"),
          QStringLiteral("high"), QStringLiteral("acute")})
        risks << riskStyle(code, palette()).text;
    m_table->setColumnWidth(
        CaseListModel::CaseNumber,
        widest({QStringLiteral("2026-D00D-00000"), heading(CaseListModel::CaseNumber)}, 0));
    m_table->setColumnWidth(CaseListModel::Status, qMin(widest(statuses, 0), 8 * metrics.height()));
    m_table->setColumnWidth(CaseListModel::Risk, widest(risks, 0) + 8);
    m_table->setColumnWidth(CaseListModel::Counsellor,
                            widest({heading(CaseListModel::Counsellor)}, 8 * metrics.height()));
    m_table->setColumnWidth(CaseListModel::LastContact,
                            widest({sampleTime, heading(CaseListModel::LastContact)}, 0));
    m_table->setColumnWidth(CaseListModel::NextFollowUp,
                            widest({sampleTime, heading(CaseListModel::NextFollowUp)}, 0));
}

void CasesScreen::updateCount()
{
    const int rows = m_caseList->rowCount();
    if (rows == 0) {
        m_count->setText(m_filters->isFiltering() ? tr("No cases match these filters.")
                                                  : tr("There are no cases yet."));
    } else if (rows == 1) {
        m_count->setText(tr("One case"));
    } else {
        m_count->setText(tr("%n cases", nullptr, rows));
    }
    m_table->setAccessibleDescription(m_count->text());
}

bool CasesScreen::openLockedCase()
{
    if (m_lockedCaseId.isEmpty() && !m_remoteCaseNumber.isEmpty()) {
        OpenWithReasonDialog dialog(OpenWithReasonDialog::Kind::Reason, m_remoteCaseNumber, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        openRemoteCaseWithReason(dialog.reason());
        return true;
    }
    if (m_lockedCaseId.isEmpty())
        return false;
    if (m_lockedOpened) {
        // Opened with a reason already (here, or through the server): read it.
        if (!m_caseView->openCase(m_lockedCaseId))
            return false;
        m_stack->setCurrentWidget(m_caseView);
        return true;
    }
    const Role role = m_workspace.session().role;
    OpenWithReasonDialog dialog(m_lockedRestricted    ? OpenWithReasonDialog::Kind::BreakGlass
                                : role == Role::Admin ? OpenWithReasonDialog::Kind::AdminReason
                                                      : OpenWithReasonDialog::Kind::Reason,
                                m_lockedCaseNumber, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return openLockedCaseWithReason(dialog.reason());
}

bool CasesScreen::openLockedCaseWithReason(const QString &reason)
{
    if (m_lockedCaseId.isEmpty() || !m_caseView->openCaseWithReason(m_lockedCaseId, reason))
        return false;
    m_stack->setCurrentWidget(m_caseView);
    return true;
}

void CasesScreen::openRemoteCaseWithReason(const QString &reason)
{
    DeskSync *sync = m_workspace.sync();
    if (!sync || m_remoteCaseNumber.isEmpty())
        return;
    const QString number = m_remoteCaseNumber.trimmed().toUpper();
    m_openLocked->setEnabled(false);
    m_lockedLabel->setText(tr("Asking the helpline server to open case %1…").arg(number));
    QPointer<CasesScreen> self(this);
    sync->openFromServer(
        number, reason.trimmed(), [self, number](const QString &caseId, const QString &problem) {
            if (!self)
                return;
            if (caseId.isEmpty()) {
                self->m_lockedLabel->setText(
                    tr("The server did not open case %1. %2").arg(number, problem));
                self->m_openLocked->setEnabled(true);
                return;
            }
            self->m_remoteAsked = number;
            self->m_lockedLabel->setText(
                tr("The server opened case %1 for you to read for %n hour(s). "
                   "It appears here once this desk has synced.",
                   nullptr, AccessPolicy::openingHours)
                    .arg(number));
        });
}

void CasesScreen::updateSearchState()
{
    const bool searching = !m_searchResults->query().isEmpty();
    // A whole case number of a case that is not the account's: offered to open with a reason.
    const auto locked =
        searching ? CaseRepository(m_workspace.store()).lockedByNumber(m_searchResults->query())
                  : std::nullopt;
    m_lockedCaseId = locked ? locked->id : QString();
    m_lockedCaseNumber = locked ? locked->caseNumber : QString();
    m_lockedRestricted = locked && locked->restricted;
    m_lockedOpened = locked && CaseAccess(m_workspace.store()).hasOpening(locked->id);
    if (locked && m_lockedOpened) {
        m_lockedLabel->setText(
            tr("You opened case %1 with a reason: you can read it for up to %n hour(s) from then.",
               nullptr, AccessPolicy::openingHours)
                .arg(locked->caseNumber));
        m_openLocked->setText(tr("&Read the case"));
        m_openLocked->setEnabled(true);
    } else if (locked) {
        m_lockedLabel->setText(
            locked->restricted
                ? tr("Case %1 is restricted. Open it only in an emergency, with a reason that "
                     "supervisors will review.")
                      .arg(locked->caseNumber)
                : tr("Case %1 is not assigned to you. You can read it if you give a reason.")
                      .arg(locked->caseNumber));
        m_openLocked->setText(locked->restricted ? tr("&Break glass…")
                                                 : tr("Open with a &reason…"));
        m_openLocked->setEnabled(true);
    }
    const int rows = m_searchResults->rowCount();
    // Not on this desk at all: the server may hold it (a desk connected to one).
    const QString query = m_searchResults->query().trimmed().toUpper();
    const bool remote = searching && !locked && rows == 0 && m_workspace.sync() &&
                        m_workspace.session().role != Role::Admin &&
                        CaseRecord::isWholeCaseNumber(query);
    m_remoteCaseNumber = remote ? query : QString();
    if (remote && m_remoteAsked != query) {
        m_lockedLabel->setText(tr("Case %1 is not on this desk. If you must read it now, the "
                                  "helpline server can open it for you with a reason, which "
                                  "supervisors see.")
                                   .arg(query));
        m_openLocked->setText(tr("Ask the &server…"));
        m_openLocked->setEnabled(true);
    }
    m_lockedRow->setVisible(locked.has_value() || remote);
    m_resultsView->setVisible(searching && rows > 0);
    if (rows > 0) {
        const int rowHeight = m_resultsView->sizeHintForRow(0);
        m_resultsView->setFixedHeight(qMin(rows, kVisibleResults) * rowHeight +
                                      2 * m_resultsView->frameWidth());
        m_searchMessage->hide();
    } else if (searching && !locked && !remote) {
        m_searchMessage->setText(tr("No case matches “%1”.").arg(m_searchResults->query()));
        m_searchMessage->show();
    } else if (searching) {
        m_searchMessage->hide();
    } else {
        m_searchMessage->hide();
    }
    m_resultsView->setAccessibleDescription(searching ? tr("%n search results", nullptr, rows)
                                                      : QString());
}

bool CasesScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Down:
            runSearch();
            if (m_searchResults->rowCount() > 0) {
                m_resultsView->setFocus(Qt::OtherFocusReason);
                if (!m_resultsView->currentIndex().isValid() ||
                    !m_resultsView->selectionModel()->hasSelection())
                    m_resultsView->setCurrentIndex(m_searchResults->index(0));
            } else if (m_caseList->rowCount() > 0) {
                m_table->setFocus(Qt::OtherFocusReason);
                if (!m_table->currentIndex().isValid())
                    m_table->setCurrentIndex(m_caseList->index(0, CaseListModel::CaseNumber));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runSearch();
            if (m_searchResults->rowCount() > 0) {
                const QModelIndex current = m_resultsView->currentIndex();
                openSearchResult(current.isValid() ? current.row() : 0);
            }
            return true;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_resultsView) {
        const QModelIndex current = m_resultsView->currentIndex();
        if (key->key() == Qt::Key_Up && (!current.isValid() || current.row() == 0)) {
            m_search->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_search->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CasesScreen::keyPressEvent(QKeyEvent *event)
{
    // Ctrl+F from anywhere on the page. A key event, not a QShortcut: the shell may bind Ctrl+F
    // window-wide (and call focusSearch()), and two shortcuts on one key would cancel each other.
    if (event->matches(QKeySequence::Find)) {
        focusSearch();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void CasesScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CasesScreen::retranslate()
{
    m_searchLabel->setText(tr("Searc&h"));
    m_search->setPlaceholderText(tr("Search cases, notes, names…"));
    m_search->setAccessibleName(tr("Search cases"));
    m_search->setToolTip(tr("Ctrl+F. Down moves into the results; Enter opens the case."));
    m_resultsView->setAccessibleName(tr("Search results"));
    m_listLabel->setText(tr("Case &list"));
    m_listLabel->setBuddy(m_table);
    m_table->setAccessibleName(tr("Case list"));
    m_table->setToolTip(tr("Enter or double-click opens a case. Click a heading to sort."));
    updateColumnWidths();
    updateCount();
    updateSearchState();
}

} // namespace helpline
