#include "DocumentPainter.h"

#include "ExifOrientation.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QHash>
#include <QImage>
#include <QImageWriter>
#include <QLinearGradient>
#include <QMutex>
#include <QPageSize>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QRadialGradient>
#include <QRawFont>
#include <QStringList>
#include <QTextLayout>
#include <QTransform>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <random>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

using namespace Qt::StringLiterals;

namespace reissuedesk::demo {

namespace {

// ISO/IEC 7810 ID-1, the size of every Chinese resident ID card.
constexpr qreal CardWidthMm = 85.6;
constexpr qreal CardHeightMm = 54.0;
constexpr qreal CardCornerMm = 3.18;

// A fully transparent border around the rendered card: bilinear sampling then fades
// the card's edge into the desk, which gives an anti-aliased outline for free when
// the card is drawn rotated (the raster engine does not anti-alias image edges).
constexpr int CardMarginPx = 2;

constexpr int JpegQuality = 85;

// Blurred photos are rendered this many times smaller and scaled back up: a cheap
// stand-in for a lens out of focus, and cheaper than rendering sharp then blurring.
constexpr int BlurFactor = 6;

// The card is rendered at one of these widths and then drawn scaled into the frame.
// A fixed set keeps the card templates cacheable and the font engines' glyph caches
// warm (one cache per pixel size). The top width is the largest at which the holder's
// data, name included, stays within the raster engine's 64 px glyph cache (see
// drawText()). Bigger frames upscale the card, which at 12-24 MP looks like what a
// phone camera delivers anyway.
constexpr std::array<int, 10> CardWidths = {160, 240, 320, 400, 512, 640, 800, 1024, 1280, 1520};

// Deterministic across platforms: std::mt19937's sequence is fixed by the standard,
// unlike the standard distributions, so the values are derived from it by hand.
class Rng {
public:
    explicit Rng(quint32 seed)
        : m_engine(seed) {}
    quint32 next() { return static_cast<quint32>(m_engine()); }
    qreal uniform(qreal lo, qreal hi) { return lo + (hi - lo) * (next() / 4294967296.0); }
    int below(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }

private:
    std::mt19937 m_engine;
};

// FNV-1a; qHash() is salted per process, which would break determinism.
quint32 stableHash(const QString &text) {
    quint32 h = 2166136261u;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QFont cjkFont(int pixelSize, QFont::Weight weight = QFont::Normal) {
    QFont font;
    // The first family is what the project ships on Debian (fonts-wqy-microhei); the
    // rest cover other developer machines. Qt falls back per glyph if none exists.
    font.setFamilies({u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s,
                      u"Microsoft YaHei"_s, u"SimHei"_s});
    font.setPixelSize(std::max(1, pixelSize));
    font.setWeight(weight);
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// The ID number on real cards is printed in an OCR-B style monospace face.
QFont digitFont(int pixelSize) {
    QFont font;
    font.setFamilies(
        {u"OCR-B"_s, u"OCRB"_s, u"DejaVu Sans Mono"_s, u"Liberation Mono"_s, u"WenQuanYi Micro Hei Mono"_s});
    font.setStyleHint(QFont::Monospace);
    font.setPixelSize(std::max(1, pixelSize));
    font.setStyleStrategy(QFont::PreferAntialias);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// The raster engine draws glyphs up to 64 px from its glyph cache and bigger ones
// from outlines that FreeType loads with the font's bytecode hinting, whose result
// depends on which glyphs were loaded before (the hinting instructions leave state
// behind). That made the output differ with the history of the process, so bigger
// text is drawn here from FreeType's unhinted glyph bitmaps instead.
constexpr int MaxCachedGlyphPixels = 64;

void drawLargeText(QPainter &p, QPointF baseline, const QString &text) {
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
            const QPointF corner = baseline + positions.at(i) - QPointF(0, line.ascent()) +
                                   font.boundingRect(glyphs.at(i)).topLeft();
            p.drawImage(QPointF(std::round(corner.x()), std::round(corner.y())), glyph);
        }
    }
}

void drawText(QPainter &p, QPointF baseline, const QString &text) {
    if (p.font().pixelSize() <= MaxCachedGlyphPixels || p.paintEngine()->type() != QPaintEngine::Raster)
        p.drawText(baseline, text);
    else
        drawLargeText(p, baseline, text);
}

// One line of text centred in `rect`.
void drawCentredText(QPainter &p, const QRectF &rect, const QString &text) {
    const QFontMetricsF metrics(p.font());
    const qreal baseline = rect.center().y() + (metrics.ascent() - metrics.descent()) / 2;
    drawText(p, QPointF(rect.center().x() - metrics.horizontalAdvance(text) / 2, baseline), text);
}

// Splits Chinese text (no spaces to break at) into lines no wider than `width`.
QStringList wrapText(const QString &text, const QFontMetricsF &metrics, qreal width) {
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

QPolygonF star(QPointF centre, qreal radius, qreal rotationDegrees = 0) {
    QPolygonF polygon;
    for (int i = 0; i < 10; ++i) {
        const qreal r = (i % 2 == 0) ? radius : radius * 0.382;
        const qreal a = qDegreesToRadians(rotationDegrees - 90 + 36 * i);
        polygon.append(centre + QPointF(r * std::cos(a), r * std::sin(a)));
    }
    return polygon;
}

// ---------------------------------------------------------------------------
// The card itself, in card pixels: `k` pixels per millimetre, origin at the card's
// top-left corner (the image adds CardMarginPx around it).

enum class CardSide { Front, Back };

constexpr QRgb LabelColour = qRgb(52, 112, 176);
constexpr QRgb ValueColour = qRgb(24, 24, 28);

void paintGuilloche(QPainter &p, qreal k, QColor colour, qreal phase) {
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
            const qreal y =
                y0 + 2.6 * std::sin(x * 0.16 + phase + line * 0.45) + 1.2 * std::sin(x * 0.41 + line);
            wave.append(QPointF(x * k, y * k));
        }
        p.drawPolyline(wave);
    }
    p.restore();
}

void paintFrontTemplate(QPainter &p, qreal k) {
    QLinearGradient base(0, 0, CardWidthMm * k, CardHeightMm * k);
    base.setColorAt(0, QColor(231, 240, 246));
    base.setColorAt(0.55, QColor(242, 243, 240));
    base.setColorAt(1, QColor(247, 236, 232));
    p.fillRect(QRectF(0, 0, CardWidthMm * k, CardHeightMm * k), base);
    paintGuilloche(p, k, QColor(110, 150, 205, 34), 0.0);

    // Portrait placeholder: a grey box with a head-and-shoulders silhouette.
    const QRectF photo(54.5 * k, 5.5 * k, 25.5 * k, 32.0 * k);
    QLinearGradient photoFill(photo.topLeft(), photo.bottomLeft());
    photoFill.setColorAt(0, QColor(214, 217, 222));
    photoFill.setColorAt(1, QColor(192, 196, 203));
    p.fillRect(photo, photoFill);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(140, 145, 153));
    p.scale(k, k);
    p.drawEllipse(QPointF(67.25, 17.0), 5.6, 7.0);
    QPainterPath shoulders;
    shoulders.moveTo(55.0, 37.5);
    shoulders.cubicTo(56.0, 29.5, 61.0, 27.0, 64.5, 26.0);
    shoulders.lineTo(70.0, 26.0);
    shoulders.cubicTo(73.5, 27.0, 78.5, 29.5, 79.5, 37.5);
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.drawRect(QRectF(65.0, 22.0, 4.5, 5.0)); // neck
    p.restore();

