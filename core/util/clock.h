#pragma once

#include <QDateTime>

namespace helpline {

// The time source for everything that depends on "now" (record times, lock timers, backoff,
// due dates). Production uses SystemClock; tests replace it with ManualClock.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static Clock &system();
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::fromString(
                             QStringLiteral("2026-01-01T00:00:00Z"), Qt::ISODate))
        : m_now(start.toUTC())
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }

private:
    QDateTime m_now;
};

// UTC ISO 8601 with milliseconds, the one textual time format of records: 2026-11-28T09:15:02.123Z
QString isoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

} // namespace helpline
