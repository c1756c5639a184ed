#include <catch2/catch.hpp>

#include "core/domain/role.h"
#include "core/session/idlelock.h"
#include "core/settings/settings.h"
#include "core/store/casestore.h"
#include "core/store/contactrepository.h"
#include "core/store/draftrepository.h"
#include "core/util/clock.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/form/formview.h"
#include "ui/intake/intakescreen.h"
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/firstrunscreen.h"
#include "ui/shell/lockscreen.h"
#include "ui/shell/settingsdialog.h"
#include "ui/shell/signinscreen.h"
#include "ui/shell/workarea.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>

#include "testsupport.h"

using namespace helpline;

namespace {

const char *const kAdminPassword = "correct horse";
const char *const kCounsellorPassword = "kamran's secret";
// A word that exists only in the case saved below: if it is visible anywhere, case data is.
const QString kCaseWord = QStringLiteral("Qaranquşova");

void collectModelTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &out,
                       int depth = 0)
{
    if (!model || depth > 3)
        return;
    const int rows = std::min(model->rowCount(parent), 200);
    const int columns = model->columnCount(parent);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                             int(Qt::AccessibleTextRole), int(Qt::UserRole + 1)}) {
                const QVariant value = index.data(role);
                if (value.canConvert<QString>())
                    out << value.toString();
            }
            if (column == 0 && model->hasChildren(index))
                collectModelTexts(model, index, out, depth + 1);
        }
    }
}

// Every text a person could read on screen now: labels, fields, buttons, titles, and the data
// of every visible list, table or tree, in every visible window.
QStringList visibleTexts()
{
    QStringList out;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            out << w->windowTitle() << w->toolTip() << w->accessibleName()
                << w->accessibleDescription();
            if (auto *label = qobject_cast<QLabel *>(w))
                out << label->text();
            else if (auto *edit = qobject_cast<QLineEdit *>(w))
                out << edit->text() << edit->placeholderText();
            else if (auto *text = qobject_cast<QTextEdit *>(w))
                out << text->toPlainText();
            else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
                out << plain->toPlainText();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                out << button->text();
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                out << combo->currentText();
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                out << group->title();
            if (auto *view = qobject_cast<QAbstractItemView *>(w))
                collectModelTexts(view->model(), view->rootIndex(), out);
        }
    }
    return out;
}

bool caseWordVisible()
{
    const QStringList texts = visibleTexts();
    for (const QString &text : texts)
        if (text.contains(kCaseWord, Qt::CaseInsensitive))
            return true;
    return false;
}

// A desk with a store: Aysel (administrator), Kamran (counsellor) and one case.
struct ShellFixture {
    ShellFixture()
    {
        CaseStore::CreateOptions options;
        options.directory = storeDirectory;
        options.adminUsername = QStringLiteral("aysel");
        options.adminDisplayName = QStringLiteral("Aysel Məmmədova");
        options.kdf = test::fastKdf();
        auto created = CaseStore::create(options, test::password(kAdminPassword), &clock);
        REQUIRE(created.ok());
        CaseStore &store = *created.value();
        adminId = store.session().accountId;
        auto added = store.addAccount(QStringLiteral("kamran"), QStringLiteral("Kamran Əliyev"),
                                      Role::Counsellor, test::password(kCounsellorPassword),
                                      test::fastKdf());
        REQUIRE(added.ok());
        counsellorId = added.value();

        ContactSave save;
        save.contact.channel = QStringLiteral("phone");
        save.contact.callType = QStringLiteral("child_about_self");
        save.contact.startedAt = clock.nowUtc().addSecs(-600);
        save.contact.durationSeconds = 540;
        save.contact.categories = {QStringLiteral("violence.bullying")};
        save.contact.summary =
            QStringLiteral("Bullied at school by %1's classmates.").arg(kCaseWord);
        save.contact.riskLevel = QStringLiteral("low");
        Person child;
        child.name = QStringLiteral("Leyla %1").arg(kCaseWord);
        child.age = QStringLiteral("12");
        child.gender = QStringLiteral("girl");
        save.child = child;
        auto saved = ContactRepository(store).save(save);
        REQUIRE(saved.ok());
        caseId = saved->caseId;
        store.close();
    }

    ~ShellFixture()
    {
        shell.reset();
        // Other tests expect English.
        applyInterfaceLanguage(QStringLiteral("en"));
    }

