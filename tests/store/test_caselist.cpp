#include <catch2/catch.hpp>

#include "storefixture.h"

#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caselistindex.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "core/store/writetransaction.h"
#include "core/text/sortkey.h"

#include <QSqlQuery>

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

// A case opened by one contact, with the given child and details.
struct CaseSpec {
    CaseSpec(QString child_, QString risk_ = QStringLiteral("low"),
             QStringList categories_ = {QStringLiteral("violence.bullying")}, QString region_ = {},
             QString phone_ = {}, QString counsellor_ = {})
        : child(std::move(child_))
        , risk(std::move(risk_))
        , categories(std::move(categories_))
        , region(std::move(region_))
        , phone(std::move(phone_))
        , counsellor(std::move(counsellor_))
    {
    }
    QString child;
    QString risk;
    QStringList categories;
    QString region;
    QString phone;
    QString counsellor; // empty = the signed-in account
};

SavedContact openCase(StoreFixture &f, const CaseSpec &spec)
{
    f.clock.advanceMs(60 * 1000);
    ContactSave save = f.counsellingContact(QStringLiteral("Zəng: %1").arg(spec.child), spec.child);
    if (!save.child) {
        save.child = Person();
        save.child->age = QStringLiteral("12");
    }
    save.child->regionCode = spec.region;
    save.child->phone = spec.phone;
    save.contact.riskLevel = spec.risk;
    save.contact.categories = spec.categories;
    save.contact.counsellorId = spec.counsellor;
    auto saved = ContactRepository(*f.store).save(save);
    INFO(saved.error().message.toStdString() + " " + saved.error().detail.toStdString());
    REQUIRE(saved.ok());
    return *saved;
}

QString addCounsellor(StoreFixture &f, const QString &username, const QString &displayName)
{
    auto added = f.store->addAccount(username, displayName, Role::Counsellor,
                                     test::password("counsellor password"), test::fastKdf());
    REQUIRE(added.ok());
    return *added;
}

QStringList names(const QList<CaseSummary> &rows)
{
    QStringList result;
    for (const CaseSummary &row : rows)
        result << row.childName;
    return result;
}

QStringList ids(const QList<CaseSummary> &rows)
{
    QStringList result;
    for (const CaseSummary &row : rows)
        result << row.id;
    return result;
}

QList<CaseSummary> all(CaseRepository &cases, CaseListQuery query)
{
    query.offset = 0;
    query.limit = 1000;
    auto page = cases.page(query);
    REQUIRE(page.ok());
    return *page;
}

} // namespace

TEST_CASE("saving contacts keeps the case list columns current", "[store][caselist]")
{
    StoreFixture f;
    const SavedContact first = openCase(f, {QStringLiteral("Çinarə Əliyeva"),
                                            QStringLiteral("moderate"),
                                            {QStringLiteral("violence.bullying")},
                                            QStringLiteral("AZ-SAK"),
                                            QStringLiteral("+994 50 123 45 67")});
    f.clock.advanceMs(3600 * 1000);
    ContactSave again = f.counsellingContact(QStringLiteral("İkinci zəng"));
    again.link = ContactSave::CaseLink::ExistingCase;
    again.contact.caseId = first.caseId;
    again.contact.categories = {QStringLiteral("mental_health.anxiety")};
    again.contact.riskLevel = QStringLiteral("high");
    auto second = ContactRepository(*f.store).save(again);
    REQUIRE(second.ok());

    QSqlQuery q(f.store->database());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT child_name, child_sort_key, last_contact_at, region_code, economic_region, "
        "risk_rank, status_rank, assignee_sort_key, next_follow_up_at FROM cases")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Çinarə Əliyeva"));
    CHECK(q.value(1).toString() == text::sortKey(QStringLiteral("Çinarə Əliyeva")));
    CHECK(q.value(2).toString() == isoUtc(again.contact.startedAt));
    CHECK(q.value(3).toString() == QStringLiteral("AZ-SAK"));
    CHECK(q.value(4).toString() == QStringLiteral("er.shaki_zagatala"));
    CHECK(q.value(5).toInt() == CaseListIndex::riskRank(QStringLiteral("high")));
    CHECK(q.value(6).toInt() == 0);
    CHECK(q.value(7).toString() == text::sortKey(f.store->session().displayName));
    CHECK(q.value(8).toString() == CaseListIndex::noFollowUp());
    q.finish();

    // Each subcategory and its category, once.
    CHECK(f.count(QStringLiteral("case_categories")) == 4);
    CHECK(f.count(QStringLiteral("case_categories"), QStringLiteral("code = 'violence'")) == 1);
    CHECK(f.count(QStringLiteral("case_categories"), QStringLiteral("code = 'mental_health'")) ==
          1);
    CHECK(f.count(QStringLiteral("persons"), QStringLiteral("phone_key = '501234567'")) == 1);

    // The summary reads them back.
    CaseRepository cases(*f.store);
    auto summaries = cases.summaries({first.caseId});
    REQUIRE(summaries.ok());
    REQUIRE(summaries->size() == 1);
    const CaseSummary &s = summaries->first();
    CHECK(s.caseNumber == first.caseNumber);
    CHECK(s.childName == QStringLiteral("Çinarə Əliyeva"));
    CHECK(s.riskLevel == QStringLiteral("high"));
    CHECK(s.status == QStringLiteral("open"));
    CHECK(s.assigneeId == f.store->session().accountId);
    CHECK(s.assigneeName == f.store->session().displayName);
    CHECK(s.lastContactAt == again.contact.startedAt);
    CHECK_FALSE(s.nextFollowUpAt.isValid());
    CHECK(s.regionCode == QStringLiteral("AZ-SAK"));
}

