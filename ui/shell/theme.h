#pragma once

#include <QFont>
#include <QPalette>
#include <QString>

class QWidget;

namespace helpline {

enum class ThemeMode { Light, Dark };

// The workstation's look, made for eight-hour shifts: Fusion with a calm light or dark palette
// that follows the system, DejaVu Sans (it renders ə ğ ı İ ş and Cyrillic) on one type scale,
// large targets (inputs and buttons at least 32 px high) and focus rings that are easy to see
// (HelplineStyle). Screens use the palette's roles and the helpers here, never colours of their
// own (risk colours come from ui/common/riskstyle.h).
class Theme {
public:
    // Type scale, in points.
    static constexpr qreal baseFontPt = 11.0;
    static constexpr qreal smallFontPt = 9.5;
    static constexpr qreal heading2Pt = 14.0;
    static constexpr qreal heading1Pt = 18.0;
    // Spacing scale, in device-independent pixels.
    static constexpr int spaceS = 4;
    static constexpr int spaceM = 8;
    static constexpr int spaceL = 16;
    static constexpr int spaceXL = 24;
    static constexpr int minTargetHeight = 32;

    // `preference` is the Theme setting: "system", "light" or "dark". The environment variable
    // HELPLINE_THEME (light or dark) overrides it (demos, screenshots).
    static ThemeMode resolve(const QString &preference);
    // Sets the style, palette and font of the application. Call once after QApplication exists;
    // again when the preference changes.
    static void apply(const QString &preference = QStringLiteral("system"));
    static ThemeMode current();

    static QPalette palette(ThemeMode mode);
    static QFont baseFont();

    // Marks a label as a heading of level 1 (screen title) or 2 (section title).
    static void setHeading(QWidget *widget, int level);
    // Secondary text (hints, notes): smaller and in the placeholder colour of the palette.
    static void setSecondary(QWidget *widget);

private:
    static bool systemPrefersDark();
};

} // namespace helpline
