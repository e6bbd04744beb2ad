// The demo document images: decodable, the requested size, upright under their EXIF
// orientation, reproducible from their seed, and visibly blurred or dim on request.

#include "demo/DocumentPainter.h"
#include "demo/ExifOrientation.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFontInfo>
#include <QImageIOHandler>
#include <QImageReader>
#include <QImageWriter>
#include <QPageSize>
#include <QTest>
#include <QThread>

#include <array>
#include <cmath>

#ifdef REISSUEDESK_HAVE_QTPDF
#include <QPdfDocument>
#endif

using namespace Qt::StringLiterals;
using namespace reissuedesk::demo;

namespace {

IdCardFace sampleFace()
{
    IdCardFace face;
    face.name = u"王小明"_s;
    face.sex = u"男"_s;
    face.ethnicity = u"汉"_s;
    face.birthDate = QDate(1988, 7, 3);
    face.address = u"北京市朝阳区建国路甲88号院3号楼2单元1502室"_s;
    face.idNumber = u"11010519880703451X"_s;
    face.issuingAuthority = u"北京市公安局朝阳分局"_s;
    face.validFrom = QDate(2016, 5, 1);
    face.validUntil = QDate(2036, 5, 1);
    return face;
}

Voucher sampleVoucher()
{
    Voucher voucher;
    voucher.agentName = u"朝阳区建国路通讯代理点"_s;
    voucher.receiptNumber = u"XS20240517-000123"_s;
    voucher.soldAt = QDateTime(QDate(2024, 5, 17), QTime(14, 32, 5));
    voucher.customerName = u"王小明"_s;
    voucher.cardNumber = u"89860321245678901234"_s;
    voucher.amountCents = 5000;
    return voucher;
}

struct Decoded {
    QImage image;
    QByteArray format;
    QImageIOHandler::Transformations transformation;
};

Decoded decode(const QByteArray &bytes, bool autoTransform)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(autoTransform);
    Decoded decoded;
    decoded.format = reader.format();
    decoded.transformation = reader.transformation();
    decoded.image = reader.read();
    return decoded;
}

// Mean absolute difference between horizontally and vertically neighbouring grey
// values: a cheap measure of fine detail, which defocus removes.
double highFrequencyEnergy(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    qint64 count = 0;
    for (int y = 0; y + 1 < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        const uchar *below = grey.constScanLine(y + 1);
        for (int x = 0; x + 1 < grey.width(); ++x) {
            sum += std::abs(row[x] - row[x + 1]) + std::abs(row[x] - below[x]);
            count += 2;
        }
    }
    return sum / double(count);
}

double meanLuminance(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *row = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            sum += row[x];
    }
    return sum / (double(grey.width()) * grey.height());
}

// Mean absolute per-channel difference of two same-sized images.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col]));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

// A small JPEG as Qt writes it: SOI, then the JFIF APP0 segment.
QByteArray smallJpeg()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int x = 0; x < 20; ++x)
        image.setPixel(x, 0, qRgb(255, 0, 0)); // marks the top-left corner
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.write(image);
    return bytes;
}

qsizetype countOf(const QByteArray &haystack, const QByteArray &needle)
{
    qsizetype count = 0;
    for (qsizetype at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
        ++count;
    return count;
}

// Inserts a raw segment (marker + payload) right after the APP0 of `jpeg`.
QByteArray withSegmentAfterApp0(const QByteArray &jpeg, uchar marker, const QByteArray &payload)
{
    Q_ASSERT(uchar(jpeg.at(2)) == 0xFF && uchar(jpeg.at(3)) == 0xE0);
    const qsizetype app0End = 4 + ((uchar(jpeg.at(4)) << 8) | uchar(jpeg.at(5)));
    QByteArray segment;
    segment.append(char(0xFF)).append(char(marker));
    const qsizetype length = payload.size() + 2;
    segment.append(char(length >> 8)).append(char(length & 0xFF));
    segment.append(payload);
    return jpeg.left(app0End) + segment + jpeg.mid(app0End);
}

QImageIOHandler::Transformations qtTransformationFor(int orientation)
{
    switch (orientation) {
    case 2:
        return QImageIOHandler::TransformationMirror;
    case 3:
        return QImageIOHandler::TransformationRotate180;
    case 4:
        return QImageIOHandler::TransformationFlip;
    case 5:
        return QImageIOHandler::TransformationFlipAndRotate90;
    case 6:
        return QImageIOHandler::TransformationRotate90;
    case 7:
        return QImageIOHandler::TransformationMirrorAndRotate90;
    case 8:
        return QImageIOHandler::TransformationRotate270;
    default:
        return QImageIOHandler::TransformationNone;
    }
}

} // namespace

