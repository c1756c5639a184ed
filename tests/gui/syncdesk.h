#pragma once

// A helpline server (the real binary on 127.0.0.1, office "baku", admin "admin", counsellor
// "leyla") with a connected desk whose workstation runs with sync (SyncDesk), and a second desk
// driven through core (OtherDesk). Used by the GUI sync and review tests.
#include <catch2/catch.hpp>

#include "serverharness.h"
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
#include "ui/mainwindow.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/credentialspanel.h"
#include "ui/shell/signinscreen.h"
#include "ui/sync/desksync.h"
#include "ui/sync/syncstatuswidget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QToolButton>

namespace helpline::test {

inline constexpr char kLeylaPassword[] = "a good long password"; // createAccount's default

inline QString issueCode(const TestDatabase &db, const QString &name)
{
    const CliResult issued =
        runCli(db, {"devices", "issue-code", "--office", "baku", "--name", name});
    return QJsonDocument::fromJson(issued.out).object().value("code").toString();
}

inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus(Qt::OtherFocusReason);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

inline int countRows(CaseStore &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

inline QStringList columnOf(CaseStore &store, const QString &sql)
{
    QStringList out;
    QSqlQuery q(store.database());
    if (!q.exec(sql))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

inline ContactSave counsellingContact(const QDateTime &at, const QString &summary)
{
    ContactSave save;
    save.contact.channel = QStringLiteral("phone");
    save.contact.callType = QStringLiteral("child_about_self");
    save.contact.startedAt = at.addSecs(-900);
    save.contact.durationSeconds = 600;
    save.contact.categories = {QStringLiteral("violence.bullying")};
    save.contact.summary = summary;
    save.contact.riskLevel = QStringLiteral("low");
    return save;
}

// A helpline server (office "baku", admin "admin", counsellor "leyla") and a connected desk
// whose workstation runs with sync.
struct SyncDesk {
    SyncDesk()
    {
        REQUIRE(initServer(db).exitCode == 0);
        REQUIRE(server.start(db));
        leylaId = createAccount(db, "leyla", "counsellor");
        REQUIRE_FALSE(leylaId.isEmpty());
    }

    ~SyncDesk() { shell.reset(); }

    // Enrols the folder with the admin's account through core, as a desk set up earlier; gives
    // the admin's open store.
    std::unique_ptr<CaseStore> enrolDesk()
    {
        QNetworkAccessManager network;
        DeskSetup setup(network, &clock);
        DeskIdentity desk;
        desk.server = server.url(QString());
        desk.deviceName = QStringLiteral("Baku desk 3");
        std::optional<DeskSetupResult> result;
        setup.enrol(storeDirectory, desk, issueCode(db, desk.deviceName), QStringLiteral("admin"),
                    password(kAdminPassword), fastKdf(),
                    [&](DeskSetupResult r) { result = std::move(r); });
        REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
        INFO(result->error.toStdString());
        REQUIRE(result->ok());
        adminId = result->store->session().accountId;
        return std::move(result->store);
    }

    AppController &start()
    {
        AppController::Options options;
        options.storeDirectory = storeDirectory;
        options.storeDirectoryFixed = true;
        options.clock = &clock;
        options.kdf = fastKdf();
        shell = std::make_unique<AppController>(settings, options);
        shell->start();
        shell->window().resize(1280, 800);
        shell->window().show();
        shell->window().activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&shell->window()));
        return *shell;
    }

    CredentialsPanel *panel() const
    {
        auto *screen = qobject_cast<SignInScreen *>(shell->window().gateScreen());
        return screen ? screen->panel() : nullptr;
    }

    // Signs in from the sign-in screen: an account of the list, or (accountId empty) a server
    // account new to this desk, by its user name.
    void signIn(const QString &accountId, const QString &username, const char *typed)
    {
        REQUIRE(waitUntil([&] { return panel() != nullptr; }));
        CredentialsPanel *p = panel();
        if (accountId.isEmpty()) {
            p->selectAnotherAccount();
            typeInto(p->usernameEdit(), username);
        } else {
            p->selectAccount(accountId);
        }
        typeInto(p->passwordEdit(), QString::fromUtf8(typed));
        QTest::keyClick(p->passwordEdit(), Qt::Key_Return);
        REQUIRE(waitUntil([&] { return shell->state() == AppController::State::SignedIn; }, 60000));
        shell->window().activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&shell->window()));
    }

    DeskSync &sync() const
    {
        DeskSync *s = shell->deskSync();
        REQUIRE(s);
        return *s;
    }

    // Waits until no run goes and none is being asked for (a run triggered during one follows
    // it at once).
    bool settled() const
    {
        return waitUntil(
            [&] {
                DeskSync *s = shell->deskSync();
                return s && !s->status().running;
            },
            60000);
    }

    // One "Sync now" from the status bar's button; true when that run (and any it queued)
    // ended.
    bool syncNowFromButton()
    {
        QSignalSpy finished(&sync(), &DeskSync::runFinished);
        QToolButton *button = window().syncStatus()->syncNowButton();
        if (!button->isVisible() || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return waitUntil([&] { return finished.count() > 0; }, 60000) && settled();
    }

    MainWindow &window() const { return shell->window(); }
    QLabel *statusLabel() const { return window().syncStatus()->label(); }
    QString statusText() const { return statusLabel()->text(); }

    // The case records the server holds for `username` (its cases stream, as that account
    // pulls it).
    QStringList serverRecordIds(const QString &username, const char *userPassword,
                                const QString &type)
    {
        const DeskIdentity desk = *shell->deskIdentity();
        Desk d;
        d.deviceId = desk.deviceId;
        d.deviceSecret = desk.deviceSecret;
        const helpline::test::Session session =
            helpline::test::signIn(server, d, username, QString::fromUtf8(userPassword));
        if (session.access.isEmpty())
            return {QStringLiteral("(sign-in failed)")};
        const Reply reply =
            getJson(server, QStringLiteral("/v1/sync/pull?stream=cases&cursor=0&limit=500"),
                    session.access);
        QStringList ids;
        const QJsonArray items = reply.json.value(QStringLiteral("items")).toArray();
        for (const QJsonValue &item : items)
            if (item.toObject().value(QStringLiteral("type")).toString() == type)
                ids << item.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    TestDatabase db{TestDatabase::Kind::Embedded};
    ServerProcess server;
    QTemporaryDir dir;
    QString storeDirectory = dir.filePath(QStringLiteral("store"));
    // Nothing runs by the timer while this clock stands still: every run in these tests is one
    // a test asked for.
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(14, 2), Qt::LocalTime).toUTC()};
    Settings settings{dir.filePath(QStringLiteral("workstation.ini"))};
    QString adminId;
    QString leylaId;
    std::unique_ptr<AppController> shell;
};

