// Supervisor review in the running workstation, against the real helpline-server binary: the
// whole loop of issue 7. A counsellor's acute-risk contact, saved on her own desk, alerts the
// supervisor's desk after sync; the supervisor acknowledges, reviews it from the queue and
// returns it with a comment; the counsellor sees that on "My feedback", fixes the case and asks
// for closure; the supervisor approves and the case is closed on both desks.
#include <catch2/catch.hpp>

#include "syncdesk.h"

#include "core/domain/auditentry.h"
#include "core/domain/casetimeline.h"
#include "core/store/auditcopy.h"
#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/caserepository.h"
#include "core/store/reviewrepository.h"
#include "ui/audit/auditscreen.h"
#include "ui/cases/casesscreen.h"
#include "ui/cases/caseview.h"
#include "ui/cases/models/timelinemodel.h"
#include "ui/cases/openwithreasondialog.h"
#include "ui/common/workspace.h"
#include "ui/review/acutealertbar.h"
#include "ui/review/alertsound.h"
#include "ui/review/feedbackmodel.h"
#include "ui/review/reviewqueuemodel.h"
#include "ui/review/reviewscreen.h"
#include "ui/shell/workarea.h"

#include <QAbstractItemModelTester>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>

using namespace helpline;
using namespace helpline::test;

