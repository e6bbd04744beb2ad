// The public face of the demo document painters; the work is done in IdCardPhoto
// (which uses IdCard, PhotoEffects) and VoucherPainter, with PaintingSupport
// holding what they share.

#include "demo/DocumentPainter.h"

#include "demo/IdCardPhoto.h"
#include "demo/VoucherPainter.h"

namespace reissuedesk::demo {

RenderedDocument DocumentPainter::idFront(const IdCardFace &face, double megapixels, Blemish blemish,
                                          int exifOrientation, quint32 seed)
{
    return painting::renderIdPhoto(painting::CardSide::Front, face, megapixels, blemish, exifOrientation, seed);
}

RenderedDocument DocumentPainter::idBack(const IdCardFace &face, double megapixels, Blemish blemish,
                                         int exifOrientation, quint32 seed)
{
    return painting::renderIdPhoto(painting::CardSide::Back, face, megapixels, blemish, exifOrientation, seed);
}

RenderedDocument DocumentPainter::voucherPng(const Voucher &voucher, quint32 seed)
{
    return painting::renderVoucherPng(voucher, seed);
}

RenderedDocument DocumentPainter::voucherPdf(const Voucher &voucher)
{
    return painting::renderVoucherPdf(voucher);
}

} // namespace reissuedesk::demo
