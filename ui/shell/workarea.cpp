#include "ui/shell/workarea.h"

#include "core/domain/role.h"
#include "core/store/auditlog.h"
#include "ui/common/workspace.h"
#include "ui/shell/shellicons.h"
#include "ui/shell/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLoggingCategory>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "ui/audit/auditscreen.h"
#include "ui/cases/casesscreen.h"
#include "ui/directory/directoryscreen.h"
#include "ui/followups/followupsscreen.h"
#include "ui/intake/intakescreen.h"
#include "ui/review/acutealertbar.h"
#include "ui/review/reviewscreen.h"
#include "ui/sync/synclogscreen.h"

namespace helpline {

Q_LOGGING_CATEGORY(lcWorkArea, "helpline.ui.shell.workarea")

WorkArea::WorkArea(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("workArea"));
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    // The navigation sits on the window's colour, apart from the page by a line.
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_navigation->setAutoFillBackground(false);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(190);
    m_pages->setObjectName(QStringLiteral("pageStack"));

    static const ShellIcons::Kind icons[pageCount] = {
        ShellIcons::Kind::Intake,    ShellIcons::Kind::Cases,  ShellIcons::Kind::FollowUps,
        ShellIcons::Kind::Directory, ShellIcons::Kind::Review, ShellIcons::Kind::Audit,
        ShellIcons::Kind::Sync};
    for (int i = 0; i < pageCount; ++i) {
        auto *item = new QListWidgetItem(ShellIcons::icon(icons[i]), QString(), m_navigation);
        item->setSizeHint(QSize(0, 40));
    }

    m_intake = new IntakeScreen(workspace);
    m_cases = new CasesScreen(workspace);
    m_followUps = new FollowUpsScreen(workspace);
    m_pages->addWidget(m_intake);
    m_pages->addWidget(m_cases);
    m_pages->addWidget(m_followUps);
    m_pages->addWidget(new DirectoryScreen(workspace));
    m_review = new ReviewScreen(workspace);
    m_pages->addWidget(m_review);
    // The audit trail is for supervisors and administrators to read.
    if (AuditLog::mayRead(workspace.session().role)) {
        m_audit = new AuditScreen(workspace);
        m_pages->addWidget(m_audit);
    } else {
        m_pages->addWidget(new QWidget);
        m_navigation->item(int(Page::Audit))->setHidden(true);
    }
    // Counsellors have no sync log: what the desk sends is an admin's to look after.
    const Role role = workspace.session().role;
    if (workspace.sync() && role != Role::Counsellor) {
        m_syncLog = new SyncLogScreen(*workspace.sync(), role == Role::Admin);
        m_pages->addWidget(m_syncLog);
    } else {
        m_pages->addWidget(new QWidget);
        m_navigation->item(int(Page::SyncLog))->setHidden(true);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Plain);
    separator->setForegroundRole(QPalette::Mid);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    // A supervisor's desk shows the acute-risk alert above every page.
    auto *column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    if (role == Role::Supervisor) {
        m_alert = new AcuteAlertBar(workspace, this);
        column->addWidget(m_alert);
    }
    column->addWidget(m_pages, 1);
    layout->addLayout(column, 1);
    setTabOrder(m_navigation, m_pages);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        emit currentPageChanged(Page(row));
    });
    connect(&workspace, &Workspace::openCaseRequested, this, &WorkArea::openCase);
    m_navigation->setCurrentRow(int(Page::Intake));
    retranslate();
}

WorkArea::~WorkArea() = default;

bool WorkArea::isPageAvailable(Page page) const
{
    if (page == Page::Audit)
        return m_audit;
    return page != Page::SyncLog || m_syncLog;
}

void WorkArea::showPage(Page page)
{
    if (!isPageAvailable(page))
        return;
    m_navigation->setCurrentRow(int(page));
    focusPage();
}

void WorkArea::focusPage()
{
    // Keyboard first: the page's first field (in its tab order) takes the focus.
    QWidget *widget = m_pages->currentWidget();
    if (!widget)
        return;
    if (widget->focusProxy() || widget->focusPolicy() != Qt::NoFocus) {
        widget->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *next = widget->nextInFocusChain(); next && next != widget;
         next = next->nextInFocusChain()) {
        if (widget->isAncestorOf(next) && next->isVisible() && next->isEnabled() &&
            (next->focusPolicy() & Qt::TabFocus)) {
            next->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

WorkArea::Page WorkArea::currentPage() const
{
    return Page(std::max(0, m_navigation->currentRow()));
}

QWidget *WorkArea::page(Page page) const
{
    return m_pages->widget(int(page));
}

QString WorkArea::pageTitle(Page page)
{
    switch (page) {
    case Page::Intake:
        return tr("Intake");
    case Page::Cases:
        return tr("Cases");
    case Page::FollowUps:
        return tr("Follow-ups");
    case Page::Directory:
        return tr("Directory");
    case Page::Review:
        return tr("Review");
    case Page::Audit:
        return tr("Audit trail");
    case Page::SyncLog:
        return tr("Sync log");
    }
    return {};
}

void WorkArea::startNewIntake()
{
    showPage(Page::Intake);
    m_intake->startNewIntake();
}

void WorkArea::flushDraft()
{
    m_intake->flushDraft();
}

void WorkArea::offerDraftRecovery()
{
    m_intake->offerDraftRecovery();
}

void WorkArea::openCase(const QString &caseId)
{
    showPage(Page::Cases);
    if (!m_cases->openCase(caseId))
        qCInfo(lcWorkArea) << "case" << caseId << "could not be opened";
}

bool WorkArea::hasUnsavedCaseWork() const
{
    return m_cases->hasUnsavedWork();
}

void WorkArea::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void WorkArea::retranslate()
{
    m_navigation->setAccessibleName(tr("Navigation"));
    // As wide as the longest page name in this language ("Повторные контакты"), never narrower
    // than 190 px, so no name is cut off.
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int i = 0; i < pageCount; ++i) {
        // A counsellor's Review page is their feedback.
        const QString title = Page(i) == Page::Review && m_review->feedbackModel()
                                  ? tr("My feedback")
                                  : pageTitle(Page(i));
        m_navigation->item(i)->setText(title);
        widest = qMax(widest, metrics.horizontalAdvance(title));
    }
    m_navigation->setFixedWidth(qMax(190, widest + m_navigation->iconSize().width() + 48));
}

} // namespace helpline
