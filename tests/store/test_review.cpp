// Supervisor review on the desk: the queue (what, in which order, for whom), decisions and
// comments with their rights, closure approval, "My feedback", and acute-risk alerts.
#include <catch2/catch.hpp>

#include "shareddesk.h"
#include "storefixture.h"

#include "core/domain/casetimeline.h"
#include "core/store/reviewrepository.h"

using namespace helpline;
using helpline::test::SharedDesk;

namespace {

struct ReviewDesk : SharedDesk {
    SavedContact contact(const QString &counsellor, const QString &risk, int minutesAgo,
                         const QString &summary)
    {
        ContactSave s = f.counsellingContact(summary);
        s.contact.counsellorId = counsellor;
        s.contact.riskLevel = risk;
        s.contact.startedAt = f.clock.nowUtc().addSecs(-60 * minutesAgo);
        auto saved = ContactRepository(*f.store).save(s);
        INFO(saved.error().message.toStdString());
        REQUIRE(saved.ok());
        return *saved;
    }

    void as(const QString &accountId, ReviewRules rules = {})
    {
        signInAs(accountId);
        f.store->setReviewRules(rules);
    }

    QList<ReviewItem> queue()
    {
        auto items = ReviewRepository(*f.store).queue();
        INFO(items.error().message.toStdString());
        REQUIRE(items.ok());
        return *items;
    }

    QString statusOf(const QString &caseId)
    {
        auto record = CaseRepository(*f.store).byId(caseId);
        REQUIRE(record.ok());
        return record->status;
    }

    int audited(const QString &caseId, const QString &action)
    {
        auto entries = AuditLog::forRecord(*f.store, QStringLiteral("case"), caseId);
        REQUIRE(entries.ok());
        int n = 0;
        for (const AuditEntry &e : *entries)
            n += e.action == action ? 1 : 0;
        return n;
    }
};

} // namespace

TEST_CASE("the review queue holds what a supervisor must see, most urgent first", "[store][review]")
{
    ReviewDesk d;
    // Leyla's work: a high-risk contact an hour ago, an acute one ten minutes ago; she asks for
    // a review of her first case and for the closure of another.
    const SavedContact high = d.contact(d.leyla, QStringLiteral("high"), 60, QStringLiteral("H"));
    const SavedContact acute = d.contact(d.leyla, QStringLiteral("acute"), 10, QStringLiteral("A"));
    const SavedContact closing = d.contact(d.leyla, QStringLiteral("low"), 5, QStringLiteral("C"));
    // Leyla has worked here for years; Kamal joined this week (the desk made both today).
    {
        QSqlQuery q(d.f.store->database());
        REQUIRE(q.exec(QStringLiteral("UPDATE accounts SET created_at = "
                                      "'2024-01-01T00:00:00.000Z' WHERE id = '%1'")
                           .arg(d.leyla)));
    }
    // An acute contact in the other office's case is not this office's to review.
    ContactSave other = d.f.counsellingContact(QStringLiteral("other office"));
    other.contact.counsellorId = d.leyla;
    other.contact.riskLevel = QStringLiteral("acute");
    other.contact.caseId = d.ganja.caseId;
    other.link = ContactSave::CaseLink::ExistingCase;
    REQUIRE(ContactRepository(*d.f.store).save(other).ok());

    d.as(d.leyla);
    REQUIRE(
        ReviewRepository(*d.f.store).requestReview(d.mine.caseId, QStringLiteral("Unsure")).ok());
    REQUIRE(CaseRepository(*d.f.store)
                .changeStatus(closing.caseId, QStringLiteral("pending_closure"),
                              QStringLiteral("The school took it on."))
                .ok());
    // A counsellor has no queue.
    auto refused = ReviewRepository(*d.f.store).queue();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == StoreError::Code::PermissionDenied);

    // With a four-week period Kamal's contacts are reviewed too.
    d.as(d.samir, ReviewRules{false, 4});
    const QList<ReviewItem> items = d.queue();
    REQUIRE(items.size() == 5);
    CHECK(items[0].reason == ReviewReason::AcuteRisk);
    CHECK(items[0].contactId == acute.contact.meta.id);
    CHECK(items[0].counsellorId == d.leyla);
    CHECK(items[1].reason == ReviewReason::HighRisk);
    CHECK(items[1].contactId == high.contact.meta.id);
    CHECK(items[2].reason == ReviewReason::NeedsReview);
    CHECK(items[2].caseId == d.mine.caseId);
    CHECK(items[2].note == QLatin1String("Unsure"));
    CHECK(items[2].counsellorId == d.leyla);
    CHECK(items[3].reason == ReviewReason::ClosureRequested);
    CHECK(items[3].caseId == closing.caseId);
    CHECK(items[3].note == QLatin1String("The school took it on."));
    CHECK(items[4].reason == ReviewReason::NewCounsellor);
    CHECK(items[4].contactId == d.theirs.contact.meta.id);
    // Without a period, a new counsellor's contacts are not reviewed for that.
    d.f.store->setReviewRules({});
    CHECK(d.queue().size() == 4);
}

