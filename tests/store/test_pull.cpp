// PulledRecords over a real store: pulled pages written like local saves (tables, search, the
// case list), in one transaction with their cursor; invalid items skipped; local changes not
// yet pushed kept; accounts without touching the keyring; the reference streams.
#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/directory/directoryjson.h"
#include "core/domain/recordjson.h"
#include "core/protocol/recorddecoder.h"
#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caselistindex.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/draftrepository.h"
#include "core/store/pulledrecords.h"
#include "core/store/searchindex.h"
#include "core/store/writetransaction.h"
#include "core/sync/recordreader.h"
#include "core/text/sortkey.h"
#include "core/util/uuid.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace helpline;
using helpline::test::StoreFixture;

namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return "[" + value.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

namespace {

// Who wrote the records on the server: another desk's counsellor.
const QString kAuthor = QStringLiteral("01900000-0000-7000-8000-0000000000a1");
const QString kOtherDesk = QStringLiteral("01900000-0000-7000-8000-0000000000d2");

RecordMeta serverMeta(const QDateTime &at, int revision = 1)
{
    RecordMeta meta;
    meta.id = newUuidV7(at);
    meta.createdAt = at;
    meta.updatedAt = at;
    meta.createdBy = kAuthor;
    meta.originDevice = kOtherDesk;
    meta.revision = revision;
    return meta;
}

PullItem itemOf(const QString &type, const QJsonObject &record)
{
    PullItem item;
    item.type = type;
    item.id = record.value(QLatin1String("id")).toString();
    item.revision = record.value(QLatin1String("revision")).toInt();
    item.deleted = record.value(QLatin1String("deleted")).toBool();
    item.record = record;
    return item;
}

// A page of `stream` whose items take the seqs after `after`; its cursor is the last one.
PullPage pageOf(const QString &stream, qint64 after, QList<PullItem> items)
{
    PullPage page;
    page.stream = stream;
    for (PullItem &item : items)
        item.seq = ++after;
    page.cursor = after;
    page.items = std::move(items);
    return page;
}

// One case as another desk wrote it, with a record of every type.
struct ServerCase {
    Person child;
    Person caller;
    CaseRecord record;
    CaseMember childMember;
    CaseMember callerMember;
    Contact contact;
    Note note;
    Referral referral;
    FollowUp followUp;
    CaseEvent event;
    AttachmentInfo attachment;

    // Children first, the case last: the order a page must not depend on.
    QList<PullItem> items() const
    {
        return {itemOf(QStringLiteral("contact"), toJson(contact)),
                itemOf(QStringLiteral("note"), toJson(note)),
                itemOf(QStringLiteral("case_member"), toJson(childMember)),
                itemOf(QStringLiteral("case_member"), toJson(callerMember)),
                itemOf(QStringLiteral("referral"), toJson(referral)),
                itemOf(QStringLiteral("follow_up"), toJson(followUp)),
                itemOf(QStringLiteral("case_event"), toJson(event)),
                itemOf(QStringLiteral("attachment"), toJson(attachment)),
                itemOf(QStringLiteral("person"), toJson(child)),
                itemOf(QStringLiteral("person"), toJson(caller)),
                itemOf(QStringLiteral("case"), toJson(record))};
    }
};

ServerCase serverCase(const QDateTime &at, const QString &number, const QString &childName,
                      const QString &summary, const QString &assigneeId)
{
    ServerCase c;
    c.child.meta = serverMeta(at);
    c.child.kind = Person::Kind::Child;
    c.child.name = childName;
    c.child.age = QStringLiteral("13");
    c.child.gender = QStringLiteral("girl");
    c.child.phone = QStringLiteral("+994 50 765 43 21");
    c.child.regionCode = QStringLiteral("AZ-SAK");
    c.caller.meta = serverMeta(at);
    c.caller.kind = Person::Kind::Caller;
    c.caller.name = QStringLiteral("Səbinə");

    c.record.meta = serverMeta(at);
    c.record.caseNumber = number;
    c.record.status = QStringLiteral("active");
    c.record.assigneeId = assigneeId;
    c.record.riskLevel = QStringLiteral("high");
    c.record.flags = {QStringLiteral("supervisor_attention")};
    c.record.officeId = QStringLiteral("office-baku");
    c.record.childPersonId = c.child.meta.id;
    c.record.title = QStringLiteral("Məktəb");
    const QString caseId = c.record.meta.id;

    c.childMember = CaseMember{serverMeta(at), caseId, c.child.meta.id, QStringLiteral("child")};
    c.callerMember = CaseMember{serverMeta(at), caseId, c.caller.meta.id, QStringLiteral("caller")};

    c.contact.meta = serverMeta(at);
    c.contact.caseId = caseId;
    c.contact.channel = QStringLiteral("phone");
    c.contact.callType = QStringLiteral("child_about_self");
    c.contact.startedAt = at.addSecs(-900);
    c.contact.durationSeconds = 600;
    c.contact.counsellorId = kAuthor;
    c.contact.childPersonId = c.child.meta.id;
    c.contact.callerPersonId = c.caller.meta.id;
    c.contact.categories = {QStringLiteral("violence.bullying")};
    c.contact.summary = summary;
    c.contact.riskLevel = QStringLiteral("high");
    c.contact.formId = QStringLiteral("intake");
    c.contact.formVersion = 1;

    c.note.meta = serverMeta(at);
    c.note.caseId = caseId;
    c.note.contactId = c.contact.meta.id;
    c.note.body = QStringLiteral("Direktorla danışmaq lazımdır");

    c.referral.meta = serverMeta(at);
    c.referral.caseId = caseId;
    c.referral.contactId = c.contact.meta.id;
    c.referral.serviceName = QStringLiteral("Psixoloji yardım mərkəzi");
    c.referral.reason = QStringLiteral("Dəstək");
    c.referral.consent = true;
    c.referral.statusAt = at;
    c.referral.statusBy = kAuthor;

    c.followUp.meta = serverMeta(at);
    c.followUp.caseId = caseId;
    c.followUp.contactId = c.contact.meta.id;
    c.followUp.dueAt = at.addDays(2);
    c.followUp.assigneeId = assigneeId;
    c.followUp.description = QStringLiteral("Sabah zəng etmək");

    c.event.meta = serverMeta(at);
    c.event.caseId = caseId;
    c.event.kind = CaseEvent::statusKind();
    c.event.oldValue = QStringLiteral("open");
    c.event.newValue = QStringLiteral("active");

    c.attachment = AttachmentInfo{serverMeta(at),
                                  caseId,
                                  c.contact.meta.id,
                                  QStringLiteral("a.pdf"),
                                  QStringLiteral("application/pdf"),
                                  1234};
    return c;
}

QStringList caseIdsOf(const Outcome<QList<SearchHit>> &hits)
{
    QStringList ids;
    if (hits)
        for (const SearchHit &hit : *hits)
            ids << hit.caseId;
    return ids;
}

// The record as this desk now reads it (what a push would send), in its JSON form.
QJsonObject stored(StoreFixture &f, const QString &type, const QString &id)
{
    auto read = RecordReader(*f.store).read(type, id);
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    return **read;
}

struct PullFixture : StoreFixture {
    PulledRecords pulled{*store};
    CaseRepository cases{*store};