class TestDocumentPainter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exifRoundTrip_data();
    void exifRoundTrip();
    void exifPatchesExistingTag();
    void exifReplacesSegmentWithoutTag();
    void exifReadsBigEndian();
    void exifWithoutApp0GoesAfterSoi();
    void exifLeavesNonJpegUnchanged_data();
    void exifLeavesNonJpegUnchanged();
    void exifRejectsInvalidOrientation();

    void idPhotoSize_data();
    void idPhotoSize();
    void idPhotoOrientation_data();
    void idPhotoOrientation();
    void idPhotoDeterministic();
    void blurredHasLessDetail();
    void dimIsDarker();
    void unusualFacesRender();
    void parallelRenderingMatchesSequential();

    void voucherPng();
    void voucherPdf();

    void outputUnchanged_data();
    void outputUnchanged();
};

void TestDocumentPainter::exifRoundTrip_data()
{
    QTest::addColumn<int>("orientation");
    for (int orientation = 1; orientation <= 8; ++orientation)
        QTest::addRow("%d", orientation) << orientation;
}

void TestDocumentPainter::exifRoundTrip()
{
    QFETCH(int, orientation);
    const QByteArray plain = smallJpeg();
    QCOMPARE(ExifOrientation::read(plain), 1);

    const QByteArray tagged = ExifOrientation::withOrientation(plain, orientation);
    QCOMPARE(ExifOrientation::read(tagged), orientation);
    // JFIF requires its APP0 first; the EXIF APP1 follows it directly.
    const qsizetype app0End = 4 + ((uchar(tagged.at(4)) << 8) | uchar(tagged.at(5)));
    QCOMPARE(tagged.left(4), QByteArray("\xFF\xD8\xFF\xE0", 4));
    QCOMPARE(tagged.mid(app0End, 2), QByteArray("\xFF\xE1", 2));
    QCOMPARE(tagged.mid(app0End + 4, 6), QByteArray("Exif\0\0", 6));
    QCOMPARE(tagged.mid(app0End + 36), plain.mid(app0End)); // the rest untouched

    const Decoded decoded = decode(tagged, true);
    QCOMPARE(decoded.transformation, qtTransformationFor(orientation));
    QVERIFY(!decoded.image.isNull());
    QCOMPARE(decoded.image.size(), orientation >= 5 ? QSize(30, 40) : QSize(40, 30));
}

void TestDocumentPainter::exifPatchesExistingTag()
{
    const QByteArray once = ExifOrientation::withOrientation(smallJpeg(), 6);
    const QByteArray twice = ExifOrientation::withOrientation(once, 3);
    QCOMPARE(ExifOrientation::read(twice), 3);
    QCOMPARE(twice.size(), once.size());
    QCOMPARE(countOf(twice, QByteArray("Exif\0\0", 6)), 1);
    QCOMPARE(decode(twice, false).transformation, QImageIOHandler::TransformationRotate180);
}

void TestDocumentPainter::exifReplacesSegmentWithoutTag()
{
    // An EXIF segment whose IFD0 holds only an ImageDescription-like dummy entry.
    const QByteArray tiff("II\x2A\x00\x08\x00\x00\x00"
                          "\x01\x00"
                          "\x0E\x01\x02\x00\x02\x00\x00\x00X\x00\x00\x00"
                          "\x00\x00\x00\x00",
                          26);
    const QByteArray jpeg = withSegmentAfterApp0(smallJpeg(), 0xE1, QByteArray("Exif\0\0", 6) + tiff);
    QCOMPARE(ExifOrientation::read(jpeg), 1);
    QVERIFY(!decode(jpeg, false).image.isNull());

    const QByteArray tagged = ExifOrientation::withOrientation(jpeg, 8);
    QCOMPARE(ExifOrientation::read(tagged), 8);
    QCOMPARE(countOf(tagged, QByteArray("Exif\0\0", 6)), 1);
    QCOMPARE(decode(tagged, false).transformation, QImageIOHandler::TransformationRotate270);
}