TEST_CASE("the case list sorts by every column with a stable order", "[store][caselist]")
{
    StoreFixture f;
    const QString zaur = addCounsellor(f, QStringLiteral("zaur"), QStringLiteral("Zaur Quliyev"));
    const QString cavid = addCounsellor(f, QStringLiteral("cavid"), QStringLiteral("Cavid Əliyev"));
    const QStringList children{QStringLiteral("Xədicə"), QStringLiteral("İlham"),
                               QStringLiteral("Ağa"),    QStringLiteral("Işıq"),
                               QStringLiteral("Əli"),    QStringLiteral("Çinarə"),
                               QStringLiteral("Cavid"),  QStringLiteral("Ismayıl")};
    const QStringList risks{QStringLiteral("low"),
                            QStringLiteral("acute"),
                            QStringLiteral("none"),
                            QStringLiteral("high"),
                            QStringLiteral("low"),
                            QStringLiteral("moderate"),
                            QString(),
                            QStringLiteral("high")};
    QStringList opened;
    for (int i = 0; i < children.size(); ++i) {
        CaseSpec spec{children.at(i), risks.at(i)};
        spec.counsellor = i % 3 == 0 ? zaur : (i % 3 == 1 ? cavid : QString());
        opened << openCase(f, spec).caseId;
    }
    opened << openCase(f, {QString(), QStringLiteral("low")}).caseId; // a child without a name
    CaseRepository cases(*f.store);

    CaseListQuery query;
    query.sort = CaseSort::ChildName;
    query.order = Qt::AscendingOrder;
    CHECK(names(all(cases, query)) ==
          QStringList{QStringLiteral("Ağa"), QStringLiteral("Cavid"), QStringLiteral("Çinarə"),
                      QStringLiteral("Əli"), QStringLiteral("Xədicə"), QStringLiteral("Ismayıl"),
                      QStringLiteral("Işıq"), QStringLiteral("İlham"), QString()});
    query.order = Qt::DescendingOrder;
    CHECK(names(all(cases, query)).first().isEmpty());
    CHECK(names(all(cases, query)).last() == QStringLiteral("Ağa"));

    // Default: latest contact first.
    CHECK(ids(all(cases, CaseListQuery())).first() == opened.last());
    CHECK(ids(all(cases, CaseListQuery())).last() == opened.first());

    query.sort = CaseSort::Risk;
    const QList<CaseSummary> byRisk = all(cases, query);
    CHECK(byRisk.first().riskLevel == QStringLiteral("acute"));
    CHECK(byRisk.last().riskLevel.isEmpty());
    // Equal risks are ordered by id in the same direction: the later case first.
    CHECK(byRisk.at(1).riskLevel == QStringLiteral("high"));
    CHECK(byRisk.at(1).childName == QStringLiteral("Ismayıl"));
    CHECK(byRisk.at(2).childName == QStringLiteral("Işıq"));

    query.sort = CaseSort::Assignee;
    query.order = Qt::AscendingOrder;
    const QList<CaseSummary> byAssignee = all(cases, query);
    // The admin (display name "aysel") opened the rest: a < c < z.
    CHECK(byAssignee.first().assigneeName == QStringLiteral("aysel"));
    CHECK(byAssignee.at(3).assigneeName == QStringLiteral("Cavid Əliyev"));
    CHECK(byAssignee.last().assigneeName == QStringLiteral("Zaur Quliyev"));

    query.sort = CaseSort::CaseNumber;
    const QList<CaseSummary> byNumber = all(cases, query);
    for (qsizetype i = 1; i < byNumber.size(); ++i)
        CHECK(byNumber.at(i - 1).caseNumber < byNumber.at(i).caseNumber);

    // Pages of every sort, in both directions and read from either end, give each case once.
    // Every case here has a violence subcategory: filtered by it (which a count reads from
    // case_categories alone), the list is the same.
    for (const QString &category : {QString(), QStringLiteral("violence")})
        for (CaseSort sort :
             {CaseSort::LastContact, CaseSort::CaseNumber, CaseSort::ChildName, CaseSort::Status,
              CaseSort::Risk, CaseSort::Assignee, CaseSort::NextFollowUp}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                CaseListQuery paged;
                paged.sort = sort;
                paged.order = order;
                CaseListQuery unfiltered = paged;
                paged.category = category;
                REQUIRE(*cases.count(paged) == opened.size());
                CHECK(ids(all(cases, paged)) == ids(all(cases, unfiltered)));
                const QStringList whole = ids(all(cases, paged));
                REQUIRE(whole.size() == opened.size());
                for (qint64 known : {qint64(-1), qint64(whole.size())}) {
                    QStringList joined;
                    for (int offset = 0; offset < whole.size(); offset += 2) {
                        paged.offset = offset;
                        paged.limit = 2;
                        paged.knownCount = known;
                        auto page = cases.page(paged);
                        REQUIRE(page.ok());
                        joined << ids(*page);
                    }
                    INFO("sort " << int(sort) << " order " << int(order) << " known " << known);
                    CHECK(joined == whole);
                }
            }
        }
}

