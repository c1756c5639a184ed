#include <catch2/catch.hpp>

#include "../store/storefixture.h"

#include "core/domain/casetimeline.h"
#include "core/domain/taxonomy.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "ui/cases/casefilterbar.h"
#include "ui/cases/casesscreen.h"
#include "ui/cases/caseview.h"
#include "ui/cases/models/caselistmodel.h"
#include "ui/cases/models/searchresultsmodel.h"
#include "ui/cases/models/timelinemodel.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimer>

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

using Tester = QAbstractItemModelTester;

// A store with a manual clock, a workspace over it, and the Cases screen shown in an active
// window (focus and Escape behave as they do for a counsellor).
struct CasesFixture : test::StoreFixture {
    CasesFixture()
        : workspace(*store)
    {
        MessageBox::takeAskedCount();
    }

    SavedContact save(const QString &summary, const QString &childName,
                      const QString &risk = QStringLiteral("low"),
                      const QString &category = QStringLiteral("violence.bullying"),
                      const QString &region = QString())
    {
        ContactSave request = counsellingContact(summary, childName);
        request.contact.riskLevel = risk;
        request.contact.categories = {category};
        if (!region.isEmpty())
            request.child->regionCode = region;
        auto saved = ContactRepository(*store).save(request);
        if (!saved.ok())
            FAIL(saved.error().message.toStdString());
        return *saved;
    }

    CasesScreen &showScreen()
    {
        screen = std::make_unique<CasesScreen>(workspace);
        screen->resize(1280, 860);
        screen->show();
        screen->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(screen.get()));
        listTester =
            std::make_unique<Tester>(screen->caseListModel(), Tester::FailureReportingMode::Fatal);
        searchTester = std::make_unique<Tester>(screen->searchResultsModel(),
                                                Tester::FailureReportingMode::Fatal);
        timelineTester = std::make_unique<Tester>(screen->caseView()->timelineModel(),
                                                  Tester::FailureReportingMode::Fatal);
        return *screen;
    }

    template<typename T>
    T *child(const char *name)
    {
        auto *widget = screen->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            FAIL("no widget named " << name);
        return widget;
    }

    // Presses a button the way the keyboard does: focus, then Space.
    void press(const char *name)
    {
        auto *button = child<QPushButton>(name);
        REQUIRE(button->isEnabled());
        REQUIRE(button->isVisible());
        button->setFocus(Qt::TabFocusReason);
        QTest::keyClick(button, Qt::Key_Space);
    }

    QList<TimelineEntry> timeline(const QString &caseId)
    {
        auto entries = loadTimeline(*store, caseId);
        REQUIRE(entries.ok());
        return *entries;
    }

    qint64 views(const QString &caseId)
    {
        return count(QStringLiteral("audit_log"),
                     QStringLiteral("action = 'case.view' AND record_id = '%1'").arg(caseId));
    }

    QStringList childColumn()
    {
        QStringList names;
        CaseListModel *model = screen->caseListModel();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, CaseListModel::Child).data().toString();
        return names;
    }

    Workspace workspace;
    std::unique_ptr<CasesScreen> screen;
    std::unique_ptr<Tester> listTester, searchTester, timelineTester;
};

} // namespace

TEST_CASE("a case is found by search and opened with Enter", "[gui][cases][search]")
{
    CasesFixture f;
    const SavedContact wanted =
        f.save(QStringLiteral("She talked about the zebrafish tank at school"),
               QStringLiteral("Aysel Məmmədova"));
    f.save(QStringLiteral("Questions about exams"), QStringLiteral("Tural"));
    CasesScreen &screen = f.showScreen();
    CHECK(str(screen.objectName()) == "casesScreen");
    CHECK(screen.caseListModel()->rowCount() == 2);
    CHECK(str(f.child<QLabel>("caseCountLabel")->text()) == "2 cases");

    auto *search = f.child<QLineEdit>("caseSearchEdit");
    CHECK(str(search->placeholderText()) == "Search cases, notes, names…");
    screen.focusSearch();
    CHECK(search->hasFocus());
    QTest::keyClicks(search, "zebrafish");
    QTest::keyClick(search, Qt::Key_Return);

    REQUIRE(screen.isShowingCase());
    CHECK(screen.caseView()->caseId() == wanted.caseId);
    CHECK(f.child<QLabel>("caseNumberLabel")->text() == wanted.caseNumber);
    CHECK(str(f.child<QLabel>("childNameLabel")->text()) == "Aysel Məmmədova");
    CHECK(str(f.child<QLabel>("caseRiskBadge")->text()) == "Low risk");
    // Opening is audited once, as a view of that case.
    CHECK(f.views(wanted.caseId) == 1);
    // The timeline shows the contact with its summary.
    TimelineModel *timeline = screen.caseView()->timelineModel();
    REQUIRE(timeline->rowCount() == 1);
    CHECK(timeline->index(0)
              .data(TimelineModel::BodyRole)
              .toString()
              .contains(QStringLiteral("zebrafish")));

    // Escape goes back to the list; the search stays as it was.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK_FALSE(screen.isShowingCase());
    CHECK(str(search->text()) == "zebrafish");

    // Ctrl+F from the case view returns to the list, into the search box.
    REQUIRE(screen.openCase(wanted.caseId));
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    CHECK_FALSE(screen.isShowingCase());
    CHECK(search->hasFocus());
    // Escape in the search box clears it.
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(screen.searchResultsModel()->rowCount() == 0);
}

