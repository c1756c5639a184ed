#include <catch2/catch.hpp>

#include "../store/storefixture.h"

#include "core/domain/casetimeline.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/contactrepository.h"
#include "ui/cases/models/caselistmodel.h"
#include "ui/cases/models/followupsmodel.h"
#include "ui/cases/models/searchresultsmodel.h"
#include "ui/cases/models/timelinemodel.h"
#include "ui/common/riskstyle.h"
#include "ui/common/workspace.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QGuiApplication>
#include <QSignalSpy>

#include <random>

using namespace helpline;
using helpline::test::StoreFixture;

namespace {

// Every model under test is checked by Qt's model tester; a broken invariant aborts the run.
constexpr auto kTesterMode = QAbstractItemModelTester::FailureReportingMode::Fatal;

SavedContact openCase(StoreFixture &f, const QString &child, const QString &risk,
                      const QString &summary = QStringLiteral("Məktəbdə problem var."))
{
    f.clock.advanceMs(60 * 1000);
    ContactSave save = f.counsellingContact(summary, child);
    if (!save.child) {
        save.child = Person();
        save.child->age = QStringLiteral("10");
    }
    save.contact.riskLevel = risk;
    auto saved = ContactRepository(*f.store).save(save);
    INFO(saved.error().message.toStdString() + " " + saved.error().detail.toStdString());
    REQUIRE(saved.ok());
    return *saved;
}

QStringList column(const QAbstractItemModel &model, int col, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, col), role).toString();
    return values;
}

std::string text(const QStringList &values)
{
    return values.join(QStringLiteral(", ")).toStdString();
}

} // namespace