TEST_CASE("the case list filters by status risk assignee category region and date",
          "[store][caselist]")
{
    StoreFixture f;
    const QString other = addCounsellor(f, QStringLiteral("leyla"), QStringLiteral("Leyla"));
    const QDateTime start = f.clock.nowUtc();
    const SavedContact a = openCase(f, {QStringLiteral("Aysel"),
                                        QStringLiteral("acute"),
                                        {QStringLiteral("mental_health.suicidal")},
                                        QStringLiteral("AZ-BA.nasimi")});
    const SavedContact b = openCase(f, {QStringLiteral("Murad"),
                                        QStringLiteral("low"),
                                        {QStringLiteral("violence.bullying")},
                                        QStringLiteral("AZ-SAK"),
                                        {},
                                        other});
    const SavedContact c = openCase(f, {QStringLiteral("Nigar"),
                                        QStringLiteral("high"),
                                        {QStringLiteral("violence.physical")},
                                        QStringLiteral("AZ-BA")});
    const SavedContact d = openCase(f, {QStringLiteral("Orxan"), QString()});
    CaseRepository cases(*f.store);
    REQUIRE(cases.changeStatus(b.caseId, QStringLiteral("active"), {}).ok());
    REQUIRE(cases.changeStatus(c.caseId, QStringLiteral("closed"), QStringLiteral("Safe")).ok());

    const auto matching = [&](const CaseListQuery &query) {
        QStringList result = names(all(cases, query));
        std::sort(result.begin(), result.end());
        auto counted = cases.count(query);
        REQUIRE(counted.ok());
        CHECK(*counted == result.size());
        return result;
    };
    CaseListQuery q;
    CHECK(matching(q).size() == 4);

    q.statuses = {QStringLiteral("open"), QStringLiteral("active")};
    CHECK(matching(q) ==
          QStringList{QStringLiteral("Aysel"), QStringLiteral("Murad"), QStringLiteral("Orxan")});
    q.riskLevels = {QStringLiteral("high"), QStringLiteral("acute")};
    CHECK(matching(q) == QStringList{QStringLiteral("Aysel")});
    q.statuses.clear();
    CHECK(matching(q) == QStringList{QStringLiteral("Aysel"), QStringLiteral("Nigar")});
    q.riskLevels = {QString()}; // not screened
    CHECK(matching(q) == QStringList{QStringLiteral("Orxan")});
    q.riskLevels = {QString(), QStringLiteral("low")};
    CHECK(matching(q) == QStringList{QStringLiteral("Murad"), QStringLiteral("Orxan")});

    q = CaseListQuery();
    q.assigneeId = other;
    CHECK(matching(q) == QStringList{QStringLiteral("Murad")});
    q.assigneeId = f.store->session().accountId;
    CHECK(matching(q).size() == 3);

    q = CaseListQuery();
    q.category = QStringLiteral("violence");
    CHECK(matching(q) ==
          QStringList{QStringLiteral("Murad"), QStringLiteral("Nigar"), QStringLiteral("Orxan")});
    q.category = QStringLiteral("violence.physical");
    CHECK(matching(q) == QStringList{QStringLiteral("Nigar")});
    q.category = QStringLiteral("violence");
    q.lastContactFrom = b.contact.startedAt;
    q.lastContactTo = c.contact.startedAt;
    CHECK(matching(q) == QStringList{QStringLiteral("Murad"), QStringLiteral("Nigar")});
    q.statuses = {QStringLiteral("active")};
    CHECK(matching(q) == QStringList{QStringLiteral("Murad")});
    q.sort = CaseSort::ChildName;
    CHECK(matching(q) == QStringList{QStringLiteral("Murad")});
    // A status change reaches the category's own index at once.
    REQUIRE(cases.changeStatus(b.caseId, QStringLiteral("referred"), {}).ok());
    q.sort = CaseSort::LastContact;
    CHECK(matching(q).isEmpty());
    q.statuses = {QStringLiteral("referred"), QStringLiteral("closed")};
    CHECK(matching(q) == QStringList{QStringLiteral("Murad"), QStringLiteral("Nigar")});
    REQUIRE(cases.changeStatus(b.caseId, QStringLiteral("active"), {}).ok());

    q = CaseListQuery();
    q.regionCode = QStringLiteral("AZ-BA"); // Baku includes its rayons
    CHECK(matching(q) == QStringList{QStringLiteral("Aysel"), QStringLiteral("Nigar")});
    q.regionCode = QStringLiteral("AZ-BA.nasimi");
    CHECK(matching(q) == QStringList{QStringLiteral("Aysel")});
    q.regionCode = QStringLiteral("er.shaki_zagatala");
    CHECK(matching(q) == QStringList{QStringLiteral("Murad")});
    q.regionCode = QStringLiteral("er.baku");
    CHECK(matching(q) == QStringList{QStringLiteral("Aysel"), QStringLiteral("Nigar")});

    q = CaseListQuery();
    q.lastContactFrom = b.contact.startedAt;
    q.lastContactTo = c.contact.startedAt;
    CHECK(matching(q) == QStringList{QStringLiteral("Murad"), QStringLiteral("Nigar")});
    q.lastContactTo = QDateTime();
    q.lastContactFrom = start.addDays(1);
    CHECK(matching(q).isEmpty());

    // Everything together.
    q = CaseListQuery();
    q.statuses = {QStringLiteral("open")};
    q.riskLevels = {QStringLiteral("acute")};
    q.category = QStringLiteral("mental_health");
    q.regionCode = QStringLiteral("er.baku");
    q.assigneeId = f.store->session().accountId;
    q.sort = CaseSort::ChildName;
    CHECK(matching(q) == QStringList{QStringLiteral("Aysel")});
    CHECK(d.caseId.size() > 0);

    // The schema 1 form still works: one status, offset and limit.
    auto legacy = cases.page({QString(), QStringLiteral("closed"), 0, 10});
    REQUIRE(legacy.ok());
    CHECK(names(*legacy) == QStringList{QStringLiteral("Nigar")});
}

