#include "ui/shell/helplinestyle.h"

#include "ui/shell/theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

namespace helpline {

HelplineStyle::HelplineStyle()
    : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
{
    setObjectName(QStringLiteral("helpline"));
}

int HelplineStyle::pixelMetric(PixelMetric metric, const QStyleOption *option,
                               const QWidget *widget) const
{
    switch (metric) {
    case PM_LayoutLeftMargin:
    case PM_LayoutTopMargin:
    case PM_LayoutRightMargin:
    case PM_LayoutBottomMargin:
        return Theme::spaceL - 4;
    case PM_LayoutHorizontalSpacing:
    case PM_LayoutVerticalSpacing:
        return Theme::spaceM;
    case PM_SmallIconSize:
    case PM_ButtonIconSize:
        return 18;
    case PM_ListViewIconSize:
        return 20;
    case PM_ToolBarIconSize:
        return 22;
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return 18;
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

QSize HelplineStyle::sizeFromContents(ContentsType type, const QStyleOption *option,
                                      const QSize &size, const QWidget *widget) const
{
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    switch (type) {
    case CT_PushButton:
        result.setWidth(std::max(result.width(), 88));
        result.setHeight(std::max(result.height(), Theme::minTargetHeight));
        break;
    case CT_LineEdit:
    case CT_ComboBox:
    case CT_SpinBox:
        result.setHeight(std::max(result.height(), Theme::minTargetHeight));
        break;
    case CT_ItemViewItem:
        result.setHeight(std::max(result.height(), 28));
        break;
    default:
        break;
    }
    return result;
}

int HelplineStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                             QStyleHintReturn *returnData) const
{
    // Underlined mnemonics always visible: keyboard-first work.
    if (hint == SH_UnderlineShortcut)
        return 1;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void HelplineStyle::drawFocusRing(const QRect &rect, const QStyleOption *option, QPainter *painter,
                                  qreal radius) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), 2.0);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius);
    painter->restore();
}

void HelplineStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                  QPainter *painter, const QWidget *widget) const
{
    switch (element) {
    case PE_FrameFocusRect:
        // Check boxes, radio buttons and the current item of a focused list or table.
        drawFocusRing(option->rect, option, painter, 3.0);
        return;
    case PE_FrameLineEdit:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if ((option->state & State_HasFocus) && (option->state & State_Enabled))
            drawFocusRing(option->rect, option, painter, 3.0);
        return;
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
}

void HelplineStyle::drawControl(ControlElement element, const QStyleOption *option,
                                QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton && (option->state & State_HasFocus) &&
        (option->state & State_Enabled))
        drawFocusRing(option->rect, option, painter, 3.0);
}

void HelplineStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                       QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_SpinBox) && (option->state & State_HasFocus) &&
        (option->state & State_Enabled))
        drawFocusRing(option->rect, option, painter, 3.0);
}

} // namespace helpline
