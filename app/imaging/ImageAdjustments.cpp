#include "imaging/ImageAdjustments.h"

#include <algorithm>
#include <cmath>

namespace reissuedesk {

ImageAdjustments ImageAdjustments::clamped() const
{
    ImageAdjustments result = *this;
    result.brightness = std::clamp(result.brightness, -100, 100);
    result.contrast = std::clamp(result.contrast, -100, 100);
    result.gamma = std::clamp(result.gamma, 0.2, 5.0);
    return result;
}

std::array<uchar, 256> ImageAdjustments::lookupTable() const
{
    std::array<uchar, 256> table{};
    const double slope = contrast >= 0 ? 1.0 + 3.0 * contrast / 100.0 : 1.0 + contrast / 100.0;
    const double offset = brightness / 100.0;
    const double exponent = 1.0 / std::clamp(gamma, 0.05, 20.0);
    for (int v = 0; v < 256; ++v) {
        double x = v / 255.0;
        x = (x - 0.5) * slope + 0.5 + offset;
        x = std::pow(std::clamp(x, 0.0, 1.0), exponent);
        if (invert)
            x = 1.0 - x;
        table[size_t(v)] = uchar(std::lround(x * 255.0));
    }
    return table;
}

QImage ImageAdjustments::apply(const QImage &image) const
{
    if (image.isNull() || isIdentity())
        return image;
    const QImage::Format format = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    QImage out = image.convertToFormat(format);
    out.detach(); // never write into the loader's cached image
    const std::array<uchar, 256> table = lookupTable();
    for (int y = 0, height = out.height(); y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(out.scanLine(y));
        for (int x = 0, width = out.width(); x < width; ++x) {
            const QRgb pixel = line[x];
            if (grayscale) {
                const uchar luma = uchar((qRed(pixel) * 77 + qGreen(pixel) * 150 + qBlue(pixel) * 29) >> 8);
                const uchar mapped = table[luma];
                line[x] = qRgba(mapped, mapped, mapped, qAlpha(pixel));
            } else {
                line[x] = qRgba(table[size_t(qRed(pixel))], table[size_t(qGreen(pixel))], table[size_t(qBlue(pixel))],
                                qAlpha(pixel));
            }
        }
    }
    return out;
}

} // namespace reissuedesk
