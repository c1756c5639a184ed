// Sync in the running workstation, against the real helpline-server binary on 127.0.0.1: the
// status bar while records wait, go, and wait again with the server away; a case pushed by
// another desk arriving in the case list without disturbing what the counsellor is typing; the
// sync log, and an admin sending a refused record again.
#include <catch2/catch.hpp>

#include "serverharness.h"
#include "syncdesk.h"
#include "testsupport.h"

#include "core/domain/role.h"
#include "core/settings/settings.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/sync/desksetup.h"
#include "core/sync/serversession.h"
#include "core/sync/synccredentials.h"
#include "core/sync/syncengine.h"
#include "core/util/clock.h"
#include "ui/cases/casesscreen.h"
#include "ui/cases/models/caselistmodel.h"
#include "ui/common/dateformat.h"
#include "ui/common/workspace.h"
#include "ui/form/formfieldeditor.h"
#include "ui/form/formview.h"
#include "ui/intake/intakescreen.h"
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/signinscreen.h"
#include "ui/shell/theme.h"
#include "ui/shell/workarea.h"
#include "ui/sync/desksync.h"
#include "ui/sync/outboxentriesmodel.h"
#include "ui/sync/synclogscreen.h"
#include "ui/sync/syncrunsmodel.h"
#include "ui/sync/syncstatustext.h"
#include "ui/sync/syncstatuswidget.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace helpline;
using namespace helpline::test;

