#include "imaging/DocumentDecoder.h"

#include "imaging/ExifReader.h"
#include "imaging/LibTiffMessages.h"
#include "imaging/PdfSandbox.h"
#include "imaging/PngText.h"
#include "imaging/TiffJpegWork.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QMutex>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace reissuedesk {
namespace {

QString megapixels(qint64 pixels)
{
    if (pixels % 1'000'000 == 0)
        return QString::number(pixels / 1'000'000);
    return QString::number(double(pixels) / 1e6, 'f', 1);
}

} // namespace

QString DocumentDecoder::pixelBudgetSentence(const QString &what, QSize size, qint64 maxPixels)
{
    return QCoreApplication::translate("DocumentDecoder", "%1 %2 × %3 pixels (%4 MP), more than the %5 MP limit")
        .arg(what)
        .arg(size.width())
        .arg(size.height())
        .arg(megapixels(qint64(size.width()) * size.height()), megapixels(maxPixels));
}

namespace {

bool exceeds(QSize size, qint64 maxPixels)
{
    return qint64(size.width()) * qint64(size.height()) > maxPixels;
}

QString withArticle(const QString &label)
{
    static const QLatin1String anPrefixes[] = {QLatin1String("A"),    QLatin1String("E"),  QLatin1String("I"),
                                               QLatin1String("O"),    QLatin1String("U"),  QLatin1String("MP4"),
                                               QLatin1String("HTML"), QLatin1String("SVG")};
    for (const QLatin1String &prefix : anPrefixes) {
        if (label.startsWith(prefix))
            return QStringLiteral("an ") + label;
    }
    return QStringLiteral("a ") + label;
}

} // namespace

QString DocumentDecoder::undisplayableMessage(const SniffResult &sniffed)
{
    if (sniffed.mediaType == QLatin1String("image/heic") || sniffed.mediaType == QLatin1String("image/avif"))
        return QCoreApplication::translate("DocumentDecoder",
                                           "%1 images are not supported; ask the customer for a JPEG or PNG")
            .arg(sniffed.label);
    if (sniffed.mediaType == QLatin1String("image/svg+xml"))
        return QCoreApplication::translate("DocumentDecoder",
                                           "SVG drawings are not shown (they can carry scripts and links); "
                                           "ask the customer for a JPEG, PNG or PDF");
    if (sniffed.mediaType == QLatin1String("text/html"))
        return QCoreApplication::translate("DocumentDecoder",
                                           "this is an HTML page, not an image or PDF "
                                           "(a document server may have sent an error page instead of the file)");
    if (sniffed.mediaType == QLatin1String("application/octet-stream"))
        return QCoreApplication::translate("DocumentDecoder", "this file is not an image or PDF (unrecognised data)");
    return QCoreApplication::translate("DocumentDecoder", "this is %1, not an image or PDF")
        .arg(withArticle(sniffed.label));
}

int DocumentDecoder::maxJpegScansFor(QSize stored)
{
    const qint64 pixels = stored.isValid() ? qint64(stored.width()) * stored.height() : 0;
    if (pixels <= 0)
        return MaxJpegScans;
    return int(std::clamp<qint64>(MaxJpegScanPixels / pixels, 1, MaxJpegScans));
}

QString DocumentDecoder::jpegScansMessage(int allowed)
{
    return QCoreApplication::translate("DocumentDecoder",
                                       "the JPEG is stored in more than %1 scans, which no camera or "
                                       "scanner writes (it may be made to stall a reader), so it "
                                       "is not opened")
        .arg(allowed);
}

