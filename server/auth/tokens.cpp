#include "server/auth/tokens.h"

#include "core/security/securebytes.h"

#include <sodium.h>

namespace helpline {

namespace {

constexpr int kAlphabetSize = int(sizeof kEnrolmentCodeAlphabet) - 1;
constexpr int kGroupSize = 4;
static_assert(kAlphabetSize == 31);
static_assert(kEnrolmentCodeSymbols % kGroupSize == 0);

QByteArray randomBytes(int count)
{
    ensureSodium();
    QByteArray bytes(count, '\0');
    randombytes_buf(bytes.data(), size_t(count));
    return bytes;
}

bool inAlphabet(char16_t c)
{
    for (int i = 0; i < kAlphabetSize; ++i)
        if (c == char16_t(kEnrolmentCodeAlphabet[i]))
            return true;
    return false;
}

QString grouped(const QString &symbols)
{
    QString out;
    out.reserve(symbols.size() + symbols.size() / kGroupSize);
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        if (i > 0 && i % kGroupSize == 0)
            out += u'-';
        out += symbols[i];
    }
    return out;
}

} // namespace

QString newToken(QStringView prefix)
{
    QByteArray bytes = randomBytes(kTokenRandomBytes);
    const QByteArray text =
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    sodium_memzero(bytes.data(), size_t(bytes.size()));
    return prefix.toString() + QString::fromLatin1(text);
}

QString tokenHash(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       static_cast<unsigned long long>(utf8.size()));
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

QString newDeviceSecret()
{
    return newToken(kDeviceSecretPrefix);
}

QByteArray newEscrowKey()
{
    return randomBytes(32);
}

QString newEnrolmentCode()
{
    ensureSodium();
    QString symbols;
    symbols.reserve(kEnrolmentCodeSymbols);
    for (int i = 0; i < kEnrolmentCodeSymbols; ++i)
        symbols += QLatin1Char(kEnrolmentCodeAlphabet[randombytes_uniform(kAlphabetSize)]);
    return grouped(symbols);
}

std::optional<QString> normaliseEnrolmentCode(QStringView input)
{
    QString symbols;
    for (const QChar c : input) {
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash)
            continue;
        const char16_t upper = c.toUpper().unicode();
        if (!inAlphabet(upper) || symbols.size() >= kEnrolmentCodeSymbols)
            return std::nullopt;
        symbols += QChar(upper);
    }
    if (symbols.size() != kEnrolmentCodeSymbols)
        return std::nullopt;
    return grouped(symbols);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || sodium_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool constantTimeEquals(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || sodium_memcmp(a.data(), b.data(), size_t(a.size()) * sizeof(QChar)) == 0;
}

} // namespace helpline
