#include "ui/cases/searchresultdelegate.h"

#include "ui/common/riskstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace helpline {

namespace {
constexpr int kPadX = 10;
constexpr int kPadY = 6;
constexpr int kGap = 2;
constexpr int kBadgePadX = 8;
} // namespace

SearchResultDelegate::SearchResultDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
{
}

QString SearchResultDelegate::foundIn(const QString &recordType)
{
    if (recordType == QLatin1String("note"))
        return tr("In a note:");
    if (recordType == QLatin1String("person"))
        return tr("In a name:");
    return tr("In a contact:");
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).height() + kGap + QFontMetrics(option.font).height() + 2 * kPadY;
    return {200, height};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(opt.font);
    const QRect inner = opt.rect.adjusted(kPadX, kPadY, -kPadX, -kPadY);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // Risk badge on the right of the first line.
    const RiskStyle risk = riskStyle(index.data(m_roles.riskCode).toString(), opt.palette);
    const int badgeWidth = metrics.horizontalAdvance(risk.text) + 2 * kBadgePadX;
    const QRect badge(inner.right() - badgeWidth, inner.top(), badgeWidth, boldMetrics.height());
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), 4, 4);
    painter->fillPath(path, risk.background);
    painter->setPen(risk.foreground);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, risk.text);

    painter->setPen(text);
    painter->setFont(bold);
    const QRect titleRect(inner.left(), inner.top(), inner.width() - badgeWidth - 8,
                          boldMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    painter->setFont(opt.font);
    const QString where = foundIn(index.data(m_roles.recordType).toString());
    const QString snippet = index.data(m_roles.snippet).toString().simplified();
    const QRect snippetRect(inner.left(), titleRect.bottom() + 1 + kGap, inner.width(),
                            metrics.height());
    const int whereWidth = metrics.horizontalAdvance(where + QLatin1Char(' '));
    QColor quiet = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);
    painter->setPen(quiet);
    painter->drawText(snippetRect, Qt::AlignLeft | Qt::AlignVCenter, where);
    painter->setPen(text);
    painter->drawText(
        snippetRect.adjusted(whereWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(snippet, Qt::ElideRight, snippetRect.width() - whereWidth));
    painter->restore();
}

} // namespace helpline
