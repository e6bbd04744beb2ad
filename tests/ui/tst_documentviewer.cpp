// The document viewer and the documents panel, offscreen: zoom, fit, rotate
// (remembered per document), pan, the watermark on every paint, display-only
// adjustments; and the panel on real files written by the test (a JPEG with
// camera metadata, a 0-byte file, a ZIP named .jpg, a PNG declaring
// 50000 × 50000 pixels, broken and truncated JPEGs, a HEIC, a file over the
// byte cap, a missing file, a damaged and a password-protected PDF, one changed
// since upload, a 3-page PDF) loaded through the real DocumentLoader: the exact
// message for every failure while the good ones show, the facts box, compare
// mode with linked zoom, PDF pages, the switch to full resolution, a 404 from a
// real HTTP server, and one 'document.viewed' audit row per displayed document
// in a real SQLite database.

#include "DocumentServer.h"
#include "ImagingTestData.h"
#include "TestDatabase.h"
#include "imaging/ContentSniffer.h"
#include "imaging/DocumentDecoder.h"
#include "models/DocumentLoader.h"
#include "models/DocumentThumbnailModel.h"
#include "models/JobRunner.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/QueueRepository.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "ui/CompareView.h"
#include "ui/DocumentViewer.h"
#include "ui/DocumentsPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <sys/stat.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 20'000;
const QString login = QStringLiteral("wang.li");

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

QImage gradientImage(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < size.width(); ++x)
            line[x] = qRgb(x * 255 / size.width(), y * 255 / size.height(), 128);
    }
    return image;
}

struct PlannedFile {
    QString name;
    DocumentKind kind;
    QByteArray bytes;
    QString mediaType;
    bool recordWrongSha = false;
    bool missing = false; // the row points at a file that is not there
};

} // namespace

