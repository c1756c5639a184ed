// The server's copy of the desks' audit trails (AuditCopyService): upload in order, idempotent
// resends, what the server finds when a desk's trail was altered, removed from or broken, the
// administrator's verification through the API and the command line, on both databases.
#include <catch2/catch.hpp>

#include "serverfixtures.h"

#include "core/domain/auditentry.h"
#include "core/protocol/auditmessages.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace helpline;
using namespace helpline::test;

namespace {

// A desk's trail: entries chained as the desk chains them.
QList<AuditEntry> trail(const QString &deviceId, const QString &accountId, int count,
                        qint64 firstSeq = 1, QString prevHash = auditchain::genesisHash())
{
    QList<AuditEntry> entries;
    for (int i = 0; i < count; ++i) {
        AuditEntry e;
        e.seq = firstSeq + i;
        e.id = newUuidV7(QDateTime::currentDateTimeUtc());
        e.at = QStringLiteral("2026-11-29T03:%1:00.000Z").arg(i % 60, 2, 10, QLatin1Char('0'));
        e.accountId = accountId;
        e.deviceId = deviceId;
        e.action = i % 2 ? QStringLiteral("case.view") : QStringLiteral("contact.create");
        e.recordType = i % 2 ? QStringLiteral("case") : QStringLiteral("contact");
        e.recordId = newUuidV7(QDateTime::currentDateTimeUtc());
        e.prevHash = prevHash;
        e.hash = auditchain::computeHash(e);
        prevHash = e.hash;
        entries << e;
    }
    return entries;
}

Reply upload(const ServerProcess &server, const Session &session, const QString &deviceId,
             const QList<AuditEntry> &entries)
{
    AuditUploadRequest request;
    request.deviceId = deviceId;
    request.entries = entries;
    return postJson(server, QStringLiteral("/v1/audit/upload"), request.toJson(), session.access);
}

AuditCopyStatus statusOf(const Reply &reply)
{
    INFO(reply.body.toStdString());
    REQUIRE(reply.status == 200);
    DecodeProblems problems;
    auto status = AuditCopyStatus::fromJson(reply.json, &problems);
    REQUIRE(status.has_value());
    return *status;
}

QJsonObject deviceRow(const QJsonArray &devices, const QString &deviceId)
{
    for (const QJsonValue &v : devices)
        if (v.toObject().value("device_id").toString() == deviceId)
            return v.toObject();
    return {};
}

} // namespace

