#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/draftrepository.h"

using namespace helpline;
using helpline::test::StoreFixture;

TEST_CASE("drafts are kept per account and restored exactly", "[store][drafts]")
{
    StoreFixture f;
    DraftRepository drafts(*f.store);
    Draft draft;
    draft.formId = QStringLiteral("intake");
    draft.formVersion = 3;
    draft.data = QJsonObject{{QStringLiteral("summary"), QStringLiteral("Yarımçıq qeyd…")},
                             {QStringLiteral("child.age"), QStringLiteral("11")}};
    draft.elapsedMs = 125400;
    auto saved = drafts.save(draft);
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->id.isEmpty());
    f.clock.advanceMs(2000);
    saved->elapsedMs = 127400;
    REQUIRE(drafts.save(*saved).ok()); // replaces, does not duplicate

    auto mine = drafts.mine();
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().data == draft.data);
    CHECK(mine->first().elapsedMs == 127400);
    CHECK(mine->first().formVersion == 3);
    CHECK(mine->first().updatedAt == f.clock.nowUtc());
    // Autosaves are not audited or queued for sync; discarding is audited.
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("record_type = 'draft'")) == 0);
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'draft'")) == 0);
    REQUIRE(drafts.discard(saved->id).ok());
    CHECK(drafts.mine()->isEmpty());
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'draft.discard'")) == 1);
    CHECK(drafts.discard(saved->id).error().code == StoreError::Code::NotFound);
}

TEST_CASE("another account neither sees nor overwrites my drafts", "[store][drafts]")
{
    StoreFixture f;
    auto other = f.store->addAccount(QStringLiteral("leyla"), QString(), Role::Counsellor,
                                     test::password("leyla password"), test::fastKdf());
    REQUIRE(other.ok());
    Draft draft;
    draft.formId = QStringLiteral("intake");
    auto saved = DraftRepository(*f.store).save(draft);
    REQUIRE(saved.ok());
    const QString dir = f.dir.path();
    f.store->close();
    auto leyla = CaseStore::unlock(dir, *other, test::password("leyla password"));
    REQUIRE(leyla.ok());
    DraftRepository hers(*leyla.value());
    CHECK(hers.mine()->isEmpty());
    CHECK(hers.save(*saved).error().code == StoreError::Code::PermissionDenied);
    CHECK(hers.discard(saved->id).error().code == StoreError::Code::NotFound);
}

TEST_CASE("attachments live in the store and viewing one is audited", "[store][attachments]")
{
    StoreFixture f;
    auto saved = ContactRepository(*f.store).save(f.counsellingContact(QStringLiteral("Məktub")));
    REQUIRE(saved.ok());
    AttachmentRepository attachments(*f.store);
    const QByteArray bytes("%PDF-1.4 distinctive-attachment-bytes");
    auto added = attachments.add(saved->caseId, QString(), QStringLiteral("məktub.pdf"),
                                 QStringLiteral("application/pdf"), bytes);
    REQUIRE(added.ok());
    CHECK(attachments.forCase(saved->caseId)->first().sizeBytes == bytes.size());
    CHECK(*attachments.content(added->id) == bytes);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'attachment.view'")) == 1);
    CHECK(
        test::filesContaining(f.dir.path(), QByteArrayLiteral("distinctive-attachment")).isEmpty());
    auto empty =
        attachments.add(saved->caseId, QString(), QStringLiteral("x"), QString(), QByteArray());
    CHECK(hasProblem(empty.error().problems, QStringLiteral("content")));
    auto orphan =
        attachments.add(QStringLiteral("nope"), QString(), QStringLiteral("x"), QString(), bytes);
    CHECK(orphan.error().code == StoreError::Code::NotFound);
}