    AppController &start()
    {
        AppController::Options options;
        options.storeDirectory = storeDirectory;
        options.storeDirectoryFixed = true;
        options.clock = &clock;
        options.kdf = test::fastKdf();
        options.idleCheckIntervalMs = 10;
        shell = std::make_unique<AppController>(settings, options);
        shell->start();
        shell->window().show();
        REQUIRE(QTest::qWaitForWindowExposed(&shell->window()));
        return *shell;
    }

    template<typename T>
    T *gate() const
    {
        return qobject_cast<T *>(shell->window().gateScreen());
    }

    CredentialsPanel *panel() const
    {
        if (auto *signIn = gate<SignInScreen>())
            return signIn->panel();
        if (auto *lock = gate<LockScreen>())
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
    }

    QTemporaryDir dir;
    QString storeDirectory = dir.filePath(QStringLiteral("store"));
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    Settings settings{dir.filePath(QStringLiteral("workstation.ini"))};
    QString adminId;
    QString counsellorId;
    QString caseId;
    std::unique_ptr<AppController> shell;
};

} // namespace

TEST_CASE("first run creates the store and its administrator and signs in", "[gui][shell]")
{
    QTemporaryDir dir;
    ManualClock clock;
    Settings settings(dir.filePath(QStringLiteral("workstation.ini")));
    AppController::Options options;
    options.storeDirectory = dir.filePath(QStringLiteral("desk/store"));
    options.clock = &clock;
    options.kdf = test::fastKdf();
    AppController shell(settings, options);
    shell.start();
    shell.window().show();
    REQUIRE(QTest::qWaitForWindowExposed(&shell.window()));
    REQUIRE(shell.state() == AppController::State::FirstRun);
    auto *screen = qobject_cast<FirstRunScreen *>(shell.window().gateScreen());
    REQUIRE(screen);
    CHECK(screen->directoryEdit()->text() == QDir::toNativeSeparators(options.storeDirectory));
    CHECK_FALSE(shell.window().lockAction()->isEnabled());

    // Plain words for each problem, and nothing is created.
    QTest::mouseClick(screen->createButton(), Qt::LeftButton);
    CHECK(screen->errorText() == QStringLiteral("Enter a user name for the administrator."));
    QTest::keyClicks(screen->usernameEdit(), QStringLiteral("aysel"));
    screen->displayNameEdit()->setText(QStringLiteral("Aysel Məmmədova"));
    QTest::keyClicks(screen->passwordEdit(), QStringLiteral("short"));
    auto *strength = screen->findChild<QLabel *>(QStringLiteral("passwordStrengthLabel"));
    REQUIRE(strength);
    CHECK(strength->text().startsWith(QStringLiteral("Too short")));
    QTest::mouseClick(screen->createButton(), Qt::LeftButton);
    CHECK(screen->errorText().contains(QStringLiteral("at least 8 characters")));
    screen->passwordEdit()->clear();
    QTest::keyClicks(screen->passwordEdit(), QStringLiteral("bizim heyetde alca agaci"));
    CHECK(strength->text() == QStringLiteral("Strong"));
    QTest::keyClicks(screen->repeatEdit(), QStringLiteral("bizim heyetde alca agac"));
    QTest::keyClick(screen->repeatEdit(), Qt::Key_Return);
    CHECK(screen->errorText().contains(QStringLiteral("not the same")));
    CHECK_FALSE(CaseStore::exists(options.storeDirectory));
    CHECK(shell.state() == AppController::State::FirstRun);

    QTest::keyClicks(screen->repeatEdit(), QStringLiteral("bizim heyetde alca agaci"));
    QTest::keyClick(screen->repeatEdit(), Qt::Key_Return);
    REQUIRE(shell.state() == AppController::State::SignedIn);
    CHECK(CaseStore::exists(options.storeDirectory));
    REQUIRE(shell.session());
    CHECK(shell.session()->role == Role::Admin);
    CHECK(shell.session()->displayName == QStringLiteral("Aysel Məmmədova"));
    // The chosen folder is remembered for the next start.
    CHECK(settings.storeDirectory() == options.storeDirectory);
    REQUIRE(test::waitUntil([&] { return shell.window().isWorkAreaShown(); }));
    auto *account = shell.window().findChild<QLabel *>(QStringLiteral("accountLabel"));
    REQUIRE(account);
    CHECK(account->text() == QStringLiteral("Aysel Məmmədova"));
    CHECK(shell.window().findChild<QLabel *>(QStringLiteral("roleLabel"))->text() ==
          QStringLiteral("Administrator"));
    CHECK(shell.window().findChild<QLabel *>(QStringLiteral("syncStateLabel"))->text() ==
          QStringLiteral("Not connected to a server"));

    // The keyring opens with the password given.
    shell.signOut();
    auto keyring = CaseStore::readKeyring(options.storeDirectory);
    REQUIRE(keyring.ok());
    REQUIRE(keyring->accounts().size() == 1);
    CHECK(keyring->accounts().first().username == QStringLiteral("aysel"));
    CHECK(keyring
              ->unwrap(keyring->accounts().first().accountId,
                       test::password("bizim heyetde alca agaci"))
              .ok());
}

