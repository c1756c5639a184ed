#include <catch2/catch.hpp>

#include "core/domain/codes.h"
#include "core/domain/role.h"
#include "core/store/keyring.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QLabel>
#include <QStatusBar>

#include "waituntil.h"

using namespace helpline;

TEST_CASE("the main window opens and says nobody is signed in", "[gui]")
{
    MainWindow window;
    window.show();
    REQUIRE(test::waitUntil([&] { return window.isVisible(); }));
    CHECK(window.windowTitle() == QStringLiteral("Helpline Workstation"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Not signed in"));
    CHECK(window.findChild<QLabel *>(QStringLiteral("welcomeLabel")) != nullptr);
    const QImage shot = window.grab().toImage();
    CHECK(shot.width() >= 800);
}

TEST_CASE("the workstation speaks Azerbaijani and Russian", "[gui][i18n]")
{
    REQUIRE(installTranslations(QLocale(QLocale::Azerbaijani, QLocale::Azerbaijan)));
    {
        MainWindow window;
        CHECK(window.statusBar()->currentMessage() != QStringLiteral("Not signed in"));
        CHECK_FALSE(window.statusBar()->currentMessage().isEmpty());
    }
    // Messages from core are looked up under the same context lupdate extracted them with.
    const QString missing =
        Keyring::load(QStringLiteral("/nonexistent/keyring.json")).error().message;
    CHECK_FALSE(missing.startsWith(QStringLiteral("There is no keyring file")));
    CHECK(missing.contains(QStringLiteral("/nonexistent/keyring.json")));
    CHECK(roleDisplayName(Role::Counsellor) == QStringLiteral("Məsləhətçi"));
    CHECK(codes::callTypes().displayName(QStringLiteral("silent")) != QStringLiteral("Silent"));
    REQUIRE(installTranslations(QLocale(QLocale::Russian, QLocale::Russia)));
    CHECK(roleDisplayName(Role::Counsellor) == QStringLiteral("Консультант"));
    {
        MainWindow window;
        CHECK(window.statusBar()->currentMessage() != QStringLiteral("Not signed in"));
    }
    REQUIRE(installTranslations(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    MainWindow window;
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Not signed in"));
    CHECK_FALSE(installTranslations(QLocale(QLocale::French)));
}
