#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/contactrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <unistd.h>

using namespace helpline;
using helpline::test::password;
using helpline::test::StoreFixture;

namespace {

QString createStore(const QString &dir, int contacts = 0)
{
    StoreFixture f;
    // Re-create inside the requested folder (the fixture's own folder is discarded).
    CaseStore::CreateOptions options;
    options.directory = dir;
    options.adminUsername = QStringLiteral("admin");
    options.kdf = test::fastKdf();
    auto store = CaseStore::create(options, password("admin password"));
    REQUIRE(store.ok());
    ContactRepository repo(*store.value());
    for (int i = 0; i < contacts; ++i)
        REQUIRE(repo.save(f.counsellingContact(QStringLiteral("Qeyd nömrə %1 ").arg(i).repeated(20),
                                               QStringLiteral("Uşaq %1").arg(i)))
                    .ok());
    return store.value()->session().accountId;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

StoreError unlockError(const QString &dir, const QString &account)
{
    auto store = CaseStore::unlock(dir, account, password("admin password"));
    REQUIRE_FALSE(store.ok());
    return store.error();
}

} // namespace

TEST_CASE("no plaintext of a record reaches any file in the store folder", "[store][security]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    ContactSave save =
        f.counsellingContact(QStringLiteral("Zebraqayıq tərəvəzbazarı xylophonequartz"),
                             QStringLiteral("Qızılgülbəniz"));
    save.child->phone = QStringLiteral("+994 55 987 65 43");
    auto saved = contacts.save(save);
    REQUIRE(saved.ok());
    NoteRepository notes(*f.store);
    Note note;
    note.caseId = saved->caseId;
    note.body = QStringLiteral("Сверхсекретноеслово ve zümrüdqanad");
    REQUIRE(notes.add(note).ok());
    const QList<QByteArray> words{QByteArrayLiteral("xylophonequartz"),
                                  QStringLiteral("Zebraqayıq").toUtf8(),
                                  QByteArrayLiteral("zebraqayiq"), // the folded index form
                                  QStringLiteral("Qızılgülbəniz").toUtf8(),
                                  QByteArrayLiteral("987 65 43"),
                                  QStringLiteral("Сверхсекретноеслово").toUtf8(),
                                  QByteArrayLiteral("zumrudqanad")};
    // While open (WAL and shared memory files exist) and after sign-out.
    for (int phase = 0; phase < 2; ++phase) {
        for (const QByteArray &word : words) {
            INFO("phase " << phase << " word " << word.toStdString());
            CHECK(test::filesContaining(f.dir.path(), word).isEmpty());
        }
        f.store->close();
    }
    CHECK(QDir(f.dir.path()).entryList(QDir::Files).contains(QStringLiteral("cases.db")));
}

TEST_CASE("a truncated database is named as such and left alone", "[store][badinput]")
{
    QTemporaryDir dir;
    const QString account = createStore(dir.path(), 30);
    const QString db = StorePaths(dir.path()).database;
    const QByteArray full = readAll(db);
    REQUIRE(full.size() > 8 * 4096);
    // Cut in the middle of a page: named as truncated.
    const qsizetype cut = full.size() / 2 + 1000;
    writeAll(db, full.left(cut));
    const StoreError error = unlockError(dir.path(), account);
    INFO(error.message.toStdString() << " / " << error.detail.toStdString());
    CHECK(error.code == StoreError::Code::DatabaseCorrupt);
    CHECK(error.message.contains(QStringLiteral("truncated")));
    CHECK(QFileInfo(db).size() == cut); // not replaced, not "repaired"

    // Cut at a page boundary: the file is damaged (the pages it lost are not known).
    writeAll(db, full.left(4096 * 3));
    const StoreError aligned = unlockError(dir.path(), account);
    CHECK(aligned.code == StoreError::Code::DatabaseCorrupt);
    CHECK(aligned.message.contains(QStringLiteral("cannot be read")));

    writeAll(db, full.left(100));
    CHECK(unlockError(dir.path(), account).code == StoreError::Code::DatabaseCorrupt);
}

TEST_CASE("a corrupted database gives a clear error and no crash", "[store][badinput]")
{
    QTemporaryDir dir;
    const QString account = createStore(dir.path(), 30);
    const QString db = StorePaths(dir.path()).database;
    QByteArray bytes = readAll(db);
    SECTION("the first page")
    {
        for (int i = 100; i < 200; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        writeAll(db, bytes);
        const StoreError error = unlockError(dir.path(), account);
        CHECK(error.code == StoreError::Code::DatabaseCorrupt);
        CHECK(error.message.contains(QStringLiteral("damaged")));
    }
    SECTION("a page in the middle is found by the integrity check or on reading it")
    {
        const qsizetype page = (bytes.size() / 4096 / 2) * 4096;
        for (qsizetype i = page + 200; i < page + 300; ++i)
            bytes[i] = char(bytes[i] ^ 0x5a);
        writeAll(db, bytes);
        auto store = CaseStore::unlock(dir.path(), account, password("admin password"));
        if (store.ok()) {
            auto problems = store.value()->integrityProblems();
            const bool reported = !problems.ok() || !problems->isEmpty();
            CHECK(reported);
            if (!problems.ok())
                CHECK(problems.error().code == StoreError::Code::DatabaseCorrupt);
        } else {
            CHECK(store.error().code == StoreError::Code::DatabaseCorrupt);
        }
    }
}

TEST_CASE("a keyring edited by hand is detected", "[store][badinput]")
{
    QTemporaryDir dir;
    const QString account = createStore(dir.path());
    const QString keyring = StorePaths(dir.path()).keyring;
    const QByteArray original = readAll(keyring);

    SECTION("a changed field")
    {
        QByteArray edited = original;
        edited.replace("\"admin\"", "\"admln\"");
        REQUIRE(edited != original);
        writeAll(keyring, edited);
        CHECK(unlockError(dir.path(), account).code == StoreError::Code::KeyringAltered);
    }
    SECTION("not JSON any more")
    {
        writeAll(keyring, original.left(original.size() / 2));
        const StoreError error = unlockError(dir.path(), account);
        CHECK(error.code == StoreError::Code::KeyringDamaged);
        CHECK(error.message.contains(keyring));
    }
    SECTION("missing")
    {
        QFile::remove(keyring);
        CHECK(unlockError(dir.path(), account).code == StoreError::Code::KeyringMissing);
        CHECK(QFile::exists(StorePaths(dir.path()).database));
    }
}

TEST_CASE("a database from another keyring is named as foreign", "[store][badinput]")
{
    QTemporaryDir a;
    QTemporaryDir b;
    const QString accountA = createStore(a.path(), 2);
    createStore(b.path(), 2);
    const QString dbA = StorePaths(a.path()).database;
    const QByteArray before = readAll(StorePaths(b.path()).database);
    QFile::remove(dbA);
    REQUIRE(QFile::copy(StorePaths(b.path()).database, dbA));
    const StoreError error = unlockError(a.path(), accountA);
    CHECK(error.code == StoreError::Code::DatabaseForeign);
    CHECK(error.message.contains(QStringLiteral("another desk")));
    CHECK(readAll(dbA) == before);
}

TEST_CASE("a missing database is never replaced by an empty one", "[store][badinput]")
{
    QTemporaryDir dir;
    const QString account = createStore(dir.path());
    const QString db = StorePaths(dir.path()).database;
    QFile::remove(db);
    CHECK(unlockError(dir.path(), account).code == StoreError::Code::DatabaseMissing);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("a full disk fails the save cleanly and loses nothing saved before", "[store][badinput]")
{
    QTemporaryDir dir;
    QProcess create;
    create.start(QStringLiteral(HELPLINE_STORE_PROBE), {QStringLiteral("create"), dir.path()});
    REQUIRE(create.waitForFinished(30000));
    const QString account = QString::fromUtf8(create.readAllStandardOutput()).trimmed();
    const qint64 dbSize = QFileInfo(StorePaths(dir.path()).database).size();

    // The writer may not grow any file past 2 MiB more than the database has now.
    QProcess writer;
    writer.start(QStringLiteral(HELPLINE_STORE_PROBE),
                 {QStringLiteral("write"), dir.path(), account, QStringLiteral("100000"),
                  QStringLiteral("--max-file-size"), QString::number(dbSize + 2 * 1024 * 1024)});
    REQUIRE(writer.waitForFinished(120000));
    const QByteArray output = writer.readAllStandardOutput();
    CHECK(writer.exitCode() == 2);
    const qsizetype saves = output.count("saved ");
    CHECK(saves > 5);
    const QList<QByteArray> lines = output.trimmed().split('\n');
    const QByteArray last = lines.last();
    INFO(last.toStdString());
    REQUIRE(last.startsWith("error "));
    const int code = last.split(' ').value(1).toInt();
    CHECK((code == int(StoreError::Code::DiskFull) || code == int(StoreError::Code::Io)));
    CHECK((last.contains("disk is full") || last.contains("could not be written")));

    auto store = CaseStore::unlock(dir.path(), account, password("probe password"));
    REQUIRE(store.ok());
    auto problems = store.value()->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    QSqlQuery q(store.value()->database());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM contacts")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == saves);
}

TEST_CASE("a read-only store folder gives a clear error", "[store][badinput]")
{
    QTemporaryDir dir;
    const QString account = createStore(dir.path(), 1);
    const QString mountPoint = dir.filePath(QStringLiteral("readonly"));
    QString storeDir = dir.path();
    bool mounted = false;
    if (::geteuid() == 0) {
        // root ignores file permissions: make the folder read-only with a read-only bind mount.
        QDir().mkpath(mountPoint);
        mounted = QProcess::execute(QStringLiteral("mount"),
                                    {QStringLiteral("--bind"), dir.path(), mountPoint}) == 0 &&
                  QProcess::execute(
                      QStringLiteral("mount"),
                      {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), mountPoint}) == 0;
        REQUIRE(mounted);
        storeDir = mountPoint;
    } else {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    }
    auto store = CaseStore::unlock(storeDir, account, password("admin password"));
    if (mounted)
        QProcess::execute(QStringLiteral("umount"), {mountPoint});
    else
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    REQUIRE_FALSE(store.ok());
    INFO(store.error().message.toStdString() << " / " << store.error().detail.toStdString());
    CHECK((store.error().code == StoreError::Code::ReadOnly ||
           store.error().code == StoreError::Code::Io));
    CHECK(store.error().message.contains(QStringLiteral("read-only")));
}
