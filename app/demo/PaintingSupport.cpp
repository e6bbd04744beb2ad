#include "demo/PaintingSupport.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QImage>
#include <QImageWriter>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace reissuedesk::demo::painting {

namespace {

// The raster engine draws glyphs up to 64 px from its glyph cache and bigger ones
// from outlines that FreeType loads with the font's bytecode hinting, whose result
// depends on which glyphs were loaded before (the hinting instructions leave state
// behind). That made the output differ with the history of the process, so bigger
// text is drawn here from FreeType's unhinted glyph bitmaps instead.
constexpr int MaxCachedGlyphPixels = 64;

void drawLargeText(QPainter &p, QPointF baseline, const QString &text)
{
    QTextLayout layout(text, p.font());
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const QColor colour = p.pen().color();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QRawFont font = run.rawFont();
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            QImage coverage = font.alphaMapForGlyph(glyphs.at(i), QRawFont::PixelAntialiasing);
            if (coverage.isNull())
                continue; // blanks have no bitmap
            if (coverage.format() != QImage::Format_Alpha8 && coverage.format() != QImage::Format_Grayscale8)
                coverage = coverage.convertToFormat(QImage::Format_Grayscale8);
            QImage glyph(coverage.size(), QImage::Format_ARGB32_Premultiplied);
            for (int y = 0; y < coverage.height(); ++y) {
                const uchar *source = coverage.constScanLine(y);
                auto *target = reinterpret_cast<QRgb *>(glyph.scanLine(y));
                for (int x = 0; x < coverage.width(); ++x) {
                    const int alpha = colour.alpha() * source[x] / 255;
                    target[x] = qPremultiply(qRgba(colour.red(), colour.green(), colour.blue(), alpha));
                }
            }
            // The bitmap's top-left is the glyph's bounding box corner, relative to
            // the pen position on the baseline (the layout puts that at ascent).
            const QPointF corner =
                baseline + positions.at(i) - QPointF(0, line.ascent()) + font.boundingRect(glyphs.at(i)).topLeft();
            p.drawImage(QPointF(std::round(corner.x()), std::round(corner.y())), glyph);
        }
    }
}

} // namespace

quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QFont cjkFont(int pixelSize, QFont::Weight weight)
{
    QFont font;
    // The first family is what the project ships on Debian (fonts-wqy-microhei); the
    // rest cover other developer machines. Qt falls back per glyph if none exists.
    font.setFamilies(
        {u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"SimHei"_s});
    font.setPixelSize(std::max(1, pixelSize));
    font.setWeight(weight);
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QFont digitFont(int pixelSize)
{
    QFont font;
    font.setFamilies(
        {u"OCR-B"_s, u"OCRB"_s, u"DejaVu Sans Mono"_s, u"Liberation Mono"_s, u"WenQuanYi Micro Hei Mono"_s});
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(std::max(1, pixelSize));
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

void drawText(QPainter &p, QPointF baseline, const QString &text)
{
    if (p.font().pixelSize() <= MaxCachedGlyphPixels || p.paintEngine()->type() != QPaintEngine::Raster)
        p.drawText(baseline, text);
    else
        drawLargeText(p, baseline, text);
}

void drawCentredText(QPainter &p, const QRectF &rect, const QString &text)
{
    const QFontMetricsF metrics(p.font());
    const qreal baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2;
    drawText(p, QPointF(rect.center().x() - metrics.horizontalAdvance(text) / 2, baseline), text);
}

QStringList wrapText(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < text.size(); ++i) {
        // Keep surrogate pairs together; rare characters in names and addresses
        // (CJK extension B) live outside the BMP.
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QString unit = text.mid(i, length);
        i += length - 1;
        if (!line.isEmpty() && metrics.horizontalAdvance(line + unit) > width) {
            lines.append(line);
            line.clear();
        }
        line += unit;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

QPolygonF star(QPointF centre, qreal radius, qreal rotationDegrees)
{
    QPolygonF polygon;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? radius : radius * 0.382;
        const qreal a = qDegreesToRadians(rotationDegrees - 90 + 36 * i);
        polygon.append(centre + QPointF(r * std::cos(a), r * std::sin(a)));
    }
    return polygon;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qWarning("DocumentPainter: cannot encode %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

} // namespace reissuedesk::demo::painting
