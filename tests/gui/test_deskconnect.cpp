// The shell's way to the helpline server, against the real helpline-server binary on 127.0.0.1:
// a desk connected from the first-run screen, first sign-ins of server accounts on the sign-in
// screen, a password reset on the server, and what the screens say when the server is away.
#include <catch2/catch.hpp>

#include "serverharness.h"
#include "testsupport.h"

#include "core/domain/role.h"
#include "core/settings/settings.h"
#include "core/store/casestore.h"
#include "core/sync/desksetup.h"
#include "core/util/clock.h"
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/connectdeskform.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/firstrunscreen.h"
#include "ui/shell/signinscreen.h"
#include "ui/shell/theme.h"

#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>

#include <csignal>
#include <sys/types.h>

using namespace helpline;
using namespace helpline::test;

namespace {

const char *const kLeylaPassword = "a good long password"; // createAccount's default
const char *const kLeylaNewPassword = "a brand new password";

QString issueCode(const TestDatabase &db)
{
    const CliResult issued =
        runCli(db, {"devices", "issue-code", "--office", "baku", "--name", "Desk 3"});
    return QJsonDocument::fromJson(issued.out).object().value("code").toString();
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// A helpline server (embedded store, office "baku", admin "admin") and a desk folder.
struct ServerDesk {
    ServerDesk()
    {
        REQUIRE(initServer(db).exitCode == 0);
        REQUIRE(server.start(db));
    }

    ~ServerDesk() { shell.reset(); }

    QString serverAddress() const { return server.url(QString()).toString(); }

    // Enrols the folder with the admin's account through core, as a desk set up earlier.
    void enrolDesk()
    {
        QNetworkAccessManager network;
        DeskSetup setup(network);
        DeskIdentity desk;
        desk.server = server.url(QString());
        desk.deviceName = QStringLiteral("Desk 3");
        std::optional<DeskSetupResult> result;
        setup.enrol(storeDirectory, desk, issueCode(db), QStringLiteral("admin"),
                    password(kAdminPassword), fastKdf(),
                    [&](DeskSetupResult r) { result = std::move(r); });
        REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
        INFO(result->error.toStdString());
        REQUIRE(result->ok());
        adminId = result->store->session().accountId;
    }

    AppController &start(bool storeDirectoryFixed = true)
    {
        AppController::Options options;
        options.storeDirectory = storeDirectory;
        options.storeDirectoryFixed = storeDirectoryFixed;
        options.clock = &clock;
        options.kdf = fastKdf();
        // These tests take the server's tokens themselves (tests/gui/test_desksync.cpp has sync).
        options.sync = false;
        shell = std::make_unique<AppController>(settings, options);
        shell->start();
        shell->window().resize(1280, 800);
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
        auto *screen = gate<SignInScreen>();
        return screen ? screen->panel() : nullptr;
    }

    QString message() const
    {
        auto *label = panel()->findChild<QLabel *>(QStringLiteral("messageLabel"));
        return label && label->isVisible() ? label->text() : QString();
    }

    // Types the password of an account of the list (or of "Another account" with `username`)
    // and presses Enter.
    void typeSignIn(const QString &accountId, const QString &username, const char *typed)
    {
        CredentialsPanel *p = panel();
        REQUIRE(p);
        if (accountId.isEmpty()) {
            p->selectAnotherAccount();
            REQUIRE(p->usernameEdit()->isVisible());
            typeInto(p->usernameEdit(), username);
        } else {
            p->selectAccount(accountId);
        }
        typeInto(p->passwordEdit(), QString::fromUtf8(typed));
        QTest::keyClick(p->passwordEdit(), Qt::Key_Return);
    }

    // Waits until the server has answered a sign-in the screen is checking.
    bool serverAnswered() const
    {
        return waitUntil([&] { return !shell->isCheckingServer(); }, 60000);
    }

    TestDatabase db{TestDatabase::Kind::Embedded};
    ServerProcess server;
    QTemporaryDir dir;
    QString storeDirectory = dir.filePath(QStringLiteral("store"));
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    Settings settings{dir.filePath(QStringLiteral("workstation.ini"))};
    QString adminId;
    std::unique_ptr<AppController> shell;
};

} // namespace

TEST_CASE("a desk is connected to the helpline server from the first-run screen",
          "[gui][shell][server]")
{
    ServerDesk f;
    AppController &shell = f.start();
    REQUIRE(shell.state() == AppController::State::FirstRun);
    auto *screen = f.gate<FirstRunScreen>();
    REQUIRE(screen);
    CHECK(screen->way() == FirstRunScreen::Way::DeskOnly);
    CHECK_FALSE(screen->connectForm()->isVisible());
    // The second way, chosen from the keyboard.
    screen->connectChoice()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(screen->connectChoice(), Qt::Key_Space);
    REQUIRE(screen->way() == FirstRunScreen::Way::ConnectToServer);
    ConnectDeskForm *form = screen->connectForm();
    REQUIRE(form->isVisible());
    CHECK(screen->connectButton()->isVisible());
    CHECK_FALSE(screen->createButton()->isVisible());
    CHECK_FALSE(form->deskNameEdit()->text().isEmpty()); // the machine's host name
    CHECK_FALSE(form->caFileEdit()->isVisible());        // Advanced starts collapsed
    QSignalSpy sessions(&shell, &AppController::serverSessionStarted);

    // Plain http to anything but this computer is refused beside the field, before sending.
    typeInto(form->serverEdit(), QStringLiteral("http://helpline.example.org"));
    QTest::keyClick(form->serverEdit(), Qt::Key_Return);
    CHECK(form->serverProblem().contains(QStringLiteral("https://")));
    CHECK_FALSE(shell.isCreatingStore());

    // A mistyped code: the server's refusal in plain words, every field as it was typed.
    typeInto(form->serverEdit(), f.serverAddress());
    typeInto(form->codeEdit(), QStringLiteral("AAAA-BBBB-CCCC"));
    typeInto(form->usernameEdit(), QStringLiteral("admin"));
    typeInto(form->passwordEdit(), QString::fromLatin1(kAdminPassword));
    QTest::keyClick(form->passwordEdit(), Qt::Key_Return);
    CHECK(form->serverProblem().isEmpty());
    CHECK(shell.isCreatingStore());
    CHECK_FALSE(form->passwordEdit()->isEnabled()); // busy while the server is asked
    auto *progress = screen->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    REQUIRE(waitUntil([&] { return !shell.isCreatingStore(); }, 60000));
    CHECK(screen->errorText() == QStringLiteral("The enrolment code is not valid: it may be "
                                                "mistyped, used already or expired. Ask an admin "
                                                "for a new one."));
    CHECK(form->serverEdit()->text() == f.serverAddress());
    CHECK(form->codeEdit()->text() == QStringLiteral("AAAA-BBBB-CCCC"));
    CHECK(form->usernameEdit()->text() == QStringLiteral("admin"));
    CHECK(form->passwordEdit()->text() == QString::fromLatin1(kAdminPassword));
    CHECK(form->passwordEdit()->isEnabled());
    CHECK_FALSE(progress->isVisible());
    CHECK(shell.state() == AppController::State::FirstRun);
    CHECK_FALSE(CaseStore::exists(f.storeDirectory));
    CHECK_FALSE(DeskIdentity::exists(f.storeDirectory));

    // The right code: enrolled, the store created for the server account, signed in as it.
    typeInto(form->codeEdit(), issueCode(f.db));
    QTest::keyClick(form->codeEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return shell.state() == AppController::State::SignedIn; }, 60000));
    CHECK(CaseStore::exists(f.storeDirectory));
    REQUIRE(shell.deskIdentity().has_value());
    CHECK(shell.deskIdentity()->server == QUrl(f.serverAddress()));
    CHECK_FALSE(shell.deskIdentity()->deviceId.isEmpty());
    CHECK(sessions.count() == 1);
    auto tokens = shell.takeServerTokens();
    REQUIRE(tokens.has_value());
    CHECK(tokens->account.username == QStringLiteral("admin"));
    CHECK(shell.session()->accountId == tokens->account.id);
    CHECK(shell.session()->role == Role::Admin);
    CHECK(shell.session()->deviceId == shell.deskIdentity()->deviceId);
    CHECK_FALSE(tokens->accessToken.isEmpty());
    CHECK_FALSE(shell.takeServerTokens().has_value()); // taken once

    // The next start is a connected desk's sign-in screen: its accounts and "Another account".
    f.shell.reset();
    AppController &again = f.start();
    REQUIRE(again.state() == AppController::State::SignIn);
    REQUIRE(f.panel()->accountList()->count() == 2);
    CHECK(f.panel()->accountList()->item(1)->text() ==
          QStringLiteral("Another account (first sign-in on this desk)"));
    // Its own password opens the store without the server.
    f.server.stop();
    f.typeSignIn(tokens->account.id, QString(), kAdminPassword);
    CHECK(again.state() == AppController::State::SignedIn);
    CHECK_FALSE(again.takeServerTokens().has_value());
}

