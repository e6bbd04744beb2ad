// DocumentDecoder on real encoders' output, EXIF-rotated photos from the demo
// generator, damaged and hostile files, on worker threads as the viewer runs it
// (PDF pages: tst_imaging_pdfdecode).

#include "DecodeTestHelpers.h"
#include "ImagingTestData.h"
#include "demo/ExifOrientation.h"
#include "imaging/DecodeBenchmark.h"
#include "imaging/DocumentDecoder.h"
#include "imaging/ExifReader.h"
#include "imaging/TiffJpegWork.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFuture>
#include <QImageReader>
#include <QImageWriter>
#include <QLoggingCategory>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// libjpeg's complaints about deliberately broken input would drown the log.
struct QuietJpegWarnings {
    QuietJpegWarnings() { QLoggingCategory::setFilterRules(QStringLiteral("qt.gui.imageio.jpeg.warning=false")); }
    ~QuietJpegWarnings() { QLoggingCategory::setFilterRules(QString()); }
    QuietJpegWarnings(const QuietJpegWarnings &) = delete;
    QuietJpegWarnings &operator=(const QuietJpegWarnings &) = delete;
};

// A little-endian grey TIFF whose strips are the given JPEG streams
// (compression 7, each strip a whole JPEG), or all at the first one's bytes.
QByteArray jpegTiff(quint32 width, quint32 height, quint32 rowsPerStrip, const QList<QByteArray> &strips,
                    bool shareOneStrip = false, quint16 compression = 7)
{
    const auto u16 = [](QByteArray &out, quint32 v) { out.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF)); };
    const auto u32 = [&u16](QByteArray &out, quint32 v) {
        u16(out, v & 0xFFFF);
        u16(out, v >> 16);
    };
    const quint32 n = quint32(strips.size());
    const quint32 entries = 9;
    const quint32 arrays = 8 + 2 + entries * 12 + 4;
    const quint32 data = arrays + (n > 1 ? 8 * n : 0);
    QList<quint32> offsets, counts;
    quint32 at = data;
    QByteArray pixels;
    for (const QByteArray &strip : strips) {
        offsets.append(shareOneStrip ? data : at);
        counts.append(quint32(strip.size()));
        if (!shareOneStrip || pixels.isEmpty()) {
            pixels += strip;
            at += quint32(strip.size());
        }
    }
    QByteArray out("II");
    u16(out, 42);
    u32(out, 8);
    u16(out, entries);
    const auto entry = [&](quint16 tag, quint16 type, quint32 count, quint32 value) {
        u16(out, tag);
        u16(out, type);
        u32(out, count);
        if (type == 3 && count == 1) {
            u16(out, value);
            u16(out, 0);
        } else {
            u32(out, value);
        }
    };
    entry(256, 4, 1, width);
    entry(257, 4, 1, height);
    entry(258, 3, 1, 8);
    entry(259, 3, 1, compression);
    entry(262, 3, 1, 1);
    entry(273, 4, n, n > 1 ? arrays : offsets.value(0));
    entry(277, 3, 1, 1);
    entry(278, 4, 1, rowsPerStrip);
    entry(279, 4, n, n > 1 ? arrays + 4 * n : counts.value(0));
    u32(out, 0);
    if (n > 1) {
        for (quint32 v : offsets)
            u32(out, v);
        for (quint32 v : counts)
            u32(out, v);
    }
    return out + pixels;
}

// A progressive grey JPEG of `size` whose last scan is repeated up to `scans`.
QByteArray progressiveGrey(QSize size, int scans, int shade)
{
    QImage image(size, QImage::Format_Grayscale8);
    image.fill(shade);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setProgressiveScanWrite(true);
    writer.write(image);
    const QByteArray progressive = buffer.data();
    const int written = ExifReader::jpegScanCount(progressive, 1000);
    const qsizetype lastScan = progressive.lastIndexOf("\xFF\xDA");
    const QByteArray scan = progressive.mid(lastScan, progressive.size() - 2 - lastScan);
    return progressive.left(progressive.size() - 2) + scan.repeated(std::max(0, scans - written)) + "\xFF\xD9";
}

} // namespace

class TestDocumentDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fullSizeJpegAndPng_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("jpeg") << jpeg(QSize(320, 240));
        QTest::newRow("png") << png(QSize(320, 240));
        QTest::newRow("bmp") << encode(markedImage(QSize(320, 240)), "bmp");
    }
    void fullSizeJpegAndPng()
    {
        QFETCH(QByteArray, bytes);
        const DecodeResult result = decode(bytes);
        QCOMPARE(result.error, QString());
        QVERIFY(result.ok());
        QVERIFY(!result.partial);
        QCOMPARE(result.image.size(), QSize(320, 240));
        QCOMPARE(result.fullSize, QSize(320, 240));
        QVERIFY(!result.scaledDown);
        QCOMPARE(result.pageCount, 1);
        QVERIFY(isRed(result.image.pixel(5, 5)));
        QVERIFY(isBlue(result.image.pixel(300, 5)));
    }

    void exifOrientationSixIsApplied()
    {
        // Stored 300 x 200 with the red mark top-left; orientation 6 says "turn 90°
        // clockwise to display", which puts the mark top-right of a 200 x 300 picture.
        const QByteArray bytes = demo::ExifOrientation::withOrientation(jpeg(QSize(300, 200)), 6);
        QCOMPARE(demo::ExifOrientation::read(bytes), 6);
        const DecodeResult result = decode(bytes);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.image.size(), QSize(200, 300));
        QCOMPARE(result.fullSize, QSize(200, 300));
        QVERIFY(isRed(result.image.pixel(195, 5)));
        QVERIFY(isBlue(result.image.pixel(5, 5)));
    }

    void scaledDecodeFitsTarget_data()
    {
        QTest::addColumn<QSize>("stored");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("target");
        QTest::addColumn<QByteArray>("format");
        // Odd sizes on purpose: libjpeg's 1/d outputs are then ceil(stored / d).
        for (const char *format : {"jpeg", "png"}) {
            for (int orientation : {1, 6, 8, 3}) {
                const QByteArray f(format);
                if (f == "png" && orientation != 1)
                    continue; // EXIF orientation is a JPEG matter here
                const auto row = [&](const char *name, QSize stored, QSize target) {
                    QTest::addRow("%s o%d %s", format, orientation, name) << stored << orientation << target << f;
                };
                row("1601x1203 in 400x400", QSize(1601, 1203), QSize(400, 400));
                row("1601x1203 in 1920x1080", QSize(1601, 1203), QSize(1920, 1080));
                row("1601x1203 in 1000x700", QSize(1601, 1203), QSize(1000, 700));
                row("1601x1203 in 333x777", QSize(1601, 1203), QSize(333, 777));
                row("2001x1333 in 100x100", QSize(2001, 1333), QSize(100, 100));
                row("2001x1333 in 1999x1332", QSize(2001, 1333), QSize(1999, 1332));
                row("2001x1333 in 50x2000", QSize(2001, 1333), QSize(50, 2000));
            }
        }
    }
    void scaledDecodeFitsTarget()
    {
        QFETCH(QSize, stored);
        QFETCH(int, orientation);
        QFETCH(QSize, target);
        QFETCH(QByteArray, format);
        QByteArray bytes = encode(markedImage(stored), format.constData());
        if (orientation != 1)
            bytes = demo::ExifOrientation::withOrientation(bytes, orientation);
        const QSize displayed = (orientation >= 5) ? stored.transposed() : stored;

        const DecodeResult result = decode(bytes, target);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.fullSize, displayed);
        verifyFits(result.image.size(), displayed, target);
        QCOMPARE(result.image.size(), DocumentDecoder::fittedSize(displayed, target));
        QVERIFY(result.scaledDown);
    }

    void fastScalingUsesDctReductions_data()
    {
        QTest::addColumn<QSize>("stored");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("target");
        QTest::addColumn<QSize>("expected"); // displayed
        // 1601 x 1203 fits 400 x 400 at 400 x 301; 1/4 gives 400 x 300 (0.3 % short): taken.
        QTest::newRow("quarter") << QSize(1601, 1203) << 1 << QSize(400, 400) << QSize(400, 300);
        // ... rotated: fitted 301 x 400, 1/4 of the stored picture is 300 x 400 displayed.
        QTest::newRow("quarter rotated") << QSize(1601, 1203) << 6 << QSize(400, 400) << QSize(300, 400);
        // 1000 x 700 needs 932 x 700; 1/2 is 800 x 601: too small, so the full size.
        QTest::newRow("within 2x: full") << QSize(1601, 1203) << 1 << QSize(1000, 700) << QSize(1601, 1203);
        // 1920 x 1080 around a 4:3 picture: 1440 x 1080 needed, 1/4 = 1414 x 1060 (1.8 % short).
        QTest::newRow("phone photo in 1080p") << QSize(5657, 4243) << 1 << QSize(1920, 1080) << QSize(1414, 1060);
        QTest::newRow("eighth") << QSize(2001, 1333) << 1 << QSize(250, 250) << QSize(250, 166);
    }
    void fastScalingUsesDctReductions()
    {
        QFETCH(QSize, stored);
        QFETCH(int, orientation);
        QFETCH(QSize, target);
        QFETCH(QSize, expected);
        QByteArray bytes = jpeg(stored, 80);
        if (orientation != 1)
            bytes = demo::ExifOrientation::withOrientation(bytes, orientation);
        const DecodeResult result = decode(bytes, target, DecodeRequest::Scaling::Fast);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.image.size(), expected);
        const QSize fitted = DocumentDecoder::fittedSize(result.fullSize, target);
        QVERIFY(result.image.width() >= fitted.width() * (1.0 - DecodeRequest::FastUndershoot));
        QVERIFY(result.image.height() >= fitted.height() * (1.0 - DecodeRequest::FastUndershoot));
        if (orientation == 6)
            QVERIFY(isRed(result.image.pixel(result.image.width() - 3, 3)));
        else
            QVERIFY(isRed(result.image.pixel(3, 3)));
    }

    void neverEnlarges()
    {
        const DecodeResult result = decode(jpeg(QSize(300, 200)), QSize(1920, 1080));
        QCOMPARE(result.image.size(), QSize(300, 200));
        QVERIFY(!result.scaledDown);
    }

    void truncatedJpeg()
    {
        const QByteArray whole = jpeg(QSize(640, 480));
        const QByteArray cut = whole.left(whole.size() * 6 / 10);
        const DecodeResult result = decode(cut);
        QVERIFY(!result.ok());
        if (result.partial) {
            QCOMPARE(result.error, QStringLiteral("the JPEG data is truncated; the image may be incomplete"));
            QCOMPARE(result.image.size(), QSize(640, 480));
            QVERIFY(isRed(result.image.pixel(5, 5))); // the top survived
        } else {
            QVERIFY(result.image.isNull());
            QVERIFY2(result.error.startsWith(QLatin1String("the JPEG data is damaged or truncated")),
                     qPrintable(result.error));
        }
    }

    // Qt fills a cut-off BMP's missing rows and reports success: the file cut
    // in half was "ok". Shown, and said to be incomplete, as a JPEG is.
    void truncatedBmpIsSaidToBeIncomplete()
    {
        QImage image(QSize(120, 80), QImage::Format_RGB32);
        image.fill(qRgb(200, 30, 30));
        const QByteArray whole = encode(image, "bmp");
        const DecodeResult sound = decode(whole);
        QVERIFY2(sound.ok(), qPrintable(sound.error));
        QVERIFY(!sound.partial);
        for (const qsizetype size : {whole.size() - 1, whole.size() / 2, qsizetype(2000)}) {
            const DecodeResult cut = decode(whole.left(size));
            QVERIFY2(cut.partial, qPrintable(QString::number(size) + QLatin1Char(' ') + cut.error));
            QCOMPARE(cut.error, QStringLiteral("the BMP data is truncated; the image may be incomplete"));
            QCOMPARE(cut.image.size(), QSize(120, 80));
        }
    }

    void everyPrefixOfAJpegIsSafe()
    {
        const QuietJpegWarnings quiet;
        const QByteArray whole = jpeg(QSize(64, 48));
        for (qsizetype n = 0; n < whole.size(); n += 7) {
            const DecodeResult result = decode(whole.left(n), QSize(32, 32));
            QVERIFY(!result.ok());
            QVERIFY(result.partial || result.image.isNull());
        }
        QVERIFY(decode(whole, QSize(32, 32)).ok());
    }

    void corruptPng()
    {
        QByteArray bytes = png(QSize(64, 64));
        const qsizetype idat = bytes.indexOf("IDAT");
        QVERIFY(idat > 0);
        for (qsizetype i = idat + 10; i < idat + 30; ++i)
            bytes[i] = char(~uchar(bytes[i]));
        const DecodeResult result = decode(bytes);
        QVERIFY(result.image.isNull());
        QVERIFY(!result.partial);
        QVERIFY2(result.error.startsWith(QLatin1String("the PNG data is damaged or truncated: ")),
                 qPrintable(result.error));
    }

    void emptyFile()
    {
        const DecodeResult result = decode(QByteArray());
        QCOMPARE(result.error, QStringLiteral("the file is empty"));
        QVERIFY(result.image.isNull());
    }

    void refusedTypes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) + QByteArray(100, 'z')
                             << "this is a ZIP archive, not an image or PDF";
        QTest::newRow("elf named .jpg") << QByteArray("\x7F"
                                                      "ELF\x02\x01\x01\0",
                                                      8) +
                                               QByteArray(100, '\0')
                                        << "this is an ELF executable, not an image or PDF";
        QTest::newRow("pe named .jpg") << QByteArray("MZ\x90\0\x03\0\0\0", 8) + QByteArray(100, '\0')
                                       << "this is a Windows executable, not an image or PDF";
        QTest::newRow("heic") << QByteArray("\0\0\0\x18"
                                            "ftypheic\0\0\0\0mif1heic",
                                            24) +
                                     QByteArray(100, '\0')
                              << "HEIC images are not supported; ask the customer for a JPEG or PNG";
        QTest::newRow("html") << QByteArray("<!DOCTYPE html><title>502 Bad Gateway</title>")
                              << "this is an HTML page, not an image or PDF "
                                 "(a document server may have sent an error page instead of the file)";
    }
    void refusedTypes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const DecodeResult result = decode(bytes);
        QCOMPARE(result.error, error);
        QVERIFY(result.image.isNull());
    }

    void decompressionBombIsRefusedBeforeAllocating()
    {
        // 50000 x 50000 RGB would be 10 GB as a QImage. The refusal must come from
        // the declared size (the message names it), not from a failed allocation.
        const QByteArray bomb = pngDeclaring(50000, 50000);
        QVERIFY(bomb.size() < 200);
        const qint64 peakBefore = DecodeBenchmark::peakRssKb();
        QElapsedTimer timer;
        timer.start();
        const DecodeResult result = decode(bomb, QSize(800, 600));
        QCOMPARE(result.error,
                 QStringLiteral("the image declares 50000 × 50000 pixels (2500 MP), more than the 100 MP limit"));
        QVERIFY(result.image.isNull());
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(DecodeBenchmark::peakRssKb() - peakBefore < 64 * 1024);
    }

    void jpegBombIsRefused()
    {
        // A real small JPEG whose SOF0 is patched to declare 65000 x 65000.
        QByteArray bytes = jpeg(QSize(16, 16));
        const qsizetype sof = bytes.indexOf("\xFF\xC0");
        QVERIFY(sof > 0);
        bytes[sof + 5] = char(0xFD); // height 65000 = 0xFDE8
        bytes[sof + 6] = char(0xE8);
        bytes[sof + 7] = char(0xFD); // width
        bytes[sof + 8] = char(0xE8);
        const DecodeResult result = decode(bytes, QSize(800, 600));
        QCOMPARE(result.error,
                 QStringLiteral("the image declares 65000 × 65000 pixels (4225 MP), more than the 100 MP limit"));
    }

    // A scan bomb: a progressive JPEG whose last refinement scan is repeated.
    // libjpeg takes every copy (a warning each) and passes over the whole image
    // for each: 2,000 copies at 8,000 x 8,000 took 84 s. Refused past 64 scans,
    // before decoding; 64 still open.
    void jpegWithTooManyScansIsRefused()
    {
        const QuietJpegWarnings quiet;
        QImage image(QSize(64, 48), QImage::Format_RGB32);
        image.fill(qRgb(40, 90, 200));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setProgressiveScanWrite(true);
        QVERIFY2(writer.write(image), qPrintable(writer.errorString()));
        const QByteArray progressive = buffer.data();
        const int scans = ExifReader::jpegScanCount(progressive, 1000);
        QVERIFY2(scans >= 2 && scans <= 12, QByteArray::number(scans).constData()); // a progressive script
        QCOMPARE(ExifReader::jpegScanCount(jpeg(QSize(64, 48)), 1000), 1);          // baseline

        const qsizetype lastScan = progressive.lastIndexOf("\xFF\xDA");
        QVERIFY(lastScan > 0 && progressive.endsWith("\xFF\xD9"));
        const QByteArray scan = progressive.mid(lastScan, progressive.size() - 2 - lastScan);
        const auto withScans = [&](int total) -> QByteArray {
            return progressive.left(progressive.size() - 2) + scan.repeated(total - scans) + "\xFF\xD9";
        };
        QCOMPARE(ExifReader::jpegScanCount(withScans(65), 1000), 65);
        QCOMPARE(ExifReader::jpegScanCount(withScans(65), 10), 10); // stops counting
        // A comment and a stray byte after the first scan: libjpeg skips the
        // byte (a warning) and decodes every scan after it; so does the count.
        const qsizetype secondScan = progressive.indexOf("\xFF\xDA", progressive.indexOf("\xFF\xDA") + 2);
        QVERIFY(secondScan > 0);
        const QByteArray stray = withScans(65).insert(secondScan, QByteArray("\xFF\xFE\x00\x02\x00", 5));
        QCOMPARE(ExifReader::jpegScanCount(stray, 1000), 65);
        QCOMPARE(decode(stray, QSize(32, 24)).error, DocumentDecoder::jpegScansMessage());
        // The work is bounded too: the same scans declared at 10,000 x 10,000
        // (the frame header patched; never decoded) may be 16, not 64.
        QCOMPARE(DocumentDecoder::maxJpegScansFor(QSize(10000, 10000)), 16);
        QCOMPARE(DocumentDecoder::maxJpegScansFor(QSize(8000, 8000)), 25);
        QCOMPARE(DocumentDecoder::maxJpegScansFor(QSize(5000, 5000)), 64);
        QCOMPARE(DocumentDecoder::maxJpegScansFor(QSize(64, 48)), 64);
        QByteArray large = withScans(17);
        const qsizetype frame = large.indexOf("\xFF\xC2"); // progressive frame: length, precision, height, width
        QVERIFY(frame > 0);
        large[frame + 5] = char(10000 >> 8);
        large[frame + 6] = char(10000 & 0xFF);
        large[frame + 7] = char(10000 >> 8);
        large[frame + 8] = char(10000 & 0xFF);
        QCOMPARE(decode(large, QSize(32, 24)).error,
                 QStringLiteral("the JPEG is stored in more than 16 scans, which no camera or scanner writes (it may "
                                "be made to stall a reader), so it is not opened"));
        const DecodeResult small = decode(withScans(17), QSize(32, 24));
        QVERIFY2(small.ok(), qPrintable(small.error));

        const DecodeResult refused = decode(withScans(DocumentDecoder::MaxJpegScans + 1), QSize(32, 24));
        QCOMPARE(refused.error, QStringLiteral("the JPEG is stored in more than 64 scans, which no camera or scanner "
                                               "writes (it may be made to stall a reader), so it is not opened"));
        QVERIFY(refused.image.isNull());
        const DecodeResult atTheLimit = decode(withScans(DocumentDecoder::MaxJpegScans), QSize(32, 24));
        QVERIFY2(atTheLimit.ok(), qPrintable(atTheLimit.error));
        QCOMPARE(atTheLimit.image.size(), QSize(32, 24));
        const DecodeResult plain = decode(progressive);
        QVERIFY2(plain.ok(), qPrintable(plain.error));
        QCOMPARE(plain.image.size(), QSize(64, 48));
    }

    // An animated WebP (three 1 x 1 frames) on a canvas its header declares.
    // Qt allocates the canvas while reading the header: at 16,384 x 16,384 that
    // failed as "damaged or truncated: unknown error", and a 6,000 x 6,000 one
    // opened or not depending on the decodes made before (Qt's 128 MB default
    // allocation limit, raised only after the header had been read).
    void webpCanvasIsHeldToTheBudgetBeforeItsHeaderIsRead()
    {
        const auto animated = [](int side) {
            QByteArray webp = QByteArray::fromHex(
                "52494646b400000057454250565038580a000000120000006f17006f1700414e494d06000000000000000000414e4d46"
                "280000000000000000000000000000000a0000005650384c0f0000002f000000000710fd8ffe0722a2ff0100414e4d46"
                "280000000000000000000000000000000a0000005650384c0f0000002f000000000710fd8ffe0722a2ff0100414e4d46"
                "280000000000000000000000000000000a0000005650384c0f0000002f000000000710fd8ffe0722a2ff0100");
            for (int at : {24, 27}) {
                webp[at] = char((side - 1) & 0xFF);
                webp[at + 1] = char(((side - 1) >> 8) & 0xFF);
                webp[at + 2] = char(((side - 1) >> 16) & 0xFF);
            }
            return webp;
        };
        QCOMPARE(DocumentDecoder::declaredCanvas(animated(16384), "webp"), QSize(16384, 16384));
        QCOMPARE(decode(animated(16384)).error,
                 QStringLiteral("the image declares 16384 × 16384 pixels (268.4 MP), more than the 100 MP limit"));
        if (!QImageReader::supportedImageFormats().contains("webp"))
            QSKIP("no Qt WebP plugin (qt6-image-formats-plugins)");
        const DecodeResult small = decode(animated(600), QSize(100, 100));
        QVERIFY2(small.ok(), qPrintable(small.error));
        QCOMPARE(small.fullSize, QSize(600, 600));
    }

    // libtiff decodes each JPEG strip or tile with libjpeg and refuses 100
    // scans per block, not the number of blocks: 390,625 tiles of 16 x 16 all
    // at one 99-scan JPEG (3.1 MB) took 25 s of CPU. Blocks that share their
    // bytes are refused; the rest are weighed like a JPEG's scans.
    void tiffJpegBlocksAreWeighedBeforeDecoding()
    {
        if (!QImageReader::supportedImageFormats().contains("tiff"))
            QSKIP("no Qt TIFF plugin (qt6-image-formats-plugins)");
        const QuietJpegWarnings quiet;
        QList<QByteArray> strips;
        for (int i = 0; i < 4; ++i)
            strips.append(progressiveGrey(QSize(64, 16), 0, 40 + 50 * i));
        const int scansPerStrip = ExifReader::jpegScanCount(strips.first(), 1000);
        QVERIFY(scansPerStrip >= 2);

        const QByteArray sound = jpegTiff(64, 64, 16, strips);
        const TiffJpegWork work = TiffJpegWork::measure(sound);
        QCOMPARE(work.kind, TiffJpegWork::Kind::Jpeg);
        QCOMPARE(work.blocks, 4);
        QCOMPARE(work.scans, 4 * scansPerStrip);
        QCOMPARE(work.pixelScans, qint64(4 * scansPerStrip) * 64 * 16);
        const DecodeResult opened = decode(sound);
        QVERIFY2(opened.ok(), qPrintable(opened.error));
        QCOMPARE(opened.image.size(), QSize(64, 64));
        QCOMPARE(qGray(opened.image.pixel(10, 5)), 40);   // first strip
        QCOMPARE(qGray(opened.image.pixel(10, 60)), 190); // last strip: each its own bytes

        QCOMPARE(TiffJpegWork::measure(jpegTiff(64, 64, 16, strips, true)).kind, TiffJpegWork::Kind::SharedBlocks);
        QCOMPARE(decode(jpegTiff(64, 64, 16, strips, true)).error,
                 QStringLiteral("the TIFF's JPEG-compressed strips or tiles share their data, which no scanner "
                                "writes (it may be made to stall a reader), so it is not opened"));

        // One strip declared 10,000 x 10,000 with 17 scans: 1.7 billion
        // pixel-scans, over the bound; refused from the directory, never decoded.
        const QByteArray heavy = jpegTiff(10000, 10000, 10000, {progressiveGrey(QSize(64, 16), 17, 90)});
        QCOMPARE(TiffJpegWork::measure(heavy).pixelScans, qint64(17) * 10000 * 10000);
        QCOMPARE(decode(heavy).error,
                 QStringLiteral("the TIFF's JPEG-compressed data is stored in more scans than any camera or "
                                "scanner writes (it may be made to stall a reader), so it is not opened"));
        QCOMPARE(decode(jpegTiff(64, 64, 16, strips, false, 6)).error,
                 QStringLiteral("the TIFF uses old-style JPEG compression (withdrawn in 1995), which is not "
                                "opened; ask the customer for a JPEG or PNG"));
        QCOMPARE(TiffJpegWork::measure(jpeg(QSize(8, 8))).kind, TiffJpegWork::Kind::NotJpeg);
        // Qt opens BigTIFF as well (8-byte offsets, not weighed here): refused.
        for (const QByteArray &magic : {QByteArray("II+\0\x08\0\0\0", 8), QByteArray("MM\0+\0\x08\0\0", 8)}) {
            const QByteArray big = magic + QByteArray(8, '\0') + QByteArray(64, '\0');
            QCOMPARE(decode(big).error, QStringLiteral("the TIFF is a BigTIFF, a form meant for files over 4 GB that "
                                                       "no camera or scanner writes for a document, so it is not "
                                                       "opened; ask the customer for a JPEG or PNG"));
        }
    }

    // 16-bit RGBA is 64 bits a pixel: 8,000 x 8,000 is within the 100 MP
    // budget but needs 488 MB, past Qt's allocation limit, which Qt reported
    // as "damaged or truncated: unable to read image data".
    void deepImagePastTheAllocationLimitIsSaid()
    {
        const DecodeResult small = decode(pngDeclaring(8000, 8000, 8, 2), QSize(100, 100)); // raises the limit
        const int limit = QImageReader::allocationLimit();
        QVERIFY2(limit >= 382 && limit < 488, QByteArray::number(limit).constData());
        const DecodeResult deep = decode(pngDeclaring(8000, 8000, 16, 6), QSize(100, 100));
        QCOMPARE(deep.error, QStringLiteral("the PNG image needs 488 MB of memory to decode (64 bits a pixel), more "
                                            "than the %1 MB allowed for one image")
                                 .arg(limit));
        QVERIFY(deep.image.isNull());
        QVERIFY(small.error.startsWith(QLatin1String("the PNG data is damaged or truncated")));
    }

    void customPixelBudget()
    {
        DecodeRequest request;
        request.bytes = jpeg(QSize(3000, 2000), 50);
        request.targetSize = QSize(300, 300);
        request.maxPixels = 5'000'000;
        const DecodeResult refused = DocumentDecoder::decode(request);
        QCOMPARE(refused.error,
                 QStringLiteral("the image declares 3000 × 2000 pixels (6 MP), more than the 5 MP limit"));
        request.maxPixels = 6'000'000;
        QCOMPARE(DocumentDecoder::decode(request).error, QString());
    }

    void allocationLimitIsRaisedNotLowered()
    {
        DocumentDecoder::ensureAllocationLimit(400'000'000); // 1.6 GB of ARGB32
        QVERIFY(QImageReader::allocationLimit() >= 1526);
        DocumentDecoder::ensureAllocationLimit(1'000'000);
        QVERIFY(QImageReader::allocationLimit() >= 1526);
    }

    void decodesOnWorkerThreads()
    {
        // As the viewer does: QtConcurrent, several at once, JPEG and PDF mixed.
        const QByteArray rotated = demo::ExifOrientation::withOrientation(jpeg(QSize(900, 600), 80), 6);
        const QByteArray document = pdf(2);
        QList<QFuture<DecodeResult>> futures;
        for (int i = 0; i < 16; ++i) {
            DecodeRequest request;
            request.bytes = i % 2 ? rotated : document;
            request.targetSize = QSize(300, 300);
            request.pdfPage = i % 4 == 0 ? 0 : 1;
            request.scaling = i % 3 ? DecodeRequest::Scaling::Exact : DecodeRequest::Scaling::Fast;
            futures.append(QtConcurrent::run([request] { return DocumentDecoder::decode(request); }));
        }
        for (int i = 0; i < futures.size(); ++i) {
            const DecodeResult result = futures[i].result();
            QCOMPARE(result.error, QString());
            if (i % 2) {
                QCOMPARE(result.fullSize, QSize(600, 900));
                QVERIFY(result.image.height() >= 285 && result.image.height() <= 450);
            } else {
                QCOMPARE(result.image.size(), QSize(212, 300));
            }
        }
    }

    void benchmarkHelper()
    {
        const DecodeTimings timings = DecodeBenchmark::measure(jpeg(QSize(1600, 1200), 85), QSize(400, 300), 3);
        QCOMPARE(timings.error, QString());
        QCOMPARE(timings.fullSize, QSize(1600, 1200));
        QCOMPARE(timings.previewSize, QSize(400, 300)); // 1/4, Fast
        QVERIFY(timings.previewMs > 0);
        QVERIFY(timings.fullMs > 0);
#ifdef Q_OS_LINUX
        QVERIFY(timings.peakRssKb > 0);
#endif
    }
};

QTEST_MAIN(TestDocumentDecoder)
#include "tst_imaging_decoder.moc"
