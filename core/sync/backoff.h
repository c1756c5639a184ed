#pragma once

#include <QtGlobal>

#include <functional>

namespace helpline {

// How long to wait before trying again after `failures` failures in a row: exponential from
// `initialMs`, doubled each time, capped at `maxMs`, with jitter so that desks that lost the
// server together do not all come back in the same second ("equal jitter": a random point in
// the upper half of the step, never less than half of it).
//
// Used twice by the sync engine, with separate counts: for the engine (the server cannot be
// reached) and for a single record that keeps failing. Both reset on success.
struct BackoffPolicy {
    qint64 initialMs = 2'000;
    qint64 maxMs = 3'600'000; // an hour
};

class Backoff {
public:
    using Policy = BackoffPolicy;
    // `unitRandom` gives a number in [0, 1); the default draws from QRandomGenerator::global().
    explicit Backoff(BackoffPolicy policy = BackoffPolicy(),
                     std::function<double()> unitRandom = {});

    // The delay before the next attempt; failures <= 0 gives 0 (no wait).
    qint64 delayMs(int failures) const;
    // The step without jitter: initialMs * 2^(failures - 1), capped.
    qint64 ceilingMs(int failures) const;
    const Policy &policy() const { return m_policy; }

private:
    Policy m_policy;
    std::function<double()> m_unitRandom;
};

} // namespace helpline
