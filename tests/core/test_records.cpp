#include <catch2/catch.hpp>

#include "core/domain/caserecord.h"
#include "core/domain/codes.h"
#include "core/domain/contact.h"
#include "core/domain/person.h"
#include "core/domain/recordjson.h"

#include <QJsonArray>

using namespace helpline;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC);

Contact validCounselling()
{
    Contact c;
    c.channel = QStringLiteral("instagram");
    c.callType = QStringLiteral("child_about_self");
    c.startedAt = kNow.addSecs(-300);
    c.durationSeconds = 300;
    c.counsellorId = QStringLiteral("c1");
    c.categories = {QStringLiteral("mental_health.suicidal")};
    c.summary = QStringLiteral("Qız özünü tənha hiss edir.");
    return c;
}
} // namespace

TEST_CASE("a complete counselling contact has no problems", "[domain][records]")
{
    CHECK(validCounselling().validate(kNow).isEmpty());
}

TEST_CASE("contact problems are reported with their fields", "[domain][records]")
{
    Contact c = validCounselling();
    c.channel = QStringLiteral("pigeon");
    c.summary.clear();
    c.categories.clear();
    c.durationSeconds = -1;
    c.startedAt = kNow.addSecs(3600);
    c.riskLevel = QStringLiteral("extreme");
    const Problems problems = c.validate(kNow);
    for (const char *field :
         {"channel", "summary", "categories", "duration", "started_at", "risk_level"}) {
        INFO(field);
        CHECK(hasProblem(problems, QString::fromLatin1(field)));
    }
    CHECK_FALSE(hasProblem(problems, QStringLiteral("counsellor")));
}

TEST_CASE("a caller about a child needs the relationship", "[domain][records]")
{
    Contact c = validCounselling();
    c.callType = QStringLiteral("caller_about_child");
    CHECK(hasProblem(c.validate(kNow), QStringLiteral("caller.relationship")));
    c.callerRelationship = QStringLiteral("grandparent");
    CHECK(c.validate(kNow).isEmpty());
}

TEST_CASE("unknown categories are caught when a check is given", "[domain][records]")
{
    Contact c = validCounselling();
    c.categories << QStringLiteral("made.up");
    CHECK(c.validate(kNow).isEmpty());
    const Problems problems =
        c.validate(kNow, [](const QString &code) { return code != QLatin1String("made.up"); });
    CHECK(hasProblem(problems, QStringLiteral("categories")));
}

TEST_CASE("every non-counselling type makes a valid one-click record", "[domain][records]")
{
    for (const QString &type : codes::nonCounsellingTypes().codes()) {
        INFO(type.toStdString());
        const Contact c =
            Contact::nonCounselling(type, QStringLiteral("phone"), kNow, 12, QStringLiteral("c1"));
        CHECK_FALSE(c.isCounselling());
        CHECK(c.validate(kNow).isEmpty());
        CHECK(codes::callTypes().contains(type));
    }
}

TEST_CASE("person ages phones and birth dates are checked", "[domain][records]")
{
    Person p;
    for (const char *age : {"", "0", "9", "25", ">25", "unborn", "unknown"}) {
        p.age = QString::fromLatin1(age);
        INFO(age);
        CHECK(p.validate(QString(), kNow.date()).isEmpty());
    }
    p.age = QStringLiteral("26");
    CHECK(
        hasProblem(p.validate(QStringLiteral("child."), kNow.date()), QStringLiteral("child.age")));
    p.age = QStringLiteral("09");
    CHECK(hasProblem(p.validate(QString(), kNow.date()), QStringLiteral("age")));
    p.age.clear();
    p.phone = QStringLiteral("+994 (50) 123-45-67");
    CHECK(p.validate(QString(), kNow.date()).isEmpty());
    p.phone = QStringLiteral("12");
    CHECK(hasProblem(p.validate(QString(), kNow.date()), QStringLiteral("phone")));
    p.phone.clear();
    p.birthDate = kNow.date().addDays(1);
    CHECK(hasProblem(p.validate(QString(), kNow.date()), QStringLiteral("birth_date")));
    p.birthDate = {};
    p.kind = Person::Kind::Caller;
    p.age = QStringLiteral("45");
    CHECK(p.validate(QString(), kNow.date()).isEmpty());
}

TEST_CASE("referral consent and follow-up rules", "[domain][records]")
{
    Referral r;
    r.caseId = QStringLiteral("case");
    r.serviceName = QStringLiteral("Sığınacaq");
    r.reason = QStringLiteral("Evdə təhlükə");
    CHECK(hasProblem(r.validate(), QStringLiteral("consent")));
    r.consent = false;
    CHECK(hasProblem(r.validate(), QStringLiteral("consent_reason")));
    r.consentReason = QStringLiteral("Imminent danger");
    CHECK(r.validate().isEmpty());
    r.method = QStringLiteral("carrier pigeon");
    CHECK(hasProblem(r.validate(), QStringLiteral("method")));

    FollowUp f;
    f.caseId = QStringLiteral("case");
    f.description = QStringLiteral("Zəng et");
    CHECK(hasProblem(f.validate(), QStringLiteral("due_at")));
    f.dueAt = kNow;
    CHECK(f.validate().isEmpty());
    f.status = QStringLiteral("done");
    CHECK(hasProblem(f.validate(), QStringLiteral("done_at")));

    Note n;
    CHECK(hasProblem(n.validate(), QStringLiteral("case")));
    CHECK(hasProblem(n.validate(), QStringLiteral("body")));
    CaseRecord c;
    c.status = QStringLiteral("lost");
    CHECK(hasProblem(c.validate(), QStringLiteral("status")));
}

TEST_CASE("records serialise with UTC times and every field", "[domain][records]")
{
    Contact c = validCounselling();
    c.meta.id = QStringLiteral("0190aaaa-0000-7000-8000-000000000001");
    c.meta.createdAt = kNow;
    c.meta.revision = 3;
    const QJsonObject json = toJson(c);
    CHECK(json.value(QStringLiteral("id")).toString() == c.meta.id);
    CHECK(json.value(QStringLiteral("created_at")).toString() ==
          QStringLiteral("2026-11-28T03:00:00.000Z"));
    CHECK(json.value(QStringLiteral("revision")).toInt() == 3);
    CHECK(json.value(QStringLiteral("categories")).toArray().first().toString() ==
          QStringLiteral("mental_health.suicidal"));
    CHECK(json.value(QStringLiteral("keep_confidential")).toBool());
    CHECK(json.value(QStringLiteral("case_id")).isNull());
    Referral r;
    CHECK(toJson(r).value(QStringLiteral("consent")).isNull());
    r.consent = true;
    CHECK(toJson(r).value(QStringLiteral("consent")).toBool());
}
