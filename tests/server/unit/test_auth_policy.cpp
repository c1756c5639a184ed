#include <catch2/catch.hpp>

#include "server/auth/signinpolicy.h"

using namespace helpline;
using Subject = SigninPolicy::Subject;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-01-01T09:00:00Z"), Qt::ISODate);

QDateTime at(qint64 ms)
{
    return kStart.addMSecs(ms);
}

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

SigninState failuresAt(int count, const QDateTime &when, Subject kind)
{
    SigninState state;
    for (int i = 0; i < count; ++i)
        state = SigninPolicy::recordFailure(state, when, kind);
    return state;
}

SigninVerdict allowed()
{
    return {true, 0, false};
}

SigninVerdict throttled(int seconds)
{
    return {false, seconds, false};
}

SigninVerdict locked(int seconds)
{
    return {false, seconds, true};
}

} // namespace

namespace Catch {
template<>
struct StringMaker<SigninVerdict> {
    static std::string convert(const SigninVerdict &v)
    {
        return "{allowed " + std::to_string(v.allowed) + ", retry " +
               std::to_string(v.retryAfterSeconds) + ", locked " + std::to_string(v.locked) + "}";
    }
};
} // namespace Catch

TEST_CASE("the thresholds are those of the contract", "[server][auth]")
{
    STATIC_REQUIRE(SigninPolicy::kWindowSeconds == 900);
    STATIC_REQUIRE(SigninPolicy::kAccountDelayAfter == 5);
    STATIC_REQUIRE(SigninPolicy::kAccountLockAfter == 10);
    STATIC_REQUIRE(SigninPolicy::kAddressDelayAfter == 20);
    STATIC_REQUIRE(SigninPolicy::kAddressLockAfter == 50);
    STATIC_REQUIRE(SigninPolicy::kFirstDelaySeconds == 1);
    STATIC_REQUIRE(SigninPolicy::kMaxDelaySeconds == 60);
    STATIC_REQUIRE(SigninPolicy::kLockSeconds == 900);
}

TEST_CASE("delays double from 1 s after the threshold up to 60 s", "[server][auth]")
{
    using P = SigninPolicy;
    for (int n = 0; n <= 4; ++n)
        CHECK(P::delaySecondsAfter(n, Subject::Account) == 0);
    CHECK(P::delaySecondsAfter(5, Subject::Account) == 1);
    CHECK(P::delaySecondsAfter(6, Subject::Account) == 2);
    CHECK(P::delaySecondsAfter(7, Subject::Account) == 4);
    CHECK(P::delaySecondsAfter(8, Subject::Account) == 8);
    CHECK(P::delaySecondsAfter(9, Subject::Account) == 16);
    CHECK(P::delaySecondsAfter(10, Subject::Account) == 32);
    CHECK(P::delaySecondsAfter(11, Subject::Account) == 60);
    CHECK(P::delaySecondsAfter(1000000, Subject::Account) == 60);

    CHECK(P::delaySecondsAfter(0, Subject::Address) == 0);
    CHECK(P::delaySecondsAfter(19, Subject::Address) == 0);
    CHECK(P::delaySecondsAfter(20, Subject::Address) == 1);
    CHECK(P::delaySecondsAfter(21, Subject::Address) == 2);
    CHECK(P::delaySecondsAfter(25, Subject::Address) == 32);
    CHECK(P::delaySecondsAfter(26, Subject::Address) == 60);
    CHECK(P::delaySecondsAfter(49, Subject::Address) == 60);
}