TEST_CASE("Down moves from the search box into the results and Enter opens one",
          "[gui][cases][search]")
{
    CasesFixture f;
    f.save(QStringLiteral("Worried about her brother"), QStringLiteral("Leyla"));
    const SavedContact wanted =
        f.save(QStringLiteral("Asked about the giraffe drawing contest"), QStringLiteral("Nihad"));
    CasesScreen &screen = f.showScreen();
    auto *search = f.child<QLineEdit>("caseSearchEdit");
    auto *results = f.child<QListView>("searchResultsView");
    screen.focusSearch();
    QTest::keyClicks(search, "giraffe");
    // The search runs after a short pause in typing.
    REQUIRE(test::waitUntil([&] { return screen.searchResultsModel()->rowCount() == 1; }));
    CHECK(results->isVisible());
    const QModelIndex first = screen.searchResultsModel()->index(0);
    CHECK(str(first.data().toString()) == str(wanted.caseNumber + QStringLiteral(" · Nihad")));
    CHECK(
        first.data(SearchResultsModel::SnippetRole).toString().contains(QStringLiteral("giraffe")));

    QTest::keyClick(search, Qt::Key_Down);
    CHECK(results->hasFocus());
    CHECK(results->currentIndex().row() == 0);
    // Up from the first result returns to the search box, Down goes back.
    QTest::keyClick(results, Qt::Key_Up);
    CHECK(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Return);
    REQUIRE(screen.isShowingCase());
    CHECK(screen.caseView()->caseId() == wanted.caseId);
    CHECK(f.views(wanted.caseId) == 1);

    // A search that finds nothing says so in words.
    f.press("backToCasesButton");
    REQUIRE_FALSE(screen.isShowingCase());
    search->setText(QStringLiteral("hippopotamus"));
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(screen.searchResultsModel()->rowCount() == 0);
    CHECK_FALSE(results->isVisible());
    CHECK(f.child<QLabel>("searchMessageLabel")->isVisible());
    CHECK(f.child<QLabel>("searchMessageLabel")->text().contains(QStringLiteral("hippopotamus")));
}

TEST_CASE("the case list opens a case with Enter and Workspace requests open it too",
          "[gui][cases]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("First call"), QStringLiteral("Kamran"));
    CasesScreen &screen = f.showScreen();
    auto *table = f.child<QTableView>("caseListView");
    table->setFocus();
    table->setCurrentIndex(screen.caseListModel()->index(0, CaseListModel::CaseNumber));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(screen.isShowingCase());
    CHECK(f.views(saved.caseId) == 1);
    f.press("backToCasesButton");
    CHECK_FALSE(screen.isShowingCase());
    CHECK(table->currentIndex().row() == 0);

    // Another screen asks for the case (the Follow-ups page does): it opens, once.
    f.workspace.requestOpenCase(saved.caseId);
    REQUIRE(screen.isShowingCase());
    CHECK(f.views(saved.caseId) == 2);
    // Asked again while it is shown (the shell may call openCase() as well): no second view.
    screen.openCase(saved.caseId);
    CHECK(f.views(saved.caseId) == 2);
    // A case that does not exist is refused in words.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(screen.openCase(QStringLiteral("no-such-case")));
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(screen.caseView()->caseId() == saved.caseId);
}

