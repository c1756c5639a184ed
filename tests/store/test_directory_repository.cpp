// DirectoryRepository over a real encrypted store: the referral directory as a directory pull
// wrote it (PulledRecords), read back whole and by id; removed entries and rows that no longer
// decode are left out; reading makes no audit entries.
#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/directory/directoryjson.h"
#include "core/domain/recordjson.h"
#include "core/store/directoryrepository.h"
#include "core/store/pulledrecords.h"
#include "core/util/uuid.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

struct DirectoryFixture : StoreFixture {
    PulledRecords pulled{*store};
    DirectoryRepository directory{*store};
    qint64 seq = 0;

    DirectoryEntry entry(const QString &name)
    {
        DirectoryEntry e;
        const QDateTime at = clock.nowUtc().addSecs(-3600);
        e.meta.id = newUuidV7(at);
        e.meta.createdAt = at;
        e.meta.updatedAt = at;
        e.meta.createdBy = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
        e.meta.originDevice = QStringLiteral("server");
        e.meta.revision = 1;
        e.name = name;
        e.serviceTypes = {QStringLiteral("psychology"), QStringLiteral("legal")};
        e.regionCodes = {QStringLiteral("AZ-SAK")};
        e.phones = {QStringLiteral("012 555 01 23")};
        e.verifiedOn = clock.nowUtc().date();
        return e;
    }

    // Applies a page of the directory stream the way a sync pull does.
    void pull(const QList<PullItem> &items)
    {
        PullPage page;
        page.stream = QStringLiteral("directory");
        page.items = items;
        for (PullItem &item : page.items)
            item.seq = ++seq;
        page.cursor = seq;
        auto applied = pulled.applyPage(page.stream, page);
        INFO(applied.error().message.toStdString() << " " << applied.error().detail.toStdString());
        REQUIRE(applied.ok());
        REQUIRE(applied->skipped == 0);
    }

    static PullItem itemOf(const DirectoryEntry &e)
    {
        PullItem item;
        item.type = QStringLiteral("directory_entry");
        item.id = e.meta.id;
        item.revision = e.meta.revision;
        item.record = directoryEntryToJson(e, DirectoryJsonForm::Record);
        return item;
    }

    PullItem tombstone(const DirectoryEntry &e, int revision)
    {
        PullItem item;
        item.type = QStringLiteral("directory_entry");
        item.id = e.meta.id;
        item.revision = revision;
        item.deleted = true;
        item.record = QJsonObject{{QStringLiteral("id"), e.meta.id},
                                  {QStringLiteral("deleted"), true},
                                  {QStringLiteral("revision"), revision},
                                  {QStringLiteral("updated_at"), isoUtc(clock.nowUtc())}};
        return item;
    }

    QList<DirectoryEntry> all()
    {
        auto entries = directory.all();
        INFO(entries.error().message.toStdString() << " " << entries.error().detail.toStdString());
        REQUIRE(entries.ok());
        return *entries;
    }
};

QStringList namesOf(const QList<DirectoryEntry> &entries)
{
    QStringList names;
    for (const DirectoryEntry &e : entries)
        names << e.name;
    names.sort();
    return names;
}

} // namespace

