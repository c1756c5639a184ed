#pragma once

#include <QProxyStyle>

namespace helpline {

// Fusion with large targets and clear focus: buttons, line edits, combo boxes and spin boxes are
// at least Theme::minTargetHeight high, and the widget with keyboard focus gets a 2 px ring in the
// palette's highlight colour (Fusion's own is a faint 1 px line).
class HelplineStyle : public QProxyStyle {
    Q_OBJECT
public:
    HelplineStyle();

    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
                    const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

private:
    void drawFocusRing(const QRect &rect, const QStyleOption *option, QPainter *painter,
                       qreal radius) const;
};

} // namespace helpline