TEST_CASE("the case list model pages sorts and filters in the store", "[gui][casemodels]")
{
    StoreFixture f;
    // 45 cases: pages of 10 rows, so the model crosses page boundaries.
    const QStringList children{
        QStringLiteral("Xədicə"), QStringLiteral("İlham"),   QStringLiteral("Ağa"),
        QStringLiteral("Işıq"),   QStringLiteral("Əli"),     QStringLiteral("Çinarə"),
        QStringLiteral("Cavid"),  QStringLiteral("Ismayıl"), QStringLiteral("Zəhra"),
        QStringLiteral("Ömər"),   QStringLiteral("Şəbnəm"),  QStringLiteral("Ülviyyə"),
        QStringLiteral("Qasım"),  QStringLiteral("Kamran"),  QStringLiteral("Həsən")};
    const QStringList risks{QStringLiteral("low"), QStringLiteral("high"), QStringLiteral("none"),
                            QStringLiteral("acute"), QStringLiteral("moderate")};
    QStringList opened;
    for (int i = 0; i < 45; ++i)
        opened << openCase(f, children.at(i % children.size()) + QStringLiteral(" %1").arg(i / 15),
                           risks.at(i % risks.size()))
                      .caseId;
    CaseRepository cases(*f.store);
    for (int i = 0; i < 45; i += 3)
        REQUIRE(cases.changeStatus(opened.at(i), QStringLiteral("active"), {}).ok());

    Workspace workspace(*f.store);
    CaseListModel model(workspace);
    model.setPageSize(10);
    model.setCachedPageLimit(3);
    QAbstractItemModelTester tester(&model, kTesterMode);

    REQUIRE(model.rowCount() == 45);
    REQUIRE(model.columnCount() == CaseListModel::ColumnCount);
    CHECK(model.headerData(CaseListModel::Child, Qt::Horizontal).toString() ==
          QStringLiteral("Child"));
    CHECK(model.headerData(CaseListModel::NextFollowUp, Qt::Horizontal).toString() ==
          QStringLiteral("Next follow-up"));

    // Default order: the latest contact first; every row across the pages, each case once.
    QStringList ids = column(model, 0, CaseListModel::CaseIdRole);
    QStringList newestFirst = opened;
    std::reverse(newestFirst.begin(), newestFirst.end());
    CHECK(ids == newestFirst);
    CHECK(model.loadedPageCount() <= 3); // least recently used pages are dropped
    CHECK(model.caseIdAt(44) == opened.first());
    CHECK(model.caseIdAt(45).isEmpty());
    CHECK(model.rowOfCase(opened.first()) == 44);

    // Display texts: status and risk in words, risk colours from the risk style.
    const QModelIndex first = model.index(0, CaseListModel::Risk);
    const RiskStyle style = riskStyle(QStringLiteral("moderate"), QGuiApplication::palette());
    CHECK(model.data(first, CaseListModel::RiskCodeRole).toString() == QStringLiteral("moderate"));
    CHECK(model.data(first).toString() == style.text);
    CHECK(model.data(first, Qt::BackgroundRole).value<QColor>() == style.background);
    CHECK(model.data(first, Qt::ForegroundRole).value<QColor>() == style.foreground);
    CHECK(model.data(model.index(0, CaseListModel::Status)).toString() == QStringLiteral("Open"));
    CHECK(model.data(model.index(44, CaseListModel::Status)).toString() ==
          QStringLiteral("Active"));
    CHECK(model.data(model.index(0, CaseListModel::Counsellor)).toString() ==
          f.store->session().displayName);
    CHECK_FALSE(model.data(model.index(0, CaseListModel::LastContact)).toString().isEmpty());
    CHECK(model.data(model.index(0, CaseListModel::NextFollowUp)).toString().isEmpty());

    // Sorted by child name in the store, in Azerbaijani order.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(CaseListModel::Child, Qt::AscendingOrder);
    CHECK(reset.size() == 1);
    CHECK(model.rowCount() == 45);
    const QStringList byName = column(model, CaseListModel::Child);
    INFO(text(byName));
    QStringList firstOfEach;
    for (int row = 0; row < byName.size(); row += 3)
        firstOfEach << byName.at(row).section(u' ', 0, 0);
    CHECK(firstOfEach ==
          QStringList{QStringLiteral("Ağa"), QStringLiteral("Cavid"), QStringLiteral("Çinarə"),
                      QStringLiteral("Əli"), QStringLiteral("Həsən"), QStringLiteral("Xədicə"),
                      QStringLiteral("Ismayıl"), QStringLiteral("Işıq"), QStringLiteral("İlham"),
                      QStringLiteral("Kamran"), QStringLiteral("Qasım"), QStringLiteral("Ömər"),
                      QStringLiteral("Şəbnəm"), QStringLiteral("Ülviyyə"),
                      QStringLiteral("Zəhra")});
    CHECK(byName.at(0) == QStringLiteral("Ağa 0"));
    CHECK(byName.at(2) == QStringLiteral("Ağa 2"));
    model.sort(CaseListModel::Child, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, CaseListModel::Child)).toString() == QStringLiteral("Zəhra 2"));
    CHECK(model.filter().sort == CaseSort::ChildName);

    model.sort(CaseListModel::Risk, Qt::DescendingOrder);
    const QStringList byRisk = column(model, CaseListModel::Risk, CaseListModel::RiskCodeRole);
    CHECK(byRisk.first() == QStringLiteral("acute"));
    CHECK(byRisk.last() == QStringLiteral("none"));

    // Filters: counted again; the sort stays.
    CaseListQuery filter;
    filter.statuses = {QStringLiteral("active")};
    filter.riskLevels = {QStringLiteral("high"), QStringLiteral("acute")};
    model.setFilter(filter);
    const QStringList filteredRisks =
        column(model, CaseListModel::Risk, CaseListModel::RiskCodeRole);
    const QStringList filteredStatuses =
        column(model, CaseListModel::Status, CaseListModel::StatusCodeRole);
    // Active: every third case (0, 3, 6 ...); high: i % 5 == 1, acute: i % 5 == 3.
    CHECK(model.rowCount() == 6);
    CHECK(filteredStatuses == QStringList(6, QStringLiteral("active")));
    CHECK(filteredRisks.first() == QStringLiteral("acute"));
    CHECK(filteredRisks.last() == QStringLiteral("high"));
    CHECK(model.filter().sort == CaseSort::Risk);
    model.setFilter(CaseListQuery());
    CHECK(model.rowCount() == 45);
}

