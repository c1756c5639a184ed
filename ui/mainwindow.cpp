#include "ui/mainwindow.h"

#include "core/domain/role.h"
#include "core/store/casestore.h"
#include "ui/common/workspace.h"
#include "ui/shell/shellicons.h"
#include "ui/shell/theme.h"
#include "ui/sync/desksync.h"
#include "ui/sync/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace helpline {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_accountLabel(new QLabel(this))
    , m_roleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_stack->setObjectName(QStringLiteral("shellStack"));
    setCentralWidget(m_stack);

    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    for (QLabel *label : {m_accountLabel, m_roleLabel}) {
        label->setContentsMargins(Theme::spaceM, 0, Theme::spaceM, 0);
        statusBar()->addPermanentWidget(label);
    }
    createActions();
    m_syncStatus = new SyncStatusWidget(m_syncNow, this);
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &SyncStatusWidget::availabilityChanged, this, &MainWindow::updateActions);
    setSession(nullptr, false);
    retranslate();
    resize(1200, 800);
}

MainWindow::~MainWindow()
{
    // The pages refer to the session's Workspace: they go first.
    detachWorkspace();
}

void MainWindow::createActions()
{
    m_newIntake = new QAction(ShellIcons::icon(ShellIcons::Kind::NewIntake), QString(), this);
    m_newIntake->setObjectName(QStringLiteral("newIntakeAction"));
    m_newIntake->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newIntake, &QAction::triggered, this, [this] {
        if (m_workArea)
            m_workArea->startNewIntake();
    });

    m_settings = new QAction(ShellIcons::icon(ShellIcons::Kind::Settings), QString(), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_lock = new QAction(ShellIcons::icon(ShellIcons::Kind::Lock), QString(), this);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Locks from anywhere, a dialog of the workstation included.
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lock, &QAction::triggered, this, &MainWindow::lockRequested);

    m_signOut = new QAction(ShellIcons::icon(ShellIcons::Kind::SignOut), QString(), this);
    m_signOut->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOutRequested);

    m_syncNow = new QAction(ShellIcons::icon(ShellIcons::Kind::Sync), QString(), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    // F2 to F8 are the intake's one-key contacts; F9 is "send and receive" in mail programs.
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncNow->setVisible(false);
    connect(m_syncNow, &QAction::triggered, this, [this] {
        if (DeskSync *sync = m_syncStatus->sync())
            sync->syncNow();
    });

    m_quit = new QAction(ShellIcons::icon(ShellIcons::Kind::Quit), QString(), this);
    m_quit->setObjectName(QStringLiteral("quitAction"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &MainWindow::close);

    m_workstationMenu = menuBar()->addMenu(QString());
    m_workstationMenu->setObjectName(QStringLiteral("workstationMenu"));
    m_workstationMenu->addAction(m_newIntake);
    m_workstationMenu->addSeparator();
    m_workstationMenu->addAction(m_settings);
    m_workstationMenu->addAction(m_syncNow);
    m_workstationMenu->addSeparator();
    m_workstationMenu->addAction(m_lock);
    m_workstationMenu->addAction(m_signOut);
    m_workstationMenu->addSeparator();
    m_workstationMenu->addAction(m_quit);

    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    static const Qt::Key keys[WorkArea::pageCount] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4,
                                                      Qt::Key_5, Qt::Key_6, Qt::Key_7};
    static const char *const names[WorkArea::pageCount] = {
        "showIntakeAction", "showCasesAction", "showFollowUpsAction", "showDirectoryAction",
        "showReviewAction", "showAuditAction", "showSyncLogAction"};
    for (int i = 0; i < WorkArea::pageCount; ++i) {
        auto *action = new QAction(this);
        action->setObjectName(QLatin1String(names[i]));
        action->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
        connect(action, &QAction::triggered, this, [this, i] {
            if (m_workArea && isWorkAreaShown())
                m_workArea->showPage(WorkArea::Page(i));
        });
        m_pageActions[i] = action;
        m_goMenu->addAction(action);
    }
}

void MainWindow::showGateScreen(QWidget *screen)
{
    // Where the counsellor was typing, to return there after an unlock.
    QWidget *focus = QApplication::focusWidget();
    if (m_workArea && focus && m_workArea->isAncestorOf(focus))
        m_workFocus = focus;
    QWidget *previous = m_gate;
    m_gate = screen;
    m_stack->addWidget(screen);
    m_stack->setCurrentWidget(screen);
    if (m_workArea)
        m_workArea->hide();
    if (previous && previous != screen) {
        m_stack->removeWidget(previous);
        previous->hide();
        previous->deleteLater();
    }
    screen->setFocus(Qt::OtherFocusReason);
    updateActions();
}

