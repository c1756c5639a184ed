#include <catch2/catch.hpp>

#include "server/auth/tokens.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

using namespace helpline;

TEST_CASE("tokens are the prefix and 32 random bytes in base64url", "[server][auth]")
{
    const QRegularExpression form(QStringLiteral("^hla_[A-Za-z0-9_-]{43}$"));
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const QString token = newToken(kAccessTokenPrefix);
        INFO(token.toStdString());
        REQUIRE(form.match(token).hasMatch());
        REQUIRE(token.size() == kAccessTokenPrefix.size() + kTokenTextLength);
        const auto decoded = QByteArray::fromBase64Encoding(
            token.mid(4).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        REQUIRE(decoded);
        REQUIRE(decoded.decoded.size() == kTokenRandomBytes);
        seen.insert(token);
    }
    CHECK(seen.size() == 2000);
    CHECK(newToken(kRefreshTokenPrefix).startsWith(QStringLiteral("hlr_")));
    CHECK(newToken(u"").size() == kTokenTextLength);
}

TEST_CASE("device secrets and escrow keys are fresh random values", "[server][auth]")
{
    const QString secret = newDeviceSecret();
    CHECK(QRegularExpression(QStringLiteral("^hld_[A-Za-z0-9_-]{43}$")).match(secret).hasMatch());
    CHECK(secret != newDeviceSecret());
    const QByteArray key = newEscrowKey();
    CHECK(key.size() == 32);
    CHECK(key != newEscrowKey());
    CHECK(key != QByteArray(32, '\0'));
}

TEST_CASE("a token hash is the lowercase hex SHA-256 of its UTF-8", "[server][auth]")
{
    CHECK(tokenHash(QStringLiteral("abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(tokenHash(QString()) ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    const QString nonAscii = QStringLiteral("Şəki ё 😀");
    CHECK(tokenHash(nonAscii) ==
          QString::fromLatin1(
              QCryptographicHash::hash(nonAscii.toUtf8(), QCryptographicHash::Sha256).toHex()));
    const QString token = newToken(kAccessTokenPrefix);
    const QString hash = tokenHash(token);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(hash).hasMatch());
    CHECK(hash == tokenHash(token));
    CHECK(hash != tokenHash(newToken(kAccessTokenPrefix)));
}

TEST_CASE("enrolment codes use only the unambiguous alphabet", "[server][auth]")
{
    const QString alphabet = QString::fromLatin1(kEnrolmentCodeAlphabet);
    CHECK(alphabet == QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ"));
    for (const QChar ambiguous : QStringLiteral("0O1IL")) {
        CHECK_FALSE(alphabet.contains(ambiguous));
        CHECK_FALSE(alphabet.contains(ambiguous.toLower()));
    }

    const QRegularExpression form(QStringLiteral("^([%1]{4})-([%1]{4})-([%1]{4})$").arg(alphabet));
    QSet<QString> codes;
    QSet<QChar> used;
    for (int i = 0; i < 2000; ++i) {
        const QString code = newEnrolmentCode();
        INFO(code.toStdString());
        REQUIRE(form.match(code).hasMatch());
        codes.insert(code);
        for (const QChar c : code)
            used.insert(c);
    }
    CHECK(codes.size() == 2000);
    // 24000 symbols drawn: every one of the 31 turns up (or the draw is badly skewed).
    CHECK(used.size() == 31 + 1); // and the dash
}

TEST_CASE("typed enrolment codes are normalised", "[server][auth]")
{
    const QString canonical = QStringLiteral("ABCD-EFGH-2345");
    const QStringList equivalent = {
        QStringLiteral("ABCD-EFGH-2345"),
        QStringLiteral("abcd-efgh-2345"),
        QStringLiteral("AbCdEfGh2345"),
        QStringLiteral("  abcd efgh 2345 \n"),
        QStringLiteral("ab-cd--ef gh-23\t45"),
        QStringLiteral("ABCD\u2013EFGH\u20142345"), // en and em dash, as word processors write
        QStringLiteral("ABCD\u00a0EFGH\u20112345"), // no-break space, non-breaking hyphen
    };
    for (const QString &typed : equivalent) {
        INFO(typed.toStdString());
        const auto normalised = normaliseEnrolmentCode(typed);
        REQUIRE(normalised);
        CHECK(*normalised == canonical);
    }
    for (int i = 0; i < 100; ++i) {
        const QString code = newEnrolmentCode();
        CHECK(normaliseEnrolmentCode(code) == code);
        CHECK(normaliseEnrolmentCode(code.toLower()) == code);
    }

    const QStringList invalid = {
        QString(),
        QStringLiteral("----"),
        QStringLiteral("ABCD-EFGH-234"),       // too short
        QStringLiteral("ABCD-EFGH-23456"),     // too long
        QStringLiteral("ABCD-EFGH-2345-A"),    // too long
        QStringLiteral("ABCD-EFGH-2340"),      // 0
        QStringLiteral("ABCD-EFGH-234O"),      // O
        QStringLiteral("ABCD-EFGH-2341"),      // 1
        QStringLiteral("ABCD-EFGH-234I"),      // I
        QStringLiteral("ABCD-EFGH-234l"),      // l
        QStringLiteral("ABCD-EFGH-234\u0131"), // dotless i (Azerbaijani keyboard)
        QStringLiteral("ABCD-EFGH-234\u0410"), // Cyrillic A
        QStringLiteral("ABCD-EFGH-234\uff21"), // full-width A
        QStringLiteral("ABCD_EFGH_2345"),
        QStringLiteral("ABCD.EFGH.2345"),
    };
    for (const QString &typed : invalid) {
        INFO(typed.toStdString());
        CHECK_FALSE(normaliseEnrolmentCode(typed));
    }
}

TEST_CASE("secrets are compared in constant time, lengths first", "[server][auth]")
{
    const QByteArray a = QByteArrayLiteral("0123456789abcdef");
    CHECK(constantTimeEquals(a, QByteArrayLiteral("0123456789abcdef")));
    CHECK_FALSE(constantTimeEquals(a, QByteArrayLiteral("0123456789abcdeF")));
    CHECK_FALSE(constantTimeEquals(a, QByteArrayLiteral("x123456789abcdef")));
    CHECK_FALSE(constantTimeEquals(a, a.left(15)));
    CHECK_FALSE(constantTimeEquals(a, a + 'x'));
    CHECK_FALSE(constantTimeEquals(a, QByteArray()));
    CHECK(constantTimeEquals(QByteArray(), QByteArray()));
    CHECK(constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0b", 3)));
    CHECK_FALSE(constantTimeEquals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));

    const QString token = newToken(kAccessTokenPrefix);
    CHECK(constantTimeEquals(token, QString(token)));
    CHECK(constantTimeEquals(tokenHash(token), tokenHash(token)));
    CHECK_FALSE(constantTimeEquals(token, newToken(kAccessTokenPrefix)));
    CHECK_FALSE(constantTimeEquals(token, token.left(token.size() - 1)));
    CHECK_FALSE(constantTimeEquals(QStringLiteral("Şə"), QStringLiteral("Şe")));
    CHECK(constantTimeEquals(QString(), QString()));
}
