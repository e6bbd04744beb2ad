#include "ui/ViewerTools.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace reissuedesk {

QTransform LoupeTool::magnifiedTransform(const ViewGeometry &geometry, QPointF at)
{
    const QPointF documentPoint = geometry.documentToScreen().inverted().map(at);
    QTransform magnified;
    magnified.translate(at.x(), at.y());
    magnified.rotate(geometry.rotation());
    magnified.scale(geometry.zoom() * Magnification, geometry.zoom() * Magnification);
    magnified.translate(-documentPoint.x(), -documentPoint.y());
    return magnified;
}

void LoupeTool::paint(QPainter &painter, QPointF at, const QColor &background,
                      const std::function<void(QPainter &, const QTransform &)> &paintDocument,
                      const QTransform &magnified)
{
    QPainterPath circle;
    circle.addEllipse(at, Radius, Radius);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipPath(circle);
    painter.fillPath(circle, background);
    paintDocument(painter, magnified);
    painter.restore();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 230), 3));
    painter.drawEllipse(at, Radius, Radius);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 1));
    painter.drawEllipse(at, Radius + 2, Radius + 2);
    painter.restore();
}

QString WatermarkPainter::minute()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString WatermarkPainter::text(const QString &login, qint64 operatorId)
{
    const QString who = !login.isEmpty() ? login
                        : operatorId > 0 ? QCoreApplication::translate("DocumentViewer", "operator #%1").arg(operatorId)
                                         : QCoreApplication::translate("DocumentViewer", "unidentified operator");
    return who + QStringLiteral("  ") + minute();
}

void WatermarkPainter::paint(QPainter &painter, const QRectF &area, const QString &text, const QFont &baseFont)
{
    QFont font = baseFont;
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double stepX = metrics.horizontalAdvance(text) + 90;
    const double stepY = metrics.height() * 5;
    const double radius = std::hypot(area.width(), area.height()) / 2 + stepX;

    painter.save();
    painter.setClipRect(area);
    painter.setFont(font);
    painter.translate(area.center());
    painter.rotate(-30);
    int row = 0;
    const QColor dark(0, 0, 0, 60);
    const QColor light(255, 255, 255, 70);
    for (double y = -radius; y <= radius; y += stepY, ++row) {
        const double offset = (row % 2) * stepX / 2;
        for (double x = -radius - offset; x <= radius; x += stepX) {
            painter.setPen(light);
            painter.drawText(QPointF(x + 1, y + 1), text);
            painter.setPen(dark);
            painter.drawText(QPointF(x, y), text);
        }
    }
    painter.restore();
}

} // namespace reissuedesk