TEST_CASE("a deleted case leaves the case list", "[store][caselist]")
{
    StoreFixture f;
    const SavedContact a = openCase(f, {QStringLiteral("Aysel")});
    openCase(f, {QStringLiteral("Murad")});
    WriteTransaction tx(*f.store);
    tx.exec(QStringLiteral("UPDATE cases SET deleted = 1 WHERE id = ?"), {a.caseId});
    REQUIRE(tx.commit().ok());
    CaseRepository cases(*f.store);
    CHECK(*cases.count() == 1);
    CHECK(names(all(cases, CaseListQuery())) == QStringList{QStringLiteral("Murad")});
    CaseListQuery byCategory;
    byCategory.category = QStringLiteral("violence");
    CHECK(*cases.count(byCategory) == 1);
    CHECK(names(all(cases, byCategory)) == QStringList{QStringLiteral("Murad")});
    byCategory.sort = CaseSort::ChildName;
    CHECK(names(all(cases, byCategory)) == QStringList{QStringLiteral("Murad")});
    byCategory.statuses = {QStringLiteral("open")};
    CHECK(*cases.count(byCategory) == 1);
    CHECK(cases.summaries({a.caseId})->isEmpty());
}

TEST_CASE("finding a case to link by number phone or name", "[store][caselist]")
{
    StoreFixture f;
    const SavedContact aysel = openCase(f, {QStringLiteral("Aysel Məmmədova"),
                                            QStringLiteral("low"),
                                            {QStringLiteral("violence.bullying")},
                                            {},
                                            QStringLiteral("+994 50 123 45 67")});
    const SavedContact murad = openCase(f, {QStringLiteral("Murad Əliyev")});
    // A caller's phone finds the case too.
    f.clock.advanceMs(60000);
    ContactSave withCaller = f.counsellingContact(QStringLiteral("Ana zəng etdi"));
    withCaller.link = ContactSave::CaseLink::ExistingCase;
    withCaller.contact.caseId = murad.caseId;
    withCaller.contact.callType = QStringLiteral("caller_about_child");
    withCaller.contact.callerRelationship = QStringLiteral("parent");
    Person caller;
    caller.name = QStringLiteral("Gülnarə");
    caller.phone = QStringLiteral("055 987 65 43");
    withCaller.caller = caller;
    REQUIRE(ContactRepository(*f.store).save(withCaller).ok());

    CaseRepository cases(*f.store);
    const auto found = [&](const QString &text) {
        auto result = cases.findForLink(text);
        REQUIRE(result.ok());
        return ids(*result);
    };
    CHECK(found(aysel.caseNumber) == QStringList{aysel.caseId});
    CHECK(found(aysel.caseNumber.left(9).toLower()).size() == 2); // "2026-xxxx": both cases
    CHECK(found(aysel.caseNumber.left(9).toLower()).first() == murad.caseId); // newest number
    CHECK(found(QStringLiteral("0501234567")) == QStringList{aysel.caseId});
    CHECK(found(QStringLiteral("+994 50 123")) == QStringList{aysel.caseId});
    CHECK(found(QStringLiteral("50 123 45")) == QStringList{aysel.caseId});
    CHECK(found(QStringLiteral("(055) 987")) == QStringList{murad.caseId});
    CHECK(found(QStringLiteral("aysel memmedova")) == QStringList{aysel.caseId});
    CHECK(found(QStringLiteral("MƏMMƏD")) == QStringList{aysel.caseId}); // the start of a word
    CHECK(found(QStringLiteral("Məm")).isEmpty()); // a prefix needs four letters
    CHECK(found(QStringLiteral("Məmmədova")) == QStringList{aysel.caseId});
    CHECK(found(QStringLiteral("murad")) == QStringList{murad.caseId});
    CHECK(found(QStringLiteral("gulnare")) == QStringList{murad.caseId});
    CHECK(found(QStringLiteral("Nobody")).isEmpty());
    CHECK(found(QStringLiteral("   ")).isEmpty());
    CHECK(found(QStringLiteral("12")).isEmpty()); // too few digits for a phone
}

