#pragma once

#include <QDateTime>

namespace helpline {

// What the database keeps about recent failed sign-ins of one account or one client address.
// The default value means "no recent failures".
struct SigninState {
    int failures = 0;         // failures in the current window
    QDateTime firstFailureAt; // the window runs 15 minutes from here
    QDateTime lastFailureAt;  // the delay before the next attempt runs from here
    QDateTime lockedUntil;    // invalid unless a lock was imposed; over once now >= lockedUntil

    bool operator==(const SigninState &) const = default;
};

// The answer before a sign-in attempt. When !allowed the server answers 429 with
// Retry-After: retryAfterSeconds (code "locked" when locked, else "throttled") without even looking
// at the password, and records no failure.
struct SigninVerdict {
    bool allowed = true;
    int retryAfterSeconds = 0;
    bool locked = false;

    bool operator==(const SigninVerdict &) const = default;
};

// Slows down online password guessing against the server. Pure functions over SigninState: the
// caller loads the state, asks check(), verifies the password, stores recordFailure() or
// recordSuccess(), all with the same `now` (UTC).
//
// Why these numbers: a counsellor who mistypes a few times never notices (5 free failures); a
// guesser gets at most 10 tries per account per 15 minutes (about a thousand a day), far too few
// against any but the most common passwords. But whoever can guess can also cause lockouts, and a
// locked-out counsellor cannot answer children's calls: so the account lock lasts 15 minutes and
// then lifts by itself (an administrator's password reset lifts it at once), never a permanent
// lock an attacker could impose on every counsellor by typing wrong passwords. The per-address
// limits are looser because an office behind one NAT address shares them; they stop one machine
// from spraying guesses across many accounts (unknown usernames count there too).
//
// Window: a fixed window that starts at the first failure; 15 minutes later (age >= 15 min) the
// failures are forgotten and the next failure starts a new window. A lock always outlasts the
// window it was imposed in, so when it ends the subject starts from zero.
//
// Delays: after the Nth failure in the window (N >= delay threshold) the next attempt waits
// 1 s * 2^(N - threshold), at most 60 s, counted from that failure. At the lock threshold the
// subject is locked for 15 minutes from that failure. Failures recorded during a lock (the caller
// should not record any) never extend it.
class SigninPolicy {
public:
    enum class Subject { Account, Address };

    static constexpr qint64 kWindowSeconds = 15 * 60;
    static constexpr int kAccountDelayAfter = 5;
    static constexpr int kAccountLockAfter = 10;
    static constexpr int kAddressDelayAfter = 20;
    static constexpr int kAddressLockAfter = 50;
    static constexpr int kFirstDelaySeconds = 1;
    static constexpr int kMaxDelaySeconds = 60;
    static constexpr qint64 kLockSeconds = 15 * 60;

    // May the subject attempt a sign-in at `now`?
    static SigninVerdict check(const SigninState &state, const QDateTime &now, Subject kind);
    // The state after a failed attempt at `now`.
    static SigninState recordFailure(SigninState state, const QDateTime &now, Subject kind);
    // The state after a successful sign-in: an account starts from zero; an address keeps its
    // failures until they age out, so that signing in to one's own account cannot clear the
    // traces of guessing at others from the same address.
    static SigninState recordSuccess(const SigninState &state, Subject kind);

    // The delay after `failures` failures in the window (0 below the threshold; ignores locks).
    static int delaySecondsAfter(int failures, Subject kind);
    // The more restrictive of two verdicts (for the account's and the address's).
    static SigninVerdict stricter(const SigninVerdict &a, const SigninVerdict &b);
    // True when the state no longer affects anything at `now` (window over, no lock running): the
    // caller may delete it.
    static bool isStale(const SigninState &state, const QDateTime &now);
};

} // namespace helpline
