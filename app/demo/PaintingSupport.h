#pragma once
// Drawing helpers shared by the demo document painters (ID card photos and
// vouchers): a platform-stable random generator, the fonts, text drawing that
// gives the same pixels whatever the process drew before, and image encoding.
// Internal to the demo library.

#include <QByteArray>
#include <QFont>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <random>

class QFontMetricsF;
class QImage;
class QPainter;

namespace reissuedesk::demo::painting {

// unlike the standard distributions, so the values are derived from it by hand.
class Rng {
public:
    explicit Rng(quint32 seed)
        : m_engine(seed)
    {
    }
    quint32 next() { return static_cast<quint32>(m_engine()); }
    qreal uniform(qreal lo, qreal hi) { return lo + (hi - lo) * (next() / 4294967296.0); }
    int below(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }

private:
    std::mt19937 m_engine;
};

// FNV-1a; qHash() is salted per process, which would break determinism.
quint32 stableHash(const QString &text);

QFont cjkFont(int pixelSize, QFont::Weight weight = QFont::Normal);

// The ID number on real cards is printed in an OCR-B style monospace face.
QFont digitFont(int pixelSize);

// Draws like QPainter::drawText(QPointF, QString), but text larger than the raster
// engine's glyph cache comes from unhinted glyph bitmaps (see PaintingSupport.cpp).
void drawText(QPainter &p, QPointF baseline, const QString &text);

// One line of text centred in `rect`.
void drawCentredText(QPainter &p, const QRectF &rect, const QString &text);

// Splits Chinese text (no spaces to break at) into lines no wider than `width`.
QStringList wrapText(const QString &text, const QFontMetricsF &metrics, qreal width);

QPolygonF star(QPointF centre, qreal radius, qreal rotationDegrees = 0);

QByteArray encode(const QImage &image, const char *format, int quality);

} // namespace reissuedesk::demo::painting
