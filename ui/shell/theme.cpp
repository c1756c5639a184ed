#include "ui/shell/theme.h"

#include "ui/shell/helplinestyle.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStyleHints>
#include <QWidget>

namespace helpline {

Q_LOGGING_CATEGORY(lcTheme, "helpline.ui.theme")

namespace {

ThemeMode g_current = ThemeMode::Light;
QString g_preference = QStringLiteral("system");
bool g_systemPaletteKnown = false;
bool g_systemPaletteDark = false;

void setColor(QPalette &p, QPalette::ColorRole role, const char *active, const char *disabled)
{
    p.setColor(QPalette::Active, role, QColor::fromString(QLatin1String(active)));
    p.setColor(QPalette::Inactive, role, QColor::fromString(QLatin1String(active)));
    p.setColor(QPalette::Disabled, role, QColor::fromString(QLatin1String(disabled)));
}

void setColor(QPalette &p, QPalette::ColorRole role, const char *color)
{
    setColor(p, role, color, color);
}

} // namespace

QPalette Theme::palette(ThemeMode mode)
{
    QPalette p;
    if (mode == ThemeMode::Light) {
        // Soft grey surfaces, white fields, near-black text (contrast 14:1), one calm blue.
        setColor(p, QPalette::Window, "#f3f4f6");
        setColor(p, QPalette::WindowText, "#1f2933", "#8a929e");
        setColor(p, QPalette::Base, "#ffffff", "#f3f4f6");
        setColor(p, QPalette::AlternateBase, "#f7f8fa");
        setColor(p, QPalette::Text, "#1f2933", "#8a929e");
        setColor(p, QPalette::PlaceholderText, "#5f6b7a", "#9aa1ac");
        setColor(p, QPalette::Button, "#e8ebef", "#eef0f2");
        setColor(p, QPalette::ButtonText, "#1f2933", "#8a929e");
        setColor(p, QPalette::BrightText, "#ffffff");
        setColor(p, QPalette::Highlight, "#2b67a8", "#c5cbd3");
        setColor(p, QPalette::HighlightedText, "#ffffff", "#5f6b7a");
        setColor(p, QPalette::Link, "#1f5c9e");
        setColor(p, QPalette::LinkVisited, "#5b3f9e");
        setColor(p, QPalette::ToolTipBase, "#1f2933");
        setColor(p, QPalette::ToolTipText, "#f3f4f6");
        setColor(p, QPalette::Light, "#ffffff");
        setColor(p, QPalette::Midlight, "#e2e5ea");
        setColor(p, QPalette::Mid, "#c4c9d1");
        setColor(p, QPalette::Dark, "#8c94a0");
        setColor(p, QPalette::Shadow, "#5a6270");
    } else {
        // Dim, not black: long shifts in dark rooms. Fields and lists are a step lighter than
        // the window (Fusion outlines them with a darker window colour), text at 12:1.
        setColor(p, QPalette::Window, "#1c1f24");
        setColor(p, QPalette::WindowText, "#e3e6ea", "#6f7782");
        setColor(p, QPalette::Base, "#262a31", "#1f2328");
        setColor(p, QPalette::AlternateBase, "#2b3038");
        setColor(p, QPalette::Text, "#e3e6ea", "#6f7782");
        setColor(p, QPalette::PlaceholderText, "#9aa3ae", "#5d6570");
        setColor(p, QPalette::Button, "#30353d", "#262a30");
        setColor(p, QPalette::ButtonText, "#e3e6ea", "#6f7782");
        setColor(p, QPalette::BrightText, "#ffffff");
        setColor(p, QPalette::Highlight, "#3b78c2", "#3a4048");
        setColor(p, QPalette::HighlightedText, "#ffffff", "#9aa3ae");
        setColor(p, QPalette::Link, "#80b4f0");
        setColor(p, QPalette::LinkVisited, "#b9a2ef");
        setColor(p, QPalette::ToolTipBase, "#e3e6ea");
        setColor(p, QPalette::ToolTipText, "#1c1f24");
        setColor(p, QPalette::Light, "#40474f");
        setColor(p, QPalette::Midlight, "#353b43");
        setColor(p, QPalette::Mid, "#4d5560");
        setColor(p, QPalette::Dark, "#101215");
        setColor(p, QPalette::Shadow, "#000000");
    }
    return p;
}

QFont Theme::baseFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"),
                      QStringLiteral("Liberation Sans")});
    font.setPointSizeF(baseFontPt);
    font.setStyleHint(QFont::SansSerif);
    return font;
}

bool Theme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Before Qt 6.5: the platform theme's own palette (GTK and KDE follow the desktop's dark
    // mode) tells it, read once before our palette replaces it.
    if (!g_systemPaletteKnown) {
        const QPalette system = QGuiApplication::palette();
        g_systemPaletteDark = system.color(QPalette::Window).lightness() <
                              system.color(QPalette::WindowText).lightness();
        g_systemPaletteKnown = true;
    }
    return g_systemPaletteDark;
}

ThemeMode Theme::resolve(const QString &preference)
{
    const QString forced = qEnvironmentVariable("HELPLINE_THEME").trimmed().toLower();
    const QString choice = forced.isEmpty() ? preference : forced;
    if (choice == QLatin1String("dark"))
        return ThemeMode::Dark;
    if (choice == QLatin1String("light"))
        return ThemeMode::Light;
    return systemPrefersDark() ? ThemeMode::Dark : ThemeMode::Light;
}

void Theme::apply(const QString &preference)
{
    (void)systemPrefersDark(); // remember the platform palette before replacing it
    g_preference = preference;
    g_current = resolve(preference);
    if (!qobject_cast<HelplineStyle *>(QApplication::style()))
        QApplication::setStyle(new HelplineStyle);
    QApplication::setPalette(palette(g_current));
    QApplication::setFont(baseFont());
    qCInfo(lcTheme) << "theme" << (g_current == ThemeMode::Dark ? "dark" : "light");
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    static bool following = false;
    if (!following) {
        following = true;
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp,
                         [] { Theme::apply(g_preference); });
    }
#endif
}

ThemeMode Theme::current()
{
    return g_current;
}

void Theme::setHeading(QWidget *widget, int level)
{
    QFont font = widget->font();
    font.setPointSizeF(level <= 1 ? heading1Pt : heading2Pt);
    font.setWeight(QFont::DemiBold);
    widget->setFont(font);
    widget->setProperty("heading", level);
}

void Theme::setSecondary(QWidget *widget)
{
    QFont font = widget->font();
    font.setPointSizeF(smallFontPt + 0.5);
    widget->setFont(font);
    widget->setForegroundRole(QPalette::PlaceholderText);
}

} // namespace helpline
