// The document pipeline end to end: real files and a real HTTP server on
// loopback, decoding off the UI thread, the memory cache and prefetching.

#include "DocumentServer.h"
#include "models/DocumentLoader.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QByteArray jpeg(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(40, 90, 160));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

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

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<DocumentServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_server->put(QStringLiteral("front.jpg"), jpeg(QSize(2400, 1800)));
        m_server->put(QStringLiteral("broken.jpg"), QByteArray("\xff\xd8\xff\xe0 not really a jpeg", 24));
    }

    void loadsScalesAndCaches()
    {
        DocumentLoader loader;
        const QByteArray bytes = jpeg(QSize(2400, 1800));
        const Document document = documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), bytes);
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
        DocumentLoader loader;
        const QByteArray bytes = jpeg(QSize(2400, 1800));
        const Document document = documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), bytes);
        loader.prefetch({document}, QSize(800, 600));
        QTRY_VERIFY_WITH_TIMEOUT(loader.cache().contains(ImageCache::keyFor(document.sha256, QSize(800, 600))), 10000);
        QVERIFY(waitFor(loader, loader.load(document, QSize(800, 600))).fromCache);
    }

    void changedDocumentIsShownWithAWarning()
    {
        DocumentLoader loader;
        Document document = documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")),
                                        jpeg(QSize(2400, 1800)));
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
        DocumentLoader loader;
        const QUrl missing = m_server->url(QStringLiteral("files"), QStringLiteral("missing.jpg"));
        const LoadedDocument notFound = waitFor(loader, loader.load(documentFor(missing, "x"), QSize(400, 300)));
        QCOMPARE(notFound.error, QStringLiteral("the document server answered 404 Not Found for ") + missing.toDisplayString());

        const QByteArray broken("\xff\xd8\xff\xe0 not really a jpeg", 24);
        const LoadedDocument damaged = waitFor(
            loader, loader.load(documentFor(m_server->url(QStringLiteral("files"), QStringLiteral("broken.jpg")), broken), QSize(400, 300)));
        QVERIFY(!damaged.error.isEmpty());
        QVERIFY(damaged.image.isNull() || damaged.partial);
    }

    void cancelledRequestsStaySilent()
    {
        DocumentLoader loader;
        const Document document = documentFor(m_server->url(QStringLiteral("stall"), QStringLiteral("front.jpg")), "x");
        QSignalSpy spy(&loader, &DocumentLoader::loaded);
        const quint64 id = loader.load(document, QSize(400, 300));
        loader.cancel(id);
        QVERIFY(!spy.wait(1000));
    }
};

QTEST_MAIN(TestDocumentLoader)
#include "tst_documentloader.moc"