TEST_CASE("the sync status says what waits, Sync now sends it, and nothing is lost offline",
          "[gui][sync][server]")
{
    SyncDesk f;
    f.enrolDesk();
    AppController &shell = f.start();
    // Leyla's first sign-in on this desk goes through the server: sync starts with its session.
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    REQUIRE(shell.session()->accountId == f.leylaId);
    DeskSync &sync = f.sync();
    REQUIRE(f.settled());
    SyncStatus status = sync.status();
    INFO((status.lastError ? status.lastError->message.toStdString() : std::string()));
    CHECK_FALSE(status.lastError.has_value());
    CHECK(status.line == SyncStatus::Line::Online);
    CHECK(status.waiting == 0);
    const QString lastSynced = formatRecentDateTime(f.clock.nowUtc(), f.clock.nowUtc());
    CHECK(f.statusText() ==
          QStringLiteral("Online · everything sent · last synced %1").arg(lastSynced));
    // The session is kept (encrypted) for the next sign-in, which may be offline.
    auto kept = SyncCredentials::refreshToken(*shell.store(), f.leylaId);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept->isEmpty());
    // A counsellor has no sync log.
    WorkArea *workArea = f.window().workArea();
    CHECK(workArea->navigation()->item(int(WorkArea::Page::SyncLog))->isHidden());
    CHECK_FALSE(f.window().pageAction(WorkArea::Page::SyncLog)->isVisible());
    QTest::keyClick(&f.window(), Qt::Key_7, Qt::ControlModifier);
    CHECK(workArea->currentPage() != WorkArea::Page::SyncLog);

    // A silent call, one key in the intake: it waits to be sent.
    workArea->showPage(WorkArea::Page::Intake);
    REQUIRE(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    REQUIRE(
        waitUntil([&] { return countRows(*shell.store(), "SELECT count(*) FROM contacts") == 1; }));
    REQUIRE(waitUntil([&] { return sync.status().waiting == 1; }));
    CHECK(f.statusText() ==
          QStringLiteral("Online · 1 waiting to send · last synced %1").arg(lastSynced));

    // Sync now, from the status bar: busy while it runs, then everything is sent.
    QProgressBar *busy = f.window().syncStatus()->busyIndicator();
    CHECK_FALSE(busy->isVisible());
    QSignalSpy finished(&sync, &DeskSync::runFinished);
    QTest::mouseClick(f.window().syncStatus()->syncNowButton(), Qt::LeftButton);
    CHECK(sync.status().running);
    CHECK(busy->isVisible());
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 60000));
    REQUIRE(f.settled());
    CHECK_FALSE(busy->isVisible());
    status = sync.status();
    CHECK(status.waiting == 0);
    CHECK_FALSE(status.lastError.has_value());
    CHECK(finished.first().first().value<SyncRun>().pushed == 1);
    CHECK(f.statusText() ==
          QStringLiteral("Online · everything sent · last synced %1").arg(lastSynced));
    const QStringList contacts = columnOf(*shell.store(), "SELECT id FROM contacts");
    CHECK(f.serverRecordIds("leyla", kLeylaPassword, "contact") == contacts);

    // The server goes away. Another silent call waits; Sync now (F9) says offline, in plain
    // words, and keeps it.
    const quint16 port = f.server.port();
    REQUIRE(f.server.stop() == 0);
    f.clock.advanceMs(10 * 60 * 1000);
    workArea->showPage(WorkArea::Page::Intake);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    REQUIRE(waitUntil([&] { return sync.status().waiting == 1; }));
    QSignalSpy offlineRun(&sync, &DeskSync::runFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F9);
    REQUIRE(waitUntil([&] { return offlineRun.count() == 1; }, 60000));
    REQUIRE(f.settled());
    status = sync.status();
    CHECK(status.line == SyncStatus::Line::Offline);
    REQUIRE(status.lastError.has_value());
    CHECK(status.lastError->kind == SyncError::Kind::Offline);
    CHECK(status.waiting == 1);
    CHECK(f.statusText() ==
          QStringLiteral("Offline · 1 waiting to send · last synced %1").arg(lastSynced));
    CHECK(f.statusLabel()->toolTip().contains(status.lastError->message));
    CHECK(f.statusLabel()->toolTip().contains(QStringLiteral("Next try: ")));
    CHECK(countRows(*shell.store(), "SELECT count(*) FROM contacts") == 2);
    CHECK(countRows(*shell.store(), "SELECT count(*) FROM outbox WHERE state = 'pending' AND "
                                    "record_type = 'contact'") == 1);

    // Back, at the same address: Sync now recovers and sends what waited.
    REQUIRE(f.server.start(f.db, {"--listen", QStringLiteral("127.0.0.1:%1").arg(port)}));
    REQUIRE(f.syncNowFromButton());
    status = sync.status();
    INFO((status.lastError ? status.lastError->message.toStdString() : std::string()));
    CHECK_FALSE(status.lastError.has_value());
    CHECK(status.line == SyncStatus::Line::Online);
    CHECK(status.waiting == 0);
    const QString later = formatRecentDateTime(f.clock.nowUtc(), f.clock.nowUtc());
    CHECK(f.statusText() == QStringLiteral("Online · everything sent · last synced %1").arg(later));
    QStringList both = columnOf(*shell.store(), "SELECT id FROM contacts");
    QStringList onServer = f.serverRecordIds("leyla", kLeylaPassword, "contact");
    both.sort();
    onServer.sort();
    CHECK(onServer == both);

    // The runs are in the sync log: the first, the one that sent, offline, the recovery.
    auto runs = sync.recentRuns();
    REQUIRE(runs.ok());
    REQUIRE(runs->size() == 4);
    CHECK(runs->at(0).reason == QStringLiteral("manual"));
    CHECK(runs->at(0).errorKind.isEmpty());
    CHECK(runs->at(1).errorKind == QStringLiteral("offline"));
    CHECK(runs->at(3).reason == QStringLiteral("start"));
}

