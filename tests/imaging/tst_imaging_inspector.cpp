// ExifReader and DocumentInspector: metadata written by hand in both TIFF byte
// orders, by Qt's encoders and by the demo generator; warnings the operator sees;
// hostile EXIF that must neither crash nor hang.

#include "ImagingTestData.h"
#include "demo/ExifOrientation.h"
#include "imaging/DocumentInspector.h"
#include "imaging/ExifReader.h"
#include "imaging/PngText.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QImageReader>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTest>

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

constexpr quint16 Make = 0x010F;
constexpr quint16 Model = 0x0110;
constexpr quint16 Orientation = 0x0112;
constexpr quint16 Software = 0x0131;
constexpr quint16 DateTime = 0x0132;
constexpr quint16 DateTimeOriginal = 0x9003;
constexpr quint16 OffsetTimeOriginal = 0x9011;

QByteArray cameraTiff(bool littleEndian, const QString &software)
{
    return tiff(littleEndian,
                {TiffEntry::text(Make, QStringLiteral("HUAWEI")), TiffEntry::text(Model, QStringLiteral("ELS-AN00")),
                 TiffEntry::shortValue(Orientation, 1), TiffEntry::text(Software, software),
                 TiffEntry::text(DateTime, QStringLiteral("2024:05:02 09:15:00"))},
                {TiffEntry::text(DateTimeOriginal, QStringLiteral("2024:05:01 10:20:30")),
                 TiffEntry::text(OffsetTimeOriginal, QStringLiteral("+08:00"))});
}

bool containsWarning(const DocumentFacts &facts, const QString &warning)
{
    return facts.warnings.contains(warning);
}

} // namespace