    p.setPen(QColor(LabelColour));
    p.setFont(cjkFont(qRound(2.6 * k)));
    const auto label = [&](qreal x, qreal y, const QString &text) {
        drawText(p, QPointF(x * k, y * k), text);
    };
    label(6.0, 10.5, u"姓  名"_s);
    label(6.0, 17.0, u"性  别"_s);
    label(24.5, 17.0, u"民  族"_s);
    label(6.0, 23.5, u"出  生"_s);
    label(24.0, 23.5, u"年"_s);
    label(31.6, 23.5, u"月"_s);
    label(39.2, 23.5, u"日"_s);
    label(6.0, 30.0, u"住  址"_s);
    label(6.0, 47.5, u"公民身份号码"_s);
}

void paintEmblem(QPainter &p, QPointF c, qreal r) {
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

void paintBackTemplate(QPainter &p, qreal k) {
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
        font.setLetterSpacing(QFont::AbsoluteSpacing,
                              (width - natural) / std::max<qsizetype>(1, text.size() - 1));
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

QImage renderCardTemplate(CardSide side, int cardWidth) {
    const qreal k = cardWidth / CardWidthMm;
    const int cardHeight = qRound(CardHeightMm * k);
    QImage image(cardWidth + 2 * CardMarginPx, cardHeight + 2 * CardMarginPx,
                 QImage::Format_ARGB32_Premultiplied);
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
QImage cardTemplate(CardSide side, int cardWidth) {
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

int cardRenderWidth(qreal neededWidth) {
    // Allow a slight upscale rather than jumping to the next, much bigger width.
    for (const int width : CardWidths) {
        if (width >= neededWidth * 0.9)
            return width;
    }
    return CardWidths.back();
}

void paintFrontFields(QPainter &p, qreal k, const IdCardFace &face) {
    const auto at = [k](qreal x, qreal y) { return QPointF(x * k, y * k); };
    p.setPen(QColor(ValueColour));
    p.setFont(cjkFont(qRound(3.6 * k), QFont::Medium));
    drawText(p, at(15.2, 10.7), face.name);

    p.setFont(cjkFont(qRound(3.0 * k)));
    drawText(p, at(15.2, 17.0), face.sex);
    drawText(p, at(33.5, 17.0), face.ethnicity);
    if (face.birthDate.isValid()) {
        const QFontMetricsF metrics(p.font());
        const auto rightAligned = [&](qreal rightMm, qreal y, const QString &text) {
            drawText(p, QPointF(rightMm * k - metrics.horizontalAdvance(text), y * k), text);
        };
        drawText(p, at(15.2, 23.5), QString::number(face.birthDate.year()));
        rightAligned(31.0, 23.5, QString::number(face.birthDate.month()));
        rightAligned(38.6, 23.5, QString::number(face.birthDate.day()));
    }

    // Long addresses shrink a little before they would need a fourth line, much as
    // the card printer does.
    const qreal addressWidth = 52.5 * k - 15.2 * k;
    QFont addressFont;
    QStringList lines;
    for (const qreal scale : {1.0, 0.9, 0.8}) {
        addressFont = cjkFont(qRound(3.0 * k * scale));
        lines = wrapText(face.address, QFontMetricsF(addressFont), addressWidth);
        if (lines.size() <= 3)
            break;
    }
    p.setFont(addressFont);
    const qreal lineHeight = QFontMetricsF(addressFont).height() * 1.12;
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), 4); ++i)
        drawText(p, QPointF(15.2 * k, 30.0 * k + i * lineHeight), lines.at(i));

    QFont number = digitFont(qRound(3.4 * k));
    const qreal natural = QFontMetricsF(number).horizontalAdvance(face.idNumber);
    const qreal spanMm = 52.0;
    if (face.idNumber.size() > 1 && natural < spanMm * k)
        number.setLetterSpacing(QFont::AbsoluteSpacing, (spanMm * k - natural) / (face.idNumber.size() - 1));
    p.setFont(number);
    drawText(p, at(29.0, 47.6), face.idNumber);
}

void paintBackFields(QPainter &p, qreal k, const IdCardFace &face) {
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

QImage renderCard(CardSide side, const IdCardFace &face, int cardWidth) {
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

// ---------------------------------------------------------------------------
// The photo: a frame of W x H upright pixels (4:3 landscape) with the card on a desk.

struct PhotoLayout {
    int width = 0; // upright frame
    int height = 0;
    QPointF cardCentre;
    qreal cardWidth = 0; // in frame pixels
    qreal tilt = 0;      // degrees, clockwise
    int deskStyle = 0;
    QColor deskColour;
    qreal grainAngle = 0;
    QPointF light; // brightest spot, in fractions of the frame
    QPointF shadowOffset;
    quint32 textureSeed = 0;
};

// Everything random about the photo is drawn here, up front and in a fixed order, so
// that a clear, a blurred and a dim photo with the same seed show the same scene.
PhotoLayout makeLayout(double megapixels, quint32 seed) {
    Rng rng(seed);
    PhotoLayout layout;
    const double mp = std::isfinite(megapixels) ? std::clamp(megapixels, 1.0, 24.0) : 1.0;
    layout.width = qRound(std::sqrt(mp * 1e6 * 4.0 / 3.0));
    layout.height = qRound(layout.width * 3.0 / 4.0);
    layout.cardWidth = layout.width * rng.uniform(0.70, 0.82);
    layout.tilt = rng.uniform(-5.0, 5.0);
    layout.cardCentre =
        QPointF(layout.width * rng.uniform(0.46, 0.54), layout.height * rng.uniform(0.46, 0.54));
    layout.deskStyle = rng.below(4);
    static const std::array<QColor, 4> deskColours = {QColor(150, 104, 66), QColor(226, 223, 216),
                                                      QColor(58, 62, 72), QColor(160, 158, 150)};
    const QColor base = deskColours[static_cast<size_t>(layout.deskStyle)];
    // Mostly a brightness shift: independent per-channel jitter tints white desks green.
    const int shift = rng.below(25) - 12;
    const auto jitter = [&rng, shift](int channel) {
        return std::clamp(channel + shift + rng.below(9) - 4, 0, 255);
    };
    layout.deskColour = QColor(jitter(base.red()), jitter(base.green()), jitter(base.blue()));
    layout.grainAngle = rng.uniform(-0.3, 0.3);
    layout.light = QPointF(rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.5));
    layout.shadowOffset = QPointF(rng.uniform(-0.012, 0.012), rng.uniform(0.004, 0.016)) * layout.width;
    layout.textureSeed = rng.next();
    return layout;
}

QImage renderShadow(const PhotoLayout &layout, QSize size) {
    QImage shadow(size, QImage::Format_ARGB32_Premultiplied);
    shadow.fill(Qt::transparent);
    QPainter p(&shadow);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal scale = qreal(size.width()) / layout.width;
    p.translate((layout.cardCentre + layout.shadowOffset) * scale);
    p.rotate(layout.tilt);
    const qreal cw = layout.cardWidth * scale;
    const qreal ch = cw * CardHeightMm / CardWidthMm;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 120));
    p.drawRoundedRect(QRectF(-cw / 2, -ch / 2, cw, ch), 1.0, 1.0);
    p.end();
    return shadow;
}

// The desk is rendered tiny and stretched over the whole frame: it has no fine
// detail worth paying for, and the stretch turns per-pixel noise into soft texture.
QImage renderDesk(const PhotoLayout &layout) {
    const int w = std::min(192, layout.width);
    const int h = std::max(1, w * layout.height / layout.width);
    QImage desk(w, h, QImage::Format_RGB32);
    Rng rng(layout.textureSeed);
    const qreal phase1 = rng.uniform(0, 6.28);
    const qreal phase2 = rng.uniform(0, 6.28);
    const qreal ca = std::cos(layout.grainAngle);
    const qreal sa = std::sin(layout.grainAngle);
    const qreal unit = 256.0 / w; // texture features keep their size relative to the frame
    for (int y = 0; y < h; ++y) {
        auto *row = reinterpret_cast<QRgb *>(desk.scanLine(y));
        for (int x = 0; x < w; ++x) {
            const qreal noise = rng.uniform(-1, 1);
            qreal shade = 1.0;
            switch (layout.deskStyle) {
            case 0: { // wood grain
                const qreal u = (x * ca + y * sa) * unit;
                const qreal v = (y * ca - x * sa) * unit;
                const qreal t =
                    v * 0.8 + 4.0 * std::sin(u * 0.015 + phase1) + 1.5 * std::sin(u * 0.05 + phase2);
                shade = 0.9 + 0.05 * std::sin(t) + 0.03 * std::sin(t * 2.7 + v * 0.1) + 0.03 * noise;
                break;
            }
            case 1: // white laminate
                shade = 1.0 + 0.015 * noise;
                break;
            case 2: // dark fabric mat
                shade = 1.0 + 0.08 * noise;
                break;
            default: // stone
                shade = 1.0 + 0.05 * noise +
                        0.04 * std::sin(x * unit * 0.09 + phase1) * std::sin(y * unit * 0.07 + phase2);
                break;
            }
            const auto channel = [shade](int c) { return std::clamp(qRound(c * shade), 0, 255); };
            row[x] = qRgb(channel(layout.deskColour.red()), channel(layout.deskColour.green()),
                          channel(layout.deskColour.blue()));
        }
    }

    QPainter p(&desk);
    p.setRenderHint(QPainter::Antialiasing);
    // Uneven room light: a bright spot and darker corners.
    QRadialGradient light(QPointF(layout.light.x() * w, layout.light.y() * h), w * 0.9);
    light.setColorAt(0, QColor(255, 250, 235, 60));
    light.setColorAt(1, QColor(255, 250, 235, 0));
    p.fillRect(desk.rect(), light);
    QRadialGradient vignette(QPointF(w / 2.0, h / 2.0), w * 0.75);
    vignette.setColorAt(0.55, QColor(0, 0, 0, 0));
    vignette.setColorAt(1, QColor(0, 0, 0, 90));
    p.fillRect(desk.rect(), vignette);

    // The card's soft shadow, stretched from a much smaller image: the stretch blurs
    // its edge for a fraction of what a real blur would cost.
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(QRectF(desk.rect()), renderShadow(layout, QSize(std::max(8, w / 5), std::max(6, h / 5))));
    p.end();
    return desk;
}

// Maps upright frame coordinates (w x h) to stored pixel coordinates for an EXIF
// orientation, i.e. the inverse of the transformation a viewer applies to display.
QTransform uprightToStored(int orientation, qreal w, qreal h) {
    switch (orientation) {
    case 2: // viewer mirrors horizontally
        return QTransform(-1, 0, 0, 1, w, 0);
    case 3: // viewer rotates 180°
        return QTransform(-1, 0, 0, -1, w, h);
    case 4: // viewer mirrors vertically
        return QTransform(1, 0, 0, -1, 0, h);
    case 5: // viewer transposes
        return QTransform(0, 1, 1, 0, 0, 0);
    case 6: // viewer rotates 90° clockwise
        return QTransform(0, -1, 1, 0, 0, w);
    case 7: // viewer transverses
        return QTransform(0, -1, -1, 0, h, w);
    case 8: // viewer rotates 90° counter-clockwise
        return QTransform(0, 1, -1, 0, h, 0);
    default:
        return {};
    }
}

// `image` (upright) as the camera would store it for `orientation`: the pixels of
// the image transformed by uprightToStored(). Flips and quarter turns are exact
// copies, so the result can stand in for the original under a compensating transform.
QImage toStoredOrientation(const QImage &image, int orientation) {
    const auto quarterTurn = [&image](qreal degrees) {
        return image.transformed(QTransform().rotate(degrees));
    };
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return image.mirrored(true, true);
    case 4:
        return image.mirrored(false, true);
    case 5:
        return quarterTurn(90).mirrored(true, false);
    case 6:
        return quarterTurn(270);
    case 7:
        return quarterTurn(90).mirrored(false, true);
    case 8:
        return quarterTurn(90);
    default:
        return image;
    }
}

