#include "server/auth/signinpolicy.h"

#include <algorithm>

namespace helpline {

namespace {

constexpr qint64 kWindowMs = SigninPolicy::kWindowSeconds * 1000;
constexpr qint64 kLockMs = SigninPolicy::kLockSeconds * 1000;
// Failures beyond this are not counted further (they change nothing and cannot overflow).
constexpr int kMaxCountedFailures = 1000000;

int delayThreshold(SigninPolicy::Subject kind)
{
    return kind == SigninPolicy::Subject::Account ? SigninPolicy::kAccountDelayAfter
                                                  : SigninPolicy::kAddressDelayAfter;
}

int lockThreshold(SigninPolicy::Subject kind)
{
    return kind == SigninPolicy::Subject::Account ? SigninPolicy::kAccountLockAfter
                                                  : SigninPolicy::kAddressLockAfter;
}

bool inWindow(const SigninState &state, const QDateTime &now)
{
    // A clock set back (now before the first failure) keeps the window open.
    return state.failures > 0 && state.firstFailureAt.isValid() &&
           state.firstFailureAt.msecsTo(now) < kWindowMs;
}

bool lockRunning(const SigninState &state, const QDateTime &now)
{
    return state.lockedUntil.isValid() && now < state.lockedUntil;
}

int secondsRoundedUp(qint64 ms)
{
    return int((ms + 999) / 1000);
}

} // namespace

int SigninPolicy::delaySecondsAfter(int failures, Subject kind)
{
    const int over = failures - delayThreshold(kind);
    if (over < 0)
        return 0;
    int delay = kFirstDelaySeconds;
    for (int i = 0; i < over && delay < kMaxDelaySeconds; ++i)
        delay *= 2;
    return std::min(delay, kMaxDelaySeconds);
}

SigninVerdict SigninPolicy::check(const SigninState &state, const QDateTime &now, Subject kind)
{
    Q_ASSERT(now.isValid());
    if (lockRunning(state, now)) {
        // A clock set back must not make the lock look longer than a whole lock.
        const qint64 remaining = std::min(now.msecsTo(state.lockedUntil), kLockMs);
        return {false, secondsRoundedUp(remaining), true};
    }
    if (!inWindow(state, now) || !state.lastFailureAt.isValid())
        return {};
    const qint64 delay = qint64(delaySecondsAfter(state.failures, kind)) * 1000;
    const qint64 remaining = std::clamp<qint64>(delay - state.lastFailureAt.msecsTo(now), 0, delay);
    if (remaining > 0)
        return {false, secondsRoundedUp(remaining), false};
    return {};
}

SigninState SigninPolicy::recordFailure(SigninState state, const QDateTime &now, Subject kind)
{
    Q_ASSERT(now.isValid());
    const bool locked = lockRunning(state, now);
    if (!locked && !inWindow(state, now)) {
        state = SigninState{};
        state.firstFailureAt = now;
    }
    state.failures = std::min(state.failures + 1, kMaxCountedFailures);
    state.lastFailureAt = now;
    if (!locked && state.failures >= lockThreshold(kind))
        state.lockedUntil = now.addMSecs(kLockMs);
    return state;
}

SigninState SigninPolicy::recordSuccess(const SigninState &state, Subject kind)
{
    return kind == Subject::Account ? SigninState{} : state;
}

SigninVerdict SigninPolicy::stricter(const SigninVerdict &a, const SigninVerdict &b)
{
    if (a.allowed && b.allowed)
        return {};
    return {false, std::max(a.retryAfterSeconds, b.retryAfterSeconds), a.locked || b.locked};
}

bool SigninPolicy::isStale(const SigninState &state, const QDateTime &now)
{
    return !inWindow(state, now) && !lockRunning(state, now);
}

} // namespace helpline