TEST_CASE("the sign-in screen lists the desk's accounts and signs in with Enter", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    REQUIRE(shell.state() == AppController::State::SignIn);
    CredentialsPanel *panel = f.panel();
    REQUIRE(panel);
    REQUIRE(panel->accountList()->count() == 2);
    QStringList items;
    for (int i = 0; i < panel->accountList()->count(); ++i)
        items << panel->accountList()->item(i)->text();
    CHECK(items.contains(QStringLiteral("Aysel Məmmədova · Administrator")));
    CHECK(items.contains(QStringLiteral("Kamran Əliyev · Counsellor")));
    CHECK(shell.window().statusBar()->currentMessage() == QStringLiteral("Not signed in"));

    f.signIn(f.counsellorId, kCounsellorPassword);
    CHECK(shell.session()->accountId == f.counsellorId);
    CHECK(shell.store()->isOpen());
    REQUIRE(shell.workspace());
    CHECK(shell.window().workArea() != nullptr);
    // The last account is selected first next time.
    CHECK(f.settings.lastAccountId() == f.counsellorId);
}

TEST_CASE("a wrong password says so and repeated ones add a growing delay", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    for (int attempt = 1; attempt <= 3; ++attempt) {
        f.typePassword("wrong password", f.adminId);
        REQUIRE(shell.state() == AppController::State::SignIn);
        auto *message = f.panel()->findChild<QLabel *>(QStringLiteral("messageLabel"));
        CHECK(message->text() == QStringLiteral("The password is not correct."));
        CHECK(message->isVisible());
        CHECK(f.panel()->passwordEdit()->text().isEmpty());
        CHECK(f.panel()->submitButton()->isEnabled());
    }
    // The fourth failure: 2 s to wait, shown as a countdown, the button disabled.
    f.typePassword("wrong password", f.adminId);
    auto *wait = f.panel()->findChild<QLabel *>(QStringLiteral("waitLabel"));
    REQUIRE(wait);
    REQUIRE(test::waitUntil([&] { return wait->isVisible(); }));
    CHECK(wait->text() == QStringLiteral("Too many wrong passwords. You can try again in 2 "
                                         "second(s)."));
    CHECK_FALSE(f.panel()->submitButton()->isEnabled());
    // Enter does nothing while the delay runs, not even with the right password.
    f.typePassword(kAdminPassword, f.adminId);
    CHECK(shell.state() == AppController::State::SignIn);
    CHECK(shell.throttleRemainingMs(f.adminId) == 2000);
    // Another account is not held up.
    f.panel()->selectAccount(f.counsellorId);
    CHECK(test::waitUntil([&] { return f.panel()->submitButton()->isEnabled(); }));
    f.panel()->selectAccount(f.adminId);

    f.clock.advanceMs(1000);
    REQUIRE(test::waitUntil([&] { return wait->text().contains(QStringLiteral(" 1 ")); }));
    f.clock.advanceMs(1000);
    REQUIRE(test::waitUntil([&] { return f.panel()->submitButton()->isEnabled(); }));
    CHECK_FALSE(wait->isVisible());
    f.typePassword("wrong again", f.adminId);
    CHECK(shell.throttleRemainingMs(f.adminId) == 4000);
    REQUIRE(test::waitUntil([&] { return wait->text().contains(QStringLiteral(" 4 ")); }));

    // The delay survives a restart of the workstation.
    f.shell.reset();
    AppController &again = f.start();
    CHECK(again.throttleRemainingMs(f.adminId) == 4000);
    f.clock.advanceMs(4000);
    REQUIRE(test::waitUntil([&] { return f.panel()->submitButton()->isEnabled(); }));
    f.signIn(f.adminId, kAdminPassword);
    // Success resets the count.
    CHECK(again.throttleRemainingMs(f.adminId) == 0);
}

