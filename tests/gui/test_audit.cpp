// The Audit trail page in the running workstation: who has it, its filters and paging, the
// verification line, the CSV export, and the failed sign-ins the shell puts in the trail.
#include <catch2/catch.hpp>

#include "core/directory/csv.h"
#include "core/settings/settings.h"
#include "core/store/auditexport.h"
#include "core/store/auditlog.h"
#include "core/store/caseitemrepository.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/util/clock.h"
#include "ui/audit/auditscreen.h"
#include "ui/audit/audittrailmodel.h"
#include "ui/common/workspace.h"
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/signinscreen.h"
#include "ui/shell/workarea.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

#include "testsupport.h"

using namespace helpline;

namespace {

const char *const kAdminPassword = "correct horse";
const char *const kSupervisorPassword = "samir's long secret";
const char *const kCounsellorPassword = "kamran's secret";

// A desk: Aysel (administrator), Samir (supervisor), Kamran (counsellor), and Kamran's case with
// a note.
struct AuditDesk {
    AuditDesk()
    {
        CaseStore::CreateOptions options;
        options.directory = storeDirectory;
        options.adminUsername = QStringLiteral("aysel");
        options.adminDisplayName = QStringLiteral("Aysel Məmmədova");
        options.kdf = test::fastKdf();
        auto created = CaseStore::create(options, test::password(kAdminPassword), &clock);
        REQUIRE(created.ok());
        std::unique_ptr<CaseStore> store = std::move(created.value());
        adminId = store->session().accountId;
        auto samir = store->addAccount(QStringLiteral("samir"), QStringLiteral("Samir Quliyev"),
                                       Role::Supervisor, test::password(kSupervisorPassword),
                                       test::fastKdf());
        REQUIRE(samir.ok());
        supervisorId = *samir;
        auto kamran = store->addAccount(QStringLiteral("kamran"), QStringLiteral("Kamran Əliyev"),
                                        Role::Counsellor, test::password(kCounsellorPassword),
                                        test::fastKdf());
        REQUIRE(kamran.ok());
        counsellorId = *kamran;
        store.reset();

        auto unlocked = CaseStore::unlock(storeDirectory, counsellorId,
                                          test::password(kCounsellorPassword), &clock);
        REQUIRE(unlocked.ok());
        store = std::move(unlocked.value());
        for (int i = 0; i < 2; ++i) {
            ContactSave save;
            save.contact.channel = QStringLiteral("phone");
            save.contact.callType = QStringLiteral("child_about_self");
            save.contact.startedAt = clock.nowUtc().addSecs(-600);
            save.contact.durationSeconds = 300;
            save.contact.categories = {QStringLiteral("violence.bullying")};
            save.contact.summary = QStringLiteral("Bullied at school (%1).").arg(i);
            save.contact.riskLevel = QStringLiteral("low");
            save.contact.counsellorId = counsellorId;
            auto saved = ContactRepository(*store).save(save);
            REQUIRE(saved.ok());
            (i == 0 ? caseId : otherCaseId) = saved->caseId;
            (i == 0 ? caseNumber : otherCaseNumber) = saved->caseNumber;
        }
        Note note;
        note.caseId = caseId;
        note.body = QStringLiteral("Called the school.");
        auto added = NoteRepository(*store).add(note);
        REQUIRE(added.ok());
        noteId = added->meta.id;
        store.reset();
        // The entries above are a day old.
        clock.advanceMs(24 * 3600 * 1000);
    }

    ~AuditDesk()
    {
        shell.reset();
        applyInterfaceLanguage(QStringLiteral("en"));
    }

