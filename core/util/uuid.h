#pragma once

#include <QDateTime>
#include <QString>

namespace helpline {

// RFC 9562 UUID version 7: 48-bit Unix milliseconds, then random bits. Ids made on a desk sort by
// creation time and never collide across desks, so a retried sync push is applied once.
QString newUuidV7(const QDateTime &now = QDateTime::currentDateTimeUtc());
bool isUuid(const QString &text);

} // namespace helpline