TEST_CASE("an enrolment whose first sign-in failed is finished with the right password",
          "[gui][shell][server]")
{
    ServerDesk f;
    AppController &shell = f.start();
    auto *screen = f.gate<FirstRunScreen>();
    REQUIRE(screen);
    screen->setWay(FirstRunScreen::Way::ConnectToServer);
    ConnectDeskForm *form = screen->connectForm();
    typeInto(form->serverEdit(), f.serverAddress());
    typeInto(form->codeEdit(), issueCode(f.db));
    typeInto(form->usernameEdit(), QStringLiteral("admin"));
    typeInto(form->passwordEdit(), QStringLiteral("not the admin's password"));
    QTest::keyClick(form->passwordEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return !shell.isCreatingStore(); }, 60000));
    INFO(screen->errorText().toStdString());
    CHECK(screen->errorText().contains(QStringLiteral("password is not right")));
    // The code is spent and the desk enrolled: the form asks for the sign-in only.
    CHECK(DeskIdentity::exists(f.storeDirectory));
    CHECK_FALSE(CaseStore::exists(f.storeDirectory));
    CHECK(form->isUnfinishedEnrolment());
    CHECK_FALSE(form->codeEdit()->isEnabled());
    CHECK(form->serverEdit()->isReadOnly());

    typeInto(form->passwordEdit(), QString::fromLatin1(kAdminPassword));
    QTest::keyClick(form->passwordEdit(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return shell.state() == AppController::State::SignedIn; }, 60000));
    REQUIRE(shell.deskIdentity().has_value());
    CHECK(shell.session()->deviceId == shell.deskIdentity()->deviceId);
    auto keyring = CaseStore::readKeyring(f.storeDirectory);
    REQUIRE(keyring.ok());
    CHECK(keyring->hasEscrow());
    CHECK(shell.takeServerTokens().has_value());
}