namespace {

void writeReview(CaseView *view, const QString &text)
{
    auto *edit = view->findChild<QPlainTextEdit *>(QStringLiteral("reviewTextEdit"));
    REQUIRE(edit);
    REQUIRE(edit->isVisible());
    edit->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(edit, text);
}

void click(QWidget *parent, const char *name)
{
    auto *button = parent->findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(button);
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

TEST_CASE("the review loop: an acute contact alerts the supervisor after sync, is returned with "
          "a comment, fixed, and its closure approved",
          "[gui][review][server]")
{
    SyncDesk f;
    REQUIRE_FALSE(createAccount(f.db, "samir", "supervisor").isEmpty());
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("samir"), kLeylaPassword);
    REQUIRE(f.settled());
    WorkArea *workArea = f.window().workArea();
    REQUIRE(workArea);
    AcuteAlertBar *bar = workArea->alertBar();
    REQUIRE(bar);
    CHECK(bar->isHidden());
    CHECK_FALSE(bar->sound()->isOn());

    // Leyla, on her own desk, talks with a child at acute risk; the contact reaches the server.
    OtherDesk leyla;
    leyla.enrol(f.db, f.server, QStringLiteral("leyla"));
    leyla.store->setReviewRules(ReviewRules{true, 0});
    ContactSave acute =
        counsellingContact(leyla.clock.nowUtc(), QStringLiteral("Says she will end it tonight."));
    acute.contact.riskLevel = QStringLiteral("acute");
    auto saved = ContactRepository(*leyla.store).save(acute);
    REQUIRE(saved.ok());
    const QString caseId = saved->caseId;
    leyla.sync();

    // After sync, the supervisor's desk alerts above whatever page is open, naming the
    // counsellor and the case, and sounds; this machine has no sound device, and says so.
    REQUIRE(f.syncNowFromButton());
    REQUIRE(bar->isVisible());
    REQUIRE(bar->alerts().size() == 1);
    CHECK(bar->alerts().first().contactId == saved->contact.meta.id);
    auto *text = bar->findChild<QLabel *>(QStringLiteral("acuteAlertText"));
    REQUIRE(text);
    CHECK(text->text().contains(saved->caseNumber));
    CHECK(text->text().contains(QStringLiteral("leyla")));
    CHECK(bar->sound()->isOn());
    auto *silent = bar->findChild<QLabel *>(QStringLiteral("acuteAlertSoundNote"));
    REQUIRE(silent);
    CHECK(silent->isVisible() == !bar->sound()->canSound());

    // Acknowledged: the alert stops here, and the acknowledgement goes to the server.
    click(bar, "acuteAlertAcknowledgeButton");
    CHECK(bar->isHidden());
    CHECK_FALSE(bar->sound()->isOn());
    REQUIRE(f.syncNowFromButton());
    CHECK(f.serverRecordIds(QStringLiteral("leyla"), kLeylaPassword, QStringLiteral("case_event"))
              .size() >= 1);

    // The review queue holds the contact; Enter opens its case.
    workArea->showPage(WorkArea::Page::Review);
    auto *review = qobject_cast<ReviewScreen *>(workArea->page(WorkArea::Page::Review));
    REQUIRE(review);
    REQUIRE(review->queueModel());
    QAbstractItemModelTester tester(review->queueModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(review->queueModel()->rowCount() == 1);
    CHECK(review->queueModel()->itemAt(0).reason == ReviewReason::AcuteRisk);
    review->view()->setFocus(Qt::OtherFocusReason);
    review->view()->setCurrentIndex(review->queueModel()->index(0, 0));
    QTest::keyClick(review->view(), Qt::Key_Return);
    REQUIRE(workArea->currentPage() == WorkArea::Page::Cases);
    auto *cases = qobject_cast<CasesScreen *>(workArea->page(WorkArea::Page::Cases));
    REQUIRE(cases);
    CaseView *view = cases->caseView();
    REQUIRE(view->caseId() == caseId);

    // A return needs words; with them, it goes back to Leyla.
    view->startReview();
    click(view, "reviewReturnButton");
    auto *problem = view->findChild<QLabel *>(QStringLiteral("reviewProblemLabel"));
    REQUIRE(problem);
    CHECK(problem->isVisible());
    writeReview(view, QStringLiteral("Make a safety plan with her and call back tomorrow."));
    click(view, "reviewReturnButton");
    CHECK(review->queueModel()->rowCount() == 0);
    // And a comment, kept apart from the notes.
    view->startReview();
    writeReview(view, QStringLiteral("You kept her talking: well done."));
    click(view, "reviewCommentButton");
    REQUIRE(f.syncNowFromButton());

    // Leyla's desk: after sync, "My feedback" shows the return and the comment.
    leyla.sync();
    Workspace leylaWorkspace(*leyla.store);
    FeedbackModel feedback(leylaWorkspace);
    REQUIRE(feedback.rowCount() == 2);
    bool sawReturn = false;
    bool sawComment = false;
    for (int row = 0; row < feedback.rowCount(); ++row) {
        const FeedbackItem item = feedback.itemAt(row);
        sawReturn |= item.kind == FeedbackItem::Kind::Returned &&
                     item.text.contains(QStringLiteral("safety plan"));
        sawComment |= item.kind == FeedbackItem::Kind::Comment &&
                      item.text.contains(QStringLiteral("well done"));
        CHECK(item.caseId == caseId);
    }
    CHECK(sawReturn);
    CHECK(sawComment);

    // She fixes it, and, as this office requires, asks for closure instead of closing.
    Note plan;
    plan.caseId = caseId;
    plan.body = QStringLiteral("Safety plan made with her; called back, she is safe.");
    REQUIRE(NoteRepository(*leyla.store).add(plan).ok());
    CaseRepository leylaCases(*leyla.store);
    CHECK(leylaCases.changeStatus(caseId, QStringLiteral("closed"), QStringLiteral("Safe now"))
              .error()
              .code == StoreError::Code::PermissionDenied);
    REQUIRE(leylaCases
                .changeStatus(caseId, QStringLiteral("pending_closure"),
                              QStringLiteral("Safe now, plan in place."))
                .ok());
    leyla.sync();

    // The supervisor's desk: the closure waits; Approve closes the case.
    REQUIRE(f.syncNowFromButton());
    REQUIRE(review->queueModel()->rowCount() == 1);
    CHECK(review->queueModel()->itemAt(0).reason == ReviewReason::ClosureRequested);
    CHECK(review->queueModel()->itemAt(0).note == QLatin1String("Safe now, plan in place."));
    view->startReview();
    auto *waiting = view->findChild<QLabel *>(QStringLiteral("reviewWaitingLabel"));
    REQUIRE(waiting);
    CHECK(waiting->text().contains(QStringLiteral("Closure to approve")));
    click(view, "reviewApproveButton");
    auto closed = CaseRepository(*shell.store()).read(caseId);
    REQUIRE(closed.ok());
    CHECK(closed->status == QLatin1String("closed"));
    CHECK(review->queueModel()->rowCount() == 0);
    REQUIRE(f.syncNowFromButton());

    // And on Leyla's desk.
    leyla.sync();
    auto hers = CaseRepository(*leyla.store).read(caseId);
    REQUIRE(hers.ok());
    CHECK(hers->status == QLatin1String("closed"));
    feedback.reload();
    REQUIRE(feedback.rowCount() == 3);
    CHECK(feedback.itemAt(0).kind == FeedbackItem::Kind::ClosureApproved);
}

TEST_CASE("a counsellor asks for a review from the case, and her Review page is My feedback",
          "[gui][review]")
{
    SyncDesk f;
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    WorkArea *workArea = f.window().workArea();
    REQUIRE(workArea);
    CHECK_FALSE(workArea->alertBar());
    CHECK(workArea->navigation()->item(int(WorkArea::Page::Review))->text() ==
          QStringLiteral("My feedback"));
    auto *review = qobject_cast<ReviewScreen *>(workArea->page(WorkArea::Page::Review));
    REQUIRE(review);
    CHECK_FALSE(review->queueModel());
    REQUIRE(review->feedbackModel());
    CHECK(review->feedbackModel()->rowCount() == 0);

    auto saved = ContactRepository(*shell.store())
                     .save(counsellingContact(f.clock.nowUtc(), QStringLiteral("Unsure")));
    REQUIRE(saved.ok());
    shell.workspace()->requestOpenCase(saved->caseId);
    auto *cases = qobject_cast<CasesScreen *>(workArea->page(WorkArea::Page::Cases));
    CaseView *view = cases->caseView();
    REQUIRE(view->caseId() == saved->caseId);
    auto *ask = view->findChild<QPushButton *>(QStringLiteral("reviewButton"));
    REQUIRE(ask);
    CHECK(ask->text().contains(QStringLiteral("Ask for")));
    view->startReview();
    CHECK(view->findChild<QPushButton *>(QStringLiteral("reviewApproveButton"))->isHidden());
    writeReview(view, QStringLiteral("Was my advice on school right?"));
    click(view, "reviewAskButton");
    auto record = CaseRepository(*shell.store()).read(saved->caseId);
    REQUIRE(record.ok());
    CHECK(record->flags.contains(QStringLiteral("needs_review")));
    auto *flags = view->findChild<QLabel *>(QStringLiteral("caseFlagsLabel"));
    REQUIRE(flags);
    CHECK(flags->text().contains(QStringLiteral("Needs review")));
}

TEST_CASE("a counsellor breaks glass on a restricted case found by its number and reads it only",
          "[gui][review][opening]")
{
    SyncDesk f;
    REQUIRE_FALSE(createAccount(f.db, "kamal", "counsellor").isEmpty());
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    REQUIRE(f.settled()); // the office's accounts, Kamal among them, are on the desk now
    CaseStore &store = *shell.store();
    auto saved = ContactRepository(store).save(
        counsellingContact(f.clock.nowUtc(), QStringLiteral("Her uncle works here.")));
    REQUIRE(saved.ok());
    const QString kamalId =
        columnOf(store, QStringLiteral("SELECT id FROM accounts WHERE username = 'kamal'"))
            .value(0);
    REQUIRE_FALSE(kamalId.isEmpty());
    REQUIRE(CaseRepository(store).assign(saved->caseId, kamalId).ok());
    {
        QSqlQuery q(store.database());
        REQUIRE(q.exec(
            QStringLiteral("UPDATE cases SET restricted = 1 WHERE id = '%1'").arg(saved->caseId)));
    }
    shell.workspace()->notifyRecordsChanged(saved->caseId);

    WorkArea *workArea = f.window().workArea();
    workArea->showPage(WorkArea::Page::Cases);
    auto *cases = qobject_cast<CasesScreen *>(workArea->page(WorkArea::Page::Cases));
    REQUIRE(cases);
    auto *search = cases->findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    REQUIRE(search);
    typeInto(search, saved->caseNumber);
    auto *locked = cases->findChild<QLabel *>(QStringLiteral("lockedCaseLabel"));
    REQUIRE(locked);
    REQUIRE(waitUntil([&] { return locked->isVisible(); }));
    CHECK(locked->text().contains(QStringLiteral("restricted")));
    CHECK(cases->lockedCaseId() == saved->caseId);
    // Nothing of the case shows before the reason: no child, no summary.
    CHECK_FALSE(locked->text().contains(QStringLiteral("uncle")));

    // The dialog's Open waits for a real reason.
    OpenWithReasonDialog dialog(OpenWithReasonDialog::Kind::BreakGlass, saved->caseNumber);
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openWithReasonButton"));
    REQUIRE(open);
    CHECK_FALSE(open->isEnabled());
    dialog.setReason(QStringLiteral("She is calling now and says she is not safe."));
    CHECK(open->isEnabled());

    REQUIRE(cases->openLockedCaseWithReason(dialog.reason()));
    CaseView *view = cases->caseView();
    REQUIRE(view->caseId() == saved->caseId);
    CHECK_FALSE(view->canWrite());
    auto *readOnly = view->findChild<QLabel *>(QStringLiteral("caseReadOnlyLabel"));
    REQUIRE(readOnly);
    CHECK(readOnly->isVisible());
    CHECK_FALSE(view->findChild<QPushButton *>(QStringLiteral("addNoteButton"))->isEnabled());
    CHECK(view->findChild<QLabel *>(QStringLiteral("caseFlagsLabel"))
              ->text()
              .contains(QStringLiteral("Restricted")));
    bool shown = false;
    for (int row = 0; row < view->timelineModel()->rowCount(); ++row)
        shown |= view->timelineModel()->index(row).data(TimelineModel::KindRole).toInt() ==
                 int(TimelineEntry::Kind::Access);
    CHECK(shown);
}

TEST_CASE("the audit page shows the server's copy of the desk's trail, and an entry changed on "
          "the desk after it was sent",
          "[gui][audit][server]")
{
    SyncDesk f;
    REQUIRE_FALSE(createAccount(f.db, "samir", "supervisor").isEmpty());
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("samir"), kLeylaPassword);
    REQUIRE(f.settled());
    REQUIRE(f.syncNowFromButton());

    WorkArea *workArea = f.window().workArea();
    workArea->showPage(WorkArea::Page::Audit);
    auto *screen = qobject_cast<AuditScreen *>(workArea->page(WorkArea::Page::Audit));
    REQUIRE(screen);
    REQUIRE(waitUntil(
        [&] { return !screen->isVerifying() && screen->serverCopyLabel()->isVisible(); }));
    const QString intact = screen->serverCopyLabel()->text();
    INFO(intact.toStdString());
    CHECK(intact.startsWith(QStringLiteral("The server's copy is intact up to entry ")));
    CHECK_FALSE(screen->serverCopyLabel()->font().bold());

    // What the server holds is what the desk holds.
    CaseStore &store = *shell.store();
    auto copy = AuditCopy::serverCopy(store);
    REQUIRE(copy.ok());
    REQUIRE(copy->has_value());
    const qint64 sent = (*copy)->receivedThrough;
    REQUIRE(sent >= 3);
    const CliResult verified = runCli(f.db, {"audit", "verify"});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);

