#include "server/auth/passwordhasher.h"

#include "core/security/securebytes.h"

#include <sodium.h>

#include <array>
#include <optional>

namespace helpline {

namespace {

constexpr char kPrefix[] = "$argon2id$v=19$m=";
// Verification refuses stored strings whose parameters would cost more than this: such a string
// never came from hashPassword() and could only tie up the server (memory in KiB, passes).
constexpr quint64 kMaxMemoryKiB = crypto_pwhash_MEMLIMIT_SENSITIVE / 1024; // 1 GiB
constexpr quint64 kMaxPasses = 16;
constexpr int kSaltBytes = crypto_pwhash_SALTBYTES; // 16
constexpr int kHashBytes = 32;                      // libsodium's crypto_pwhash_str output

struct Limits {
    unsigned long long ops;
    size_t mem;
};

Limits limitsFor(HashStrength strength)
{
    switch (strength) {
    case HashStrength::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case HashStrength::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case HashStrength::Test:
        break;
    }
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

// Reads a decimal number without sign or leading zeros; advances `pos`.
std::optional<quint64> readNumber(QByteArrayView text, qsizetype &pos)
{
    const qsizetype start = pos;
    quint64 value = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        if (pos - start >= 10)
            return std::nullopt;
        value = value * 10 + quint64(text[pos] - '0');
        ++pos;
    }
    if (pos == start || (text[start] == '0' && pos - start > 1))
        return std::nullopt;
    return value;
}

bool expect(QByteArrayView text, qsizetype &pos, QByteArrayView literal)
{
    if (!text.sliced(pos).startsWith(literal))
        return false;
    pos += literal.size();
    return true;
}

// Base64 without padding of exactly `bytes` bytes; advances `pos`.
bool readBase64(QByteArrayView text, qsizetype &pos, int bytes)
{
    const qsizetype length = (bytes * 4 + 2) / 3;
    if (text.size() - pos < length)
        return false;
    for (qsizetype i = 0; i < length; ++i)
        if (!isBase64Char(text[pos + i]))
            return false;
    pos += length;
    return true;
}

// Exactly the shape libsodium writes: $argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<hash>, with
// costs no higher than the limits above. Checked before libsodium sees the string.
bool isWellFormed(QByteArrayView hash)
{
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    qsizetype pos = 0;
    if (!expect(hash, pos, kPrefix))
        return false;
    const auto memory = readNumber(hash, pos);
    if (!memory || *memory < crypto_pwhash_MEMLIMIT_MIN / 1024 || *memory > kMaxMemoryKiB)
        return false;
    if (!expect(hash, pos, ",t="))
        return false;
    const auto passes = readNumber(hash, pos);
    if (!passes || *passes < crypto_pwhash_OPSLIMIT_MIN || *passes > kMaxPasses)
        return false;
    return expect(hash, pos, ",p=1$") && readBase64(hash, pos, kSaltBytes) &&
           expect(hash, pos, "$") && readBase64(hash, pos, kHashBytes) && pos == hash.size();
}

// libsodium declares its password arguments non-null, even for an empty password.
const char *bytesOf(QByteArrayView bytes)
{
    return bytes.data() ? bytes.data() : "";
}

// libsodium reads the hash as a C string: copy it into a zero-filled buffer of the full size.
std::array<char, crypto_pwhash_STRBYTES> terminated(QByteArrayView hash)
{
    std::array<char, crypto_pwhash_STRBYTES> buffer{};
    std::copy(hash.begin(), hash.end(), buffer.begin());
    return buffer;
}

QByteArray makeDummyHash(HashStrength strength)
{
    ensureSodium();
    const Limits limits = limitsFor(strength);
    unsigned char salt[kSaltBytes];
    unsigned char digest[kHashBytes];
    randombytes_buf(salt, sizeof salt);
    randombytes_buf(digest, sizeof digest);
    const auto base64 = [](const unsigned char *bytes, size_t size) {
        QByteArray out(
            qsizetype(sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)),
            '\0');
        sodium_bin2base64(out.data(), size_t(out.size()), bytes, size,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
        out.truncate(out.indexOf('\0'));
        return out;
    };
    return QByteArray(kPrefix) + QByteArray::number(quint64(limits.mem / 1024)) +
           ",t=" + QByteArray::number(quint64(limits.ops)) + ",p=1$" + base64(salt, sizeof salt) +
           '$' + base64(digest, sizeof digest);
}

} // namespace

QByteArray hashPassword(QByteArrayView password, HashStrength strength)
{
    if (!ensureSodium())
        return {};
    const Limits limits = limitsFor(strength);
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), bytesOf(password),
                              static_cast<unsigned long long>(password.size()), limits.ops,
                              limits.mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QByteArray(out.data());
}

bool verifyPassword(QByteArrayView hash, QByteArrayView password)
{
    if (!ensureSodium() || !isWellFormed(hash))
        return false;
    const auto buffer = terminated(hash);
    return crypto_pwhash_str_verify(buffer.data(), bytesOf(password),
                                    static_cast<unsigned long long>(password.size())) == 0;
}

bool needsRehash(QByteArrayView hash, HashStrength strength)
{
    if (!ensureSodium() || !isWellFormed(hash))
        return true;
    const Limits limits = limitsFor(strength);
    const auto buffer = terminated(hash);
    return crypto_pwhash_str_needs_rehash(buffer.data(), limits.ops, limits.mem) != 0;
}

QByteArray dummyPasswordHash(HashStrength strength)
{
    // Thread-safe one-time initialisation (function-local statics).
    static const QByteArray interactive = makeDummyHash(HashStrength::Interactive);
    static const QByteArray moderate = makeDummyHash(HashStrength::Moderate);
    static const QByteArray test = makeDummyHash(HashStrength::Test);
    switch (strength) {
    case HashStrength::Interactive:
        return interactive;
    case HashStrength::Moderate:
        return moderate;
    case HashStrength::Test:
        break;
    }
    return test;
}

void dummyVerify(QByteArrayView password, HashStrength strength)
{
    // The same path as a real verification, down to the parsing of the stored string.
    (void)verifyPassword(dummyPasswordHash(strength), password);
}

} // namespace helpline