TEST_CASE("a supervisor approves or returns, a counsellor sees it on My feedback",
          "[store][review]")
{
    ReviewDesk d;
    const SavedContact high = d.contact(d.leyla, QStringLiteral("high"), 30, QStringLiteral("H"));

    // Only a supervisor comments and decides; the refusals are audited.
    d.as(d.leyla);
    ReviewRepository asLeyla(*d.f.store);
    CHECK(asLeyla.approve(high.caseId).error().code == StoreError::Code::PermissionDenied);
    CHECK(asLeyla.comment(high.caseId, QStringLiteral("Fine")).error().code ==
          StoreError::Code::PermissionDenied);
    Note forged;
    forged.caseId = high.caseId;
    forged.kind = QStringLiteral("review_comment");
    forged.body = QStringLiteral("Approved by me");
    CHECK(NoteRepository(*d.f.store).add(forged).error().code ==
          StoreError::Code::PermissionDenied);
    CHECK(d.denials(high.caseId) >= 3);

    d.as(d.samir);
    ReviewRepository asSamir(*d.f.store);
    // A return needs a reason.
    auto bare = asSamir.giveBack(high.caseId, QStringLiteral("  "));
    REQUIRE_FALSE(bare.ok());
    CHECK(bare.error().code == StoreError::Code::Validation);
    REQUIRE(asSamir.comment(high.caseId, QStringLiteral("Did you ask about a safe adult?")).ok());
    REQUIRE(asSamir.giveBack(high.caseId, QStringLiteral("Add the safety plan.")).ok());
    CHECK(d.audited(high.caseId, QStringLiteral("review.return")) == 1);
    CHECK(d.queue().isEmpty()); // decided, so no longer waiting
    // Another office's case is not Samir's to review.
    CHECK(asSamir.approve(d.ganja.caseId).error().code == StoreError::Code::PermissionDenied);

    // Leyla sees the comment and the return, newest first, and on the case's timeline.
    d.as(d.leyla);
    auto feedback = ReviewRepository(*d.f.store).feedback();
    REQUIRE(feedback.ok());
    REQUIRE(feedback->size() == 2);
    CHECK(feedback->at(0).kind == FeedbackItem::Kind::Returned);
    CHECK(feedback->at(0).text == QLatin1String("Add the safety plan."));
    CHECK(feedback->at(0).contactId == high.contact.meta.id);
    CHECK(feedback->at(0).authorId == d.samir);
    CHECK(feedback->at(1).kind == FeedbackItem::Kind::Comment);
    CHECK(feedback->at(1).caseNumber == high.caseNumber);
    auto timeline = loadTimeline(*d.f.store, high.caseId);
    REQUIRE(timeline.ok());
    bool returned = false;
    for (const TimelineEntry &e : *timeline)
        returned |= e.kind == TimelineEntry::Kind::Review && e.relatedId == high.contact.meta.id &&
                    e.statusCode == reviewdecision::returned();
    CHECK(returned);
    // Kamal sees none of it.
    d.as(d.kamal);
    auto kamals = ReviewRepository(*d.f.store).feedback();
    REQUIRE(kamals.ok());
    CHECK(kamals->isEmpty());
}

