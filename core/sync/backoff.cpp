#include "core/sync/backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace helpline {

Backoff::Backoff(Policy policy, std::function<double()> unitRandom)
    : m_policy(policy)
    , m_unitRandom(std::move(unitRandom))
{
    m_policy.initialMs = std::max<qint64>(1, m_policy.initialMs);
    m_policy.maxMs = std::max(m_policy.initialMs, m_policy.maxMs);
    if (!m_unitRandom)
        m_unitRandom = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 Backoff::ceilingMs(int failures) const
{
    if (failures <= 0)
        return 0;
    qint64 step = m_policy.initialMs;
    // Doubling stops at the cap, so a desk offline for weeks cannot overflow it.
    for (int i = 1; i < failures && step < m_policy.maxMs; ++i)
        step *= 2;
    return std::min(step, m_policy.maxMs);
}

qint64 Backoff::delayMs(int failures) const
{
    const qint64 ceiling = ceilingMs(failures);
    if (ceiling == 0)
        return 0;
    const double unit = std::clamp(m_unitRandom(), 0.0, 1.0);
    const qint64 half = ceiling / 2;
    return std::min(ceiling, half + qint64(double(ceiling - half) * unit));
}

} // namespace helpline