class TestDocumentViewer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    std::unique_ptr<Database> m_database;
    QTemporaryDir m_files;
    qint64 m_operatorId = 0;
    ApplicationDetail m_bad;                  // one good ID front and every kind of bad file
    ApplicationDetail m_pair;                 // ID front + voucher image, for compare mode
    ApplicationDetail m_paged;                // a big ID front + a 3-page PDF voucher
    QHash<QString, QString> m_expectedErrors; // file name -> message in the viewer
    QByteArray m_frontBytes;

    ApplicationDetail addApplication(const QString &accountNumber, const QList<PlannedFile> &files)
    {
        NewApplication row;
        row.account = {0,
                       accountNumber,
                       QStringLiteral("王芳"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13812345678"),
                       QString(),
                       QStringLiteral("北京市朝阳区建国路1号"),
                       {}};
        row.application.applicantName = row.account.holderName;
        row.application.applicantIdNumber = row.account.holderIdNumber;
        row.application.contactPhone = row.account.phone;
        row.application.shippingAddress = row.account.address;
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        row.submittedBy = QStringLiteral("test");
        for (const PlannedFile &file : files) {
            const QString path = m_files.filePath(file.name);
            if (!file.missing) {
                QFile out(path);
                if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size())
                    qFatal("cannot write %s", qPrintable(path));
            }
            Document document;
            document.kind = file.kind;
            document.url = QUrl::fromLocalFile(path).toString();
            document.mediaType = file.mediaType;
            document.sizeBytes = file.bytes.size();
            document.sha256 = file.recordWrongSha ? QString(64, QLatin1Char('0')) : sha256Of(file.bytes);
            document.uploadedAt = row.application.submittedAt;
            row.documents.append(document);
        }
        WriteTransaction transaction(*m_database);
        QList<NewApplication> rows{row};
        const qint64 id = ApplicationWriter(transaction.connection(), m_database->dialect()).write(rows).constFirst();
        transaction.commit();
        return *QueueRepository(*m_database, 0).detail(id);
    }

    int views(qint64 applicationId, qint64 documentId = 0)
    {
        return sql::scalar(m_database->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'document.viewed' AND "
                                          "application_id = ? AND (? = 0 OR document_id = ?) AND actor = ? AND "
                                          "operator_id = ?"),
                           QStringLiteral("counting views"),
                           {applicationId, documentId, documentId, login, m_operatorId})
            .toInt();
    }

    static int indexOf(const DocumentsPanel &panel, const QString &fileName)
    {
        const QList<Document> documents = panel.documents();
        for (qsizetype i = 0; i < documents.size(); ++i) {
            if (documents.at(i).url.endsWith(QLatin1Char('/') + fileName))
                return int(i);
        }
        return -1;
    }

    static QString thumbnailState(const DocumentsPanel &panel, int index)
    {
        const DocumentThumbnailModel *model = panel.thumbnailModel();
        return model->index(index).data(DocumentThumbnailModel::StateRole).toString();
    }

    static QWidget *canvasOf(const DocumentViewer &viewer)
    {
        return viewer.findChild<QWidget *>(QStringLiteral("viewerCanvas"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ReissueDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_documentviewer"));
        QVERIFY(m_files.isValid());
        m_fixture = std::make_unique<TestDatabase>(QStringLiteral("sqlite"));
        m_database = std::make_unique<Database>(m_fixture->url());
        Migrator(*m_database).migrate();
        m_operatorId =
            OperatorRepository(*m_database).add(login, QStringLiteral("王丽"), QStringLiteral("operator")).id;

        // An ID photo with camera metadata; a "voucher" edited in Photoshop,
        // declared as PNG, and replaced on the store after upload.
        m_frontBytes = withExifSegment(
            jpeg(QSize(1200, 800)),
            tiff(true,
                 {TiffEntry::text(0x010F, QStringLiteral("Canon")), TiffEntry::text(0x0110, QStringLiteral("EOS 80D"))},
                 {TiffEntry::text(0x9003, QStringLiteral("2024:05:01 10:20:30"))}));
        const QByteArray edited =
            withExifSegment(jpeg(QSize(900, 600)),
                            tiff(true, {TiffEntry::text(0x0131, QStringLiteral("Adobe Photoshop 24.0 (Windows)"))}));
        const QByteArray zip = QByteArray("PK\x03\x04", 4) + QByteArray(200, 'z');
        const QByteArray heic = QByteArray("\0\0\0\x18"
                                           "ftypheic\0\0\0\0mif1heic",
                                           24) +
                                QByteArray(100, '\0');
        const QByteArray broken("\xff\xd8\xff\xe0 not really a jpeg");
        const QByteArray fullJpeg = jpeg(QSize(1000, 700));
        const QByteArray truncated = fullJpeg.left(fullJpeg.size() * 6 / 10);
        const QByteArray big = QByteArray(30 * 1024 * 1024, 'x');
        const QByteArray damagedPdf("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        const QByteArray lockedPdf = passwordProtectedPdf();

        m_bad = addApplication(
            QStringLiteral("AC-BAD"),
            {{QStringLiteral("front.jpg"), DocumentKind::IdFront, m_frontBytes, QStringLiteral("image/jpeg")},
             {QStringLiteral("back.jpg"), DocumentKind::IdBack, {}, QStringLiteral("image/jpeg")},
             {QStringLiteral("voucher.jpg"), DocumentKind::PurchaseProof, zip, QStringLiteral("image/jpeg")},
             {QStringLiteral("bomb.png"), DocumentKind::Other, pngDeclaring(50000, 50000), QStringLiteral("image/png")},
             {QStringLiteral("broken.jpg"), DocumentKind::Other, broken, QStringLiteral("image/jpeg")},
             {QStringLiteral("photo.heic"), DocumentKind::Other, heic, QStringLiteral("image/heic")},
             {QStringLiteral("big.jpg"), DocumentKind::Other, big, QStringLiteral("image/jpeg")},
             {QStringLiteral("gone.jpg"), DocumentKind::Other, fullJpeg, QStringLiteral("image/jpeg"), false, true},
             {QStringLiteral("damaged.pdf"), DocumentKind::Other, damagedPdf, QStringLiteral("application/pdf")},
             {QStringLiteral("locked.pdf"), DocumentKind::Other, lockedPdf, QStringLiteral("application/pdf")},
             // A page tree that lists itself, inside an object stream: pdfium
             // never returns on it, and would block every later PDF.
             {QStringLiteral("cycle.pdf"), DocumentKind::Other, pdfWithObjectStream("[2 0 R]", true),
              QStringLiteral("application/pdf")},
             {QStringLiteral("truncated.jpg"), DocumentKind::Other, truncated, QStringLiteral("image/jpeg")},
             {QStringLiteral("changed.png"), DocumentKind::Other, edited, QStringLiteral("image/png"), true}});
        const auto decodeError = [](const QByteArray &bytes) {
            DecodeRequest request;
            request.bytes = bytes;
            return DocumentDecoder::decode(request).error;
        };
        m_expectedErrors = {
            {QStringLiteral("back.jpg"), QStringLiteral("the file is empty")},
            {QStringLiteral("voucher.jpg"), QStringLiteral("this is a ZIP archive, not an image or PDF")},
            {QStringLiteral("bomb.png"),
             DocumentDecoder::pixelBudgetMessage(QSize(50000, 50000), DecodeRequest::DefaultMaxPixels)},
            {QStringLiteral("broken.jpg"), decodeError(broken)},
            {QStringLiteral("photo.heic"), DocumentDecoder::undisplayableMessage(ContentSniffer::sniff(heic))},
            {QStringLiteral("big.jpg"), QStringLiteral("the document is 30.0 MB, over the 25.0 MB limit")},
            {QStringLiteral("damaged.pdf"), decodeError(damagedPdf)},
            {QStringLiteral("locked.pdf"), QStringLiteral("the PDF is password-protected")},
            {QStringLiteral("cycle.pdf"), QStringLiteral("the PDF is damaged (its page tree refers back to itself at "
                                                         "object 2), so it is not opened")},
            {QStringLiteral("gone.jpg"),
             QStringLiteral("the document file %1 does not exist").arg(m_files.filePath(QStringLiteral("gone.jpg")))},
        };
        QVERIFY(!m_expectedErrors.value(QStringLiteral("broken.jpg")).isEmpty());
        QVERIFY(m_expectedErrors.value(QStringLiteral("damaged.pdf")).startsWith(QStringLiteral("the PDF is damaged")));
        QVERIFY(m_expectedErrors.value(QStringLiteral("bomb.png"))
                    .startsWith(QStringLiteral("the image declares 50000 × 50000")));
        QVERIFY(m_expectedErrors.value(QStringLiteral("photo.heic"))
                    .startsWith(QStringLiteral("HEIC images are not supported")));

        m_pair =
            addApplication(QStringLiteral("AC-PAIR"), {{QStringLiteral("pair-front.jpg"), DocumentKind::IdFront,
                                                        jpeg(QSize(1600, 1000)), QStringLiteral("image/jpeg")},
                                                       {QStringLiteral("pair-voucher.png"), DocumentKind::PurchaseProof,
                                                        png(QSize(700, 1100)), QStringLiteral("image/png")}});
        m_paged = addApplication(QStringLiteral("AC-PDF"), {{QStringLiteral("big-front.jpg"), DocumentKind::IdFront,
                                                             jpeg(QSize(4000, 3000), 80), QStringLiteral("image/jpeg")},
                                                            {QStringLiteral("voucher.pdf"), DocumentKind::PurchaseProof,
                                                             pdf(3), QStringLiteral("application/pdf")}});
        DocumentViewer::forgetRotations();
    }

    void cleanupTestCase()
    {
        m_database.reset();
        m_fixture.reset();
    }

    // ------------------------------------------------------------ the viewer alone

    void zoomFitRotateAndReset()
    {
        DocumentViewer viewer;
        viewer.resize(900, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showImage(gradientImage(QSize(1600, 1000)), QStringLiteral("first"));
        QVERIFY(viewer.hasImage());
        const QSize viewport = viewer.viewportSize();
        const double fitPage = std::min(viewport.width() / 1600.0, viewport.height() / 1000.0);
        QCOMPARE(viewer.fitMode(), DocumentViewer::FitMode::Page);
        QVERIFY(near(viewer.zoomFactor(), fitPage));

        const double before = viewer.zoomFactor();
        QTest::keyClick(&viewer, Qt::Key_Plus);
        QVERIFY(near(viewer.zoomFactor(), before * DocumentViewer::ZoomStep));
        QTest::keyClick(&viewer, Qt::Key_Plus);
        QVERIFY(near(viewer.zoomFactor(), before * DocumentViewer::ZoomStep * DocumentViewer::ZoomStep));
        QTest::keyClick(&viewer, Qt::Key_Minus);
        QVERIFY(near(viewer.zoomFactor(), before * DocumentViewer::ZoomStep));
        QTest::keyClick(&viewer, Qt::Key_1);
        QVERIFY(near(viewer.zoomFactor(), 1.0));
        QTest::keyClick(&viewer, Qt::Key_W);
        QVERIFY(near(viewer.zoomFactor(), viewport.width() / 1600.0));
        QTest::keyClick(&viewer, Qt::Key_F);
        QVERIFY(near(viewer.zoomFactor(), fitPage));

        // Rotating turns the page: fit page now fits 1000 wide by 1600 high.
        QTest::keyClick(&viewer, Qt::Key_BracketRight);
        QCOMPARE(viewer.rotation(), 90);
        QVERIFY(near(viewer.zoomFactor(), std::min(viewport.width() / 1000.0, viewport.height() / 1600.0)));
        QTest::keyClick(&viewer, Qt::Key_BracketRight);
        QTest::keyClick(&viewer, Qt::Key_BracketLeft);
        QCOMPARE(viewer.rotation(), 90);

        // Remembered for that document when the operator comes back to it.
        viewer.showImage(gradientImage(QSize(800, 600)), QStringLiteral("second"));
        QCOMPARE(viewer.rotation(), 0);
        viewer.showImage(gradientImage(QSize(1600, 1000)), QStringLiteral("first"));
        QCOMPARE(viewer.rotation(), 90);

        QTest::keyClick(&viewer, Qt::Key_Plus);
        QTest::keyClick(&viewer, Qt::Key_0);
        QCOMPARE(viewer.rotation(), 0);
        QCOMPARE(viewer.fitMode(), DocumentViewer::FitMode::Page);
        QVERIFY(near(viewer.zoomFactor(), fitPage));
        viewer.showImage(gradientImage(QSize(800, 600)), QStringLiteral("second"));
        viewer.showImage(gradientImage(QSize(1600, 1000)), QStringLiteral("first"));
        QCOMPARE(viewer.rotation(), 0);
    }

    void panWithKeysDragAndWheelAroundTheCursor()
    {
        DocumentViewer viewer;
        viewer.resize(900, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showImage(gradientImage(QSize(1600, 1000)));
        QWidget *canvas = canvasOf(viewer);
        QVERIFY(canvas);

        // Fitted, the page cannot be pushed around.
        const QPointF fitted = viewer.viewCenter();
        QTest::keyClick(&viewer, Qt::Key_Right);
        QCOMPARE(viewer.viewCenter(), fitted);

        QTest::keyClick(&viewer, Qt::Key_1);
        const QPointF start = viewer.viewCenter();
        QTest::keyClick(&viewer, Qt::Key_Right);
        QVERIFY(viewer.viewCenter().x() > start.x());
        QTest::keyClick(&viewer, Qt::Key_Down);
        QVERIFY(viewer.viewCenter().y() > start.y());

        // Dragging moves the picture with the mouse: the centre moves the other way.
        const QPointF beforeDrag = viewer.viewCenter();
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(400, 300));
        QTest::mouseMove(canvas, QPoint(340, 280));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(340, 280));
        QVERIFY(near(viewer.viewCenter().x(), beforeDrag.x() + 60 / viewer.zoomFactor()));
        QVERIFY(near(viewer.viewCenter().y(), beforeDrag.y() + 20 / viewer.zoomFactor()));

        // The wheel zooms around the cursor: the point under it stays put.
        const QPointF cursor(250, 200);
        const QPointF middle(canvas->width() / 2.0, canvas->height() / 2.0);
        const QPointF underCursor = viewer.viewCenter() + (cursor - middle) / viewer.zoomFactor();
        const double zoom = viewer.zoomFactor();
        QWheelEvent wheel(cursor, canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &wheel);
        QVERIFY(near(viewer.zoomFactor(), zoom * DocumentViewer::ZoomStep));
        const QPointF stillUnder = viewer.viewCenter() + (cursor - middle) / viewer.zoomFactor();
        QVERIFY2(std::abs(stillUnder.x() - underCursor.x()) < 1e-6 && std::abs(stillUnder.y() - underCursor.y()) < 1e-6,
                 qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                .arg(stillUnder.x())
                                .arg(stillUnder.y())
                                .arg(underCursor.x())
                                .arg(underCursor.y())));
    }

    void watermarkIsPaintedOverTheDocument()
    {
        DocumentViewer viewer;
        viewer.setOperator(login, m_operatorId);
        viewer.resize(900, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QImage white(1000, 700, QImage::Format_RGB32);
        white.fill(Qt::white);
        viewer.showImage(white);
        const QImage shot = canvasOf(viewer)->grab().toImage().convertToFormat(QImage::Format_RGB32);
        QVERIFY(viewer.hasWatermark());
        QVERIFY(viewer.watermarkText().startsWith(login + QStringLiteral("  ")));
        QVERIFY(viewer.watermarkText().contains(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));

        // Inside the page (plain white), the watermark's strokes show.
        const QSize viewport = viewer.viewportSize();
        const double zoom = viewer.zoomFactor();
        const QRect page(int((viewport.width() - 1000 * zoom) / 2) + 2, int((viewport.height() - 700 * zoom) / 2) + 2,
                         int(1000 * zoom) - 4, int(700 * zoom) - 4);
        int marked = 0;
        int total = 0;
        for (int y = page.top(); y < page.bottom(); y += 2) {
            for (int x = page.left(); x < page.right(); x += 2) {
                ++total;
                if (shot.pixel(x, y) != qRgb(255, 255, 255))
                    ++marked;
            }
        }
        QVERIFY2(marked > total / 200, qPrintable(QStringLiteral("%1 of %2 pixels marked").arg(marked).arg(total)));
        QVERIFY2(marked < total / 2, qPrintable(QStringLiteral("%1 of %2 pixels marked").arg(marked).arg(total)));

        // Nothing shown, nothing to mark.
        viewer.clear();
        canvasOf(viewer)->grab();
        QVERIFY(!viewer.hasWatermark());
    }

    // A check's field outlined where OCR read it, through the view's transform:
    // the outline's edge is orange on screen where the region's edge maps to;
    // another document clears it.
    void highlightFollowsTheViewAndClearsOnAnotherDocument()
    {
        DocumentViewer viewer;
        viewer.setOperator(login, m_operatorId);
        viewer.resize(900, 700);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QImage white(1000, 700, QImage::Format_RGB32);
        white.fill(Qt::white);
        viewer.showImage(white, QStringLiteral("card"));
        const QRect region(200, 300, 400, 100);
        viewer.setHighlight(region);
        QCOMPARE(viewer.highlight(), region);

        const auto orangeAt = [&viewer](QPointF imagePoint) {
            const QSize viewport = viewer.viewportSize();
            const double zoom = viewer.zoomFactor();
            const QPointF origin((viewport.width() - 1000 * zoom) / 2, (viewport.height() - 700 * zoom) / 2);
            const QImage shot = canvasOf(viewer)->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QPoint p = (origin + imagePoint * zoom).toPoint();
            // Any of the pixels around it (the watermark may cross one of them).
            for (int dy = -1; dy <= 1; ++dy) {
                for (int dx = -1; dx <= 1; ++dx) {
                    const QColor c = shot.pixelColor(p + QPoint(dx, dy));
                    if (c.red() > 200 && c.green() > 100 && c.green() < 190 && c.blue() < 90)
                        return true;
                }
            }
            return false;
        };
        // The middle of the region's top edge, and a point well outside it.
        QVERIFY(orangeAt(QPointF(400, 300)));
        QVERIFY(!orangeAt(QPointF(400, 600)));

        viewer.showImage(white, QStringLiteral("another"));
        QCOMPARE(viewer.highlight(), QRect());
        QVERIFY(!orangeAt(QPointF(400, 300)));
    }

    void adjustmentsAreDisplayOnly()
    {
        ImageAdjustments invert;
        invert.invert = true;
        QCOMPARE(invert.lookupTable()[0], uchar(255));
        QCOMPARE(invert.lookupTable()[255], uchar(0));
        ImageAdjustments identity;
        for (int v = 0; v < 256; ++v)
            QCOMPARE(int(identity.lookupTable()[size_t(v)]), v);
        ImageAdjustments brighter;
        brighter.brightness = 20;
        QCOMPARE(int(brighter.lookupTable()[100]), 100 + 51);
        ImageAdjustments flat;
        flat.contrast = -100;
        QCOMPARE(int(flat.lookupTable()[0]), 128);
        QCOMPARE(int(flat.lookupTable()[255]), 128);
        ImageAdjustments lighter;
        lighter.gamma = 2.0;
        QCOMPARE(int(lighter.lookupTable()[64]), int(std::lround(std::pow(64 / 255.0, 0.5) * 255)));

        QImage source(2, 1, QImage::Format_RGB32);
        source.setPixel(0, 0, qRgb(255, 0, 0));
        source.setPixel(1, 0, qRgb(10, 20, 30));
        ImageAdjustments grayInverted;
        grayInverted.grayscale = true;
        grayInverted.invert = true;
        const QImage out = grayInverted.apply(source);
        const int luma = (255 * 77) >> 8;
        QCOMPARE(out.pixel(0, 0), qRgb(255 - luma, 255 - luma, 255 - luma));
        QCOMPARE(source.pixel(0, 0), qRgb(255, 0, 0)); // the original is untouched

        // A big picture: same result everywhere.
        const QImage large = gradientImage(QSize(2000, 1500));
        const QImage adjusted = invert.apply(large);
        QCOMPARE(adjusted.pixel(1234, 1111),
                 qRgb(255 - qRed(large.pixel(1234, 1111)), 255 - qGreen(large.pixel(1234, 1111)), 127));

        JobRunner runner;
        DocumentViewer viewer;
        viewer.setJobRunner(&runner);
        viewer.resize(600, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QImage black(400, 300, QImage::Format_RGB32);
        black.fill(Qt::black);
        viewer.showImage(black);
        QSignalSpy applied(&viewer, &DocumentViewer::adjustmentsApplied);
        viewer.setAdjustments(invert);
        QCOMPARE(viewer.adjustments(), invert);
        QTRY_COMPARE_WITH_TIMEOUT(applied.count(), 1, timeout);
        const QImage shot = canvasOf(viewer)->grab().toImage();
        const QPoint middle(viewer.viewportSize().width() / 2, viewer.viewportSize().height() / 2);
        int light = 0;
        for (int dx = -20; dx <= 20; ++dx)
            light += qGray(shot.pixel(middle + QPoint(dx, 0))) > 200 ? 1 : 0;
        QVERIFY2(light > 30, "an inverted black page shows white");
        QCOMPARE(black.pixel(0, 0), qRgb(0, 0, 0));
    }

    // Adjustments are computed in the background; an answer for adjustments the
    // operator has already moved past is never painted.
    void staleAdjustmentResultsAreDropped()
    {
        JobRunner runner;
        DocumentViewer viewer;
        viewer.setJobRunner(&runner);
        viewer.resize(600, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const QImage picture = gradientImage(QSize(800, 600));
        viewer.showImage(picture);
        QSignalSpy applied(&viewer, &DocumentViewer::adjustmentsApplied);
        ImageAdjustments first;
        first.brightness = 40;
        ImageAdjustments second;
        second.invert = true;
        viewer.setAdjustments(first);
        viewer.setAdjustments(second);
        QVERIFY(viewer.isAdjusting());
        // Both jobs have run and both answers have been offered by now.
        QVERIFY(runner.waitForIdle(timeout));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.at(0).at(0).value<ImageAdjustments>(), second);
        QCOMPARE(viewer.adjustedPreview().pixel(100, 100), second.apply(picture).pixel(100, 100));
        QVERIFY(!viewer.isAdjusting());
    }

    void adjustmentsResetForEachDocumentAndFollowTheKeys()
    {
        JobRunner runner;
        DocumentViewer viewer;
        viewer.setJobRunner(&runner);
        viewer.resize(600, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showImage(gradientImage(QSize(400, 300)), QStringLiteral("first"));
        viewer.setFocus();
        QTest::keyClick(&viewer, Qt::Key_Up, Qt::ControlModifier);
        QTest::keyClick(&viewer, Qt::Key_Right, Qt::ControlModifier);
        QTest::keyClick(&viewer, Qt::Key_G);
        QTest::keyClick(&viewer, Qt::Key_I);
        QTest::keyClick(&viewer, Qt::Key_M);
        ImageAdjustments expected;
        expected.brightness = DocumentViewer::BrightnessStep;
        expected.contrast = DocumentViewer::ContrastStep;
        expected.gamma = 1.0 + DocumentViewer::GammaStep;
        expected.invert = true;
        expected.grayscale = true;
        QCOMPARE(viewer.adjustments(), expected);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.adjustedPreview().isNull(), timeout);
        QCOMPARE(viewer.findChild<QSlider *>(QStringLiteral("brightnessSlider"))->value(), expected.brightness);

        viewer.showImage(gradientImage(QSize(300, 400)), QStringLiteral("second"));
        QCOMPARE(viewer.adjustments(), ImageAdjustments());
        QVERIFY(viewer.adjustedPreview().isNull());
        QVERIFY(!viewer.isAdjusting());
        QCOMPARE(viewer.findChild<QSlider *>(QStringLiteral("brightnessSlider"))->value(), 0);
        QCOMPARE(viewer.findChild<QCheckBox *>(QStringLiteral("invertCheck"))->isChecked(), false);

        QTest::keyClick(&viewer, Qt::Key_I);
        QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(viewer.adjustments(), ImageAdjustments());
    }

    void loupeFollowsTheKey()
    {
        DocumentViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        viewer.showImage(gradientImage(QSize(800, 600)));
        QVERIFY(!viewer.isLoupeActive());
        QTest::keyPress(&viewer, Qt::Key_L);
        QVERIFY(viewer.isLoupeActive());
        QTest::keyRelease(&viewer, Qt::Key_L);
        QVERIFY(!viewer.isLoupeActive());
        viewer.setLoupeEnabled(true);
        QVERIFY(viewer.isLoupeActive());

        // Under the loupe the picture is three times larger: the red gradient
        // changes three times slower across the loupe than without it. (Means
        // over small patches, so that the watermark's strokes do not count.)
        QWidget *canvas = canvasOf(viewer);
        const QPoint at(canvas->width() / 2, canvas->height() / 2);
        QMouseEvent move(QEvent::MouseMove, QPointF(at), canvas->mapToGlobal(QPointF(at)), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        const auto meanRed = [](const QImage &image, QPoint center) {
            int sum = 0;
            for (int dy = -3; dy <= 3; ++dy) {
                for (int dx = -3; dx <= 3; ++dx)
                    sum += qRed(image.pixel(center + QPoint(dx, dy)));
            }
            return sum / 49;
        };
        const QImage shot = canvas->grab().toImage();
        const int inside = meanRed(shot, at + QPoint(30, 0)) - meanRed(shot, at - QPoint(30, 0));
        viewer.setLoupeEnabled(false);
        const QImage plain = canvas->grab().toImage();
        const int outside = meanRed(plain, at + QPoint(30, 0)) - meanRed(plain, at - QPoint(30, 0));
        QVERIFY2(inside > 0 && 2 * inside < outside && outside > 10,
                 qPrintable(QStringLiteral("%1 vs %2").arg(inside).arg(outside)));
    }

    // ------------------------------------------------------------ the panel, real files

    void everyFailureSaysWhyAndTheRestStillShow()
    {
        JobRunner runner;
        runner.setDatabase(std::shared_ptr<const Database>(m_database.get(), [](const Database *) {}));
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.setJobRunner(&runner);
        panel.setViewer(login, m_operatorId);
        panel.resize(1300, 850);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy audited(&panel, &DocumentsPanel::viewAudited);
        panel.setDocuments(m_bad.application.id, m_bad.documents);

        DocumentViewer *viewer = panel.viewer();
        QCOMPARE(panel.documents().constFirst().kind, DocumentKind::IdFront);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasImage(), timeout);
        QCOMPARE(viewer->errorText(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasWatermark(), timeout);

        // The strip knows which ones failed before anyone opens them.
        for (auto it = m_expectedErrors.cbegin(); it != m_expectedErrors.cend(); ++it) {
            const int index = indexOf(panel, it.key());
            QVERIFY(index > 0);
            QTRY_COMPARE_WITH_TIMEOUT(thumbnailState(panel, index), QStringLiteral("failed"), timeout);
        }
        const int changed = indexOf(panel, QStringLiteral("changed.png"));
        const int truncated = indexOf(panel, QStringLiteral("truncated.jpg"));
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailState(panel, changed), QStringLiteral("changed"), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailState(panel, truncated), QStringLiteral("damaged"), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailState(panel, 0), QStringLiteral("ok"), timeout);

        // Each failure: its exact message inside the viewer.
        auto *message = viewer->findChild<QLabel *>(QStringLiteral("viewerMessageLabel"));
        QVERIFY(message);
        for (auto it = m_expectedErrors.cbegin(); it != m_expectedErrors.cend(); ++it) {
            panel.selectDocument(indexOf(panel, it.key()));
            QTRY_COMPARE_WITH_TIMEOUT(viewer->errorText(), it.value(), timeout);
            QVERIFY(!viewer->hasImage());
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(it.value()), qPrintable(message->text()));
            auto *factsError = panel.findChild<QLabel *>(QStringLiteral("factsErrorLabel"));
            QVERIFY(factsError->isVisible());
            QVERIFY2(factsError->text().contains(it.value()), qPrintable(factsError->text()));
            if (it.key().endsWith(QLatin1String(".pdf"))) // pages unknown, not "0 pages"
                QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("factsPixelsLabel"))->text(), QStringLiteral("—"));
        }

        // Changed since upload: red banner, picture still shown.
        panel.selectDocument(changed);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasImage(), timeout);
        QVERIFY(viewer->isShaMismatch());
        auto *banner = viewer->findChild<QLabel *>(QStringLiteral("shaMismatchBanner"));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Document changed since upload (sha256 differs)"));
        const QString warnings = panel.findChild<QLabel *>(QStringLiteral("factsWarningsLabel"))->text();
        QVERIFY2(warnings.contains(QStringLiteral("document changed since upload")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("metadata names an editing program")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QStringLiteral("detected type image/jpeg differs from the declared")),
                 qPrintable(warnings));

        // Damaged: what could be read, and a notice saying so.
        panel.selectDocument(truncated);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasImage(), timeout);
        QVERIFY2(viewer->noticeText().contains(QStringLiteral("truncated")), qPrintable(viewer->noticeText()));
        QVERIFY(!banner->isVisible());

        // The good one again, with its facts.
        panel.selectDocument(0);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasImage(), timeout);
        QVERIFY(!message->isVisible());
        const auto text = [&panel](const char *name) { return panel.findChild<QLabel *>(QLatin1String(name))->text(); };
        QCOMPARE(text("factsKindLabel"), QStringLiteral("ID front"));
        QVERIFY2(text("factsPixelsLabel").startsWith(QStringLiteral("1200 × 800")),
                 qPrintable(text("factsPixelsLabel")));
        QCOMPARE(text("factsFormatLabel"), QStringLiteral("JPEG"));
        QCOMPARE(text("factsShaLabel").remove(QLatin1Char(' ')).remove(QLatin1Char('\n')), sha256Of(m_frontBytes));
        QCOMPARE(text("factsCameraLabel"), QStringLiteral("Canon EOS 80D"));
        QCOMPARE(text("factsCapturedLabel"), QStringLiteral("2024-05-01 10:20:30"));
        QVERIFY2(text("factsSizeLabel").contains(QLocale().toString(qint64(m_frontBytes.size()))),
                 qPrintable(text("factsSizeLabel")));
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("factsWarningsLabel"))->isVisible());

        // Audited: the three documents that showed pixels, once each.
        QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 3, timeout);
        QCOMPARE(views(m_bad.application.id), 3);
        for (const int index : {0, changed, truncated})
            QCOMPARE(views(m_bad.application.id, panel.documents().at(index).id), 1);
    }

    void viewsAreAuditedOncePerDocumentPerSetDocuments()
    {
        JobRunner runner;
        runner.setDatabase(std::shared_ptr<const Database>(m_database.get(), [](const Database *) {}));
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.setJobRunner(&runner);
        panel.setViewer(login, m_operatorId);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy audited(&panel, &DocumentsPanel::viewAudited);
        const qint64 application = m_pair.application.id;
        const int before = views(application);
        const qint64 front = DocumentsPanel::displayOrder(m_pair.documents).constFirst().id;
        const int frontBefore = views(application, front);

        panel.setDocuments(application, m_pair.documents);
        QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 1, timeout);
        panel.selectDocument(1);
        QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 2, timeout);
        panel.selectDocument(0);
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);
        // The same application read again (a refresh) is not a new view.
        panel.setDocuments(application, m_pair.documents);
        QCoreApplication::processEvents();
        QVERIFY(runner.waitForIdle(timeout)); // any audit asked for has answered
        QCOMPARE(audited.count(), 2);
        QCOMPARE(views(application), before + 2);

        // Shown afresh (the operator came back to it): audited again.
        panel.clear();
        panel.setDocuments(application, m_pair.documents);
        QTRY_COMPARE_WITH_TIMEOUT(audited.count(), 3, timeout);
        QCOMPARE(views(application), before + 3);
        QCOMPARE(views(application, front), frontBefore + 2);

        // A hidden panel displays nothing, so audits nothing.
        panel.hide();
        panel.clear();
        panel.setDocuments(application, m_pair.documents);
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout); // loaded, never painted
        QCoreApplication::processEvents();
        QVERIFY(runner.waitForIdle(timeout));
        QCOMPARE(audited.count(), 3);
        QCOMPARE(views(application), before + 3);
    }

    // Opening an application puts the keys on the viewer: next/previous
    // document, adjustments; the facts show the whole SHA-256.
    void keyboardDrivesTheDocumentsWithoutTab()
    {
        JobRunner runner;
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.setJobRunner(&runner);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QApplication::setActiveWindow(&panel);
        panel.setDocuments(m_pair.application.id, m_pair.documents);
        panel.focusViewer();
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasFocus(), timeout);
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);
        QCOMPARE(panel.currentIndex(), 0);

        QTest::keyClick(panel.viewer(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(panel.currentIndex(), 1);
        QTest::keyClick(panel.viewer(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(panel.currentIndex(), 0);
        QTest::keyClick(panel.viewer(), Qt::Key_PageDown); // a one-page document: the next one
        QCOMPARE(panel.currentIndex(), 1);
        QTest::keyClick(panel.viewer(), Qt::Key_PageUp);
        QCOMPARE(panel.currentIndex(), 0);
        QVERIFY(panel.viewer()->hasFocus());

        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);
        QTest::keyClick(panel.viewer(), Qt::Key_I);
        QVERIFY(panel.viewer()->adjustments().invert);
        QTest::keyClick(panel.viewer(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(panel.viewer()->adjustments().isIdentity()); // reset for the next document

        const QString front = DocumentsPanel::displayOrder(m_pair.documents).constFirst().sha256;
        panel.selectDocument(0);
        const QString shown = panel.findChild<QLabel *>(QStringLiteral("factsShaLabel"))->text();
        QVERIFY2(shown.startsWith(front.left(16) + QLatin1Char('\n') + front.mid(16, 16) + QLatin1Char('\n')),
                 qPrintable(shown));
        QVERIFY(QString(shown).remove(QLatin1Char('\n')).contains(front));
    }

    void compareModeLinksZoomAndPan()
    {
        JobRunner runner;
        runner.setDatabase(std::shared_ptr<const Database>(m_database.get(), [](const Database *) {}));
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.setJobRunner(&runner);
        panel.setViewer(login, m_operatorId);
        panel.resize(1400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setDocuments(m_pair.application.id, m_pair.documents);
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);

        panel.viewer()->setFocus();
        QTest::keyClick(panel.viewer(), Qt::Key_C);
        QVERIFY(panel.isCompareMode());
        DocumentViewer *left = panel.compareView()->leftViewer();
        DocumentViewer *right = panel.compareView()->rightViewer();
        QVERIFY(left->isVisible());
        QVERIFY(right->isVisible());
        QVERIFY(!panel.viewer()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(left->hasImage() && right->hasImage(), timeout);
        QCOMPARE(left->document().kind, DocumentKind::IdFront);
        QCOMPARE(right->document().kind, DocumentKind::PurchaseProof);
        QTRY_VERIFY_WITH_TIMEOUT(left->hasWatermark() && right->hasWatermark(), timeout);

        // Zoom one, the other follows (relative to its own fit: the two have
        // different sizes and shapes).
        const double leftFit = left->zoomFactor();
        const double rightFit = right->zoomFactor();
        QTest::keyClick(left, Qt::Key_Plus);
        QTest::keyClick(left, Qt::Key_Plus);
        const double step2 = DocumentViewer::ZoomStep * DocumentViewer::ZoomStep;
        QVERIFY(near(left->zoomFactor(), leftFit * step2));
        QVERIFY(near(right->zoomFactor(), rightFit * step2));
        QTest::keyClick(right, Qt::Key_Plus);
        QVERIFY(near(left->zoomFactor(), leftFit * step2 * DocumentViewer::ZoomStep));

        // Pan one, the other shows the same relative place.
        QTest::keyClick(left, Qt::Key_Up);
        const QPointF leftCenter(left->viewCenter().x() / left->fullSize().width(),
                                 left->viewCenter().y() / left->fullSize().height());
        const QPointF rightCenter(right->viewCenter().x() / right->fullSize().width(),
                                  right->viewCenter().y() / right->fullSize().height());
        QVERIFY(std::abs(leftCenter.y() - rightCenter.y()) < 0.02);

        // Unlinked, each on its own.
        panel.compareView()->setLinked(false);
        const double rightBefore = right->zoomFactor();
        QTest::keyClick(left, Qt::Key_Plus);
        QCOMPARE(right->zoomFactor(), rightBefore);

        QTest::keyClick(left, Qt::Key_C);
        QVERIFY(!panel.isCompareMode());
        QVERIFY(panel.viewer()->isVisible());
        QVERIFY(!left->hasImage()); // nothing hidden keeps a decoded ID in memory
    }

    void pdfPagesAndFullResolution()
    {
        JobRunner runner;
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.setViewer(login, m_operatorId);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDocuments(m_paged.application.id, m_paged.documents);
        DocumentViewer *viewer = panel.viewer();
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasImage(), timeout);

        // A 12 MP photo comes as a screen-sized preview; 1:1 brings the real pixels.
        QCOMPARE(viewer->fullSize(), QSize(4000, 3000));
        QVERIFY(!viewer->isShowingFullResolution());
        QTest::keyClick(viewer, Qt::Key_1);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isShowingFullResolution(), timeout);
        QVERIFY(near(viewer->zoomFactor(), 1.0));

        panel.selectDocument(1);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->hasImage() && viewer->document().kind == DocumentKind::PurchaseProof, timeout);
        QCOMPARE(viewer->pageCount(), 3);
        QCOMPARE(viewer->currentPage(), 0);
        auto *pageLabel = viewer->findChild<QLabel *>(QStringLiteral("viewerPageLabel"));
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 1 / 3"));
        QTest::keyClick(viewer, Qt::Key_PageDown);
        QCOMPARE(viewer->currentPage(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isLoading() && viewer->hasImage(), timeout);
        QCOMPARE(pageLabel->text(), QStringLiteral("Page 2 / 3"));
        QTest::keyClick(viewer, Qt::Key_PageDown);
        QTest::keyClick(viewer, Qt::Key_PageDown); // already on the last page
        QCOMPARE(viewer->currentPage(), 2);
        QTest::keyClick(viewer, Qt::Key_PageUp);
        QCOMPARE(viewer->currentPage(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isLoading() && viewer->hasImage(), timeout);
        QCOMPARE(viewer->errorText(), QString());
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("factsPixelsLabel"))
                    ->text()
                    .startsWith(QStringLiteral("3 pages")));
    }

    void prefetchedDocumentsComeFromMemory()
    {
        JobRunner runner;
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDocuments(m_bad.application.id, {DocumentsPanel::displayOrder(m_bad.documents).constFirst()});
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);
        QSignalSpy results(panel.viewer(), &DocumentViewer::loaded);
        panel.prefetch(m_pair.documents);
        // Both documents at the viewer's size and the voucher's thumbnail.
        QTRY_COMPARE_WITH_TIMEOUT(loader.cache().count(), 1 + 3, timeout);
        panel.setDocuments(m_pair.application.id, m_pair.documents);
        QTRY_COMPARE_WITH_TIMEOUT(results.count(), 1, timeout);
        QVERIFY(results.constFirst().at(0).value<LoadedDocument>().fromCache);
    }

    // A document URL naming a named pipe (no writer: an ordinary open() would
    // wait for ever) froze the whole window once. Now it is refused on a
    // worker with a sentence, and the other document still shows.
    void aNamedPipeNeverFreezesTheWindow()
    {
        QTemporaryDir folder;
        const QString pipe = folder.filePath(QStringLiteral("back.jpg"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        Document front = m_pair.documents.constFirst();
        Document pipeDocument = m_pair.documents.constLast();
        pipeDocument.url = QUrl::fromLocalFile(pipe).toString();

        JobRunner runner;
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.setJobRunner(&runner);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDocuments(m_pair.application.id, {front, pipeDocument});
        const int pipeIndex = indexOf(panel, QStringLiteral("back.jpg"));
        QVERIFY(pipeIndex >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailState(panel, pipeIndex), QStringLiteral("failed"), timeout);
        panel.selectDocument(pipeIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.viewer()->errorText().isEmpty(), timeout);
        QCOMPARE(panel.viewer()->errorText(),
                 QStringLiteral("the document file %1 is not a regular file (a named pipe)").arg(pipe));
        panel.selectDocument(1 - pipeIndex);
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);
    }

    void httpNotFoundSaysSo()
    {
        DocumentServer server;
        QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
        const QByteArray bytes = jpeg(QSize(640, 480));
        server.put(QStringLiteral("front.jpg"), bytes);
        Document front = m_pair.documents.constFirst();
        front.url = server.url(QStringLiteral("files"), QStringLiteral("front.jpg")).toString();
        front.sha256 = sha256Of(bytes);
        Document missing = m_pair.documents.constLast();
        const QUrl missingUrl = server.url(QStringLiteral("files"), QStringLiteral("nothing-here.jpg"));
        missing.url = missingUrl.toString();

        JobRunner runner;
        DocumentLoader loader(runner);
        DocumentsPanel panel;
        panel.setLoader(&loader);
        panel.resize(1100, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setDocuments(m_pair.application.id, {front, missing});
        QTRY_VERIFY_WITH_TIMEOUT(panel.viewer()->hasImage(), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(thumbnailState(panel, 1), QStringLiteral("failed"), timeout);
        panel.selectDocument(1);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.viewer()->errorText().isEmpty(), timeout);
        QCOMPARE(panel.viewer()->errorText(),
                 QStringLiteral("the document server answered 404 Not Found for %1").arg(missingUrl.toDisplayString()));
    }
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_documentviewer.moc"
