// ContentSniffer: real encoders' output and hand-written magic numbers of the
// things customers upload instead of photos.

#include "ImagingTestData.h"
#include "imaging/ContentSniffer.h"

#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestContentSniffer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sniff_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mediaType");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("displayable");

        const QImage image = markedImage(QSize(40, 30));
        QTest::newRow("jpeg") << encode(image, "jpeg") << "image/jpeg"
                              << "JPEG" << true;
        QTest::newRow("png") << encode(image, "png") << "image/png"
                             << "PNG" << true;
        QTest::newRow("bmp") << encode(image, "bmp") << "image/bmp"
                             << "BMP" << true;
        QTest::newRow("tiff") << encode(image, "tiff") << "image/tiff"
                              << "TIFF" << true;
        QTest::newRow("webp") << encode(image, "webp") << "image/webp"
                              << "WebP" << true;
        QTest::newRow("gif89a") << QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00", 13) << "image/gif"
                                << "GIF" << true;
        QTest::newRow("tiff big-endian") << QByteArray("MM\0*\0\0\0\x08", 8) << "image/tiff"
                                         << "TIFF" << true;
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << "application/pdf"
                             << "PDF" << true;

        QTest::newRow("heic") << QByteArray("\0\0\0\x18"
                                            "ftypheic\0\0\0\0mif1heic",
                                            24)
                              << "image/heic"
                              << "HEIC" << false;
        QTest::newRow("heif mif1") << QByteArray("\0\0\0\x18"
                                                 "ftypmif1\0\0\0\0mif1heic",
                                                 24)
                                   << "image/heic"
                                   << "HEIC" << false;
        QTest::newRow("avif") << QByteArray("\0\0\0\x1C"
                                            "ftypavif\0\0\0\0avifmif1miaf",
                                            28)
                              << "image/avif"
                              << "AVIF" << false;
        QTest::newRow("mp4") << QByteArray("\0\0\0\x18"
                                           "ftypisom\0\0\x02\0isomiso2",
                                           24)
                             << "video/mp4"
                             << "MP4/QuickTime video" << false;
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10) << "application/zip"
                             << "ZIP archive" << false;
        QTest::newRow("empty zip") << QByteArray("PK\x05\x06\0\0\0\0", 8) << "application/zip"
                                   << "ZIP archive" << false;
        QTest::newRow("rar") << QByteArray("Rar!\x1A\x07\x01\0") << "application/x-rar-compressed"
                             << "RAR archive" << false;
        QTest::newRow("7z") << QByteArray("7z\xBC\xAF\x27\x1C\0\x04") << "application/x-7z-compressed"
                            << "7-Zip archive" << false;
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0\0\0\0\0", 8) << "application/gzip"
                              << "gzip archive" << false;
        QTest::newRow("elf") << QByteArray("\x7F"
                                           "ELF\x02\x01\x01\0\0\0\0\0",
                                           12)
                             << "application/x-executable"
                             << "ELF executable" << false;
        QTest::newRow("pe") << QByteArray("MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF", 14) << "application/x-executable"
                            << "Windows executable" << false;
        QTest::newRow("mach-o") << QByteArray("\xCF\xFA\xED\xFE\x07\0\0\x01", 8) << "application/x-executable"
                                << "Mach-O executable" << false;
        QTest::newRow("html error page") << QByteArray("\xEF\xBB\xBF  <!DOCTYPE html><html><body>404</body></html>")
                                         << "text/html"
                                         << "HTML page" << false;
        QTest::newRow("svg") << QByteArray("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                             << "image/svg+xml"
                             << "SVG drawing" << false;
        QTest::newRow("text") << QByteArray("姓名,证件号\n张三,110105199001011234\n") << "text/plain"
                              << "text file" << false;
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03\xFE\xFD", 6) << "application/octet-stream"
                                << "unrecognised data" << false;
        QTest::newRow("BM but not a bitmap") << QByteArray("BMW owner's manual") << "text/plain"
                                             << "text file" << false;
        QTest::newRow("empty") << QByteArray() << "application/octet-stream"
                               << "empty file" << false;
        QTest::newRow("jpeg magic only") << QByteArray("\xFF\xD8\xFF") << "image/jpeg"
                                         << "JPEG" << true;
        QTest::newRow("png prefix too short") << QByteArray("\x89PNG") << "application/octet-stream"
                                              << "unrecognised data" << false;
    }

    void sniff()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mediaType);
        QFETCH(QString, label);
        QFETCH(bool, displayable);

        const SniffResult result = ContentSniffer::sniff(bytes);
        QCOMPARE(result.mediaType, mediaType);
        QCOMPARE(result.label, label);
        QCOMPARE(result.displayable, displayable);
        QCOMPARE(result.imageFormat.isEmpty(), !displayable || mediaType == QLatin1String("application/pdf"));
    }

    void onlyTheHeadMatters()
    {
        // A PNG signature followed by megabytes of anything is still sniffed from its head.
        QByteArray bytes = png(QSize(8, 8));
        bytes += QByteArray(4 * 1024 * 1024, 'x');
        QCOMPARE(ContentSniffer::sniff(bytes).mediaType, QStringLiteral("image/png"));
        QCOMPARE(ContentSniffer::sniff(bytes.left(ContentSniffer::HeadSize)).mediaType, QStringLiteral("image/png"));
    }
};

QTEST_MAIN(TestContentSniffer)
#include "tst_imaging_sniffer.moc"
