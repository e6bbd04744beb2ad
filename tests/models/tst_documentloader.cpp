// The document pipeline end to end: real files and a real HTTP server on
// loopback, decoding and file reads on the JobRunner's Background lane, the
// memory cache and prefetching, cancelling, and file: URLs that name a named
// pipe (a real FIFO), a folder or a device: refused with a sentence, never read.

#include "DocumentServer.h"
#include "ImagingTestData.h"
#include "imaging/PdfSandbox.h"
#include "models/DocumentLoader.h"
#include "models/JobRunner.h"
#include "net/LocalFileReader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

Document documentFor(const QUrl &url, const QByteArray &bytes)
{
    Document document;
    document.id = 1;
    document.kind = DocumentKind::IdFront;
    document.url = url.toString();
    document.mediaType = QStringLiteral("image/jpeg");
    document.sizeBytes = bytes.size();
    document.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return document;
}

LoadedDocument waitFor(DocumentLoader &loader, quint64 id)
{
    QSignalSpy spy(&loader, &DocumentLoader::loaded);
    for (int attempt = 0; attempt < 50; ++attempt) {
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            if (arguments.at(0).toULongLong() == id)
                return arguments.at(1).value<LoadedDocument>();
        }
        spy.wait(200);
    }
    LoadedDocument none;
    none.error = QStringLiteral("<no result>");
    return none;
}

} // namespace