    AppController &start()
    {
        AppController::Options options;
        options.storeDirectory = storeDirectory;
        options.storeDirectoryFixed = true;
        options.clock = &clock;
        options.kdf = test::fastKdf();
        shell = std::make_unique<AppController>(settings, options);
        shell->start();
        shell->window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&shell->window()));
        return *shell;
    }

    CredentialsPanel *panel() const
    {
        if (auto *signIn = qobject_cast<SignInScreen *>(shell->window().gateScreen()))
            return signIn->panel();
        if (auto *lock = qobject_cast<LockScreen *>(shell->window().gateScreen()))
            return lock->panel();
        return nullptr;
    }

    void typePassword(const char *password, const QString &accountId = {})
    {
        CredentialsPanel *p = panel();
        REQUIRE(p);
        if (!accountId.isEmpty())
            p->selectAccount(accountId);
        p->passwordEdit()->clear();
        QTest::keyClicks(p->passwordEdit(), QString::fromUtf8(password));
        QTest::keyClick(p->passwordEdit(), Qt::Key_Return);
    }

    void signIn(const QString &accountId, const char *password)
    {
        typePassword(password, accountId);
        REQUIRE(shell->state() == AppController::State::SignedIn);
        REQUIRE(shell->session()->accountId == accountId);
    }

    // Signs in and shows the Audit trail page with Ctrl+6.
    AuditScreen *openAudit(const QString &accountId, const char *password, int pageSize = 0)
    {
        start();
        signIn(accountId, password);
        MainWindow &window = shell->window();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        WorkArea *workArea = window.workArea();
        REQUIRE(workArea);
        auto *screen = qobject_cast<AuditScreen *>(workArea->page(WorkArea::Page::Audit));
        REQUIRE(screen);
        if (pageSize > 0)
            screen->model()->setPageSize(pageSize);
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        REQUIRE(workArea->currentPage() == WorkArea::Page::Audit);
        REQUIRE(screen->isVisible());
        // The chain is checked a slice at a time once the page shows.
        REQUIRE(test::waitUntil([&] { return !screen->isVerifying(); }));
        return screen;
    }

    CaseStore &store() const { return *shell->store(); }

    qint64 count(const QString &where)
    {
        QSqlQuery q(store().database());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE %1").arg(where)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }

    QTemporaryDir dir;
    QString storeDirectory = dir.filePath(QStringLiteral("store"));
    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC)};
    Settings settings{dir.filePath(QStringLiteral("workstation.ini"))};
    QString adminId, supervisorId, counsellorId;
    QString caseId, caseNumber, otherCaseId, otherCaseNumber, noteId;
    std::unique_ptr<AppController> shell;
};

QSet<QString> columnValues(const AuditTrailModel *model, int role)
{
    QSet<QString> values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.insert(model->index(row, 0).data(role).toString());
    return values;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

} // namespace

TEST_CASE("the Audit trail page is there for supervisors and administrators, not counsellors",
          "[gui][audit]")
{
    AuditDesk d;
    struct Account {
        QString id;
        const char *password;
        bool reads;
    };
    for (const Account &account : {Account{d.adminId, kAdminPassword, true},
                                   Account{d.supervisorId, kSupervisorPassword, true},
                                   Account{d.counsellorId, kCounsellorPassword, false}}) {
        INFO(account.password);
        d.start();
        d.signIn(account.id, account.password);
        MainWindow &window = d.shell->window();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        WorkArea *workArea = window.workArea();
        REQUIRE(workArea);
        QListWidgetItem *item = workArea->navigation()->item(int(WorkArea::Page::Audit));
        CHECK(item->text() == QStringLiteral("Audit trail"));
        CHECK(item->isHidden() == !account.reads);
        CHECK(workArea->isPageAvailable(WorkArea::Page::Audit) == account.reads);
        CHECK(window.pageAction(WorkArea::Page::Audit)->isVisible() == account.reads);
        CHECK(window.pageAction(WorkArea::Page::Audit)->shortcut() ==
              QKeySequence(Qt::CTRL | Qt::Key_6));
        auto *screen = qobject_cast<AuditScreen *>(workArea->page(WorkArea::Page::Audit));
        CHECK((screen != nullptr) == account.reads);
        const qint64 views = d.count(QStringLiteral("action = 'audit.view'"));
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        if (account.reads) {
            REQUIRE(workArea->currentPage() == WorkArea::Page::Audit);
            REQUIRE(screen->isVisible());
            CHECK(screen->model()->rowCount() > 0);
            // Showing the page read the trail once, and that reading is in the trail.
            CHECK(d.count(QStringLiteral("action = 'audit.view'")) == views + 1);
        } else {
            CHECK(workArea->currentPage() == WorkArea::Page::Intake);
            workArea->showPage(WorkArea::Page::Audit);
            CHECK(workArea->currentPage() == WorkArea::Page::Intake);
            CHECK(d.count(QStringLiteral("action = 'audit.view'")) == views);
        }
        d.shell.reset();
    }
}