TEST_CASE("the server keeps each desk's audit trail and finds what was changed on the desk",
          "[server][audit]")
{
    const auto kind = backend();
    TestDatabase db(kind);
    requireDatabase(db);
    REQUIRE(initServer(db).exitCode == 0);
    const QString leylaId = createAccount(db, "leyla", "counsellor");
    createAccount(db, "samir", "supervisor");
    ServerProcess server;
    REQUIRE(server.start(db));
    const Desk desk = enrolDesk(db, server);
    const Desk other = enrolDesk(db, server);
    const Session leyla = signIn(server, desk, "leyla", kPassword);
    const Session samir = signIn(server, other, "samir", kPassword);
    REQUIRE(leyla.status == 200);
    REQUIRE(samir.status == 200);

    const QList<AuditEntry> entries = trail(desk.deviceId, leylaId, 30);

    SECTION("in order, in batches, and the same batch twice changes nothing")
    {
        const AuditCopyStatus empty = statusOf(upload(server, leyla, desk.deviceId, {}));
        CHECK(empty.receivedThrough == 0);
        CHECK(empty.intact);

        AuditCopyStatus s = statusOf(upload(server, leyla, desk.deviceId, entries.mid(0, 20)));
        CHECK(s.receivedThrough == 20);
        CHECK(s.entries == 20);
        CHECK(s.intact);
        s = statusOf(upload(server, leyla, desk.deviceId, entries.mid(10, 20)));
        CHECK(s.receivedThrough == 30);
        CHECK(s.entries == 30);
        CHECK(s.intact);
        s = statusOf(upload(server, leyla, desk.deviceId, entries));
        CHECK(s.entries == 30);
        CHECK(s.intact);

        // Another desk's copy is its own.
        const QString samirId = samir.account.value("id").toString();
        const AuditCopyStatus o =
            statusOf(upload(server, samir, other.deviceId, trail(other.deviceId, samirId, 3)));
        CHECK(o.receivedThrough == 3);
        CHECK(o.intact);

        const Session admin = signIn(server, other, "admin", kAdminPassword);
        const Reply verify = getJson(server, "/v1/admin/audit/devices", admin.access);
        REQUIRE(verify.status == 200);
        const QJsonArray devices = verify.json.value("devices").toArray();
        CHECK(devices.size() == 2);
        const QJsonObject row = deviceRow(devices, desk.deviceId);
        CHECK(row.value("entries").toInteger() == 30);
        CHECK(row.value("intact").toBool());
        CHECK(row.value("first_bad_seq").isNull());
        CHECK(!row.value("device_name").toString().isEmpty());
        CHECK(!row.value("last_received_at").toString().isEmpty());

        const CliResult cli = runCli(db, {"audit", "verify"});
        INFO(cli.err.toStdString());
        CHECK(cli.exitCode == 0);
        CHECK(QJsonDocument::fromJson(cli.out).object().value("intact").toBool());
    }

    SECTION("an entry changed on the desk after it was sent")
    {
        statusOf(upload(server, leyla, desk.deviceId, entries.mid(0, 20)));
        QList<AuditEntry> altered = entries.mid(0, 20);
        altered[7].action = QStringLiteral("case.list"); // hiding a view
        // Recomputed so the desk's own chain still verifies from there on.
        QString prev = altered[6].hash;
        for (qsizetype i = 7; i < altered.size(); ++i) {
            altered[i].prevHash = prev;
            altered[i].hash = auditchain::computeHash(altered[i]);
            prev = altered[i].hash;
        }
        const AuditCopyStatus s = statusOf(upload(server, leyla, desk.deviceId, altered));
        CHECK_FALSE(s.intact);
        CHECK(s.firstBadSeq == 8);
        CHECK(s.problem.contains("Entry 8 differs"));
        // The server keeps what it had: the alteration is the evidence.
        CHECK(s.entries == 20);
    }

    SECTION("entries removed on the desk before they were sent, a broken chain, a bad hash")
    {
        statusOf(upload(server, leyla, desk.deviceId, entries.mid(0, 10)));
        // The desk sends its last sent entry as the anchor, then what it has: 11 to 13 are gone.
        const AuditCopyStatus gap =
            statusOf(upload(server, leyla, desk.deviceId, entries.mid(9, 1) + entries.mid(13, 5)));
        CHECK_FALSE(gap.intact);
        CHECK(gap.firstBadSeq == 11);
        CHECK(gap.problem.contains("Entries 11 to 13 are missing"));
        CHECK(gap.receivedThrough == 18);
        // Later problems do not hide the first one.
        QList<AuditEntry> bad = entries.mid(18, 2);
        bad[1].detail = QStringLiteral("changed");
        const AuditCopyStatus later = statusOf(upload(server, leyla, desk.deviceId, bad));
        CHECK(later.firstBadSeq == 11);

        const Session admin = signIn(server, other, "admin", kAdminPassword);
        const Reply verify = getJson(server, "/v1/admin/audit/devices", admin.access);
        REQUIRE(verify.status == 200);
        const QJsonObject row = deviceRow(verify.json.value("devices").toArray(), desk.deviceId);
        CHECK_FALSE(row.value("intact").toBool());
        CHECK(row.value("first_bad_seq").toInteger() == 11);
        CHECK(runCli(db, {"audit", "verify"}).exitCode == 1);
    }

    SECTION("a server restored from a backup asks the desk to send from where it stands")
    {
        statusOf(upload(server, leyla, desk.deviceId, entries.mid(0, 10)));
        // The desk believes the server holds up to 20 and sends from there: refused, nothing
        // recorded against the desk.
        const Reply ahead = upload(server, leyla, desk.deviceId, entries.mid(19, 5));
        CHECK(ahead.status == 409);
        CHECK(ahead.json.value("error").toObject().value("field").toString() == "entries[0].seq");
        const AuditCopyStatus where = statusOf(upload(server, leyla, desk.deviceId, {}));
        CHECK(where.receivedThrough == 10);
        CHECK(where.intact);
        const AuditCopyStatus after =
            statusOf(upload(server, leyla, desk.deviceId, entries.mid(9, 21)));
        CHECK(after.receivedThrough == 30);
        CHECK(after.intact);
    }

    SECTION("an entry whose content does not match its hash")
    {
        QList<AuditEntry> bad = entries.mid(0, 5);
        bad[2].recordId = newUuidV7(QDateTime::currentDateTimeUtc()); // hash left as it was
        const AuditCopyStatus s = statusOf(upload(server, leyla, desk.deviceId, bad));
        CHECK_FALSE(s.intact);
        CHECK(s.firstBadSeq == 3);
        CHECK(s.problem.contains("Entry 3 was altered"));
    }

    SECTION("entries altered in the server's database show at verification")
    {
        statusOf(upload(server, leyla, desk.deviceId, entries));
        auto database = openDatabase(db);
        REQUIRE(database);
        {
            server::ServerTransaction tx(*database);
            tx.exec(QStringLiteral("UPDATE desk_audit SET account_id = ? WHERE device_id = ? AND "
                                   "seq = 12"),
                    {QStringLiteral("someone-else"), desk.deviceId});
            REQUIRE(tx.commit().ok());
        }
        const CliResult cli = runCli(db, {"audit", "verify"});
        CHECK(cli.exitCode == 1);
        const QJsonObject row = deviceRow(
            QJsonDocument::fromJson(cli.out).object().value("devices").toArray(), desk.deviceId);
        CHECK(row.value("first_bad_seq").toInteger() == 12);
    }

    SECTION("a desk sends only its own trail; bad uploads are refused with the field named")
    {
        const Reply notMine = upload(server, leyla, other.deviceId, entries.mid(0, 2));
        CHECK(notMine.status == 403);

        QJsonObject body = AuditUploadRequest{desk.deviceId, entries.mid(0, 2)}.toJson();
        QJsonArray list = body.value("entries").toArray();
        QJsonObject first = list.at(0).toObject();
        first.insert("hash", "not a hash");
        list[0] = first;
        body.insert("entries", list);
        const Reply badHash = postJson(server, "/v1/audit/upload", body, leyla.access);
        CHECK(badHash.status == 400);
        CHECK(badHash.json.value("error").toObject().value("field").toString() ==
              "entries[0].hash");

        QJsonObject unknown = AuditUploadRequest{desk.deviceId, {}}.toJson();
        unknown.insert("extra", 1);
        CHECK(postJson(server, "/v1/audit/upload", unknown, leyla.access).status == 400);

        QList<AuditEntry> backwards{entries.at(1), entries.at(0)};
        const Reply order = upload(server, leyla, desk.deviceId, backwards);
        CHECK(order.status == 400);
        CHECK(order.json.value("error").toObject().value("field").toString() == "entries[1].seq");

        CHECK(upload(server, leyla, desk.deviceId, trail(desk.deviceId, leylaId, 1001)).status ==
              413);
        // Nothing of those arrived.
        CHECK(statusOf(upload(server, leyla, desk.deviceId, {})).entries == 0);
    }
}
