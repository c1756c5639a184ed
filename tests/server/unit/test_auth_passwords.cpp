#include <catch2/catch.hpp>

#include "server/auth/passwordhasher.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <sodium.h>

#include <algorithm>
#include <functional>
#include <limits>
#include <thread>
#include <vector>

using namespace helpline;

namespace {

const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

// The fastest of a few runs: robust against a busy machine slowing one of them down.
qint64 fastestNs(int runs, const std::function<void()> &work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.nsecsElapsed());
    }
    return best;
}

} // namespace

TEST_CASE("a password hash is Argon2id and verifies only its own password", "[server][auth]")
{
    const QByteArray hash = hashPassword(kPassword, HashStrength::Test);
    REQUIRE(!hash.isEmpty());
    CHECK(hash.startsWith("$argon2id$v=19$m=8,t=1,p=1$"));
    CHECK(hash.size() < crypto_pwhash_STRBYTES);
    CHECK(verifyPassword(hash, kPassword));
    CHECK_FALSE(verifyPassword(hash, QByteArrayLiteral("correct horse battery stapl")));
    CHECK_FALSE(verifyPassword(hash, QByteArrayLiteral("Correct horse battery staple")));
    CHECK_FALSE(verifyPassword(hash, kPassword + ' '));
    CHECK_FALSE(verifyPassword(hash, QByteArray()));
}

TEST_CASE("each hash has its own salt", "[server][auth]")
{
    const QByteArray a = hashPassword(kPassword, HashStrength::Test);
    const QByteArray b = hashPassword(kPassword, HashStrength::Test);
    CHECK(a != b);
    CHECK(verifyPassword(a, kPassword));
    CHECK(verifyPassword(b, kPassword));
}

TEST_CASE("passwords are compared as raw bytes, whatever they hold", "[server][auth]")
{
    const QByteArray empty;
    const QByteArray utf8 = QStringLiteral("Şəki-2026 parol ё").toUtf8();
    const QByteArray withNul("abc\0def", 7);
    for (const QByteArray &password : {empty, utf8, withNul, QByteArray(5000, 'x')}) {
        const QByteArray hash = hashPassword(password, HashStrength::Test);
        REQUIRE(!hash.isEmpty());
        CHECK(verifyPassword(hash, password));
    }
    // Bytes after an embedded NUL count.
    CHECK_FALSE(verifyPassword(hashPassword(withNul, HashStrength::Test), QByteArray("abc")));
    CHECK_FALSE(
        verifyPassword(hashPassword(withNul, HashStrength::Test), QByteArray("abc\0deg", 7)));
}

TEST_CASE("malformed or foreign hashes never verify", "[server][auth]")
{
    const QByteArray good = hashPassword(kPassword, HashStrength::Test);
    REQUIRE(verifyPassword(good, kPassword));
    const qsizetype saltAt = good.lastIndexOf('$', good.lastIndexOf('$') - 1) + 1;

    QByteArray flipped = good;
    flipped[flipped.size() - 2] = flipped[flipped.size() - 2] == 'A' ? 'B' : 'A';
    QByteArray otherSalt = good;
    otherSalt[saltAt] = otherSalt[saltAt] == 'A' ? 'B' : 'A';
    QByteArray otherCost = good;
    otherCost.replace("t=1,", "t=2,");

    // The same password under Argon2i: a valid libsodium string, but not ours.
    char argon2i[crypto_pwhash_STRBYTES] = {};
    REQUIRE(crypto_pwhash_str_alg(argon2i, kPassword.constData(), kPassword.size(), 3,
                                  crypto_pwhash_MEMLIMIT_MIN, crypto_pwhash_ALG_ARGON2I13) == 0);
    REQUIRE(crypto_pwhash_str_verify(argon2i, kPassword.constData(), kPassword.size()) == 0);

    const QByteArray tail = good.mid(good.indexOf(",p=1$"));
    const QList<QByteArray> malformed = {
        QByteArray(),
        QByteArrayLiteral("x"),
        QByteArrayLiteral("$argon2id$"),
        kPassword,
        good.left(good.size() - 1),
        good.left(good.size() / 2),
        good + 'A',
        good + '\n',
        good + '\0',
        QByteArray(" ") + good,
        good.toUpper(),
        QByteArray(argon2i),
        QByteArrayLiteral("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"),
        // Costs no hash of ours has: refused before any work is done.
        QByteArrayLiteral("$argon2id$v=19$m=4294967295,t=1") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=2097152,t=1") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=8,t=4294967295") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=8,t=17") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=8,t=0") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=4,t=1") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=99999999999999999999,t=1") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=08,t=1") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=-8,t=1") + tail,
        QByteArrayLiteral("$argon2id$v=19$m=8,t=1,p=2") + tail.mid(4),
        QByteArrayLiteral("$argon2id$v=16$m=8,t=1") + tail,
        QByteArray(300, 'a'),
        QByteArray("$argon2id$v=19$m=8,t=1,p=1$\xff\xfe", 29),
    };
    for (const QByteArray &hash : malformed) {
        INFO(hash.toHex().toStdString());
        CHECK_FALSE(verifyPassword(hash, kPassword));
        CHECK(needsRehash(hash, HashStrength::Test));
    }
    // Well-formed, but altered: the computation runs and the result differs.
    for (const QByteArray &hash : {flipped, otherSalt, otherCost}) {
        INFO(hash.toStdString());
        CHECK_FALSE(verifyPassword(hash, kPassword));
    }
}