TEST_CASE("the audit filters narrow the table and Load more pages through it", "[gui][audit]")
{
    AuditDesk d;
    AuditScreen *screen = d.openAudit(d.supervisorId, kSupervisorPassword, 4);
    AuditTrailModel *model = screen->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    const qint64 total = d.count(QStringLiteral("1"));

    // Newest first, four at a time.
    REQUIRE(model->rowCount() == 4);
    CHECK(model->index(0, AuditTrailModel::Action).data().toString() ==
          QStringLiteral("Signed in"));
    CHECK(model->index(0, AuditTrailModel::Account).data().toString() ==
          QStringLiteral("Samir Quliyev"));
    CHECK(screen->loadMoreButton()->isEnabled());
    QTest::mouseClick(screen->loadMoreButton(), Qt::LeftButton);
    REQUIRE(model->rowCount() == 8);
    QList<qint64> seqs;
    for (int row = 0; row < model->rowCount(); ++row)
        seqs << model->index(row, 0).data(AuditTrailModel::SeqRole).toLongLong();
    for (int i = 1; i < seqs.size(); ++i)
        CHECK(seqs.at(i) == seqs.at(i - 1) - 1);
    while (screen->loadMoreButton()->isEnabled())
        QTest::mouseClick(screen->loadMoreButton(), Qt::LeftButton);
    // Everything up to the first reading (the readings after it are newer than the first page).
    CHECK(model->rowCount() == total - 1);
    auto *count = screen->findChild<QLabel *>(QStringLiteral("auditCountLabel"));
    REQUIRE(count);
    CHECK(count->text().startsWith(QStringLiteral("All ")));

    SECTION("account")
    {
        model->setPageSize(500);
        choose(screen->accountCombo(), d.counsellorId);
        REQUIRE(model->rowCount() > 0);
        CHECK(model->rowCount() ==
              d.count(QStringLiteral("account_id = '%1'").arg(d.counsellorId)));
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(model->index(row, AuditTrailModel::Account).data().toString() ==
                  QStringLiteral("Kamran Əliyev"));
    }
    SECTION("action")
    {
        choose(screen->actionCombo(), QStringLiteral("note.create"));
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, AuditTrailModel::Action).data().toString() ==
              QStringLiteral("Wrote a note"));
        CHECK(model->index(0, AuditTrailModel::Record).data(AuditTrailModel::RecordIdRole) ==
              d.noteId);
        // A group of actions by their prefix.
        choose(screen->actionCombo(), QStringLiteral("session."));
        REQUIRE(model->rowCount() > 0);
        for (const QString &code : columnValues(model, AuditTrailModel::ActionCodeRole))
            CHECK(code.startsWith(QStringLiteral("session.")));
    }
    SECTION("case number: the case and its records, not the other case")
    {
        model->setPageSize(500);
        QTest::keyClicks(screen->caseNumberEdit(), d.caseNumber.toLower());
        QTest::keyClick(screen->caseNumberEdit(), Qt::Key_Return);
        REQUIRE(model->rowCount() > 0);
        const QSet<QString> records = columnValues(model, AuditTrailModel::RecordIdRole);
        CHECK(records.contains(d.caseId));
        CHECK(records.contains(d.noteId));
        CHECK_FALSE(records.contains(d.otherCaseId));
        CHECK(columnValues(model, AuditTrailModel::ActionCodeRole)
                  .contains(QStringLiteral("note.create")));
        bool named = false;
        for (int row = 0; row < model->rowCount(); ++row)
            named = named || model->index(row, AuditTrailModel::Record).data().toString() ==
                                 QStringLiteral("Case %1").arg(d.caseNumber);
        CHECK(named);

        // An unknown number says so and shows nothing.
        screen->caseNumberEdit()->clear();
        QTest::keyClicks(screen->caseNumberEdit(), QStringLiteral("2026-NONE-00099"));
        QTest::keyClick(screen->caseNumberEdit(), Qt::Key_Return);
        CHECK(model->rowCount() == 0);
        CHECK(screen->messageLabel()->isVisible());
        CHECK(screen->messageLabel()->text().contains(QStringLiteral("2026-NONE-00099")));
    }
    SECTION("dates")
    {
        model->setPageSize(500);
        // The fixture's records are a day old; the sign-in and readings are today's.
        const QDate today = d.clock.nowUtc().toLocalTime().date();
        screen->fromEdit()->setDate(today);
        screen->fromCheck()->setChecked(true);
        REQUIRE(model->rowCount() > 0);
        CHECK_FALSE(columnValues(model, AuditTrailModel::ActionCodeRole)
                        .contains(QStringLiteral("note.create")));
        screen->fromCheck()->setChecked(false);
        screen->untilEdit()->setDate(today.addDays(-1));
        screen->untilCheck()->setChecked(true);
        const QSet<QString> older = columnValues(model, AuditTrailModel::ActionCodeRole);
        CHECK(older.contains(QStringLiteral("note.create")));
        CHECK_FALSE(older.contains(QStringLiteral("audit.view")));
        screen->fromEdit()->setDate(today);
        screen->fromCheck()->setChecked(true);
        CHECK(model->rowCount() == 0);
        CHECK(count->text() == QStringLiteral("No entry matches these filters."));

        QTest::mouseClick(
            screen->findChild<QPushButton *>(QStringLiteral("clearAuditFiltersButton")),
            Qt::LeftButton);
        CHECK_FALSE(screen->fromCheck()->isChecked());
        CHECK_FALSE(screen->untilCheck()->isChecked());
        CHECK(model->rowCount() > 0);
    }
}