// Two passes of a [1 2 1] kernel along rows and columns. Only ever run on the small
// frame of a blurred photo, so plain loops are fast enough.
void soften(QImage &image) {
    const int w = image.width();
    const int h = image.height();
    if (w < 3 || h < 3)
        return;
    // Red and blue, and green, are summed in separate words so no channel carries
    // into the next: four times 255 still fits the 16 bits between them.
    const auto blend = [](QRgb a, QRgb b, QRgb c) {
        const quint32 redBlue = ((a & 0xff00ffu) + 2 * (b & 0xff00ffu) + (c & 0xff00ffu)) >> 2;
        const quint32 green = ((a & 0xff00u) + 2 * (b & 0xff00u) + (c & 0xff00u)) >> 2;
        return 0xff000000u | (redBlue & 0xff00ffu) | (green & 0xff00u);
    };
    std::vector<QRgb> line(static_cast<size_t>(std::max(w, h)));
    for (int pass = 0; pass < 2; ++pass) {
        for (int y = 0; y < h; ++y) {
            auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
            std::copy(row, row + w, line.begin());
            for (int x = 0; x < w; ++x)
                row[x] = blend(line[size_t(std::max(x - 1, 0))], line[size_t(x)],
                               line[size_t(std::min(x + 1, w - 1))]);
        }
        for (int x = 0; x < w; ++x) {
            for (int y = 0; y < h; ++y)
                line[size_t(y)] = reinterpret_cast<const QRgb *>(image.constScanLine(y))[x];
            for (int y = 0; y < h; ++y) {
                reinterpret_cast<QRgb *>(image.scanLine(y))[x] = blend(
                    line[size_t(std::max(y - 1, 0))], line[size_t(y)], line[size_t(std::min(y + 1, h - 1))]);
            }
        }
    }
}

