#include <catch2/catch.hpp>

#include "core/session/idlelock.h"
#include "core/session/passwordstrength.h"
#include "core/session/signinthrottle.h"
#include "core/util/clock.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include "waituntil.h"

using namespace helpline;

namespace {
const QString kAysel = QStringLiteral("01900000-0000-7000-8000-00000000000a");
const QString kKamran = QStringLiteral("01900000-0000-7000-8000-00000000000b");
} // namespace

TEST_CASE("the sign-in delay grows after three failures and is capped", "[session]")
{
    const SignInThrottle::Policy policy;
    CHECK(SignInThrottle::delayAfter(0, policy) == 0);
    CHECK(SignInThrottle::delayAfter(3, policy) == 0);
    CHECK(SignInThrottle::delayAfter(4, policy) == 2000);
    CHECK(SignInThrottle::delayAfter(5, policy) == 4000);
    CHECK(SignInThrottle::delayAfter(6, policy) == 8000);
    CHECK(SignInThrottle::delayAfter(11, policy) == 256000);
    CHECK(SignInThrottle::delayAfter(12, policy) == 300000);
    CHECK(SignInThrottle::delayAfter(1000, policy) == 300000);
}

TEST_CASE("the sign-in throttle counts failures per account", "[session]")
{
    QTemporaryDir dir;
    ManualClock clock;
    SignInThrottle throttle(SignInThrottle::pathFor(dir.path()), clock);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(throttle.mayAttempt(kAysel));
        throttle.recordFailure(kAysel);
    }
    CHECK(throttle.remainingMs(kAysel) == 0);
    throttle.recordFailure(kAysel);
    CHECK(throttle.failures(kAysel) == 4);
    CHECK(throttle.remainingMs(kAysel) == 2000);
    CHECK_FALSE(throttle.mayAttempt(kAysel));
    CHECK(throttle.mayAttempt(kKamran));
    clock.advanceMs(1500);
    CHECK(throttle.remainingMs(kAysel) == 500);
    clock.advanceMs(500);
    CHECK(throttle.mayAttempt(kAysel));
    throttle.recordFailure(kAysel);
    CHECK(throttle.remainingMs(kAysel) == 4000);

    // A clock set back does not make the wait longer than one delay.
    clock.advanceMs(-3600 * 1000);
    CHECK(throttle.remainingMs(kAysel) == 4000);
    clock.advanceMs(3600 * 1000);

    throttle.recordSuccess(kAysel);
    CHECK(throttle.failures(kAysel) == 0);
    CHECK(throttle.mayAttempt(kAysel));
    CHECK(throttle.lastSaveOk());
}

TEST_CASE("the sign-in throttle survives a restart and holds no names", "[session]")
{
    QTemporaryDir dir;
    ManualClock clock;
    const QString path = SignInThrottle::pathFor(dir.path());
    {
        SignInThrottle throttle(path, clock);
        for (int i = 0; i < 5; ++i)
            throttle.recordFailure(kAysel);
        throttle.recordFailure(kKamran);
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains(kAysel.toLatin1()));
    CHECK_FALSE(bytes.contains("aysel"));
    file.close();

    clock.advanceMs(1000);
    SignInThrottle restarted(path, clock);
    CHECK(restarted.failures(kAysel) == 5);
    CHECK(restarted.failures(kKamran) == 1);
    CHECK(restarted.remainingMs(kAysel) == 3000);
    restarted.recordSuccess(kAysel);
    SignInThrottle again(path, clock);
    CHECK(again.failures(kAysel) == 0);
    CHECK(again.failures(kKamran) == 1);
}

TEST_CASE("a damaged throttle file starts from no failures", "[session]")
{
    QTemporaryDir dir;
    ManualClock clock;
    const QString path = SignInThrottle::pathFor(dir.path());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{not json");
    file.close();
    SignInThrottle throttle(path, clock);
    CHECK(throttle.failures(kAysel) == 0);
    throttle.recordFailure(kAysel);
    CHECK(SignInThrottle(path, clock).failures(kAysel) == 1);
}

TEST_CASE("the idle lock fires once the clock says the timeout passed", "[session]")
{
    ManualClock clock;
    IdleLock idle(clock);
    QSignalSpy fired(&idle, &IdleLock::idleTimeout);
    idle.setTimeoutMinutes(5);
    CHECK_FALSE(idle.check()); // not armed
    idle.start();
    clock.advanceMs(4 * 60 * 1000);
    CHECK_FALSE(idle.check());
    idle.activity();
    clock.advanceMs(4 * 60 * 1000);
    CHECK_FALSE(idle.check());
    CHECK(idle.idleMs() == 4 * 60 * 1000);
    clock.advanceMs(60 * 1000);
    CHECK(idle.check());
    CHECK(fired.count() == 1);
    CHECK_FALSE(idle.isActive());
    clock.advanceMs(60 * 60 * 1000);
    CHECK_FALSE(idle.check());
    CHECK(fired.count() == 1);
}

TEST_CASE("the idle lock ignores activity while stopped and a clock set back", "[session]")
{
    ManualClock clock;
    IdleLock idle(clock);
    idle.setTimeoutMinutes(1);
    idle.activity();
    CHECK_FALSE(idle.isActive());
    idle.start();
    clock.advanceMs(-3600 * 1000);
    CHECK_FALSE(idle.check());
    clock.advanceMs(60 * 1000);
    CHECK(idle.check());
}

TEST_CASE("the idle lock's timer checks by itself", "[session]")
{
    ManualClock clock;
    IdleLock idle(clock);
    QSignalSpy fired(&idle, &IdleLock::idleTimeout);
    idle.setTimeoutMinutes(5);
    idle.setCheckIntervalMs(10);
    idle.start();
    clock.advanceMs(5 * 60 * 1000);
    CHECK(test::waitUntil([&] { return fired.count() == 1; }));
}

TEST_CASE("password strength hints reward length", "[session]")
{
    CHECK(passwordStrength(QString()) == PasswordStrength::TooShort);
    CHECK(passwordStrength(QStringLiteral("abc1234")) == PasswordStrength::TooShort);
    CHECK(passwordStrength(QStringLiteral("aaaaaaaaaaaaaaaaaaaa")) == PasswordStrength::Weak);
    CHECK(passwordStrength(QStringLiteral("abcdefgh")) == PasswordStrength::Weak);
    CHECK(passwordStrength(QStringLiteral("Abcdef1!")) == PasswordStrength::Fair);
    CHECK(passwordStrength(QStringLiteral("çay və limon")) == PasswordStrength::Fair);
    CHECK(passwordStrength(QStringLiteral("bizim həyətdə alça ağacı")) == PasswordStrength::Strong);
    CHECK(passwordStrength(QStringLiteral("Kitab-2026-dost")) == PasswordStrength::Strong);
    CHECK_FALSE(passwordStrengthText(PasswordStrength::Weak).isEmpty());
}
