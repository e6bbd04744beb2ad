#pragma once
// What a phone camera does to a picture, applied to the demo ID card photos:
// EXIF orientation of the stored pixels, defocus, under-exposure, and the big
// frame's memory. Internal to the demo library.

#include <QImage>
#include <QSize>
#include <QTransform>

namespace reissuedesk::demo::painting {

// Maps upright frame coordinates (w x h) to stored pixel coordinates for an EXIF
// orientation, i.e. the inverse of the transformation a viewer applies to display.
QTransform uprightToStored(int orientation, qreal w, qreal h);

// `image` (upright) as the camera would store it for `orientation`: the pixels of
// the image transformed by uprightToStored(). Flips and quarter turns are exact
// copies, so the result can stand in for the original under a compensating transform.
QImage toStoredOrientation(const QImage &image, int orientation);

// The orientation whose stored pixels are those of `orientation` mirrored
// left-to-right.
int mirroredOrientation(int orientation);

// Two passes of a [1 2 1] kernel along rows and columns. Only ever run on the small
// frame of a blurred photo, so plain loops are fast enough.
void soften(QImage &image);

// Under-exposure: darken to about a third with a slightly warm cast (indoor light)
// and add sensor noise, which is what a phone shows when it gives up on the light.
// Applied to the desk and the card before they are drawn rather than to the frame:
// drawing is linear, so the result is the same, and they are far smaller.
void underExpose(QImage &image, quint32 seed);

// Frames above 8 MP (32 MiB, the most glibc's malloc serves from its heap) are each a
// fresh mapping whose 4 KiB page faults cost more than painting the frame (about
// 2.5 ms per megapixel, measured); on Linux they ask for transparent huge pages.
QImage allocateFrame(QSize size);

} // namespace reissuedesk::demo::painting