// The orientation whose stored pixels are those of `orientation` mirrored
// left-to-right.
int mirroredOrientation(int orientation) {
    static constexpr std::array<int, 9> mirrored = {1, 2, 1, 4, 3, 8, 7, 6, 5};
    return mirrored[static_cast<size_t>(orientation)];
}

// Under-exposure: darken to about a third with a slightly warm cast (indoor light)
// and add sensor noise, which is what a phone shows when it gives up on the light.
// Applied to the desk and the card before they are drawn rather than to the frame:
// drawing is linear, so the result is the same, and they are far smaller.
void underExpose(QImage &image, quint32 seed) {
    Q_ASSERT(image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32_Premultiplied);
    Rng rng(seed ^ 0x9e3779b9u);
    constexpr quint32 gainRed = 98; // out of 256
    constexpr quint32 gainGreen = 90;
    constexpr quint32 gainBlue = 78;
    // A small noise table read from a random offset per row: per-pixel random
    // numbers would cost more than everything else here. The noise is never
    // negative (it lifts the black level a little, as sensor noise does), which
    // spares clamping: 255 * 98 / 256 + 8 still fits a channel.
    constexpr int tableSize = 1024;
    std::array<quint8, 2 * tableSize> noise{};
    for (quint8 &n : noise)
        n = static_cast<quint8>(rng.below(5) + rng.below(5));
    const int w = image.width();
    for (int y = 0; y < image.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x0 = 0; x0 < w; x0 += tableSize) {
            const quint8 *n = noise.data() + rng.below(tableSize);
            const int end = std::min(w - x0, tableSize);
            QRgb *pixels = row + x0;
            for (int x = 0; x < end; ++x) {
                const QRgb p = pixels[x];
                const quint32 alpha = p >> 24;
                // Premultiplied colour scales like opaque colour; noise goes only on
                // opaque pixels so that the card's feathered edge stays valid.
                const quint32 grain = alpha == 0xff ? n[x] : 0;
                const quint32 r = ((((p >> 16) & 0xff) * gainRed) >> 8) + grain;
                const quint32 g = ((((p >> 8) & 0xff) * gainGreen) >> 8) + grain;
                const quint32 b = (((p & 0xff) * gainBlue) >> 8) + grain;
                pixels[x] = (alpha << 24) | (r << 16) | (g << 8) | b;
            }
        }
    }
}

