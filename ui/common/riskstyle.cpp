#include "ui/common/riskstyle.h"

#include "core/domain/screening.h"

#include <QCoreApplication>

namespace helpline {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

RiskStyle riskStyle(const QString &riskCode, const QPalette &palette)
{
    const bool dark = isDark(palette);
    const auto level = riskLevelFromCode(riskCode);
    if (!level) {
        return {QCoreApplication::translate("helpline::RiskStyle", "Not screened"),
                palette.color(QPalette::AlternateBase), palette.color(QPalette::WindowText)};
    }
    const QString text = riskLevelDisplayName(*level);
    switch (*level) {
    case RiskLevel::Acute:
        return {text, QColor(dark ? "#ff6b6b" : "#b3261e"), QColor(dark ? "#1b0000" : "#ffffff")};
    case RiskLevel::High:
        return {text, QColor(dark ? "#ffab70" : "#c2410c"), QColor(dark ? "#1f0d00" : "#ffffff")};
    case RiskLevel::Moderate:
        return {text, QColor(dark ? "#f5d36b" : "#f2c94c"), QColor("#2b2200")};
    case RiskLevel::Low:
        return {text, QColor(dark ? "#8fd19e" : "#d3f0da"), QColor(dark ? "#0b2912" : "#14532d")};
    case RiskLevel::None:
        break;
    }
    return {text, palette.color(QPalette::AlternateBase), palette.color(QPalette::WindowText)};
}

QString riskBadgeStyleSheet(const RiskStyle &style)
{
    return QStringLiteral("background-color: %1; color: %2; border-radius: 4px; padding: 2px 8px;")
        .arg(style.background.name(), style.foreground.name());
}

} // namespace helpline
