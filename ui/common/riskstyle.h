#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace helpline {

// How a risk level looks wherever it is shown (intake, case list, case view): always the words
// from core (riskLevelDisplayName) beside the colour, never the colour alone. Colours are chosen
// for contrast on both the light and the dark palette.
struct RiskStyle {
    QString text; // translated: "Acute", "High", ... or "Not screened"
    QColor background;
    QColor foreground;
};

// `riskCode` is a core risk level code ("none" .. "acute"); empty or unknown = not screened.
RiskStyle riskStyle(const QString &riskCode, const QPalette &palette);

// A style sheet fragment ("background: ...; color: ...;") for a badge label.
QString riskBadgeStyleSheet(const RiskStyle &style);

} // namespace helpline