    // Someone with the desk's key rewrites entry 2 and the chain after it, so the desk's own
    // check passes; the server's copy still has the entry as it was.
    {
        auto read = AuditLog::entriesAfter(store, 0, 100000);
        REQUIRE(read.ok());
        QList<AuditEntry> entries = *read;
        REQUIRE(entries.size() >= 3);
        entries[1].detail = QStringLiteral("rewritten");
        for (qsizetype i = 1; i < entries.size(); ++i) {
            entries[i].prevHash = entries[i - 1].hash;
            entries[i].hash = auditchain::computeHash(entries[i]);
            QSqlQuery u(store.database());
            u.prepare(QStringLiteral("UPDATE audit_log SET detail = ?, prev_hash = ?, hash = ? "
                                     "WHERE seq = ?"));
            u.addBindValue(entries[i].detail);
            u.addBindValue(entries[i].prevHash);
            u.addBindValue(entries[i].hash);
            u.addBindValue(entries[i].seq);
            REQUIRE(u.exec());
        }
        QSqlQuery head(store.database());
        REQUIRE(head.exec(QStringLiteral("UPDATE store_meta SET value = '%1 %2' WHERE key = "
                                         "'audit_head'")
                              .arg(entries.constLast().seq)
                              .arg(entries.constLast().hash)));
    }
    // The next sync sends the last entry the server holds again, as an anchor: rewritten.
    REQUIRE(f.syncNowFromButton());
    QTest::mouseClick(screen->verifyButton(), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !screen->isVerifying(); }));
    CHECK(screen->verificationLabel()->text().startsWith(
        QStringLiteral("The audit trail is intact: ")));
    const QString found = screen->serverCopyLabel()->text();
    INFO(found.toStdString());
    CHECK(found.contains(QStringLiteral("shows a problem at entry %1").arg(sent)));
    CHECK(found.contains(QStringLiteral("Entry %1 differs").arg(sent)));
    CHECK(screen->serverCopyLabel()->font().bold());
    CHECK(runCli(f.db, {"audit", "verify"}).exitCode == 1);
}

