#pragma once

#include <QObject>

namespace helpline {

class IdleLock;

// An application-wide event filter that reports keyboard, mouse, wheel and touch activity to the
// IdleLock. It decides nothing itself: the IdleLock and its clock do.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    // Installs itself on the application; removed when destroyed.
    explicit IdleWatcher(IdleLock &idleLock, QObject *parent = nullptr);
    ~IdleWatcher() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    IdleLock &m_idleLock;
};

} // namespace helpline
