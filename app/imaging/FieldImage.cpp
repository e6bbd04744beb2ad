#include "imaging/FieldImage.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace reissuedesk {

QImage FieldImage::extract(const QImage &gray, const QTransform &mmToImage, const QRectF &mm, double pixelsPerMm)
{
    const int w = std::clamp(int(std::ceil(mm.width() * pixelsPerMm)), 1, 4000);
    const int h = std::clamp(int(std::ceil(mm.height() * pixelsPerMm)), 1, 1000);
    QImage out(w, h, QImage::Format_Grayscale8);
    if (gray.isNull()) {
        out.fill(255);
        return out;
    }
    // Photo pixels per output pixel: above one, several samples per output pixel
    // average the photo instead of aliasing its fine print.
    const double sourcePerMm = std::sqrt(std::abs(mmToImage.determinant()));
    const int samples = std::clamp(int(std::ceil(sourcePerMm / pixelsPerMm)), 1, 4);
    const double step = 1.0 / (pixelsPerMm * samples);
    const int sw = gray.width();
    const int sh = gray.height();
    const double m11 = mmToImage.m11(), m12 = mmToImage.m12(), m21 = mmToImage.m21(), m22 = mmToImage.m22();
    const double dx = mmToImage.dx(), dy = mmToImage.dy();
    const auto sample = [&](double x, double y) -> int {
        // Bilinear, with the photo's border pixel repeated outside it.
        x = std::clamp(x - 0.5, 0.0, double(sw - 1));
        y = std::clamp(y - 0.5, 0.0, double(sh - 1));
        const int x0 = int(x);
        const int y0 = int(y);
        const int x1 = std::min(x0 + 1, sw - 1);
        const int y1 = std::min(y0 + 1, sh - 1);
        const double fx = x - x0;
        const double fy = y - y0;
        const uchar *r0 = gray.constScanLine(y0);
        const uchar *r1 = gray.constScanLine(y1);
        const double top = r0[x0] + (r0[x1] - r0[x0]) * fx;
        const double bottom = r1[x0] + (r1[x1] - r1[x0]) * fx;
        return int(top + (bottom - top) * fy + 0.5);
    };
    for (int j = 0; j < h; ++j) {
        uchar *row = out.scanLine(j);
        for (int i = 0; i < w; ++i) {
            int sum = 0;
            for (int sj = 0; sj < samples; ++sj) {
                const double Y = mm.y() + j / pixelsPerMm + (sj + 0.5) * step;
                for (int si = 0; si < samples; ++si) {
                    const double X = mm.x() + i / pixelsPerMm + (si + 0.5) * step;
                    sum += sample(m11 * X + m21 * Y + dx, m12 * X + m22 * Y + dy);
                }
            }
            row[i] = uchar(sum / (samples * samples));
        }
    }
    return out;
}

void FieldImage::stretchContrast(QImage &image)
{
    std::array<int, 256> histogram{};
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            ++histogram[row[x]];
    }
    const qint64 total = qint64(image.width()) * image.height();
    const auto percentile = [&](double share) {
        qint64 seen = 0;
        for (int v = 0; v < 256; ++v) {
            seen += histogram[size_t(v)];
            if (seen >= total * share)
                return v;
        }
        return 255;
    };
    const int low = percentile(0.01);
    const int high = percentile(0.99);
    if (high - low < 8)
        return;
    std::array<uchar, 256> map{};
    for (int v = 0; v < 256; ++v)
        map[size_t(v)] = uchar(std::clamp((v - low) * 255 / (high - low), 0, 255));
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            row[x] = map[row[x]];
    }
}

QImage FieldImage::binarized(const QImage &image)
{
    std::array<double, 256> histogram{};
    for (int y = 0; y < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x)
            ++histogram[row[x]];
    }
    double total = 0, sum = 0;
    for (int v = 0; v < 256; ++v) {
        total += histogram[size_t(v)];
        sum += v * histogram[size_t(v)];
    }
    double weightBelow = 0, sumBelow = 0, bestVariance = -1;
    int threshold = 128;
    for (int v = 0; v < 256; ++v) {
        weightBelow += histogram[size_t(v)];
        if (weightBelow == 0 || weightBelow == total)
            continue;
        sumBelow += v * histogram[size_t(v)];
        const double meanBelow = sumBelow / weightBelow;
        const double meanAbove = (sum - sumBelow) / (total - weightBelow);
        const double variance = weightBelow * (total - weightBelow) * (meanBelow - meanAbove) * (meanBelow - meanAbove);
        if (variance > bestVariance) {
            bestVariance = variance;
            threshold = v;
        }
    }
    QImage out(image.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *in = image.constScanLine(y);
        uchar *row = out.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            row[x] = in[x] > threshold ? 255 : 0;
    }
    return out;
}

QImage FieldImage::padded(const QImage &image, int margin)
{
    QImage out(image.width() + 2 * margin, image.height() + 2 * margin, QImage::Format_Grayscale8);
    out.fill(255);
    for (int y = 0; y < image.height(); ++y)
        std::copy_n(image.constScanLine(y), image.width(), out.scanLine(y + margin) + margin);
    return out;
}

QImage FieldImage::scaled(const QImage &image, double factor)
{
    return image
        .scaled(std::max(1, qRound(image.width() * factor)), std::max(1, qRound(image.height() * factor)),
                Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .convertToFormat(QImage::Format_Grayscale8);
}

} // namespace reissuedesk
