#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace helpline {

// Dates are stored in UTC and shown in local time, in the format of the interface language
// (the shell sets QLocale::setDefault when the language changes). Empty for an invalid value.
QString formatDateTime(const QDateTime &utc);
QString formatDate(const QDate &date);
// The time alone when `utc` falls on the local day of `nowUtc` ("14:02"), else the date and time.
QString formatRecentDateTime(const QDateTime &utc, const QDateTime &nowUtc);
// "4:07" or "1:02:09": the contact timer and durations.
QString formatDuration(qint64 seconds);

} // namespace helpline
