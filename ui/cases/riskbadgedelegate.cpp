#include "ui/cases/riskbadgedelegate.h"

#include "ui/common/riskstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace helpline {

namespace {
constexpr int kPadX = 8;
constexpr int kPadY = 2;
constexpr int kMargin = 4;
} // namespace

RiskBadgeDelegate::RiskBadgeDelegate(int riskCodeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_riskCodeRole(riskCodeRole)
{
}

void RiskBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString code = index.data(m_riskCodeRole).toString();
    const RiskStyle style = riskStyle(code, opt.palette);
    // The cell's own background (selection, focus), without its text.
    opt.text.clear();
    opt.backgroundBrush = Qt::NoBrush;
    QStyle *qstyle = opt.widget ? opt.widget->style() : QApplication::style();
    qstyle->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QFontMetrics metrics(opt.font);
    const int textWidth = metrics.horizontalAdvance(style.text);
    const int height = metrics.height() + 2 * kPadY;
    QRect badge(opt.rect.left() + kMargin, opt.rect.center().y() - height / 2 + 1,
                qMin(textWidth + 2 * kPadX + 2, opt.rect.width() - 2 * kMargin), height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), 4, 4);
    painter->fillPath(path, style.background);
    painter->setPen(style.foreground);
    painter->setFont(opt.font);
    painter->drawText(
        badge.adjusted(kPadX, 0, -kPadX, 0), Qt::AlignVCenter | Qt::AlignLeft,
        metrics.elidedText(style.text, Qt::ElideRight, badge.width() - 2 * kPadX + 2));
    painter->restore();
}

QSize RiskBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const RiskStyle style = riskStyle(index.data(m_riskCodeRole).toString(), option.palette);
    const QFontMetrics metrics(option.font);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {qMax(base.width(), metrics.horizontalAdvance(style.text) + 2 * (kPadX + kMargin)),
            qMax(base.height(), metrics.height() + 2 * kPadY + 6)};
}

} // namespace helpline
