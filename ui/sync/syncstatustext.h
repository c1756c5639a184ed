#pragma once

#include "core/sync/syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace helpline {

// The sync status in plain words, for the status bar and the sync log: one short line
// ("Offline · 12 records waiting · last synced 14:02") and the longer explanation of its
// tooltip (the whole error, when the next try is, what an admin's session does not send).
class SyncStatusText {
    Q_DECLARE_TR_FUNCTIONS(helpline::SyncStatusText)
public:
    // `nowUtc` decides whether "last synced" needs the date.
    static QString summary(const SyncStatus &status, const QDateTime &nowUtc);
    static QString details(const SyncStatus &status, const QDateTime &nowUtc, bool sendsRecords);
    // "14:02" today, else the date and the time.
    static QString when(const QDateTime &utc, const QDateTime &nowUtc);
    // The first sentence of an error, at most `maxChars` long.
    static QString brief(const QString &message, int maxChars = 70);
};

} // namespace helpline