TEST_CASE("the audit page's controls are reached from the keyboard", "[gui][audit]")
{
    AuditDesk d;
    AuditScreen *screen = d.openAudit(d.adminId, kAdminPassword, 2); // Load more enabled
    const QList<QLabel *> labels = screen->findChildren<QLabel *>();
    int buddies = 0;
    for (QLabel *label : labels) {
        if (!label->text().contains(u'&'))
            continue;
        INFO(label->text().toStdString());
        CHECK(label->buddy() != nullptr);
        ++buddies;
    }
    CHECK(buddies == 4); // account, action, case number, entries
    const QList<QAbstractButton *> buttons{
        screen->verifyButton(),
        screen->exportButton(),
        screen->findChild<QPushButton *>(QStringLiteral("clearAuditFiltersButton")),
        screen->fromCheck(),
        screen->untilCheck(),
        screen->loadMoreButton()};
    for (QAbstractButton *button : buttons) {
        REQUIRE(button);
        INFO(button->objectName().toStdString());
        CHECK(button->isVisible());
        CHECK(button->text().contains(u'&'));
        CHECK((button->focusPolicy() & Qt::TabFocus));
    }
    // Tab goes through every control in reading order (the date fields once their box is
    // ticked).
    screen->fromCheck()->setChecked(true);
    screen->untilCheck()->setChecked(true);
    const QList<QWidget *> order{
        screen->verifyButton(), screen->exportButton(),   screen->accountCombo(),
        screen->actionCombo(),  screen->caseNumberEdit(), screen->fromCheck(),
        screen->fromEdit(),     screen->untilCheck(),     screen->untilEdit(),
        buttons.at(2),          screen->view(),           screen->loadMoreButton()};
    const auto tabTarget = [](QWidget *from) {
        // As QWidget::focusNextPrevChild finds it: the next widget in the chain that takes Tab,
        // leaving out the parts of a composite widget (a date field's line edit).
        QWidget *next = from->nextInFocusChain();
        while (next && next != from &&
               (!next->isVisible() || !next->isEnabled() || !(next->focusPolicy() & Qt::TabFocus) ||
                next->focusProxy() || from->isAncestorOf(next)))
            next = next->nextInFocusChain();
        return next;
    };
    for (int i = 1; i < order.size(); ++i) {
        INFO(order.at(i)->objectName().toStdString());
        CHECK(tabTarget(order.at(i - 1)) == order.at(i));
    }
}

TEST_CASE("the audit page says the chain is intact and names a tampered entry on Verify again",
          "[gui][audit]")
{
    AuditDesk d;
    AuditScreen *screen = d.openAudit(d.supervisorId, kSupervisorPassword);
    // Checked once the page is drawn.
    REQUIRE(test::waitUntil([&] {
        return !screen->verificationLabel()->text().startsWith(QStringLiteral("Checking"));
    }));
    const QString intact = screen->verificationLabel()->text();
    INFO(intact.toStdString());
    CHECK(intact.startsWith(QStringLiteral("The audit trail is intact: ")));
    CHECK(intact.contains(QStringLiteral(" entries checked.")));
    CHECK_FALSE(screen->verificationLabel()->font().bold());

    QSqlQuery q(d.store().database());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 7")));
    // Nothing changes until it is checked again.
    CHECK(screen->verificationLabel()->text() == intact);
    QTest::mouseClick(screen->verifyButton(), Qt::LeftButton);
    CHECK(screen->isVerifying());
    CHECK_FALSE(screen->verifyButton()->isEnabled());
    REQUIRE(test::waitUntil([&] { return !screen->isVerifying(); }));
    CHECK(screen->verifyButton()->isEnabled());
    const QString broken = screen->verificationLabel()->text();
    INFO(broken.toStdString());
    CHECK(broken.startsWith(QStringLiteral("The audit trail is damaged")));
    CHECK(broken.contains(QStringLiteral("Audit entry 7 was altered.")));
    CHECK(screen->verificationLabel()->font().bold());
    CHECK(screen->verificationLabel()->palette().color(QPalette::WindowText) !=
          screen->palette().color(QPalette::WindowText));
}

