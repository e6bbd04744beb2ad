#pragma once
// Reads a photo or scan of a Chinese resident ID card (issue 12): decodes it the way
// the viewer does (EXIF orientation applied, pixel budget), finds and straightens
// the card (CardLocator), cuts out each field where the card layout puts it
// (IdFieldLayout, FieldImage) and reads it with tesseract set up for that field
// (TesseractEngine): digits and X for the number, simplified Chinese for the name and
// the issuing authority, dates for the validity. The number goes through
// IdNumberParser and is only reported when it checks out; the validity only when its
// end is its start plus 5, 10 or 20 years, or 长期 (long-term).
//
// Slow (tens to hundreds of milliseconds): run it off the GUI thread. Thread-safe;
// each thread keeps its own tesseract engines.

#include "core/IdCardReading.h"

#include <QByteArray>

namespace reissuedesk {

class IdCardReader {
public:
    // Larger declared images are refused before anything is allocated.
    static constexpr qint64 MaxPixels = 60'000'000;

    // Never throws. A file that is not an image, or an image with no readable card,
    // gives a reading with `error` set or side Unknown and no fields.
    static IdCardReading read(const QByteArray &imageBytes);
};

} // namespace reissuedesk
