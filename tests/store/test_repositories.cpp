#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace helpline;
using helpline::test::StoreFixture;

TEST_CASE("saving a counselling contact writes everything in one transaction", "[store][repo]")
{
    StoreFixture f;
    const qint64 auditBefore = f.count(QStringLiteral("audit_log"));
    const qint64 outboxBefore = f.count(QStringLiteral("outbox"));

    ContactSave save = f.counsellingContact(QStringLiteral("Uşaq məktəbdə zorakılığa məruz qalır."),
                                            QStringLiteral("Nərmin"));
    Person caller;
    caller.name = QStringLiteral("Gülnarə");
    caller.phone = QStringLiteral("+994 50 123 45 67");
    save.caller = caller;
    save.contact.callType = QStringLiteral("caller_about_child");
    save.contact.callerRelationship = QStringLiteral("parent");

    ContactRepository contacts(*f.store);
    auto saved = contacts.save(save);
    INFO(saved.error().message.toStdString());
    REQUIRE(saved.ok());
    CHECK(QRegularExpression(QStringLiteral("^2026-[0-9A-F]{4}-00001$"))
              .match(saved->caseNumber)
              .hasMatch());
    CHECK(saved->contact.meta.revision == 1);
    CHECK(saved->contact.meta.createdBy == f.store->session().accountId);
    CHECK(saved->contact.meta.originDevice == f.store->session().deviceId);

    CHECK(f.count(QStringLiteral("persons")) == 2);
    CHECK(f.count(QStringLiteral("cases")) == 1);
    CHECK(f.count(QStringLiteral("case_members")) == 2);
    CHECK(f.count(QStringLiteral("contacts")) == 1);
    // Audit: two people, the case, the contact.
    CHECK(f.count(QStringLiteral("audit_log")) - auditBefore == 4);
    // Outbox: two people, the case, two memberships, the contact.
    CHECK(f.count(QStringLiteral("outbox")) - outboxBefore == 6);

    // The outbox names each record and revision; the push reads the record itself.
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT record_type, record_id, revision, operation, payload "
                       "FROM outbox WHERE record_type IN ('contact', 'case') ORDER BY seq")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("case"));
    CHECK(q.value(1).toString() == saved->caseId);
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("contact"));
    CHECK(q.value(1).toString() == saved->contact.meta.id);
    CHECK(q.value(2).toInt() == 1);
    CHECK(q.value(3).toString() == QStringLiteral("insert"));
    CHECK(q.value(4).isNull());

    auto reread = contacts.open(saved->contact.meta.id);
    REQUIRE(reread.ok());
    CHECK(reread->summary == save.contact.summary);
    CHECK(reread->categories == save.contact.categories);
    CHECK(reread->startedAt == save.contact.startedAt);
    auto child = contacts.person(reread->childPersonId);
    REQUIRE(child.ok());
    CHECK(child->name == QStringLiteral("Nərmin"));
}

TEST_CASE("a non-counselling contact is one complete record without a case", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    ContactSave save;
    save.contact = Contact::nonCounselling(QStringLiteral("silent"), QStringLiteral("phone"),
                                           f.clock.nowUtc().addSecs(-20), 20, QString());
    auto saved = contacts.save(save);
    REQUIRE(saved.ok());
    CHECK(saved->caseId.isEmpty());
    CHECK(f.count(QStringLiteral("cases")) == 0);
    CHECK(f.count(QStringLiteral("contacts"), QStringLiteral("call_type = 'silent'")) == 1);
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'contact'")) == 1);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'contact.create'")) == 1);
}