TEST_CASE("server accounts sign in for the first time and after a reset through the server",
          "[gui][shell][server]")
{
    ServerDesk f;
    f.enrolDesk();
    const QString leylaId = createAccount(f.db, "leyla", "counsellor");
    REQUIRE_FALSE(leylaId.isEmpty());
    AppController &shell = f.start();
    REQUIRE(shell.state() == AppController::State::SignIn);
    QSignalSpy sessions(&shell, &AppController::serverSessionStarted);

    // A counsellor new to this desk: "Another account", her user name and password.
    f.typeSignIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    CHECK(shell.isCheckingServer());
    CHECK(f.message() == QStringLiteral("Checking with the server…"));
    CHECK_FALSE(f.panel()->passwordEdit()->isEnabled());
    auto *progress = f.panel()->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    REQUIRE(progress);
    CHECK(progress->isVisible());
    REQUIRE(waitUntil([&] { return shell.state() == AppController::State::SignedIn; }, 60000));
    CHECK(shell.session()->accountId == leylaId);
    CHECK(shell.session()->role == Role::Counsellor);
    CHECK(sessions.count() == 1);
    auto tokens = shell.takeServerTokens();
    REQUIRE(tokens.has_value());
    CHECK(tokens->account.id == leylaId);
    shell.signOut();

    // From now on she is in the list and signs in on the desk alone.
    REQUIRE(waitUntil([&] { return f.panel() != nullptr; }));
    CHECK(f.panel()->accountList()->count() == 3);
    f.typeSignIn(leylaId, QString(), kLeylaPassword);
    CHECK(shell.state() == AppController::State::SignedIn);
    CHECK(sessions.count() == 1);
    shell.signOut();

    // An admin resets her password on the server: the new one works through the server...
    const CliResult reset =
        runCli(f.db, {"accounts", "reset-password", "leyla", "--password-stdin"},
               QByteArray(kLeylaNewPassword) + "\n");
    REQUIRE(reset.exitCode == 0);
    REQUIRE(waitUntil([&] { return f.panel() != nullptr; }));
    f.typeSignIn(leylaId, QString(), kLeylaNewPassword);
    CHECK(f.message() == QStringLiteral("Checking with the server…"));
    REQUIRE(waitUntil([&] { return shell.state() == AppController::State::SignedIn; }, 60000));
    CHECK(shell.session()->accountId == leylaId);
    CHECK(sessions.count() == 2);
    // ...the failed local try before it does not hold her up...
    CHECK(shell.throttleRemainingMs(leylaId) == 0);
    shell.signOut();

    // ...and the old one no longer opens the store, here or on the server.
    auto old = CaseStore::unlock(f.storeDirectory, leylaId, password(kLeylaPassword));
    REQUIRE_FALSE(old.ok());
    CHECK(old.error().code == StoreError::Code::WrongPassword);
    REQUIRE(waitUntil([&] { return f.panel() != nullptr; }));
    f.typeSignIn(leylaId, QString(), kLeylaPassword);
    REQUIRE(f.serverAnswered());
    CHECK(shell.state() == AppController::State::SignIn);
    CHECK(f.message() == QStringLiteral("The password is not correct."));
    CHECK(f.panel()->passwordEdit()->text().isEmpty());
    CHECK(f.panel()->passwordEdit()->isEnabled());
    f.typeSignIn(leylaId, QString(), kLeylaNewPassword);
    CHECK(shell.state() == AppController::State::SignedIn); // offline-able now: no server asked
    shell.signOut();

    // A name the server does not know: its refusals count like wrong passwords on the desk.
    REQUIRE(waitUntil([&] { return f.panel() != nullptr; }));
    for (int attempt = 1; attempt <= 4; ++attempt) {
        f.typeSignIn(QString(), QStringLiteral("nobody"), "some password or other");
        REQUIRE(f.serverAnswered());
        CHECK(f.message() == QStringLiteral("The user name or the password is not right (the "
                                            "helpline server checked them)."));
        // The name typed stays; only the password goes.
        CHECK(f.panel()->usernameEdit()->text() == QStringLiteral("nobody"));
    }
    CHECK(shell.usernameThrottleRemainingMs(QStringLiteral("nobody")) == 2000);
    CHECK(shell.usernameThrottleRemainingMs(QStringLiteral("leyla")) == 0);
    auto *wait = f.panel()->findChild<QLabel *>(QStringLiteral("waitLabel"));
    REQUIRE(wait);
    REQUIRE(waitUntil([&] { return wait->isVisible(); }));
    CHECK_FALSE(f.panel()->submitButton()->isEnabled());
    // The throttle file keeps no names.
    QFile throttle(f.storeDirectory + QStringLiteral("/signin-throttle.json"));
    REQUIRE(throttle.open(QIODevice::ReadOnly));
    CHECK_FALSE(throttle.readAll().contains("nobody"));
}

