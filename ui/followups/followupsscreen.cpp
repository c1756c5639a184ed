#include "ui/followups/followupsscreen.h"

#include "core/store/caseitemrepository.h"
#include "ui/cases/models/followupsmodel.h"
#include "ui/cases/models/waitingreferralsmodel.h"
#include "ui/common/dateformat.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/followups/overduedelegate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>

namespace helpline {

namespace {
Q_LOGGING_CATEGORY(lcFollowUpsScreen, "helpline.ui.followups")
}

FollowUpsScreen::FollowUpsScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("followUpsScreen"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("followUpsTitleLabel"));
    QFont title = m_title->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() > 0 ? title.pointSizeF() * 1.3 : title.pointSizeF());
    m_title->setFont(title);

    m_rangeLabel = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("followUpRangeCombo"));
    m_rangeLabel->setBuddy(m_range);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpSummaryLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("followUpMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_model = new FollowUpsModel(workspace, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(
        FollowUpsModel::Due,
        new OverdueDelegate(FollowUpsModel::OverdueRole, FollowUpsModel::DueRole, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(qMax(32, m_view->fontMetrics().height() + 14));
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->setColumnWidth(FollowUpsModel::Case, 12 * em);
    m_view->setColumnWidth(FollowUpsModel::Child, 14 * em);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openFollowUpCaseButton"));
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("completeFollowUpButton"));
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshFollowUpsButton"));
    for (QPushButton *button : {m_open, m_done, m_refresh})
        button->setMinimumHeight(qMax(32, button->fontMetrics().height() + 14));

    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDueWithinDays(m_range->currentData().toInt()); });
    connect(m_view, &QTableView::activated, this, [this] { openSelectedCase(); });
    connect(m_open, &QPushButton::clicked, this, &FollowUpsScreen::openSelectedCase);
    connect(m_done, &QPushButton::clicked, this, &FollowUpsScreen::completeSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        reload();
        m_referralsModel->reload();
    });
    connect(m_model, &FollowUpsModel::modelReset, this, [this] {
        m_message->hide();
        updateSummary();
        updateActions();
    });
    connect(m_model, &FollowUpsModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(tr("The follow-ups could not be read. %1").arg(message));
        m_message->show();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpsScreen::updateActions);

    m_referralsTitle = new QLabel(this);
    m_referralsTitle->setObjectName(QStringLiteral("waitingReferralsTitle"));
    QFont bold = m_referralsTitle->font();
    bold.setBold(true);
    m_referralsTitle->setFont(bold);
    m_referralsModel = new WaitingReferralsModel(workspace, this);
    m_referralsView = new QTableView(this);
    m_referralsView->setObjectName(QStringLiteral("waitingReferralsView"));
    m_referralsView->setModel(m_referralsModel);
    m_referralsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_referralsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_referralsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_referralsView->setTabKeyNavigation(false);
    m_referralsView->setShowGrid(false);
    m_referralsView->setAlternatingRowColors(true);
    m_referralsView->verticalHeader()->hide();
    m_referralsView->verticalHeader()->setDefaultSectionSize(
        qMax(32, m_referralsView->fontMetrics().height() + 14));
    m_referralsView->horizontalHeader()->setStretchLastSection(true);
    m_referralsView->setColumnWidth(WaitingReferralsModel::Since, 12 * em);
    m_referralsView->setColumnWidth(WaitingReferralsModel::Case, 12 * em);
    m_referralsView->setColumnWidth(WaitingReferralsModel::Child, 14 * em);
    m_referralsView->setColumnWidth(WaitingReferralsModel::Service, 24 * em);
    connect(m_referralsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString caseId = index.data(WaitingReferralsModel::CaseIdRole).toString();
        if (!caseId.isEmpty())
            m_workspace.requestOpenCase(caseId);
    });
    connect(m_referralsModel, &WaitingReferralsModel::modelReset, this,
            &FollowUpsScreen::updateReferralsSummary);
    connect(m_referralsModel, &WaitingReferralsModel::loadFailed, this,
            [this](const QString &message) {
                m_message->setText(tr("The referrals could not be read. %1").arg(message));
                m_message->show();
            });

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_rangeLabel);
    top->addWidget(m_range);
    top->addWidget(m_refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_referralsTitle);
    layout->addWidget(m_referralsView, 1);

    setTabOrder(m_range, m_refresh);
    setTabOrder(m_refresh, m_open);
    setTabOrder(m_open, m_done);
    setTabOrder(m_done, m_view);
    setTabOrder(m_view, m_referralsView);

    retranslate();
    updateSummary();
    updateActions();
}