    PullApplyStats apply(const PullPage &page)
    {
        auto applied = pulled.applyPage(page.stream, page);
        INFO(applied.error().message.toStdString() << " " << applied.error().detail.toStdString());
        REQUIRE(applied.ok());
        return *applied;
    }
    qint64 cursor(const QString &stream)
    {
        auto c = pulled.cursor(stream);
        REQUIRE(c.ok());
        return *c;
    }
    qint64 casesWith(CaseListQuery query)
    {
        auto n = cases.count(query);
        REQUIRE(n.ok());
        return *n;
    }
    QString adminId() const { return store->session().accountId; }
};

CaseListQuery byStatus(const QString &status)
{
    CaseListQuery q;
    q.statuses = {status};
    return q;
}

CaseListQuery byCategory(const QString &category)
{
    CaseListQuery q;
    q.category = category;
    return q;
}

CaseListQuery byRisk(const QString &risk)
{
    CaseListQuery q;
    q.riskLevels = {risk};
    return q;
}

} // namespace

TEST_CASE("a pulled page writes every case record type as a local save would",
          "[store][sync][pull]")
{
    PullFixture f;
    const ServerCase c = serverCase(
        f.clock.nowUtc(), QStringLiteral("2026-BBBB-00001"), QStringLiteral("Gülnarə Həsənova"),
        QStringLiteral("Sinif yoldaşları onu təhqir edir"), f.adminId());
    const qint64 outbox = f.count(QStringLiteral("outbox"));
    const qint64 audit = f.count(QStringLiteral("audit_log"));
    REQUIRE(f.cursor(QStringLiteral("cases")) == 0);

    const PullApplyStats stats = f.apply(pageOf(QStringLiteral("cases"), 100, c.items()));
    CHECK(stats.applied == 11);
    CHECK(stats.kept == 0);
    CHECK(stats.skipped == 0);
    CHECK(f.cursor(QStringLiteral("cases")) == 111);

    // Every record reads back exactly as the server sent it.
    const QList<PullItem> items = c.items();
    for (const PullItem &item : items) {
        INFO(item.type.toStdString());
        CHECK(stored(f, item.type, item.id) == item.record);
    }
    // Readable through the repositories like a case saved here.
    auto record = f.cases.read(c.record.meta.id);
    REQUIRE(record.ok());
    CHECK(record->caseNumber == QStringLiteral("2026-BBBB-00001"));
    CHECK(ContactRepository(*f.store).forCase(c.record.meta.id)->size() == 1);
    CHECK(NoteRepository(*f.store).forCase(c.record.meta.id)->size() == 1);
    CHECK(ReferralRepository(*f.store).forCase(c.record.meta.id)->size() == 1);
    CHECK(FollowUpRepository(*f.store).forCase(c.record.meta.id)->size() == 1);
    CHECK(AttachmentRepository(*f.store).forCase(c.record.meta.id)->size() == 1);
    CHECK(f.cases.events(c.record.meta.id)->size() == 1);

    // The case list: its derived columns and categories.
    CHECK(f.casesWith({}) == 1);
    CHECK(f.casesWith(byStatus(QStringLiteral("active"))) == 1);
    CHECK(f.casesWith(byStatus(QStringLiteral("open"))) == 0);
    CHECK(f.casesWith(byCategory(QStringLiteral("violence"))) == 1);
    CHECK(f.casesWith(byCategory(QStringLiteral("violence.bullying"))) == 1);
    CaseListQuery statusAndCategory = byCategory(QStringLiteral("violence"));
    statusAndCategory.statuses = {QStringLiteral("active")};
    CHECK(f.casesWith(statusAndCategory) == 1);
    CHECK(f.casesWith(byRisk(QStringLiteral("high"))) == 1);
    CaseListQuery region;
    region.regionCode = QStringLiteral("er.shaki_zagatala");
    CHECK(f.casesWith(region) == 1);
    CaseListQuery mine;
    mine.assigneeId = f.adminId();
    CHECK(f.casesWith(mine) == 1);
    auto page = f.cases.page(CaseListQuery());
    REQUIRE(page.ok());
    REQUIRE(page->size() == 1);
    const CaseSummary &s = page->first();
    CHECK(s.childName == QStringLiteral("Gülnarə Həsənova"));
    CHECK(s.lastContactAt == c.contact.startedAt);
    CHECK(s.nextFollowUpAt == c.followUp.dueAt);
    CHECK(s.assigneeName == f.store->session().displayName);
    CHECK(s.regionCode == QStringLiteral("AZ-SAK"));
    CaseListQuery byChild;
    byChild.sort = CaseSort::ChildName;
    CHECK(f.cases.page(byChild)->size() == 1);
    // The caller's phone finds the case (persons.phone_key).
    auto linked = f.cases.findForLink(QStringLiteral("050 765"));
    REQUIRE(linked.ok());
    REQUIRE(linked->size() == 1);
    CHECK(linked->first().id == c.record.meta.id);

    // Full-text search: the summary, the note and the child's name.
    const QStringList expected{c.record.meta.id};
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("təhqir"))) == expected);
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("direktorla"))) == expected);
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("hesenova"))) == expected);

    // Nothing to push back, and one audit entry for the page.
    CHECK(f.count(QStringLiteral("outbox")) == outbox);
    CHECK(f.count(QStringLiteral("audit_log")) == audit + 1);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'sync.pull'")) == 1);
    // The audit detail names the stream and counts, never content.
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'sync.pull'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("cases items=11 applied=11 kept=0 skipped=0"));
    auto chain = AuditLog::verify(*f.store);
    REQUIRE(chain.ok());
    CHECK(chain->intact);
}