// Frames above 8 MP (32 MiB, the most glibc's malloc serves from its heap) are each a
// fresh mapping whose 4 KiB page faults cost more than painting the frame (about
// 2.5 ms per megapixel, measured); on Linux they ask for transparent huge pages.
QImage allocateFrame(QSize size) {
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr size_t hugePage = size_t(2) << 20;
    const size_t bytes = size_t(size.width()) * size_t(size.height()) * 4;
    if (bytes >= 16 * hugePage) {
        const size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
        if (void *memory = std::aligned_alloc(hugePage, rounded)) {
            madvise(memory, rounded, MADV_HUGEPAGE); // only advice: small pages still work
            return QImage(
                static_cast<uchar *>(memory), size.width(), size.height(), size.width() * 4,
                QImage::Format_RGB32, [](void *block) { std::free(block); }, memory);
        }
    }
#endif
    return QImage(size, QImage::Format_RGB32);
}

QByteArray encode(const QImage &image, const char *format, int quality) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qWarning("DocumentPainter: cannot encode %s: %s", format, qPrintable(writer.errorString()));
    return bytes;
}

RenderedDocument renderIdPhoto(CardSide side, const IdCardFace &face, double megapixels, Blemish blemish,
                               int exifOrientation, quint32 seed) {
    const int orientation = exifOrientation >= 1 && exifOrientation <= 8 ? exifOrientation : 1;
    const PhotoLayout layout = makeLayout(megapixels, seed);
    const bool transposed = orientation >= 5;
    const QSize stored = transposed ? QSize(layout.height, layout.width) : QSize(layout.width, layout.height);

    const int reduction = blemish == Blemish::Blurred ? BlurFactor : 1;
    const QSize frameSize(std::max(1, stored.width() / reduction), std::max(1, stored.height() / reduction));
    const QTransform toFrame = uprightToStored(orientation, layout.width, layout.height) *
                               QTransform::fromScale(qreal(frameSize.width()) / stored.width(),
                                                     qreal(frameSize.height()) / stored.height());

    // The desk and the card are turned into the stored orientation while they are
    // small, so that the big frame is only ever sampled along its rows: a quarter
    // turn in the painter's transform makes the blits about twice as slow.
    const bool dim = blemish == Blemish::Dim;
    QImage frame = allocateFrame(frameSize);
    {
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        QImage desk = renderDesk(layout);
        if (dim)
            underExpose(desk, seed);
        p.drawImage(QRectF(QPointF(0, 0), frameSize), toStoredOrientation(desk, orientation));

        const qreal frameScale = std::sqrt(std::abs(toFrame.determinant()));
        const int cardWidth = cardRenderWidth(layout.cardWidth * frameScale);
        QImage card = renderCard(side, face, cardWidth);
        if (dim)
            underExpose(card, seed + 1);
        const qreal k = layout.cardWidth / cardWidth;
        QTransform cardToUpright;
        cardToUpright.translate(layout.cardCentre.x(), layout.cardCentre.y());
        cardToUpright.rotate(layout.tilt);
        cardToUpright.scale(k, k);
        cardToUpright.translate(-card.width() / 2.0, -card.height() / 2.0);
        const auto cardToFrame = [&](int cardOrientation) {
            return uprightToStored(cardOrientation, card.width(), card.height()).inverted() * cardToUpright *
                   toFrame;
        };
        // Qt 6.4's bilinear sampler is up to twice as fast when going down the
        // frame moves rightwards through the source image (measured); when the tilt
        // makes it move leftwards, a mirrored copy of the card (folded into the
        // orientation turn, so no extra copy) is drawn with a mirrored transform.
        int cardOrientation = orientation;
        if (cardToFrame(orientation).inverted().m21() < 0)
            cardOrientation = mirroredOrientation(orientation);
        p.setTransform(cardToFrame(cardOrientation));
        p.drawImage(QPointF(0, 0), toStoredOrientation(card, cardOrientation));
    }
    if (reduction != 1) {
        // Softened first, or the stretch shows the small frame's pixels instead of
        // a lens out of focus. Painting the upscale is about twice as fast as
        // QImage::scaled().
        soften(frame);
        QImage full = allocateFrame(stored);
        QPainter p(&full);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRectF(QPointF(0, 0), stored), frame);
        p.end();
        frame = full;
    }

    RenderedDocument document;
    document.bytes = ExifOrientation::withOrientation(encode(frame, "jpeg", JpegQuality), orientation);
    document.mediaType = u"image/jpeg"_s;
    document.pixelSize = frame.size();
    return document;
}

