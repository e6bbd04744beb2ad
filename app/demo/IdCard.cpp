#include "demo/IdCard.h"

#include <QColor>
#include <QHash>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace reissuedesk::demo::painting {

namespace {

QImage renderCardTemplate(CardSide side, int cardWidth)
{
    const qreal k = cardWidth / CardWidthMm;
    const int cardHeight = qRound(CardHeightMm * k);
    QImage image(cardWidth + 2 * CardMarginPx, cardHeight + 2 * CardMarginPx, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.translate(CardMarginPx, CardMarginPx);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(0, 0, cardWidth, cardHeight), CardCornerMm * k, CardCornerMm * k);
    p.setClipPath(outline);
    p.setRenderHint(QPainter::TextAntialiasing);
    if (side == CardSide::Front)
        paintFrontTemplate(p, k);
    else
        paintBackTemplate(p, k);
    p.setClipping(false);
    // The rounded outline is drawn anti-aliased on top; the clip alone is aliased.
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(QColor(180, 184, 190), std::max(1.0, 0.15 * k)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.end();
    return image;
}

// Everything printed on a card except the holder's data is the same on all cards, so
// it is rendered once per side and width, shared by all threads.
QImage cardTemplate(CardSide side, int cardWidth)
{
    static QMutex mutex;
    static QHash<int, QImage> cache;
    const int key = cardWidth * 2 + (side == CardSide::Back ? 1 : 0);
    {
        QMutexLocker locker(&mutex);
        const auto it = cache.constFind(key);
        if (it != cache.constEnd())
            return it.value();
    }
    // Rendered outside the lock so a slow first render does not stall the other
    // thread; if both race, both results are identical and either may win.
    const QImage image = renderCardTemplate(side, cardWidth);
    QMutexLocker locker(&mutex);
    return *cache.insert(key, image);
}

} // namespace

void paintGuilloche(QPainter &p, qreal k, QColor colour, qreal phase)
{
    // The fine wavy security print of the real card; faint, so only its texture shows.
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour, std::max(0.6, 0.12 * k)));
    p.setBrush(Qt::NoBrush);
    const int steps = 96;
    for (int line = 0; line < 30; ++line) {
        QPolygonF wave;
        const qreal y0 = -4 + line * 2.1;
        for (int s = 0; s <= steps; ++s) {
            const qreal x = CardWidthMm * s / steps;
            const qreal y = y0 + 2.6 * std::sin(x * 0.16 + phase + line * 0.45) + 1.2 * std::sin(x * 0.41 + line);
            wave.append(QPointF(x * k, y * k));
        }
        p.drawPolyline(wave);
    }
    p.restore();
}

int cardRenderWidth(qreal neededWidth)
{
    // Allow a slight upscale rather than jumping to the next, much bigger width.
    for (const int width : CardWidths) {
        if (width >= neededWidth * 0.9)
            return width;
    }
    return CardWidths.back();
}

QImage renderCard(CardSide side, const IdCardFace &face, int cardWidth)
{
    QImage image = cardTemplate(side, cardWidth);
    QPainter p(&image); // detaches from the shared template
    p.translate(CardMarginPx, CardMarginPx);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal k = cardWidth / CardWidthMm;
    if (side == CardSide::Front)
        paintFrontFields(p, k, face);
    else
        paintBackFields(p, k, face);
    p.end();
    return image;
}

} // namespace reissuedesk::demo::painting
