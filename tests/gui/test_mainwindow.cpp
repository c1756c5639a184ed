#include <catch2/catch.hpp>

#include "core/domain/codes.h"
#include "core/domain/role.h"
#include "core/store/keyring.h"
#include "ui/mainwindow.h"
#include "ui/shell/helplinestyle.h"
#include "ui/shell/shellicons.h"
#include "ui/shell/theme.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyleFactory>

#include <cmath>

#include "waituntil.h"

using namespace helpline;

TEST_CASE("the main window opens and says nobody is signed in", "[gui]")
{
    MainWindow window;
    window.show();
    REQUIRE(test::waitUntil([&] { return window.isVisible(); }));
    CHECK(window.windowTitle() == QStringLiteral("Helpline Workstation"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Not signed in"));
    auto *sync = window.findChild<QLabel *>(QStringLiteral("syncStateLabel"));
    REQUIRE(sync);
    CHECK(sync->text() == QStringLiteral("Not connected to a server"));
    // Nothing to lock, open or navigate before someone signs in.
    CHECK_FALSE(window.lockAction()->isEnabled());
    CHECK_FALSE(window.newIntakeAction()->isEnabled());
    CHECK_FALSE(window.pageAction(WorkArea::Page::Cases)->isEnabled());
    CHECK(window.quitAction()->isEnabled());
    const QImage shot = window.grab().toImage();
    CHECK(shot.width() >= 800);
}

TEST_CASE("the main window's actions carry their shortcuts", "[gui]")
{
    MainWindow window;
    CHECK(window.newIntakeAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(window.lockAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_L));
    CHECK(window.lockAction()->shortcutContext() == Qt::ApplicationShortcut);
    CHECK(window.quitAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Q));
    for (int i = 0; i < WorkArea::pageCount; ++i)
        CHECK(window.pageAction(WorkArea::Page(i))->shortcut() ==
              QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    CHECK(window.pageAction(WorkArea::Page::FollowUps)->text() == QStringLiteral("Follow-ups"));
    CHECK(window.menuBar()->actions().size() == 2);
    // Every action has an icon from the one set.
    CHECK_FALSE(window.lockAction()->icon().isNull());
    CHECK_FALSE(window.lockAction()->icon().pixmap(24, 24).isNull());
}

TEST_CASE("the theme gives large targets, a calm palette and fonts for every language",
          "[gui][theme]")
{
    const QPalette savedPalette = QApplication::palette();
    const QFont savedFont = QApplication::font();
    const QString savedStyle = QApplication::style()->name();

    qputenv("HELPLINE_THEME", "dark");
    Theme::apply(QStringLiteral("light"));
    CHECK(Theme::current() == ThemeMode::Dark);
    CHECK(QApplication::palette().color(QPalette::Window).lightness() <
          QApplication::palette().color(QPalette::WindowText).lightness());
    qunsetenv("HELPLINE_THEME");
    Theme::apply(QStringLiteral("light"));
    CHECK(Theme::current() == ThemeMode::Light);
    CHECK(qobject_cast<HelplineStyle *>(QApplication::style()) != nullptr);
    CHECK(QApplication::font().pointSizeF() == Theme::baseFontPt);
    const QFontInfo info(QApplication::font());
    CHECK(info.family() == QStringLiteral("DejaVu Sans"));
    const QFontMetrics metrics(QApplication::font());
    for (const QChar c : QStringLiteral("əğıİşçöüЖЯ"))
        CHECK(metrics.inFont(c));

    QPushButton button(QStringLiteral("OK"));
    QLineEdit edit;
    CHECK(button.sizeHint().height() >= Theme::minTargetHeight);
    CHECK(edit.sizeHint().height() >= Theme::minTargetHeight);

    // Both palettes keep text readable (contrast at least 7:1 for body text).
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    for (ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark}) {
        const QPalette p = Theme::palette(mode);
        CHECK(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
        CHECK(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
        CHECK(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        CHECK(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
    }

    QApplication::setStyle(QStyleFactory::create(savedStyle));
    QApplication::setPalette(savedPalette);
    QApplication::setFont(savedFont);
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
    CHECK(interfaceLocale(QStringLiteral("az")).language() == QLocale::Azerbaijani);
    CHECK(interfaceLocale(QStringLiteral("ru")).language() == QLocale::Russian);
    CHECK(interfaceLocale(QStringLiteral("xx")).language() == QLocale::English);
}
