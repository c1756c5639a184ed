#include "ui/followups/overduedelegate.h"

#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace helpline {

namespace {
constexpr int kPadX = 8;
constexpr int kMargin = 4;

RiskStyle overdueStyle(const QPalette &palette)
{
    // Overdue work is shown like a high risk: the same calm but clear colour, with words.
    RiskStyle style = riskStyle(QStringLiteral("high"), palette);
    style.text = OverdueDelegate::overdueText();
    return style;
}
} // namespace

OverdueDelegate::OverdueDelegate(int overdueRole, int dueRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_overdueRole(overdueRole)
    , m_dueRole(dueRole)
{
}

QString OverdueDelegate::overdueText()
{
    return tr("Overdue");
}

void OverdueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (!index.data(m_overdueRole).toBool()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *qstyle = opt.widget ? opt.widget->style() : QApplication::style();
    qstyle->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const RiskStyle style = overdueStyle(opt.palette);
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int badgeWidth = metrics.horizontalAdvance(style.text) + 2 * kPadX;
    const int height = metrics.height() + 4;
    const QRect badge(opt.rect.left() + kMargin, opt.rect.center().y() - height / 2 + 1, badgeWidth,
                      height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), 4, 4);
    painter->fillPath(path, style.background);
    painter->setFont(font);
    painter->setPen(style.foreground);
    painter->drawText(badge, Qt::AlignCenter, style.text);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(badge.right() + 8, opt.rect.top(), opt.rect.right() - badge.right() - 8,
                         opt.rect.height());
    const QString due = formatDateTime(index.data(m_dueRole).toDateTime());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(due, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize OverdueDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_overdueRole).toBool()) {
        QFont font = option.font;
        font.setBold(true);
        const QFontMetrics metrics(font);
        size.setWidth(
            metrics.horizontalAdvance(overdueText()) + 2 * kPadX + 2 * kMargin + 8 +
            metrics.horizontalAdvance(formatDateTime(index.data(m_dueRole).toDateTime())));
    }
    return size;
}

} // namespace helpline
