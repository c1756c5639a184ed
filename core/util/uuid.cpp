#include "core/util/uuid.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QUuid>

#include "core/security/securebytes.h"

#include <sodium.h>

#include <mutex>

namespace helpline {

QString newUuidV7(const QDateTime &now)
{
    // Monotonic within a process: when two ids fall in the same millisecond the clock part moves
    // forward by one, so ids made in order also sort in order.
    ensureSodium();
    static std::mutex mutex;
    static quint64 lastMs = 0;
    quint64 ms = quint64(now.toMSecsSinceEpoch());
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs)
            ms = lastMs + 1;
        lastMs = ms;
    }
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(ms >> (8 * (5 - i)));
    bytes[6] = static_cast<unsigned char>(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = static_cast<unsigned char>(0x80 | (bytes[8] & 0x3F)); // RFC variant
    const QByteArray raw(reinterpret_cast<const char *>(bytes), 16);
    return QUuid::fromRfc4122(raw).toString(QUuid::WithoutBraces);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace helpline
