// DocumentFetcher against real sources: files under a document root and a real
// HTTP server on loopback (tests/support/docserver.py) that answers 200, 404,
// stalls, and sends bodies without a length.

#include "DocumentServer.h"
#include "net/DocumentFetcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {
QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
QByteArray sampleBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + 7) & 0xff);
    return bytes;
}
} // namespace

class TestDocumentFetcher : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DocumentServer> m_server;
    QTemporaryDir m_root;
    DocumentFetcher *m_fetcher = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<DocumentServer>();
        QVERIFY2(m_server->isRunning(), qPrintable(m_server->errorText()));
        m_server->put(QStringLiteral("front.jpg"), sampleBytes(300'000));
        m_fetcher = new DocumentFetcher(this);
    }
    void cleanupTestCase() { m_server.reset(); }

    void httpOkWithMatchingSha()
    {
        const QByteArray expected = sampleBytes(300'000);
        FetchOptions options;
        options.expectedSha256 = sha256Of(expected);
        const FetchResult result = m_fetcher->fetchAndWait(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.bytes, expected);
        QCOMPARE(result.sha256, sha256Of(expected));
        QVERIFY(!result.shaMismatch);
    }

    void progressIsReported()
    {
        FetchJob *job = m_fetcher->fetch(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), {});
        QSignalSpy progressSpy(job, &FetchJob::progress);
        QSignalSpy finishedSpy(job, &FetchJob::finished);
        QVERIFY(finishedSpy.wait(10000));
        QVERIFY(progressSpy.count() >= 1);
        QCOMPARE(progressSpy.last().at(0).toLongLong(), 300'000);
    }

    void wrongShaIsFlaggedButBytesKept()
    {
        FetchOptions options;
        options.expectedSha256 = QString(64, QLatin1Char('0'));
        const FetchResult result = m_fetcher->fetchAndWait(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QString());
        QVERIFY(result.shaMismatch);
        QCOMPARE(result.bytes.size(), 300'000);
    }

    void notFound()
    {
        const QUrl url = m_server->url(QStringLiteral("files"), QStringLiteral("missing.jpg"));
        const FetchResult result = m_fetcher->fetchAndWait(url, {});
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.error, QStringLiteral("the document server answered 404 Not Found for ") + url.toDisplayString());
        QVERIFY(result.bytes.isEmpty());
    }

    void serverError()
    {
        const FetchResult result = m_fetcher->fetchAndWait(m_server->url(QStringLiteral("status"), QStringLiteral("503")), {});
        QCOMPARE(result.httpStatus, 503);
        QVERIFY2(result.error.startsWith(QStringLiteral("the document server answered 503")), qPrintable(result.error));
    }

    void stallingServerTimesOut()
    {
        FetchOptions options;
        options.stallTimeoutMs = 800;
        QElapsedTimer timer;
        timer.start();
        const FetchResult result = m_fetcher->fetchAndWait(m_server->url(QStringLiteral("stall"), QStringLiteral("front.jpg")), options);
        QVERIFY2(result.error.contains(QStringLiteral("stopped sending data")), qPrintable(result.error));
        QVERIFY(result.bytes.isEmpty());
        QVERIFY2(timer.elapsed() < 30'000, "the stall timeout must end the transfer, not the server");
    }

    void byteCapFromContentLength()
    {
        FetchOptions options;
        options.byteCap = 100'000;
        const FetchResult result = m_fetcher->fetchAndWait(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QStringLiteral("the document is 0.3 MB, over the 0.1 MB limit"));
        QVERIFY(result.bytes.isEmpty());
    }

    void byteCapWithoutContentLength()
    {
        FetchOptions options;
        options.byteCap = 100'000;
        const FetchResult result = m_fetcher->fetchAndWait(m_server->url(QStringLiteral("nolength"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QStringLiteral("the document is larger than the 0.1 MB limit"));
    }

    void connectionRefused()
    {
        const FetchResult result = m_fetcher->fetchAndWait(QUrl(QStringLiteral("http://127.0.0.1:1/x.jpg")), {});
        QCOMPARE(result.error, QStringLiteral("cannot connect to 127.0.0.1:1: connection refused"));
    }

    void localFilesUnderTheRoot()
    {
        const QString path = m_root.filePath(QStringLiteral("back.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sampleBytes(5000));
        file.close();
        FetchOptions options;
        options.allowedFileRoots = {m_root.path()};
        const FetchResult ok = m_fetcher->fetchAndWait(QUrl::fromLocalFile(path), options);
        QCOMPARE(ok.error, QString());
        QCOMPARE(ok.bytes, sampleBytes(5000));

        const FetchResult missing = m_fetcher->fetchAndWait(QUrl::fromLocalFile(m_root.filePath(QStringLiteral("nope.png"))), {});
        QCOMPARE(missing.error, QStringLiteral("the document file %1 does not exist").arg(m_root.filePath(QStringLiteral("nope.png"))));

        QTemporaryDir elsewhere;
        const QString outside = elsewhere.filePath(QStringLiteral("x.png"));
        QFile outsideFile(outside);
        QVERIFY(outsideFile.open(QIODevice::WriteOnly));
        outsideFile.write("x");
        outsideFile.close();
        const FetchResult refused = m_fetcher->fetchAndWait(QUrl::fromLocalFile(outside), options);
        QCOMPARE(refused.error, QStringLiteral("the document file %1 is outside the document root").arg(outside));
        // ../ tricks resolve before the check.
        const FetchResult traversal = m_fetcher->fetchAndWait(
            QUrl::fromLocalFile(m_root.path() + QStringLiteral("/../") + QDir(elsewhere.path()).dirName() + QStringLiteral("/x.png")),
            options);
        QVERIFY2(traversal.error.endsWith(QStringLiteral("is outside the document root")), qPrintable(traversal.error));
    }

    // fetch() reads file: URLs on a worker: a named pipe with no writer (which
    // an ordinary open() waits on for ever) is refused, and the event loop runs
    // meanwhile (the answer arrives through it).
    void fileUrlsAreReadOffThisThreadAndOnlyRegularFiles()
    {
        const QString pipe = m_root.filePath(QStringLiteral("pipe.jpg"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        FetchOptions options;
        options.allowedFileRoots = {m_root.path()};
        FetchJob *job = m_fetcher->fetch(QUrl::fromLocalFile(pipe), options);
        QSignalSpy finished(job, &FetchJob::finished);
        QVERIFY(finished.isEmpty()); // never answered on the asking thread
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<FetchResult>().error,
                 QStringLiteral("the document file %1 is not a regular file (a named pipe)").arg(pipe));

        const QString path = m_root.filePath(QStringLiteral("front-async.png"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(sampleBytes(7000));
        file.close();
        options.expectedSha256 = sha256Of(sampleBytes(7000));
        FetchJob *good = m_fetcher->fetch(QUrl::fromLocalFile(path), options);
        QSignalSpy goodFinished(good, &FetchJob::finished);
        QVERIFY(goodFinished.wait(10000));
        const FetchResult read = goodFinished.at(0).at(0).value<FetchResult>();
        QCOMPARE(read.error, QString());
        QCOMPARE(read.bytes, sampleBytes(7000));
        QVERIFY(!read.shaMismatch);
    }

    void otherSchemesAreRefused()
    {
        const FetchResult result = m_fetcher->fetchAndWait(QUrl(QStringLiteral("ftp://example.com/a.jpg")), {});
        QCOMPARE(result.error, QStringLiteral("documents can only be fetched from file:, http: or https: URLs, not ftp:"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFetcher)
#include "tst_documentfetcher.moc"