TEST_CASE("Export CSV writes every matching entry to the chosen file", "[gui][audit]")
{
    AuditDesk d;
    AuditScreen *screen = d.openAudit(d.adminId, kAdminPassword, 3);
    const QString path = d.dir.filePath(QStringLiteral("audit, export.csv"));

    SECTION("everything")
    {
        const qint64 before = d.count(QStringLiteral("1"));
        REQUIRE(screen->exportTo(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const csv::Table table = csv::parse(QString::fromUtf8(file.readAll()));
        REQUIRE(table.error.isEmpty());
        CHECK(table.rows.first().cells == auditCsvColumns());
        // All of it, not the page the table shows.
        CHECK(table.rows.size() == before + 1);
        CHECK(table.rows.at(1).cells.at(0) == QStringLiteral("1"));
        CHECK(screen->messageLabel()->text().contains(QStringLiteral("exported")));
        CHECK(d.count(QStringLiteral("action = 'audit.export' AND detail = '%1'").arg(before)) ==
              1);
        // The table shows the export too.
        CHECK(screen->model()->index(0, 0).data(AuditTrailModel::ActionCodeRole) ==
              QStringLiteral("audit.export"));
    }
    SECTION("what the filters match")
    {
        choose(screen->actionCombo(), QStringLiteral("note.create"));
        REQUIRE(screen->exportTo(path));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const csv::Table table = csv::parse(QString::fromUtf8(file.readAll()));
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows.at(1).cells.at(6) == QStringLiteral("note.create"));
        CHECK(table.rows.at(1).cells.at(8) == d.noteId);
        CHECK(table.rows.at(1).cells.at(4) == QStringLiteral("Kamran Əliyev"));
    }
    SECTION("a folder that cannot be written says so")
    {
        CHECK_FALSE(screen->exportTo(d.dir.filePath(QStringLiteral("missing/folder/a.csv"))));
        CHECK(screen->messageLabel()->isVisible());
        CHECK(screen->messageLabel()->text().contains(QStringLiteral("cannot be written")));
        CHECK(d.count(QStringLiteral("action = 'audit.export'")) == 0);
    }
}

TEST_CASE("wrong passwords before a sign-in or an unlock go into the audit trail",
          "[gui][audit][shell]")
{
    AuditDesk d;
    AppController &shell = d.start();
    d.typePassword("wrong password", d.supervisorId);
    d.typePassword("wrong again", d.supervisorId);
    REQUIRE(shell.state() == AppController::State::SignIn);
    CHECK(shell.throttleRemainingMs(d.supervisorId) == 0); // no delay yet after two
    d.signIn(d.supervisorId, kSupervisorPassword);
    const QString failed = QStringLiteral("action = 'session.failed_signins'");
    REQUIRE(d.count(failed) == 1);
    CHECK(d.count(failed + QStringLiteral(" AND detail = '2' AND account_id = '%1' AND "
                                          "record_id = '%1'")
                               .arg(d.supervisorId)) == 1);

    // At the lock screen: one wrong password, then the right one.
    shell.window().lockAction()->trigger();
    REQUIRE(shell.state() == AppController::State::Locked);
    d.typePassword("not it");
    REQUIRE(shell.state() == AppController::State::Locked);
    d.typePassword(kSupervisorPassword);
    REQUIRE(shell.state() == AppController::State::SignedIn);
    CHECK(d.count(failed) == 2);
    CHECK(d.count(failed + QStringLiteral(" AND detail = '1'")) == 1);

    // A sign-in without wrong passwords adds nothing.
    shell.signOut();
    d.signIn(d.supervisorId, kSupervisorPassword);
    CHECK(d.count(failed) == 2);
    CHECK(AuditLog::verify(d.store())->intact);
}
