#pragma once
// A phone photo of an ID card lying on a desk: the scene (desk, light, the card's
// placement and tilt) drawn from the seed, the card from IdCard, the camera's
// faults from PhotoEffects, encoded as a JPEG with its EXIF orientation.
// Internal to the demo library; DocumentPainter is the public face.

#include "demo/DocumentPainter.h"
#include "demo/IdCard.h"

namespace reissuedesk::demo::painting {

RenderedDocument renderIdPhoto(CardSide side, const IdCardFace &face, double megapixels, Blemish blemish,
                               int exifOrientation, quint32 seed);

} // namespace reissuedesk::demo::painting