void TestDocumentPainter::exifReadsBigEndian()
{
    // Motorola byte order, as some cameras write it, with the tag after another one.
    const QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08"
                          "\x00\x02"
                          "\x01\x0F\x00\x02\x00\x00\x00\x02X\x00\x00\x00"
                          "\x01\x12\x00\x03\x00\x00\x00\x01\x00\x06\x00\x00"
                          "\x00\x00\x00\x00",
                          38);
    const QByteArray jpeg = withSegmentAfterApp0(smallJpeg(), 0xE1, QByteArray("Exif\0\0", 6) + tiff);
    QCOMPARE(ExifOrientation::read(jpeg), 6);

    const QByteArray patched = ExifOrientation::withOrientation(jpeg, 5);
    QCOMPARE(ExifOrientation::read(patched), 5);
    QCOMPARE(patched.size(), jpeg.size());
    QCOMPARE(decode(patched, false).transformation, QImageIOHandler::TransformationFlipAndRotate90);
}

void TestDocumentPainter::exifWithoutApp0GoesAfterSoi()
{
    const QByteArray jfif = smallJpeg();
    const qsizetype app0End = 4 + ((uchar(jfif.at(4)) << 8) | uchar(jfif.at(5)));
    const QByteArray bare = jfif.left(2) + jfif.mid(app0End);
    QVERIFY(!decode(bare, false).image.isNull());

    const QByteArray tagged = ExifOrientation::withOrientation(bare, 6);
    QCOMPARE(tagged.mid(2, 2), QByteArray("\xFF\xE1", 2));
    QCOMPARE(ExifOrientation::read(tagged), 6);
    const Decoded decoded = decode(tagged, true);
    QCOMPARE(decoded.image.size(), QSize(30, 40));
}

void TestDocumentPainter::exifLeavesNonJpegUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("hello, this is not an image");
    QTest::newRow("soi only") << QByteArray("\xFF\xD8", 2);
    QTest::newRow("truncated header") << smallJpeg().left(12);
    QTest::newRow("png") << DocumentPainter::voucherPng(sampleVoucher(), 1).bytes;
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
}

void TestDocumentPainter::exifLeavesNonJpegUnchanged()
{
    QFETCH(QByteArray, bytes);
    for (int orientation = 1; orientation <= 8; ++orientation)
        QCOMPARE(ExifOrientation::withOrientation(bytes, orientation), bytes);
    QCOMPARE(ExifOrientation::read(bytes), 1);
}

void TestDocumentPainter::exifRejectsInvalidOrientation()
{
    const QByteArray jpeg = smallJpeg();
    QCOMPARE(ExifOrientation::withOrientation(jpeg, 0), jpeg);
    QCOMPARE(ExifOrientation::withOrientation(jpeg, 9), jpeg);
    QCOMPARE(ExifOrientation::withOrientation(jpeg, -6), jpeg);
}

void TestDocumentPainter::idPhotoSize_data()
{
    QTest::addColumn<double>("megapixels");
    QTest::addColumn<double>("expected");
    QTest::newRow("1") << 1.0 << 1.0;
    QTest::newRow("2.3") << 2.3 << 2.3;
    QTest::newRow("3.5") << 3.5 << 3.5;
    QTest::newRow("12") << 12.0 << 12.0;
    QTest::newRow("24") << 24.0 << 24.0;
    QTest::newRow("below range") << 0.2 << 1.0;
    QTest::newRow("above range") << 50.0 << 24.0;
}

void TestDocumentPainter::idPhotoSize()
{
    QFETCH(double, megapixels);
    QFETCH(double, expected);
    const RenderedDocument front = DocumentPainter::idFront(sampleFace(), megapixels, Blemish::None, 1, 3);
    QCOMPARE(front.mediaType, u"image/jpeg"_s);
    const Decoded decoded = decode(front.bytes, false);
    QCOMPARE(decoded.format, QByteArray("jpeg"));
    QVERIFY(!decoded.image.isNull());
    QCOMPARE(decoded.image.size(), front.pixelSize);
    const double pixels = double(front.pixelSize.width()) * front.pixelSize.height();
    QVERIFY2(std::abs(pixels / (expected * 1e6) - 1) <= 0.02, qPrintable(QString::number(pixels)));
    QVERIFY(std::abs(double(front.pixelSize.width()) / front.pixelSize.height() - 4.0 / 3.0) < 0.01);
}

void TestDocumentPainter::idPhotoOrientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("back");
    for (int orientation = 1; orientation <= 8; ++orientation) {
        QTest::addRow("front %d", orientation) << orientation << false;
        QTest::addRow("back %d", orientation) << orientation << true;
    }
}