TEST_CASE("a note is added by keyboard and shows in the timeline", "[gui][cases][notes]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("Frightened at home"), QStringLiteral("Sara"));
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));

    f.press("addNoteButton");
    auto *note = f.child<QPlainTextEdit>("noteEdit");
    REQUIRE(note->isVisible());
    CHECK(note->hasFocus());
    CHECK_FALSE(note->accessibleName().isEmpty());

    // An empty note is refused beside the editor; nothing is written.
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.child<QLabel>("noteProblemLabel")->isVisible());
    CHECK(f.count(QStringLiteral("notes")) == 0);

    QTest::keyClicks(note, "Called back. She is safe at her aunt's tonight.");
    QSignalSpy changed(&f.workspace, &Workspace::recordsChanged);
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    // Every list showing the case is told.
    REQUIRE(changed.count() == 1);
    CHECK(changed.first().first().toString() == saved.caseId);
    CHECK_FALSE(note->isVisible());
    REQUIRE(f.count(QStringLiteral("notes")) == 1);

    TimelineModel *timeline = screen.caseView()->timelineModel();
    REQUIRE(timeline->rowCount() == 2);
    const QModelIndex last = timeline->index(1);
    CHECK(last.data(TimelineModel::KindRole).toInt() == int(TimelineEntry::Kind::Note));
    CHECK(str(last.data(TimelineModel::BodyRole).toString()) ==
          "Called back. She is safe at her aunt's tonight.");
    // The new note is selected, and the timeline has the focus again.
    CHECK(screen.caseView()->timelineView()->currentIndex().row() == 1);
    CHECK(screen.caseView()->timelineView()->hasFocus());

    // Escape with typed text asks before discarding it; "Cancel" keeps it.
    f.press("addNoteButton");
    QTest::keyClicks(note, "Half a thought");
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keyClick(note, Qt::Key_Escape);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(note->isVisible());
    CHECK(str(note->toPlainText()) == "Half a thought");
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(note, Qt::Key_Escape);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK_FALSE(note->isVisible());
    CHECK(screen.isShowingCase());
    CHECK(f.count(QStringLiteral("notes")) == 1);
}

TEST_CASE("a correction is a new note that refers to the earlier one", "[gui][cases][notes]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("Bullied online"), QStringLiteral("Murad"));
    Note earlier;
    earlier.caseId = saved.caseId;
    earlier.body = QStringLiteral("Spoke to his techer");
    auto added = NoteRepository(*f.store).add(earlier);
    REQUIRE(added.ok());
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));
    CaseView *view = screen.caseView();

    // "Correct" needs a note chosen in the timeline: not the contact.
    REQUIRE(view->selectRecord(saved.contact.meta.id));
    CHECK_FALSE(f.child<QPushButton>("correctNoteButton")->isEnabled());
    REQUIRE(view->selectRecord(added->meta.id));
    f.press("correctNoteButton");
    auto *note = f.child<QPlainTextEdit>("noteEdit");
    REQUIRE(note->isVisible());
    CHECK(str(note->toPlainText()) == "Spoke to his techer");
    CHECK(f.child<QLabel>("noteEditorTitle")->text().startsWith(QStringLiteral("Correction")));
    note->selectAll();
    QTest::keyClicks(note, "Spoke to his teacher");
    QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);

    auto notes = NoteRepository(*f.store).forCase(saved.caseId);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 2);
    CHECK(str(notes->at(0).body) == "Spoke to his techer");
    CHECK(notes->at(0).correctionOf.isEmpty());
    CHECK(str(notes->at(1).body) == "Spoke to his teacher");
    CHECK(notes->at(1).correctionOf == added->meta.id);

    TimelineModel *timeline = view->timelineModel();
    const QModelIndex current = view->timelineView()->currentIndex();
    CHECK(current.data(TimelineModel::RecordIdRole).toString() == notes->at(1).meta.id);
    CHECK(current.data(TimelineModel::IsCorrectionRole).toBool());
    CHECK(current.data(TimelineModel::RelatedIdRole).toString() == added->meta.id);
    CHECK(timeline->rowCount() == 3);
}