TEST_CASE("an account gets 5 free failures, then delays, then a 15 minute lock", "[server][auth]")
{
    const Subject account = Subject::Account;
    SigninState state;
    CHECK(SigninPolicy::check(state, at(0), account) == allowed());

    // Four failures in quick succession cost nothing.
    for (int i = 1; i <= 4; ++i) {
        state = SigninPolicy::recordFailure(state, at(i), account);
        CHECK(state.failures == i);
        CHECK(SigninPolicy::check(state, at(i), account) == allowed());
    }
    CHECK(state.firstFailureAt == at(1));
    CHECK_FALSE(state.lockedUntil.isValid());

    // From the fifth: 1, 2, 4, 8, 16 s, each counted from the failure, exact to the millisecond.
    qint64 t = 10 * kSecond;
    const int delays[] = {1, 2, 4, 8, 16};
    for (const int delay : delays) {
        state = SigninPolicy::recordFailure(state, at(t), account);
        INFO("failures " << state.failures);
        CHECK(SigninPolicy::check(state, at(t), account) == throttled(delay));
        CHECK(SigninPolicy::check(state, at(t + 1), account) == throttled(delay));
        CHECK(SigninPolicy::check(state, at(t + delay * kSecond - 1001), account) ==
              throttled(delay == 1 ? 1 : 2));
        CHECK(SigninPolicy::check(state, at(t + delay * kSecond - 1), account) == throttled(1));
        CHECK(SigninPolicy::check(state, at(t + delay * kSecond), account) == allowed());
        CHECK_FALSE(state.lockedUntil.isValid());
        t += delay * kSecond;
    }
    CHECK(state.failures == 9);

    // The tenth locks the account for 15 minutes from that failure.
    state = SigninPolicy::recordFailure(state, at(t), account);
    CHECK(state.failures == 10);
    CHECK(state.lockedUntil == at(t + 15 * kMinute));
    CHECK(SigninPolicy::check(state, at(t), account) == locked(900));
    CHECK(SigninPolicy::check(state, at(t + 14 * kMinute), account) == locked(60));
    CHECK(SigninPolicy::check(state, at(t + 15 * kMinute - 1), account) == locked(1));
    CHECK(SigninPolicy::check(state, at(t + 15 * kMinute), account) == allowed());
    CHECK_FALSE(SigninPolicy::isStale(state, at(t + 15 * kMinute - 1)));
    CHECK(SigninPolicy::isStale(state, at(t + 15 * kMinute)));

    // After the lock the account starts from zero.
    state = SigninPolicy::recordFailure(state, at(t + 15 * kMinute), account);
    CHECK(state.failures == 1);
    CHECK(state.firstFailureAt == at(t + 15 * kMinute));
    CHECK_FALSE(state.lockedUntil.isValid());
    CHECK(SigninPolicy::check(state, at(t + 15 * kMinute), account) == allowed());
}

TEST_CASE("failures recorded during a lock never extend it", "[server][auth]")
{
    SigninState state = failuresAt(10, at(0), Subject::Account);
    REQUIRE(state.lockedUntil == at(15 * kMinute));
    for (int i = 1; i <= 20; ++i)
        state = SigninPolicy::recordFailure(state, at(i * 40 * kSecond), Subject::Account);
    CHECK(state.lockedUntil == at(15 * kMinute));
    CHECK(SigninPolicy::check(state, at(15 * kMinute - 1), Subject::Account) == locked(1));
    CHECK(SigninPolicy::check(state, at(15 * kMinute), Subject::Account) == allowed());
}

TEST_CASE("failures are forgotten 15 minutes after the first of the window", "[server][auth]")
{
    const Subject account = Subject::Account;
    // Four early failures, then one just inside the window: it is the fifth.
    SigninState state = failuresAt(4, at(0), account);
    state = SigninPolicy::recordFailure(state, at(15 * kMinute - 1), account);
    CHECK(state.failures == 5);
    CHECK(SigninPolicy::check(state, at(15 * kMinute - 1), account) == throttled(1));
    // Its delay is cut short when the window ends: the failures no longer count.
    CHECK(SigninPolicy::check(state, at(15 * kMinute), account) == allowed());
    CHECK(SigninPolicy::isStale(state, at(15 * kMinute)));
    CHECK_FALSE(SigninPolicy::isStale(state, at(15 * kMinute - 1)));

    // A failure exactly 15 minutes after the first starts a new window.
    SigninState other = failuresAt(4, at(0), account);
    other = SigninPolicy::recordFailure(other, at(15 * kMinute), account);
    CHECK(other.failures == 1);
    CHECK(other.firstFailureAt == at(15 * kMinute));
    CHECK(other.lastFailureAt == at(15 * kMinute));
    CHECK(SigninPolicy::check(other, at(15 * kMinute), account) == allowed());
}