TEST_CASE("signing out closes the store and destroys the screens", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    QPointer<WorkArea> workArea = shell.window().workArea();
    QPointer<Workspace> workspace = shell.workspace();
    REQUIRE(workArea);
    const QString connection = shell.store()->database().connectionName();
    CHECK(QSqlDatabase::contains(connection));

    shell.window().signOutAction()->trigger();
    CHECK(shell.state() == AppController::State::SignIn);
    CHECK(shell.store() == nullptr);
    CHECK(shell.workspace() == nullptr);
    CHECK(workArea.isNull());
    CHECK(workspace.isNull());
    CHECK_FALSE(QSqlDatabase::contains(connection));
    CHECK(shell.window().statusBar()->currentMessage() == QStringLiteral("Not signed in"));
    CHECK_FALSE(shell.window().lockAction()->isEnabled());
    CHECK_FALSE(shell.window().newIntakeAction()->isEnabled());
    REQUIRE(test::waitUntil([&] { return f.gate<SignInScreen>() != nullptr; }));
}

TEST_CASE("Ctrl+1 to Ctrl+6 switch pages, and an admin's Review page says it is not theirs",
          "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    MainWindow &window = shell.window();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    WorkArea *workArea = window.workArea();
    REQUIRE(workArea);
    const QStringList titles{QStringLiteral("Intake"),     QStringLiteral("Cases"),
                             QStringLiteral("Follow-ups"), QStringLiteral("Directory"),
                             QStringLiteral("Review"),     QStringLiteral("Audit trail"),
                             QStringLiteral("Sync log")};
    REQUIRE(titles.size() == WorkArea::pageCount);
    for (int i = 0; i < WorkArea::pageCount; ++i)
        CHECK(workArea->navigation()->item(i)->text() == titles.at(i));
    for (int i : {5, 4, 2, 3, 1, 0}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        CHECK(workArea->currentPage() == WorkArea::Page(i));
        CHECK(workArea->page(WorkArea::Page(i))->isVisible());
    }
    // A desk that never talks to a server has no sync log.
    CHECK(workArea->navigation()->item(int(WorkArea::Page::SyncLog))->isHidden());
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    CHECK(workArea->currentPage() == WorkArea::Page::Intake);
    // An administrator reads the audit trail.
    CHECK_FALSE(workArea->navigation()->item(int(WorkArea::Page::Audit))->isHidden());
    CHECK(workArea->page(WorkArea::Page::Audit)->objectName() == QStringLiteral("auditScreen"));
    CHECK(workArea->page(WorkArea::Page::Directory)->objectName() ==
          QStringLiteral("directoryScreen"));
    workArea->showPage(WorkArea::Page::Review);
    CHECK(workArea->page(WorkArea::Page::Review)->objectName() == QStringLiteral("reviewScreen"));
    auto *text = workArea->page(WorkArea::Page::Review)
                     ->findChild<QLabel *>(QStringLiteral("reviewSummaryLabel"));
    REQUIRE(text);
    CHECK(text->text().contains(QStringLiteral("administrator's account does neither")));
    CHECK_FALSE(workArea->alertBar()); // only supervisors get acute-risk alerts

    // Opening a case from anywhere switches to the Cases page.
    shell.workspace()->requestOpenCase(f.caseId);
    CHECK(workArea->currentPage() == WorkArea::Page::Cases);
}