TEST_CASE("closing a case needs a reason and the timeline shows the change", "[gui][cases]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("Needs a place"), QStringLiteral("Elnur"));
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));

    f.press("changeStatusButton");
    auto *status = f.child<QComboBox>("statusCombo");
    auto *reason = f.child<QLineEdit>("statusReasonEdit");
    REQUIRE(status->isVisible());
    CHECK(status->hasFocus());
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    f.press("saveStatusButton");
    // Refused beside the reason, which gets the focus; the case is still open.
    CHECK(f.child<QLabel>("statusProblemLabel")->isVisible());
    CHECK(reason->hasFocus());
    CHECK(str(CaseRepository(*f.store).read(saved.caseId)->status) == "open");

    QTest::keyClicks(reason, "Safe with her family; no further contact needed");
    QTest::keyClick(reason, Qt::Key_Return);
    CHECK_FALSE(status->isVisible());
    CHECK(str(CaseRepository(*f.store).read(saved.caseId)->status) == "closed");
    CHECK(str(f.child<QLabel>("caseStatusLabel")->text()) == "Status: Closed");

    const QList<TimelineEntry> entries = f.timeline(saved.caseId);
    REQUIRE(entries.size() == 2);
    CHECK(entries.last().kind == TimelineEntry::Kind::StatusChange);
    CHECK(str(entries.last().body) == "Safe with her family; no further contact needed");
    TimelineModel *timeline = screen.caseView()->timelineModel();
    REQUIRE(timeline->rowCount() == 2);
    CHECK(timeline->index(1).data(TimelineModel::KindRole).toInt() ==
          int(TimelineEntry::Kind::StatusChange));

    // Another status needs no reason.
    f.press("changeStatusButton");
    status->setCurrentIndex(status->findData(QStringLiteral("active")));
    f.press("saveStatusButton");
    CHECK(str(CaseRepository(*f.store).read(saved.caseId)->status) == "active");
    CHECK(timeline->rowCount() == 3);
}

TEST_CASE("a case is assigned to another counsellor", "[gui][cases]")
{
    CasesFixture f;
    auto farid =
        f.store->addAccount(QStringLiteral("farid"), QStringLiteral("Farid Əliyev"),
                            Role::Counsellor, test::password("farid pass"), test::fastKdf());
    REQUIRE(farid.ok());
    const SavedContact saved = f.save(QStringLiteral("Lost at the market"), QStringLiteral("Ali"));
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));

    f.press("assignButton");
    auto *assignee = f.child<QComboBox>("assigneeCombo");
    REQUIRE(assignee->isVisible());
    CHECK(assignee->currentData().toString() == f.store->session().accountId);
    const int index = assignee->findData(*farid);
    REQUIRE(index >= 0);
    CHECK(assignee->itemText(index).contains(QStringLiteral("Farid Əliyev")));
    assignee->setCurrentIndex(index);
    f.press("saveAssigneeButton");

    CHECK(CaseRepository(*f.store).read(saved.caseId)->assigneeId == *farid);
    CHECK(str(f.child<QLabel>("caseAssigneeLabel")->text()) == "Counsellor: Farid Əliyev");
    const QList<TimelineEntry> entries = f.timeline(saved.caseId);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().kind == TimelineEntry::Kind::Assignment);
    CHECK(screen.caseView()->timelineModel()->rowCount() == entries.size());
}

TEST_CASE("follow-ups are added and completed in the case view", "[gui][cases][followups]")
{
    CasesFixture f;
    const SavedContact saved =
        f.save(QStringLiteral("Call back tomorrow"), QStringLiteral("Nigar"));
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));

    f.press("addFollowUpButton");
    auto *description = f.child<QLineEdit>("followUpDescriptionEdit");
    REQUIRE(description->isVisible());
    // Without a description it is refused beside the field.
    f.press("saveFollowUpButton");
    CHECK(f.child<QLabel>("followUpDescriptionProblem")->isVisible());
    CHECK(description->hasFocus());
    CHECK(f.count(QStringLiteral("follow_ups")) == 0);
    QTest::keyClicks(description, "Ring Nigar after school");
    QTest::keyClick(description, Qt::Key_Return);
    REQUIRE(f.count(QStringLiteral("follow_ups")) == 1);

    auto followUps = FollowUpRepository(*f.store).forCase(saved.caseId);
    REQUIRE(followUps.ok());
    REQUIRE(followUps->size() == 1);
    const FollowUp added = followUps->first();
    CHECK(added.assigneeId == f.store->session().accountId);
    CHECK(str(added.description) == "Ring Nigar after school");
    // Due tomorrow at 10:00 local time unless changed, stored in UTC.
    const QDateTime due = added.dueAt.toLocalTime();
    CHECK(due.date() == f.clock.nowUtc().toLocalTime().date().addDays(1));
    CHECK(due.time() == QTime(10, 0));

    // The new follow-up is selected; "Mark follow-up done" completes it.
    CaseView *view = screen.caseView();
    CHECK(view->timelineView()->currentIndex().data(TimelineModel::RecordIdRole).toString() ==
          added.meta.id);
    f.press("completeFollowUpButton");
    followUps = FollowUpRepository(*f.store).forCase(saved.caseId);
    REQUIRE(followUps.ok());
    CHECK(str(followUps->first().status) == "done");
    // Planned and done both show; the done entry cannot be completed again.
    CHECK(view->timelineModel()->rowCount() == 3);
    CHECK_FALSE(f.child<QPushButton>("completeFollowUpButton")->isEnabled());
}