TEST_CASE("a pulled copy of a desk's records derives what the desk derived", "[store][sync][pull]")
{
    // Desk A saves through the repositories; desk B receives everything A queued, in reverse
    // order; the case list columns, categories, phone keys and search answers must agree.
    StoreFixture a;
    ContactRepository contacts(*a.store);
    ContactSave first = a.counsellingContact(QStringLiteral("Atası içir, evdə qışqırır"),
                                             QStringLiteral("Nərmin Əliyeva"));
    first.child->phone = QStringLiteral("050 222 33 44");
    first.child->regionCode = QStringLiteral("AZ-BA.nasimi");
    Person caller;
    caller.name = QStringLiteral("Rəna");
    first.caller = caller;
    first.contact.callType = QStringLiteral("caller_about_child");
    first.contact.callerRelationship = QStringLiteral("parent");
    first.contact.categories = {QStringLiteral("violence.domestic"),
                                QStringLiteral("family.conflict")};
    FollowUp planned;
    planned.description = QStringLiteral("Anaya zəng");
    planned.dueAt = a.clock.nowUtc().addDays(1);
    first.followUp = planned;
    auto saved = contacts.save(first);
    INFO(saved.error().message.toStdString());
    REQUIRE(saved.ok());
    a.clock.advanceMs(3600 * 1000);
    ContactSave second = a.counsellingContact(QStringLiteral("Yenidən zəng, məktəbdə problem"));
    second.link = ContactSave::CaseLink::ExistingCase;
    second.contact.caseId = saved->caseId;
    second.contact.riskLevel = QStringLiteral("acute");
    second.contact.categories = {QStringLiteral("education.school_problems")};
    REQUIRE(contacts.save(second).ok());
    REQUIRE(CaseRepository(*a.store).changeStatus(saved->caseId, QStringLiteral("referred")).ok());
    REQUIRE(
        contacts.save(a.counsellingContact(QStringLiteral("Başqa uşaq"), QStringLiteral("Elvin")))
            .ok());

    QList<PullItem> items;
    {
        QSqlQuery q(a.store->database());
        REQUIRE(q.exec(QStringLiteral("SELECT DISTINCT record_type, record_id FROM outbox WHERE "
                                      "record_type <> 'account'")));
        while (q.next())
            items << itemOf(q.value(0).toString(),
                            stored(a, q.value(0).toString(), q.value(1).toString()));
    }
    REQUIRE(items.size() > 10);
    std::reverse(items.begin(), items.end());

    PullFixture b;
    // Desk A's counsellor, as the accounts stream brings her (her username is taken here).
    PullItem account;
    account.type = QStringLiteral("account");
    account.id = a.store->session().accountId;
    account.revision = 1;
    account.record = QJsonObject{{"id", account.id},
                                 {"username", "aysel.a"},
                                 {"display_name", a.store->session().displayName},
                                 {"role", "counsellor"},
                                 {"office_id", "office-baku"},
                                 {"active", true},
                                 {"updated_at", isoUtc(a.clock.nowUtc())},
                                 {"revision", 1}};
    CHECK(b.apply(pageOf(QStringLiteral("accounts"), 0, {account})).applied == 1);
    const PullApplyStats stats = b.apply(pageOf(QStringLiteral("cases"), 0, items));
    CHECK(stats.applied == items.size());

    const auto snapshot = [](StoreFixture &f) {
        QSqlQuery q(f.store->database());
        QStringList rows;
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, case_number, status, risk_level, flags, child_name, child_sort_key, "
            "last_contact_at, next_follow_up_at, region_code, economic_region, status_rank, "
            "risk_rank, assignee_sort_key FROM cases ORDER BY id")));
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 14; ++i)
                row << q.value(i).toString();
            rows << row.join(u'|');
        }
        REQUIRE(q.exec(QStringLiteral(
            "SELECT case_id, code, deleted, status FROM case_categories ORDER BY 1, 2")));
        while (q.next())
            rows << QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString()}
                        .join(u'|');
        REQUIRE(q.exec(QStringLiteral("SELECT id, phone_key FROM persons ORDER BY id")));
        while (q.next())
            rows << q.value(0).toString() + u'|' + q.value(1).toString();
        return rows;
    };
    const QStringList onA = snapshot(a);
    CHECK(onA.size() > 5);
    CHECK(snapshot(b) == onA);
    for (const QString &query :
         {QStringLiteral("qışqırır"), QStringLiteral("məktəbdə"), QStringLiteral("Nərmin"),
          QStringLiteral("elvin"), QStringLiteral("Rəna"), QStringLiteral("zəng")}) {
        INFO(query.toStdString());
        CHECK(caseIdsOf(SearchIndex::search(*b.store, query)) ==
              caseIdsOf(SearchIndex::search(*a.store, query)));
    }
    CHECK(b.cases.findForLink(QStringLiteral("050 222"))->size() == 1);
}

TEST_CASE("a later page updates pulled records and a tombstone deletes them", "[store][sync][pull]")
{
    PullFixture f;
    ServerCase c = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00002"),
                              QStringLiteral("Orxan"), QStringLiteral("Oyunda təhdid"), {});
    f.apply(pageOf(QStringLiteral("cases"), 0, c.items()));
    REQUIRE(f.casesWith(byStatus(QStringLiteral("active"))) == 1);

    f.clock.advanceMs(3600 * 1000);
    const QDateTime later = f.clock.nowUtc();
    c.record.status = QStringLiteral("pending_closure");
    c.record.riskLevel = QStringLiteral("moderate");
    c.record.meta.revision = 2;
    c.record.meta.updatedAt = later;
    c.child.name = QStringLiteral("Orxan Quliyev");
    c.child.meta.revision = 2;
    c.followUp.status = QStringLiteral("done");
    c.followUp.doneAt = later;
    c.followUp.doneBy = kAuthor;
    c.followUp.meta.revision = 2;
    c.contact.meta.deleted = true;
    c.contact.meta.revision = 2;
    f.apply(pageOf(QStringLiteral("cases"), 11,
                   {itemOf(QStringLiteral("case"), toJson(c.record)),
                    itemOf(QStringLiteral("person"), toJson(c.child)),
                    itemOf(QStringLiteral("follow_up"), toJson(c.followUp)),
                    itemOf(QStringLiteral("contact"), toJson(c.contact))}));

    CHECK(stored(f, QStringLiteral("case"), c.record.meta.id) == toJson(c.record));
    CHECK(f.casesWith(byStatus(QStringLiteral("active"))) == 0);
    CHECK(f.casesWith(byStatus(QStringLiteral("pending_closure"))) == 1);
    CHECK(f.casesWith(byRisk(QStringLiteral("moderate"))) == 1);
    CHECK(f.casesWith(byRisk(QStringLiteral("high"))) == 0);
    auto summary = f.cases.summaries({c.record.meta.id});
    REQUIRE(summary->size() == 1);
    CHECK(summary->first().childName == QStringLiteral("Orxan Quliyev"));
    CHECK_FALSE(summary->first().nextFollowUpAt.isValid()); // the follow-up is done
    CHECK_FALSE(summary->first().lastContactAt.isValid());  // the only contact is deleted
    // The deleted contact's categories and text no longer find the case; the new name does.
    CHECK(f.casesWith(byCategory(QStringLiteral("violence"))) == 0);
    CHECK(ContactRepository(*f.store).forCase(c.record.meta.id)->isEmpty());
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("təhdid"))).isEmpty());
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("quliyev"))) ==
          QStringList{c.record.meta.id});
    CHECK(f.cursor(QStringLiteral("cases")) == 15);

    // A deleted case leaves the list and the search.
    c.record.meta.deleted = true;
    c.record.meta.revision = 3;
    f.apply(
        pageOf(QStringLiteral("cases"), 15, {itemOf(QStringLiteral("case"), toJson(c.record))}));
    CHECK(f.casesWith({}) == 0);
    CHECK(f.casesWith(byCategory(QStringLiteral("violence"))) == 0);
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("direktorla"))).isEmpty());
    CHECK(f.cases.byId(c.record.meta.id)->meta.deleted);
}