TEST_CASE("invalid input is refused field by field and nothing is written", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    const qint64 auditBefore = f.count(QStringLiteral("audit_log"));
    ContactSave save = f.counsellingContact(QString(), QStringLiteral("X"));
    save.contact.categories.clear();
    save.child->age = QStringLiteral("42");
    save.child->phone = QStringLiteral("call me");
    auto saved = contacts.save(save);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == StoreError::Code::Validation);
    CHECK(hasProblem(saved.error().problems, QStringLiteral("summary")));
    CHECK(hasProblem(saved.error().problems, QStringLiteral("categories")));
    CHECK(hasProblem(saved.error().problems, QStringLiteral("child.age")));
    CHECK(hasProblem(saved.error().problems, QStringLiteral("child.phone")));
    CHECK(f.count(QStringLiteral("persons")) == 0);
    CHECK(f.count(QStringLiteral("audit_log")) == auditBefore);
}

TEST_CASE("a failure half-way through a save leaves no trace", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    const qint64 auditBefore = f.count(QStringLiteral("audit_log"));
    const qint64 outboxBefore = f.count(QStringLiteral("outbox"));
    ContactSave save = f.counsellingContact(QStringLiteral("Təkrar zəng"), QStringLiteral("Əli"));
    save.link = ContactSave::CaseLink::ExistingCase;
    save.contact.caseId = QStringLiteral("01900000-0000-7000-8000-000000000000");
    auto saved = contacts.save(save);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == StoreError::Code::NotFound);
    CHECK(f.count(QStringLiteral("persons")) == 0);
    CHECK(f.count(QStringLiteral("contacts")) == 0);
    CHECK(f.count(QStringLiteral("search_docs")) == 0);
    CHECK(f.count(QStringLiteral("audit_log")) == auditBefore);
    CHECK(f.count(QStringLiteral("outbox")) == outboxBefore);
}