TEST_CASE("filters and sorting on the Cases screen change what the list shows", "[gui][cases]")
{
    CasesFixture f;
    auto farid =
        f.store->addAccount(QStringLiteral("farid"), QStringLiteral("Farid"), Role::Counsellor,
                            test::password("farid pass"), test::fastKdf());
    REQUIRE(farid.ok());
    const SavedContact zaur =
        f.save(QStringLiteral("One"), QStringLiteral("Zaur"), QStringLiteral("high"),
               QStringLiteral("violence.bullying"), QStringLiteral("AZ-SAK"));
    f.clock.advanceMs(5 * 24 * 3600 * 1000LL);
    const SavedContact aysel =
        f.save(QStringLiteral("Two"), QStringLiteral("Aysel"), QStringLiteral("low"),
               QStringLiteral("mental_health.addiction"));
    f.clock.advanceMs(5 * 24 * 3600 * 1000LL);
    const SavedContact maryam =
        f.save(QStringLiteral("Three"), QStringLiteral("Məryəm"), QStringLiteral("none"));
    REQUIRE(CaseRepository(*f.store)
                .changeStatus(aysel.caseId, QStringLiteral("closed"), QStringLiteral("Resolved"))
                .ok());
    REQUIRE(CaseRepository(*f.store).assign(maryam.caseId, *farid).ok());

    CasesScreen &screen = f.showScreen();
    CaseFilterBar *filters = screen.filterBar();
    auto *count = f.child<QLabel>("caseCountLabel");
    // Latest contact first.
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Məryəm"), QStringLiteral("Aysel"),
                                                  QStringLiteral("Zaur")}));
    CHECK(str(count->text()) == "3 cases");

    auto *risk = f.child<QComboBox>("riskFilterCombo");
    risk->setCurrentIndex(risk->findData(QStringLiteral("high")));
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Zaur")}));
    CHECK(str(count->text()) == "One case");
    CHECK(str(screen.caseListModel()->filter().riskLevels) ==
          str(QStringList{QStringLiteral("high")}));
    risk->setCurrentIndex(risk->findData(QStringLiteral("moderate")));
    CHECK(screen.caseListModel()->rowCount() == 0);
    CHECK(str(count->text()) == "No cases match these filters.");
    f.press("clearFiltersButton");
    CHECK(screen.caseListModel()->rowCount() == 3);

    auto *status = f.child<QComboBox>("statusFilterCombo");
    status->setCurrentIndex(status->findData(QStringLiteral("closed")));
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Aysel")}));
    status->setCurrentIndex(status->findData(QStringLiteral("not_closed")));
    CHECK(str(f.childColumn()) ==
          str(QStringList{QStringLiteral("Məryəm"), QStringLiteral("Zaur")}));
    filters->clear();

    auto *mine = f.child<QCheckBox>("assignedToMeCheck");
    mine->setFocus();
    QTest::keyClick(mine, Qt::Key_Space);
    CHECK(mine->isChecked());
    CHECK(str(f.childColumn()) ==
          str(QStringList{QStringLiteral("Aysel"), QStringLiteral("Zaur")}));
    QTest::keyClick(mine, Qt::Key_Space);
    CHECK(screen.caseListModel()->rowCount() == 3);

    auto *category = f.child<QComboBox>("categoryFilterCombo");
    category->setCurrentIndex(category->findData(QStringLiteral("mental_health")));
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Aysel")}));
    category->setCurrentIndex(category->findData(QStringLiteral("violence.bullying")));
    CHECK(str(f.childColumn()) ==
          str(QStringList{QStringLiteral("Məryəm"), QStringLiteral("Zaur")}));
    filters->clear();

    auto *region = f.child<QComboBox>("regionFilterCombo");
    region->setCurrentIndex(region->findData(QStringLiteral("er.shaki_zagatala")));
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Zaur")}));
    filters->clear();

    // The last contact's date range, in local days.
    const QDate firstDay = zaur.contact.startedAt.toLocalTime().date();
    filters->setLastContactRange(firstDay.addDays(4), firstDay.addDays(6));
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Aysel")}));
    CHECK(f.child<QDateEdit>("lastContactFromEdit")->isVisible());
    // "In the last 7 days", counted back from today on the workspace's clock.
    auto *period = f.child<QComboBox>("lastContactPeriodCombo");
    period->setCurrentIndex(period->findData(int(CaseFilterBar::Period::Last7Days)));
    CHECK_FALSE(f.child<QDateEdit>("lastContactFromEdit")->isVisible());
    CHECK(str(f.childColumn()) ==
          str(QStringList{QStringLiteral("Məryəm"), QStringLiteral("Aysel")}));
    period->setCurrentIndex(period->findData(int(CaseFilterBar::Period::Today)));
    CHECK(str(f.childColumn()) == str(QStringList{QStringLiteral("Məryəm")}));
    filters->clear();
    CHECK(screen.caseListModel()->rowCount() == 3);

    // A click on the Child heading sorts by name in the store; a second click reverses it.
    auto *table = f.child<QTableView>("caseListView");
    QHeaderView *header = table->horizontalHeader();
    const QPoint childHeading(header->sectionViewportPosition(CaseListModel::Child) + 10,
                              header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, childHeading);
    CHECK(screen.caseListModel()->filter().sort == CaseSort::ChildName);
    const QStringList ascending{QStringLiteral("Aysel"), QStringLiteral("Məryəm"),
                                QStringLiteral("Zaur")};
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    const Qt::SortOrder firstOrder = header->sortIndicatorOrder();
    CHECK(str(f.childColumn()) == str(firstOrder == Qt::AscendingOrder ? ascending : descending));
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, childHeading);
    CHECK(header->sortIndicatorOrder() != firstOrder);
    CHECK(str(f.childColumn()) == str(firstOrder == Qt::AscendingOrder ? descending : ascending));
    // Filters keep the sort.
    status->setCurrentIndex(status->findData(QStringLiteral("not_closed")));
    CHECK(screen.caseListModel()->filter().sort == CaseSort::ChildName);
    CHECK(f.childColumn().size() == 2);
}