class TestDocumentInspector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exifBothByteOrders_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::newRow("II (Intel)") << true;
        QTest::newRow("MM (Motorola)") << false;
    }
    void exifBothByteOrders()
    {
        QFETCH(bool, littleEndian);
        const QByteArray bytes =
            withExifSegment(jpeg(QSize(64, 48)), cameraTiff(littleEndian, QStringLiteral("Adobe Photoshop 24.0")));
        const ExifData exif = ExifReader::fromJpeg(bytes);
        QVERIFY(exif.present);
        QCOMPARE(exif.make, QStringLiteral("HUAWEI"));
        QCOMPARE(exif.model, QStringLiteral("ELS-AN00"));
        QCOMPARE(exif.software, QStringLiteral("Adobe Photoshop 24.0"));
        QCOMPARE(exif.orientation, 1);
        QCOMPARE(exif.dateTime, QStringLiteral("2024:05:02 09:15:00"));
        QCOMPARE(exif.dateTimeOriginal, QStringLiteral("2024:05:01 10:20:30"));
        QCOMPARE(exif.capturedAt(), QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::OffsetFromUTC, 8 * 3600));
        QCOMPARE(exif.capturedAt().toUTC(), QDateTime(QDate(2024, 5, 1), QTime(2, 20, 30), Qt::UTC));
    }

    void factsOfAnEditedPhoto()
    {
        const QByteArray bytes =
            withExifSegment(jpeg(QSize(64, 48)), cameraTiff(true, QStringLiteral("Adobe Photoshop 24.0")));
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("image/jpeg"));
        QCOMPARE(facts.sizeBytes, bytes.size());
        QCOMPARE(facts.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(facts.sniffed.mediaType, QStringLiteral("image/jpeg"));
        QCOMPARE(facts.pixelSize, QSize(64, 48));
        QCOMPARE(facts.exifOrientation, 1);
        QCOMPARE(facts.cameraMake, QStringLiteral("HUAWEI"));
        QCOMPARE(facts.cameraModel, QStringLiteral("ELS-AN00"));
        QCOMPARE(facts.software, QStringLiteral("Adobe Photoshop 24.0"));
        QCOMPARE(facts.capturedAt.toUTC(), QDateTime(QDate(2024, 5, 1), QTime(2, 20, 30), Qt::UTC));
        QCOMPARE(facts.pageCount, 1);
        QCOMPARE(facts.warnings,
                 QStringList{QStringLiteral("metadata names an editing program: Adobe Photoshop 24.0")});
    }

    void cameraFirmwareIsNotAnEditor()
    {
        const QByteArray bytes =
            withExifSegment(jpeg(QSize(64, 48)), cameraTiff(false, QStringLiteral("ELS-AN00 4.0.0.120(C00E110R2P2)")));
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("image/jpeg"));
        QCOMPARE(facts.software, QStringLiteral("ELS-AN00 4.0.0.120(C00E110R2P2)"));
        QCOMPARE(facts.warnings, QStringList());
    }

    void editingPrograms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("program");
        QTest::newRow("photoshop") << "Adobe Photoshop 24.0 (Windows)"
                                   << "Photoshop";
        QTest::newRow("lightroom") << "Adobe Photoshop Lightroom Classic 12.0"
                                   << "Photoshop";
        QTest::newRow("gimp") << "GIMP 2.10.34"
                              << "GIMP";
        QTest::newRow("snapseed") << "Snapseed 2.0"
                                  << "Snapseed";
        QTest::newRow("picsart") << "PicsArt"
                                 << "PicsArt";
        QTest::newRow("meitu latin") << "Meitu"
                                     << "Meitu";
        QTest::newRow("meitu") << "美图秀秀"
                               << "美图";
        QTest::newRow("xingtu") << "醒图"
                                << "醒图";
        QTest::newRow("beauty camera") << "美颜相机"
                                       << "美颜";
        QTest::newRow("pixelmator") << "Pixelmator Pro 3.3"
                                    << "Pixelmator";
        QTest::newRow("affinity") << "Affinity Photo 2"
                                  << "Affinity Photo";
        QTest::newRow("canva") << "Canva"
                               << "Canva";
        QTest::newRow("fotor") << "Fotor"
                               << "Fotor";
        QTest::newRow("case-insensitive") << "adobe PHOTOSHOP express"
                                          << "PHOTOSHOP";
        QTest::newRow("canvas is not canva") << "Canvas X"
                                             << "";
        QTest::newRow("phone firmware") << "MIUI-V14.0.3"
                                        << "";
        QTest::newRow("qt") << "Qt 6.4.2"
                            << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void editingPrograms()
    {
        QFETCH(QString, text);
        QFETCH(QString, program);
        QCOMPARE(DocumentInspector::editingProgramIn(text), program);
    }

    void pngTextChunkNamesEditor()
    {
        const QByteArray bytes = pngWithText(png(QSize(20, 10)), "Software", "GIMP 2.10.34");
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("image/png"));
        QCOMPARE(facts.software, QStringLiteral("GIMP 2.10.34"));
        QCOMPARE(facts.pixelSize, QSize(20, 10));
        QCOMPARE(facts.warnings, QStringList{QStringLiteral("metadata names an editing program: GIMP 2.10.34")});
    }

    // libpng inflates each compressed text chunk (up to 8 MB) and Qt keeps
    // them all: 50 zTXt chunks of 7.9 MB in a 386 KB upload held 2 GB, 1,000
    // were killed by the kernel at 20 GB. Only a few short chunks naming the
    // software reach Qt; the pixels and the software fact are unchanged.
    void pngTextBombReachesQtWithoutItsText()
    {
        const QByteArray base = png(QSize(20, 10));
        const auto zText = [](const QByteArray &keyword, const QByteArray &text) -> QByteArray {
            return pngChunk("zTXt", keyword + '\0' + '\0' + qCompress(text, 9).mid(4)); // zlib stream
        };
        const qsizetype afterIhdr = 8 + 4 + 4 + 13 + 4;
        QByteArray text;
        for (int i = 0; i < 40; ++i)
            text += zText("Comment", QByteArray(1 << 20, 'a')); // 1 MB each, 1 KB stored
        text += zText("Software", QByteArray(1 << 20, 'b'));    // names the software, but 1 KB stored
        text += zText("Software", "Adobe Photoshop 25.0");      // short: kept
        for (int i = 0; i < 5; ++i)
            text += zText("Creator", "Paint " + QByteArray::number(i)); // two more kept, three dropped
        const QByteArray bomb = base.left(afterIhdr) + text + base.mid(afterIhdr);
        const QByteArray bounded = PngText::withoutSurplusText(bomb);

        QBuffer buffer;
        buffer.setData(bounded);
        QImageReader reader(&buffer, "png");
        QStringList keys = reader.textKeys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("Creator"), QStringLiteral("Software")}));
        QCOMPARE(reader.text(QStringLiteral("Software")), QStringLiteral("Adobe Photoshop 25.0"));
        QCOMPARE(reader.text(QStringLiteral("Creator")), QStringLiteral("Paint 1")); // the last of a repeated key
        QCOMPARE(reader.read(), QImage::fromData(base, "PNG"));
        QCOMPARE(bounded.size(), base.size() + zText("Software", "Adobe Photoshop 25.0").size() +
                                     zText("Creator", "Paint 0").size() * 2);

        const DocumentFacts facts = DocumentInspector::inspect(bomb, QStringLiteral("image/png"));
        QCOMPARE(facts.software, QStringLiteral("Adobe Photoshop 25.0"));
        QCOMPARE(facts.pixelSize, QSize(20, 10));
        // Not a PNG, or cut inside a chunk: the bytes from there go on as they were.
        QCOMPARE(PngText::withoutSurplusText("GIF89a"), QByteArray("GIF89a"));
        QCOMPARE(PngText::withoutSurplusText(bomb.left(afterIhdr + 30)), base.left(afterIhdr) + text.left(30));
    }

    void qtWrittenPngTextNamesEditor()
    {
        // QImage::setText is written by Qt's encoder (as tEXt or compressed zTXt).
        QImage image = markedImage(QSize(16, 16));
        image.setText(QStringLiteral("Software"), QStringLiteral("美图秀秀 9.9"));
        const DocumentFacts facts = DocumentInspector::inspect(encode(image, "png"), QStringLiteral("image/png"));
        QVERIFY2(containsWarning(facts, QStringLiteral("metadata names an editing program: 美图秀秀 9.9")),
                 qPrintable(facts.warnings.join(QLatin1Char('|'))));
        QCOMPARE(facts.software, QStringLiteral("美图秀秀 9.9"));
    }

    void xmpCreatorToolNamesEditor()
    {
        const QByteArray xmp = QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) +
                               "<x:xmpmeta><rdf:RDF><rdf:Description xmp:CreatorTool=\"Adobe Photoshop 25.1 "
                               "(Macintosh)\"/></rdf:RDF></x:xmpmeta>";
        const QByteArray bytes = withAppSegment(jpeg(QSize(32, 32)), 0xE1, xmp);
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("image/jpeg"));
        QCOMPARE(facts.software, QStringLiteral("Adobe Photoshop 25.1 (Macintosh)"));
        QCOMPARE(facts.warnings,
                 QStringList{QStringLiteral("metadata names an editing program: Adobe Photoshop 25.1 (Macintosh)")});
    }

    void declaredTypeDiffers()
    {
        const DocumentFacts facts = DocumentInspector::inspect(png(QSize(10, 10)), QStringLiteral("image/jpeg"));
        QCOMPARE(facts.sniffed.mediaType, QStringLiteral("image/png"));
        QCOMPARE(facts.warnings,
                 QStringList{QStringLiteral("detected type image/png differs from the declared image/jpeg")});
    }

    void declaredAliasesAgree_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::newRow("image/jpg") << "image/jpg";
        QTest::newRow("upper case with parameter") << "IMAGE/JPEG; charset=binary";
        QTest::newRow("pjpeg") << "image/pjpeg";
        QTest::newRow("not declared") << "";
    }
    void declaredAliasesAgree()
    {
        QFETCH(QString, declared);
        QCOMPARE(DocumentInspector::inspect(jpeg(QSize(10, 10)), declared).warnings, QStringList());
    }

    void orientationSixFromDemoGenerator()
    {
        const QByteArray bytes = demo::ExifOrientation::withOrientation(jpeg(QSize(120, 80)), 6);
        QCOMPARE(ExifReader::fromJpeg(bytes).orientation, 6);
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("image/jpeg"));
        QCOMPARE(facts.exifOrientation, 6);
        QCOMPARE(facts.pixelSize, QSize(80, 120)); // as displayed
        QCOMPARE(facts.warnings, QStringList());
    }

    void emptyFile()
    {
        const DocumentFacts facts = DocumentInspector::inspect(QByteArray(), QStringLiteral("image/jpeg"));
        QCOMPARE(facts.sizeBytes, 0);
        QCOMPARE(facts.sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(facts.sniffed.label, QStringLiteral("empty file"));
        QVERIFY(facts.warnings.contains(QStringLiteral("the file is empty")));
    }

    void zipNamedJpeg()
    {
        const DocumentFacts facts =
            DocumentInspector::inspect(QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10), QStringLiteral("image/jpeg"));
        QCOMPARE(facts.warnings,
                 (QStringList{QStringLiteral("detected type application/zip differs from the declared image/jpeg"),
                              QStringLiteral("this is a ZIP archive, not an image or PDF")}));
    }

    void bombHeaderIsReportedNotDecoded()
    {
        const DocumentFacts facts = DocumentInspector::inspect(pngDeclaring(50000, 50000), QStringLiteral("image/png"));
        QCOMPARE(facts.pixelSize, QSize(50000, 50000));
        QCOMPARE(facts.warnings, QStringList{QStringLiteral(
                                     "the image declares 50000 × 50000 pixels (2500 MP), more than the 100 MP limit")});
    }

    void pdfFacts()
    {
        const DocumentFacts facts =
            DocumentInspector::inspect(pdf(2, QStringLiteral("Canva")), QStringLiteral("application/pdf"));
        QCOMPARE(facts.pageCount, 2);
        QCOMPARE(facts.pageSizePoints.toSize(), QSize(595, 842)); // A4
        QCOMPARE(facts.software, QStringLiteral("Canva"));
        QVERIFY(facts.capturedAt.isValid());
        QCOMPARE(facts.warnings, QStringList{QStringLiteral("metadata names an editing program: Canva")});
    }

    void damagedPdfFacts()
    {
        const DocumentFacts facts = DocumentInspector::inspect(QByteArray("%PDF-1.4\n") + QByteArray(300, '#'),
                                                               QStringLiteral("application/pdf"));
        QCOMPARE(facts.pageCount, 0);
        QCOMPARE(facts.warnings, QStringList{QStringLiteral("the PDF is damaged")});
    }

    void exifDates_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("offset");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("with offset") << "2024:05:01 10:20:30"
                                     << "+08:00"
                                     << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::OffsetFromUTC, 28800);
        QTest::newRow("negative offset") << "2024:05:01 10:20:30"
                                         << "-03:30"
                                         << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::OffsetFromUTC, -12600);
        QTest::newRow("local") << "2024:05:01 10:20:30"
                               << "" << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::LocalTime);
        QTest::newRow("dashes") << "2024-05-01 10:20:30"
                                << "" << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30));
        QTest::newRow("unknown") << "0000:00:00 00:00:00"
                                 << "" << QDateTime();
        QTest::newRow("blank") << "                   "
                               << "" << QDateTime();
        QTest::newRow("invalid day") << "2024:02:30 10:00:00"
                                     << "" << QDateTime();
        QTest::newRow("bad offset ignored") << "2024:05:01 10:20:30"
                                            << "+99:00" << QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30));
    }
    void exifDates()
    {
        QFETCH(QString, value);
        QFETCH(QString, offset);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ExifReader::parseDateTime(value, offset);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.offsetFromUtc(), expected.offsetFromUtc());
        }
    }

    // Hostile EXIF: every case must return (quickly) without reading out of bounds.
    void hostileExif_data()
    {
        QTest::addColumn<QByteArray>("tiffBytes");
        QTest::addColumn<QString>("make");

        QTest::newRow("IFD0 offset far outside") << QByteArray("II*\0\xF0\xFF\xFF\xFF", 8) << QString();
        QTest::newRow("IFD0 offset inside header") << QByteArray("II*\0\x02\0\0\0", 8) << QString();
        QTest::newRow("header only") << QByteArray("MM\0*", 4) << QString();
        QTest::newRow("bad byte order mark") << QByteArray("IM*\0\x08\0\0\0\0\0", 10) << QString();

        TiffEntry outside = TiffEntry::text(Make, QStringLiteral("HUAWEI"));
        outside.forcedOffset = 0x7FFFFFF0;
        QTest::newRow("string offset outside") << tiff(true, {outside}) << QString();

        TiffEntry hugeCount = TiffEntry::text(Make, QStringLiteral("HUAWEI"));
        hugeCount.count = 0xFFFFFFFF;
        QTest::newRow("string count 4 GiB") << tiff(false, {hugeCount}) << QString();

        TiffEntry nearEnd = TiffEntry::text(Make, QStringLiteral("HUAWEI"));
        nearEnd.forcedOffset = 0xFFFFFFFF;
        QTest::newRow("offset + size overflows 32 bits") << tiff(true, {nearEnd}) << QString();

        // Entry count claims 65535 entries; the two real ones are still read.
        QByteArray manyEntries =
            tiff(true, {TiffEntry::text(Make, QStringLiteral("OPPO")), TiffEntry::shortValue(Orientation, 3)});
        manyEntries[8] = '\xFF';
        manyEntries[9] = '\xFF';
        QTest::newRow("entry count beyond data") << manyEntries << QStringLiteral("OPPO");

        // Exif IFD pointer back to IFD0 and to itself: visited at most once, no chain.
        QTest::newRow("ExifIFD points to IFD0")
            << tiff(true, {TiffEntry::text(Make, QStringLiteral("vivo")), TiffEntry::longValue(0x8769, 8)})
            << QStringLiteral("vivo");
        QByteArray selfLoop = tiff(false, {TiffEntry::text(Make, QStringLiteral("Xiaomi"))},
                                   {TiffEntry::longValue(0x8769, 0),
                                    TiffEntry::text(DateTimeOriginal, QStringLiteral("2024:01:01 00:00:00"))});
        QTest::newRow("ExifIFD points to itself") << selfLoop << QStringLiteral("Xiaomi");

        TiffEntry wrongType = TiffEntry::longValue(Make, 0x41414141);
        QTest::newRow("Make as LONG") << tiff(true, {wrongType}) << QString();
        TiffEntry unknownType = TiffEntry::shortValue(Orientation, 6);
        unknownType.type = 99;
        QTest::newRow("unknown field type")
            << tiff(true, {unknownType, TiffEntry::text(Make, QStringLiteral("Sony"))}) << QStringLiteral("Sony");
    }
    void hostileExif()
    {
        QFETCH(QByteArray, tiffBytes);
        QFETCH(QString, make);
        QElapsedTimer timer;
        timer.start();
        const ExifData exif = ExifReader::fromTiff(tiffBytes);
        QCOMPARE(exif.make, make);
        const QByteArray bytes = withExifSegment(jpeg(QSize(16, 16)), tiffBytes);
        QCOMPARE(ExifReader::fromJpeg(bytes).make, make);
        const DocumentFacts facts = DocumentInspector::inspect(bytes, QStringLiteral("image/jpeg"));
        QCOMPARE(facts.cameraMake, make);
        QVERIFY(facts.exifOrientation >= 1 && facts.exifOrientation <= 8);
        QVERIFY(timer.elapsed() < 2000);
    }

    void hostileJpegSegments_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray body = jpeg(QSize(16, 16)).mid(2);
        QTest::newRow("segment length 0") << QByteArray("\xFF\xD8\xFF\xE1\x00\x00", 6) + body;
        QTest::newRow("segment length 1") << QByteArray("\xFF\xD8\xFF\xE1\x00\x01", 6) + body;
        QTest::newRow("segment longer than file") << QByteArray("\xFF\xD8\xFF\xE1\xFF\xFF"
                                                                "Exif\0\0II*\0",
                                                                16);
        QTest::newRow("only fill bytes") << QByteArray("\xFF\xD8") + QByteArray(100000, '\xFF');
        QTest::newRow("SOI only") << QByteArray("\xFF\xD8\xFF", 3);
        QTest::newRow("Exif signature, no TIFF") << QByteArray("\xFF\xD8\xFF\xE1\x00\x08"
                                                               "Exif\0\0",
                                                               12) +
                                                        body;
        QTest::newRow("Exif without pad byte") << QByteArray("\xFF\xD8\xFF\xE1\x00\x07"
                                                             "Exif\0",
                                                             11) +
                                                      body;
    }
    void hostileJpegSegments()
    {
        const QuietJpegWarnings quiet;
        QFETCH(QByteArray, bytes);
        QElapsedTimer timer;
        timer.start();
        const ExifData exif = ExifReader::fromJpeg(bytes);
        QVERIFY(!exif.present);
        (void)ExifReader::jpegScanStart(bytes);
        (void)DocumentInspector::inspect(bytes, QStringLiteral("image/jpeg"));
        QVERIFY(timer.elapsed() < 2000);
    }

    // Every prefix and thousands of random byte flips of a real EXIF header.
    void fuzzedExif()
    {
        const QuietJpegWarnings quiet;
        const QByteArray valid = withExifSegment(jpeg(QSize(16, 16)), cameraTiff(false, QStringLiteral("GIMP 2.10")));
        const qsizetype headerEnd = ExifReader::jpegScanStart(valid);
        QVERIFY(headerEnd > 0);
        QElapsedTimer timer;
        timer.start();
        for (qsizetype n = 0; n <= headerEnd; ++n)
            (void)ExifReader::fromJpeg(valid.left(n));

        QRandomGenerator rng(20240501);
        int parsed = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray mutated = valid.left(headerEnd);
            const int flips = 1 + int(rng.bounded(4));
            for (int f = 0; f < flips; ++f)
                mutated[qsizetype(rng.bounded(quint32(headerEnd)))] = char(rng.bounded(256));
            if (ExifReader::fromJpeg(mutated).present)
                ++parsed;
            if (i % 100 == 0)
                (void)DocumentInspector::inspect(mutated + valid.mid(headerEnd), QStringLiteral("image/jpeg"));
        }
        QVERIFY(parsed > 0); // most mutations leave a readable TIFF header
        QVERIFY2(timer.elapsed() < 60000, "EXIF parsing must stay fast on hostile input");
    }
};

QTEST_MAIN(TestDocumentInspector)
#include "tst_imaging_inspector.moc"
