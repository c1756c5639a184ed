#include "core/session/idlelock.h"

#include "core/util/clock.h"

#include <QLoggingCategory>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcIdle, "helpline.session.idle")

IdleLock::IdleLock(Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
}

void IdleLock::setTimeoutMinutes(int minutes)
{
    setTimeoutMs(qint64(minutes) * 60 * 1000);
}

void IdleLock::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = std::max<qint64>(ms, 1000);
}

void IdleLock::setCheckIntervalMs(int ms)
{
    m_timer.setInterval(std::max(ms, 1));
}

void IdleLock::start()
{
    m_active = true;
    m_lastActivity = m_clock.nowUtc();
    m_timer.start();
}

void IdleLock::stop()
{
    m_active = false;
    m_timer.stop();
}

void IdleLock::activity()
{
    if (m_active)
        m_lastActivity = m_clock.nowUtc();
}

qint64 IdleLock::idleMs() const
{
    if (!m_active)
        return 0;
    return std::max<qint64>(0, m_lastActivity.msecsTo(m_clock.nowUtc()));
}

bool IdleLock::check()
{
    if (!m_active)
        return false;
    // A clock set back must not postpone the lock: idle time counts again from now.
    if (m_clock.nowUtc() < m_lastActivity)
        m_lastActivity = m_clock.nowUtc();
    if (idleMs() < m_timeoutMs)
        return false;
    qCInfo(lcIdle) << "idle for" << idleMs() / 1000 << "s: locking";
    stop();
    emit idleTimeout();
    return true;
}

} // namespace helpline