TEST_CASE("records that come before their case wait under placeholders", "[store][sync][pull]")
{
    PullFixture f;
    ServerCase c = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00003"),
                              QStringLiteral("Aytac"), QStringLiteral("Evdən qaçmaq istəyir"), {});
    Note correction;
    correction.meta = serverMeta(f.clock.nowUtc());
    correction.caseId = c.record.meta.id;
    correction.body = QStringLiteral("Düzəliş: nənəsi ilə yaşayır");
    correction.correctionOf = c.note.meta.id;
    // First page: a contact, a correction of a note not here yet, a membership and a follow-up.
    const PullApplyStats first =
        f.apply(pageOf(QStringLiteral("cases"), 0,
                       {itemOf(QStringLiteral("contact"), toJson(c.contact)),
                        itemOf(QStringLiteral("note"), toJson(correction)),
                        itemOf(QStringLiteral("case_member"), toJson(c.childMember)),
                        itemOf(QStringLiteral("follow_up"), toJson(c.followUp))}));
    CHECK(first.applied == 4);
    // Nothing shows without its case.
    CHECK(f.casesWith({}) == 0);
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("qaçmaq"))).isEmpty());
    CHECK(f.cases.read(c.record.meta.id).error().code == StoreError::Code::NotFound);
    CHECK(f.count(QStringLiteral("cases"), QStringLiteral("deleted = 1 AND revision = 0")) == 1);

    // Later pages bring the case, the child and the corrected note.
    f.apply(pageOf(QStringLiteral("cases"), 4,
                   {itemOf(QStringLiteral("case"), toJson(c.record)),
                    itemOf(QStringLiteral("person"), toJson(c.child))}));
    f.apply(pageOf(QStringLiteral("cases"), 6, {itemOf(QStringLiteral("note"), toJson(c.note))}));
    CHECK(stored(f, QStringLiteral("case"), c.record.meta.id) == toJson(c.record));
    CHECK(stored(f, QStringLiteral("person"), c.child.meta.id) == toJson(c.child));
    CHECK(stored(f, QStringLiteral("note"), c.note.meta.id) == toJson(c.note));
    CHECK(f.count(QStringLiteral("cases"), QStringLiteral("revision = 0")) == 0);
    CHECK(f.count(QStringLiteral("persons"), QStringLiteral("revision = 0")) == 1); // the caller
    CHECK(NoteRepository(*f.store).forCase(c.record.meta.id)->size() == 2);
    CHECK(f.casesWith(byCategory(QStringLiteral("violence"))) == 1);
    auto summary = f.cases.summaries({c.record.meta.id});
    REQUIRE(summary->size() == 1);
    CHECK(summary->first().childName == QStringLiteral("Aytac"));
    CHECK(summary->first().lastContactAt == c.contact.startedAt);
    CHECK(summary->first().nextFollowUpAt == c.followUp.dueAt);
    const QStringList expected{c.record.meta.id};
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("qaçmaq"))) == expected);
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("aytac"))) == expected);
}

TEST_CASE("the cursor moves with its page in one transaction and never backwards",
          "[store][sync][pull]")
{
    PullFixture f;
    const ServerCase c =
        serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00004"), QStringLiteral("Kamran"),
                   QStringLiteral("Telefonla təhdid"), {});
    f.apply(
        pageOf(QStringLiteral("cases"), 0, {itemOf(QStringLiteral("person"), toJson(c.child))}));
    REQUIRE(f.cursor(QStringLiteral("cases")) == 1);
    const qint64 audit = f.count(QStringLiteral("audit_log"));

    // A failure half-way (a statement the store refuses, as a full disk would): nothing of the
    // page stays, and the cursor stays where it was.
    {
        QSqlQuery q(f.store->database());
        REQUIRE(q.exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse_note BEFORE INSERT ON main.notes WHEN NEW.body LIKE "
            "'Direktor%' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    const PullPage page = pageOf(QStringLiteral("cases"), 1, c.items());
    auto failed = f.pulled.applyPage(QStringLiteral("cases"), page);
    REQUIRE_FALSE(failed.ok());
    CHECK(f.cursor(QStringLiteral("cases")) == 1);
    CHECK(f.count(QStringLiteral("cases")) == 0);
    CHECK(f.count(QStringLiteral("contacts")) == 0);
    CHECK(f.count(QStringLiteral("search_docs")) == 1); // the child pulled before
    CHECK(f.count(QStringLiteral("audit_log")) == audit);
    {
        QSqlQuery q(f.store->database());
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_note")));
    }
    CHECK(f.apply(page).applied == 11);
    CHECK(f.cursor(QStringLiteral("cases")) == 12);
    CHECK(f.casesWith({}) == 1);

    // An older page is refused whole.
    const ServerCase other = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00005"),
                                        QStringLiteral("Lalə"), QStringLiteral("Başqa"), {});
    PullPage older = pageOf(QStringLiteral("cases"), 2, other.items());
    older.cursor = 11;
    auto refused = f.pulled.applyPage(QStringLiteral("cases"), older);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == StoreError::Code::Validation);
    CHECK(f.cursor(QStringLiteral("cases")) == 12);
    CHECK(f.count(QStringLiteral("cases")) == 1);
    // So is a page of another stream than asked.
    auto wrongStream = f.pulled.applyPage(QStringLiteral("accounts"), pageOf("cases", 12, {}));
    REQUIRE_FALSE(wrongStream.ok());
    // An empty page at the same cursor changes nothing, not even the audit log.
    const qint64 auditNow = f.count(QStringLiteral("audit_log"));
    CHECK(f.apply(pageOf(QStringLiteral("cases"), 12, {})).applied == 0);
    CHECK(f.count(QStringLiteral("audit_log")) == auditNow);
    // Streams keep their own cursors.
    CHECK(f.cursor(QStringLiteral("directory")) == 0);
}

