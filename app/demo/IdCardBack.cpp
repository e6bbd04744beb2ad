// The back of the card: the emblem, the titles, the issuing authority and the
// validity period.

#include "demo/IdCard.h"
#include "demo/PaintingSupport.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace reissuedesk::demo::painting {

namespace {

void paintEmblem(QPainter &p, QPointF c, qreal r)
{
    // Not the national emblem, just enough of its look (red disc, gold stars and
    // gate) for the back of the card to be recognisable at a glance.
    const QColor gold(238, 190, 40);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(gold, r * 0.07));
    p.setBrush(QColor(200, 24, 40));
    p.drawEllipse(c, r, r);
    p.setPen(Qt::NoPen);
    p.setBrush(gold);
    p.drawPolygon(star(c + QPointF(0, -0.42 * r), 0.24 * r));
    for (int i = 0; i < 4; ++i) {
        const qreal a = qDegreesToRadians(-150.0 + 22.0 * i + (i >= 2 ? 76.0 : 0.0));
        p.drawPolygon(star(c + QPointF(0.55 * r * std::cos(a), 0.55 * r * std::sin(a) - 0.05 * r), 0.09 * r));
    }
    QPainterPath gate;
    gate.addRect(QRectF(c.x() - 0.5 * r, c.y() + 0.05 * r, r, 0.32 * r));
    gate.moveTo(c.x() - 0.6 * r, c.y() + 0.05 * r);
    gate.lineTo(c.x() - 0.35 * r, c.y() - 0.12 * r);
    gate.lineTo(c.x() + 0.35 * r, c.y() - 0.12 * r);
    gate.lineTo(c.x() + 0.6 * r, c.y() + 0.05 * r);
    gate.closeSubpath();
    p.drawPath(gate);
    p.setBrush(QColor(200, 24, 40));
    for (int i = 0; i < 5; ++i)
        p.drawRect(QRectF(c.x() - 0.4 * r + i * 0.18 * r, c.y() + 0.15 * r, 0.08 * r, 0.18 * r));
    p.setPen(QPen(gold, r * 0.06));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(c.x() - 0.78 * r, c.y() - 0.78 * r, 1.56 * r, 1.56 * r), 200 * 16, 140 * 16);
    p.restore();
}

} // namespace

void paintBackTemplate(QPainter &p, qreal k)
{
    QLinearGradient base(0, 0, CardWidthMm * k, CardHeightMm * k);
    base.setColorAt(0, QColor(240, 243, 238));
    base.setColorAt(0.5, QColor(246, 242, 236));
    base.setColorAt(1, QColor(235, 240, 247));
    p.fillRect(QRectF(0, 0, CardWidthMm * k, CardHeightMm * k), base);
    paintGuilloche(p, k, QColor(190, 140, 120, 30), 1.7);

    // A faint Great-Wall-like zigzag across the middle, as on the real back.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(150, 130, 110, 70), 0.35 * k));
    QPolygonF wall;
    for (int i = 0; i <= 24; ++i) {
        const qreal x = 3.0 + i * 3.4;
        const qreal y = 33.0 - 4.0 * std::sin(x * 0.09) + ((i % 2) ? -1.0 : 0.6);
        wall.append(QPointF(x * k, y * k));
    }
    p.drawPolyline(wall);
    p.restore();

    paintEmblem(p, QPointF(14.5 * k, 14.0 * k), 8.3 * k);

    const auto spread = [&](const QString &text, QFont font, qreal x, qreal y, qreal width) {
        // Real cards letter-space the titles to a fixed width.
        const qreal natural = QFontMetricsF(font).horizontalAdvance(text);
        font.setLetterSpacing(QFont::AbsoluteSpacing, (width - natural) / std::max<qsizetype>(1, text.size() - 1));
        p.setFont(font);
        drawText(p, QPointF(x * k, y * k), text);
    };
    p.setPen(QColor(ValueColour));
    spread(u"中华人民共和国"_s, cjkFont(qRound(4.0 * k)), 30.0, 13.5, 46.0 * k);
    spread(u"居民身份证"_s, cjkFont(qRound(6.6 * k), QFont::Bold), 30.0, 24.5, 46.0 * k);

    p.setPen(QColor(LabelColour));
    p.setFont(cjkFont(qRound(2.6 * k)));
    drawText(p, QPointF(15.5 * k, 43.0 * k), u"签发机关"_s);
    drawText(p, QPointF(15.5 * k, 49.5 * k), u"有效期限"_s);
}

void paintBackFields(QPainter &p, qreal k, const IdCardFace &face)
{
    const auto dotted = [](QDate date) { return date.toString(u"yyyy.MM.dd"_s); };
    QString validity;
    if (face.validFrom.isValid())
        validity = dotted(face.validFrom) + u'-';
    validity += face.validUntil.isValid() ? dotted(face.validUntil) : u"长期"_s;

    p.setPen(QColor(ValueColour));
    p.setFont(cjkFont(qRound(3.0 * k)));
    drawText(p, QPointF(31.0 * k, 43.0 * k), face.issuingAuthority);
    drawText(p, QPointF(31.0 * k, 49.5 * k), validity);
}

} // namespace reissuedesk::demo::painting
