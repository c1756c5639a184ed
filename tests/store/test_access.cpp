// The access rules on the desk: one desk may hold cases that several accounts pulled (a
// supervisor's office, a counsellor's own), so what the store shows is filtered again for the
// signed-in account, in the repositories themselves: lists, counts, reads, search, follow-ups.
// A refused read is audited.
#include <catch2/catch.hpp>

#include "shareddesk.h"
#include "storefixture.h"

#include "core/domain/casetimeline.h"
#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/reviewrepository.h"
#include "core/store/searchindex.h"

#include <QSqlQuery>

using namespace helpline;
using helpline::test::StoreFixture;

using helpline::test::SharedDesk;

TEST_CASE("a counsellor sees the cases assigned to them and no others", "[store][access]")
{
    SharedDesk d;
    d.signInAs(d.leyla);
    CHECK(d.listed() == SharedDesk::sorted({d.mine.caseId, d.ganja.caseId}));
    CHECK(d.counted() == 2);
    CaseListQuery kamals;
    kamals.assigneeId = d.kamal;
    CHECK(d.counted(kamals) == 0);
    CHECK(CaseRepository(*d.f.store).page(kamals)->isEmpty());

    CaseRepository cases(*d.f.store);
    CHECK(cases.read(d.mine.caseId).ok());
    const auto refused = cases.open(d.theirs.caseId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == StoreError::Code::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("not assigned to you")));
    CHECK_FALSE(cases.events(d.theirs.caseId).ok());
    CHECK_FALSE(ContactRepository(*d.f.store).forCase(d.theirs.caseId).ok());
    CHECK_FALSE(NoteRepository(*d.f.store).forCase(d.theirs.caseId).ok());
    CHECK_FALSE(FollowUpRepository(*d.f.store).forCase(d.theirs.caseId).ok());
    CHECK_FALSE(ReferralRepository(*d.f.store).forCase(d.theirs.caseId).ok());
    CHECK_FALSE(loadTimeline(*d.f.store, d.theirs.caseId).ok());
    CHECK_FALSE(ContactRepository(*d.f.store).open(d.theirs.contact.meta.id).ok());
    // Refusals are audited, as the case's record.
    CHECK(d.denials(d.theirs.caseId) >= 3);

    auto summaries = cases.summaries({d.theirs.caseId, d.mine.caseId});
    REQUIRE(summaries.ok());
    REQUIRE(summaries->size() == 1);
    CHECK(summaries->first().id == d.mine.caseId);
    CHECK(d.found(QStringLiteral("runaway")).isEmpty());
    CHECK(d.found(QStringLiteral("bullied")) == QStringList{d.mine.caseId});
    auto linkable = cases.findForLink(d.theirs.caseNumber);
    REQUIRE(linkable.ok());
    CHECK(linkable->isEmpty());
    auto due = FollowUpRepository(*d.f.store).due(d.f.clock.nowUtc().addDays(2));
    REQUIRE(due.ok());
    CHECK(due->isEmpty());
}

TEST_CASE("a counsellor keeps seeing the contacts they wrote in a case that moved on",
          "[store][access]")
{
    SharedDesk d;
    d.signInAs(d.leyla);
    auto own = ContactRepository(*d.f.store)
                   .save(d.f.counsellingContact(QStringLiteral("Second call, still bullied")));
    REQUIRE(own.ok());
    d.signInAs(d.samir);
    REQUIRE(CaseRepository(*d.f.store).assign(own->caseId, d.kamal).ok());

    d.signInAs(d.leyla);
    CHECK_FALSE(CaseRepository(*d.f.store).read(own->caseId).ok());
    CHECK(ContactRepository(*d.f.store).open(own->contact.meta.id).ok());
    d.signInAs(d.kamal);
    CHECK(CaseRepository(*d.f.store).read(own->caseId).ok());
    CHECK(ContactRepository(*d.f.store).open(own->contact.meta.id).ok());
}