TEST_CASE("locking hides every view of case data until the same password unlocks", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    MainWindow &window = shell.window();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    // The case is on screen (the test could not fail otherwise).
    shell.workspace()->requestOpenCase(f.caseId);
    REQUIRE(test::waitUntil(caseWordVisible));

    SECTION("Ctrl+L")
    {
        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    }
    SECTION("the idle lock")
    {
        f.clock.advanceMs(4 * 60 * 1000);
        QTest::qWait(50);
        REQUIRE(shell.state() == AppController::State::SignedIn);
        f.clock.advanceMs(60 * 1000);
        REQUIRE(test::waitUntil([&] { return shell.state() == AppController::State::Locked; }));
    }
    REQUIRE(shell.state() == AppController::State::Locked);
    CHECK_FALSE(caseWordVisible());
    CHECK(window.windowTitle() == QStringLiteral("Helpline Workstation"));
    CHECK_FALSE(window.workArea()->isVisible());
    CHECK_FALSE(window.newIntakeAction()->isEnabled());
    CHECK_FALSE(window.pageAction(WorkArea::Page::Cases)->isEnabled());
    // The store stays open behind the lock; the screens keep their state.
    CHECK(shell.store()->isOpen());
    auto *lockScreen = f.gate<LockScreen>();
    REQUIRE(lockScreen);
    auto *who = lockScreen->findChild<QLabel *>(QStringLiteral("lockedAccountLabel"));
    CHECK(who->text().contains(QStringLiteral("Aysel Məmmədova")));
    CHECK(lockScreen->panel()->selectedAccountId() == f.adminId);
    CHECK(lockScreen->panel()->submitButton()->text() == QStringLiteral("Unlock"));

    // A wrong password keeps it locked and says so.
    f.typePassword("not the password");
    CHECK(shell.state() == AppController::State::Locked);
    CHECK(lockScreen->findChild<QLabel *>(QStringLiteral("messageLabel"))->text() ==
          QStringLiteral("The password is not correct."));
    CHECK_FALSE(caseWordVisible());

    f.typePassword(kAdminPassword);
    REQUIRE(shell.state() == AppController::State::SignedIn);
    CHECK(window.isWorkAreaShown());
    CHECK(shell.session()->accountId == f.adminId);
    REQUIRE(test::waitUntil(caseWordVisible));
    CHECK(window.lockAction()->isEnabled());
}

TEST_CASE("another account signs in from the lock screen and the first is signed out",
          "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    QPointer<WorkArea> first = shell.window().workArea();
    shell.lock();
    REQUIRE(shell.state() == AppController::State::Locked);
    auto *lockScreen = f.gate<LockScreen>();
    REQUIRE(lockScreen);
    lockScreen->panel()->selectAccount(f.counsellorId);
    CHECK(lockScreen->panel()->submitButton()->text() ==
          QStringLiteral("Sign in and sign Aysel Məmmədova out"));

    // A wrong password for the other account leaves the locked session as it was.
    f.typePassword("nope nope nope", f.counsellorId);
    CHECK(shell.state() == AppController::State::Locked);
    CHECK(shell.session()->accountId == f.adminId);
    CHECK_FALSE(first.isNull());

    f.typePassword(kCounsellorPassword, f.counsellorId);
    REQUIRE(shell.state() == AppController::State::SignedIn);
    CHECK(shell.session()->accountId == f.counsellorId);
    CHECK(shell.session()->role == Role::Counsellor);
    CHECK(first.isNull()); // Aysel's screens are gone
    CHECK(shell.window().findChild<QLabel *>(QStringLiteral("accountLabel"))->text() ==
          QStringLiteral("Kamran Əliyev"));
}

TEST_CASE("switching to Azerbaijani in settings relabels the window at once", "[gui][shell][i18n]")
{
    ShellFixture f;
    f.settings.setValue(Setting::InterfaceLanguage, QStringLiteral("en"));
    AppController &shell = f.start();
    f.signIn(f.counsellorId, kCounsellorPassword);
    MainWindow &window = shell.window();
    auto *role = window.findChild<QLabel *>(QStringLiteral("roleLabel"));
    REQUIRE(role->text() == QStringLiteral("Counsellor"));
    QListWidget *navigation = window.workArea()->navigation();
    REQUIRE(navigation->item(1)->text() == QStringLiteral("Cases"));

    SettingsDialog *dialog = shell.showSettings();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([&] { return dialog->isVisible(); }));
    // A counsellor sees the idle lock but cannot change it; the store location is read-only.
    CHECK_FALSE(dialog->idleLockSpin()->isEnabled());
    CHECK(dialog->idleLockSpin()->value() == 5);
    CHECK(dialog->storeLocationEdit()->isReadOnly());
    CHECK(dialog->storeLocationEdit()->text() == QDir::toNativeSeparators(f.storeDirectory));
    dialog->languageCombo()->setCurrentIndex(
        dialog->languageCombo()->findData(QStringLiteral("az")));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);

    REQUIRE(test::waitUntil([&] { return role->text() == QStringLiteral("Məsləhətçi"); }));
    CHECK(window.statusBar()->findChild<QLabel *>(QStringLiteral("syncStateLabel"))->text() ==
          QCoreApplication::translate("helpline::MainWindow", "Not connected to a server"));
    CHECK(navigation->item(1)->text() ==
          QCoreApplication::translate("helpline::WorkArea", "Cases"));
    CHECK(shell.workspace()->language() == QStringLiteral("az"));
    CHECK(f.settings.interfaceLanguage() == QStringLiteral("az"));
    CHECK(QLocale().language() == QLocale::Azerbaijani);
    // Translated by the translation pass (fails until the navigation's words are translated).
    CHECK(navigation->item(1)->text() != QStringLiteral("Cases"));

    shell.setLanguage(QStringLiteral("en"));
    REQUIRE(test::waitUntil([&] { return role->text() == QStringLiteral("Counsellor"); }));
    CHECK(navigation->item(1)->text() == QStringLiteral("Cases"));
}