TEST_CASE("needsRehash tells hashes of another strength apart", "[server][auth]")
{
    const QByteArray test = hashPassword(kPassword, HashStrength::Test);
    CHECK_FALSE(needsRehash(test, HashStrength::Test));
    CHECK(needsRehash(test, HashStrength::Interactive));
    CHECK(needsRehash(test, HashStrength::Moderate));
    // The dummy hashes carry exactly the parameters of their strength (no hashing needed here).
    const QByteArray interactive = dummyPasswordHash(HashStrength::Interactive);
    const QByteArray moderate = dummyPasswordHash(HashStrength::Moderate);
    CHECK(interactive.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"));
    CHECK(moderate.startsWith("$argon2id$v=19$m=262144,t=3,p=1$"));
    CHECK_FALSE(needsRehash(interactive, HashStrength::Interactive));
    CHECK(needsRehash(interactive, HashStrength::Moderate));
    CHECK(needsRehash(interactive, HashStrength::Test));
    CHECK_FALSE(needsRehash(moderate, HashStrength::Moderate));
    CHECK(needsRehash(moderate, HashStrength::Interactive));
}

TEST_CASE("the dummy verification checks a well-formed hash that matches nothing", "[server][auth]")
{
    for (const HashStrength strength :
         {HashStrength::Test, HashStrength::Interactive, HashStrength::Moderate}) {
        const QByteArray dummy = dummyPasswordHash(strength);
        CHECK(dummy == dummyPasswordHash(strength)); // one per process
        CHECK(dummy.size() < crypto_pwhash_STRBYTES);
        CHECK_FALSE(needsRehash(dummy, strength));
    }
    const QByteArray dummy = dummyPasswordHash(HashStrength::Test);
    CHECK_FALSE(verifyPassword(dummy, kPassword));
    CHECK_FALSE(verifyPassword(dummy, QByteArray()));
    dummyVerify(kPassword, HashStrength::Test);
    dummyVerify(QByteArray(), HashStrength::Test);
}

TEST_CASE("a dummy verification takes as long as a real one", "[server][auth][slow]")
{
    const QByteArray hash = hashPassword(kPassword, HashStrength::Interactive);
    REQUIRE(hash.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"));
    REQUIRE(verifyPassword(hash, kPassword));
    const QByteArray wrong = QByteArrayLiteral("correct horse battery stapler");
    const qint64 real = fastestNs(2, [&] { CHECK_FALSE(verifyPassword(hash, wrong)); });
    const qint64 dummy = fastestNs(2, [&] { dummyVerify(wrong, HashStrength::Interactive); });
    INFO("real " << real / 1000000 << " ms, dummy " << dummy / 1000000 << " ms");
    // The same Argon2id work either way; loose bounds so a busy machine cannot fail the test.
    CHECK(dummy > real / 3);
    CHECK(dummy < real * 3);
}

TEST_CASE("hashing and verifying work from many threads at once", "[server][auth]")
{
    std::vector<int> ok(8, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([t, &ok] {
            const QByteArray password = kPassword + QByteArray::number(t);
            const QByteArray hash = hashPassword(password, HashStrength::Test);
            ok[size_t(t)] = verifyPassword(hash, password) && !verifyPassword(hash, kPassword) &&
                            !needsRehash(hash, HashStrength::Test);
            dummyVerify(password, HashStrength::Test);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(std::count(ok.begin(), ok.end(), 1) == 8);
}
