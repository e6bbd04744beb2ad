#include "demo/IdCardSample.h"

#include "core/ResidentIdNumber.h"
#include "demo/DemoDataGenerator.h"
#include "demo/ExifOrientation.h"
#include "demo/IdCard.h"
#include "demo/PaintingSupport.h"
#include "demo/PhotoEffects.h"

#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <array>
#include <cmath>

namespace reissuedesk::demo {

using namespace painting;

namespace {

IdCardFace sampleFace(quint32 seed, Rng &rng)
{
    // The demo generator's people, with a valid number (it makes some invalid on
    // purpose, and those the reader must not report, which is another test).
    DemoDataGenerator people(seed, QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC));
    IdCardFace face;
    for (int i = 0; i < 50; ++i) {
        face = people.next().face;
        if (face.idNumber.size() == 18 && ResidentIdNumber::validate(face.idNumber, QDate(2026, 6, 1)).valid &&
            face.birthDate.isValid())
            break;
    }
    face.validFrom = QDate(2008, 1, 1).addDays(rng.below(365 * 18));
    static constexpr std::array<int, 4> periods = {5, 10, 20, 0}; // 0: long-term
    const int years = periods[static_cast<size_t>(rng.below(4))];
    face.validUntil = years == 0 ? QDate() : face.validFrom.addYears(years);
    return face;
}

void addNoise(QImage &frame, Rng &rng, int amplitude)
{
    constexpr int tableSize = 4096;
    std::array<int, 2 * tableSize> table{};
    for (int &n : table)
        n = rng.below(amplitude + 1) + rng.below(amplitude + 1) + rng.below(amplitude + 1) - 3 * amplitude / 2;
    for (int y = 0; y < frame.height(); ++y) {
        auto *row = reinterpret_cast<QRgb *>(frame.scanLine(y));
        const int *n = table.data() + rng.below(tableSize);
        for (int x = 0; x < frame.width(); ++x) {
            const int d = n[x % tableSize];
            const auto channel = [d](int c) { return std::clamp(c + d, 0, 255); };
            row[x] = qRgb(channel(qRed(row[x])), channel(qGreen(row[x])), channel(qBlue(row[x])));
        }
    }
}

} // namespace

QString IdCardSampleGenerator::distortionName(SampleDistortion distortion)
{
    static constexpr std::array<const char *, DistortionCount> names = {
        "clean", "tilted", "blurred", "noisy", "dim", "low-quality", "exif-6", "exif-8", "small", "large"};
    return QString::fromLatin1(names[static_cast<size_t>(distortion)]);
}

QString IdCardSample::describe() const
{
    return QStringLiteral("%1 %2 %3x%4 tilt %5 q%6 exif %7")
        .arg(front ? QStringLiteral("front") : QStringLiteral("back"),
             IdCardSampleGenerator::distortionName(distortion))
        .arg(width)
        .arg(height)
        .arg(tilt, 0, 'f', 1)
        .arg(jpegQuality)
        .arg(exifOrientation);
}

IdCardSample IdCardSampleGenerator::make(quint32 seed, int index)
{
    const quint32 sampleSeed = seed * 2654435761u + quint32(index) * 40503u + 1u;
    Rng rng(sampleSeed);
    IdCardSample sample;
    sample.distortion = static_cast<SampleDistortion>(index % DistortionCount);
    sample.front = (index / DistortionCount + index) % 2 == 0;
    sample.face = sampleFace(sampleSeed, rng);

    const SampleDistortion d = sample.distortion;
    sample.width = d == SampleDistortion::Small   ? 800 + rng.below(200)
                   : d == SampleDistortion::Large ? 3500 + rng.below(501)
                                                  : 1000 + rng.below(2200);
    sample.height = sample.width * 3 / 4;
    sample.tilt = rng.uniform(-8.0, 8.0);
    if (d == SampleDistortion::Tilted)
        sample.tilt = (sample.tilt < 0 ? -1 : 1) * rng.uniform(6.0, 8.0);
    sample.jpegQuality = d == SampleDistortion::LowQuality ? 55 + rng.below(8) : 62 + rng.below(34);
    sample.exifOrientation = d == SampleDistortion::Exif6 ? 6 : d == SampleDistortion::Exif8 ? 8 : 1;
    const double cardShare = rng.uniform(0.55, 0.8);
    const QPointF centre(sample.width * rng.uniform(0.47, 0.53), sample.height * rng.uniform(0.47, 0.53));
    static constexpr std::array<QRgb, 4> desks = {qRgb(150, 104, 66), qRgb(226, 223, 216), qRgb(58, 62, 72),
                                                  qRgb(160, 158, 150)};
    const QColor desk(desks[static_cast<size_t>(rng.below(4))]);
    const QPointF light(rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.6));
    const quint32 effectSeed = rng.next();

    // A blurred photo is painted small, softened and enlarged: the lens smears about
    // a sixth of a millimetre of the card, whatever the photo's size.
    const double cardWidth = sample.width * cardShare;
    const double pixelsPerMm = cardWidth / CardWidthMm;
    const double reduction = d == SampleDistortion::Blurred ? std::max(1.0, pixelsPerMm / 7.0) : 1.0;
    const QSize frameSize(qRound(sample.width / reduction), qRound(sample.height / reduction));
    const double scale = double(frameSize.width()) / sample.width;

    QImage frame = allocateFrame(frameSize);
    {
        QImage deskImage(32, 24, QImage::Format_RGB32);
        deskImage.fill(desk);
        QPainter dp(&deskImage);
        QRadialGradient glow(QPointF(light.x() * 32, light.y() * 24), 30);
        glow.setColorAt(0, QColor(255, 250, 235, 70));
        glow.setColorAt(1, QColor(0, 0, 0, 60));
        dp.fillRect(deskImage.rect(), glow);
        dp.end();
        const bool dim = d == SampleDistortion::Dim;
        if (dim)
            underExpose(deskImage, effectSeed);

        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRectF(QPointF(0, 0), frameSize), deskImage);

        const int renderWidth = cardRenderWidth(cardWidth * scale);
        QImage card = renderCard(sample.front ? CardSide::Front : CardSide::Back, sample.face, renderWidth);
        if (dim)
            underExpose(card, effectSeed + 1);
        const double k = cardWidth * scale / renderWidth;
        p.translate(centre * scale);
        p.rotate(sample.tilt);
        // A soft shadow under the card's lower edge.
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 70));
        p.drawRoundedRect(
            QRectF(-card.width() * k / 2 + 2 * k, -card.height() * k / 2 + 4 * k, card.width() * k, card.height() * k),
            8 * k, 8 * k);
        p.scale(k, k);
        p.drawImage(QPointF(-card.width() / 2.0, -card.height() / 2.0), card);
    }
    if (reduction > 1.0 || d == SampleDistortion::Blurred) {
        soften(frame);
        if (reduction > 1.0) {
            QImage full = allocateFrame(QSize(sample.width, sample.height));
            QPainter p(&full);
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(QRectF(full.rect()), frame);
            p.end();
            frame = full;
        }
    }
    if (d == SampleDistortion::Noisy) {
        Rng noise(effectSeed + 2);
        addNoise(frame, noise, 10 + noise.below(8));
    }
    const QImage stored = toStoredOrientation(frame, sample.exifOrientation);
    sample.jpeg = ExifOrientation::withOrientation(encode(stored, "jpeg", sample.jpegQuality), sample.exifOrientation);
    return sample;
}

} // namespace reissuedesk::demo
