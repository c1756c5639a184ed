#include "ui/directory/directoryentrydelegate.h"

#include "ui/directory/directorylistmodel.h"

#include <QApplication>
#include <QPainter>

namespace helpline {

namespace {
constexpr int kMargin = 8;
}

void DirectoryEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor secondary = text;
    if (!selected)
        secondary = opt.palette.color(group, QPalette::PlaceholderText);

    QRect area = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);

    QString marker;
    if (index.data(DirectoryListModel::StaleRole).toBool())
        marker = DirectoryListModel::tr("not verified");
    const int markerWidth = marker.isEmpty() ? 0 : metrics.horizontalAdvance(marker) + kMargin;

    painter->save();
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(
        QRect(area.left(), area.top(), area.width() - markerWidth, boldMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(name, Qt::ElideRight, area.width() - markerWidth));
    if (!marker.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(selected ? text : QColor(0xa3, 0x4a, 0x00));
        painter->drawText(QRect(area.right() - markerWidth + kMargin, area.top(), markerWidth,
                                boldMetrics.height()),
                          Qt::AlignRight | Qt::AlignVCenter, marker);
    }
    painter->setFont(opt.font);
    painter->setPen(secondary);
    const QString second = index.data(DirectoryListModel::ServicesRole).toString() +
                           QStringLiteral(" · ") +
                           index.data(DirectoryListModel::AreaRole).toString();
    painter->drawText(
        QRect(area.left(), area.top() + boldMetrics.height() + 2, area.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(second, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize DirectoryEntryDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    Q_UNUSED(index);
    QFont bold = option.font;
    bold.setBold(true);
    return {200, QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2 + kMargin};
}

} // namespace helpline