TEST_CASE("summaries keep the order asked for", "[store][caselist]")
{
    StoreFixture f;
    const QString a = openCase(f, {QStringLiteral("A")}).caseId;
    const QString b = openCase(f, {QStringLiteral("B")}).caseId;
    const QString c = openCase(f, {QStringLiteral("C")}).caseId;
    CaseRepository cases(*f.store);
    auto rows =
        cases.summaries({c, QStringLiteral("01900000-0000-7000-8000-000000000000"), a, b, a});
    REQUIRE(rows.ok());
    CHECK(ids(*rows) == QStringList{c, a, b});
    // More ids than one statement takes.
    QStringList many;
    for (int i = 0; i < 150; ++i)
        many << (i % 2 ? a : b);
    many << c;
    CHECK(ids(*cases.summaries(many)) == QStringList{b, a, c});
}

TEST_CASE("changing a case's status writes the case an event an audit and outbox entries",
          "[store][caselist]")
{
    StoreFixture f;
    const SavedContact saved = openCase(f, {QStringLiteral("Aysel")});
    CaseRepository cases(*f.store);
    const qint64 audit = f.count(QStringLiteral("audit_log"));
    const qint64 outbox = f.count(QStringLiteral("outbox"));

    auto refused = cases.changeStatus(saved.caseId, QStringLiteral("closed"), QStringLiteral(" "));
    REQUIRE_FALSE(refused.ok());
    CHECK(hasProblem(refused.error().problems, QStringLiteral("reason")));
    CHECK(cases.changeStatus(saved.caseId, QStringLiteral("archived"), {}).error().code ==
          StoreError::Code::Validation);
    CHECK(cases
              .changeStatus(QStringLiteral("01900000-0000-7000-8000-000000000000"),
                            QStringLiteral("active"), {})
              .error()
              .code == StoreError::Code::NotFound);
    CHECK(f.count(QStringLiteral("audit_log")) == audit);
    CHECK(f.count(QStringLiteral("case_events")) == 0);

    for (const char *status : {"active", "referred", "pending_closure"}) {
        auto changed = cases.changeStatus(saved.caseId, QString::fromLatin1(status), {});
        REQUIRE(changed.ok());
        CHECK(changed->status == QString::fromLatin1(status));
    }
    f.clock.advanceMs(1000);
    auto closed = cases.changeStatus(saved.caseId, QStringLiteral("closed"),
                                     QStringLiteral("The child is safe"));
    REQUIRE(closed.ok());
    CHECK(closed->status == QStringLiteral("closed"));
    CHECK(closed->meta.revision == 5);
    // The same status again changes nothing.
    CHECK(cases.changeStatus(saved.caseId, QStringLiteral("closed"), QStringLiteral("x"))
              ->meta.revision == 5);

    auto events = cases.events(saved.caseId);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 4);
    CHECK(events->first().kind == QStringLiteral("status"));
    CHECK(events->first().oldValue == QStringLiteral("open"));
    CHECK(events->first().newValue == QStringLiteral("active"));
    CHECK(events->last().oldValue == QStringLiteral("pending_closure"));
    CHECK(events->last().newValue == QStringLiteral("closed"));
    CHECK(events->last().reason == QStringLiteral("The child is safe"));
    CHECK(events->last().meta.createdBy == f.store->session().accountId);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'case.status'")) == 4);
    CHECK(f.count(QStringLiteral("audit_log")) == audit + 4);
    // Outbox: the case (its status field) and the event, per change.
    CHECK(f.count(QStringLiteral("outbox")) == outbox + 8);
    CHECK(f.count(QStringLiteral("outbox"),
                  QStringLiteral(
                      "record_type = 'case' AND payload LIKE '%\"fields\":[\"status\"]}'")) == 4);
    CHECK(f.count(QStringLiteral("outbox"), QStringLiteral("record_type = 'case_event'")) == 4);
    CHECK(f.count(QStringLiteral("cases"), QStringLiteral("status_rank = 4")) == 1);

    // update() records a status change as an event too, and refuses closing without a reason.
    auto record = cases.read(saved.caseId);
    REQUIRE(record.ok());
    record->status = QStringLiteral("open");
    auto reopened = cases.update(*record);
    REQUIRE(reopened.ok());
    CHECK(cases.events(saved.caseId)->size() == 5);
    reopened->status = QStringLiteral("closed");
    CHECK(hasProblem(cases.update(*reopened).error().problems, QStringLiteral("reason")));
}