TEST_CASE("the filter labels follow the workspace language", "[gui][cases][i18n]")
{
    CasesFixture f;
    f.showScreen();
    auto *category = f.child<QComboBox>("categoryFilterCombo");
    const int violence = category->findData(QStringLiteral("violence"));
    REQUIRE(violence > 0);
    CHECK(str(category->itemText(violence)) == "Violence");
    category->setCurrentIndex(violence);
    f.workspace.setLanguage(QStringLiteral("az"));
    CHECK(str(category->itemText(violence)) ==
          str(Taxonomy::builtIn().label(QStringLiteral("violence"), QStringLiteral("az"))));
    CHECK(str(category->itemText(violence)) != "Violence");
    // The choice survives the relabelling.
    CHECK(str(category->currentData().toString()) == "violence");
    f.workspace.setLanguage(QStringLiteral("en"));
}

TEST_CASE("every input of the Cases screen has a label and an accessible name",
          "[gui][cases][a11y]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("Anything"), QStringLiteral("Rauf"));
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));
    // Open every editor once so that all of them exist and are laid out.
    for (const char *button :
         {"addNoteButton", "changeStatusButton", "assignButton", "addFollowUpButton"}) {
        f.press(button);
        REQUIRE(screen.caseView()->cancelEditor());
    }
    QStringList unlabelled;
    QList<QWidget *> buddies;
    for (QLabel *label : screen.findChildren<QLabel *>())
        if (label->buddy())
            buddies << label->buddy();
    for (QWidget *widget : screen.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                           qobject_cast<QPlainTextEdit *>(widget) ||
                           qobject_cast<QAbstractItemView *>(widget);
        if (!input || widget->objectName().isEmpty() ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (widget->parentWidget() && qobject_cast<QComboBox *>(widget->parentWidget()))
            continue; // a combo box's own line edit or popup
        // The search results belong to the search box above them: a name is enough there.
        const bool needsBuddy = widget->objectName() != QLatin1String("searchResultsView");
        if ((needsBuddy && !buddies.contains(widget)) || widget->accessibleName().isEmpty())
            unlabelled << widget->objectName();
    }
    CHECK(unlabelled.join(QLatin1Char(' ')).toStdString() == "");
}