// ---------------------------------------------------------------------------
// Vouchers.

QString formatYuan(qint64 cents) {
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-¥"_s : u"¥"_s) + QString::number(magnitude / 100) + u'.' +
           QString::number(magnitude % 100).rightJustified(2, u'0');
}

QList<std::pair<QString, QString>> voucherRows(const Voucher &voucher) {
    return {
        {u"凭证编号"_s, voucher.receiptNumber},
        {u"销售时间"_s, voucher.soldAt.toString(u"yyyy-MM-dd HH:mm:ss"_s)},
        {u"客户姓名"_s, voucher.customerName},
        {u"商品名称"_s, u"数据卡（含首月套餐）"_s},
        {u"卡号"_s, voucher.cardNumber},
        {u"实收金额"_s, formatYuan(voucher.amountCents)},
        {u"销售网点"_s, voucher.agentName},
    };
}

// The agent's red seal, slightly rotated and translucent like a real ink stamp.
void paintSeal(QPainter &p, QPointF centre, qreal radius, const QString &agentName, qreal rotation) {
    const QColor ink(210, 30, 40, 190);
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(centre);
    p.rotate(rotation);
    p.setPen(QPen(ink, radius * 0.06));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(0, 0), radius, radius);
    p.setPen(Qt::NoPen);
    p.setBrush(ink);
    p.drawPolygon(star(QPointF(0, 0), radius * 0.28));

    // The agent's name runs clockwise along the top of the ring, glyph tops facing
    // out; long names get smaller glyphs rather than overlapping ones.
    const QString name = agentName.isEmpty() ? u"销售代理"_s : agentName;
    const qsizetype n = name.size();
    const qreal sweep = std::min<qreal>(220.0, 24.0 * n);
    const qreal baselineRadius = radius * 0.66;
    const qreal step = n > 1 ? qDegreesToRadians(sweep / (n - 1)) * baselineRadius : radius;
    const QFont font = cjkFont(qRound(std::min(radius * 0.26, step * 0.92)), QFont::Bold);
    const QFontMetricsF metrics(font);
    p.setFont(font);
    p.setPen(ink);
    for (qsizetype i = 0; i < n; ++i) {
        const qreal angle = n == 1 ? 0.0 : -sweep / 2 + sweep * i / (n - 1);
        p.save();
        p.rotate(angle);
        const QString glyph = name.mid(i, 1);
        drawText(p, QPointF(-metrics.horizontalAdvance(glyph) / 2, -baselineRadius), glyph);
        p.restore();
    }
    p.setFont(cjkFont(qRound(radius * 0.2), QFont::Bold));
    const QString caption = u"销售专用章"_s;
    const qreal width = QFontMetricsF(p.font()).horizontalAdvance(caption);
    drawText(p, QPointF(-width / 2, radius * 0.66), caption);
    p.restore();
}