TEST_CASE("only an administrator changes the idle lock", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    SettingsDialog *dialog = shell.showSettings();
    REQUIRE(dialog);
    REQUIRE(dialog->idleLockSpin()->isEnabled());
    dialog->idleLockSpin()->setValue(2);
    dialog->accept();
    CHECK(f.settings.idleLockMinutes() == 2);
    CHECK(shell.idleLock().timeoutMs() == 2 * 60 * 1000);
    f.clock.advanceMs(2 * 60 * 1000);
    REQUIRE(test::waitUntil([&] { return shell.state() == AppController::State::Locked; }));
    // A counsellor is refused.
    f.typePassword(kCounsellorPassword, f.counsellorId);
    REQUIRE(shell.state() == AppController::State::SignedIn);
    CHECK_FALSE(shell.setIdleLockMinutes(30));
    CHECK(f.settings.idleLockMinutes() == 2);
}

TEST_CASE("keyboard and mouse activity postpone the idle lock", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    MainWindow &window = shell.window();
    f.clock.advanceMs(4 * 60 * 1000);
    QTest::keyClick(window.workArea()->navigation(), Qt::Key_Down);
    f.clock.advanceMs(2 * 60 * 1000);
    QTest::qWait(50);
    CHECK(shell.state() == AppController::State::SignedIn);
    QTest::mouseMove(window.workArea()->navigation(), QPoint(10, 10));
    QTest::mouseClick(window.workArea()->navigation()->viewport(), Qt::LeftButton, {},
                      QPoint(20, 20));
    f.clock.advanceMs(4 * 60 * 1000 + 59 * 1000);
    QTest::qWait(50);
    CHECK(shell.state() == AppController::State::SignedIn);
    f.clock.advanceMs(1000);
    REQUIRE(test::waitUntil([&] { return shell.state() == AppController::State::Locked; }));
}

TEST_CASE("locking closes the workstation's open dialogs", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    QPointer<SettingsDialog> dialog = shell.showSettings();
    REQUIRE(dialog);
    REQUIRE(test::waitUntil([&] { return dialog->isVisible(); }));
    // Ctrl+L works from inside a dialog too.
    dialog->activateWindow();
    QTest::keyClick(dialog->languageCombo(), Qt::Key_L, Qt::ControlModifier);
    REQUIRE(test::waitUntil([&] { return shell.state() == AppController::State::Locked; }));
    CHECK((dialog.isNull() || !dialog->isVisible()));
    // Settings cannot be opened while locked.
    CHECK(shell.showSettings() == nullptr);
    CHECK_FALSE(shell.window().settingsAction()->isEnabled());
}