TEST_CASE("Tab moves through the Cases screen in visual order", "[gui][cases][a11y]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("Anything"), QStringLiteral("Rauf"));
    CasesScreen &screen = f.showScreen();
    const auto focusName = [] {
        QWidget *widget = QApplication::focusWidget();
        while (widget && (widget->objectName().isEmpty() ||
                          widget->objectName().startsWith(QLatin1String("qt_"))))
            widget = widget->parentWidget();
        return widget ? widget->objectName() : QString();
    };
    const auto walk = [&](int steps) {
        // Tab inside a date field moves through its day, month and year first (Qt's way).
        QStringList names{focusName()};
        for (int i = 0; i < steps; ++i) {
            for (int press = 0; press < 5 && focusName() == names.last(); ++press)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            names << focusName();
        }
        return names;
    };
    screen.focusSearch();
    CHECK(str(walk(8)) ==
          str(QStringList{QStringLiteral("caseSearchEdit"), QStringLiteral("statusFilterCombo"),
                          QStringLiteral("riskFilterCombo"), QStringLiteral("categoryFilterCombo"),
                          QStringLiteral("regionFilterCombo"), QStringLiteral("assignedToMeCheck"),
                          QStringLiteral("lastContactPeriodCombo"),
                          QStringLiteral("clearFiltersButton"), QStringLiteral("caseListView")}));
    // Chosen dates come between the period and "Clear filters"; Tab leaves each date field.
    screen.filterBar()->setLastContactRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    f.child<QComboBox>("lastContactPeriodCombo")->setFocus(Qt::TabFocusReason);
    CHECK(str(walk(3)) == str(QStringList{QStringLiteral("lastContactPeriodCombo"),
                                          QStringLiteral("lastContactFromEdit"),
                                          QStringLiteral("lastContactToEdit"),
                                          QStringLiteral("clearFiltersButton")}));

    REQUIRE(screen.openCase(saved.caseId));
    f.child<QPushButton>("backToCasesButton")->setFocus(Qt::TabFocusReason);
    // The admin of a desk without a server has no Review button; the entry actions are disabled
    // until an entry is selected.
    CHECK(str(walk(8)) ==
          str(QStringList{QStringLiteral("backToCasesButton"), QStringLiteral("addNoteButton"),
                          QStringLiteral("changeStatusButton"), QStringLiteral("assignButton"),
                          QStringLiteral("addFollowUpButton"), QStringLiteral("referButton"),
                          QStringLiteral("restrictButton"), QStringLiteral("timelineView"),
                          QStringLiteral("backToCasesButton")}));
    // With the note editor open, the timeline is followed by the editor.
    f.press("addNoteButton");
    f.child<QListView>("timelineView")->setFocus(Qt::TabFocusReason);
    CHECK(str(walk(3)) ==
          str(QStringList{QStringLiteral("timelineView"), QStringLiteral("noteEdit"),
                          QStringLiteral("cancelNoteButton"), QStringLiteral("saveNoteButton")}));
}

TEST_CASE("the case view shows flags and relabels when the language changes", "[gui][cases][i18n]")
{
    CasesFixture f;
    const SavedContact saved = f.save(QStringLiteral("Acute"), QStringLiteral("Fidan"));
    CaseRepository cases(*f.store);
    auto record = cases.read(saved.caseId);
    REQUIRE(record.ok());
    record->flags = {QStringLiteral("supervisor_attention")};
    REQUIRE(cases.update(*record).ok());

    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(saved.caseId));
    auto *flags = f.child<QLabel>("caseFlagsLabel");
    CHECK(flags->isVisible());
    CHECK(str(flags->text()) == "Needs supervisor attention");
    auto *status = f.child<QLabel>("caseStatusLabel");
    CHECK(str(status->text()) == "Status: Open");
    auto *statusFilter = f.child<QComboBox>("statusFilterCombo");
    const int closed = statusFilter->findData(QStringLiteral("closed"));
    REQUIRE(closed > 0);
    CHECK(str(statusFilter->itemText(closed)) == "Closed");

    // Installing a translation relabels the open screen at once (LanguageChange).
    REQUIRE(installTranslations(QLocale(QLocale::Azerbaijani, QLocale::Azerbaijan)));
    // (Qt posts LanguageChange to the windows.)
    CHECK(test::waitUntil([&] { return status->text().contains(QStringLiteral("Açıq")); }));
    CHECK(str(statusFilter->itemText(closed)) == "Bağlı");
    CHECK(statusFilter->currentIndex() == 0);
    REQUIRE(installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    CHECK(test::waitUntil([&] { return status->text() == QStringLiteral("Status: Open"); }));
    CHECK(str(statusFilter->itemText(closed)) == "Closed");
}