// A QR-code-like block: finder squares and pseudo-random modules. It decodes to
// nothing; it only has to look like the code on a real e-receipt.
void paintPseudoQr(QPainter &p, QRectF rect, quint32 seed) {
    constexpr int modules = 25;
    const qreal m = rect.width() / modules;
    Rng rng(seed);
    p.save();
    p.setPen(Qt::NoPen);
    p.fillRect(rect, Qt::white);
    p.setBrush(QColor(20, 20, 20));
    const auto inFinder = [](int x, int y) {
        return (x < 8 && y < 8) || (x >= modules - 8 && y < 8) || (x < 8 && y >= modules - 8);
    };
    for (int y = 0; y < modules; ++y) {
        for (int x = 0; x < modules; ++x) {
            if (!inFinder(x, y) && rng.below(2) == 1)
                p.drawRect(QRectF(rect.x() + x * m, rect.y() + y * m, m, m));
        }
    }
    for (const QPointF corner : {QPointF(0, 0), QPointF(modules - 7, 0), QPointF(0, modules - 7)}) {
        const QPointF origin = rect.topLeft() + corner * m;
        p.drawRect(QRectF(origin, QSizeF(7 * m, 7 * m)));
        p.setBrush(Qt::white);
        p.drawRect(QRectF(origin + QPointF(m, m), QSizeF(5 * m, 5 * m)));
        p.setBrush(QColor(20, 20, 20));
        p.drawRect(QRectF(origin + QPointF(2 * m, 2 * m), QSizeF(3 * m, 3 * m)));
    }
    p.restore();
}

} // namespace

RenderedDocument DocumentPainter::idFront(const IdCardFace &face, double megapixels, Blemish blemish,
                                          int exifOrientation, quint32 seed) {
    return renderIdPhoto(CardSide::Front, face, megapixels, blemish, exifOrientation, seed);
}

RenderedDocument DocumentPainter::idBack(const IdCardFace &face, double megapixels, Blemish blemish,
                                         int exifOrientation, quint32 seed) {
    return renderIdPhoto(CardSide::Back, face, megapixels, blemish, exifOrientation, seed);
}

