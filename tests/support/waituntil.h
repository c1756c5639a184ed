#pragma once

#include <QDeadlineTimer>
#include <QTest>

namespace helpline::test {

// Processes events until `done()` is true or the timeout passes. Use instead of sleeps: a test
// waits exactly as long as the behaviour takes, and a timeout is a failure, not a pause.
template<typename Predicate>
bool waitUntil(Predicate &&done, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

} // namespace helpline::test