TEST_CASE("a later riskier contact raises the case risk and flags acute risk", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto first =
        contacts.save(f.counsellingContact(QStringLiteral("İlk zəng"), QStringLiteral("Aygün")));
    REQUIRE(first.ok());
    ContactSave second = f.counsellingContact(QStringLiteral("İkinci zəng: özünə zərər"));
    second.link = ContactSave::CaseLink::ExistingCase;
    second.contact.caseId = first->caseId;
    second.contact.riskLevel = QStringLiteral("acute");
    second.contact.categories = {QStringLiteral("mental_health.suicidal")};
    REQUIRE(contacts.save(second).ok());
    CaseRepository cases(*f.store);
    auto record = cases.open(first->caseId);
    REQUIRE(record.ok());
    CHECK(record->riskLevel == QStringLiteral("acute"));
    CHECK(record->flags.contains(QStringLiteral("supervisor_attention")));
    CHECK(record->meta.revision == 2);
    // The change is queued as an update of the fields it changed.
    QSqlQuery q(f.store->database());
    REQUIRE(
        q.exec(QStringLiteral("SELECT operation, payload FROM outbox WHERE record_type = 'case' "
                              "AND revision = 2")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("update"));
    // With the values they had before: the case was opened at low risk, without flags.
    CHECK(q.value(1).toString() == QStringLiteral("{\"base\":{\"flags\":[],\"risk_level\":\"low\"},"
                                                  "\"fields\":[\"risk_level\",\"flags\"]}"));
    auto all = contacts.forCase(first->caseId);
    REQUIRE(all.ok());
    CHECK(all->size() == 2);
}

TEST_CASE("opening a case or a contact is audited as a view", "[store][repo][audit]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto saved = contacts.save(f.counsellingContact(QStringLiteral("Baxış testi")));
    REQUIRE(saved.ok());
    CaseRepository cases(*f.store);
    REQUIRE(cases.open(saved->caseId).ok());
    REQUIRE(contacts.open(saved->contact.meta.id).ok());
    auto caseTrail = AuditLog::forRecord(*f.store, QStringLiteral("case"), saved->caseId);
    REQUIRE(caseTrail.ok());
    REQUIRE(caseTrail->size() == 2);
    CHECK(caseTrail->last().action == QStringLiteral("case.view"));
    CHECK(caseTrail->last().accountId == f.store->session().accountId);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'contact.view'")) == 1);
}

TEST_CASE("notes referrals and follow-ups belong to a case", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto saved = contacts.save(
        f.counsellingContact(QStringLiteral("Hüquqi məsləhət"), QStringLiteral("Murad")));
    REQUIRE(saved.ok());

    NoteRepository notes(*f.store);
    Note note;
    note.caseId = saved->caseId;
    note.body = QStringLiteral("Ana ilə danışıldı.");
    REQUIRE(notes.add(note).ok());
    Note orphan;
    orphan.caseId = QStringLiteral("01900000-0000-7000-8000-000000000001");
    orphan.body = QStringLiteral("x");
    CHECK(notes.add(orphan).error().code == StoreError::Code::NotFound);
    CHECK(notes.forCase(saved->caseId)->size() == 1);

    ReferralRepository referrals(*f.store);
    Referral referral;
    referral.caseId = saved->caseId;
    referral.serviceName = QStringLiteral("Hüquqi klinika");
    referral.reason = QStringLiteral("Legal advice");
    auto noConsent = referrals.add(referral);
    CHECK(hasProblem(noConsent.error().problems, QStringLiteral("consent")));
    referral.consent = false;
    CHECK(hasProblem(referrals.add(referral).error().problems, QStringLiteral("consent_reason")));
    referral.consent = true;
    auto made = referrals.add(referral);
    REQUIRE(made.ok());
    f.clock.advanceMs(3600 * 1000);
    auto completed = referrals.setStatus(*made, QStringLiteral("completed"));
    REQUIRE(completed.ok());
    CHECK(completed->meta.revision == 2);
    CHECK(completed->statusAt == f.clock.nowUtc());
    // A stale copy cannot overwrite the newer status.
    auto stale = referrals.setStatus(*made, QStringLiteral("declined"));
    CHECK_FALSE(stale.ok());
    CHECK(referrals.forCase(saved->caseId)->first().status == QStringLiteral("completed"));

    FollowUpRepository followUps(*f.store);
    FollowUp followUp;
    followUp.caseId = saved->caseId;
    followUp.description = QStringLiteral("Call back after school");
    followUp.dueAt = f.clock.nowUtc().addDays(1);
    auto added = followUps.add(followUp);
    REQUIRE(added.ok());
    CHECK(followUps.due(f.clock.nowUtc())->isEmpty());
    CHECK(followUps.due(f.clock.nowUtc().addDays(2))->size() == 1);
    REQUIRE(followUps.complete(*added).ok());
    CHECK(followUps.due(f.clock.nowUtc().addDays(2))->isEmpty());
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'follow_up'")) == 2);
}

TEST_CASE("a referral made at intake is saved with its contact, or nothing is", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    Referral referral;
    referral.directoryEntryId = QStringLiteral("019bb16e-fe80-7fb3-93d9-6f39ef92ab8c");
    referral.serviceName = QStringLiteral("Sakit Səs Psixoloji Dəstək Xətti");
    referral.reason = QStringLiteral("Needs a psychologist this week");
    referral.urgency = QStringLiteral("urgent");
    referral.consent = true;

    ContactSave save = f.counsellingContact(QStringLiteral("Qız məktəbdə təhqir olunur."),
                                            QStringLiteral("Aysel"));
    save.referrals << referral;
    auto saved = contacts.save(save);
    INFO(saved.error().message.toStdString());
    REQUIRE(saved.ok());
    auto onCase = ReferralRepository(*f.store).forCase(saved->caseId);
    REQUIRE(onCase.ok());
    REQUIRE(onCase->size() == 1);
    CHECK(onCase->at(0).contactId == saved->contact.meta.id);
    CHECK(onCase->at(0).status == QStringLiteral("made"));
    CHECK(onCase->at(0).statusBy == f.store->session().accountId);
    CHECK(onCase->at(0).statusAt == f.clock.nowUtc());
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'referral'")) == 1);

    // An invalid referral fails the whole save: no contact, no case.
    const qint64 contactsBefore = f.count(QStringLiteral("contacts"));
    ContactSave bad = f.counsellingContact(QStringLiteral("İkinci zəng"), QStringLiteral("Elvin"));
    Referral noReason = referral;
    noReason.reason.clear();
    bad.referrals << noReason;
    auto refused = contacts.save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasProblem(refused.error().problems, QStringLiteral("reason")));
    CHECK(f.count(QStringLiteral("contacts")) == contactsBefore);
}