void TestDocumentPainter::idPhotoOrientation()
{
    QFETCH(int, orientation);
    QFETCH(bool, back);
    const auto render = [back](int exifOrientation, quint32 seed) {
        return back ? DocumentPainter::idBack(sampleFace(), 1.0, Blemish::None, exifOrientation, seed)
                    : DocumentPainter::idFront(sampleFace(), 1.0, Blemish::None, exifOrientation, seed);
    };
    const RenderedDocument document = render(orientation, 42);
    QCOMPARE(ExifOrientation::read(document.bytes), orientation);

    const Decoded stored = decode(document.bytes, false);
    QCOMPARE(stored.transformation, qtTransformationFor(orientation));
    QCOMPARE(stored.image.size(), document.pixelSize);
    QCOMPARE(document.pixelSize.width() > document.pixelSize.height(), orientation <= 4);

    const QImage shown = decode(document.bytes, true).image;
    QVERIFY(shown.width() > shown.height());

    // Shown upright, it is the same photo as the one taken with the phone upright
    // (up to JPEG noise), and clearly not just any photo of the card.
    const QImage upright = decode(render(1, 42).bytes, true).image;
    QCOMPARE(shown.size(), upright.size());
    const double difference = meanDifference(shown, upright);
    const double otherPhoto = meanDifference(decode(render(1, 43).bytes, true).image, upright);
    QVERIFY2(difference < 2.5, qPrintable(QString::number(difference)));
    QVERIFY2(otherPhoto > 4 * difference + 5, qPrintable(QString::number(otherPhoto)));
}

void TestDocumentPainter::idPhotoDeterministic()
{
    const IdCardFace face = sampleFace();
    const QByteArray front = DocumentPainter::idFront(face, 1.5, Blemish::None, 6, 7).bytes;
    QCOMPARE(DocumentPainter::idFront(face, 1.5, Blemish::None, 6, 7).bytes, front);
    QVERIFY(DocumentPainter::idFront(face, 1.5, Blemish::None, 6, 8).bytes != front);

    const QByteArray back = DocumentPainter::idBack(face, 1.5, Blemish::Dim, 1, 7).bytes;
    QCOMPARE(DocumentPainter::idBack(face, 1.5, Blemish::Dim, 1, 7).bytes, back);
    QVERIFY(DocumentPainter::idBack(face, 1.5, Blemish::Dim, 1, 8).bytes != back);

    const QByteArray blurred = DocumentPainter::idBack(face, 1.5, Blemish::Blurred, 3, 7).bytes;
    QCOMPARE(DocumentPainter::idBack(face, 1.5, Blemish::Blurred, 3, 7).bytes, blurred);
}

void TestDocumentPainter::blurredHasLessDetail()
{
    const IdCardFace face = sampleFace();
    for (const quint32 seed : {1u, 2u, 3u}) {
        const RenderedDocument clear = DocumentPainter::idFront(face, 2.0, Blemish::None, 1, seed);
        const RenderedDocument blurred = DocumentPainter::idFront(face, 2.0, Blemish::Blurred, 1, seed);
        QCOMPARE(blurred.pixelSize, clear.pixelSize);
        const QImage blurredImage = decode(blurred.bytes, false).image;
        QCOMPARE(blurredImage.size(), clear.pixelSize);
        const double sharp = highFrequencyEnergy(decode(clear.bytes, false).image);
        const double soft = highFrequencyEnergy(blurredImage);
        QVERIFY2(sharp >= 2 * soft, qPrintable(u"clear %1, blurred %2"_s.arg(sharp).arg(soft)));
    }
}

void TestDocumentPainter::dimIsDarker()
{
    const IdCardFace face = sampleFace();
    for (const quint32 seed : {1u, 2u, 3u}) {
        const RenderedDocument clear = DocumentPainter::idBack(face, 2.0, Blemish::None, 6, seed);
        const RenderedDocument dim = DocumentPainter::idBack(face, 2.0, Blemish::Dim, 6, seed);
        QCOMPARE(dim.pixelSize, clear.pixelSize);
        const double bright = meanLuminance(decode(clear.bytes, false).image);
        const double dark = meanLuminance(decode(dim.bytes, false).image);
        QVERIFY2(dark < 0.5 * bright, qPrintable(u"clear %1, dim %2"_s.arg(bright).arg(dark)));
        QVERIFY(dark > 5); // under-exposed, not black
    }
}

