#pragma once
// One field of the card cut out of the photo for OCR: resampled upright at a chosen
// resolution (so that a tilted card reads as a straight line, and small photos give
// characters tall enough for tesseract), grey, its contrast stretched to the full
// range (dim photos), optionally binarised with Otsu's threshold.

#include <QImage>
#include <QRectF>
#include <QTransform>

namespace reissuedesk {

class FieldImage {
public:
    // `gray`: 8-bit grey photo; `mmToImage`: card millimetres to its pixels; `mm`: the
    // field on the card; `pixelsPerMm`: resolution of the result.
    static QImage extract(const QImage &gray, const QTransform &mmToImage, const QRectF &mm, double pixelsPerMm);

    // Stretches the 1st..99th percentile to black..white, in place.
    static void stretchContrast(QImage &image);

    // Black and white at Otsu's threshold.
    static QImage binarized(const QImage &image);

    // `image` on a white margin of `margin` pixels: tesseract misses characters that
    // touch the border of the image.
    static QImage padded(const QImage &image, int margin);

    // `image` resampled by `factor` (smooth).
    static QImage scaled(const QImage &image, double factor);
};

} // namespace reissuedesk