TEST_CASE("the case list model reloads when records change", "[gui][casemodels]")
{
    StoreFixture f;
    openCase(f, QStringLiteral("Aysel"), QStringLiteral("low"));
    Workspace workspace(*f.store);
    CaseListModel model(workspace);
    QAbstractItemModelTester tester(&model, kTesterMode);
    REQUIRE(model.rowCount() == 1);
    const SavedContact added = openCase(f, QStringLiteral("Murad"), QStringLiteral("acute"));
    CHECK(model.rowCount() == 1); // nothing told it yet
    workspace.notifyRecordsChanged(added.caseId);
    CHECK(model.rowCount() == 2);
    CHECK(model.caseIdAt(0) == added.caseId);
    CHECK(model.data(model.index(0, CaseListModel::Child)).toString() == QStringLiteral("Murad"));
    CHECK(model.data(model.index(0, CaseListModel::Child), CaseListModel::FlagsRole)
              .toStringList()
              .contains(QStringLiteral("supervisor_attention")));
    // A status change shows after the notification.
    REQUIRE(
        CaseRepository(*f.store).changeStatus(added.caseId, QStringLiteral("referred"), {}).ok());
    workspace.notifyRecordsChanged(added.caseId);
    CHECK(model.data(model.index(0, CaseListModel::Status)).toString() ==
          QStringLiteral("Referred"));

    // A child without a name is shown as such, in italics.
    openCase(f, QString(), QStringLiteral("low"));
    workspace.notifyRecordsChanged();
    CHECK(model.data(model.index(0, CaseListModel::Child)).toString() ==
          QStringLiteral("No name given"));
    CHECK(model.data(model.index(0, CaseListModel::Child), Qt::FontRole).value<QFont>().italic());
}

TEST_CASE("the search results model shows cases with snippets", "[gui][casemodels]")
{
    StoreFixture f;
    const SavedContact aysel =
        openCase(f, QStringLiteral("Aysel Məmmədova"), QStringLiteral("high"),
                 QStringLiteral("Uşaq Şəkidə yaşayır və məktəbdə qorxur."));
    openCase(f, QStringLiteral("Murad"), QStringLiteral("low"),
             QStringLiteral("Bakıda ailə münaqişəsi."));
    Workspace workspace(*f.store);
    SearchResultsModel model(workspace);
    QAbstractItemModelTester tester(&model, kTesterMode);
    CHECK(model.rowCount() == 0);

    model.setQuery(QStringLiteral("seki"));
    REQUIRE(model.rowCount() == 1);
    const QModelIndex hit = model.index(0);
    CHECK(model.data(hit).toString() == aysel.caseNumber + QStringLiteral(" · Aysel Məmmədova"));
    CHECK(model.data(hit, SearchResultsModel::CaseIdRole).toString() == aysel.caseId);
    CHECK(model.data(hit, SearchResultsModel::CaseNumberRole).toString() == aysel.caseNumber);
    CHECK(model.data(hit, SearchResultsModel::ChildNameRole).toString() ==
          QStringLiteral("Aysel Məmmədova"));
    CHECK(model.data(hit, SearchResultsModel::SnippetRole)
              .toString()
              .contains(QStringLiteral("Şəkidə")));
    CHECK(model.data(hit, SearchResultsModel::RecordTypeRole).toString() ==
          QStringLiteral("contact"));
    CHECK(model.data(hit, SearchResultsModel::RiskCodeRole).toString() == QStringLiteral("high"));
    CHECK(model.caseIdAt(0) == aysel.caseId);

    model.setQuery(QStringLiteral("nothing matches this"));
    CHECK(model.rowCount() == 0);
    model.setQuery(QString());
    CHECK(model.rowCount() == 0);

    // A new note is found once the workspace says records changed.
    model.setQuery(QStringLiteral("psixoloq"));
    CHECK(model.rowCount() == 0);
    Note note;
    note.caseId = aysel.caseId;
    note.body = QStringLiteral("Psixoloq ilə görüş təyin edildi.");
    REQUIRE(NoteRepository(*f.store).add(note).ok());
    workspace.notifyRecordsChanged(aysel.caseId);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0), SearchResultsModel::RecordTypeRole).toString() ==
          QStringLiteral("note"));
}

