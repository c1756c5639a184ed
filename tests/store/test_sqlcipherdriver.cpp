#include <catch2/catch.hpp>

#include "testsupport.h"

#include "core/security/securebytes.h"
#include "core/store/sqlcipherdriver.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace helpline;

namespace {

// An open, keyed connection on a fresh file; removed when it goes out of scope.
class Connection {
public:
    explicit Connection(const QString &path, const SecureBytes *key = nullptr,
                        const QString &options = QStringLiteral("HELPLINE_OPEN_CREATE"))
    {
        static int counter = 0;
        name = QStringLiteral("driver-test-%1").arg(++counter);
        registerSqlCipherDriver();
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QString::fromLatin1(kSqlCipherDriverName), name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        opened = db.open();
        if (opened && key)
            keyed = static_cast<SqlCipherDriver *>(db.driver())->applyKey(*key);
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name, false); }
    QString name;
    bool opened = false;
    bool keyed = false;
};

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        UNSCOPED_INFO(q.lastError().text().toStdString());
    return ok;
}

} // namespace

TEST_CASE("driver is registered under its own name and never loads QSQLITE", "[store][driver]")
{
    registerSqlCipherDriver();
    REQUIRE(QSqlDatabase::isDriverAvailable(QString::fromLatin1(kSqlCipherDriverName)));
    QTemporaryDir dir;
    SecureBytes key = SecureBytes::random(32);
    Connection c(dir.filePath(QStringLiteral("x.db")), &key);
    REQUIRE(c.opened);
    REQUIRE(exec(c.db(), QStringLiteral("CREATE TABLE t (a INTEGER)")));

    QFile maps(QStringLiteral("/proc/self/maps"));
    REQUIRE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    CHECK_FALSE(mapped.contains("libqsqlite"));
    CHECK_FALSE(mapped.contains("libsqlite3.so"));
    CHECK(mapped.contains("libsqlcipher"));
}

TEST_CASE("prepared statements bind positional and named values", "[store][driver]")
{
    QTemporaryDir dir;
    SecureBytes key = SecureBytes::random(32);
    Connection c(dir.filePath(QStringLiteral("x.db")), &key);
    REQUIRE(c.keyed);
    QSqlDatabase db = c.db();
    REQUIRE(exec(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, "
                                    "score REAL, data BLOB, note TEXT)")));

    QSqlQuery insert(db);
    REQUIRE(insert.prepare(
        QStringLiteral("INSERT INTO t (name, score, data, note) VALUES (?, ?, ?, ?)")));
    insert.addBindValue(QStringLiteral("Şəki İsmayıllı"));
    insert.addBindValue(2.5);
    insert.addBindValue(QByteArray("\x00\x01\x02", 3));
    insert.addBindValue(QVariant());
    REQUIRE(insert.exec());
    CHECK(insert.numRowsAffected() == 1);
    CHECK(insert.lastInsertId().toLongLong() == 1);

    // Named placeholders, one of them repeated: Qt rewrites them to positional ones.
    QSqlQuery named(db);
    REQUIRE(named.prepare(QStringLiteral("INSERT INTO t (name, note) VALUES (:t, :t || :suffix)")));
    named.bindValue(QStringLiteral(":t"), QStringLiteral("Москва"));
    named.bindValue(QStringLiteral(":suffix"), QStringLiteral("!"));
    REQUIRE(named.exec());
    CHECK(named.lastInsertId().toLongLong() == 2);

    QSqlQuery select(db);
    REQUIRE(select.exec(QStringLiteral("SELECT id, name, score, data, note FROM t ORDER BY id")));
    REQUIRE(select.next());
    CHECK(select.value(1).toString() == QStringLiteral("Şəki İsmayıllı"));
    CHECK(select.value(2).toDouble() == Approx(2.5));
    CHECK(select.value(3).toByteArray() == QByteArray("\x00\x01\x02", 3));
    CHECK(select.isNull(4));
    REQUIRE(select.next());
    CHECK(select.value(4).toString() == QStringLiteral("Москва!"));
    CHECK_FALSE(select.next());
    CHECK(select.record().count() == 5);
    CHECK(select.record().fieldName(1) == QStringLiteral("name"));

    QSqlQuery update(db);
    REQUIRE(update.exec(QStringLiteral("UPDATE t SET score = 1")));
    CHECK(update.numRowsAffected() == 2);
}

TEST_CASE("wrong parameter count and bad SQL give native errors", "[store][driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("x.db")));
    REQUIRE(c.opened);
    QSqlQuery q(c.db());
    CHECK_FALSE(q.exec(QStringLiteral("SELEC nonsense")));
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("1"));
    CHECK(q.lastError().databaseText().contains(QStringLiteral("syntax error")));

    REQUIRE(exec(c.db(), QStringLiteral("CREATE TABLE t (a TEXT UNIQUE)")));
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO t VALUES (?)")));
    CHECK_FALSE(q.exec()); // no value bound
    q.addBindValue(QStringLiteral("x"));
    REQUIRE(q.exec());
    CHECK_FALSE(q.exec());                                            // unique constraint
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("2067")); // SQLITE_CONSTRAINT_UNIQUE
}