TEST_CASE("without the server a first sign-in says so in plain words", "[gui][shell][server]")
{
    ServerDesk f;
    f.enrolDesk();
    const QString leylaId = createAccount(f.db, "leyla", "counsellor");
    AppController &shell = f.start();
    f.server.stop();

    f.typeSignIn(QString(), QStringLiteral("leyla"), kLeylaPassword);
    CHECK(f.message() == QStringLiteral("Checking with the server…"));
    REQUIRE(f.serverAnswered());
    CHECK(shell.state() == AppController::State::SignIn);
    CHECK(f.message().startsWith(
        QStringLiteral("This account is not on this desk yet. Its first sign-in needs a "
                       "connection to the helpline server. The server is not answering")));
    CHECK(f.panel()->usernameEdit()->text() == QStringLiteral("leyla"));
    // No password was checked: nothing counts against her.
    CHECK(shell.usernameThrottleRemainingMs(QStringLiteral("leyla")) == 0);

    // A wrong password on the desk cannot be checked with the server either: it says both.
    f.typeSignIn(f.adminId, QString(), "not the admin's password");
    REQUIRE(f.serverAnswered());
    CHECK(f.message().startsWith(QStringLiteral("The password is not correct for this desk.")));
    CHECK(shell.state() == AppController::State::SignIn);
    // The desk's own password still works.
    f.typeSignIn(f.adminId, QString(), kAdminPassword);
    CHECK(shell.state() == AppController::State::SignedIn);
}

