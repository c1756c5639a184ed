#pragma once

#include <QKeySequence>
#include <QObject>

#include <functional>

namespace helpline {

// Makes the lock key (Ctrl+L) work everywhere, also while a modal dialog of the workstation
// blocks the main window (Qt then ignores the main window's shortcuts): an application-wide
// event filter that takes the key press and asks for the lock while `isArmed()` says so.
class LockKeyFilter : public QObject {
    Q_OBJECT
public:
    // Installs itself on the application; removed when destroyed.
    LockKeyFilter(QKeySequence key, std::function<bool()> isArmed, QObject *parent = nullptr);
    ~LockKeyFilter() override;

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QKeySequence m_key;
    std::function<bool()> m_isArmed;
};

} // namespace helpline