TEST_CASE("the follow-ups model lists what is due and overdue for the account", "[gui][casemodels]")
{
    StoreFixture f;
    auto other =
        f.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla"), Role::Counsellor,
                            test::password("counsellor password"), test::fastKdf());
    REQUIRE(other.ok());
    const SavedContact a = openCase(f, QStringLiteral("Aysel"), QStringLiteral("low"));
    const SavedContact b = openCase(f, QStringLiteral("Murad"), QStringLiteral("low"));
    const QDateTime now = f.clock.nowUtc();
    // The end of today in local time, as the model computes it.
    const QDateTime endOfToday =
        QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0)).toUTC().addMSecs(-1);
    FollowUpRepository followUps(*f.store);
    const auto add = [&](const QString &caseId, const QString &assignee, const QDateTime &due,
                         const QString &what) {
        FollowUp fu;
        fu.caseId = caseId;
        fu.assigneeId = assignee;
        fu.dueAt = due;
        fu.description = what;
        auto added = followUps.add(fu);
        REQUIRE(added.ok());
        return *added;
    };
    const QString me = f.store->session().accountId;
    add(a.caseId, me, endOfToday.addSecs(-60), QStringLiteral("later today"));
    const FollowUp overdue = add(b.caseId, me, now.addDays(-2), QStringLiteral("overdue"));
    add(a.caseId, me, endOfToday.addSecs(3600), QStringLiteral("tomorrow"));
    add(a.caseId, *other, now.addSecs(-60), QStringLiteral("Leyla's"));

    Workspace workspace(*f.store);
    FollowUpsModel model(workspace);
    QAbstractItemModelTester tester(&model, kTesterMode);
    REQUIRE(model.rowCount() == 2);
    CHECK(column(model, FollowUpsModel::Description) ==
          QStringList{QStringLiteral("overdue"), QStringLiteral("later today")});
    CHECK(model.data(model.index(0, 0), FollowUpsModel::OverdueRole).toBool());
    CHECK_FALSE(model.data(model.index(1, 0), FollowUpsModel::OverdueRole).toBool());
    CHECK(model.overdueCount() == 1);
    CHECK(model.data(model.index(0, 0), FollowUpsModel::FollowUpIdRole).toString() ==
          overdue.meta.id);
    CHECK(model.data(model.index(0, 0), FollowUpsModel::CaseIdRole).toString() == b.caseId);
    CHECK(model.data(model.index(0, FollowUpsModel::Case)).toString() == b.caseNumber);
    CHECK(model.data(model.index(0, FollowUpsModel::Child)).toString() == QStringLiteral("Murad"));
    CHECK(model.data(model.index(0, FollowUpsModel::Due))
              .toString()
              .contains(QStringLiteral("overdue")));
    CHECK(model.headerData(FollowUpsModel::Due, Qt::Horizontal).toString() ==
          QStringLiteral("Due"));

    model.setDueWithinDays(1);
    CHECK(model.rowCount() == 3);
    model.setDueWithinDays(0);

    // Done follow-ups leave the list once the workspace says so.
    REQUIRE(followUps.complete(overdue).ok());
    workspace.notifyRecordsChanged(b.caseId);
    CHECK(column(model, FollowUpsModel::Description) == QStringList{QStringLiteral("later today")});
}

