#include <catch2/catch.hpp>

#include "testsupport.h"

#include "core/store/auditlog.h"
#include "core/store/casestore.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace helpline;

namespace {

const QString kProbe = QStringLiteral(HELPLINE_STORE_PROBE);

QString createWithProbe(const QString &dir)
{
    QProcess probe;
    probe.start(kProbe, {QStringLiteral("create"), dir});
    REQUIRE(probe.waitForFinished(30000));
    REQUIRE(probe.exitCode() == 0);
    return QString::fromUtf8(probe.readAllStandardOutput()).trimmed();
}

QSet<QString> savedIds(const QByteArray &output)
{
    QSet<QString> ids;
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("saved "))
            ids.insert(QString::fromLatin1(line.mid(6).trimmed()));
    return ids;
}

qint64 scalar(CaseStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("a writer killed at random moments never loses a returned save",
          "[store][durability][slow]")
{
    QTemporaryDir dir;
    const QString account = createWithProbe(dir.path());
    QSet<QString> everSaved;
    auto *random = QRandomGenerator::global();
    const int kills = 50;
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(kProbe, {QStringLiteral("write"), dir.path(), account});
        REQUIRE(writer.waitForStarted());
        // Wait for a random number of saves (sometimes none), then a random extra delay, so the
        // kill lands before, during and between commits.
        const int wantSaves = int(random->bounded(6));
        QByteArray output;
        QDeadlineTimer deadline(20000);
        while (output.count("saved ") < wantSaves && !deadline.hasExpired() &&
               writer.state() == QProcess::Running) {
            writer.waitForReadyRead(50);
            output += writer.readAllStandardOutput();
        }
        QTest::qWait(int(random->bounded(15)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        REQUIRE(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        REQUIRE_FALSE(output.contains("error "));
        everSaved.unite(savedIds(output));

        auto store = CaseStore::unlock(dir.path(), account, test::password("probe password"));
        INFO("round " << round << ": " << store.error().message.toStdString());
        REQUIRE(store.ok());
        auto problems = store.value()->integrityProblems();
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        // Every save that returned is there.
        QSqlQuery q(store.value()->database());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM contacts")));
        QSet<QString> present;
        while (q.next())
            present.insert(q.value(0).toString());
        CHECK(present.contains(everSaved));
        // No half-written record: each contact has its child, case, search row, audit and outbox
        // entries, and nothing exists without its contact.
        const qint64 contacts = present.size();
        CHECK(scalar(*store.value(), QStringLiteral("SELECT count(*) FROM cases")) == contacts);
        CHECK(scalar(*store.value(), QStringLiteral("SELECT count(*) FROM persons")) == contacts);
        CHECK(scalar(*store.value(),
                     QStringLiteral(
                         "SELECT count(*) FROM audit_log WHERE action = 'contact.create'")) ==
              contacts);
        CHECK(scalar(*store.value(),
                     QStringLiteral("SELECT count(*) FROM outbox WHERE record_type = 'contact'")) ==
              contacts);
        CHECK(scalar(*store.value(),
                     QStringLiteral(
                         "SELECT count(*) FROM search_docs WHERE record_type = 'contact'")) ==
              contacts);
        auto chain = AuditLog::verify(*store.value());
        REQUIRE(chain.ok());
        CHECK(chain->intact);
    }
    CHECK(everSaved.size() > kills / 2); // the kills did land among real saves
}