TEST_CASE("signing out asks before an unsaved case note is lost", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    WorkArea *workArea = shell.window().workArea();
    // Without unsaved text nothing is asked.
    MessageBox::takeAskedCount();
    CHECK(shell.mayEndSession());
    CHECK(MessageBox::takeAskedCount() == 0);
    shell.workspace()->requestOpenCase(f.caseId);
    QWidget *cases = workArea->page(WorkArea::Page::Cases);
    auto *addNote = cases->findChild<QPushButton *>(QStringLiteral("addNoteButton"));
    REQUIRE(addNote);
    REQUIRE(test::waitUntil([&] { return addNote->isVisible() && addNote->isEnabled(); }));
    addNote->click();
    QPlainTextEdit *note = nullptr;
    REQUIRE(test::waitUntil([&] {
        const auto edits = cases->findChildren<QPlainTextEdit *>();
        for (QPlainTextEdit *edit : edits)
            if (edit->isVisible())
                note = edit;
        return note != nullptr;
    }));
    note->setPlainText(QStringLiteral("half a sentence"));
    REQUIRE(workArea->hasUnsavedCaseWork());
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    shell.signOut();
    CHECK(MessageBox::takeAskedCount() == 1);
    CHECK(shell.state() == AppController::State::SignedIn);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    shell.signOut();
    CHECK(shell.state() == AppController::State::SignIn);
}

TEST_CASE("locking saves the intake draft first and hides the intake", "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    WorkArea *workArea = shell.window().workArea();
    workArea->showPage(WorkArea::Page::Intake);
    auto *intake = qobject_cast<IntakeScreen *>(workArea->page(WorkArea::Page::Intake));
    REQUIRE(intake);
    QJsonObject values = intake->formView()->values();
    values.insert(QStringLiteral("childName"), QStringLiteral("Aynur %1").arg(kCaseWord));
    intake->formView()->setValues(values);
    REQUIRE(test::waitUntil(caseWordVisible));

    // Locked at once, before the autosave's own timer: the shell flushes the draft first.
    shell.lock();
    REQUIRE(shell.state() == AppController::State::Locked);
    CHECK_FALSE(caseWordVisible());
    auto drafts = DraftRepository(*shell.store()).mine();
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->first().data.value(QStringLiteral("childName")).toString().contains(kCaseWord));

    f.typePassword(kAdminPassword);
    REQUIRE(shell.state() == AppController::State::SignedIn);
    CHECK(workArea->currentPage() == WorkArea::Page::Intake);
    CHECK(test::waitUntil(caseWordVisible));
}

TEST_CASE("Ctrl+N starts a new intake from any page without a clash on the intake page",
          "[gui][shell]")
{
    ShellFixture f;
    AppController &shell = f.start();
    f.signIn(f.adminId, kAdminPassword);
    MainWindow &window = shell.window();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    WorkArea *workArea = window.workArea();
    workArea->showPage(WorkArea::Page::FollowUps);
    CHECK(window.newIntakeAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    CHECK(workArea->currentPage() == WorkArea::Page::Intake);
    // On the intake page the intake's own New action has the key; exactly one action does.
    int owners = 0;
    const auto actions = window.findChildren<QAction *>();
    for (const QAction *action : actions)
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N) && action->isEnabled())
            ++owners;
    CHECK(owners == 1);
}

TEST_CASE("first run measures the key derivation off the GUI thread and shows progress",
          "[gui][shell]")
{
    QTemporaryDir dir;
    ManualClock clock;
    Settings settings(dir.filePath(QStringLiteral("workstation.ini")));
    AppController::Options options;
    options.storeDirectory = dir.filePath(QStringLiteral("store"));
    options.storeDirectoryFixed = true;
    options.clock = &clock; // no KDF given: calibrated as in production
    AppController shell(settings, options);
    shell.start();
    shell.window().show();
    REQUIRE(QTest::qWaitForWindowExposed(&shell.window()));
    auto *screen = qobject_cast<FirstRunScreen *>(shell.window().gateScreen());
    REQUIRE(screen);
    CHECK(screen->directoryEdit()->isReadOnly()); // --store: not changed here
    screen->usernameEdit()->setText(QStringLiteral("aysel"));
    screen->passwordEdit()->setText(QStringLiteral("long enough password"));
    screen->repeatEdit()->setText(QStringLiteral("long enough password"));
    QTest::keyClick(screen->repeatEdit(), Qt::Key_Return);
    REQUIRE(shell.isCreatingStore());
    auto *progress = screen->findChild<QWidget *>(QStringLiteral("progressBar"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    CHECK_FALSE(screen->createButton()->isEnabled());
    // The event loop keeps running while the machine is measured.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(10);
    REQUIRE(
        test::waitUntil([&] { return shell.state() == AppController::State::SignedIn; }, 60000));
    CHECK(ticks > 5);
    CHECK(shell.session()->role == Role::Admin);
    // A fixed store folder is not written to the settings.
    CHECK(settings.storeDirectory() == defaultStoreDirectory());
}