TEST_CASE("invalid pulled items are skipped and counted, the rest applies", "[store][sync][pull]")
{
    PullFixture f;
    const ServerCase c = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00006"),
                                    QStringLiteral("Səid"), QStringLiteral("Kiber zorakılıq"), {});
    QJsonObject badCallType = toJson(c.contact);
    badCallType.insert(QStringLiteral("call_type"), QStringLiteral("gossip"));
    QJsonObject unknownField = toJson(c.child);
    unknownField.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
    PullItem otherId = itemOf(QStringLiteral("note"), toJson(c.note));
    otherId.id = newUuidV7(f.clock.nowUtc());
    PullItem unknownType = itemOf(QStringLiteral("gossip"), toJson(c.note));
    PullItem notCases = itemOf(QStringLiteral("account"), toJson(c.note));
    // A case whose number this desk already uses for another case (two desks with the same
    // four-digit tag): kept, never dropped.
    const ServerCase twin = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00006"),
                                       QStringLiteral("Əkiz"), QStringLiteral("Başqa"), {});

    const PullApplyStats stats =
        f.apply(pageOf(QStringLiteral("cases"), 0,
                       {itemOf(QStringLiteral("case"), toJson(c.record)),
                        itemOf(QStringLiteral("contact"), badCallType),
                        itemOf(QStringLiteral("person"), unknownField), otherId, unknownType,
                        notCases, itemOf(QStringLiteral("case"), toJson(twin.record)),
                        itemOf(QStringLiteral("referral"), toJson(c.referral))}));
    CHECK(stats.applied == 3);
    CHECK(stats.skipped == 5);
    CHECK(f.cursor(QStringLiteral("cases")) == 8);
    CHECK(f.cases.read(c.record.meta.id).ok());
    CHECK(ReferralRepository(*f.store).byId(c.referral.meta.id).ok());
    // The invalid contact is not stored; the referral naming it holds only a placeholder.
    CHECK(ContactRepository(*f.store).forCase(c.record.meta.id)->isEmpty());
    auto placeholder = ContactRepository(*f.store).byId(c.contact.meta.id);
    REQUIRE(placeholder.ok());
    CHECK(placeholder->meta.deleted);
    CHECK(placeholder->meta.revision == 0);
    CHECK(ContactRepository(*f.store).person(c.child.meta.id).error().code ==
          StoreError::Code::NotFound);
    REQUIRE(f.cases.byId(twin.record.meta.id).ok());
    CHECK(f.cases.byId(twin.record.meta.id)->caseNumber == c.record.caseNumber);
    CHECK(f.count(QStringLiteral("notes")) == 0);
}

TEST_CASE("a pulled record keeps the fields of local changes not pushed yet", "[store][sync][pull]")
{
    PullFixture f;
    ServerCase c = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00007"),
                              QStringLiteral("Nigar"), QStringLiteral("Ağlayır"), f.adminId());
    f.apply(pageOf(QStringLiteral("cases"), 0, c.items()));
    const QString caseId = c.record.meta.id;

    // Here: the case moves on to "referred" and the follow-up is done.
    f.clock.advanceMs(60 * 1000);
    REQUIRE(f.cases.changeStatus(caseId, QStringLiteral("referred")).ok());
    auto followUp = FollowUpRepository(*f.store).byId(c.followUp.meta.id);
    REQUIRE(FollowUpRepository(*f.store).complete(*followUp).ok());
    REQUIRE(f.cases.read(caseId)->meta.revision == 2);
    const qint64 queued = f.count(QStringLiteral("outbox"));

    // Meanwhile on the server (revision 3): another status, and other fields changed too.
    f.clock.advanceMs(60 * 1000);
    c.record.status = QStringLiteral("pending_closure");
    c.record.riskLevel = QStringLiteral("moderate");
    c.record.title = QStringLiteral("Məktəb və ailə");
    c.record.meta.revision = 3;
    c.followUp.description = QStringLiteral("Sabah məktəbə zəng etmək");
    c.followUp.meta.revision = 2;
    // An append-only record this desk wrote and has not pushed: its local row stays.
    Note local;
    local.caseId = caseId;
    local.body = QStringLiteral("Yerli qeyd");
    auto note = NoteRepository(*f.store).add(local);
    REQUIRE(note.ok());
    Note echoed = *note;
    echoed.body = QStringLiteral("Serverdəki başqa mətn");
    const PullApplyStats stats =
        f.apply(pageOf(QStringLiteral("cases"), 11,
                       {itemOf(QStringLiteral("case"), toJson(c.record)),
                        itemOf(QStringLiteral("follow_up"), toJson(c.followUp)),
                        itemOf(QStringLiteral("note"), toJson(echoed))}));
    CHECK(stats.kept == 3);
    CHECK(stats.applied == 0);

    auto merged = f.cases.read(caseId);
    REQUIRE(merged.ok());
    CHECK(merged->status == QStringLiteral("referred"));      // this desk's pending change
    CHECK(merged->riskLevel == QStringLiteral("moderate"));   // the server's
    CHECK(merged->title == QStringLiteral("Məktəb və ailə")); // the server's
    CHECK(merged->meta.revision == 4);                        // max(2, 3) + 1
    CHECK(f.casesWith(byRisk(QStringLiteral("moderate"))) == 1);
    CHECK(f.casesWith(byStatus(QStringLiteral("referred"))) == 1);
    auto finished = FollowUpRepository(*f.store).byId(c.followUp.meta.id);
    CHECK(finished->status == QStringLiteral("done"));
    CHECK(finished->description == QStringLiteral("Sabah məktəbə zəng etmək"));
    CHECK(finished->meta.revision == 3);
    CHECK(NoteRepository(*f.store).byId(note->meta.id)->body == QStringLiteral("Yerli qeyd"));

    // New outbox entries carry the kept fields at the new revision, with the values they
    // replaced here (not the server's newer ones).
    CHECK(f.count(QStringLiteral("outbox")) == queued + 1 /* the note */ + 2);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT record_type, revision, operation, payload FROM outbox "
                                  "WHERE record_id IN ('%1', '%2') ORDER BY seq DESC LIMIT 2")
                       .arg(caseId, c.followUp.meta.id)));
    QHash<QString, QJsonObject> payloads;
    while (q.next()) {
        CHECK(q.value(2).toString() == QStringLiteral("update"));
        payloads.insert(q.value(0).toString() + u'@' + q.value(1).toString(),
                        QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
    }
    REQUIRE(payloads.contains(QStringLiteral("case@4")));
    REQUIRE(payloads.contains(QStringLiteral("follow_up@3")));
    CHECK(
        payloads.value(QStringLiteral("case@4")) ==
        QJsonObject{{"fields", QJsonArray{"status"}}, {"base", QJsonObject{{"status", "active"}}}});
    const QJsonObject followUpPayload = payloads.value(QStringLiteral("follow_up@3"));
    CHECK(followUpPayload.value("fields").toArray() == QJsonArray{"done_at", "done_by", "status"});
    CHECK(followUpPayload.value("base").toObject() ==
          QJsonObject{{"status", "open"}, {"done_at", QJsonValue()}, {"done_by", QJsonValue()}});

    // The same page again changes nothing more: the server has nothing this desk lacks.
    const qint64 outbox = f.count(QStringLiteral("outbox"));
    c.record.status = QStringLiteral("referred");
    c.record.meta.revision = 4;
    f.apply(
        pageOf(QStringLiteral("cases"), 14, {itemOf(QStringLiteral("case"), toJson(c.record))}));
    CHECK(f.cases.read(caseId)->meta.revision == 4);
    CHECK(f.count(QStringLiteral("outbox")) == outbox);
}

