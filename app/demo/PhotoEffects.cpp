#include "demo/PhotoEffects.h"

#include "demo/PaintingSupport.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#endif

namespace reissuedesk::demo::painting {

QTransform uprightToStored(int orientation, qreal w, qreal h)
{
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

QImage toStoredOrientation(const QImage &image, int orientation)
{
    const auto quarterTurn = [&image](qreal degrees) { return image.transformed(QTransform().rotate(degrees)); };
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

void soften(QImage &image)
{
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
                row[x] = blend(line[size_t(std::max(x - 1, 0))], line[size_t(x)], line[size_t(std::min(x + 1, w - 1))]);
        }
        for (int x = 0; x < w; ++x) {
            for (int y = 0; y < h; ++y)
                line[size_t(y)] = reinterpret_cast<const QRgb *>(image.constScanLine(y))[x];
            for (int y = 0; y < h; ++y) {
                reinterpret_cast<QRgb *>(image.scanLine(y))[x] =
                    blend(line[size_t(std::max(y - 1, 0))], line[size_t(y)], line[size_t(std::min(y + 1, h - 1))]);
            }
        }
    }
}

int mirroredOrientation(int orientation)
{
    static constexpr std::array<int, 9> mirrored = {1, 2, 1, 4, 3, 8, 7, 6, 5};
    return mirrored[static_cast<size_t>(orientation)];
}

void underExpose(QImage &image, quint32 seed)
{
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

QImage allocateFrame(QSize size)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr size_t hugePage = size_t(2) << 20;
    const size_t bytes = size_t(size.width()) * size_t(size.height()) * 4;
    if (bytes >= 16 * hugePage) {
        const size_t rounded = (bytes + hugePage - 1) / hugePage * hugePage;
        if (void *memory = std::aligned_alloc(hugePage, rounded)) {
            madvise(memory, rounded, MADV_HUGEPAGE); // only advice: small pages still work
            return QImage(
                static_cast<uchar *>(memory), size.width(), size.height(), size.width() * 4, QImage::Format_RGB32,
                [](void *block) { std::free(block); }, memory);
        }
    }
#endif
    return QImage(size, QImage::Format_RGB32);
}

} // namespace reissuedesk::demo::painting