TEST_CASE("an address gets 20 free failures, then delays, locked after 50", "[server][auth]")
{
    const Subject address = Subject::Address;
    SigninState state = failuresAt(19, at(0), address);
    CHECK(SigninPolicy::check(state, at(0), address) == allowed());

    state = SigninPolicy::recordFailure(state, at(0), address);
    CHECK(state.failures == 20);
    CHECK(SigninPolicy::check(state, at(0), address) == throttled(1));
    CHECK(SigninPolicy::check(state, at(kSecond), address) == allowed());

    state = SigninPolicy::recordFailure(state, at(kSecond), address);
    CHECK(SigninPolicy::check(state, at(kSecond), address) == throttled(2));

    // Up to 60 s between failures, never more.
    for (int n = 22; n <= 49; ++n)
        state = SigninPolicy::recordFailure(state, at(2 * kSecond), address);
    CHECK(state.failures == 49);
    CHECK_FALSE(state.lockedUntil.isValid());
    CHECK(SigninPolicy::check(state, at(2 * kSecond), address) == throttled(60));
    CHECK(SigninPolicy::check(state, at(62 * kSecond), address) == allowed());

    state = SigninPolicy::recordFailure(state, at(62 * kSecond), address);
    CHECK(state.failures == 50);
    CHECK(state.lockedUntil == at(62 * kSecond + 15 * kMinute));
    CHECK(SigninPolicy::check(state, at(62 * kSecond), address) == locked(900));
    CHECK(SigninPolicy::check(state, at(62 * kSecond + 15 * kMinute), address) == allowed());
}

TEST_CASE("success clears an account but not an address", "[server][auth]")
{
    const SigninState account = failuresAt(7, at(0), Subject::Account);
    CHECK(SigninPolicy::recordSuccess(account, Subject::Account) == SigninState{});
    const SigninState address = failuresAt(30, at(0), Subject::Address);
    CHECK(SigninPolicy::recordSuccess(address, Subject::Address) == address);
    CHECK(SigninPolicy::check(SigninState{}, at(0), Subject::Account) == allowed());
    CHECK(SigninPolicy::isStale(SigninState{}, at(0)));
}

TEST_CASE("a clock set back never lengthens a wait", "[server][auth]")
{
    const SigninState delayed = failuresAt(6, at(10 * kMinute), Subject::Account);
    CHECK(SigninPolicy::check(delayed, at(0), Subject::Account) == throttled(2));
    const SigninState lockedState = failuresAt(10, at(10 * kMinute), Subject::Account);
    CHECK(SigninPolicy::check(lockedState, at(0), Subject::Account) == locked(900));
    // A stored lock far in the future (a clock once set forward) is capped at one lock.
    SigninState far = lockedState;
    far.lockedUntil = at(30 * 24 * 60 * kMinute);
    CHECK(SigninPolicy::check(far, at(10 * kMinute), Subject::Account) == locked(900));
}

TEST_CASE("the stricter of two verdicts wins", "[server][auth]")
{
    using P = SigninPolicy;
    CHECK(P::stricter(allowed(), allowed()) == allowed());
    CHECK(P::stricter(allowed(), throttled(4)) == throttled(4));
    CHECK(P::stricter(throttled(4), allowed()) == throttled(4));
    CHECK(P::stricter(throttled(4), throttled(60)) == throttled(60));
    CHECK(P::stricter(locked(30), throttled(60)) == locked(60));
    CHECK(P::stricter(allowed(), locked(900)) == locked(900));
}