TEST_CASE("a record this desk created and has not pushed stays whole", "[store][sync][pull]")
{
    PullFixture f;
    auto saved = ContactRepository(*f.store).save(
        f.counsellingContact(QStringLiteral("Yerli müraciət"), QStringLiteral("Fərid")));
    REQUIRE(saved.ok());
    auto local = f.cases.byId(saved->caseId);
    REQUIRE(local.ok());
    // The server already has it (a push whose answer was lost) and another desk changed it.
    CaseRecord server = *local;
    server.status = QStringLiteral("active");
    server.title = QStringLiteral("Başqa masa");
    server.meta.revision = 2;
    const PullApplyStats stats = f.apply(
        pageOf(QStringLiteral("cases"), 0, {itemOf(QStringLiteral("case"), toJson(server))}));
    CHECK(stats.kept == 1);
    auto after = f.cases.byId(saved->caseId);
    CHECK(after->status == QStringLiteral("open"));
    CHECK(after->title.isEmpty());
    CHECK(after->meta.revision == 3);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT operation, payload FROM outbox WHERE record_type = "
                                  "'case' AND revision = 3")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("update"));
    const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    CHECK(payload.value("fields").toArray().contains(QJsonValue("status")));
    CHECK(payload.value("fields").toArray().contains(QJsonValue("title")));
    CHECK(payload.value("base").toObject().isEmpty());
}

TEST_CASE("pulled accounts update the public profile and never the keyring",
          "[store][sync][pull][accounts]")
{
    PullFixture f;
    const QString serverId = QStringLiteral("01900000-0000-7000-8000-00000000c0de");
    auto leyla =
        f.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla"), Role::Counsellor,
                            test::password("leyla password"), test::fastKdf(), serverId);
    REQUIRE(leyla.ok());
    // A case assigned to her sorts by her name.
    auto saved = ContactRepository(*f.store).save(f.counsellingContact(QStringLiteral("Zəng")));
    REQUIRE(saved.ok());
    REQUIRE(f.cases.assign(saved->caseId, serverId).ok());
    QFile keyringFile(StorePaths(f.dir.path()).keyring);
    REQUIRE(keyringFile.open(QIODevice::ReadOnly));
    const QByteArray keyringBefore = keyringFile.readAll();
    keyringFile.close();

    const auto account = [&](const QString &id, const QString &username, const QString &name,
                             const QString &role, bool active) {
        PullItem item;
        item.type = QStringLiteral("account");
        item.id = id;
        item.revision = 3;
        item.record = QJsonObject{{"id", id},
                                  {"username", username},
                                  {"display_name", name},
                                  {"role", role},
                                  {"office_id", "office-baku"},
                                  {"active", active},
                                  {"updated_at", isoUtc(f.clock.nowUtc())},
                                  {"revision", 3}};
        return item;
    };
    const QString newId = QStringLiteral("01900000-0000-7000-8000-0000000000b7");
    const PullApplyStats stats = f.apply(pageOf(
        QStringLiteral("accounts"), 0,
        {account(serverId, QStringLiteral("leyla.q"), QStringLiteral("Leyla Quliyeva"),
                 QStringLiteral("supervisor"), true),
         account(newId, QStringLiteral("rashad"), QStringLiteral("Rəşad"),
                 QStringLiteral("counsellor"), true),
         // Another account with a username this desk already uses: not applicable here.
         account(QStringLiteral("01900000-0000-7000-8000-0000000000b8"), QStringLiteral("aysel"),
                 QStringLiteral("Başqa Aysel"), QStringLiteral("counsellor"), true),
         account(QStringLiteral("not-an-id"), QStringLiteral("x"), QStringLiteral("X"),
                 QStringLiteral("counsellor"), true)}));
    CHECK(stats.applied == 2);
    CHECK(stats.skipped == 2);

    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT username, display_name, role, office_id, active, "
                                  "revision FROM accounts WHERE id = '%1'")
                       .arg(serverId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("leyla")); // the local sign-in name stays
    CHECK(q.value(1).toString() == QStringLiteral("Leyla Quliyeva"));
    CHECK(q.value(2).toString() == QStringLiteral("supervisor"));
    CHECK(q.value(3).toString() == QStringLiteral("office-baku"));
    CHECK(q.value(4).toInt() == 1);
    CHECK(q.value(5).toInt() == 3);
    CHECK(f.count(QStringLiteral("accounts"), QStringLiteral("id = '%1'").arg(newId)) == 1);
    CHECK(f.cases.summaries({saved->caseId})->first().assigneeName ==
          QStringLiteral("Leyla Quliyeva"));
    REQUIRE(q.exec(
        QStringLiteral("SELECT assignee_sort_key FROM cases WHERE id = '%1'").arg(saved->caseId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == text::sortKey(QStringLiteral("Leyla Quliyeva")));
    // No outbox entry for accounts from the server.
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_id = '%1'").arg(newId)) == 0);

    // The keyring is untouched and Leyla still signs in with her password, as what the server
    // now says she is.
    REQUIRE(keyringFile.open(QIODevice::ReadOnly));
    CHECK(keyringFile.readAll() == keyringBefore);
    keyringFile.close();
    f.store.reset();
    auto unlocked =
        CaseStore::unlock(f.dir.path(), serverId, test::password("leyla password"), &f.clock);
    INFO(unlocked.error().message.toStdString());
    REQUIRE(unlocked.ok());
    CHECK((*unlocked)->session().displayName == QStringLiteral("Leyla Quliyeva"));
    CHECK((*unlocked)->session().role == Role::Supervisor);
}

TEST_CASE("the directory, taxonomy and forms streams fill their tables", "[store][sync][pull]")
{
    PullFixture f;
    DirectoryEntry entry;
    entry.meta = serverMeta(f.clock.nowUtc());
    entry.meta.originDevice = QStringLiteral("server");
    entry.name = QStringLiteral("Uşaq hüquqları mərkəzi");
    entry.serviceTypes = {QStringLiteral("legal")};
    entry.regionCodes = {QStringLiteral("AZ-BA")};
    entry.phones = {QStringLiteral("012 555 01 23")};
    entry.verifiedOn = f.clock.nowUtc().date();
    const QJsonObject json = directoryEntryToJson(entry, DirectoryJsonForm::Record);
    DirectoryEntry invalid = entry;
    invalid.meta.id = newUuidV7(f.clock.nowUtc());
    invalid.serviceTypes = {QStringLiteral("astrology")};
    CHECK(f.apply(pageOf(QStringLiteral("directory"), 0,
                         {itemOf(QStringLiteral("directory_entry"), json),
                          itemOf(QStringLiteral("directory_entry"),
                                 directoryEntryToJson(invalid, DirectoryJsonForm::Record))}))
              .skipped == 1);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral("SELECT name, service_type, region_code, data, deleted FROM "
                                  "directory_entries")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == entry.name);
    CHECK(q.value(1).toString() == QStringLiteral("legal"));
    CHECK(q.value(2).toString() == QStringLiteral("AZ-BA"));
    CHECK(QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() == json);
    CHECK(q.value(4).toInt() == 0);
    CHECK_FALSE(q.next());
    q.finish();
    // A removed entry comes as a bare tombstone.
    PullItem removed;
    removed.type = QStringLiteral("directory_entry");
    removed.id = entry.meta.id;
    removed.revision = 2;
    removed.deleted = true;
    removed.record = QJsonObject{{"id", entry.meta.id},
                                 {"deleted", true},
                                 {"revision", 2},
                                 {"updated_at", isoUtc(f.clock.nowUtc())}};
    CHECK(f.apply(pageOf(QStringLiteral("directory"), 2, {removed})).applied == 1);
    CHECK(f.count(QStringLiteral("directory_entries"), QStringLiteral("deleted = 1 AND "
                                                                      "revision = 2")) == 1);

    const auto document = [&](const QString &type, const QString &resource) {
        QFile file(resource);
        REQUIRE(file.open(QIODevice::ReadOnly));
        PullItem item;
        item.type = type;
        item.id = QStringLiteral("00000000-0000-7000-8000-000000000001");
        item.revision = 1;
        item.record = QJsonObject{{"id", item.id},
                                  {"updated_at", isoUtc(f.clock.nowUtc())},
                                  {"document", QJsonDocument::fromJson(file.readAll()).object()},
                                  {"revision", 1}};
        return item;
    };
    CHECK(f.apply(pageOf(QStringLiteral("taxonomy"), 0,
                         {document(QStringLiteral("taxonomy"),
                                   QStringLiteral(":/helpline/taxonomy/taxonomy.json"))}))
              .applied == 1);
    CHECK(f.count(QStringLiteral("taxonomy_versions"), QStringLiteral("version = 1")) == 1);
    PullItem brokenForm =
        document(QStringLiteral("form_definition"), QStringLiteral(":/helpline/forms/intake.json"));
    brokenForm.record.insert(QStringLiteral("document"), QJsonObject{{"format", "nonsense"}});
    const PullApplyStats forms =
        f.apply(pageOf(QStringLiteral("forms"), 0,
                       {document(QStringLiteral("form_definition"),
                                 QStringLiteral(":/helpline/forms/intake.json")),
                        brokenForm}));
    CHECK(forms.applied == 1);
    CHECK(forms.skipped == 1);
    CHECK(f.count(QStringLiteral("form_definitions"),
                  QStringLiteral("form_id = 'intake' AND version = 1")) == 1);
    CHECK(f.cursor(QStringLiteral("forms")) == 2);
}

