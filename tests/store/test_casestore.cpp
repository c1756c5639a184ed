#include <catch2/catch.hpp>

#include "testsupport.h"

#include "core/store/auditlog.h"
#include "core/store/casestore.h"
#include "core/store/migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace helpline;
using helpline::test::fastKdf;
using helpline::test::password;

namespace {

std::unique_ptr<CaseStore> createStore(const QString &dir, const char *pw = "correct horse")
{
    CaseStore::CreateOptions options;
    options.directory = dir;
    options.adminUsername = QStringLiteral("aysel");
    options.adminDisplayName = QStringLiteral("Aysel Məmmədova");
    options.kdf = fastKdf();
    auto created = CaseStore::create(options, password(pw));
    INFO(created.error().message.toStdString());
    REQUIRE(created.ok());
    return std::move(created.value());
}

QString adminId(const QString &dir)
{
    auto keyring = CaseStore::readKeyring(dir);
    REQUIRE(keyring.ok());
    return keyring->accounts().value(0).accountId;
}

} // namespace

TEST_CASE("a new store has a keyring and an admin who can unlock it", "[store]")
{
    QTemporaryDir dir;
    {
        auto store = createStore(dir.path());
        CHECK(store->session().role == Role::Admin);
        CHECK(store->schemaVersion() == Migrations::latestVersion());
        CHECK_FALSE(store->cipherVersion().isEmpty());
        CHECK(store->storeId().size() == 36);
    }
    auto keyring = CaseStore::readKeyring(dir.path());
    REQUIRE(keyring.ok());
    REQUIRE(keyring->accounts().size() == 1);
    CHECK(keyring->accounts().first().displayName == QStringLiteral("Aysel Məmmədova"));

    auto unlocked = CaseStore::unlock(dir.path(), adminId(dir.path()), password("correct horse"));
    REQUIRE(unlocked.ok());
    CHECK(unlocked.value()->session().username == QStringLiteral("aysel"));
    CHECK(unlocked.value()->session().deviceId.size() == 36);
}

TEST_CASE("a wrong password is refused and says so", "[store]")
{
    QTemporaryDir dir;
    createStore(dir.path());
    auto unlocked = CaseStore::unlock(dir.path(), adminId(dir.path()), password("wrong horse"));
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().code == StoreError::Code::WrongPassword);
    CHECK(unlocked.error().message.contains(QStringLiteral("password")));
}

TEST_CASE("create refuses to replace an existing store", "[store]")
{
    QTemporaryDir dir;
    createStore(dir.path());
    const QByteArray before = [&] {
        QFile f(StorePaths(dir.path()).keyring);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    CaseStore::CreateOptions options;
    options.directory = dir.path();
    options.adminUsername = QStringLiteral("other");
    options.kdf = fastKdf();
    auto again = CaseStore::create(options, password("another password"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == StoreError::Code::AlreadyExists);
    QFile f(StorePaths(dir.path()).keyring);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}

TEST_CASE("accounts can be added removed and change their password", "[store]")
{
    QTemporaryDir dir;
    QString counsellorId;
    {
        auto store = createStore(dir.path());
        auto added = store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla Həsənova"),
                                       Role::Counsellor, password("leyla's password"), fastKdf());
        REQUIRE(added.ok());
        counsellorId = added.value();
        auto duplicate = store->addAccount(QStringLiteral("LEYLA"), QString(), Role::Counsellor,
                                           password("whatever123"), fastKdf());
        CHECK(duplicate.error().code == StoreError::Code::AlreadyExists);
        auto tooShort = store->addAccount(QStringLiteral("kamal"), QString(), Role::Counsellor,
                                          password("short"), fastKdf());
        CHECK(tooShort.error().code == StoreError::Code::Validation);
    }
    {
        auto store = CaseStore::unlock(dir.path(), counsellorId, password("leyla's password"));
        REQUIRE(store.ok());
        CHECK(store.value()->session().role == Role::Counsellor);
        // A counsellor cannot manage accounts.
        auto denied = store.value()->addAccount(QStringLiteral("x"), QString(), Role::Admin,
                                                password("12345678"), fastKdf());
        CHECK(denied.error().code == StoreError::Code::PermissionDenied);
        auto wrongOld = store.value()->changePassword(password("not it"),
                                                      password("new password 1"), fastKdf());
        CHECK(wrongOld.error().code == StoreError::Code::WrongPassword);
        REQUIRE(store.value()
                    ->changePassword(password("leyla's password"), password("new password 1"),
                                     fastKdf())
                    .ok());
    }
    CHECK(CaseStore::unlock(dir.path(), counsellorId, password("leyla's password")).error().code ==
          StoreError::Code::WrongPassword);
    REQUIRE(CaseStore::unlock(dir.path(), counsellorId, password("new password 1")).ok());
    {
        auto admin = CaseStore::unlock(dir.path(), adminId(dir.path()), password("correct horse"));
        REQUIRE(admin.ok());
        REQUIRE(admin.value()->removeAccount(counsellorId).ok());
        CHECK(admin.value()->removeAccount(admin.value()->session().accountId).error().code ==
              StoreError::Code::Validation);
    }
    CHECK(CaseStore::unlock(dir.path(), counsellorId, password("new password 1")).error().code ==
          StoreError::Code::UnknownAccount);
}

TEST_CASE("sign-out closes the database and wipes the key", "[store]")
{
    QTemporaryDir dir;
    auto store = createStore(dir.path());
    REQUIRE(store->isOpen());
    store->close();
    CHECK_FALSE(store->isOpen());
    CHECK(store->handle() == nullptr);
    // Adding an account needs the key: after sign-out it is gone.
    auto added = store->addAccount(QStringLiteral("x"), QString(), Role::Counsellor,
                                   password("12345678"), fastKdf());
    CHECK_FALSE(added.ok());
}

TEST_CASE("the sqlcipher tool opens the store with its key and nothing else does", "[store]")
{
    QTemporaryDir dir;
    QByteArray keyHex;
    {
        auto store = createStore(dir.path());
        // Read the key back the way an admin with the password could: unwrap it.
        auto keyring = CaseStore::readKeyring(dir.path());
        auto key = keyring->unwrap(store->session().accountId, password("correct horse"));
        REQUIRE(key.ok());
        keyHex = key->view().toByteArray().toHex();
    }
    const QString db = StorePaths(dir.path()).database;
    auto run = [&](const QString &script) {
        QProcess tool;
        tool.start(QStringLiteral("sqlcipher"), {db});
        REQUIRE(tool.waitForStarted());
        tool.write(script.toUtf8());
        tool.closeWriteChannel();
        REQUIRE(tool.waitForFinished());
        return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
    };
    const QString withKey =
        run(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                           "SELECT username FROM accounts;\n")
                .arg(QString::fromLatin1(keyHex)));
    CHECK(withKey.contains(QStringLiteral("aysel")));
    const QString withoutKey = run(QStringLiteral("SELECT username FROM accounts;\n"));
    CHECK_FALSE(withoutKey.contains(QStringLiteral("aysel")));
    CHECK(withoutKey.contains(QStringLiteral("not a database")));
}

