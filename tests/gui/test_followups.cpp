#include <catch2/catch.hpp>

#include "../store/storefixture.h"

#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "ui/cases/models/followupsmodel.h"
#include "ui/common/workspace.h"
#include "ui/followups/followupsscreen.h"
#include "ui/followups/overduedelegate.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include "waituntil.h"

using namespace helpline;

namespace {

// Catch prints QStrings as "{?}"; checks compare these instead, so a failure shows the words.
// (A Catch::StringMaker<QString> here would clash with other files of the binary: one
// definition wins at link time.)
std::string str(const QString &text)
{
    return text.toStdString();
}
std::string str(const QStringList &texts)
{
    return texts.join(QStringLiteral(" | ")).toStdString();
}

} // namespace

namespace {

struct FollowUpsFixture : test::StoreFixture {
    FollowUpsFixture()
        : workspace(*store)
    {
    }

    QString newCase(const QString &childName)
    {
        auto saved =
            ContactRepository(*store).save(counsellingContact(QStringLiteral("Call"), childName));
        if (!saved.ok())
            FAIL(saved.error().message.toStdString());
        return saved->caseId;
    }

    FollowUp addFollowUp(const QString &caseId, const QDateTime &dueUtc, const QString &assignee,
                         const QString &description)
    {
        FollowUp followUp;
        followUp.caseId = caseId;
        followUp.dueAt = dueUtc;
        followUp.assigneeId = assignee;
        followUp.description = description;
        auto added = FollowUpRepository(*store).add(followUp);
        if (!added.ok())
            FAIL(added.error().message.toStdString());
        return *added;
    }

    // Today at `time`, local time, in UTC.
    QDateTime todayAt(QTime time) const
    {
        return QDateTime(clock.nowUtc().toLocalTime().date(), time, Qt::LocalTime).toUTC();
    }

    Workspace workspace;
};

QStringList column(QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

TEST_CASE("the Follow-ups page lists what is due and overdue for me", "[gui][followups]")
{
    FollowUpsFixture f;
    // "Now" is mid-morning, local time, so that the day has a past and a future.
    f.clock.set(f.todayAt(QTime(11, 0)));
    auto farid =
        f.store->addAccount(QStringLiteral("farid"), QStringLiteral("Farid"), Role::Counsellor,
                            test::password("farid pass"), test::fastKdf());
    REQUIRE(farid.ok());
    const QString me = f.store->session().accountId;
    const QString leyla = f.newCase(QStringLiteral("Leyla"));
    const QString orxan = f.newCase(QStringLiteral("Orxan"));

    const FollowUp overdue =
        f.addFollowUp(leyla, f.todayAt(QTime(9, 0)), me, QStringLiteral("Ring the school"));
    const FollowUp later =
        f.addFollowUp(orxan, f.todayAt(QTime(16, 30)), me, QStringLiteral("Call Orxan back"));
    f.addFollowUp(orxan, f.todayAt(QTime(10, 0)), *farid, QStringLiteral("Farid's call"));
    f.addFollowUp(leyla, f.todayAt(QTime(12, 0)).addDays(3), me, QStringLiteral("Next week"));

    FollowUpsScreen screen(f.workspace);
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    screen.resize(1000, 600);
    screen.show();
    screen.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&screen));
    CHECK(str(screen.objectName()) == "followUpsScreen");

    auto *view = screen.findChild<QTableView *>(QStringLiteral("followUpsView"));
    REQUIRE(view);
    FollowUpsModel *model = screen.model();
    // Mine only, soonest first; Farid's is not on my page, nor next week's.
    REQUIRE(model->rowCount() == 2);
    CHECK(str(column(model, FollowUpsModel::Description)) ==
          str(QStringList{QStringLiteral("Ring the school"), QStringLiteral("Call Orxan back")}));
    CHECK(str(column(model, FollowUpsModel::Child)) ==
          str(QStringList{QStringLiteral("Leyla"), QStringLiteral("Orxan")}));
    // The overdue one says so in words (the view paints an "Overdue" badge, too).
    CHECK(model->index(0, FollowUpsModel::Due).data(FollowUpsModel::OverdueRole).toBool());
    CHECK(
        model->index(0, FollowUpsModel::Due).data().toString().contains(QStringLiteral("overdue")));
    CHECK_FALSE(model->index(1, FollowUpsModel::Due).data(FollowUpsModel::OverdueRole).toBool());
    CHECK(str(OverdueDelegate::overdueText()) == "Overdue");
    CHECK(str(screen.findChild<QLabel *>(QStringLiteral("followUpSummaryLabel"))->text()) ==
          "2 due, of which 1 overdue.");

    // The week shows next week's too.
    auto *range = screen.findChild<QComboBox *>(QStringLiteral("followUpRangeCombo"));
    REQUIRE(range);
    range->setCurrentIndex(1);
    CHECK(model->rowCount() == 3);
    range->setCurrentIndex(0);
    REQUIRE(model->rowCount() == 2);

    // Enter opens the case of the selected follow-up.
    QSignalSpy opened(&f.workspace, &Workspace::openCaseRequested);
    view->setFocus();
    view->setCurrentIndex(model->index(1, FollowUpsModel::Due));
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toString() == orxan);

    // "Done" completes the selected one; it leaves the list.
    auto *done = screen.findChild<QPushButton *>(QStringLiteral("completeFollowUpButton"));
    REQUIRE(done);
    view->setCurrentIndex(model->index(0, FollowUpsModel::Due));
    REQUIRE(done->isEnabled());
    done->setFocus();
    QTest::keyClick(done, Qt::Key_Space);
    REQUIRE(model->rowCount() == 1);
    CHECK(str(column(model, FollowUpsModel::Description)) ==
          str(QStringList{QStringLiteral("Call Orxan back")}));
    auto leylas = FollowUpRepository(*f.store).forCase(leyla);
    REQUIRE(leylas.ok());
    const auto it = std::find_if(leylas->cbegin(), leylas->cend(),
                                 [&](const FollowUp &x) { return x.meta.id == overdue.meta.id; });
    REQUIRE(it != leylas->cend());
    CHECK(str(it->status) == "done");
    CHECK(it->doneBy == me);
    Q_UNUSED(later)

    // Time passes: the later one becomes overdue when the page is read again.
    f.clock.set(f.todayAt(QTime(17, 0)));
    screen.reload();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, FollowUpsModel::Due).data(FollowUpsModel::OverdueRole).toBool());
}

TEST_CASE("the Follow-ups page says when nothing is due", "[gui][followups]")
{
    FollowUpsFixture f;
    FollowUpsScreen screen(f.workspace);
    QAbstractItemModelTester tester(screen.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(screen.model()->rowCount() == 0);
    CHECK(str(screen.findChild<QLabel *>(QStringLiteral("followUpSummaryLabel"))->text()) ==
          "Nothing is due today.");
    CHECK_FALSE(
        screen.findChild<QPushButton *>(QStringLiteral("completeFollowUpButton"))->isEnabled());
    CHECK_FALSE(screen.completeSelected());
    CHECK_FALSE(screen.openSelectedCase());
}
