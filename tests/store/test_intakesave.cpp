#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/caseitemrepository.h"
#include "core/store/draftrepository.h"

using namespace helpline;
using helpline::test::StoreFixture;

TEST_CASE("saving an intake removes its draft in the same transaction", "[store][drafts]")
{
    StoreFixture f;
    Draft draft;
    draft.formId = QStringLiteral("intake");
    draft.formVersion = 1;
    draft.data = QJsonObject{{QStringLiteral("summary"), QStringLiteral("typed")}};
    auto kept = DraftRepository(*f.store).save(draft);
    REQUIRE(kept.ok());

    ContactRepository contacts(*f.store);
    ContactSave invalid = f.counsellingContact(QString()); // no summary: refused
    invalid.draftId = kept->id;
    REQUIRE_FALSE(contacts.save(invalid).ok());
    CHECK(f.count(QStringLiteral("drafts")) == 1); // a refused save keeps the draft

    ContactSave save =
        f.counsellingContact(QStringLiteral("Ev tapşırığı"), QStringLiteral("Leyla"));
    save.draftId = kept->id;
    REQUIRE(contacts.save(save).ok());
    CHECK(f.count(QStringLiteral("drafts")) == 0);
    // Not a discard: the counsellor threw nothing away.
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'draft.discard'")) == 0);
}

TEST_CASE("a follow-up planned at intake is created on the contact's case", "[store]")
{
    StoreFixture f;
    ContactSave save =
        f.counsellingContact(QStringLiteral("Məktəbdə zorakılıq"), QStringLiteral("Murad"));
    save.contact.counsellorId = f.store->session().accountId;
    FollowUp planned;
    planned.dueAt = f.clock.nowUtc().addDays(2);
    planned.description = QStringLiteral("Call back after school");
    save.followUp = planned;
    auto saved = ContactRepository(*f.store).save(save);
    REQUIRE(saved.ok());

    auto followUps = FollowUpRepository(*f.store).forCase(saved->caseId);
    REQUIRE(followUps.ok());
    REQUIRE(followUps->size() == 1);
    CHECK(followUps->first().contactId == saved->contact.meta.id);
    CHECK(followUps->first().assigneeId == f.store->session().accountId);
    CHECK(followUps->first().dueAt == planned.dueAt);
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'follow_up'")) == 1);
    // The case list shows it as the next follow-up.
    CHECK(f.count(QStringLiteral("cases"), QStringLiteral("next_follow_up_at IS NOT NULL")) == 1);
}

TEST_CASE("a screening cut short after a positive answer flags the case", "[store]")
{
    StoreFixture f;
    ContactRepository contacts(*f.store);
    ContactSave negative = f.counsellingContact(QStringLiteral("first"), QStringLiteral("Aysel"));
    negative.contact.riskLevel.clear();
    negative.contact.screening = QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                                             {QStringLiteral("q1"), QStringLiteral("no")}};
    REQUIRE(contacts.save(negative).ok());
    CHECK(f.count(QStringLiteral("cases"), QStringLiteral("flags LIKE '%supervisor_attention%'")) ==
          0);

    ContactSave cut = f.counsellingContact(QStringLiteral("second"), QStringLiteral("Elvin"));
    cut.contact.riskLevel.clear();
    cut.contact.screening = QJsonObject{{QStringLiteral("instrument"), QStringLiteral("asq")},
                                        {QStringLiteral("q1"), QStringLiteral("refused")}};
    auto saved = contacts.save(cut);
    REQUIRE(saved.ok());
    CHECK(f.count(QStringLiteral("cases"),
                  QStringLiteral("id = '%1' AND flags LIKE '%supervisor_attention%'")
                      .arg(saved->caseId)) == 1);
}
