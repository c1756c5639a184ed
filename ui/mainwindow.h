#pragma once

#include "ui/shell/workarea.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace helpline {

class SyncStatusWidget;
class Workspace;
struct Session;

// The workstation's one window. It only wires things together: a stack that shows either a
// screen of the way in (first run, sign-in, lock) or the WorkArea of a signed-in session, the
// menus and their shortcuts, and a status bar with the account, its role and the sync state
// (SyncStatusWidget, over the Workspace's DeskSync).
// Every screen is its own class; the AppController decides which one is shown.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `screen` (first run, sign-in or lock) instead of everything else. The window owns
    // it; the screen shown before is deleted (later: it may be the sender of the change).
    void showGateScreen(QWidget *screen);
    QWidget *gateScreen() const { return m_gate; }

    // Creates the pages of a signed-in session; detachWorkspace() destroys them at once.
    WorkArea *attachWorkspace(Workspace &workspace);
    void detachWorkspace();
    WorkArea *workArea() const { return m_workArea; }
    void showWorkArea();
    bool isWorkAreaShown() const;

    // The status bar and the actions that need a session. nullptr = nobody signed in.
    void setSession(const Session *session, bool locked);

    QAction *newIntakeAction() const { return m_newIntake; }
    QAction *lockAction() const { return m_lock; }
    QAction *signOutAction() const { return m_signOut; }
    QAction *settingsAction() const { return m_settings; }
    QAction *quitAction() const { return m_quit; }
    QAction *syncNowAction() const { return m_syncNow; }
    SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    QAction *pageAction(WorkArea::Page page) const { return m_pageActions[int(page)]; }

    // Asked before the window closes (Quit, the window's close button); false keeps it open.
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }

signals:
    void lockRequested();
    void signOutRequested();
    void settingsRequested();
    // The window is closing (Quit or its close button) and the close guard agreed.
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void retranslate();
    void updateActions();
    void updateShortcuts();

    QStackedWidget *m_stack;
    QWidget *m_gate = nullptr;
    WorkArea *m_workArea = nullptr;
    QPointer<QWidget> m_workFocus;
    bool m_signedIn = false;
    bool m_locked = false;
    QString m_displayName;
    int m_role = -1;

    QMenu *m_workstationMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QAction *m_newIntake = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_pageActions[WorkArea::pageCount] = {};

    QLabel *m_accountLabel;
    QLabel *m_roleLabel;
    SyncStatusWidget *m_syncStatus = nullptr;
    std::function<bool()> m_closeGuard;
};

} // namespace helpline
