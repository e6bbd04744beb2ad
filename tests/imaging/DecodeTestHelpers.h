#pragma once
// What the decoder suites share: one decode call, colour tests, and the
// exact-fit contract of a scaled decode.

#include "imaging/DocumentDecoder.h"

#include <QTest>

namespace reissuedesk::test {

inline DecodeResult decode(const QByteArray &bytes, QSize target = {},
                           DecodeRequest::Scaling scaling = DecodeRequest::Scaling::Exact)
{
    DecodeRequest request;
    request.bytes = bytes;
    request.targetSize = target;
    request.scaling = scaling;
    return DocumentDecoder::decode(request);
}

inline bool isRed(QRgb c)
{
    return qRed(c) > 180 && qGreen(c) < 90 && qBlue(c) < 90;
}
inline bool isBlue(QRgb c)
{
    return qBlue(c) > 180 && qRed(c) < 90 && qGreen(c) < 90;
}

// The exact-fit contract: inside the target, touching it on one side (within 1 px),
// with the aspect ratio of `full` kept to within a pixel.
inline void verifyFits(QSize image, QSize full, QSize target)
{
    QVERIFY2(image.width() <= target.width() && image.height() <= target.height(),
             qPrintable(QStringLiteral("%1x%2 exceeds %3x%4")
                            .arg(image.width())
                            .arg(image.height())
                            .arg(target.width())
                            .arg(target.height())));
    QVERIFY(qAbs(image.width() - target.width()) <= 1 || qAbs(image.height() - target.height()) <= 1);
    // w/h == W/H within one pixel on the longer side.
    const double expectedWidth = double(image.height()) * full.width() / full.height();
    const double expectedHeight = double(image.width()) * full.height() / full.width();
    QVERIFY2(qAbs(image.width() - expectedWidth) <= 1.0 || qAbs(image.height() - expectedHeight) <= 1.0,
             qPrintable(QStringLiteral("aspect of %1x%2 differs from %3x%4")
                            .arg(image.width())
                            .arg(image.height())
                            .arg(full.width())
                            .arg(full.height())));
}

} // namespace reissuedesk::test