TEST_CASE("assigning a case records who had it", "[store][caselist]")
{
    StoreFixture f;
    const QString leyla =
        addCounsellor(f, QStringLiteral("leyla"), QStringLiteral("Leyla Quliyeva"));
    const SavedContact saved = openCase(f, {QStringLiteral("Aysel")});
    CaseRepository cases(*f.store);
    CHECK(hasProblem(cases.assign(saved.caseId, QStringLiteral("nobody")).error().problems,
                     QStringLiteral("assignee")));
    auto assigned = cases.assign(saved.caseId, leyla);
    REQUIRE(assigned.ok());
    CHECK(assigned->assigneeId == leyla);
    auto events = cases.events(saved.caseId);
    REQUIRE(events->size() == 1);
    CHECK(events->first().kind == QStringLiteral("assignee"));
    CHECK(events->first().oldValue == f.store->session().accountId);
    CHECK(events->first().newValue == leyla);
    CHECK(f.count(QStringLiteral("audit_log"), QStringLiteral("action = 'case.assign'")) == 1);
    CHECK(f.count(QStringLiteral("outbox"),
                  QStringLiteral("payload LIKE '%\"fields\":[\"assignee_id\"]}'")) == 1);
    CaseListQuery mine;
    mine.assigneeId = leyla;
    CHECK(*cases.count(mine) == 1);
    CHECK(cases.summaries({saved.caseId})->first().assigneeName ==
          QStringLiteral("Leyla Quliyeva"));
    // Unassigned.
    REQUIRE(cases.assign(saved.caseId, QString()).ok());
    CHECK(cases.summaries({saved.caseId})->first().assigneeId.isEmpty());
    CHECK(f.count(QStringLiteral("cases"),
                  QStringLiteral("assignee_sort_key = '%1'").arg(text::noNameKey())) == 1);
}

TEST_CASE("the desk's accounts come in Azerbaijani order", "[store][caselist]")
{
    StoreFixture f; // admin "Admin" display name is the user name "aysel"
    addCounsellor(f, QStringLiteral("u1"), QStringLiteral("İlham"));
    addCounsellor(f, QStringLiteral("u2"), QStringLiteral("Çinarə"));
    addCounsellor(f, QStringLiteral("u3"), QStringLiteral("Işıq"));
    addCounsellor(f, QStringLiteral("u4"), QStringLiteral("Cavid"));
    auto accounts = CaseRepository(*f.store).accounts();
    REQUIRE(accounts.ok());
    QStringList order;
    for (const AccountSummary &a : std::as_const(*accounts))
        order << a.displayName;
    CHECK(order == QStringList{QStringLiteral("aysel"), QStringLiteral("Cavid"),
                               QStringLiteral("Çinarə"), QStringLiteral("Işıq"),
                               QStringLiteral("İlham")});
    CHECK(accounts->first().role == Role::Admin);
    CHECK(accounts->last().role == Role::Counsellor);
}