QString DocumentDecoder::tiffJpegRefusal(const TiffJpegWork &work)
{
    switch (work.kind) {
    case TiffJpegWork::Kind::NotJpeg:
        return {};
    case TiffJpegWork::Kind::OldStyleJpeg:
        return QCoreApplication::translate("DocumentDecoder",
                                           "the TIFF uses old-style JPEG compression (withdrawn in 1995), which is "
                                           "not opened; ask the customer for a JPEG or PNG");
    case TiffJpegWork::Kind::BigTiff:
        return QCoreApplication::translate("DocumentDecoder",
                                           "the TIFF is a BigTIFF, a form meant for files over 4 GB that no camera "
                                           "or scanner writes for a document, so it is not opened; ask the customer "
                                           "for a JPEG or PNG");
    case TiffJpegWork::Kind::SharedBlocks:
        return QCoreApplication::translate("DocumentDecoder",
                                           "the TIFF's JPEG-compressed strips or tiles share their data, which no "
                                           "scanner writes (it may be made to stall a reader), so it is not opened");
    case TiffJpegWork::Kind::Jpeg:
        if (work.pixelScans > MaxJpegScanPixels || work.scans > MaxTiffJpegScans)
            return QCoreApplication::translate("DocumentDecoder",
                                               "the TIFF's JPEG-compressed data is stored in more scans than any "
                                               "camera or scanner writes (it may be made to stall a reader), so it "
                                               "is not opened");
        return {};
    }
    return {};
}

QString DocumentDecoder::pixelBudgetMessage(QSize declared, qint64 maxPixels)
{
    return DocumentDecoder::pixelBudgetSentence(QCoreApplication::translate("DocumentDecoder", "the image declares"),
                                                declared, maxPixels);
}