TEST_CASE("the timeline model shows a case's history", "[gui][casemodels]")
{
    StoreFixture f;
    const SavedContact a = openCase(f, QStringLiteral("Aysel"), QStringLiteral("high"));
    const SavedContact b = openCase(f, QStringLiteral("Murad"), QStringLiteral("low"));
    f.clock.advanceMs(60 * 1000);
    REQUIRE(CaseRepository(*f.store).changeStatus(a.caseId, QStringLiteral("active"), {}).ok());

    Workspace workspace(*f.store);
    TimelineModel model(workspace);
    QAbstractItemModelTester tester(&model, kTesterMode);
    CHECK(model.rowCount() == 0);
    model.setCase(a.caseId);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex contact = model.index(0);
    CHECK(model.data(contact, TimelineModel::KindRole).toInt() ==
          int(TimelineEntry::Kind::Contact));
    CHECK(model.data(contact).toString() ==
          QStringLiteral("Phone · Child about themselves · High risk"));
    CHECK(model.data(contact, TimelineModel::TitleRole) == model.data(contact));
    CHECK(model.data(contact, TimelineModel::RiskCodeRole).toString() == QStringLiteral("high"));
    CHECK(model.data(contact, TimelineModel::RecordIdRole).toString() == a.contact.meta.id);
    CHECK(model.data(contact, TimelineModel::AuthorRole).toString() ==
          f.store->session().displayName);
    CHECK(model.data(contact, TimelineModel::AtRole).toDateTime() == a.contact.startedAt);
    CHECK_FALSE(model.data(contact, TimelineModel::AtTextRole).toString().isEmpty());
    CHECK(model.data(contact, TimelineModel::BodyRole).toString() == a.contact.summary);
    CHECK(model.data(model.index(1), TimelineModel::KindRole).toInt() ==
          int(TimelineEntry::Kind::StatusChange));

    // Another case's change does not reload it; its own does.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    workspace.notifyRecordsChanged(b.caseId);
    CHECK(reset.isEmpty());
    Note note;
    note.caseId = a.caseId;
    note.body = QStringLiteral("Ana ilə danışıldı.");
    REQUIRE(NoteRepository(*f.store).add(note).ok());
    workspace.notifyRecordsChanged(a.caseId);
    CHECK(reset.size() == 1);
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(2), TimelineModel::BodyRole).toString() == note.body);
    model.setCase(QString());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("the case list model's page cache returns the right rows in any order",
          "[gui][casemodels]")
{
    StoreFixture f;
    QList<ContactSave> batch;
    for (int i = 0; i < 400; ++i) {
        f.clock.advanceMs(1000);
        batch << f.counsellingContact(QStringLiteral("Toplu %1").arg(i),
                                      QStringLiteral("Uşaq %1").arg(i));
    }
    auto saved = ContactRepository(*f.store).saveBatch(batch);
    REQUIRE(saved.ok());
    QStringList newestFirst;
    for (const SavedContact &s : std::as_const(*saved))
        newestFirst.prepend(s.caseId);

    Workspace workspace(*f.store);
    CaseListModel model(workspace);
    QAbstractItemModelTester tester(&model, kTesterMode);
    model.setPageSize(10);
    model.setCachedPageLimit(2);
    REQUIRE(model.rowCount() == 400);
    // Jumping between pages evicts one page for every page read; each row must still come from
    // its own page.
    std::mt19937 random(7);
    int wrong = 0;
    for (int i = 0; i < 3000; ++i) {
        const int row = int(random() % 400);
        if (model.caseIdAt(row) != newestFirst.at(row))
            ++wrong;
    }
    CHECK(wrong == 0);
    CHECK(model.loadedPageCount() <= 2);
    CHECK(model.pageLoads() > 1000);
}