TEST_CASE("a supervisor sees every case of their office and none of another", "[store][access]")
{
    SharedDesk d;
    d.signInAs(d.samir);
    CHECK(d.listed() == SharedDesk::sorted({d.mine.caseId, d.theirs.caseId}));
    CHECK(d.counted() == 2);
    CaseListQuery leylas;
    leylas.assigneeId = d.leyla;
    CHECK(d.counted(leylas) == 1);
    CaseRepository cases(*d.f.store);
    CHECK(cases.open(d.theirs.caseId).ok());
    const auto refused = cases.read(d.ganja.caseId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == StoreError::Code::PermissionDenied);
    CHECK(refused.error().message.contains(QStringLiteral("another office")));
    CHECK(d.found(QStringLiteral("phone")).isEmpty());
    CHECK(d.found(QStringLiteral("runaway")) == QStringList{d.theirs.caseId});
    auto due = FollowUpRepository(*d.f.store).due(d.f.clock.nowUtc().addDays(2));
    REQUIRE(due.ok());
    CHECK(due->size() == 1);

    // Once the other office's case is gone from the desk, the list needs no office check and
    // shows the same.
    QSqlQuery q(d.f.store->database());
    REQUIRE(q.exec(
        QStringLiteral("UPDATE cases SET office_id = NULL WHERE id = '%1'").arg(d.ganja.caseId)));
    CHECK(d.counted() == 3);
}

TEST_CASE("a case opened on a desk belongs to the office of the account that opened it",
          "[store][access]")
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC)};
    CaseStore::CreateOptions options; // as an enrolment makes it
    options.directory = dir.path();
    options.adminUsername = QStringLiteral("leyla");
    options.adminAccountId = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
    options.adminRole = Role::Counsellor;
    options.officeId = QStringLiteral("sheki");
    options.kdf = test::fastKdf();
    auto store = CaseStore::create(options, test::password(test::kSharedDeskPassword), &clock);
    REQUIRE(store.ok());
    CHECK((*store)->session().officeId == QLatin1String("sheki"));
    ContactSave save;
    save.contact.channel = QStringLiteral("phone");
    save.contact.callType = QStringLiteral("child_about_self");
    save.contact.startedAt = clock.nowUtc().addSecs(-600);
    save.contact.durationSeconds = 60;
    save.contact.categories = {QStringLiteral("violence.bullying")};
    save.contact.summary = QStringLiteral("x");
    save.contact.riskLevel = QStringLiteral("low");
    auto saved = ContactRepository(**store).save(save);
    REQUIRE(saved.ok());
    auto record = CaseRepository(**store).read(saved->caseId);
    REQUIRE(record.ok());
    CHECK(record->officeId == QLatin1String("sheki"));
    CHECK(record->assigneeId == options.adminAccountId);
}

TEST_CASE("a counsellor opens a colleague's case with a reason: read for eight hours, never write",
          "[store][access][opening]")
{
    SharedDesk d;
    d.signInAs(d.leyla);
    CaseRepository cases(*d.f.store);
    CHECK(cases.open(d.theirs.caseId).error().code == StoreError::Code::PermissionDenied);
    auto tooShort = cases.openWithReason(d.theirs.caseId, QStringLiteral("urgent"));
    REQUIRE_FALSE(tooShort.ok());
    CHECK(tooShort.error().code == StoreError::Code::Validation);

    auto opened = cases.openWithReason(d.theirs.caseId,
                                       QStringLiteral("The boy called again; Kamal is off."));
    INFO(opened.error().message.toStdString());
    REQUIRE(opened.ok());
    CHECK(cases.read(d.theirs.caseId).ok());
    auto timeline = loadTimeline(*d.f.store, d.theirs.caseId);
    REQUIRE(timeline.ok());
    bool shown = false;
    for (const TimelineEntry &e : *timeline)
        shown |= e.kind == TimelineEntry::Kind::Access &&
                 e.body == QLatin1String("The boy called again; Kamal is off.");
    CHECK(shown);
    auto entries = AuditLog::forRecord(*d.f.store, QStringLiteral("case"), d.theirs.caseId);
    REQUIRE(entries.ok());
    bool audited = false;
    for (const AuditEntry &e : *entries)
        audited |= e.action == QLatin1String("access.reason") && e.accountId == d.leyla;
    CHECK(audited);
    // Reading, not writing: a note, a status or a follow-up stays refused.
    Note note;
    note.caseId = d.theirs.caseId;
    note.body = QStringLiteral("I called him back.");
    CHECK(NoteRepository(*d.f.store).add(note).error().code == StoreError::Code::PermissionDenied);
    CHECK(cases.changeStatus(d.theirs.caseId, QStringLiteral("active")).error().code ==
          StoreError::Code::PermissionDenied);
    // Lists still show only her own cases.
    CHECK(d.listed() == SharedDesk::sorted({d.mine.caseId, d.ganja.caseId}));
    // Eight hours later the opening has lapsed.
    d.f.clock.advanceMs(8LL * 3600 * 1000 + 60 * 1000);
    CHECK(cases.read(d.theirs.caseId).error().code == StoreError::Code::PermissionDenied);

    // Another office's case cannot be opened at all (Leyla holds that one: Kamal asks).
    d.signInAs(d.kamal);
    CHECK(CaseRepository(*d.f.store)
              .openWithReason(d.ganja.caseId, QStringLiteral("The child called again tonight."))
              .error()
              .code == StoreError::Code::PermissionDenied);
}

