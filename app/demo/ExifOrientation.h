#pragma once
// Minimal EXIF support for the demo documents: phone cameras store the sensor's
// pixels as captured and record how to turn them upright in the EXIF Orientation
// tag, so the demo data does the same to exercise viewers that must honour it.

#include <QByteArray>

namespace reissuedesk::demo {

class ExifOrientation {
public:
    // Returns `jpeg` with an EXIF Orientation tag of `orientation` (1..8, the values
    // of EXIF 2.3 / TIFF 6.0 tag 0x0112). An existing Orientation tag is patched in
    // place, keeping the rest of the camera's metadata; an existing EXIF segment
    // without one is replaced by a minimal segment holding only the tag. The new
    // segment goes right after SOI, or after the APP0 (JFIF) segments when present
    // because JFIF requires its APP0 to come first. Input that is not a JPEG, or an
    // orientation outside 1..8, yields `jpeg` unchanged.
    static QByteArray withOrientation(const QByteArray &jpeg, int orientation);

    // The Orientation tag of `jpeg`; 1 (upright, "no transformation") when the
    // input is not a JPEG, has no EXIF segment, or the tag is absent or invalid.
    static int read(const QByteArray &jpeg);
};

} // namespace reissuedesk::demo