TEST_CASE("a typed note is not lost when leaving the case", "[gui][cases][notes]")
{
    CasesFixture f;
    const SavedContact first = f.save(QStringLiteral("One"), QStringLiteral("Günel"));
    const SavedContact second = f.save(QStringLiteral("Two"), QStringLiteral("Səbinə"));
    CasesScreen &screen = f.showScreen();
    REQUIRE(screen.openCase(first.caseId));
    f.press("addNoteButton");
    auto *note = f.child<QPlainTextEdit>("noteEdit");
    QTest::keyClicks(note, "Not saved yet");
    CHECK(screen.hasUnsavedWork());

    // The shell handles the same request too (WorkArea calls openCase()): one question only.
    QObject::connect(&f.workspace, &Workspace::openCaseRequested, &screen,
                     [&screen](const QString &caseId) { screen.openCase(caseId); });
    // Another case is asked for: the counsellor is asked first, and may stay. (Should a second
    // question come, a real dialog would wait: close it, so the count below fails instead.)
    QTimer::singleShot(3000, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    f.workspace.requestOpenCase(second.caseId);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(screen.caseView()->caseId() == first.caseId);
    CHECK(str(note->toPlainText()) == "Not saved yet");
    // Back to the list: asked again.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    f.press("backToCasesButton");
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(screen.isShowingCase());
    // Ctrl+F too.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    screen.focusSearch();
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(screen.isShowingCase());
    // Discarding goes on to the other case.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    f.workspace.requestOpenCase(second.caseId);
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(screen.caseView()->caseId() == second.caseId);
    CHECK_FALSE(screen.hasUnsavedWork());
    CHECK(f.count(QStringLiteral("notes")) == 0);
}

TEST_CASE("a counsellor who hands a case over leaves it, and it leaves their list",
          "[gui][cases][access]")
{
    test::StoreFixture base;
    auto leyla =
        base.store->addAccount(QStringLiteral("leyla"), QStringLiteral("Leyla Həsənova"),
                               Role::Counsellor, test::password("leyla pass"), test::fastKdf());
    auto farid =
        base.store->addAccount(QStringLiteral("farid"), QStringLiteral("Farid Əliyev"),
                               Role::Counsellor, test::password("farid pass"), test::fastKdf());
    REQUIRE(leyla.ok());
    REQUIRE(farid.ok());
    base.store.reset();
    auto unlocked =
        CaseStore::unlock(base.dir.path(), *leyla, test::password("leyla pass"), &base.clock);
    REQUIRE(unlocked.ok());
    base.store = std::move(unlocked.value());
    REQUIRE(ContactRepository(*base.store)
                .save(base.counsellingContact(QStringLiteral("Lost at the market"),
                                              QStringLiteral("Ali")))
                .ok());
    const SavedContact kept = *ContactRepository(*base.store)
                                   .save(base.counsellingContact(QStringLiteral("Teased at school"),
                                                                 QStringLiteral("Aysu")));
    auto cases = CaseRepository(*base.store).page({});
    REQUIRE(cases.ok());
    REQUIRE(cases->size() == 2);
    const QString handed = cases->at(0).id == kept.caseId ? cases->at(1).id : cases->at(0).id;

    Workspace workspace(*base.store);
    CasesScreen screen(workspace);
    screen.resize(1280, 860);
    screen.show();
    REQUIRE(QTest::qWaitForWindowExposed(&screen));
    REQUIRE(screen.caseListModel()->rowCount() == 2);
    REQUIRE(screen.openCase(handed));

    auto *assign = screen.findChild<QPushButton *>(QStringLiteral("assignButton"));
    REQUIRE(assign);
    assign->click();
    auto *assignee = screen.findChild<QComboBox *>(QStringLiteral("assigneeCombo"));
    REQUIRE(assignee);
    assignee->setCurrentIndex(assignee->findData(*farid));
    MessageBox::setNextAnswer(QMessageBox::Ok); // dismisses the notice
    screen.findChild<QPushButton *>(QStringLiteral("saveAssigneeButton"))->click();

    CHECK(screen.caseView()->caseId().isEmpty());
    CHECK(MessageBox::lastText().contains(QStringLiteral("no longer shown to you")));
    REQUIRE(test::waitUntil([&] { return screen.caseListModel()->rowCount() == 1; }, 5000));
    CHECK(CaseRepository(*base.store).byId(handed)->assigneeId == *farid);
    // Leaving was not a refused read.
    CHECK(base.count(QStringLiteral("audit_log"), QStringLiteral("action = 'access.denied'")) == 0);
}
