// core/sync/backoff: exponential, capped, with jitter in the upper half of each step.
#include <catch2/catch.hpp>

#include "core/sync/backoff.h"

#include <QSet>

using namespace helpline;

TEST_CASE("backoff doubles from its first step up to an hour", "[sync][backoff]")
{
    const Backoff backoff({2'000, 3'600'000}, [] { return 0.999999; });
    CHECK(backoff.delayMs(0) == 0);
    CHECK(backoff.delayMs(-3) == 0);
    CHECK(backoff.ceilingMs(1) == 2'000);
    CHECK(backoff.ceilingMs(2) == 4'000);
    CHECK(backoff.ceilingMs(3) == 8'000);
    CHECK(backoff.ceilingMs(11) == 2'048'000);
    CHECK(backoff.ceilingMs(12) == 3'600'000);
    // Weeks of failures stay at the cap and never overflow.
    CHECK(backoff.ceilingMs(100'000) == 3'600'000);
    CHECK(backoff.delayMs(100'000) <= 3'600'000);
    CHECK(backoff.delayMs(100'000) >= 3'599'000);
}

TEST_CASE("backoff jitter stays within the upper half of the step", "[sync][backoff]")
{
    double unit = 0.0;
    const Backoff backoff({1'000, 60'000}, [&unit] { return unit; });
    for (int failures = 1; failures <= 10; ++failures) {
        const qint64 ceiling = backoff.ceilingMs(failures);
        unit = 0.0;
        CHECK(backoff.delayMs(failures) == ceiling / 2);
        unit = 0.5;
        CHECK(backoff.delayMs(failures) == ceiling / 2 + (ceiling - ceiling / 2) / 2);
        unit = 0.9999;
        CHECK(backoff.delayMs(failures) <= ceiling);
        CHECK(backoff.delayMs(failures) > ceiling * 9 / 10);
    }
    // Out-of-range random numbers are clamped, not trusted.
    unit = 7.0;
    CHECK(backoff.delayMs(1) == 1'000);
    unit = -1.0;
    CHECK(backoff.delayMs(1) == 500);
}

TEST_CASE("backoff spreads desks that failed together", "[sync][backoff]")
{
    const Backoff backoff; // the real random source
    QSet<qint64> delays;
    for (int i = 0; i < 50; ++i)
        delays.insert(backoff.delayMs(6));
    CHECK(delays.size() > 40);
    for (qint64 d : delays) {
        CHECK(d >= 32'000);
        CHECK(d <= 64'000);
    }
}

TEST_CASE("a backoff policy that makes no sense is made sane", "[sync][backoff]")
{
    const Backoff backoff({0, -5}, [] { return 0.0; });
    CHECK(backoff.policy().initialMs == 1);
    CHECK(backoff.policy().maxMs == 1);
    CHECK(backoff.ceilingMs(50) == 1);
}