TEST_CASE("a counsellor asks the server to open a restricted case her desk does not hold, and "
          "reads it after sync",
          "[gui][review][opening][server]")
{
    SyncDesk f;
    REQUIRE_FALSE(createAccount(f.db, "kamal", "counsellor").isEmpty());
    // Kamal's restricted case, on his own desk, reaches the server.
    OtherDesk kamal;
    kamal.enrol(f.db, f.server, QStringLiteral("kamal"));
    const QString caseId = kamal.saveCase(QStringLiteral("Her uncle works at the helpline."));
    {
        CaseRepository cases(*kamal.store);
        auto record = cases.read(caseId);
        REQUIRE(record.ok());
        CaseRecord restricted = *record;
        restricted.restricted = true;
        REQUIRE(cases.update(restricted).ok());
    }
    kamal.sync();
    const QString number = CaseRepository(*kamal.store).read(caseId)->caseNumber;

    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    REQUIRE(f.settled());
    CHECK_FALSE(CaseRepository(*shell.store()).read(caseId).ok()); // not on her desk

    WorkArea *workArea = f.window().workArea();
    workArea->showPage(WorkArea::Page::Cases);
    auto *cases = qobject_cast<CasesScreen *>(workArea->page(WorkArea::Page::Cases));
    REQUIRE(cases);
    auto *search = cases->findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    REQUIRE(search);
    typeInto(search, number.toLower());
    auto *row = cases->findChild<QLabel *>(QStringLiteral("lockedCaseLabel"));
    REQUIRE(row);
    REQUIRE(waitUntil([&] { return row->isVisible(); }));
    CHECK(cases->remoteCaseNumber() == number);
    CHECK(row->text().contains(QStringLiteral("not on this desk")));
    auto *ask = cases->findChild<QPushButton *>(QStringLiteral("openLockedCaseButton"));
    REQUIRE(ask);
    CHECK(ask->text().contains(QStringLiteral("server")));

    // The server opens it; the sync that follows brings it, read-only.
    cases->openRemoteCaseWithReason(QStringLiteral("She is calling now and says she is not safe."));
    REQUIRE(waitUntil([&] { return row->text().contains(QStringLiteral("opened case")); }, 30000));
    REQUIRE(waitUntil([&] { return CaseRepository(*shell.store()).byId(caseId).ok(); }, 60000));
    REQUIRE(f.settled());
    REQUIRE(waitUntil([&] { return cases->lockedCaseId() == caseId; }, 30000));
    // (Anything else would open the reason dialog, which waits for a person.)
    REQUIRE(row->text().contains(QStringLiteral("You opened case")));
    QTest::mouseClick(ask, Qt::LeftButton);
    CaseView *view = cases->caseView();
    REQUIRE(view->caseId() == caseId);
    CHECK_FALSE(view->canWrite());
    CHECK(view->findChild<QLabel *>(QStringLiteral("caseReadOnlyLabel"))->isVisible());
    // The supervisors' review queue gets the break glass from the server (the event's author is
    // Leyla, written by the server in her name).
    CHECK(f.serverRecordIds(QStringLiteral("kamal"), kLeylaPassword, QStringLiteral("case_event"))
              .size() >= 1);
}