TEST_CASE("a desk without desk.json never offers a server sign-in", "[gui][shell][server]")
{
    QTemporaryDir dir;
    const QString directory = dir.filePath(QStringLiteral("store"));
    CaseStore::CreateOptions options;
    options.directory = directory;
    options.adminUsername = QStringLiteral("aysel");
    options.kdf = fastKdf();
    REQUIRE(CaseStore::create(options, password("correct horse")).ok());
    ManualClock clock;
    Settings settings(dir.filePath(QStringLiteral("workstation.ini")));
    AppController::Options shellOptions;
    shellOptions.storeDirectory = directory;
    shellOptions.storeDirectoryFixed = true;
    shellOptions.clock = &clock;
    shellOptions.kdf = fastKdf();
    AppController shell(settings, shellOptions);
    shell.start();
    CHECK_FALSE(shell.deskIdentity().has_value());
    auto *screen = qobject_cast<SignInScreen *>(shell.window().gateScreen());
    REQUIRE(screen);
    CHECK(screen->panel()->accountList()->count() == 1);
    auto wrong = shell.beginSignIn(QString(), QStringLiteral("leyla"), password("whatever it is"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message ==
          QStringLiteral("There is no account with this user name on this desk."));
    CHECK_FALSE(shell.isCheckingServer());
}

// Pictures for docs/screenshots: HELPLINE_SCREENSHOTS=DIR test_gui "[screenshots]".
TEST_CASE("screenshots of connecting a desk", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("HELPLINE_SCREENSHOTS");
    REQUIRE_FALSE(out.isEmpty());
    Theme::apply(QStringLiteral("light"));
    ServerDesk f;
    {
        AppController &shell = f.start(false);
        auto *screen = f.gate<FirstRunScreen>();
        REQUIRE(screen);
        screen->setWay(FirstRunScreen::Way::ConnectToServer);
        // As on a real desk, not a temporary folder.
        screen->directoryEdit()->setText(
            QStringLiteral("/home/desk3/.local/share/Helpline/helpline-workstation/store"));
        ConnectDeskForm *form = screen->connectForm();
        form->serverEdit()->setText(QStringLiteral("https://helpline.example.org:8443"));
        form->codeEdit()->setText(QStringLiteral("7KQ4-MNPX-29HD"));
        form->deskNameEdit()->setText(QStringLiteral("Baku desk 3"));
        form->usernameEdit()->setText(QStringLiteral("aysel.m"));
        form->passwordEdit()->setText(QStringLiteral("bizim həyətdə alça ağacı"));
        form->usernameEdit()->setFocus();
        QTest::qWait(200);
        REQUIRE(shell.window().grab().save(QDir(out).filePath("first-run-connect.png")));
        form->advancedButton()->click();
        QTest::qWait(200);
        REQUIRE(shell.window().grab().save(QDir(out).filePath("first-run-connect-advanced.png")));
        form->advancedButton()->click();
        // A refusal from the server, shown beside the form.
        screen->directoryEdit()->setText(f.storeDirectory);
        form->serverEdit()->setText(f.serverAddress());
        form->codeEdit()->setText(QStringLiteral("AAAA-BBBB-CCCC"));
        QTest::keyClick(form->codeEdit(), Qt::Key_Return);
        REQUIRE(waitUntil([&] { return !shell.isCreatingStore(); }, 60000));
        QTest::qWait(200);
        REQUIRE(shell.window().grab().save(QDir(out).filePath("first-run-connect-refused.png")));
    }
    f.shell.reset();
    f.enrolDesk();
    AppController &shell = f.start();
    // The server, paused, keeps the screen in its "checking" state long enough to be seen.
    const auto pid = f.server.process().processId();
    ::kill(pid_t(pid), SIGSTOP);
    f.typeSignIn(QString(), QStringLiteral("leyla.m"), kLeylaPassword);
    REQUIRE(shell.isCheckingServer());
    QTest::qWait(400);
    const bool saved = shell.window().grab().save(QDir(out).filePath("sign-in-server.png"));
    ::kill(pid_t(pid), SIGCONT);
    REQUIRE(saved);
    REQUIRE(f.serverAnswered());
    QTest::qWait(200);
    REQUIRE(shell.window().grab().save(QDir(out).filePath("sign-in-server-refused.png")));
}