TEST_CASE("server values of a merged push are set without an outbox or audit entry",
          "[store][sync][pull]")
{
    PullFixture f;
    auto saved = ContactRepository(*f.store).save(
        f.counsellingContact(QStringLiteral("Zəng"), QStringLiteral("Tural")));
    REQUIRE(saved.ok());
    const QString caseId = saved->caseId;
    REQUIRE(f.cases.changeStatus(caseId, QStringLiteral("active")).ok());
    const int revision = f.cases.read(caseId)->meta.revision;
    const qint64 outbox = f.count(QStringLiteral("outbox"));
    const qint64 audit = f.count(QStringLiteral("audit_log"));
    {
        WriteTransaction tx(*f.store);
        PulledRecords::applyServerValues(
            tx, QStringLiteral("case"), caseId,
            QJsonObject{{"status", "referred"}, {"risk_level", "high"}});
        // What the decoder refuses, or a field the record does not have, is left out.
        PulledRecords::applyServerValues(tx, QStringLiteral("case"), caseId,
                                         QJsonObject{{"status", "nonsense"}});
        PulledRecords::applyServerValues(tx, QStringLiteral("case"), caseId,
                                         QJsonObject{{"colour", "red"}});
        PulledRecords::applyServerValues(tx, QStringLiteral("case"), newUuidV7(f.clock.nowUtc()),
                                         QJsonObject{{"status", "closed"}});
        REQUIRE(tx.commit().ok());
    }
    auto after = f.cases.read(caseId);
    CHECK(after->status == QStringLiteral("referred"));
    CHECK(after->riskLevel == QStringLiteral("high"));
    CHECK(after->meta.revision == revision);
    CHECK(f.count(QStringLiteral("outbox")) == outbox);
    CHECK(f.count(QStringLiteral("audit_log")) == audit);
    // The case list follows.
    CHECK(f.casesWith(byStatus(QStringLiteral("referred"))) == 1);
    CHECK(f.casesWith(byRisk(QStringLiteral("high"))) == 1);
    CaseListQuery sorted;
    sorted.sort = CaseSort::Status;
    REQUIRE(f.cases.page(sorted)->size() == 1);
    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(
        QStringLiteral("SELECT status_rank, risk_rank FROM cases WHERE id = '%1'").arg(caseId)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == CaseListIndex::statusRank(QStringLiteral("referred")));
    CHECK(q.value(1).toInt() == CaseListIndex::riskRank(QStringLiteral("high")));

    // A person's new name is searchable at once.
    WriteTransaction tx(*f.store);
    PulledRecords::applyServerValues(tx, QStringLiteral("person"), saved->contact.childPersonId,
                                     QJsonObject{{"name", "Tural Məmmədov"}});
    REQUIRE(tx.commit().ok());
    CHECK(caseIdsOf(SearchIndex::search(*f.store, QStringLiteral("memmedov"))) ==
          QStringList{caseId});
}

TEST_CASE("a pulled record never lowers the local revision", "[store][sync][pull]")
{
    // A desk pushes revision 5 of a case it changed five times offline; the server merges it as
    // its revision 2. What it sends back is the latest content, at a lower number.
    PullFixture f;
    ServerCase c = serverCase(f.clock.nowUtc(), QStringLiteral("2026-BBBB-00008"),
                              QStringLiteral("Zaur"), QStringLiteral("Zəng"), {});
    c.record.meta.revision = 5;
    f.apply(pageOf(QStringLiteral("cases"), 0, {itemOf(QStringLiteral("case"), toJson(c.record))}));
    c.record.meta.revision = 2;
    c.record.title = QStringLiteral("Birləşmiş");
    f.apply(pageOf(QStringLiteral("cases"), 1, {itemOf(QStringLiteral("case"), toJson(c.record))}));
    auto after = f.cases.byId(c.record.meta.id);
    REQUIRE(after.ok());
    CHECK(after->title == QStringLiteral("Birləşmiş"));
    CHECK(after->meta.revision == 5);
}