// A second desk of the same counsellor, driven through core: its own store, session and engine.
struct OtherDesk {
    void enrol(const TestDatabase &db, const ServerProcess &server, const QString &username)
    {
        DeskIdentity desk;
        desk.server = server.url(QString());
        desk.deviceName = QStringLiteral("Baku desk 7");
        DeskSetup setup(network, &clock);
        std::optional<DeskSetupResult> result;
        setup.enrol(dir.path(), desk, issueCode(db, desk.deviceName), username,
                    password(kLeylaPassword), fastKdf(),
                    [&](DeskSetupResult r) { result = std::move(r); });
        REQUIRE(waitUntil([&] { return result.has_value(); }, 60000));
        INFO(result->error.toStdString());
        REQUIRE(result->ok());
        store = std::move(result->store);
        identity = *result->desk;
        client = std::make_unique<SyncClient>(network, identity.clientOptions());
        session = std::make_unique<ServerSession>(
            *client, clock, ServerSession::Device{identity.deviceId, identity.deviceSecret});
        session->resume(result->tokens->refreshToken);
        SyncEngine::Config config;
        config.deviceId = identity.deviceId;
        config.streams = DeskSync::streamsFor(Role::Counsellor);
        config.useTimer = false;
        engine = std::make_unique<SyncEngine>(*store, *client, *session, clock, config);
    }

    QString saveCase(const QString &summary)
    {
        auto saved = ContactRepository(*store).save(counsellingContact(clock.nowUtc(), summary));
        REQUIRE(saved.ok());
        return saved->caseId;
    }

    void sync()
    {
        engine->syncNow();
        REQUIRE(waitUntil([&] { return !engine->isRunning(); }, 60000));
        const SyncStatus status = engine->status();
        INFO((status.lastError ? status.lastError->message.toStdString() : std::string()));
        REQUIRE_FALSE(status.lastError.has_value());
        REQUIRE(status.waiting == 0);
    }

    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 11, 28), QTime(13, 30), Qt::UTC)};
    QNetworkAccessManager network;
    std::unique_ptr<CaseStore> store;
    DeskIdentity identity;
    std::unique_ptr<SyncClient> client;
    std::unique_ptr<ServerSession> session;
    std::unique_ptr<SyncEngine> engine;
};

} // namespace helpline::test
