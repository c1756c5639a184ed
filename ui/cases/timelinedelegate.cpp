#include "ui/cases/timelinedelegate.h"

#include "core/domain/casetimeline.h"
#include "ui/common/dateformat.h"
#include "ui/common/riskstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>
#include <memory>

namespace helpline {

namespace {

constexpr int kOuterX = 8;
constexpr int kOuterY = 5;
constexpr int kPadX = 14;
constexpr int kPadY = 10;
constexpr int kAccent = 4;
constexpr int kGap = 4;
constexpr int kBadgePadX = 8;
// A card shows at most this much of a very long text; the rest is one click away in the record.
constexpr int kMaxBodyChars = 20000;

// Lays `text` out in lines of `width`, breaking at words (or anywhere in a very long word).
qreal layoutText(QTextLayout &layout, const QString &text, const QFont &font, int width)
{
    QString shown = text.left(kMaxBodyChars);
    if (text.size() > kMaxBodyChars)
        shown += QChar(0x2026);
    shown.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(shown);
    layout.setFont(font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    qreal height = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(qMax(20, width));
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

} // namespace

struct TimelineDelegate::Layout {
    QFont metaFont;
    QFont titleFont;
    QFont bodyFont;
    QString meta;
    QString riskCode;
    bool hasRisk = false;
    int badgeWidth = 0;
    int metaHeight = 0;
    std::unique_ptr<QTextLayout> title = std::make_unique<QTextLayout>();
    std::unique_ptr<QTextLayout> body = std::make_unique<QTextLayout>();
    qreal titleHeight = 0;
    qreal bodyHeight = 0;
    int height = 0;
};

TimelineDelegate::TimelineDelegate(Roles roles, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_roles(roles)
{
}

QString TimelineDelegate::kindLabel(int kind, bool correction)
{
    switch (static_cast<TimelineEntry::Kind>(kind)) {
    case TimelineEntry::Kind::Contact:
        return tr("Contact");
    case TimelineEntry::Kind::Note:
        return correction ? tr("Correction") : tr("Note");
    case TimelineEntry::Kind::Referral:
        return tr("Referral");
    case TimelineEntry::Kind::FollowUp:
        return tr("Follow-up");
    case TimelineEntry::Kind::StatusChange:
        return tr("Status change");
    case TimelineEntry::Kind::Assignment:
        return tr("Assignment");
    case TimelineEntry::Kind::Conflict:
        return tr("Conflict");
    case TimelineEntry::Kind::Review:
        return tr("Review");
    case TimelineEntry::Kind::Access:
        return tr("Access");
    }
    return {};
}

QString TimelineDelegate::cardText(const QModelIndex &index) const
{
    const bool correction = m_roles.isCorrection >= 0 && index.data(m_roles.isCorrection).toBool();
    QStringList parts;
    parts << kindLabel(index.data(m_roles.kind).toInt(), correction);
    parts << formatDateTime(index.data(m_roles.at).toDateTime());
    const QString author = index.data(m_roles.author).toString();
    if (!author.isEmpty())
        parts << author;
    parts << index.data(m_roles.title).toString();
    const QString body = index.data(m_roles.body).toString();
    if (!body.isEmpty())
        parts << body;
    return parts.join(QStringLiteral(" · "));
}

int TimelineDelegate::cardWidth(const QStyleOptionViewItem &option) const
{
    int width = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        width = view->viewport()->width();
    return qMax(200, width);
}

TimelineDelegate::Layout TimelineDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                     const QModelIndex &index, int width) const
{
    Layout l;
    l.bodyFont = option.font;
    l.metaFont = option.font;
    l.metaFont.setPointSizeF(option.font.pointSizeF() > 0 ? option.font.pointSizeF() * 0.9
                                                          : option.font.pointSizeF());
    l.titleFont = option.font;
    l.titleFont.setBold(true);

    const int kind = index.data(m_roles.kind).toInt();
    const bool correction = m_roles.isCorrection >= 0 && index.data(m_roles.isCorrection).toBool();
    QStringList meta{kindLabel(kind, correction),
                     formatDateTime(index.data(m_roles.at).toDateTime())};
    const QString author = index.data(m_roles.author).toString();
    if (!author.isEmpty())
        meta << author;
    l.meta = meta.join(QStringLiteral("  ·  "));

    const QFontMetrics metaMetrics(l.metaFont);
    l.metaHeight = metaMetrics.height();
    if (static_cast<TimelineEntry::Kind>(kind) == TimelineEntry::Kind::Contact &&
        m_roles.riskCode >= 0) {
        l.hasRisk = true;
        l.riskCode = index.data(m_roles.riskCode).toString();
        const RiskStyle style = riskStyle(l.riskCode, option.palette);
        l.badgeWidth = metaMetrics.horizontalAdvance(style.text) + 2 * kBadgePadX;
        l.metaHeight += 4;
    }

    const int textWidth = width - 2 * kOuterX - 2 * kPadX - kAccent;
    l.titleHeight =
        layoutText(*l.title, index.data(m_roles.title).toString(), l.titleFont, textWidth);
    const QString body = index.data(m_roles.body).toString();
    if (!body.isEmpty())
        l.bodyHeight = layoutText(*l.body, body, l.bodyFont, textWidth);

    l.height = 2 * kOuterY + 2 * kPadY + l.metaHeight + kGap + int(std::ceil(l.titleHeight));
    if (l.bodyHeight > 0)
        l.height += kGap + int(std::ceil(l.bodyHeight));
    return l;
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = cardWidth(option);
    const Layout l = layoutFor(option, index, width);
    return {width, l.height};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &palette = opt.palette;
    const Layout l = layoutFor(opt, index, opt.rect.width());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(opt.rect).adjusted(kOuterX, kOuterY, -kOuterX, -kOuterY);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const bool focused = opt.state.testFlag(QStyle::State_HasFocus);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, palette.color(QPalette::Base));
    QPen border(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid));
    border.setWidthF(selected || focused ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);

