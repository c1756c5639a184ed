#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/domain/casetimeline.h"
#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

QStringList titles(const QList<TimelineEntry> &entries)
{
    QStringList result;
    for (const TimelineEntry &e : entries)
        result << e.title;
    return result;
}

} // namespace

TEST_CASE("a case's timeline merges its records oldest first", "[store][timeline]")
{
    StoreFixture f;
    auto leylaId = f.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla Quliyeva"),
                                       Role::Counsellor, test::password("counsellor password"),
                                       test::fastKdf());
    REQUIRE(leylaId.ok());
    ContactRepository contacts(*f.store);
    ContactSave first =
        f.counsellingContact(QStringLiteral("Məktəbdə döyürlər."), QStringLiteral("Aysel"));
    first.contact.riskLevel = QStringLiteral("moderate");
    auto opened = contacts.save(first);
    REQUIRE(opened.ok());
    const QString caseId = opened->caseId;

    f.clock.advanceMs(60 * 1000);
    NoteRepository notes(*f.store);
    Note note;
    note.caseId = caseId;
    note.body = QStringLiteral("Ana ilə danışıldı.");
    auto written = notes.add(note);
    REQUIRE(written.ok());

    f.clock.advanceMs(60 * 1000);
    Note correction;
    correction.caseId = caseId;
    correction.body = QStringLiteral("Düzəliş: nənə ilə danışıldı.");
    correction.correctionOf = written->meta.id;
    auto corrected = notes.add(correction);
    REQUIRE(corrected.ok());

    f.clock.advanceMs(60 * 1000);
    Referral referral;
    referral.caseId = caseId;
    referral.serviceName = QStringLiteral("Psixoloji yardım mərkəzi");
    referral.reason = QStringLiteral("Psixoloji dəstək");
    referral.consent = true;
    REQUIRE(ReferralRepository(*f.store).add(referral).ok());

    f.clock.advanceMs(60 * 1000);
    FollowUpRepository followUps(*f.store);
    FollowUp followUp;
    followUp.caseId = caseId;
    followUp.description = QStringLiteral("Sabah zəng etmək");
    followUp.dueAt = f.clock.nowUtc().addDays(1);
    auto planned = followUps.add(followUp);
    REQUIRE(planned.ok());

    f.clock.advanceMs(60 * 1000);
    CaseRepository cases(*f.store);
    REQUIRE(cases.changeStatus(caseId, QStringLiteral("active"), {}).ok());
    f.clock.advanceMs(60 * 1000);
    REQUIRE(cases.assign(caseId, *leylaId).ok());

    f.clock.advanceMs(15 * 60 * 1000);
    ContactSave second = f.counsellingContact(QStringLiteral("Yenə zəng etdi."));
    second.link = ContactSave::CaseLink::ExistingCase;
    second.contact.caseId = caseId;
    second.contact.riskLevel = QString();
    second.contact.channel = QStringLiteral("whatsapp");
    // The contact began ten minutes ago (after the assignment): contacts sort by their start.
    REQUIRE(contacts.save(second).ok());

    f.clock.advanceMs(24 * 3600 * 1000);
    REQUIRE(followUps.complete(*planned).ok());
    f.clock.advanceMs(60 * 1000);
    REQUIRE(
        cases.changeStatus(caseId, QStringLiteral("closed"), QStringLiteral("Uşaq təhlükəsizdir"))
            .ok());

    const qint64 views =
        f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'case.view'"));
    auto timeline = loadTimeline(*f.store, caseId);
    REQUIRE(timeline.ok());
    // Reading the timeline is not a view of its own: opening the case is.
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'case.view'")) == views);

    const QList<TimelineEntry> &e = *timeline;
    INFO(titles(e).join(QStringLiteral(" | ")).toStdString());
    REQUIRE(e.size() == 10);
    using Kind = TimelineEntry::Kind;
    const QList<Kind> kinds{Kind::Contact,  Kind::Note,         Kind::Note,       Kind::Referral,
                            Kind::FollowUp, Kind::StatusChange, Kind::Assignment, Kind::Contact,
                            Kind::FollowUp, Kind::StatusChange};
    for (int i = 0; i < kinds.size(); ++i) {
        INFO("entry " << i);
        CHECK(e.at(i).kind == kinds.at(i));
        if (i > 0)
            CHECK(e.at(i - 1).at <= e.at(i).at);
    }
    CHECK(e.at(0).title == QStringLiteral("Phone · Child about themselves · Moderate risk"));
    CHECK(e.at(0).body == QStringLiteral("Məktəbdə döyürlər."));
    CHECK(e.at(0).riskLevel == QStringLiteral("moderate"));
    CHECK(e.at(0).authorName == f.store->session().displayName);
    CHECK(e.at(0).recordId == opened->contact.meta.id);

    CHECK(e.at(1).title == QStringLiteral("Case note"));
    CHECK_FALSE(e.at(1).isCorrection);
    CHECK(e.at(2).isCorrection);
    CHECK(e.at(2).relatedId == written->meta.id);
    CHECK(e.at(2).title == QStringLiteral("Correction of an earlier note"));
    CHECK(e.at(2).body == QStringLiteral("Düzəliş: nənə ilə danışıldı."));

    CHECK(e.at(3).title == QStringLiteral("Referral to Psixoloji yardım mərkəzi (Made)"));
    CHECK(e.at(4).title == QStringLiteral("Follow-up planned"));
    CHECK(e.at(4).dueAt == followUp.dueAt);
    CHECK(e.at(5).title == QStringLiteral("Status: Open → Active"));
    CHECK(e.at(6).title == QStringLiteral("Assigned to Leyla Quliyeva"));
    CHECK(e.at(7).title == QStringLiteral("WhatsApp · Child about themselves"));
    CHECK(e.at(7).riskLevel.isEmpty());
    CHECK(e.at(8).title == QStringLiteral("Follow-up done"));
    CHECK(e.at(8).relatedId == planned->meta.id);
    CHECK(e.at(9).title == QStringLiteral("Status: Active → Closed"));
    CHECK(e.at(9).body == QStringLiteral("Uşaq təhlükəsizdir"));
    CHECK(e.at(9).statusCode == QStringLiteral("closed"));

    // Opening the case still writes its "viewed" entry.
    REQUIRE(cases.open(caseId).ok());
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'case.view'")) ==
          views + 1);
}

TEST_CASE("the timeline of an unknown case is an error", "[store][timeline]")
{
    StoreFixture f;
    auto timeline = loadTimeline(*f.store, QStringLiteral("01900000-0000-7000-8000-000000000000"));
    REQUIRE_FALSE(timeline.ok());
    CHECK(timeline.error().code == StoreError::Code::NotFound);
}