TEST_CASE("an acute contact always flags its case for supervisor attention", "[store][caselist]")
{
    StoreFixture f;
    const SavedContact saved = openCase(f, {QStringLiteral("Aysel"), QStringLiteral("acute")});
    CaseRepository cases(*f.store);
    CHECK(cases.read(saved.caseId)->flags.contains(QStringLiteral("supervisor_attention")));
    // A supervisor clears the flag; the next acute contact sets it again although the risk
    // does not rise.
    auto record = cases.read(saved.caseId);
    record->flags.clear();
    REQUIRE(cases.update(*record).ok());
    CHECK_FALSE(cases.read(saved.caseId)->flags.contains(QStringLiteral("supervisor_attention")));
    ContactSave again = f.counsellingContact(QStringLiteral("Yenə"));
    again.link = ContactSave::CaseLink::ExistingCase;
    again.contact.caseId = saved.caseId;
    again.contact.riskLevel = QStringLiteral("acute");
    REQUIRE(ContactRepository(*f.store).save(again).ok());
    auto flagged = cases.read(saved.caseId);
    CHECK(flagged->flags.contains(QStringLiteral("supervisor_attention")));
    CHECK(flagged->riskLevel == QStringLiteral("acute"));
    CHECK(f.count(QStringLiteral("outbox"),
                  QStringLiteral(
                      "record_type = 'case' AND payload LIKE '%\"fields\":[\"flags\"]}'")) == 1);
    // A low-risk contact does not flag a case.
    const SavedContact calm = openCase(f, {QStringLiteral("Murad"), QStringLiteral("high")});
    CHECK(cases.read(calm.caseId)->flags.isEmpty());
}

TEST_CASE("follow-ups due for an account and the case's next follow-up", "[store][caselist]")
{
    StoreFixture f;
    const QString me = f.store->session().accountId;
    const QString leyla = addCounsellor(f, QStringLiteral("leyla"), QStringLiteral("Leyla"));
    const SavedContact mine = openCase(f, {QStringLiteral("Aysel")});
    const SavedContact hers = openCase(f, {QStringLiteral("Murad"),
                                           QStringLiteral("low"),
                                           {QStringLiteral("violence.bullying")},
                                           {},
                                           {},
                                           leyla});
    FollowUpRepository followUps(*f.store);
    const QDateTime now = f.clock.nowUtc();
    const auto add = [&](const QString &caseId, const QString &assignee, qint64 hours,
                         const QString &what) {
        FollowUp fu;
        fu.caseId = caseId;
        fu.assigneeId = assignee;
        fu.description = what;
        fu.dueAt = now.addSecs(hours * 3600);
        auto added = followUps.add(fu);
        REQUIRE(added.ok());
        return *added;
    };
    const FollowUp overdue = add(mine.caseId, me, -30, QStringLiteral("overdue"));
    const FollowUp soon = add(mine.caseId, QString(), 5, QStringLiteral("unassigned, my case"));
    add(mine.caseId, me, 24 * 10, QStringLiteral("later"));
    add(hers.caseId, leyla, 2, QStringLiteral("hers"));
    const FollowUp mineOnHers = add(hers.caseId, me, 3, QStringLiteral("mine on her case"));

    auto due = followUps.dueFor(me, now.addDays(1));
    REQUIRE(due.ok());
    QStringList what;
    for (const FollowUp &fu : std::as_const(*due))
        what << fu.description;
    CHECK(what == QStringList{QStringLiteral("overdue"), QStringLiteral("mine on her case"),
                              QStringLiteral("unassigned, my case")});
    CHECK(followUps.dueFor(leyla, now.addDays(1))->size() == 1);

    CaseRepository cases(*f.store);
    CHECK(cases.summaries({mine.caseId})->first().nextFollowUpAt == overdue.dueAt);
    REQUIRE(followUps.complete(overdue).ok());
    CHECK(cases.summaries({mine.caseId})->first().nextFollowUpAt == soon.dueAt);
    REQUIRE(followUps.cancel(soon).ok());
    CHECK(cases.summaries({mine.caseId})->first().nextFollowUpAt == now.addDays(10));
    CHECK(cases.summaries({hers.caseId})->first().nextFollowUpAt == now.addSecs(2 * 3600));
    CHECK(followUps.dueFor(me, now.addDays(1))->size() == 1);
    CHECK(mineOnHers.meta.revision == 1);

    // Sorted by next follow-up, cases without one come last.
    const SavedContact none = openCase(f, {QStringLiteral("Nigar")});
    CaseListQuery q;
    q.sort = CaseSort::NextFollowUp;
    q.order = Qt::AscendingOrder;
    CHECK(ids(all(cases, q)) == QStringList{hers.caseId, mine.caseId, none.caseId});
}

