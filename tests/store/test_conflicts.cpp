// Conflict case events on the desk: written (and queued) by CaseRepository::recordConflict,
// received like any case event, shown on the timeline with both values; and the schema 3
// migration that made room for them keeps the status and assignee events of a schema 2 store.
#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/domain/casetimeline.h"
#include "core/domain/recordjson.h"
#include "core/protocol/jsonreader.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/migrations.h"
#include "core/store/pulledrecords.h"
#include "core/store/writetransaction.h"
#include "core/sync/recordreader.h"
#include "core/util/uuid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

// A hybrid logical clock at `at`: 13 digits of milliseconds, a counter, the device.
QString hlcAt(const QDateTime &at, const QString &device = QStringLiteral("desk-a"))
{
    return QStringLiteral("%1-0000-%2").arg(at.toMSecsSinceEpoch()).arg(device);
}

QString shown(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

CaseEvent conflict(const QString &caseId, const QString &subjectType, const QString &subjectId,
                   const QString &field, const QJsonValue &lost, const QJsonValue &kept,
                   const QDateTime &lostAt, const QDateTime &keptAt)
{
    CaseEvent e;
    e.caseId = caseId;
    e.subjectType = subjectType;
    e.subjectId = subjectId;
    e.field = field;
    e.oldValue = compactJsonText(lost);
    e.newValue = compactJsonText(kept);
    e.lostHlc = hlcAt(lostAt);
    e.winningHlc = hlcAt(keptAt, QStringLiteral("desk-b"));
    return e;
}

QString openCase(StoreFixture &f)
{
    auto saved = ContactRepository(*f.store).save(
        f.counsellingContact(QStringLiteral("Zəng"), QStringLiteral("Murad")));
    REQUIRE(saved.ok());
    return saved->caseId;
}

} // namespace

TEST_CASE("a conflict is a case event with its own audit and outbox entries",
          "[store][sync][conflict]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    CaseRepository cases(*f.store);
    const QDateTime lostAt = f.clock.nowUtc().addSecs(-120);
    const QDateTime keptAt = f.clock.nowUtc().addSecs(-60);
    CaseEvent e = conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("status"),
                           QStringLiteral("closed"), QStringLiteral("active"), lostAt, keptAt);
    const qint64 outbox = f.count(QStringLiteral("outbox"));
    {
        WriteTransaction tx(*f.store);
        cases.recordConflict(tx, e);
        REQUIRE(tx.commit().ok());
    }
    CHECK(isUuid(e.meta.id));
    CHECK(e.kind == CaseEvent::conflictKind());
    CHECK(e.meta.createdBy == f.store->session().accountId);

    auto events = cases.events(caseId);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    const CaseEvent &read = events->first();
    CHECK(read.meta.id == e.meta.id);
    CHECK(read.kind == QStringLiteral("conflict"));
    CHECK(read.subjectType == QStringLiteral("case"));
    CHECK(read.subjectId == caseId);
    CHECK(read.field == QStringLiteral("status"));
    CHECK(read.oldValue == QStringLiteral("\"closed\""));
    CHECK(read.newValue == QStringLiteral("\"active\""));
    CHECK(read.lostHlc == e.lostHlc);
    CHECK(read.winningHlc == e.winningHlc);
    auto one = cases.event(e.meta.id);
    REQUIRE(one.ok());
    CHECK(one->winningHlc == e.winningHlc);

    CHECK(f.count(QStringLiteral("audit_log"),
                  QStringLiteral("action = 'case.conflict' AND record_type = 'case_event' AND "
                                 "record_id = '%1' AND detail = 'case.status'")
                      .arg(e.meta.id)) == 1);
    CHECK(f.count(QStringLiteral("outbox")) == outbox + 1);
    CHECK(f.count(QStringLiteral("outbox"),
                  QStringLiteral("record_type = 'case_event' AND record_id = '%1' AND "
                                 "operation = 'insert'")
                      .arg(e.meta.id)) == 1);
    // What the push sends passes the server's decoder, conflict fields included.
    auto json = RecordReader(*f.store).read(QStringLiteral("case_event"), e.meta.id);
    REQUIRE(json.ok());
    REQUIRE(json->has_value());
    CHECK((*json)->value(QLatin1String("field")).toString() == QStringLiteral("status"));
    DecodeProblems problems;
    DecodeContext context;
    context.now = f.clock.nowUtc();
    CHECK(decodeRecord(QStringLiteral("case_event"), **json, QStringLiteral("record"), &problems,
                       context));
    CHECK(problems.isEmpty());
}