class TestDocumentLoader : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DocumentServer> m_server;
    JobRunner m_runner;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<DocumentServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_server->put(QStringLiteral("front.jpg"), jpeg(QSize(2400, 1800)));
        m_server->put(QStringLiteral("broken.jpg"), QByteArrayLiteral("\xff\xd8\xff\xe0 not really a jpeg"));
    }

    void loadsScalesAndCaches()
    {
        DocumentLoader loader(m_runner);
        const QByteArray bytes = jpeg(QSize(2400, 1800));
        const Document document =
            documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), bytes);
        const LoadedDocument first = waitFor(loader, loader.load(document, QSize(800, 600)));
        QCOMPARE(first.error, QString());
        QVERIFY(!first.fromCache);
        QVERIFY(!first.shaMismatch);
        QCOMPARE(first.fullSize, QSize(2400, 1800));
        // A 800 x 600 view decodes at its cache bucket (1024 x 768), by libjpeg's
        // DCT scaling: 1/2 is the smallest reduction that covers it.
        QCOMPARE(first.image.size(), QSize(1200, 900));
        QVERIFY(first.scaledDown);
        QCOMPARE(first.facts.sniffed.mediaType, QStringLiteral("image/jpeg"));

        const LoadedDocument second = waitFor(loader, loader.load(document, QSize(800, 600)));
        QVERIFY(second.fromCache);
        QCOMPARE(second.image.size(), first.image.size());
        QVERIFY(loader.cache().usedBytes() > 0);
    }

    void prefetchWarmsTheCache()
    {
        DocumentLoader loader(m_runner);
        const QByteArray bytes = jpeg(QSize(2400, 1800));
        const Document document =
            documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), bytes);
        loader.prefetch({document}, QSize(800, 600));
        QTRY_VERIFY_WITH_TIMEOUT(loader.cache().contains(ImageCache::keyFor(document.sha256, QSize(800, 600))), 10000);
        QVERIFY(waitFor(loader, loader.load(document, QSize(800, 600))).fromCache);
    }

    void changedDocumentIsShownWithAWarning()
    {
        DocumentLoader loader(m_runner);
        Document document =
            documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), jpeg(QSize(2400, 1800)));
        document.sha256 = QString(64, QLatin1Char('a'));
        const LoadedDocument result = waitFor(loader, loader.load(document, QSize(400, 300)));
        QCOMPARE(result.error, QString());
        QVERIFY(result.shaMismatch);
        QVERIFY(!result.image.isNull());
        QVERIFY2(result.facts.warnings.first().startsWith(QStringLiteral("document changed since upload")),
                 qPrintable(result.facts.warnings.join(QLatin1Char('|'))));
        QVERIFY(!loader.cache().contains(ImageCache::keyFor(document.sha256, QSize(400, 300))));
    }

    void failuresAreReported()
    {
        DocumentLoader loader(m_runner);
        const QUrl missing = m_server->url(QStringLiteral("files"), QStringLiteral("missing.jpg"));
        const LoadedDocument notFound = waitFor(loader, loader.load(documentFor(missing, "x"), QSize(400, 300)));
        QCOMPARE(notFound.error,
                 QStringLiteral("the document server answered 404 Not Found for ") + missing.toDisplayString());

        const QByteArray broken = QByteArrayLiteral("\xff\xd8\xff\xe0 not really a jpeg");
        const LoadedDocument damaged = waitFor(
            loader,
            loader.load(documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("broken.jpg")), broken),
                        QSize(400, 300)));
        QVERIFY(!damaged.error.isEmpty());
        QVERIFY(damaged.image.isNull() || damaged.partial);
    }

    // Cache hits answer on the next turn of the event loop, in the order asked:
    // the cancelled request would answer before the later one if cancel() did
    // nothing, so waiting for the later answer proves the earlier never came.
    void cancelledRequestsNeverAnswer()
    {
        DocumentLoader loader(m_runner);
        const QByteArray bytes = jpeg(QSize(2400, 1800));
        const Document document =
            documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), bytes);
        QVERIFY(waitFor(loader, loader.load(document, QSize(800, 600))).ok());

        QSignalSpy spy(&loader, &DocumentLoader::loaded);
        const quint64 cancelled = loader.load(document, QSize(800, 600));
        loader.cancel(cancelled);
        const quint64 later = loader.load(document, QSize(800, 600));
        QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(0).toULongLong() == later, 10000);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().at(0).toULongLong(), later);
    }

    // A file read in flight: its answer is dropped by its job slot.
    void cancelledFileReadsNeverAnswer()
    {
        QTemporaryDir folder;
        const QByteArray bytes = jpeg(QSize(1200, 900));
        QFile file(folder.filePath(QStringLiteral("front.jpg")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        DocumentLoader loader(m_runner);
        const Document document = documentFor(QUrl::fromLocalFile(file.fileName()), bytes);
        QSignalSpy spy(&loader, &DocumentLoader::loaded);
        const quint64 cancelled = loader.load(document, QSize(400, 300));
        loader.cancel(cancelled);
        QVERIFY(m_runner.waitForIdle(10000)); // the read ran and offered its answer
        QCOMPARE(spy.count(), 0);
        const quint64 later = loader.load(document, QSize(400, 300));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        QCOMPARE(spy.first().at(0).toULongLong(), later);
    }

    // A PDF whose worker is still running when the operator moves on: cancel()
    // (and the loader's end) stop the worker at once, instead of leaving it to
    // hold a background thread until its time limit. The file stalls pdfium
    // (the CI finding of 2026-12-03, rebuilt); the limit is set far beyond
    // the waits, so only stopping can end the worker in time.
    void cancellingAPdfStopsItsWorker()
    {
        QByteArray stalling =
            pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids 4 0 R /Count 1 >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>", "[2 0 R]"});
        stalling.replace("endobj\n4 0 obj", "endobj\v4 0 obj");
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("voucher.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(stalling) == stalling.size());
        file.close();
        const Document document = documentFor(QUrl::fromLocalFile(file.fileName()), stalling);
        PdfSandbox::setTimeLimitMs(120'000);
        QCOMPARE(PdfSandbox::runningWorkers(), 0);
        {
            DocumentLoader loader(m_runner);
            QSignalSpy spy(&loader, &DocumentLoader::loaded);
            const quint64 cancelled = loader.load(document, QSize(400, 300));
            QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 1, 10'000);
            loader.cancel(cancelled);
            QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 0, 5'000);
            QVERIFY(m_runner.waitForIdle(10'000));
            QCOMPARE(spy.count(), 0);

            // Stopped is not stalled: the same file starts a worker again.
            loader.load(document, QSize(400, 300));
            QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 1, 10'000);
        }
        QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 0, 5'000);
        QVERIFY(m_runner.waitForIdle(10'000));
        PdfSandbox::setTimeLimitMs(PdfSandbox::DefaultTimeLimitMs);
    }

    // The operator moved on: the next application's prefetch that is running
    // (here a PDF on which the reader stalls) is stopped, its worker with it,
    // and the prefetch asked for next runs.
    void cancellingPrefetchStopsTheRunningOne()
    {
        QByteArray stalling =
            pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids 4 0 R /Count 1 >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>", "[2 0 R]"});
        stalling.replace("endobj\n4 0 obj", "endobj\v4 0 obj");
        const QByteArray sound =
            pdfFromObjects({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] >>"});
        QTemporaryDir folder;
        const auto documentIn = [&folder](const QString &name, const QByteArray &bytes) {
            QFile file(folder.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return Document();
            file.close();
            return documentFor(QUrl::fromLocalFile(file.fileName()), bytes);
        };
        const Document stalled = documentIn(QStringLiteral("voucher.pdf"), stalling);
        const Document next = documentIn(QStringLiteral("next.pdf"), sound);
        QVERIFY(!stalled.url.isEmpty() && !next.url.isEmpty());
        const QSize target(400, 300);
        PdfSandbox::setTimeLimitMs(120'000);
        QCOMPARE(PdfSandbox::runningWorkers(), 0);
        {
            DocumentLoader loader(m_runner);
            QSignalSpy spy(&loader, &DocumentLoader::loaded);
            loader.prefetch({stalled}, target);
            QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 1, 10'000);
            loader.cancelPrefetch();
            QTRY_COMPARE_WITH_TIMEOUT(PdfSandbox::runningWorkers(), 0, 5'000);

            loader.prefetch({next}, target);
            QTRY_VERIFY_WITH_TIMEOUT(loader.cache().contains(ImageCache::keyFor(next.sha256, target)), 10'000);
            QVERIFY(m_runner.waitForIdle(10'000));
            QVERIFY(!loader.cache().contains(ImageCache::keyFor(stalled.sha256, target)));
            QCOMPARE(spy.count(), 0); // prefetches never report
        }
        PdfSandbox::setTimeLimitMs(PdfSandbox::DefaultTimeLimitMs);
    }

    void notRegularFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("what");
        QTest::newRow("named pipe") << QStringLiteral("fifo") << QStringLiteral("a named pipe");
        QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("a folder");
        QTest::newRow("device") << QStringLiteral("device") << QStringLiteral("a device");
    }

    // A FIFO with no writer would block an ordinary open() for ever; the window
    // must answer at once with the reason.
    void notRegularFilesAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, what);
        QTemporaryDir folder;
        QString path;
        if (kind == QLatin1String("fifo")) {
            path = folder.filePath(QStringLiteral("front.jpg"));
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == QLatin1String("folder")) {
            path = folder.filePath(QStringLiteral("front.jpg"));
            QVERIFY(QDir().mkdir(path));
        } else {
            path = QStringLiteral("/dev/zero");
        }
        const QString expected = LocalFileReader::notRegularFileMessage(path, what);
        QCOMPARE(expected, QStringLiteral("the document file %1 is not a regular file (%2)").arg(path, what));

        DocumentLoader loader(m_runner);
        const LoadedDocument result =
            waitFor(loader, loader.load(documentFor(QUrl::fromLocalFile(path), "x"), QSize(400, 300)));
        QCOMPARE(result.error, expected);
        QVERIFY(result.image.isNull());

        // The same rule for the CLI's synchronous read.
        QCOMPARE(LocalFileReader::read(QUrl::fromLocalFile(path), {}).error, expected);
    }
};

QTEST_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