TEST_CASE("a note correction refers to an earlier note of the same case", "[store][caselist]")
{
    StoreFixture f;
    const SavedContact a = openCase(f, {QStringLiteral("Aysel")});
    const SavedContact b = openCase(f, {QStringLiteral("Murad")});
    NoteRepository notes(*f.store);
    Note note;
    note.caseId = a.caseId;
    note.body = QStringLiteral("Ana ilə danışıldı.");
    auto first = notes.add(note);
    REQUIRE(first.ok());
    Note correction;
    correction.caseId = a.caseId;
    correction.body = QStringLiteral("Düzəliş: nənə ilə danışıldı.");
    correction.correctionOf = first->meta.id;
    auto corrected = notes.add(correction);
    REQUIRE(corrected.ok());
    Note elsewhere = correction;
    elsewhere.caseId = b.caseId;
    CHECK(hasProblem(notes.add(elsewhere).error().problems, QStringLiteral("correction_of")));
    auto all = notes.forCase(a.caseId);
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).body == note.body); // the earlier note is unchanged
    CHECK(all->at(1).correctionOf == first->meta.id);
}

TEST_CASE("the case list columns can be rebuilt from the records", "[store][caselist]")
{
    StoreFixture f;
    const QString leyla = addCounsellor(f, QStringLiteral("leyla"), QStringLiteral("Leyla"));
    for (const QString &child :
         {QStringLiteral("Xədicə"), QStringLiteral("Ağa"), QStringLiteral("İlham"), QString()})
        openCase(f, {child,
                     QStringLiteral("moderate"),
                     {QStringLiteral("violence.bullying")},
                     QStringLiteral("AZ-SAK"),
                     QStringLiteral("050 111 22 33"),
                     leyla});
    CaseRepository cases(*f.store);
    const QStringList anyCase = ids(all(cases, CaseListQuery()));
    FollowUp fu;
    fu.caseId = anyCase.first();
    fu.description = QStringLiteral("Zəng");
    fu.dueAt = f.clock.nowUtc().addDays(1);
    REQUIRE(FollowUpRepository(*f.store).add(fu).ok());
    REQUIRE(cases.changeStatus(anyCase.last(), QStringLiteral("active"), {}).ok());

    const auto snapshot = [&] {
        QSqlQuery q(f.store->database());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT id, child_name, child_sort_key, last_contact_at, next_follow_up_at, "
            "region_code, economic_region, status_rank, risk_rank, assignee_sort_key FROM cases "
            "ORDER BY id")));
        QStringList rows;
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 10; ++i)
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
    const QStringList before = snapshot();
    {
        QSqlDatabase db = f.store->database();
        QSqlQuery q(db);
        REQUIRE(db.transaction());
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE cases SET child_name = NULL, child_sort_key = NULL, last_contact_at = NULL, "
            "next_follow_up_at = NULL, region_code = NULL, economic_region = NULL, "
            "status_rank = 0, risk_rank = 0, assignee_sort_key = NULL")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM case_categories")));
        REQUIRE(q.exec(QStringLiteral("UPDATE persons SET phone_key = NULL")));
        REQUIRE(snapshot() != before);
        REQUIRE(CaseListIndex::rebuild(db).ok());
        REQUIRE(db.commit());
    }
    CHECK(snapshot() == before);
}

TEST_CASE("deep pages of a risk filter read from the filter's index in the same order",
          "[store][caselist]")
{
    // 2,100 matching cases: a page past offset 1,000 (and before the middle, which is read from
    // the other end) is read through the filter's index and sorted there.
    StoreFixture f;
    QList<ContactSave> batch;
    const QStringList risks{QStringLiteral("high"), QStringLiteral("low"), QStringLiteral("acute")};
    for (int i = 0; i < 3150; ++i) {
        f.clock.advanceMs(1000);
        ContactSave save = f.counsellingContact(QStringLiteral("Toplu %1").arg(i),
                                                QStringLiteral("Uşaq %1").arg(i));
        save.contact.riskLevel = risks.at(i % 3);
        // Some contacts share a start time: the order then falls back to the case id.
        if (i % 5 == 0)
            save.contact.startedAt = f.clock.nowUtc().addSecs(-1000);
        batch << save;
    }
    REQUIRE(ContactRepository(*f.store).saveBatch(batch).ok());
    CaseRepository cases(*f.store);
    CaseListQuery query;
    query.riskLevels = {QStringLiteral("high"), QStringLiteral("acute")};
    const qint64 total = *cases.count(query);
    REQUIRE(total == 2100);
    for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        query.order = order;
        query.limit = 5000;
        const QStringList whole = ids(*cases.page(query));
        REQUIRE(whole.size() == 2100);
        for (int offset : {0, 990, 1000, 1049, 1300, 2050}) {
            CaseListQuery paged = query;
            paged.offset = offset;
            paged.limit = 50;
            paged.knownCount = total;
            auto page = cases.page(paged);
            REQUIRE(page.ok());
            INFO("offset " << offset << " order " << int(order));
            CHECK(ids(*page) == whole.mid(offset, 50));
        }
    }
}