RenderedDocument DocumentPainter::voucherPng(const Voucher &voucher, quint32 seed) {
    Rng rng(seed);
    // Common phone screen sizes, none above 1080 x 1920.
    static const std::array<QSize, 4> screens = {QSize(720, 1280), QSize(750, 1334), QSize(828, 1472),
                                                 QSize(1080, 1920)};
    const QSize size = screens[static_cast<size_t>(rng.below(4))];
    static const std::array<QColor, 4> themes = {QColor(22, 119, 255), QColor(7, 193, 96),
                                                 QColor(255, 106, 0), QColor(230, 33, 41)};
    const QColor theme = themes[static_cast<size_t>(rng.below(4))];
    const qreal dp = size.width() / 360.0; // layout in Android-style density-independent pixels
    const auto px = [dp](qreal v) { return v * dp; };
    const auto fontPx = [dp](qreal v) { return qRound(v * dp); };

    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(242, 243, 245));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);

    // Status bar and navigation bar, as any phone screenshot has.
    p.fillRect(QRectF(0, 0, size.width(), px(80)), theme);
    p.setPen(Qt::white);
    p.setFont(cjkFont(fontPx(13), QFont::Medium));
    const QDateTime shotAt = voucher.soldAt.addSecs(60 + rng.below(600));
    drawText(p, QPointF(px(16), px(18)), shotAt.toString(u"HH:mm"_s));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    for (int i = 0; i < 4; ++i)
        p.drawRect(QRectF(px(292 + i * 5), px(16 - 3 * i), px(3), px(3 + 3 * i)));
    p.setPen(QPen(Qt::white, px(1)));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(px(318), px(6), px(22), px(11)), px(2), px(2));
    p.fillRect(QRectF(px(320), px(8), px(6 + rng.below(14)), px(7)), Qt::white);
    p.setFont(cjkFont(fontPx(17), QFont::Medium));
    drawCentredText(p, QRectF(0, px(28), size.width(), px(48)), u"电子销售凭证"_s);
    p.setPen(QPen(Qt::white, px(2)));
    p.drawPolyline(QPolygonF({QPointF(px(24), px(44)), QPointF(px(16), px(52)), QPointF(px(24), px(60))}));

    // The receipt card.
    const QRectF card(px(14), px(92), size.width() - px(28), px(392));
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(card, px(10), px(10));
    p.setBrush(QColor(7, 193, 96));
    p.drawEllipse(QPointF(size.width() / 2.0, px(124)), px(17), px(17));
    p.setPen(QPen(Qt::white, px(3.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawPolyline(
        QPolygonF({QPointF(size.width() / 2.0 - px(8), px(124)), QPointF(size.width() / 2.0 - px(2), px(131)),
                   QPointF(size.width() / 2.0 + px(9), px(117))}));
    p.setPen(QColor(30, 30, 30));
    p.setFont(cjkFont(fontPx(15)));
    drawCentredText(p, QRectF(card.left(), px(146), card.width(), px(24)), u"交易成功"_s);
    p.setFont(cjkFont(fontPx(32), QFont::Bold));
    drawCentredText(p, QRectF(card.left(), px(170), card.width(), px(44)), formatYuan(voucher.amountCents));
    p.setPen(QPen(QColor(230, 230, 232), px(1)));
    p.drawLine(QPointF(card.left() + px(16), px(226)), QPointF(card.right() - px(16), px(226)));

    qreal y = px(254);
    p.setFont(cjkFont(fontPx(14)));
    const QFontMetricsF metrics(p.font());
    for (const auto &[label, value] : voucherRows(voucher)) {
        p.setPen(QColor(140, 140, 145));
        drawText(p, QPointF(card.left() + px(16), y), label);
        p.setPen(QColor(30, 30, 30));
        const QString shown = metrics.elidedText(value, Qt::ElideMiddle, card.width() - px(120));
        drawText(p, QPointF(card.right() - px(16) - metrics.horizontalAdvance(shown), y), shown);
        y += px(34);
    }
    paintSeal(p, QPointF(card.right() - px(72), px(412)), px(44), voucher.agentName, rng.uniform(-20, 20));

    paintPseudoQr(p, QRectF(size.width() / 2.0 - px(50), px(500), px(100), px(100)),
                  seed ^ stableHash(voucher.receiptNumber));
    p.setPen(QColor(140, 140, 145));
    p.setFont(cjkFont(fontPx(12)));
    drawCentredText(p, QRectF(0, px(606), size.width(), px(24)), u"请妥善保管本凭证，办理补卡时需出示"_s);
    p.end();

    RenderedDocument document;
    // For PNG the quality sets zlib's effort; 80 (level 1) encodes fastest short of
    // storing uncompressed, and flat screenshot colours still compress well.
    document.bytes = encode(image, "png", 80);
    document.mediaType = u"image/png"_s;
    document.pixelSize = image.size();
    return document;
}

RenderedDocument DocumentPainter::voucherPdf(const Voucher &voucher) {
    RenderedDocument document;
    QBuffer buffer(&document.bytes);
    buffer.open(QIODevice::WriteOnly);
    const QPageSize pageSize(QPageSize::A6);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(300);
        writer.setTitle(u"销售凭证 "_s + voucher.receiptNumber);
        writer.setCreator(u"ReissueDesk demo data"_s);

        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal mm = 300 / 25.4;
        const qreal pageWidth = pageSize.size(QPageSize::Millimeter).width() * mm;
        const qreal left = 9 * mm;
        const qreal right = pageWidth - 9 * mm;

        p.setPen(QColor(20, 20, 20));
        p.setFont(cjkFont(qRound(4.6 * mm), QFont::Bold));
        p.drawText(QRectF(0, 8 * mm, pageWidth, 8 * mm), Qt::AlignCenter, voucher.agentName);
        p.setFont(cjkFont(qRound(3.6 * mm)));
        p.drawText(QRectF(0, 17 * mm, pageWidth, 6 * mm), Qt::AlignCenter, u"数据卡销售凭证"_s);
        p.setPen(QPen(QColor(20, 20, 20), 0.3 * mm));
        p.drawLine(QPointF(left, 25 * mm), QPointF(right, 25 * mm));

        qreal y = 32 * mm;
        p.setFont(cjkFont(qRound(3.0 * mm)));
        const QFontMetricsF metrics(p.font());
        for (const auto &[label, value] : voucherRows(voucher)) {
            p.drawText(QPointF(left, y), label + u'：');
            const QString shown = metrics.elidedText(value, Qt::ElideMiddle, right - left - 20 * mm);
            p.drawText(QPointF(right - metrics.horizontalAdvance(shown), y), shown);
            y += 7 * mm;
        }
        p.setPen(QPen(QColor(20, 20, 20), 0.2 * mm, Qt::DashLine));
        p.drawLine(QPointF(left, y - 3 * mm), QPointF(right, y - 3 * mm));
        p.setPen(QColor(20, 20, 20));
        p.drawText(QPointF(left, y + 5 * mm), u"经办人：__________"_s);
        p.drawText(QPointF(left, y + 12 * mm), u"客户签字：__________"_s);
        p.setFont(cjkFont(qRound(2.4 * mm)));
        p.drawText(QRectF(left, y + 20 * mm, right - left, 12 * mm), Qt::AlignLeft | Qt::TextWordWrap,
                   u"本凭证为购卡证明，办理补卡时请出示。如有疑问请联系销售网点。"_s);
        paintSeal(p, QPointF(right - 18 * mm, y + 8 * mm), 13 * mm, voucher.agentName,
                  (stableHash(voucher.receiptNumber) % 30) - 15.0);
    }
    document.mediaType = u"application/pdf"_s;
    document.pixelSize = pageSize.sizePoints();
    return document;
}

} // namespace reissuedesk::demo
