#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace helpline {

class Clock;

// Decides when a signed-in desk has been idle long enough to lock. The clock decides how much
// time passed (tests use ManualClock); the widget layer only reports activity (keyboard, mouse).
// A timer polls check(); check() can also be called directly.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(Clock &clock, QObject *parent = nullptr);

    void setTimeoutMinutes(int minutes);
    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    // How often the timer calls check() while armed (default 1 s).
    void setCheckIntervalMs(int ms);

    // Arms the lock, counting idle time from now (after sign-in or unlock).
    void start();
    // Disarms it (while locked or signed out): activity is ignored and it never fires.
    void stop();
    bool isActive() const { return m_active; }

    // Something the person did: the idle time starts again.
    void activity();
    qint64 idleMs() const;

    // Emits idleTimeout() and disarms when the idle time reached the timeout; true if it did.
    bool check();

signals:
    void idleTimeout();

private:
    Clock &m_clock;
    QTimer m_timer;
    qint64 m_timeoutMs = 5 * 60 * 1000;
    QDateTime m_lastActivity;
    bool m_active = false;
};

} // namespace helpline