void FollowUpsScreen::reload()
{
    m_model->reload();
}

int FollowUpsScreen::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        return rows.first().row();
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() && m_view->selectionModel()->isSelected(current) ? current.row() : -1;
}

bool FollowUpsScreen::openSelectedCase()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const QString caseId =
        m_model->index(row, FollowUpsModel::Case).data(FollowUpsModel::CaseIdRole).toString();
    if (caseId.isEmpty())
        return false;
    m_workspace.requestOpenCase(caseId);
    return true;
}

bool FollowUpsScreen::completeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const FollowUp followUp = m_model->followUpAt(row);
    auto completed = FollowUpRepository(m_workspace.store()).complete(followUp);
    if (!completed) {
        qCWarning(lcFollowUpsScreen) << "completing follow-up" << followUp.meta.id << "failed, code"
                                     << int(completed.error().code);
        MessageBox::inform(this, tr("The follow-up was not completed"), completed.error().message,
                           QMessageBox::Warning);
        return false;
    }
    qCInfo(lcFollowUpsScreen) << "completed follow-up" << followUp.meta.id;
    m_workspace.notifyRecordsChanged(followUp.caseId);
    // The model reloaded: keep the selection where it was, on the next follow-up.
    if (const int rows = m_model->rowCount(); rows > 0) {
        m_view->setCurrentIndex(m_model->index(qMin(row, rows - 1), FollowUpsModel::Due));
        m_view->setFocus(Qt::OtherFocusReason);
    }
    return true;
}

void FollowUpsScreen::updateSummary()
{
    const int rows = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (rows == 0) {
        m_summary->setText(m_model->dueWithinDays() == 0 ? tr("Nothing is due today.")
                                                         : tr("Nothing is due this week."));
    } else if (overdue > 0) {
        m_summary->setText(tr("%1 due, of which %2 overdue.").arg(rows).arg(overdue));
    } else {
        m_summary->setText(tr("%n due", nullptr, rows));
    }
    m_view->setAccessibleDescription(m_summary->text());
}

void FollowUpsScreen::updateReferralsSummary()
{
    const int waiting = m_referralsModel->rowCount();
    m_referralsView->setVisible(waiting > 0);
    m_referralsTitle->setText(
        waiting == 0 ? tr("No referral has been waiting for news for more than %n day(s).", nullptr,
                          m_workspace.referralWaitDays())
                     : tr("Referrals without news for more than %n day(s): call the service or "
                          "the family.",
                          nullptr, m_workspace.referralWaitDays()));
}

void FollowUpsScreen::updateActions()
{
    const bool selected = selectedRow() >= 0;
    m_open->setEnabled(selected);
    m_done->setEnabled(selected);
}

void FollowUpsScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FollowUpsScreen::showEvent(QShowEvent *event)
{
    // "Today" and "overdue" depend on the time: read again whenever the page is shown.
    if (!event->spontaneous()) {
        m_model->reload();
        m_referralsModel->reload();
    }
    QWidget::showEvent(event);
}

void FollowUpsScreen::retranslate()
{
    m_title->setText(tr("Follow-ups"));
    m_rangeLabel->setText(tr("Sho&w"));
    {
        const QSignalBlocker blocker(m_range);
        const int days = m_range->currentIndex() >= 0 ? m_range->currentData().toInt() : 0;
        m_range->clear();
        m_range->addItem(tr("Due today and overdue"), 0);
        m_range->addItem(tr("Due this week and overdue"), 6);
        m_range->setCurrentIndex(qMax(0, m_range->findData(days)));
    }
    m_range->setAccessibleName(tr("Which follow-ups to show"));
    m_view->setAccessibleName(tr("Follow-ups due"));
    m_view->setToolTip(tr("Enter opens the case."));
    m_open->setText(tr("&Open case"));
    m_done->setText(tr("&Done"));
    m_done->setToolTip(tr("Marks the selected follow-up as done."));
    m_refresh->setText(tr("&Refresh"));
    updateReferralsSummary();
    m_referralsView->setAccessibleName(tr("Referrals waiting for news"));
    m_referralsView->setToolTip(tr("Enter opens the case."));
    // Room for the "Overdue" badge and a due time, in this language.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const QString sampleTime =
        formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58), Qt::UTC));
    m_view->setColumnWidth(FollowUpsModel::Due,
                           metrics.horizontalAdvance(OverdueDelegate::overdueText()) +
                               metrics.horizontalAdvance(sampleTime) + 48);
    updateSummary();
}

} // namespace helpline
