#pragma once
// Where the ID card lies in a photo: a card on a desk, turned by up to about ten
// degrees. The card's four edges are the longest straight edges of the picture, at
// right angles, and enclose the card's known aspect (85.6 x 54 mm), so the locator
// first finds the tilt at which horizontal and vertical edges line up best
// (projection profiles of the edge pixels), then the rectangle of that aspect whose
// sides are best covered by edge pixels. Works on a copy of about 640 pixels: the
// card edges survive the reduction, the fine print does not matter here.

#include <QImage>
#include <QTransform>

namespace reissuedesk {

struct CardGeometry {
    bool found = false;   // false: the whole image was taken for the card
    double tilt = 0;      // degrees, clockwise
    QTransform mmToImage; // card millimetres (origin top-left) to image pixels
    double pixelsPerMm = 0;
};

class CardLocator {
public:
    static constexpr double CardWidthMm = 85.6;
    static constexpr double CardHeightMm = 54.0;

    // `gray` is an 8-bit grey image. When no card is found, the whole image is
    // mapped as the card (a scan cropped to the card reads that way).
    static CardGeometry locate(const QImage &gray);

    // The geometry that maps the card onto the whole of a `size` image.
    static CardGeometry wholeImage(QSize size);
};

} // namespace reissuedesk