TEST_CASE("transactions commit and roll back", "[store][driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("x.db")));
    QSqlDatabase db = c.db();
    REQUIRE(exec(db, QStringLiteral("CREATE TABLE t (a INTEGER)")));
    REQUIRE(db.transaction());
    REQUIRE(exec(db, QStringLiteral("INSERT INTO t VALUES (1)")));
    REQUIRE(db.rollback());
    REQUIRE(db.transaction());
    REQUIRE(exec(db, QStringLiteral("INSERT INTO t VALUES (2)")));
    REQUIRE(db.commit());
    QSqlQuery q(db);
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(a) FROM t")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("2"));
}

TEST_CASE("random access and forward-only results", "[store][driver]")
{
    QTemporaryDir dir;
    Connection c(dir.filePath(QStringLiteral("x.db")));
    QSqlDatabase db = c.db();
    REQUIRE(exec(db, QStringLiteral("CREATE TABLE t (a INTEGER)")));
    REQUIRE(db.transaction());
    for (int i = 0; i < 300; ++i)
        REQUIRE(exec(db, QStringLiteral("INSERT INTO t VALUES (%1)").arg(i)));
    REQUIRE(db.commit());

    QSqlQuery random(db);
    REQUIRE(random.exec(QStringLiteral("SELECT a FROM t ORDER BY a")));
    REQUIRE(random.seek(250));
    CHECK(random.value(0).toInt() == 250);
    REQUIRE(random.seek(3));
    CHECK(random.value(0).toInt() == 3);
    REQUIRE(random.last());
    CHECK(random.at() == 299);
    REQUIRE(random.first());
    CHECK(random.value(0).toInt() == 0);

    QSqlQuery forward(db);
    forward.setForwardOnly(true);
    REQUIRE(forward.exec(QStringLiteral("SELECT a FROM t ORDER BY a")));
    int count = 0;
    while (forward.next())
        ++count;
    CHECK(count == 300);

    SECTION("QSqlQueryModel works over the driver")
    {
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT a, a * 2 AS twice FROM t ORDER BY a"), db);
        // Attached after setQuery: Qt 6.4's QSqlQueryModel nests its first fetch inside the
        // reset, which the tester reports as a Qt bug. Fetching more rows is what the driver
        // serves, and that is checked.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE_FALSE(model.lastError().isValid());
        CHECK(model.columnCount() == 2);
        while (model.canFetchMore())
            model.fetchMore();
        CHECK(model.rowCount() == 300);
        CHECK(model.data(model.index(299, 1)).toInt() == 598);
        CHECK(model.headerData(1, Qt::Horizontal).toString() == QStringLiteral("twice"));
    }
}

TEST_CASE("an encrypted file opens only with its key and in the sqlcipher tool", "[store][driver]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret.db"));
    SecureBytes key = SecureBytes::random(32);
    {
        Connection c(path, &key);
        REQUIRE(c.keyed);
        REQUIRE(exec(c.db(), QStringLiteral("PRAGMA cipher_page_size = 4096")));
        REQUIRE(exec(c.db(), QStringLiteral("CREATE TABLE t (a TEXT)")));
        REQUIRE(exec(c.db(), QStringLiteral("INSERT INTO t VALUES ('gizli-söz')")));
    }
    QFile raw(path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    CHECK_FALSE(raw.readAll().contains("gizli"));

    SecureBytes wrong = SecureBytes::random(32);
    Connection bad(path, &wrong, QString());
    REQUIRE(bad.keyed);
    QSqlQuery q(bad.db());
    CHECK_FALSE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")));
    CHECK(q.lastError().nativeErrorCode() == QStringLiteral("26")); // SQLITE_NOTADB

    const QString hex = QString::fromLatin1(key.view().toByteArray().toHex());
    QProcess tool;
    tool.start(QStringLiteral("sqlcipher"), {path});
    REQUIRE(tool.waitForStarted());
    tool.write(QStringLiteral("PRAGMA key = \"x'%1'\";\nPRAGMA cipher_page_size = 4096;\n"
                              "SELECT a FROM t;\n")
                   .arg(hex)
                   .toUtf8());
    tool.closeWriteChannel();
    REQUIRE(tool.waitForFinished());
    CHECK(QString::fromUtf8(tool.readAllStandardOutput()).contains(QStringLiteral("gizli-söz")));
}

TEST_CASE("opening without the create option never creates a file", "[store][driver]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    Connection c(path, nullptr, QString());
    CHECK_FALSE(c.opened);
    CHECK_FALSE(QFile::exists(path));
}
