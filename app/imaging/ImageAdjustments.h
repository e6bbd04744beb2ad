#pragma once
// Display-only tone adjustments an operator uses to spot edits on an ID photo:
// brightness, contrast, gamma, grayscale, invert. Applied to a copy of the
// picture on screen (the viewer's preview, on a background thread), never saved.

#include <QImage>
#include <array>

namespace reissuedesk {

struct ImageAdjustments {
    int brightness = 0; // -100..100: % of full scale added
    int contrast = 0;   // -100..100: -100 flat grey, 100 four times steeper
    double gamma = 1.0; // 0.2..5: above 1 lightens the mid-tones
    bool invert = false;
    bool grayscale = false;

    bool isIdentity() const { return *this == ImageAdjustments{}; }
    bool operator==(const ImageAdjustments &other) const = default;

    // Within the ranges above.
    ImageAdjustments clamped() const;
    // The table every 8-bit channel goes through.
    std::array<uchar, 256> lookupTable() const;
    // A copy of `image` with the table applied (grayscale first, by luma); alpha
    // is kept. Costs a pass over every pixel: call it off the GUI thread.
    QImage apply(const QImage &image) const;
};

} // namespace reissuedesk

#include <QMetaType>
Q_DECLARE_METATYPE(reissuedesk::ImageAdjustments)