namespace {

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// Qt's JPEG handler (like libjpeg) turns a missing end of data into a warning and
// fills the rest with grey, so a cut-off upload decodes "successfully". The entropy
// coded data cannot contain 0xFF 0xD9 (0xFF is stuffed), so a scan without the EOI
// marker after it is a truncated file. Embedded thumbnails end with EOI too, but
// they live in APP1, before the first scan.
bool jpegLooksTruncated(const QByteArray &jpeg)
{
    const qsizetype scan = ExifReader::jpegScanStart(jpeg);
    if (scan < 0)
        return true;
    return jpeg.indexOf(QByteArrayView("\xFF\xD9"), scan + 2) < 0;
}

// Qt's BMP handler fills the rows a cut-off file lacks and reports success: a
// BMP cut to 2,000 bytes was "ok, BMP 1200 × 800". An uncompressed one
// (BI_RGB, BI_BITFIELDS) needs its pixel offset plus one padded row per line;
// run-length encoded ones have no size to compare with, and are not judged.
bool bmpLooksTruncated(const QByteArray &bmp)
{
    if (bmp.size() < 54)
        return false; // no full header: Qt judges it
    const char *d = bmp.constData();
    const quint32 offset = qFromLittleEndian<quint32>(d + 10);
    const quint32 headerSize = qFromLittleEndian<quint32>(d + 14);
    const qint64 width = qFromLittleEndian<qint32>(d + 18);
    const qint64 height = qFromLittleEndian<qint32>(d + 22);
    const int bitsPerPixel = qFromLittleEndian<quint16>(d + 28);
    const quint32 compression = qFromLittleEndian<quint32>(d + 30);
    if (headerSize < 40 || (compression != 0 && compression != 3) || width <= 0 || height == 0 || bitsPerPixel == 0)
        return false;
    const qint64 stride = (width * bitsPerPixel + 31) / 32 * 4;
    return qint64(offset) + stride * std::abs(height) > bmp.size();
}

// The power-of-two libjpeg DCT reduction to decode at: the largest denominator d
// (8, 4, 2) whose output stored/d still covers `fittedStored`, or falls short of it
// by at most `undershoot`; 1 when only the full size does. libjpeg-turbo has SIMD
// code for exactly these reductions; Qt's handler, left to itself, picks M/8 with
// M = ceil(8 / factor) (often 3/8: scalar code) and then resamples again.
int jpegDenominator(QSize stored, QSize fittedStored, double undershoot)
{
    for (int denominator : {8, 4, 2}) {
        const int w = stored.width() / denominator;
        const int h = stored.height() / denominator;
        if (w < 1 || h < 1)
            continue;
        if (w >= fittedStored.width() * (1.0 - undershoot) && h >= fittedStored.height() * (1.0 - undershoot))
            return denominator;
    }
    return 1;
}

// Qt's GIF handler paints every frame onto a canvas of the logical screen size
// (header bytes 6..9, little-endian) while QImageReader::size() reports only the
// first frame: a 29-byte GIF with a 2 x 2 frame on a 2306 x 13056 screen became a
// 30 MP image. The canvas is what gets allocated, so the budget is checked
// against it too.
QSize gifCanvasSize(const QByteArray &gif)
{
    if (gif.size() < 10)
        return {};
    const auto *d = reinterpret_cast<const uchar *>(gif.constData());
    return QSize(d[6] | (d[7] << 8), d[8] | (d[9] << 8));
}

// An extended WebP (VP8X chunk, as every animated one) declares its canvas in
// the header: width - 1 and height - 1, 24 bits each, little-endian. Qt's WebP
// handler allocates that canvas while it reads the header, before
// QImageReader::size() returns, so the budget is checked against it first: a
// 92-byte file declaring 16,384 x 16,384 was "damaged or truncated: unknown
// error" instead of a sentence about its size.
QSize webpCanvasSize(const QByteArray &webp)
{
    if (webp.size() < 30 || !webp.startsWith("RIFF") || webp.mid(8, 8) != "WEBPVP8X")
        return {};
    const auto *d = reinterpret_cast<const uchar *>(webp.constData());
    const auto u24 = [d](int at) { return int(d[at] | (d[at + 1] << 8) | (d[at + 2] << 16)) + 1; };
    return QSize(u24(24), u24(27));
}

DecodeResult decodeImage(const DecodeRequest &request, DecodeResult result)
{
    result.pageCount = 1;
    const QString &label = result.sniffed.label;

    if (!QImageReader::supportedImageFormats().contains(result.sniffed.imageFormat)) {
        result.error =
            QCoreApplication::translate("DocumentDecoder", "no Qt image plugin for %1 is installed on this desk "
                                                           "(package qt6-image-formats-plugins)")
                .arg(label);
        return result;
    }

    QBuffer buffer;
    buffer.setData(result.sniffed.imageFormat == "png" ? PngText::withoutSurplusText(request.bytes) : request.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, result.sniffed.imageFormat);
    reader.setAutoTransform(true);
    reader.setDecideFormatFromContent(false);

    // Canvases some handlers allocate while reading the header itself.
    const QSize canvas = DocumentDecoder::declaredCanvas(request.bytes, result.sniffed.imageFormat);
    if (canvas.isValid() && exceeds(canvas, request.maxPixels)) {
        result.error = DocumentDecoder::pixelBudgetMessage(canvas, request.maxPixels);
        return result;
    }
    // A TIFF's JPEG strips and tiles, weighed from its directory (TiffJpegWork).
    if (result.sniffed.imageFormat == "tiff") {
        if (QString why = DocumentDecoder::tiffJpegRefusal(TiffJpegWork::measure(request.bytes)); !why.isEmpty()) {
            result.error = std::move(why);
            return result;
        }
    }
    // Raised before the header is read, as the canvases above are: Qt's default limit
    // (128 MB) is below the budget, and whether a canvas within the budget
    // opened depended on the decodes this process had made before.
    DocumentDecoder::ensureAllocationLimit(request.maxPixels);
    LibTiffMessages::keepOffStandardError();

    // Header only: the size the file declares, checked before a pixel is allocated.
    const QSize stored = reader.size();
    if (!stored.isValid() && !reader.canRead()) {
        result.error = QCoreApplication::translate("DocumentDecoder", "the %1 data is damaged or truncated: %2")
                           .arg(label, lowerFirst(reader.errorString()));
        return result;
    }
    if (stored.isValid() && exceeds(stored, request.maxPixels)) {
        result.error = DocumentDecoder::pixelBudgetMessage(stored, request.maxPixels);
        return result;
    }
    if (result.sniffed.imageFormat == "jpeg") {
        const int allowed = DocumentDecoder::maxJpegScansFor(stored);
        if (ExifReader::jpegScanCount(request.bytes, allowed + 1) > allowed) {
            result.error = DocumentDecoder::jpegScansMessage(allowed);
            return result;
        }
    }
    // Scaled sizes are given to the handler in stored orientation; autoTransform
    // then rotates the result. A 90° EXIF rotation swaps the target's sides.
    const bool rotated = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    const QSize displayed = rotated ? stored.transposed() : stored;
    const QSize fitted = stored.isValid() ? DocumentDecoder::fittedSize(displayed, request.targetSize) : QSize();
    const bool scaling = stored.isValid() && fitted != displayed;
    const QSize fittedStored = rotated ? fitted.transposed() : fitted;
    const bool handlerScales = reader.supportsOption(QImageIOHandler::ScaledSize);
    const bool isJpeg = result.sniffed.imageFormat == "jpeg";

    bool exact = request.scaling == DecodeRequest::Scaling::Exact;
    if (scaling && isJpeg) {
        // A clip rectangle whose sides are multiples of d (dropping the last < d
        // pixel columns and rows) makes Qt's handler use libjpeg's 1/d reduction,
        // where d is the largest power of two with clip / d >= the requested size,
        // and resample only from there; without it the handler picks M/8 with
        // M = ceil(8 / factor) (often 3/8, scalar code in libjpeg-turbo) and then
        // resamples. Fast asks for stored/d itself, so nothing is resampled. Either
        // way the work happens in stored orientation, before the (then small) image
        // is rotated.
        const int d = jpegDenominator(stored, fittedStored, exact ? 0.0 : DecodeRequest::FastUndershoot);
        const QSize reduced(stored.width() / d, stored.height() / d);
        if (d > 1)
            reader.setClipRect(QRect(QPoint(0, 0), reduced * d));
        if (exact)
            reader.setScaledSize(fittedStored);
        else if (d > 1)
            reader.setScaledSize(reduced);
    } else if (scaling && handlerScales) {
        reader.setScaledSize(fittedStored);
        exact = true;
    } else {
        exact = true; // non-JPEG formats are always fitted exactly, below
    }

    QImage image;
    // Deeper than 32 bits a pixel (a 16-bit RGBA PNG: 64), an image within the
    // pixel budget can still need more than Qt's allocation limit, which Qt
    // reports as "unable to read image data": said as what it is.
    const int bitsPerPixel = QImage::toPixelFormat(reader.imageFormat()).bitsPerPixel();
    const qint64 neededBytes = stored.isValid() ? qint64(stored.width()) * stored.height() * bitsPerPixel / 8 : 0;
    if (!reader.read(&image) || image.isNull()) {
        const qint64 allowedMb = QImageReader::allocationLimit();
        if (allowedMb > 0 && neededBytes > allowedMb * 1024 * 1024) {
            result.error = QCoreApplication::translate("DocumentDecoder",
                                                       "the %1 image needs %2 MB of memory to decode (%3 bits a "
                                                       "pixel), more than the %4 MB allowed for one image")
                               .arg(label)
                               .arg(neededBytes / (1024 * 1024))
                               .arg(bitsPerPixel)
                               .arg(allowedMb);
            return result;
        }
        result.error = QCoreApplication::translate("DocumentDecoder", "the %1 data is damaged or truncated: %2")
                           .arg(label, lowerFirst(reader.errorString()));
        return result;
    }
    if (!stored.isValid()) {
        // The handler could not tell the size beforehand; the allocation limit was
        // the guard, and the budget still applies to what came out.
        result.fullSize = image.size();
        if (exceeds(image.size(), request.maxPixels)) {
            result.error = DocumentDecoder::pixelBudgetSentence(
                QCoreApplication::translate("DocumentDecoder", "the image has"), image.size(), request.maxPixels);
            return result;
        }
        const QSize fit = DocumentDecoder::fittedSize(image.size(), request.targetSize);
        if (fit != image.size())
            image = image.scaled(fit, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    } else {
        result.fullSize = displayed;
        // A handler that made more than it declared (as GIF did, above) is held
        // to the budget all the same, late as that is.
        if (exceeds(image.size(), request.maxPixels)) {
            result.error =
                DocumentDecoder::pixelBudgetSentence(QStringLiteral("the image has"), image.size(), request.maxPixels);
            return result;
        }
        if (exact && scaling && image.size() != fitted)
            image = image.scaled(fitted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    result.scaledDown = image.size() != result.fullSize;

    if (isJpeg && jpegLooksTruncated(request.bytes)) {
        result.partial = true;
        result.error =
            QCoreApplication::translate("DocumentDecoder", "the JPEG data is truncated; the image may be incomplete");
    } else if (result.sniffed.imageFormat == "bmp" && bmpLooksTruncated(request.bytes)) {
        result.partial = true;
        result.error =
            QCoreApplication::translate("DocumentDecoder", "the BMP data is truncated; the image may be incomplete");
    }
    result.image = std::move(image);
    return result;
}

DecodeResult decodePdf(const DecodeRequest &request, DecodeResult result)
{
    detail::PdfPageRequest page;
    page.bytes = request.bytes;
    page.page = request.pdfPage;
    page.targetSize = request.targetSize;
    page.maxPixels = request.maxPixels;
    page.stop = request.stop;
    detail::PdfPageResult rendered = PdfSandbox::renderPage(page);
    result.error = rendered.error;
    result.pageCount = rendered.facts.pageCount;
    result.fullSize = rendered.fullSize;
    result.scaledDown = rendered.scaledDown;
    result.image = std::move(rendered.image);
    if (!result.error.isEmpty())
        result.image = QImage();
    return result;
}

} // namespace

QSize DocumentDecoder::declaredCanvas(const QByteArray &bytes, const QByteArray &format)
{
    if (format == "gif")
        return gifCanvasSize(bytes);
    if (format == "webp")
        return webpCanvasSize(bytes);
    return {};
}

QSize DocumentDecoder::fittedSize(QSize fullSize, QSize target)
{
    if (!fullSize.isValid() || fullSize.isEmpty() || !target.isValid() || target.isEmpty())
        return fullSize;
    if (fullSize.width() <= target.width() && fullSize.height() <= target.height())
        return fullSize;
    // Rounded, not truncated: a 5657 x 4243 photo in 1920 x 1080 is 1440 x 1080.
    const double factor =
        std::min(double(target.width()) / fullSize.width(), double(target.height()) / fullSize.height());
    return QSize(std::clamp(int(std::lround(fullSize.width() * factor)), 1, target.width()),
                 std::clamp(int(std::lround(fullSize.height() * factor)), 1, target.height()));
}

void DocumentDecoder::ensureAllocationLimit(qint64 maxPixels)
{
    static QMutex mutex;
    const qint64 wanted = std::max<qint64>(256, (std::max<qint64>(maxPixels, 0) * 4) / (1024 * 1024) + 1);
    const int limit = int(std::min<qint64>(wanted, std::numeric_limits<int>::max()));
    const QMutexLocker locker(&mutex);
    const int current = QImageReader::allocationLimit();
    if (current == 0 || current < limit)
        QImageReader::setAllocationLimit(limit);
}

DecodeResult DocumentDecoder::decode(const DecodeRequest &request)
{
    DecodeResult result;
    result.sniffed = ContentSniffer::sniff(request.bytes);
    if (request.bytes.isEmpty()) {
        result.error = QCoreApplication::translate("DocumentDecoder", "the file is empty");
        return result;
    }
    if (!result.sniffed.displayable) {
        result.error = undisplayableMessage(result.sniffed);
        return result;
    }
    if (result.sniffed.isPdf())
        return decodePdf(request, std::move(result));
    return decodeImage(request, std::move(result));
}

} // namespace reissuedesk