void TestDocumentPainter::unusualFacesRender()
{
    IdCardFace longAddress = sampleFace();
    longAddress.address = u"新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放路街道办事处某某社区居民委员会第十二居民小组"
                          u"幸福巷南侧一百二十八号院"_s;
    longAddress.name = u"欧阳娜娜𠀋"_s; // a surrogate pair (CJK extension B)
    longAddress.validUntil = QDate();   // 长期
    IdCardFace empty;
    for (const IdCardFace &face : {longAddress, empty}) {
        for (const Blemish blemish : {Blemish::None, Blemish::Blurred, Blemish::Dim}) {
            const RenderedDocument front = DocumentPainter::idFront(face, 1.0, blemish, 8, 5);
            const RenderedDocument back = DocumentPainter::idBack(face, 1.0, blemish, 2, 5);
            QVERIFY(!decode(front.bytes, false).image.isNull());
            QVERIFY(!decode(back.bytes, false).image.isNull());
        }
    }
    // Out-of-range orientations are treated as upright.
    const RenderedDocument odd = DocumentPainter::idFront(sampleFace(), 1.0, Blemish::None, 0, 5);
    QCOMPARE(ExifOrientation::read(odd.bytes), 1);
    QVERIFY(odd.pixelSize.width() > odd.pixelSize.height());
}

