#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace helpline {

class DeskSync;
struct SyncStatus;

// The sync state at the right of the status bar: online or offline, the records waiting (and
// refused, if any), when the desk last synced and what went wrong, in plain words (the whole
// error in the tooltip); a small busy indicator while a run goes, and "Sync now" (the window's
// action, so the menu and its shortcut do the same). A desk without desk.json says it is not
// connected to a server and offers nothing.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QAction *syncNow, QWidget *parent = nullptr);

    // nullptr: nobody signed in, or a desk that never talks to a server.
    void setSync(DeskSync *sync);
    DeskSync *sync() const { return m_sync; }
    bool canSyncNow() const;
    // A desk with desk.json: without a sync object, nobody is signed in to sync.
    void setConnectedDesk(bool connected);

    QLabel *label() const { return m_label; }
    QProgressBar *busyIndicator() const { return m_busy; }
    QToolButton *syncNowButton() const { return m_button; }

signals:
    // Whether "Sync now" can do anything changed.
    void availabilityChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<DeskSync> m_sync;
    QProgressBar *m_busy;
    QLabel *m_label;
    QToolButton *m_button;
    // "last synced 14:02" becomes a date after midnight, and "next sync" moves on.
    QTimer m_tick;
    bool m_couldSync = false;
    bool m_connectedDesk = false;
};

} // namespace helpline