TEST_CASE("a case from another desk arrives in the list without disturbing the counsellor",
          "[gui][sync][server]")
{
    SyncDesk f;
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    DeskSync &sync = f.sync();
    REQUIRE(f.settled());
    WorkArea *workArea = f.window().workArea();
    auto *cases = qobject_cast<CasesScreen *>(workArea->page(WorkArea::Page::Cases));
    REQUIRE(cases);
    CaseListModel *list = cases->caseListModel();
    QAbstractItemModelTester tester(list, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(list->rowCount() == 0);

    // Leyla's case on this desk, sent.
    auto saved = ContactRepository(*shell.store())
                     .save(counsellingContact(f.clock.nowUtc(), QStringLiteral("Here.")));
    REQUIRE(saved.ok());
    const QString hereCase = saved->caseId;
    shell.workspace()->notifyRecordsChanged(hereCase);
    REQUIRE(list->rowCount() == 1);
    REQUIRE(f.syncNowFromButton());
    REQUIRE(sync.status().waiting == 0);

    // On her other desk she opens another case, which reaches the server.
    OtherDesk other;
    other.enrol(f.db, f.server, QStringLiteral("leyla"));
    const QString thereCase = other.saveCase(QStringLiteral("There."));
    other.sync();

    // Here, she is half-way through an intake: the child's name typed, the cursor in it.
    workArea->showPage(WorkArea::Page::Intake);
    auto *intake = qobject_cast<IntakeScreen *>(workArea->page(WorkArea::Page::Intake));
    REQUIRE(intake);
    FormFieldEditor *childName = intake->formView()->editor(QStringLiteral("childName"));
    REQUIRE(childName);
    auto *nameEdit = childName->findChild<QLineEdit *>();
    REQUIRE(nameEdit);
    typeInto(nameEdit, QStringLiteral("Aysel"));
    REQUIRE(QApplication::focusWidget() == nameEdit);
    const int cursor = nameEdit->cursorPosition();

    // Sync now from the keyboard: the case arrives in the list; the intake is as it was.
    QSignalSpy changed(shell.workspace(), &Workspace::recordsChanged);
    QSignalSpy finished(&sync, &DeskSync::runFinished);
    QTest::keyClick(nameEdit, Qt::Key_F9);
    REQUIRE(waitUntil([&] { return finished.count() == 1; }, 60000));
    REQUIRE(f.settled());
    CHECK(finished.first().first().value<SyncRun>().pulled > 0);
    CHECK(changed.count() == 1); // once per run, not once per pulled page or record
    CHECK(list->rowCount() == 2);
    CHECK(list->rowOfCase(thereCase) >= 0);
    CHECK(workArea->currentPage() == WorkArea::Page::Intake);
    CHECK(QApplication::focusWidget() == nameEdit);
    CHECK(nameEdit->text() == QStringLiteral("Aysel"));
    CHECK(nameEdit->cursorPosition() == cursor);
    CHECK(intake->hasUnsavedWork());
    // The pulled records were not taken for new work of this desk: nothing waits to be sent,
    // and no second run followed.
    QCoreApplication::processEvents(); // a run asked for during this one would begin now
    CHECK_FALSE(sync.status().running);
    CHECK(sync.status().waiting == 0);
    CHECK(finished.count() == 1);
    CHECK(sync.status().nextRunAt == f.clock.nowUtc().addMSecs(SyncEngine::Config().periodMs));

    // In the case list, her place stays on the case she had selected when more arrive.
    workArea->showPage(WorkArea::Page::Cases);
    QTableView *table = cases->findChild<QTableView *>(QStringLiteral("caseListView"));
    REQUIRE(table);
    const int hereRow = list->rowOfCase(hereCase);
    REQUIRE(hereRow >= 0);
    table->setFocus(Qt::OtherFocusReason);
    table->setCurrentIndex(list->index(hereRow, CaseListModel::CaseNumber));
    other.clock.advanceMs(60 * 1000);
    const QString thirdCase = other.saveCase(QStringLiteral("Again there."));
    other.sync();
    REQUIRE(f.syncNowFromButton());
    CHECK(list->rowCount() == 3);
    CHECK(list->rowOfCase(thirdCase) >= 0);
    REQUIRE(table->currentIndex().isValid());
    CHECK(list->caseIdAt(table->currentIndex().row()) == hereCase);
    CHECK(table->selectionModel()->isRowSelected(table->currentIndex().row(), QModelIndex()));
}

TEST_CASE("the sync log lists runs, and an admin sends a refused record again",
          "[gui][sync][server]")
{
    SyncDesk f;
    {
        // A desk-only account the server does not know: the server refuses its records.
        std::unique_ptr<CaseStore> admin = f.enrolDesk();
        auto nigar =
            admin->addAccount(QStringLiteral("nigar"), QStringLiteral("Nigar"), Role::Counsellor,
                              password("nigar's own password"), fastKdf());
        REQUIRE(nigar.ok());
        admin->close();
        auto store =
            CaseStore::unlock(f.storeDirectory, *nigar, password("nigar's own password"), &f.clock);
        REQUIRE(store.ok());
        ContactSave silent;
        silent.link = ContactSave::CaseLink::None;
        silent.contact.channel = QStringLiteral("phone");
        silent.contact.callType = QStringLiteral("silent");
        silent.contact.startedAt = f.clock.nowUtc().addSecs(-60);
        silent.contact.durationSeconds = 40;
        REQUIRE(ContactRepository(**store).save(silent).ok());
        (*store)->close();
    }

    // Leyla's sign-in sends it; the server refuses it.
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    REQUIRE(f.settled());
    SyncStatus status = f.sync().status();
    CHECK(status.rejected == 1);
    CHECK(status.waiting == 0);
    CHECK(f.statusText().contains(QStringLiteral(" · 1 refused by the server · ")));
    CHECK(f.statusLabel()->toolTip().contains(QStringLiteral("until an administrator")));
    shell.signOut();

    // The admin signs in on the desk alone: sync signs in with the password just typed.
    f.signIn(f.adminId, QString(), kAdminPassword);
    DeskSync &sync = f.sync();
    REQUIRE(f.settled());
    status = sync.status();
    INFO((status.lastError ? status.lastError->message.toStdString() : std::string()));
    CHECK_FALSE(status.lastError.has_value());
    CHECK(status.line == SyncStatus::Line::Online);
    CHECK_FALSE(sync.sendsRecords());
    auto kept = SyncCredentials::refreshToken(*shell.store(), f.adminId);
    REQUIRE(kept.ok());
    CHECK_FALSE(kept->isEmpty());

    // Ctrl+7: the sync log.
    WorkArea *workArea = f.window().workArea();
    CHECK_FALSE(workArea->navigation()->item(int(WorkArea::Page::SyncLog))->isHidden());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_7, Qt::ControlModifier);
    REQUIRE(workArea->currentPage() == WorkArea::Page::SyncLog);
    auto *log = qobject_cast<SyncLogScreen *>(workArea->page(WorkArea::Page::SyncLog));
    REQUIRE(log);
    REQUIRE(log->isVisible());
    QAbstractItemModelTester runsTester(log->runsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester entriesTester(log->entriesModel(),
                                           QAbstractItemModelTester::FailureReportingMode::Warning);

    // Two runs, newest first: the admin's sign-in, and Leyla's, which refused one record.
    SyncRunsModel *runs = log->runsModel();
    REQUIRE(runs->rowCount() == 2);
    CHECK(runs->index(0, SyncRunsModel::Reason).data().toString() == QStringLiteral("Sign-in"));
    CHECK(runs->index(0, SyncRunsModel::Result).data().toString() == QStringLiteral("Done"));
    CHECK(runs->index(1, SyncRunsModel::Refused).data().toInt() == 1);
    CHECK(runs->index(1, SyncRunsModel::Started).data().toString() ==
          formatRecentDateTime(f.clock.nowUtc(), f.clock.nowUtc()));

    // The refused record, with the server's reason.
    OutboxEntriesModel *entries = log->entriesModel();
    REQUIRE(entries->rowCount() == 1);
    CHECK(entries->index(0, OutboxEntriesModel::Record).data().toString() ==
          QStringLiteral("Contact"));
    CHECK(entries->index(0, OutboxEntriesModel::State).data().toString() ==
          QStringLiteral("Refused by the server"));
    const QString reason = entries->index(0, OutboxEntriesModel::ServerReason).data().toString();
    INFO(reason.toStdString());
    CHECK(reason.contains(QStringLiteral("author")));
    auto *summary = log->findChild<QLabel *>(QStringLiteral("syncAttentionSummaryLabel"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("Refused by the server: 1."));

    // Send again: nothing selected, nothing to do; the row selected, it is queued again.
    QPushButton *sendAgain = log->sendAgainButton();
    CHECK(sendAgain->isVisible());
    CHECK_FALSE(sendAgain->isEnabled());
    log->entriesView()->setFocus(Qt::TabFocusReason);
    log->entriesView()->selectRow(0);
    REQUIRE(sendAgain->isEnabled());
    QTest::mouseClick(sendAgain, Qt::LeftButton);
    // Still listed (it failed once), now waiting to go again.
    REQUIRE(entries->rowCount() == 1);
    CHECK(entries->index(0, OutboxEntriesModel::State).data().toString() ==
          QStringLiteral("Will be tried again"));
    CHECK_FALSE(entries->index(0, OutboxEntriesModel::State)
                    .data(OutboxEntriesModel::RejectedRole)
                    .toBool());
    CHECK_FALSE(sendAgain->isEnabled());
    CHECK(summary->text() ==
          QStringLiteral("Failing to send: 1. They are tried again by themselves."));
    auto *message = log->findChild<QLabel *>(QStringLiteral("syncLogMessageLabel"));
    REQUIRE(message);
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("Queued to be sent again when a counsellor or "
                                            "supervisor syncs on this desk: 1."));
    CHECK(countRows(*shell.store(), "SELECT count(*) FROM outbox WHERE state = 'rejected'") == 0);
    CHECK(countRows(*shell.store(), "SELECT count(*) FROM audit_log WHERE action = 'sync.retry'") ==
          1);
    status = sync.status();
    CHECK(status.rejected == 0);
    CHECK(status.waiting == 1);
    // An admin's session does not send case records, and says so.
    CHECK(f.statusLabel()->toolTip().contains(QStringLiteral("does not send case records")));
    shell.signOut();

    // It really goes again: Leyla's next sign-in sends it, and the server refuses it again.
    f.signIn(f.leylaId, QString(), kLeylaPassword);
    REQUIRE(f.settled());
    status = f.sync().status();
    CHECK(status.rejected == 1);
    auto again = f.sync().recentRuns(1);
    REQUIRE(again.ok());
    REQUIRE(again->size() == 1);
    CHECK(again->first().rejected == 1);
    shell.signOut();

    // A supervisor reads the log but cannot send anything again.
    createAccount(f.db, "samir", "supervisor");
    f.signIn(QString(), QStringLiteral("samir"), kLeylaPassword);
    REQUIRE(f.settled());
    workArea = f.window().workArea();
    workArea->showPage(WorkArea::Page::SyncLog);
    REQUIRE(workArea->currentPage() == WorkArea::Page::SyncLog);
    log = qobject_cast<SyncLogScreen *>(workArea->page(WorkArea::Page::SyncLog));
    REQUIRE(log);
    CHECK(log->entriesModel()->rowCount() == 1);
    CHECK_FALSE(log->sendAgainButton()->isVisible());
    log->entriesView()->selectRow(0);
    CHECK_FALSE(log->sendSelectedAgain());
    CHECK(countRows(*shell.store(), "SELECT count(*) FROM outbox WHERE state = 'rejected'") == 1);
}

TEST_CASE("sync resumes with the kept session, and without one asks for a sign-in while connected",
          "[gui][sync][server]")
{
    SyncDesk f;
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    REQUIRE(f.settled());
    shell.signOut();

    // The server is away. Leyla's kept session resumes: sync says offline, and Sync now stays.
    REQUIRE(f.server.stop() == 0);
    f.signIn(f.leylaId, QString(), kLeylaPassword);
    REQUIRE(f.settled());
    SyncStatus status = f.sync().status();
    CHECK_FALSE(status.needsSignIn);
    CHECK(status.line == SyncStatus::Line::Offline);
    CHECK(f.statusText().startsWith(QStringLiteral("Offline · everything sent · last synced ")));
    CHECK(f.window().syncNowAction()->isEnabled());
    shell.signOut();

    // The admin has no kept session and the password cannot reach the server: sync waits for
    // a sign-in while connected, and Sync now cannot help.
    f.signIn(f.adminId, QString(), kAdminPassword);
    REQUIRE(f.settled());
    status = f.sync().status();
    CHECK(status.needsSignIn);
    CHECK(f.statusText().startsWith(QStringLiteral("Sign in while connected to resume sync")));
    CHECK(f.statusLabel()->toolTip().contains(QStringLiteral("could not be reached")));
    CHECK_FALSE(f.window().syncNowAction()->isEnabled());
    CHECK_FALSE(f.window().syncStatus()->syncNowButton()->isEnabled());
    // Nothing of the password was kept for later.
    auto kept = SyncCredentials::refreshToken(*shell.store(), f.adminId);
    REQUIRE(kept.ok());
    CHECK(kept->isEmpty());

    // Locking keeps sync as it was; signing out ends it.
    QPointer<DeskSync> sync = shell.deskSync();
    shell.lock();
    CHECK(shell.deskSync() == sync.data());
    CHECK_FALSE(f.window().syncNowAction()->isEnabled());
    shell.signOut();
    CHECK(sync.isNull());
    CHECK(f.statusText() == QStringLiteral("Sync starts when someone signs in"));
}

TEST_CASE("the settings show the desk's helpline server, read-only", "[gui][sync][server]")
{
    SyncDesk f;
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(f.adminId, QString(), kAdminPassword);
    SettingsDialog *dialog = shell.showSettings();
    REQUIRE(dialog);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    const DeskIdentity desk = *shell.deskIdentity();
    REQUIRE(dialog->serverAddressEdit());
    CHECK(dialog->serverAddressEdit()->text() == desk.server.toDisplayString());
    CHECK(dialog->serverAddressEdit()->isReadOnly());
    CHECK(dialog->deskNameEdit()->text() == QStringLiteral("Baku desk 3"));
    CHECK(dialog->deviceIdEdit()->text() == desk.deviceId);
    CHECK(dialog->officeEdit()->text() == desk.officeId);
    CHECK_FALSE(desk.officeId.isEmpty());
    for (QLineEdit *edit : {dialog->deskNameEdit(), dialog->deviceIdEdit(), dialog->officeEdit()})
        CHECK(edit->isReadOnly());
    CHECK(dialog->serverTrustLabel()->text() ==
          QStringLiteral("Not encrypted: the server runs on this computer."));
    dialog->reject();
}

TEST_CASE("the sync status in plain words", "[gui][sync]")
{
    const QDateTime now = QDateTime(QDate(2026, 11, 28), QTime(14, 30), Qt::LocalTime).toUTC();
    const QDateTime synced = QDateTime(QDate(2026, 11, 28), QTime(14, 2), Qt::LocalTime).toUTC();
    const QString at = formatRecentDateTime(synced, now);
    CHECK_FALSE(at.contains(QStringLiteral("2026"))); // today: the time alone

    SyncStatus status;
    CHECK(SyncStatusText::summary(status, now) == QStringLiteral("Not synced yet"));
    status.running = true;
    CHECK(SyncStatusText::summary(status, now) == QStringLiteral("Connecting…"));

    status.running = false;
    status.line = SyncStatus::Line::Offline;
    status.waiting = 12;
    status.lastSuccess = synced;
    SyncError offline;
    offline.kind = SyncError::Kind::Offline;
    offline.message = QStringLiteral("The server is not answering. Check the network.");
    status.lastError = offline;
    CHECK(SyncStatusText::summary(status, now) ==
          QStringLiteral("Offline · 12 waiting to send · last synced %1").arg(at));

    status.line = SyncStatus::Line::Online;
    status.waiting = 0;
    status.rejected = 2;
    SyncError refused;
    refused.kind = SyncError::Kind::Refused;
    refused.message = QStringLiteral("The server refused this: the record's author is not an "
                                     "account of this server. More words follow here.");
    status.lastError = refused;
    CHECK(SyncStatusText::summary(status, now) ==
          QStringLiteral("Online · 2 refused by the server · last synced %1 · The server refused "
                         "this: the record's author is not an account of…")
              .arg(at));
    // The whole error is in the details.
    CHECK(SyncStatusText::details(status, now, true).contains(refused.message));

    // Yesterday's sync shows its date.
    status.lastError.reset();
    status.rejected = 0;
    status.lastSuccess = synced.addDays(-1);
    CHECK(SyncStatusText::summary(status, now) ==
          QStringLiteral("Online · everything sent · last synced %1")
              .arg(formatDateTime(synced.addDays(-1))));
}

// Pictures for docs/screenshots: HELPLINE_SCREENSHOTS=DIR test_gui "[sync-screenshots]".
TEST_CASE("screenshots of sync", "[.][screenshots][sync-screenshots]")
{
    const QString out = qEnvironmentVariable("HELPLINE_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    Theme::apply(QStringLiteral("light"));
    applyInterfaceLanguage(QStringLiteral("en")); // dates and times as a desk shows them
    SyncDesk f;
    f.enrolDesk();
    AppController &shell = f.start();
    f.signIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    REQUIRE(f.settled());
    f.window().workArea()->showPage(WorkArea::Page::Intake);
    QStatusBar *bar = f.window().statusBar();

    // Online, then offline with a few contacts waiting.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    REQUIRE(f.syncNowFromButton());
    QTest::qWait(200);
    const QImage online = bar->grab().toImage();
    const quint16 port = f.server.port();
    REQUIRE(f.server.stop() == 0);
    f.clock.advanceMs(25 * 60 * 1000);
    for (int i = 0; i < 12; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
    REQUIRE(f.syncNowFromButton());
    QTest::qWait(200);
    const QImage offline = bar->grab().toImage();
    {
        // One picture: the status bar online above, offline below.
        const int gap = 12;
        QImage both(online.width(), online.height() + offline.height() + gap,
                    QImage::Format_ARGB32);
        both.fill(f.window().palette().color(QPalette::Window).darker(106));
        QPainter painter(&both);
        painter.drawImage(0, 0, online);
        painter.drawImage(0, online.height() + gap, offline);
        painter.end();
        REQUIRE(both.save(QDir(out).filePath(QStringLiteral("sync-status.png"))));
    }
    REQUIRE(f.server.start(f.db, {"--listen", QStringLiteral("127.0.0.1:%1").arg(port)}));
    f.clock.advanceMs(3 * 60 * 1000);
    REQUIRE(f.syncNowFromButton());
    shell.signOut();

    // The admin's sync log, with a record the server refused (a desk-only account's).
    f.signIn(f.adminId, QString(), kAdminPassword);
    REQUIRE(f.settled());
    REQUIRE(shell.store()
                ->addAccount(QStringLiteral("nigar"), QStringLiteral("Nigar Əliyeva"),
                             Role::Counsellor, password("nigar's own password"), fastKdf())
                .ok());
    shell.signOut();
    f.signIn(QString(), QStringLiteral("nigar"), "nigar's own password");
    f.window().workArea()->showPage(WorkArea::Page::Intake);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F4);
    shell.signOut();
    f.clock.advanceMs(4 * 60 * 1000);
    f.signIn(f.leylaId, QString(), kLeylaPassword);
    REQUIRE(f.settled());
    shell.signOut();
    f.clock.advanceMs(2 * 60 * 1000);
    f.signIn(f.adminId, QString(), kAdminPassword);
    REQUIRE(f.settled());
    f.window().workArea()->showPage(WorkArea::Page::SyncLog);
    auto *log = qobject_cast<SyncLogScreen *>(f.window().workArea()->page(WorkArea::Page::SyncLog));
    REQUIRE(log);
    log->entriesView()->selectRow(0);
    QTest::qWait(300);
    REQUIRE(f.window().grab().save(QDir(out).filePath(QStringLiteral("sync-log.png"))));
}