namespace {

const QString kLeyla = QStringLiteral("01900000-0000-7000-8000-0000000000b1");
const QString kKamal = QStringLiteral("01900000-0000-7000-8000-0000000000b2");
const QString kSamir = QStringLiteral("01900000-0000-7000-8000-0000000000b3");

// A desk enrolled by an admin of the Baku office, with Leyla (a counsellor) and, when asked,
// Samir (the office's supervisor) able to sign in; signed in as Leyla.
struct DeskOfLeyla {
    explicit DeskOfLeyla(bool withSupervisor)
    {
        CaseStore::CreateOptions options;
        options.directory = dir.path();
        options.adminUsername = QStringLiteral("admin");
        options.adminAccountId = QStringLiteral("01900000-0000-7000-8000-0000000000b0");
        options.officeId = QStringLiteral("baku");
        options.kdf = test::fastKdf();
        auto created = CaseStore::create(options, test::password("a good long password"), &clock);
        REQUIRE(created.ok());
        auto &admin = **created;
        REQUIRE(admin
                    .addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla"), Role::Counsellor,
                                test::password("a good long password"), test::fastKdf(), kLeyla)
                    .ok());
        if (withSupervisor)
            REQUIRE(admin
                        .addAccount(QStringLiteral("samir"), QStringLiteral("Samir"),
                                    Role::Supervisor, test::password("a good long password"),
                                    test::fastKdf(), kSamir)
                        .ok());
        QSqlQuery q(admin.database());
        REQUIRE(q.exec(QStringLiteral("UPDATE accounts SET office_id = 'baku'")));
        created->reset();
        auto unlocked =
            CaseStore::unlock(dir.path(), kLeyla, test::password("a good long password"), &clock);
        REQUIRE(unlocked.ok());
        store = std::move(unlocked.value());
    }

    PullApplyStats apply(qint64 after, const QList<PullItem> &items)
    {
        auto applied = PulledRecords(*store).applyPage(
            QStringLiteral("cases"), pageOf(QStringLiteral("cases"), after, items));
        REQUIRE(applied.ok());
        return *applied;
    }
    PullItem withdrawal(const QJsonValue &caseId)
    {
        return itemOf(QStringLiteral("withdrawal"),
                      QJsonObject{{QStringLiteral("id"), newUuidV7(clock.nowUtc())},
                                  {QStringLiteral("case_id"), caseId},
                                  {QStringLiteral("office_id"), QStringLiteral("baku")},
                                  {QStringLiteral("assignee_id"), kKamal},
                                  {QStringLiteral("revision"), 1},
                                  {QStringLiteral("updated_at"), isoUtc(clock.nowUtc())}});
    }
    qint64 count(const QString &sql)
    {
        QSqlQuery q(store->database());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC)};
    std::unique_ptr<CaseStore> store;
};

} // namespace

TEST_CASE("a withdrawal hands a case over: what others wrote in it leaves the desk",
          "[store][sync][pull][access]")
{
    DeskOfLeyla desk(false);
    CaseStore &store = *desk.store;
    CaseRepository cases(store);
    const ServerCase c =
        serverCase(desk.clock.nowUtc(), QStringLiteral("2026-BBBB-00003"), QStringLiteral("Orxan"),
                   QStringLiteral("Oyunda təhdid"), kLeyla);
    ServerCase kept = serverCase(desk.clock.nowUtc(), QStringLiteral("2026-BBBB-00004"),
                                 QStringLiteral("Nigar"), QStringLiteral("Evdən qaçıb"), kLeyla);
    QList<PullItem> items = c.items();
    items << kept.items();
    desk.apply(0, items);
    REQUIRE(*cases.count() == 2);
    // Leyla writes a note in the first case; she hands the second to nobody here. Neither
    // change is pushed yet.
    Note own;
    own.caseId = c.record.meta.id;
    own.body = QStringLiteral("Called the school.");
    auto added = NoteRepository(store).add(own);
    REQUIRE(added.ok());
    REQUIRE(cases.assign(kept.record.meta.id, QString()).ok());
    const qint64 outboxBefore = desk.count(QStringLiteral("SELECT count(*) FROM outbox"));

    auto stats =
        desk.apply(100, {desk.withdrawal(c.record.meta.id), desk.withdrawal(kept.record.meta.id),
                         desk.withdrawal(QStringLiteral("not a case id")),
                         desk.withdrawal(newUuidV7(desk.clock.nowUtc()))});
    CHECK(stats.applied == 1);
    CHECK(stats.kept == 2); // the second case, and a case this desk never had
    CHECK(stats.skipped == 1);

    // The first case is Kamal's now and nobody here may see it: what others wrote in it is
    // gone from the desk; Leyla's own note stays, under a placeholder of its case.
    const QString id = c.record.meta.id;
    CHECK(*cases.count() == 0); // the second one is unassigned here, so not hers either
    CHECK_FALSE(cases.read(id).ok());
    for (const char *table :
         {"contacts", "referrals", "follow_ups", "case_events", "case_members", "attachments"})
        CHECK(desk.count(QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = '%2'")
                             .arg(QLatin1String(table), id)) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM notes WHERE case_id = '%1'").arg(id)) ==
          1);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM persons WHERE id IN ('%1', '%2')")
                         .arg(c.child.meta.id, c.caller.meta.id)) == 0);
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM cases WHERE id = '%1' AND deleted = 1 "
                                    "AND revision = 0 AND child_name IS NULL")
                         .arg(id)) == 1);
    CHECK(caseIdsOf(SearchIndex::search(store, QStringLiteral("təhdid"))).isEmpty());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM search_docs WHERE case_id = '%1' AND "
                                    "record_id <> '%2'")
                         .arg(id, added->meta.id)) == 0);
    auto integrity = store.integrityProblems();
    REQUIRE(integrity.ok());
    CHECK(integrity->isEmpty());
    QSqlQuery fk(store.database());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next()); // every reference of a kept row resolves
    // Nothing of this desk's own was touched, nor queued anew.
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM outbox")) == outboxBefore);
    auto second = cases.byId(kept.record.meta.id);
    REQUIRE(second.ok());
    CHECK(second->assigneeId.isEmpty()); // the local reassignment waits for its push
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM contacts WHERE case_id = '%1'")
                         .arg(kept.record.meta.id)) == 1);

    // Should the case come back to Leyla, the server sends it again, and it is whole.
    desk.apply(200, c.items());
    CHECK(cases.read(id).ok());
    CHECK(desk.count(QStringLiteral("SELECT count(*) FROM notes WHERE case_id = '%1'").arg(id)) ==
          2);
}

TEST_CASE("on a shared desk a withdrawn case stays for the account that may still see it",
          "[store][sync][pull][access]")
{
    DeskOfLeyla desk(true); // Samir, the office's supervisor, signs in here too
    const ServerCase c =
        serverCase(desk.clock.nowUtc(), QStringLiteral("2026-BBBB-00005"), QStringLiteral("Orxan"),
                   QStringLiteral("Oyunda təhdid"), kLeyla);
    desk.apply(0, c.items());
    const qint64 records = desk.count(QStringLiteral(
        "SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM notes) + (SELECT "
        "count(*) FROM persons)"));
    desk.apply(100, {desk.withdrawal(c.record.meta.id)});
    CHECK(*CaseRepository(*desk.store).count() == 0); // not Leyla's any more
    CHECK(desk.count(QStringLiteral(
              "SELECT (SELECT count(*) FROM contacts) + (SELECT count(*) FROM notes) + (SELECT "
              "count(*) FROM persons)")) == records);
    desk.store.reset();
    auto samir = CaseStore::unlock(desk.dir.path(), kSamir, test::password("a good long password"),
                                   &desk.clock);
    REQUIRE(samir.ok());
    CHECK(CaseRepository(**samir).read(c.record.meta.id).ok());
}
