#include "core/domain/auditentry.h"

#include "core/security/securebytes.h"

#include <QByteArray>

#include <sodium.h>

namespace helpline::auditchain {

namespace {

void addField(crypto_generichash_state &state, const QByteArray &bytes)
{
    // Length-prefixed, so that no two different entries serialise to the same bytes.
    const quint64 length = quint64(bytes.size());
    unsigned char prefix[8];
    for (int i = 0; i < 8; ++i)
        prefix[i] = static_cast<unsigned char>(length >> (8 * i));
    crypto_generichash_update(&state, prefix, sizeof prefix);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()),
                              static_cast<unsigned long long>(bytes.size()));
}

} // namespace

QString genesisHash()
{
    return QString(64, u'0');
}

QString computeHash(const AuditEntry &e)
{
    ensureSodium();
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 32);
    addField(state, QByteArrayLiteral("helpline-audit-v1"));
    addField(state, e.prevHash.toUtf8());
    addField(state, QByteArray::number(e.seq));
    for (const QString *field : {&e.id, &e.at, &e.accountId, &e.deviceId, &e.action, &e.recordType,
                                 &e.recordId, &e.detail})
        addField(state, field->toUtf8());
    unsigned char hash[32];
    crypto_generichash_final(&state, hash, sizeof hash);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), 32).toHex());
}

bool isHash(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace helpline::auditchain