TEST_CASE("break glass on a restricted case goes to the supervisors' review queue",
          "[store][access][opening][review]")
{
    SharedDesk d;
    {
        CaseRepository cases(*d.f.store); // the desk-only administrator restricts it
        auto record = cases.read(d.theirs.caseId);
        REQUIRE(record.ok());
        record->restricted = true;
        REQUIRE(cases.update(*record).ok());
    }
    d.signInAs(d.kamal); // its counsellor still reads it
    CHECK(CaseRepository(*d.f.store).read(d.theirs.caseId).ok());

    d.signInAs(d.leyla);
    REQUIRE(CaseRepository(*d.f.store)
                .openWithReason(d.theirs.caseId,
                                QStringLiteral("His sister is on the line, in danger now."))
                .ok());
    auto entries = AuditLog::forRecord(*d.f.store, QStringLiteral("case"), d.theirs.caseId);
    REQUIRE(entries.ok());
    bool brokeGlass = false;
    for (const AuditEntry &e : *entries)
        brokeGlass |= e.action == QLatin1String("access.break_glass");
    CHECK(brokeGlass);

    d.signInAs(d.samir);
    auto queue = ReviewRepository(*d.f.store).queue();
    REQUIRE(queue.ok());
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().reason == ReviewReason::BreakGlass);
    CHECK(queue->first().counsellorId == d.leyla);
    CHECK(queue->first().note == QLatin1String("His sister is on the line, in danger now."));
    REQUIRE(ReviewRepository(*d.f.store).approve(d.theirs.caseId).ok());
    CHECK(ReviewRepository(*d.f.store).queue()->isEmpty());

    // Leyla sees that a supervisor approved her opening.
    d.signInAs(d.leyla);
    auto feedback = ReviewRepository(*d.f.store).feedback();
    REQUIRE(feedback.ok());
    REQUIRE(feedback->size() == 1);
    CHECK(feedback->first().kind == FeedbackItem::Kind::Approved);
}

TEST_CASE("an administrator of an enrolled desk reads a case only with a stated reason",
          "[store][access][opening]")
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC)};
    CaseStore::CreateOptions options; // as an enrolment makes it
    options.directory = dir.path();
    options.adminUsername = QStringLiteral("admin");
    options.adminRole = Role::Admin;
    options.officeId = QStringLiteral("sheki");
    options.kdf = test::fastKdf();
    auto store = CaseStore::create(options, test::password(test::kSharedDeskPassword), &clock);
    REQUIRE(store.ok());
    ContactSave save;
    save.contact.channel = QStringLiteral("phone");
    save.contact.callType = QStringLiteral("child_about_self");
    save.contact.startedAt = clock.nowUtc().addSecs(-600);
    save.contact.durationSeconds = 60;
    save.contact.categories = {QStringLiteral("violence.bullying")};
    save.contact.summary = QStringLiteral("pulled here by a counsellor");
    save.contact.riskLevel = QStringLiteral("low");
    auto saved = ContactRepository(**store).save(save);
    REQUIRE(saved.ok());

    CaseRepository cases(**store);
    auto listed = cases.page(CaseListQuery());
    REQUIRE(listed.ok());
    CHECK(listed->isEmpty());
    CHECK(*cases.count() == 0);
    auto refused = cases.open(saved->caseId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("stated reason")));
    REQUIRE(cases
                .openWithReason(saved->caseId,
                                QStringLiteral("Data protection request from the family."))
                .ok());
    CHECK(cases.read(saved->caseId).ok());
    auto events = cases.events(saved->caseId);
    REQUIRE(events.ok());
    REQUIRE(events->size() >= 1);
    CHECK(events->last().kind == CaseEvent::accessKind());
    CHECK(events->last().newValue == QLatin1String("admin_reason"));
}