TEST_CASE("open referrals without news wait on the follow-ups list", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    auto saved = contacts.save(
        f.counsellingContact(QStringLiteral("Ailədə zorakılıq"), QStringLiteral("Nigar")));
    REQUIRE(saved.ok());
    ReferralRepository referrals(*f.store);
    Referral referral;
    referral.caseId = saved->caseId;
    referral.serviceName = QStringLiteral("Sığınacaq");
    referral.reason = QStringLiteral("Safe place for the night");
    referral.consent = false;
    referral.consentReason = QStringLiteral("Imminent danger");
    auto first = referrals.add(referral);
    REQUIRE(first.ok());
    f.clock.advanceMs(2 * 86400 * 1000);
    auto second = referrals.add(referral);
    REQUIRE(second.ok());
    f.clock.advanceMs(6 * 86400 * 1000);

    // A week without news: only the first is waiting.
    auto waiting = referrals.waiting(f.clock.nowUtc().addDays(-7));
    REQUIRE(waiting.ok());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->at(0).meta.id == first->meta.id);
    // News (acknowledged) restarts the wait; a finished referral never waits.
    REQUIRE(referrals.setStatus(*first, QStringLiteral("acknowledged")).ok());
    CHECK(referrals.waiting(f.clock.nowUtc().addDays(-7))->isEmpty());
    auto both = referrals.waiting(f.clock.nowUtc().addSecs(1));
    REQUIRE(both->size() == 2);
    CHECK(both->at(0).meta.id == second->meta.id); // oldest news first
    REQUIRE(referrals.setStatus(*second, QStringLiteral("completed")).ok());
    CHECK(referrals.waiting(f.clock.nowUtc().addSecs(1))->size() == 1);
}

TEST_CASE("the case list pages newest first with the child's name", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    for (int i = 0; i < 25; ++i) {
        f.clock.advanceMs(60000);
        REQUIRE(contacts
                    .save(f.counsellingContact(QStringLiteral("Zəng %1").arg(i),
                                               QStringLiteral("Uşaq %1").arg(i)))
                    .ok());
    }
    CaseRepository cases(*f.store);
    auto first = cases.page({QString(), QString(), 0, 10});
    REQUIRE(first.ok());
    REQUIRE(first->size() == 10);
    CHECK(first->first().childName == QStringLiteral("Uşaq 24"));
    auto last = cases.page({QString(), QString(), 20, 10});
    REQUIRE(last->size() == 5);
    CHECK(last->last().childName == QStringLiteral("Uşaq 0"));
    CHECK(*cases.count() == 25);
}

TEST_CASE("a batch of contacts is saved all or nothing", "[store][repo]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    QList<ContactSave> batch;
    for (int i = 0; i < 5; ++i)
        batch << f.counsellingContact(QStringLiteral("Toplu %1").arg(i),
                                      QStringLiteral("Uşaq %1").arg(i));
    batch[3].contact.summary.clear();
    auto refused = contacts.saveBatch(batch);
    REQUIRE_FALSE(refused.ok());
    CHECK(hasProblem(refused.error().problems, QStringLiteral("3.summary")));
    CHECK(f.count(QStringLiteral("contacts")) == 0);
    batch[3].contact.summary = QStringLiteral("Toplu 3");
    auto saved = contacts.saveBatch(batch);
    REQUIRE(saved.ok());
    CHECK(saved->size() == 5);
    CHECK(f.count(QStringLiteral("contacts")) == 5);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'contact.create'")) == 5);
}
