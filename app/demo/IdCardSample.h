#pragma once
// Photos of ID cards with known truth, for testing and benchmarking the OCR reader
// (imaging/IdCardReader): the demo's card renderer on a plain desk, with what makes
// real uploads hard pushed to the limits the reader must take — 800 to 4000 pixels
// wide, the card turned up to ±8°, out of focus, noisy, under-exposed, JPEG quality
// 55 to 95, stored sideways with EXIF orientation 6 or 8; front and back, cards valid
// for 5, 10 or 20 years and long-term ones.
//
// Deterministic: the same seed and index give the same bytes. Sample `index` shows
// distortion `index % DistortionCount`; the side alternates so that every distortion
// comes on both sides within 2 * DistortionCount samples.

#include "demo/DocumentPainter.h"

#include <QByteArray>
#include <QString>

namespace reissuedesk::demo {

enum class SampleDistortion { Clean, Tilted, Blurred, Noisy, Dim, LowQuality, Exif6, Exif8, Small, Large };

struct IdCardSample {
    IdCardFace face; // the truth
    bool front = true;
    SampleDistortion distortion = SampleDistortion::Clean;
    int width = 0; // upright frame
    int height = 0;
    double tilt = 0; // degrees, clockwise
    int jpegQuality = 85;
    int exifOrientation = 1;
    QByteArray jpeg;

    // "front Blurred 1893x1420 tilt -3.2 q71 exif 1"
    QString describe() const;
};

class IdCardSampleGenerator {
public:
    static constexpr int DistortionCount = 10;

    static IdCardSample make(quint32 seed, int index);
    static QString distortionName(SampleDistortion distortion);
};

} // namespace reissuedesk::demo
