#include "ui/shell/shellicons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace helpline {

namespace {

// Paints one icon on a 24 x 24 grid, scaled to the requested rectangle.
class PaintedIconEngine final : public QIconEngine {
public:
    explicit PaintedIconEngine(ShellIcons::Kind kind)
        : m_kind(kind)
    {
    }
    QIconEngine *clone() const override { return new PaintedIconEngine(m_kind); }
    QString key() const override { return QStringLiteral("helpline-painted"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        QColor color = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            color = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            color = palette.color(QPalette::Active, QPalette::HighlightedText);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        QPen pen(color, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(*painter, color);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.fill(Qt::transparent);
        {
            QPainter painter(&pixmap);
            paint(&painter, QRect(QPoint(0, 0), size * scale), mode, state);
        }
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

private:
    void draw(QPainter &p, const QColor &color) const
    {
        using K = ShellIcons::Kind;
        switch (m_kind) {
        case K::Intake: {
            QPainterPath bubble;
            bubble.addRoundedRect(QRectF(3, 4, 18, 12.5), 3, 3);
            p.drawPath(bubble);
            p.drawPolyline(QPolygonF({QPointF(8, 16.5), QPointF(7, 20.5), QPointF(12, 16.5)}));
            p.drawLine(QPointF(7.5, 8.5), QPointF(16.5, 8.5));
            p.drawLine(QPointF(7.5, 12), QPointF(13.5, 12));
            break;
        }
        case K::Cases: {
            QPainterPath folder;
            folder.moveTo(3, 6.5);
            folder.lineTo(3, 18.5);
            folder.quadTo(3, 19.5, 4, 19.5);
            folder.lineTo(20, 19.5);
            folder.quadTo(21, 19.5, 21, 18.5);
            folder.lineTo(21, 8.5);
            folder.quadTo(21, 7.5, 20, 7.5);
            folder.lineTo(11.5, 7.5);
            folder.lineTo(9.5, 5);
            folder.lineTo(4, 5);
            folder.quadTo(3, 5, 3, 6.5);
            p.drawPath(folder);
            p.drawLine(QPointF(3, 10.5), QPointF(21, 10.5));
            break;
        }
        case K::FollowUps:
            p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
            p.drawPolyline(QPolygonF({QPointF(12, 7), QPointF(12, 12), QPointF(15.5, 14)}));
            break;
        case K::Directory:
            p.drawRoundedRect(QRectF(3, 5, 18, 14), 2, 2);
            p.drawEllipse(QPointF(8.5, 10.5), 2, 2);
            p.drawArc(QRectF(5, 13.5, 7, 5), 0, 180 * 16);
            p.drawLine(QPointF(14, 10), QPointF(18, 10));
            p.drawLine(QPointF(14, 13.5), QPointF(18, 13.5));
            break;
        case K::Review: {
            QPainterPath shield;
            shield.moveTo(12, 3);
            shield.lineTo(19.5, 6);
            shield.lineTo(19.5, 11.5);
            shield.cubicTo(19.5, 16, 16, 19.5, 12, 21);
            shield.cubicTo(8, 19.5, 4.5, 16, 4.5, 11.5);
            shield.lineTo(4.5, 6);
            shield.closeSubpath();
            p.drawPath(shield);
            p.drawPolyline(QPolygonF({QPointF(8.5, 12), QPointF(11, 14.5), QPointF(15.5, 9.5)}));
            break;
        }
        case K::Audit:
            // A page of entries, one looked at closely.
            p.drawPolyline(QPolygonF({QPointF(13, 20), QPointF(4, 20), QPointF(4, 3.5),
                                      QPointF(16, 3.5), QPointF(16, 9)}));
            p.drawLine(QPointF(7, 7.5), QPointF(13, 7.5));
            p.drawLine(QPointF(7, 11), QPointF(11, 11));
            p.drawLine(QPointF(7, 14.5), QPointF(9.5, 14.5));
            p.drawEllipse(QPointF(15, 14), 3.5, 3.5);
            p.drawLine(QPointF(17.6, 16.6), QPointF(20.5, 19.5));
            break;
        case K::NewIntake:
            p.drawEllipse(QPointF(12, 12), 8.5, 8.5);
            p.drawLine(QPointF(12, 8), QPointF(12, 16));
            p.drawLine(QPointF(8, 12), QPointF(16, 12));
            break;
        case K::Lock:
            p.drawRoundedRect(QRectF(5, 10.5, 14, 10), 2, 2);
            p.drawArc(QRectF(8, 4, 8, 10), 0, 180 * 16);
            p.drawLine(QPointF(8, 9), QPointF(8, 10.5));
            p.drawLine(QPointF(16, 9), QPointF(16, 10.5));
            p.setBrush(color);
            p.drawEllipse(QPointF(12, 15.5), 0.8, 0.8);
            break;
        case K::SignOut:
            p.drawPolyline(
                QPolygonF({QPointF(13, 4), QPointF(5, 4), QPointF(5, 20), QPointF(13, 20)}));
            p.drawLine(QPointF(10, 12), QPointF(20.5, 12));
            p.drawPolyline(QPolygonF({QPointF(17, 8.5), QPointF(20.5, 12), QPointF(17, 15.5)}));
            break;
        case K::Settings:
            for (int i = 0; i < 3; ++i) {
                const qreal y = 6 + i * 6;
                const qreal knob = i == 1 ? 15 : 8.5;
                p.drawLine(QPointF(3.5, y), QPointF(knob - 2.2, y));
                p.drawLine(QPointF(knob + 2.2, y), QPointF(20.5, y));
                p.drawEllipse(QPointF(knob, y), 2.2, 2.2);
            }
            break;
        case K::Quit:
            p.drawArc(QRectF(4, 4.5, 16, 16), 120 * 16, 300 * 16);
            p.drawLine(QPointF(12, 3), QPointF(12, 11));
            break;
        case K::Account:
            p.drawEllipse(QPointF(12, 8.5), 3.8, 3.8);
            p.drawArc(QRectF(4.5, 14, 15, 12), 0, 180 * 16);
            break;
        case K::Sync:
            // Two arcs of one circle, each ending in an arrowhead: send and receive.
            p.drawArc(QRectF(4.5, 4.5, 15, 15), 20 * 16, 140 * 16);
            p.drawPolyline(QPolygonF({QPointF(8, 7.7), QPointF(4.95, 9.45), QPointF(3.75, 6.15)}));
            p.drawArc(QRectF(4.5, 4.5, 15, 15), 200 * 16, 140 * 16);
            p.drawPolyline(
                QPolygonF({QPointF(16, 16.3), QPointF(19.05, 14.55), QPointF(20.25, 17.85)}));
            break;
        }
    }

    ShellIcons::Kind m_kind;
};

} // namespace

QIcon ShellIcons::icon(Kind kind)
{
    return QIcon(new PaintedIconEngine(kind));
}

} // namespace helpline