TEST_CASE("the timeline shows a conflict with the value kept and the value lost",
          "[store][timeline][conflict]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    const QString admin = f.store->session().accountId;
    auto leyla =
        f.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla Quliyeva"),
                            Role::Counsellor, test::password("leyla password"), test::fastKdf());
    REQUIRE(leyla.ok());
    Referral referral;
    referral.caseId = caseId;
    referral.serviceName = QStringLiteral("Psixoloq");
    referral.reason = QStringLiteral("Dəstək");
    referral.consent = true;
    auto made = ReferralRepository(*f.store).add(referral);
    REQUIRE(made.ok());

    CaseRepository cases(*f.store);
    const QDateTime lostAt = f.clock.nowUtc().addSecs(-3600);
    const QDateTime keptAt = f.clock.nowUtc().addSecs(-1800);
    QList<CaseEvent> written{
        conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("status"),
                 QStringLiteral("closed"), QStringLiteral("active"), lostAt, keptAt),
        conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("assignee_id"), admin,
                 *leyla, lostAt, keptAt),
        conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("flags"), QJsonArray(),
                 QJsonArray{"supervisor_attention", "needs_review"}, lostAt, keptAt),
        conflict(caseId, QStringLiteral("referral"), made->meta.id, QStringLiteral("status"),
                 QStringLiteral("declined"), QStringLiteral("completed"), lostAt, keptAt),
        conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("risk_level"), QJsonValue(),
                 QStringLiteral("high"), lostAt, keptAt),
        conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("custom_field"),
                 QJsonObject{{"a", 1}}, true, lostAt, keptAt),
    };
    written.last().winningHlc = QStringLiteral("not a clock");
    for (CaseEvent &e : written) {
        f.clock.advanceMs(1000);
        WriteTransaction tx(*f.store);
        cases.recordConflict(tx, e);
        REQUIRE(tx.commit().ok());
    }

    auto timeline = loadTimeline(*f.store, caseId);
    REQUIRE(timeline.ok());
    QList<TimelineEntry> conflicts;
    for (const TimelineEntry &e : *timeline)
        if (e.kind == TimelineEntry::Kind::Conflict)
            conflicts << e;
    REQUIRE(conflicts.size() == 6);
    const QString keptTime = shown(keptAt);
    const QString lostTime = shown(lostAt);

    CHECK(conflicts.at(0).title == QStringLiteral("Conflicting edits: Status"));
    CHECK(conflicts.at(0).body == QStringLiteral("Kept: Active (changed %1)\nLost: Closed "
                                                 "(changed %2)")
                                      .arg(keptTime, lostTime));
    CHECK(conflicts.at(0).recordId == written.at(0).meta.id);
    CHECK(conflicts.at(0).relatedId == caseId);
    CHECK(conflicts.at(0).authorId == admin);

    CHECK(conflicts.at(1).title == QStringLiteral("Conflicting edits: Assignee"));
    CHECK(conflicts.at(1).body ==
          QStringLiteral("Kept: Leyla Quliyeva (changed %1)\nLost: %3 (changed %2)")
              .arg(keptTime, lostTime, f.store->session().displayName));

    CHECK(conflicts.at(2).title == QStringLiteral("Conflicting edits: Flags"));
    CHECK(conflicts.at(2).body ==
          QStringLiteral("Kept: supervisor_attention, needs_review (changed %1)\nLost: (none) "
                         "(changed %2)")
              .arg(keptTime, lostTime));

    CHECK(conflicts.at(3).title == QStringLiteral("Conflicting edits to a referral: Status"));
    CHECK(conflicts.at(3).body ==
          QStringLiteral("Kept: Completed (changed %1)\nLost: Declined (changed %2)")
              .arg(keptTime, lostTime));
    CHECK(conflicts.at(3).relatedId == made->meta.id);

    CHECK(conflicts.at(4).title == QStringLiteral("Conflicting edits: Risk level"));
    CHECK(conflicts.at(4).body ==
          QStringLiteral("Kept: High risk (changed %1)\nLost: (none) (changed %2)")
              .arg(keptTime, lostTime));

    // A field the timeline has no name for, a value with no reading, a clock it cannot read.
    CHECK(conflicts.at(5).title == QStringLiteral("Conflicting edits: custom_field"));
    CHECK(conflicts.at(5).body ==
          QStringLiteral("Kept: Yes\nLost: {\"a\":1} (changed %1)").arg(lostTime));
}

TEST_CASE("a pulled conflict is stored like any case event and shows on the timeline",
          "[store][sync][pull][conflict]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    const QDateTime lostAt = f.clock.nowUtc().addSecs(-300);
    const QDateTime keptAt = f.clock.nowUtc().addSecs(-200);
    CaseEvent e = conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("status"),
                           QStringLiteral("open"), QStringLiteral("referred"), lostAt, keptAt);
    e.kind = CaseEvent::conflictKind();
    e.meta.id = newUuidV7(f.clock.nowUtc());
    e.meta.createdAt = f.clock.nowUtc();
    e.meta.updatedAt = f.clock.nowUtc();
    e.meta.createdBy = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
    e.meta.originDevice = QStringLiteral("desk-b");
    e.meta.revision = 1;
    PullPage page;
    page.stream = QStringLiteral("cases");
    page.cursor = 1;
    PullItem item;
    item.seq = 1;
    item.type = QStringLiteral("case_event");
    item.id = e.meta.id;
    item.revision = 1;
    item.record = toJson(e);
    page.items << item;
    auto applied = PulledRecords(*f.store).applyPage(page.stream, page);
    REQUIRE(applied.ok());
    CHECK(applied->applied == 1);

    auto read = CaseRepository(*f.store).event(e.meta.id);
    REQUIRE(read.ok());
    CHECK(toJson(*read) == item.record);
    auto timeline = loadTimeline(*f.store, caseId);
    REQUIRE(timeline.ok());
    const auto found = std::find_if(timeline->begin(), timeline->end(), [](const TimelineEntry &t) {
        return t.kind == TimelineEntry::Kind::Conflict;
    });
    REQUIRE(found != timeline->end());
    CHECK(found->title == QStringLiteral("Conflicting edits: Status"));
    CHECK(found->body == QStringLiteral("Kept: Referred (changed %1)\nLost: Open (changed %2)")
                             .arg(shown(keptAt), shown(lostAt)));
    // The author is the other desk's counsellor, unknown here: shown by id.
    CHECK(found->authorName == e.meta.createdBy);
}

