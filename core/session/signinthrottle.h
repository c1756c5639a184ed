#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace helpline {

class Clock;

// Slows down password guessing at the desk: after a few wrong passwords for an account, each
// further attempt waits a growing delay (none for the first three failures, then 2 s, 4 s, 8 s,
// ... up to 5 minutes). The counts survive a restart: they are written atomically to a small JSON
// file beside the keyring holding only account ids, counts and times, never names or case data.
// A correct password resets the account's count.
class SignInThrottle {
public:
    struct Policy {
        int freeFailures = 3;
        qint64 firstDelayMs = 2000;
        qint64 maxDelayMs = 5 * 60 * 1000;
    };

    // `filePath` may be empty: the counts then live in memory only.
    SignInThrottle(QString filePath, Clock &clock, Policy policy);
    SignInThrottle(QString filePath, Clock &clock);

    // <storeDirectory>/signin-throttle.json
    static QString pathFor(const QString &storeDirectory);
    // The wait after `failures` consecutive wrong passwords.
    static qint64 delayAfter(int failures, const Policy &policy);

    int failures(const QString &accountId) const;
    // How long `accountId` must still wait before the next attempt; 0 = it may try now.
    qint64 remainingMs(const QString &accountId) const;
    bool mayAttempt(const QString &accountId) const { return remainingMs(accountId) == 0; }

    void recordFailure(const QString &accountId);
    void recordSuccess(const QString &accountId);

    // False when the last write of the file failed (the counts still apply in memory).
    bool lastSaveOk() const { return m_lastSaveOk; }
    const Policy &policy() const { return m_policy; }

private:
    struct Entry {
        int failures = 0;
        QDateTime lastFailure;
    };
    void load();
    void save();

    QString m_path;
    Clock &m_clock;
    Policy m_policy;
    QHash<QString, Entry> m_entries;
    bool m_lastSaveOk = true;
};

} // namespace helpline