WorkArea *MainWindow::attachWorkspace(Workspace &workspace)
{
    detachWorkspace();
    m_workArea = new WorkArea(workspace);
    m_workArea->hide();
    m_stack->addWidget(m_workArea);
    connect(m_workArea, &WorkArea::currentPageChanged, this, &MainWindow::updateShortcuts);
    updateShortcuts();
    m_syncStatus->setSync(workspace.sync());
    m_syncNow->setVisible(workspace.sync() != nullptr);
    updateActions();
    return m_workArea;
}

void MainWindow::detachWorkspace()
{
    if (!m_workArea)
        return;
    m_syncStatus->setSync(nullptr);
    m_syncNow->setVisible(false);
    m_stack->removeWidget(m_workArea);
    delete m_workArea;
    m_workArea = nullptr;
    updateActions();
}

void MainWindow::showWorkArea()
{
    if (!m_workArea)
        return;
    m_stack->setCurrentWidget(m_workArea);
    m_workArea->show();
    if (m_workFocus && m_workFocus->isVisible())
        m_workFocus->setFocus(Qt::OtherFocusReason);
    else
        m_workArea->focusPage();
    m_workFocus = nullptr;
    if (m_gate) {
        m_stack->removeWidget(m_gate);
        m_gate->hide();
        m_gate->deleteLater();
        m_gate = nullptr;
    }
    updateActions();
}

bool MainWindow::isWorkAreaShown() const
{
    return m_workArea && m_stack->currentWidget() == m_workArea;
}

void MainWindow::setSession(const Session *session, bool locked)
{
    m_signedIn = session != nullptr;
    m_locked = locked;
    m_displayName = session ? session->displayName : QString();
    m_role = session ? int(session->role) : -1;
    retranslate();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool working = m_signedIn && !m_locked && isWorkAreaShown();
    m_newIntake->setEnabled(working);
    m_settings->setEnabled(working);
    m_lock->setEnabled(working);
    m_signOut->setEnabled(m_signedIn);
    for (int i = 0; i < WorkArea::pageCount; ++i) {
        const bool available = m_workArea && m_workArea->isPageAvailable(WorkArea::Page(i));
        m_pageActions[i]->setEnabled(working && available);
        // The audit trail and the sync log are listed only for the accounts that have them.
        const WorkArea::Page page = WorkArea::Page(i);
        m_pageActions[i]->setVisible(
            available || (page != WorkArea::Page::SyncLog && page != WorkArea::Page::Audit));
    }
    m_goMenu->setEnabled(working);
    m_syncNow->setEnabled(working && m_syncStatus->canSyncNow());
}

void MainWindow::updateShortcuts()
{
    // A page that handles Ctrl+N itself (the intake's own New action) keeps it while it is shown:
    // two actions on one key would make the key do nothing.
    const QKeySequence newIntakeKey(Qt::CTRL | Qt::Key_N);
    bool pageHasKey = false;
    if (m_workArea) {
        if (QWidget *page = m_workArea->page(m_workArea->currentPage())) {
            const QList<QAction *> actions = page->findChildren<QAction *>();
            for (const QAction *action : actions)
                if (action->shortcut() == newIntakeKey && action->isEnabled())
                    pageHasKey = true;
        }
    }
    m_newIntake->setShortcut(pageHasKey ? QKeySequence() : newIntakeKey);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    emit quitRequested();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    // Never case data in the title: it shows in task bars and window switchers.
    setWindowTitle(tr("Helpline Workstation"));
    m_workstationMenu->setTitle(tr("&Workstation"));
    m_goMenu->setTitle(tr("&Go"));
    m_newIntake->setText(tr("&New intake"));
    m_settings->setText(tr("&Settings…"));
    m_lock->setText(tr("&Lock"));
    m_signOut->setText(tr("Sign &out"));
    m_quit->setText(tr("&Quit"));
    m_syncNow->setText(tr("S&ync now"));
    for (int i = 0; i < WorkArea::pageCount; ++i)
        m_pageActions[i]->setText(WorkArea::pageTitle(WorkArea::Page(i)));

    if (!m_signedIn) {
        statusBar()->showMessage(tr("Not signed in"));
        m_accountLabel->clear();
        m_roleLabel->clear();
        m_accountLabel->hide();
        m_roleLabel->hide();
    } else {
        statusBar()->showMessage(m_locked ? tr("Locked") : QString());
        m_accountLabel->setText(m_displayName);
        m_accountLabel->setToolTip(tr("Signed in as %1").arg(m_displayName));
        m_roleLabel->setText(roleDisplayName(Role(m_role)));
        m_accountLabel->show();
        m_roleLabel->show();
    }
}

} // namespace helpline
