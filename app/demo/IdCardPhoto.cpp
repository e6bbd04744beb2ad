#include "demo/IdCardPhoto.h"

#include "demo/ExifOrientation.h"
#include "demo/PaintingSupport.h"
#include "demo/PhotoEffects.h"

#include <QPainter>
#include <QRadialGradient>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace reissuedesk::demo::painting {

namespace {

constexpr int JpegQuality = 85;

// Blurred photos are rendered this many times smaller and scaled back up: a cheap
// stand-in for a lens out of focus, and cheaper than rendering sharp then blurring.
constexpr int BlurFactor = 6;

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
PhotoLayout makeLayout(double megapixels, quint32 seed)
{
    Rng rng(seed);
    PhotoLayout layout;
    const double mp = std::isfinite(megapixels) ? std::clamp(megapixels, 1.0, 24.0) : 1.0;
    layout.width = qRound(std::sqrt(mp * 1e6 * 4.0 / 3.0));
    layout.height = qRound(layout.width * 3.0 / 4.0);
    layout.cardWidth = layout.width * rng.uniform(0.70, 0.82);
    layout.tilt = rng.uniform(-5.0, 5.0);
    layout.cardCentre = QPointF(layout.width * rng.uniform(0.46, 0.54), layout.height * rng.uniform(0.46, 0.54));
    layout.deskStyle = rng.below(4);
    static const std::array<QColor, 4> deskColours = {QColor(150, 104, 66), QColor(226, 223, 216), QColor(58, 62, 72),
                                                      QColor(160, 158, 150)};
    const QColor base = deskColours[static_cast<size_t>(layout.deskStyle)];
    // Mostly a brightness shift: independent per-channel jitter tints white desks green.
    const int shift = rng.below(25) - 12;
    const auto jitter = [&rng, shift](int channel) { return std::clamp(channel + shift + rng.below(9) - 4, 0, 255); };
    layout.deskColour = QColor(jitter(base.red()), jitter(base.green()), jitter(base.blue()));
    layout.grainAngle = rng.uniform(-0.3, 0.3);
    layout.light = QPointF(rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.5));
    layout.shadowOffset = QPointF(rng.uniform(-0.012, 0.012), rng.uniform(0.004, 0.016)) * layout.width;
    layout.textureSeed = rng.next();
    return layout;
}

QImage renderShadow(const PhotoLayout &layout, QSize size)
{
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
QImage renderDesk(const PhotoLayout &layout)
{
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
                const qreal t = v * 0.8 + 4.0 * std::sin(u * 0.015 + phase1) + 1.5 * std::sin(u * 0.05 + phase2);
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
                shade =
                    1.0 + 0.05 * noise + 0.04 * std::sin(x * unit * 0.09 + phase1) * std::sin(y * unit * 0.07 + phase2);
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

} // namespace

RenderedDocument renderIdPhoto(CardSide side, const IdCardFace &face, double megapixels, Blemish blemish,
                               int exifOrientation, quint32 seed)
{
    const int orientation = exifOrientation >= 1 && exifOrientation <= 8 ? exifOrientation : 1;
    const PhotoLayout layout = makeLayout(megapixels, seed);
    const bool transposed = orientation >= 5;
    const QSize stored = transposed ? QSize(layout.height, layout.width) : QSize(layout.width, layout.height);

    const int reduction = blemish == Blemish::Blurred ? BlurFactor : 1;
    const QSize frameSize(std::max(1, stored.width() / reduction), std::max(1, stored.height() / reduction));
    const QTransform toFrame =
        uprightToStored(orientation, layout.width, layout.height) *
        QTransform::fromScale(qreal(frameSize.width()) / stored.width(), qreal(frameSize.height()) / stored.height());

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
            return uprightToStored(cardOrientation, card.width(), card.height()).inverted() * cardToUpright * toFrame;
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

} // namespace reissuedesk::demo::painting
