// Every queued update carries, besides the names of the fields it changed, the value each had
// before (its "base", encoded as toJson() encodes the field): the server's conflict detection
// tells a change made over its own value from one made over a value it no longer has.
#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/writetransaction.h"
#include "core/util/clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

// The payload of the record's latest outbox entry.
QJsonObject lastPayload(StoreFixture &f, const QString &type, const QString &id)
{
    QSqlQuery q(f.store->database());
    q.prepare(QStringLiteral("SELECT operation, payload FROM outbox WHERE record_type = ? AND "
                             "record_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(type);
    q.addBindValue(id);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("update"));
    return QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
}

QJsonObject baseOf(const QJsonObject &payload)
{
    return payload.value(QLatin1String("base")).toObject();
}

QString openCase(StoreFixture &f)
{
    auto saved = ContactRepository(*f.store).save(
        f.counsellingContact(QStringLiteral("Zəng"), QStringLiteral("Aysun")));
    REQUIRE(saved.ok());
    return saved->caseId;
}

} // namespace

TEST_CASE("a case update queues the values its fields had", "[store][outbox]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    CaseRepository cases(*f.store);
    auto record = cases.read(caseId);
    REQUIRE(record.ok());
    CaseRecord changed = *record;
    changed.title = QStringLiteral("Məktəb");
    changed.riskLevel = QStringLiteral("high");
    changed.flags = {QStringLiteral("needs_review")};
    changed.restricted = true;
    REQUIRE(cases.update(changed).ok());
    const QJsonObject payload = lastPayload(f, QStringLiteral("case"), caseId);
    CHECK(payload.value("fields").toArray() ==
          QJsonArray{"status", "assignee_id", "risk_level", "flags", "restricted", "title"});
    CHECK(baseOf(payload) == QJsonObject{{"status", "open"},
                                         {"assignee_id", f.store->session().accountId},
                                         {"risk_level", "low"},
                                         {"flags", QJsonArray()},
                                         {"restricted", false},
                                         {"title", QJsonValue()}});

    // The next update's base is what the first one wrote.
    auto again = cases.read(caseId);
    again->title = QStringLiteral("Məktəb və ailə");
    REQUIRE(cases.update(*again).ok());
    const QJsonObject second = baseOf(lastPayload(f, QStringLiteral("case"), caseId));
    CHECK(second.value("title") == QJsonValue("Məktəb"));
    CHECK(second.value("risk_level") == QJsonValue("high"));
    CHECK(second.value("flags") == QJsonArray{"needs_review"});
    CHECK(second.value("restricted") == QJsonValue(true));
}

TEST_CASE("status changes and assignments queue the value they replaced", "[store][outbox]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    const QString admin = f.store->session().accountId;
    auto leyla =
        f.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla"), Role::Counsellor,
                            test::password("leyla password"), test::fastKdf());
    REQUIRE(leyla.ok());
    CaseRepository cases(*f.store);

    REQUIRE(cases.changeStatus(caseId, QStringLiteral("active")).ok());
    QJsonObject payload = lastPayload(f, QStringLiteral("case"), caseId);
    CHECK(payload.value("fields").toArray() == QJsonArray{"status"});
    CHECK(baseOf(payload) == QJsonObject{{"status", "open"}});
    REQUIRE(cases.changeStatus(caseId, QStringLiteral("closed"), QStringLiteral("Bitdi")).ok());
    CHECK(baseOf(lastPayload(f, QStringLiteral("case"), caseId)) ==
          QJsonObject{{"status", "active"}});

    REQUIRE(cases.assign(caseId, *leyla).ok());
    payload = lastPayload(f, QStringLiteral("case"), caseId);
    CHECK(payload.value("fields").toArray() == QJsonArray{"assignee_id"});
    CHECK(baseOf(payload) == QJsonObject{{"assignee_id", admin}});
    REQUIRE(cases.assign(caseId, QString()).ok());
    CHECK(baseOf(lastPayload(f, QStringLiteral("case"), caseId)) ==
          QJsonObject{{"assignee_id", *leyla}});
    // From unassigned: the base is null, as toJson() writes an empty assignee.
    REQUIRE(cases.assign(caseId, admin).ok());
    CHECK(baseOf(lastPayload(f, QStringLiteral("case"), caseId)) ==
          QJsonObject{{"assignee_id", QJsonValue()}});
}

TEST_CASE("a referral's status change queues its previous status, time and author",
          "[store][outbox]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    ReferralRepository referrals(*f.store);
    Referral referral;
    referral.caseId = caseId;
    referral.serviceName = QStringLiteral("Psixoloq");
    referral.reason = QStringLiteral("Dəstək");
    referral.consent = true;
    auto made = referrals.add(referral);
    REQUIRE(made.ok());
    const QString madeAt = isoUtc(f.clock.nowUtc());
    f.clock.advanceMs(3600 * 1000);
    REQUIRE(referrals.setStatus(*made, QStringLiteral("acknowledged")).ok());
    const QJsonObject payload = lastPayload(f, QStringLiteral("referral"), made->meta.id);
    CHECK(payload.value("fields").toArray() == QJsonArray{"status", "status_at", "status_by"});
    CHECK(baseOf(payload) == QJsonObject{{"status", "made"},
                                         {"status_at", madeAt},
                                         {"status_by", f.store->session().accountId}});
}

TEST_CASE("a follow-up done or cancelled queues that it was open", "[store][outbox]")
{
    StoreFixture f;
    const QString caseId = openCase(f);
    FollowUpRepository followUps(*f.store);
    FollowUp followUp;
    followUp.caseId = caseId;
    followUp.description = QStringLiteral("Zəng etmək");
    followUp.dueAt = f.clock.nowUtc().addDays(1);
    auto first = followUps.add(followUp);
    auto second = followUps.add(followUp);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE(followUps.complete(*first).ok());
    const QJsonObject payload = lastPayload(f, QStringLiteral("follow_up"), first->meta.id);
    CHECK(payload.value("fields").toArray() == QJsonArray{"status", "done_at", "done_by"});
    const QJsonObject open{
        {"status", "open"}, {"done_at", QJsonValue()}, {"done_by", QJsonValue()}};
    CHECK(baseOf(payload) == open);
    REQUIRE(followUps.cancel(*second).ok());
    CHECK(baseOf(lastPayload(f, QStringLiteral("follow_up"), second->meta.id)) == open);
}

TEST_CASE("a queued update without base values still says so", "[store][outbox]")
{
    StoreFixture f;
    {
        WriteTransaction tx(*f.store);
        tx.queue(QStringLiteral("case"), QStringLiteral("c1"), 2, {QStringLiteral("title")});
        REQUIRE(tx.commit().ok());
    }
    CHECK(lastPayload(f, QStringLiteral("case"), QStringLiteral("c1")) ==
          QJsonObject{{"fields", QJsonArray{"title"}}, {"base", QJsonObject()}});
}
