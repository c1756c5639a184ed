#include "ui/intake/contacttimer.h"

namespace helpline {

ContactTimer::ContactTimer(QObject *parent)
    : QObject(parent)
{
    // A quarter of a second keeps the shown seconds within 250 ms of the truth without waking
    // the process more than needed.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &ContactTimer::tick);
}

void ContactTimer::start(qint64 elapsedMs)
{
    m_offsetMs = qMax<qint64>(0, elapsedMs);
    m_clock.start();
    m_lastSecond = -1;
    m_ticker.start();
    tick();
}

qint64 ContactTimer::elapsedMs() const
{
    return m_clock.isValid() ? m_offsetMs + m_clock.elapsed() : m_offsetMs;
}

void ContactTimer::tick()
{
    const int seconds = elapsedSeconds();
    if (seconds == m_lastSecond)
        return;
    m_lastSecond = seconds;
    emit secondChanged(seconds);
}

} // namespace helpline