TEST_CASE("a newer schema is refused and the file left untouched", "[store]")
{
    QTemporaryDir dir;
    {
        auto store = createStore(dir.path());
        QSqlQuery q(store->database());
        REQUIRE(q.exec(
            QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    QFile file(StorePaths(dir.path()).database);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    auto unlocked = CaseStore::unlock(dir.path(), adminId(dir.path()), password("correct horse"));
    REQUIRE_FALSE(unlocked.ok());
    CHECK(unlocked.error().code == StoreError::Code::SchemaTooNew);
    CHECK(unlocked.error().message.contains(QStringLiteral("newer version")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
}

TEST_CASE("an account of the central server keeps the server's id on the desk", "[store]")
{
    QTemporaryDir dir;
    auto store = createStore(dir.path());
    const QString serverId = QStringLiteral("0190a1b2-0000-7000-8000-00000000beef");
    auto added = store->addAccount(QStringLiteral("leyla"), QString(), Role::Counsellor,
                                   password("leyla's password"), fastKdf(), serverId);
    REQUIRE(added.ok());
    CHECK(added.value() == serverId);
    auto again = store->addAccount(QStringLiteral("leyla2"), QString(), Role::Counsellor,
                                   password("leyla's password"), fastKdf(), serverId);
    CHECK_FALSE(again.ok());
    auto notAnId = store->addAccount(QStringLiteral("kamal"), QString(), Role::Counsellor,
                                     password("kamal's password"), fastKdf(), "admin");
    CHECK(notAnId.error().code == StoreError::Code::Validation);
    store.reset();
    auto signedIn = CaseStore::unlock(dir.path(), serverId, password("leyla's password"));
    REQUIRE(signedIn.ok());
    CHECK(signedIn.value()->session().accountId == serverId);
}

TEST_CASE("sign-in and account changes are audited in an intact chain", "[store][audit]")
{
    QTemporaryDir dir;
    createStore(dir.path());
    auto store = CaseStore::unlock(dir.path(), adminId(dir.path()), password("correct horse"));
    REQUIRE(store.ok());
    auto verification = AuditLog::verify(*store.value());
    REQUIRE(verification.ok());
    CHECK(verification->intact);
    CHECK(verification->entries == 2); // store.create, session.sign_in
    QSqlQuery q(store.value()->database());
    REQUIRE(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq")));
    QStringList actions;
    while (q.next())
        actions << q.value(0).toString();
    CHECK(actions ==
          QStringList{QStringLiteral("store.create"), QStringLiteral("session.sign_in")});
}
