#include "ui/review/reviewscreen.h"

#include "core/util/clock.h"
#include "ui/cases/riskbadgedelegate.h"
#include "ui/common/dateformat.h"
#include "ui/common/tableviews.h"
#include "ui/common/workspace.h"
#include "ui/review/feedbackmodel.h"
#include "ui/review/reviewqueuemodel.h"
#include "ui/shell/theme.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace helpline {

ReviewScreen::ReviewScreen(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("reviewScreen"));
    const Role role = workspace.session().role;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reviewTitleLabel"));
    Theme::setHeading(m_title, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummaryLabel"));
    m_summary->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reviewMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::spaceXL, Theme::spaceL, Theme::spaceXL, Theme::spaceL);
    layout->setSpacing(Theme::spaceM);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_message);

    if (role == Role::Admin) {
        layout->addStretch(1);
        retranslate();
        return;
    }
    // Widths from what the columns show: a whole case number and a date with its time.
    const QFontMetrics metrics(font());
    const int em = metrics.horizontalAdvance(QLatin1Char('M'));
    const int pad = 2 * em;
    const int caseWidth = metrics.horizontalAdvance(QStringLiteral("2026-0D54-00000")) + pad;
    const int timeWidth =
        metrics.horizontalAdvance(formatDateTime(workspace.clock().nowUtc())) + pad;
    ReloadingTableModel *model = nullptr;
    if (role == Role::Supervisor) {
        m_queue = new ReviewQueueModel(workspace, this);
        model = m_queue;
        m_view = makeListTable(m_queue, this);
        m_view->setItemDelegateForColumn(
            ReviewQueueModel::Risk, new RiskBadgeDelegate(ReviewQueueModel::RiskCodeRole, m_view));
        m_view->setColumnWidth(ReviewQueueModel::Reason, 12 * em);
        m_view->setColumnWidth(ReviewQueueModel::Case, caseWidth);
        m_view->setColumnWidth(ReviewQueueModel::Risk, 12 * em);
        m_view->setColumnWidth(ReviewQueueModel::Counsellor, 11 * em);
        m_view->setColumnWidth(ReviewQueueModel::Since, timeWidth);
    } else {
        m_feedback = new FeedbackModel(workspace, this);
        model = m_feedback;
        m_view = makeListTable(m_feedback, this);
        m_view->setColumnWidth(FeedbackModel::When, timeWidth);
        m_view->setColumnWidth(FeedbackModel::Case, caseWidth);
        m_view->setColumnWidth(FeedbackModel::What, 14 * em);
        m_view->setColumnWidth(FeedbackModel::From, 11 * em);
    }
    m_view->setObjectName(QStringLiteral("reviewView"));
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("openReviewCaseButton"));
    m_open->setMinimumHeight(Theme::minTargetHeight);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);

    connect(m_view, &QTableView::activated, this, [this] { openSelectedCase(); });
    connect(m_open, &QPushButton::clicked, this, &ReviewScreen::openSelectedCase);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_message->hide();
        updateSummary();
        if (m_view->model()->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_view->model()->index(0, 0));
    });
    connect(model, &ReloadingTableModel::loadFailed, this, [this](const QString &message) {
        m_message->setText(tr("This list could not be read. %1").arg(message));
        m_message->show();
    });
    if (m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
    retranslate();
}

bool ReviewScreen::openSelectedCase()
{
    if (!m_view || !m_view->currentIndex().isValid())
        return false;
    const int role = m_queue ? int(ReviewQueueModel::CaseIdRole) : int(FeedbackModel::CaseIdRole);
    const QString caseId = m_view->currentIndex().data(role).toString();
    if (caseId.isEmpty())
        return false;
    m_workspace.requestOpenCase(caseId);
    return true;
}

void ReviewScreen::updateSummary()
{
    if (m_queue) {
        const int n = m_queue->rowCount();
        m_summary->setText(n == 0 ? tr("Nothing waits for review.")
                                  : tr("%n item(s) wait for review. Open a case (Enter) to read "
                                       "it whole, comment, approve or return it.",
                                       nullptr, n));
    } else if (m_feedback) {
        const int n = m_feedback->rowCount();
        m_summary->setText(n == 0 ? tr("No feedback from a supervisor yet.")
                                  : tr("%n comment(s) and decision(s) from supervisors on your "
                                       "work. Enter opens the case.",
                                       nullptr, n));
    } else {
        m_summary->setText(tr("Supervisors review cases here, and counsellors read their "
                              "feedback. An administrator's account does neither."));
    }
}

void ReviewScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewScreen::retranslate()
{
    m_title->setText(m_feedback ? tr("My feedback") : tr("Review queue"));
    if (m_view)
        m_view->setAccessibleName(m_title->text());
    if (m_open)
        m_open->setText(tr("Open case"));
    updateSummary();
}

} // namespace helpline
