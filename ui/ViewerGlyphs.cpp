#include "ui/ViewerGlyphs.h"

#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace reissuedesk {

// Tool bar icons drawn in code (20 x 20, crisp at any scale): the viewer must
// fit two to a row in compare mode, so words would not do.
QIcon glyphIcon(Glyph glyph, const QColor &color)
{
    constexpr qreal scale = 3;
    QPixmap pixmap(int(20 * scale), int(20 * scale));
    pixmap.setDevicePixelRatio(scale);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    const auto arrowHead = [&p](QPointF tip, double angleDegrees) {
        QTransform t;
        t.translate(tip.x(), tip.y());
        t.rotate(angleDegrees);
        p.drawLine(t.map(QPointF(0, 0)), t.map(QPointF(-4, -3)));
        p.drawLine(t.map(QPointF(0, 0)), t.map(QPointF(-4, 3)));
    };
    const auto arc = [&](bool clockwise) {
        const QRectF box(4, 4, 12, 12);
        // Three quarters of a turn, with the head at the moving end.
        if (clockwise) {
            p.drawArc(box, 90 * 16, -270 * 16);
            arrowHead(QPointF(4, 10), -90);
        } else {
            p.drawArc(box, 90 * 16, 270 * 16);
            arrowHead(QPointF(16, 10), -90);
        }
    };
    switch (glyph) {
    case Glyph::None:
        break;
    case Glyph::ZoomOut:
    case Glyph::ZoomIn:
    case Glyph::Loupe:
        p.drawEllipse(QPointF(8.5, 8.5), 5.5, 5.5);
        p.setPen(QPen(color, 2.4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(12.8, 12.8), QPointF(17, 17));
        p.setPen(pen);
        if (glyph != Glyph::Loupe)
            p.drawLine(QPointF(6, 8.5), QPointF(11, 8.5));
        if (glyph == Glyph::ZoomIn)
            p.drawLine(QPointF(8.5, 6), QPointF(8.5, 11));
        if (glyph == Glyph::Loupe) {
            QColor glass = color;
            glass.setAlphaF(0.25f);
            p.setBrush(glass);
            p.drawEllipse(QPointF(8.5, 8.5), 3.2, 3.2);
        }
        break;
    case Glyph::FitPage:
        p.drawRect(QRectF(6.5, 5, 7, 10));
        for (const QPointF &corner : {QPointF(2.5, 2.5), QPointF(17.5, 2.5), QPointF(2.5, 17.5), QPointF(17.5, 17.5)}) {
            const double dx = corner.x() < 10 ? 3 : -3;
            const double dy = corner.y() < 10 ? 3 : -3;
            p.drawLine(corner, corner + QPointF(dx, 0));
            p.drawLine(corner, corner + QPointF(0, dy));
        }
        break;
    case Glyph::FitWidth:
        p.drawLine(QPointF(2.5, 4), QPointF(2.5, 16));
        p.drawLine(QPointF(17.5, 4), QPointF(17.5, 16));
        p.drawLine(QPointF(5, 10), QPointF(15, 10));
        arrowHead(QPointF(15.5, 10), 0);
        arrowHead(QPointF(4.5, 10), 180);
        break;
    case Glyph::RotateLeft:
        arc(false);
        break;
    case Glyph::RotateRight:
        arc(true);
        break;
    case Glyph::Reset:
        p.drawRect(QRectF(6, 4, 8, 12));
        p.drawLine(QPointF(10, 1.5), QPointF(10, 4));
        p.drawLine(QPointF(10, 16), QPointF(10, 18.5));
        p.drawLine(QPointF(3.5, 10), QPointF(6, 10));
        p.drawLine(QPointF(14, 10), QPointF(16.5, 10));
        break;
    case Glyph::Adjust:
        p.drawEllipse(QPointF(10, 10), 7, 7);
        p.setBrush(color);
        p.drawPie(QRectF(3, 3, 14, 14), 90 * 16, 180 * 16);
        break;
    case Glyph::Previous:
    case Glyph::Next: {
        p.setBrush(color);
        const double x = glyph == Glyph::Next ? 1 : -1;
        p.drawPolygon(QPolygonF{QPointF(10 + 4 * x, 10), QPointF(10 - 3 * x, 5), QPointF(10 - 3 * x, 15)});
        break;
    }
    }
    p.end();
    return QIcon(pixmap);
}

QToolButton *viewerToolButton(QWidget *parent, const QString &text, const QString &toolTip, const QString &name,
                              Glyph glyph)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setObjectName(name);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the viewer keeps the keyboard
    if (glyph != Glyph::None) {
        button->setIcon(glyphIcon(glyph, parent->palette().color(QPalette::ButtonText)));
        button->setIconSize(QSize(18, 18));
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    return button;
}

} // namespace reissuedesk
