#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace helpline {

// Secrets the server hands out: bearer tokens, device secrets, enrolment codes, escrow keys.
// All randomness comes from libsodium's randombytes (the operating system's CSPRNG).
//
// The server stores only tokenHash() of a token, secret or code, never the value itself: a copy of
// the database then lets nobody sign in. Plain SHA-256 is enough because every value has at
// least 59 bits of randomness (tokens 256 bits), so no password-style slow hash is needed.

// Prefixes that say what a token is when one turns up in a log or a bug report.
inline constexpr QStringView kAccessTokenPrefix = u"hla_";
inline constexpr QStringView kRefreshTokenPrefix = u"hlr_";
inline constexpr QStringView kDeviceSecretPrefix = u"hld_";

// Random bytes in a token or device secret, and the length of their base64url text.
inline constexpr int kTokenRandomBytes = 32;
inline constexpr int kTokenTextLength = 43;

// `prefix` followed by 32 random bytes in base64url without padding (43 characters of
// A-Z a-z 0-9 - _), e.g. "hla_Jx3...". Safe in URLs, headers and JSON without escaping.
QString newToken(QStringView prefix);

// Lowercase hex SHA-256 of the token's UTF-8 bytes (64 characters): what the database stores and
// looks tokens up by.
QString tokenHash(const QString &token);

// The secret a device proves itself with at every sign-in: newToken(kDeviceSecretPrefix).
QString newDeviceSecret();

// A fresh 32-byte key (raw bytes) that the server keeps in escrow for a device.
QByteArray newEscrowKey();

// Enrolment codes are read aloud or typed from paper by an administrator, so their alphabet leaves
// out the look-alikes 0/O, 1/I/L: digits 2-9 and the letters A-Z without I, L, O (31 symbols;
// 12 symbols carry 59 bits). Valid for a limited time and usable once.
inline constexpr char kEnrolmentCodeAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr int kEnrolmentCodeSymbols = 12;

// A new code shown as XXXX-XXXX-XXXX (upper case).
QString newEnrolmentCode();

// The canonical XXXX-XXXX-XXXX form of a code as typed: case does not matter, spaces (any
// whitespace) and dashes (any Unicode dash) are ignored wherever they are. nullopt when what
// remains is not exactly 12 symbols of the alphabet. Hash the canonical form with tokenHash().
std::optional<QString> normaliseEnrolmentCode(QStringView input);

// Compares secrets in time independent of where they differ (libsodium's sodium_memcmp). Values of
// different lengths are unequal at once: lengths of our secrets are public.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
bool constantTimeEquals(QStringView a, QStringView b);

} // namespace helpline