TEST_CASE("schema 3 keeps the status and assignee events of a schema 2 store",
          "[store][migration][conflict]")
{
    // A store made now is at the latest schema; its case_events table is turned back into the
    // schema 2 one (the CHECK without 'conflict', none of the conflict columns), sync_runs and
    // the indexes of schemas 4 to 6 dropped, which is all schemas 3 to 6 changed, with the events
    // written through the repositories kept. Reopening then runs the real migrations over that
    // table.
    StoreFixture f;
    const QString caseId = openCase(f);
    const QString admin = f.store->session().accountId;
    CaseRepository cases(*f.store);
    REQUIRE(cases.changeStatus(caseId, QStringLiteral("active")).ok());
    REQUIRE(cases.changeStatus(caseId, QStringLiteral("closed"), QStringLiteral("Bitdi")).ok());
    REQUIRE(cases.assign(caseId, QString()).ok());
    auto before = cases.events(caseId);
    REQUIRE(before.ok());
    REQUIRE(before->size() == 3);
    {
        QSqlDatabase db = f.store->database();
        QSqlQuery q(db);
        REQUIRE(db.transaction());
        for (const char *sql : {
                 "CREATE TABLE case_events_v2 (id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT "
                 "NULL, updated_at TEXT NOT NULL, created_by TEXT NOT NULL, origin_device TEXT NOT "
                 "NULL, revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, "
                 "case_id TEXT NOT NULL REFERENCES cases(id), kind TEXT NOT NULL CHECK (kind IN "
                 "('status', 'assignee')), old_value TEXT, new_value TEXT, reason TEXT)",
                 "INSERT INTO case_events_v2 SELECT id, created_at, updated_at, created_by, "
                 "origin_device, revision, deleted, case_id, kind, old_value, new_value, reason "
                 "FROM case_events",
                 "DROP TABLE case_events",
                 "ALTER TABLE case_events_v2 RENAME TO case_events",
                 "CREATE INDEX case_events_case ON case_events(case_id, created_at)",
                 "DROP TABLE sync_runs",
                 "DROP INDEX cases_office",    // schema 4
                 "DROP INDEX contacts_risk",   // schema 5 (its event index left with the table)
                 "DROP INDEX contacts_review", // schema 6 (likewise)
                 "PRAGMA user_version = 2",
             }) {
            INFO(sql);
            REQUIRE(q.exec(QString::fromUtf8(sql)));
        }
        REQUIRE(db.commit());
        // It is a schema 2 table: a conflict does not fit.
        CHECK_FALSE(q.exec(QStringLiteral("INSERT INTO case_events (id, created_at, updated_at, "
                                          "created_by, origin_device, case_id, kind) VALUES "
                                          "('x', 'a', 'a', 'a', 'a', '%1', 'conflict')")
                               .arg(caseId)));
        CHECK_FALSE(q.exec(QStringLiteral("SELECT subject_type FROM case_events")));
    }
    REQUIRE(Migrations::currentVersion(f.store->database()) == 2);
    f.store.reset();

    auto reopened =
        CaseStore::unlock(f.dir.path(), admin, test::password("correct horse"), &f.clock);
    INFO(reopened.error().message.toStdString());
    REQUIRE(reopened.ok());
    CaseStore &store = **reopened;
    CHECK(store.schemaVersion() == Migrations::latestVersion());
    CaseRepository migrated(store);
    auto after = migrated.events(caseId);
    REQUIRE(after.ok());
    REQUIRE(after->size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(toJson(after->at(i)) == toJson(before->at(i)));
    }
    CHECK(after->at(1).reason == QStringLiteral("Bitdi"));
    CHECK(after->at(2).kind == QStringLiteral("assignee"));
    // And now a conflict fits, with its columns, and the sync log exists.
    CaseEvent e = conflict(caseId, QStringLiteral("case"), caseId, QStringLiteral("status"),
                           QStringLiteral("open"), QStringLiteral("closed"), f.clock.nowUtc(),
                           f.clock.nowUtc());
    WriteTransaction tx(store);
    migrated.recordConflict(tx, e);
    REQUIRE(tx.commit().ok());
    CHECK(migrated.events(caseId)->size() == 4);
    QSqlQuery q(store.database());
    CHECK(q.exec(QStringLiteral("SELECT count(*) FROM sync_runs")));
}