void TestDocumentPainter::parallelRenderingMatchesSequential()
{
    // The seeder runs painters in worker threads; the shared card-template cache
    // and the fonts must not make the output depend on who rendered it.
    const IdCardFace face = sampleFace();
    const auto job = [&face](int i) {
        const double megapixels = 1.0 + 0.7 * i;
        return (i % 2 ? DocumentPainter::idFront(face, megapixels, Blemish::None, 1 + i % 8, quint32(100 + i))
                      : DocumentPainter::idBack(face, megapixels, Blemish::None, 1 + i % 8, quint32(100 + i)))
            .bytes;
    };
    constexpr int jobs = 8;
    std::array<QByteArray, jobs> parallel;
    const auto worker = [&](int first) {
        for (int i = first; i < jobs; i += 2)
            parallel[size_t(i)] = job(i);
    };
    QScopedPointer<QThread> a(QThread::create(worker, 0));
    QScopedPointer<QThread> b(QThread::create(worker, 1));
    a->start();
    b->start();
    QVERIFY(a->wait(QDeadlineTimer(120'000)));
    QVERIFY(b->wait(QDeadlineTimer(120'000)));
    for (int i = 0; i < jobs; ++i)
        QCOMPARE(parallel[size_t(i)], job(i));
}

void TestDocumentPainter::voucherPng()
{
    const Voucher voucher = sampleVoucher();
    const RenderedDocument png = DocumentPainter::voucherPng(voucher, 11);
    QCOMPARE(png.mediaType, u"image/png"_s);
    QVERIFY(png.bytes.startsWith("\x89PNG\r\n\x1A\n"));
    const Decoded decoded = decode(png.bytes, false);
    QCOMPARE(decoded.format, QByteArray("png"));
    QCOMPARE(decoded.image.size(), png.pixelSize);
    QVERIFY(png.pixelSize.width() <= 1080 && png.pixelSize.height() <= 1920);
    QVERIFY(png.pixelSize.height() > png.pixelSize.width()); // a phone screen

    QCOMPARE(DocumentPainter::voucherPng(voucher, 11).bytes, png.bytes);
    QVERIFY(DocumentPainter::voucherPng(voucher, 12).bytes != png.bytes);
}

void TestDocumentPainter::voucherPdf()
{
    const RenderedDocument pdf = DocumentPainter::voucherPdf(sampleVoucher());
    QCOMPARE(pdf.mediaType, u"application/pdf"_s);
    QVERIFY(pdf.bytes.startsWith("%PDF-"));
    QVERIFY(pdf.bytes.trimmed().endsWith("%%EOF"));
    QCOMPARE(pdf.pixelSize, QPageSize(QPageSize::A6).sizePoints());

#ifdef REISSUEDESK_HAVE_QTPDF
    QBuffer buffer;
    buffer.setData(pdf.bytes);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    QTRY_COMPARE(document.status(), QPdfDocument::Status::Ready);
    QCOMPARE(document.pageCount(), 1);
    const QSizeF page = document.pagePointSize(0);
    QVERIFY(std::abs(page.width() - 297.6) < 1.5 && std::abs(page.height() - 419.5) < 1.5);
#else
    QSKIP("Qt PDF is not available; only the header was checked");
#endif
}

// Golden hashes of painted documents, recorded from the painter before it was split
// into one file per concept: any refactoring that changes a single pixel (or the
// encoder's input) fails here. The bytes depend on the fonts and codecs installed,
// so the hashes hold only on the platform they were recorded on (Debian 12: Qt
// 6.4.2, fonts-wqy-microhei, libjpeg62-turbo); elsewhere the case is skipped.
void TestDocumentPainter::outputUnchanged_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("sha256");

    const IdCardFace face = sampleFace();
    IdCardFace longAddress = sampleFace();
    longAddress.address = u"新疆维吾尔自治区伊犁哈萨克自治州伊宁市解放路街道办事处某某社区居民委员会第十二居民小组"
                          u"幸福巷南侧一百二十八号院"_s;
    longAddress.validUntil = QDate();
    const auto row = [](const char *name, const QByteArray &bytes, const char *sha256) {
        QTest::newRow(name) << bytes << QByteArray(sha256);
    };
    row("front clear upright", DocumentPainter::idFront(face, 1.2, Blemish::None, 1, 7).bytes,
        "715aafd81199b097027d04cebdd2639b9d5c597e72eda95b30564b5b3751c3f9");
    row("front clear rotated 90", DocumentPainter::idFront(face, 2.0, Blemish::None, 6, 8).bytes,
        "92d715c63dbe6eecb59242b56e03d680174456ac92958b93a568fd392d4fe097");
    row("front long address mirrored", DocumentPainter::idFront(longAddress, 1.0, Blemish::None, 7, 3).bytes,
        "080a03972e0702c0480fc3b301cb1a1cabb8de6f94a6d95129d54ea6dd629977");
    row("front large text 13 MP", DocumentPainter::idFront(face, 13.0, Blemish::None, 8, 21).bytes,
        "519d4d3f5233ae9379560e5250388c1b06a2e2d1bc8be9863375d2781531b75c");
    row("front blurred", DocumentPainter::idFront(face, 1.5, Blemish::Blurred, 3, 9).bytes,
        "15c0ccbabd72fe83ff19f03ab547c4dbb798d8a7dd0003389db527be7789c0b2");
    row("back clear", DocumentPainter::idBack(face, 1.2, Blemish::None, 1, 7).bytes,
        "0094f482dfb018d8e2653942333686b7ee5367f8a04b003d1ec685c3db82b7a4");
    row("back dim rotated 270", DocumentPainter::idBack(face, 2.5, Blemish::Dim, 8, 4).bytes,
        "4735decfd26b93dd220b72088a1d67d61170ae1b4705ec617d14e9a365e355c9");
    row("back blurred mirrored", DocumentPainter::idBack(longAddress, 1.0, Blemish::Blurred, 2, 5).bytes,
        "fc8e86fdbed1a9622fe84701cb9a92ffdcd1265175fa4e94bb28175bb49eba7a");
    row("voucher png", DocumentPainter::voucherPng(sampleVoucher(), 11).bytes,
        "72dd7c499f56e3f30d2a339998ce20b127e5fde7004cc9016bb70a1e87eee069");
    row("voucher png other seed", DocumentPainter::voucherPng(sampleVoucher(), 12).bytes,
        "44a9c8f0682359c264a87a339105dc1d844f52aa2e651c6d17ea2fc6d7fb0199");
    // The PDF carries its creation date; everything else in it is fixed.
    QByteArray pdf = DocumentPainter::voucherPdf(sampleVoucher()).bytes;
    if (const qsizetype date = pdf.indexOf("/CreationDate"); date >= 0)
        pdf.remove(date, pdf.indexOf(')', date) + 1 - date);
    row("voucher pdf", pdf, "2381e3ab2502930f3941f582fb84386f15f8d8b014c11a45d1b52efa6e1d62d8");
}

void TestDocumentPainter::outputUnchanged()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, sha256);
    QFont probe;
    probe.setFamilies({u"WenQuanYi Micro Hei"_s});
    if (qstrcmp(qVersion(), "6.4.2") != 0 || QFontInfo(probe).family() != u"WenQuanYi Micro Hei"_s)
        QSKIP("golden hashes were recorded with Qt 6.4.2 and WenQuanYi Micro Hei");
    QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), sha256);
}

QTEST_MAIN(TestDocumentPainter)
#include "tst_documentpainter.moc"