    // An accent on the left edge: the selection colour when chosen, a quiet line otherwise; a
    // conflict's is the warning colour (a value was lost: someone should look at it).
    const bool conflict = static_cast<TimelineEntry::Kind>(index.data(m_roles.kind).toInt()) ==
                          TimelineEntry::Kind::Conflict;
    QPainterPath accent;
    accent.addRoundedRect(QRectF(card.left(), card.top(), kAccent, card.height()), 2, 2);
    painter->fillPath(accent, selected   ? palette.color(QPalette::Highlight)
                              : conflict ? riskStyle(QStringLiteral("moderate"), palette).background
                                         : palette.color(QPalette::Midlight));

    const qreal x = card.left() + kAccent + kPadX;
    qreal y = card.top() + kPadY;
    const qreal textWidth = card.right() - kPadX - x;

    // First line: kind · time · author, and a contact's risk badge on the right.
    painter->setFont(l.metaFont);
    painter->setPen(palette.color(QPalette::PlaceholderText));
    const QFontMetrics metaMetrics(l.metaFont);
    const qreal metaWidth = l.hasRisk ? textWidth - l.badgeWidth - 8 : textWidth;
    painter->drawText(QRectF(x, y, metaWidth, l.metaHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      metaMetrics.elidedText(l.meta, Qt::ElideRight, int(metaWidth)));
    if (l.hasRisk) {
        const RiskStyle style = riskStyle(l.riskCode, palette);
        const QRectF badge(x + textWidth - l.badgeWidth, y, l.badgeWidth, l.metaHeight);
        QPainterPath badgePath;
        badgePath.addRoundedRect(badge, 4, 4);
        painter->fillPath(badgePath, style.background);
        painter->setPen(style.foreground);
        painter->drawText(badge, Qt::AlignCenter, style.text);
    }
    y += l.metaHeight + kGap;

    painter->setPen(palette.color(QPalette::Text));
    l.title->draw(painter, QPointF(x, y));
    y += l.titleHeight;
    if (l.bodyHeight > 0) {
        y += kGap;
        l.body->draw(painter, QPointF(x, y));
    }
    painter->restore();
}

} // namespace helpline