TEST_CASE("the directory repository reads the entries a directory pull wrote", "[store][directory]")
{
    DirectoryFixture f;
    CHECK(f.all().isEmpty());

    DirectoryEntry full = f.entry(QStringLiteral("Psixoloji yardım mərkəzi, Şəki"));
    full.nameRu = QStringLiteral("Центр психологической помощи, Шеки");
    full.nameEn = QStringLiteral("Psychological Help Centre, Shaki");
    full.ageMin = 6;
    full.ageMax = -1;
    full.genders = {QStringLiteral("female")};
    full.languages = {QStringLiteral("az"), QStringLiteral("ru")};
    full.free = true;
    full.email = QStringLiteral("info@example.az");
    full.website = QStringLiteral("https://example.az");
    full.address = QStringLiteral("Şəki, M. F. Axundzadə küçəsi 5\n2-ci mərtəbə");
    full.openingHours = QStringLiteral("mon-fri 09:00-18:00; sat 10:00-14:00");
    full.eligibility = QStringLiteral("Həkim göndərişi ilə.");
    full.notes = QStringLiteral("Növbə 2 həftəyə qədər çəkə bilər.");
    DirectoryEntry nationwide = f.entry(QStringLiteral("Uşaq qaynar xətti"));
    nationwide.serviceTypes = {QStringLiteral("hotline")};
    nationwide.regionCodes.clear();
    nationwide.nationwide = true;
    nationwide.openingHours = QStringLiteral("24/7");
    const DirectoryEntry removed = f.entry(QStringLiteral("Bağlanmış xidmət"));
    REQUIRE(full.validate(f.clock.nowUtc().date()).isEmpty());
    f.pull({f.itemOf(full), f.itemOf(nationwide), f.itemOf(removed)});

    const QList<DirectoryEntry> entries = f.all();
    REQUIRE(entries.size() == 3);
    for (const DirectoryEntry &expected : {full, nationwide, removed}) {
        const auto read = std::find_if(entries.begin(), entries.end(), [&](const auto &e) {
            return e.meta.id == expected.meta.id;
        });
        REQUIRE(read != entries.end());
        CHECK(*read == expected);
        auto byId = f.directory.byId(expected.meta.id);
        REQUIRE(byId.ok());
        CHECK(*byId == expected);
    }

    // A later page changes one entry and removes another (a bare tombstone).
    DirectoryEntry changed = full;
    changed.meta.revision = 2;
    changed.meta.updatedAt = f.clock.nowUtc();
    changed.name = QStringLiteral("Psixoloji dəstək mərkəzi, Şəki");
    f.pull({f.itemOf(changed), f.tombstone(removed, 2)});
    REQUIRE(f.count(QStringLiteral("directory_entries"), QStringLiteral("deleted = 1")) == 1);
    CHECK(namesOf(f.all()) == QStringList{changed.name, nationwide.name});
    auto byId = f.directory.byId(changed.meta.id);
    REQUIRE(byId.ok());
    CHECK(*byId == changed);
    auto gone = f.directory.byId(removed.meta.id);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == StoreError::Code::NotFound);
    CHECK_FALSE(gone.error().message.isEmpty());
    auto unknown = f.directory.byId(newUuidV7(f.clock.nowUtc()));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == StoreError::Code::NotFound);
}

TEST_CASE("a directory row that no longer decodes is left out, and reads are not audited",
          "[store][directory]")
{
    DirectoryFixture f;
    const DirectoryEntry good = f.entry(QStringLiteral("Hüquqi yardım bürosu"));
    const DirectoryEntry damaged = f.entry(QStringLiteral("Zədələnmiş sətir"));
    const DirectoryEntry foreign = f.entry(QStringLiteral("Başqa id"));
    f.pull({f.itemOf(good), f.itemOf(damaged), f.itemOf(foreign)});
    {
        QSqlQuery q(f.store->database());
        REQUIRE(q.prepare(QStringLiteral("UPDATE directory_entries SET data = ? WHERE id = ?")));
        q.addBindValue(QStringLiteral("{\"id\": \"%1\", \"name\": 5}").arg(damaged.meta.id));
        q.addBindValue(damaged.meta.id);
        REQUIRE(q.exec());
        // Valid JSON of another entry: the row's id and its JSON's must agree.
        QJsonObject other = directoryEntryToJson(good, DirectoryJsonForm::Record);
        q.addBindValue(QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact)));
        q.addBindValue(foreign.meta.id);
        REQUIRE(q.exec());
    }
    const qint64 audited = f.count(QStringLiteral("audit_log"));

    const QList<DirectoryEntry> entries = f.all();
    REQUIRE(entries.size() == 1);
    CHECK(entries.first() == good);
    CHECK(f.directory.byId(good.meta.id).ok());
    auto byId = f.directory.byId(damaged.meta.id);
    REQUIRE_FALSE(byId.ok());
    CHECK(byId.error().code == StoreError::Code::NotFound);
    CHECK_FALSE(f.directory.byId(foreign.meta.id).ok());
    CHECK(f.count(QStringLiteral("audit_log")) == audited);
}
