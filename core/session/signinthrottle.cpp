#include "core/session/signinthrottle.h"

#include "core/util/clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

namespace helpline {

Q_LOGGING_CATEGORY(lcThrottle, "helpline.session.throttle")

namespace {
const QString kFormat = QStringLiteral("helpline-signin-throttle");
constexpr int kVersion = 1;
constexpr qint64 kMaxFileBytes = 1024 * 1024;
} // namespace

SignInThrottle::SignInThrottle(QString filePath, Clock &clock, Policy policy)
    : m_path(std::move(filePath))
    , m_clock(clock)
    , m_policy(policy)
{
    load();
}

SignInThrottle::SignInThrottle(QString filePath, Clock &clock)
    : SignInThrottle(std::move(filePath), clock, Policy{})
{
}

QString SignInThrottle::pathFor(const QString &storeDirectory)
{
    return storeDirectory + QStringLiteral("/signin-throttle.json");
}

qint64 SignInThrottle::delayAfter(int failures, const Policy &policy)
{
    const int over = failures - policy.freeFailures;
    if (over <= 0)
        return 0;
    qint64 delay = policy.firstDelayMs;
    for (int i = 1; i < over && delay < policy.maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, policy.maxDelayMs);
}

int SignInThrottle::failures(const QString &accountId) const
{
    return m_entries.value(accountId).failures;
}

qint64 SignInThrottle::remainingMs(const QString &accountId) const
{
    const auto it = m_entries.constFind(accountId);
    if (it == m_entries.cend() || !it->lastFailure.isValid())
        return 0;
    const qint64 delay = delayAfter(it->failures, m_policy);
    if (delay == 0)
        return 0;
    const qint64 since = it->lastFailure.msecsTo(m_clock.nowUtc());
    // A clock set back must not lengthen the wait beyond one full delay.
    return std::clamp<qint64>(delay - since, 0, delay);
}

void SignInThrottle::recordFailure(const QString &accountId)
{
    Entry &entry = m_entries[accountId];
    ++entry.failures;
    entry.lastFailure = m_clock.nowUtc();
    qCInfo(lcThrottle) << "failed sign-in for account" << accountId << "count" << entry.failures;
    save();
}

void SignInThrottle::recordSuccess(const QString &accountId)
{
    if (m_entries.remove(accountId) > 0)
        save();
}

void SignInThrottle::load()
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        qCWarning(lcThrottle) << "cannot read the sign-in throttle file";
        return;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        root.value(QStringLiteral("version")).toInt() != kVersion) {
        qCWarning(lcThrottle) << "ignoring an unreadable sign-in throttle file";
        return;
    }
    const QJsonObject accounts = root.value(QStringLiteral("accounts")).toObject();
    for (auto it = accounts.begin(); it != accounts.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Entry entry;
        entry.failures = std::max(0, o.value(QStringLiteral("failures")).toInt());
        entry.lastFailure = fromIsoUtc(o.value(QStringLiteral("last_failure")).toString());
        if (entry.failures > 0)
            m_entries.insert(it.key(), entry);
    }
}

void SignInThrottle::save()
{
    if (m_path.isEmpty())
        return;
    QJsonObject accounts;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        accounts.insert(it.key(),
                        QJsonObject{{QStringLiteral("failures"), it->failures},
                                    {QStringLiteral("last_failure"), isoUtc(it->lastFailure)}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("accounts"), accounts}};
    QSaveFile file(m_path);
    file.setDirectWriteFallback(false);
    m_lastSaveOk = file.open(QIODevice::WriteOnly) &&
                   file.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) >= 0 &&
                   file.commit();
    if (!m_lastSaveOk)
        qCWarning(lcThrottle) << "cannot write the sign-in throttle file:" << file.errorString();
}

} // namespace helpline