TEST_CASE("when the office requires it, only a supervisor's approval closes a case",
          "[store][review]")
{
    ReviewDesk d;
    const ReviewRules rules{true, 0};
    d.as(d.leyla, rules);
    CaseRepository cases(*d.f.store);
    auto refused =
        cases.changeStatus(d.mine.caseId, QStringLiteral("closed"), QStringLiteral("Resolved"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == StoreError::Code::PermissionDenied);
    CHECK(d.statusOf(d.mine.caseId) == QLatin1String("open"));
    REQUIRE(cases
                .changeStatus(d.mine.caseId, QStringLiteral("pending_closure"),
                              QStringLiteral("Resolved with the school"))
                .ok());

    // Returned: back to active, with the reason.
    d.as(d.samir, rules);
    REQUIRE(ReviewRepository(*d.f.store)
                .giveBack(d.mine.caseId, QStringLiteral("Call her once more first."))
                .ok());
    CHECK(d.statusOf(d.mine.caseId) == QLatin1String("active"));

    // Asked again, approved: closed.
    d.as(d.leyla, rules);
    REQUIRE(CaseRepository(*d.f.store)
                .changeStatus(d.mine.caseId, QStringLiteral("pending_closure"),
                              QStringLiteral("Called; she is safe."))
                .ok());
    d.as(d.samir, rules);
    REQUIRE(d.queue().size() == 1);
    REQUIRE(ReviewRepository(*d.f.store).approve(d.mine.caseId).ok());
    CHECK(d.statusOf(d.mine.caseId) == QLatin1String("closed"));
    CHECK(d.queue().isEmpty());

    d.as(d.leyla, rules);
    auto feedback = ReviewRepository(*d.f.store).feedback();
    REQUIRE(feedback.ok());
    REQUIRE(feedback->size() == 2);
    CHECK(feedback->at(0).kind == FeedbackItem::Kind::ClosureApproved);
    CHECK(feedback->at(1).kind == FeedbackItem::Kind::ClosureReturned);
    CHECK(feedback->at(1).text == QLatin1String("Call her once more first."));

    // Without the rule a counsellor closes a case herself.
    d.as(d.kamal);
    CHECK(CaseRepository(*d.f.store)
              .changeStatus(d.theirs.caseId, QStringLiteral("closed"), QStringLiteral("Done"))
              .ok());
}

TEST_CASE("an acute contact alerts the office's supervisors until one acknowledges it",
          "[store][review]")
{
    ReviewDesk d;
    const QString nigar = d.add(QStringLiteral("nigar"), Role::Supervisor);
    const SavedContact acute = d.contact(d.leyla, QStringLiteral("acute"), 3, QStringLiteral("A"));
    d.contact(d.leyla, QStringLiteral("acute"), 60 * 24 * 8, QStringLiteral("Last week's"));
    d.contact(d.leyla, QStringLiteral("high"), 3, QStringLiteral("High, no alert"));

    d.as(d.leyla);
    auto none = ReviewRepository(*d.f.store).alerts();
    REQUIRE(none.ok());
    CHECK(none->isEmpty()); // counsellors get no alerts

    d.as(d.samir);
    auto alerts = ReviewRepository(*d.f.store).alerts();
    REQUIRE(alerts.ok());
    REQUIRE(alerts->size() == 1);
    CHECK(alerts->first().contactId == acute.contact.meta.id);
    CHECK(alerts->first().counsellorId == d.leyla);
    REQUIRE(ReviewRepository(*d.f.store).acknowledge(acute.contact.meta.id).ok());
    CHECK(ReviewRepository(*d.f.store).alerts()->isEmpty());
    // Acknowledged is not reviewed: the contact still waits in the queue.
    bool waiting = false;
    for (const ReviewItem &item : d.queue())
        waiting |= item.contactId == acute.contact.meta.id;
    CHECK(waiting);

    // The other supervisor's alert stopped too.
    d.as(nigar);
    CHECK(ReviewRepository(*d.f.store).alerts()->isEmpty());
    // A counsellor cannot acknowledge.
    d.as(d.kamal);
    CHECK(ReviewRepository(*d.f.store).acknowledge(acute.contact.meta.id).error().code ==
          StoreError::Code::PermissionDenied);
}
