// DocumentFetcher against real sources: files under a document store folder and
// a real HTTP server on loopback (tests/support/docserver.py) that answers 200,
// 404, stalls, sends bodies without a length, redirects, and records what each
// request carried (Host, Authorization). The hostile cases of issue 9: file:
// outside the store, link-local and loopback hosts, wrong path prefixes,
// redirects out of the store, credentials following a redirect, symlink and
// `..` escapes, a FIFO.

#include "DocumentServer.h"
#include "net/DocumentFetcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
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
// The store's settings, one list at a time (designated initializers would
// leave the other members to -Wmissing-field-initializers).
struct StoreConfig {
    DocumentStoreConfig config;
    StoreConfig &dirs(const QStringList &d)
    {
        config.directories = d;
        return *this;
    }
    StoreConfig &origins(const QStringList &o)
    {
        config.origins = o;
        return *this;
    }
    StoreConfig &internal(const QStringList &o)
    {
        config.internalOrigins = o;
        return *this;
    }
    StoreConfig &token(const QString &file)
    {
        config.bearerTokenFile = file;
        return *this;
    }
    operator const DocumentStoreConfig &() const { return config; }
};

std::shared_ptr<const DocumentStore> storeOf(const DocumentStoreConfig &config)
{
    QStringList problems;
    auto store = std::make_shared<const DocumentStore>(DocumentStore::fromConfig(config, &problems));
    if (!problems.isEmpty())
        qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
    return store;
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
        const FetchResult result =
            m_fetcher->fetchAndWait(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), options);
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
        const FetchResult result =
            m_fetcher->fetchAndWait(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QString());
        QVERIFY(result.shaMismatch);
        QCOMPARE(result.bytes.size(), 300'000);
    }

    void notFound()
    {
        const QUrl url = m_server->url(QStringLiteral("files"), QStringLiteral("missing.jpg"));
        const FetchResult result = m_fetcher->fetchAndWait(url, {});
        QCOMPARE(result.httpStatus, 404);
        QCOMPARE(result.error,
                 QStringLiteral("the document server answered 404 Not Found for ") + url.toDisplayString());
        QVERIFY(result.bytes.isEmpty());
    }

    void serverError()
    {
        const FetchResult result =
            m_fetcher->fetchAndWait(m_server->url(QStringLiteral("status"), QStringLiteral("503")), {});
        QCOMPARE(result.httpStatus, 503);
        QVERIFY2(result.error.startsWith(QStringLiteral("the document server answered 503")), qPrintable(result.error));
    }

    void stallingServerTimesOut()
    {
        FetchOptions options;
        options.stallTimeoutMs = 800;
        QElapsedTimer timer;
        timer.start();
        const FetchResult result =
            m_fetcher->fetchAndWait(m_server->url(QStringLiteral("stall"), QStringLiteral("front.jpg")), options);
        QVERIFY2(result.error.contains(QStringLiteral("stopped sending data")), qPrintable(result.error));
        QVERIFY(result.bytes.isEmpty());
        QVERIFY2(timer.elapsed() < 30'000, "the stall timeout must end the transfer, not the server");
    }

    void byteCapFromContentLength()
    {
        FetchOptions options;
        options.byteCap = 100'000;
        const FetchResult result =
            m_fetcher->fetchAndWait(m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QStringLiteral("the document is 0.3 MB, over the 0.1 MB limit"));
        QVERIFY(result.bytes.isEmpty());
    }

    void byteCapWithoutContentLength()
    {
        FetchOptions options;
        options.byteCap = 100'000;
        const FetchResult result =
            m_fetcher->fetchAndWait(m_server->url(QStringLiteral("nolength"), QStringLiteral("front.jpg")), options);
        QCOMPARE(result.error, QStringLiteral("the document is larger than the 0.1 MB limit"));
    }

    // Qt said "Decompression failed: " and nothing more for a gzip body it
    // could not unpack (the gzip bomb); the sentence names what.
    void damagedCompressedAnswerIsNamed()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nContent-Encoding: gzip\r\n"
                              "Content-Length: 24\r\n\r\nthis is not gzip at all!");
                socket->disconnectFromHost();
            });
        });
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/doc.jpg").arg(server.serverPort()));
        const FetchResult result = m_fetcher->fetchAndWait(url, {});
        QCOMPARE(result.error, QStringLiteral("the document server's compressed answer for %1 could not be unpacked "
                                              "(it is damaged, or unpacks to more than a document may be)")
                                   .arg(url.toDisplayString()));
        QVERIFY(result.bytes.isEmpty());
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
        options.store = storeOf(StoreConfig().dirs({m_root.path()}));
        const FetchResult ok = m_fetcher->fetchAndWait(QUrl::fromLocalFile(path), options);
        QCOMPARE(ok.error, QString());
        QCOMPARE(ok.bytes, sampleBytes(5000));

        const FetchResult missing =
            m_fetcher->fetchAndWait(QUrl::fromLocalFile(m_root.filePath(QStringLiteral("nope.png"))), {});
        QCOMPARE(
            missing.error,
            QStringLiteral("the document file %1 does not exist").arg(m_root.filePath(QStringLiteral("nope.png"))));

        QTemporaryDir elsewhere;
        const QString outside = elsewhere.filePath(QStringLiteral("x.png"));
        QFile outsideFile(outside);
        QVERIFY(outsideFile.open(QIODevice::WriteOnly));
        outsideFile.write("x");
        outsideFile.close();
        const FetchResult refused = m_fetcher->fetchAndWait(QUrl::fromLocalFile(outside), options);
        QCOMPARE(refused.error,
                 QStringLiteral("the document file %1 is outside the document store's folders").arg(outside));
        // ../ tricks resolve before the check.
        const FetchResult traversal =
            m_fetcher->fetchAndWait(QUrl::fromLocalFile(m_root.path() + QStringLiteral("/../") +
                                                        QDir(elsewhere.path()).dirName() + QStringLiteral("/x.png")),
                                    options);
        QVERIFY2(traversal.error.endsWith(QStringLiteral("is outside the document store's folders")),
                 qPrintable(traversal.error));
    }

    // fetch() reads file: URLs on a worker: a named pipe with no writer (which
    // an ordinary open() waits on for ever) is refused, and the event loop runs
    // meanwhile (the answer arrives through it).
    void fileUrlsAreReadOffThisThreadAndOnlyRegularFiles()
    {
        const QString pipe = m_root.filePath(QStringLiteral("pipe.jpg"));
        QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
        FetchOptions options;
        options.store = storeOf(StoreConfig().dirs({m_root.path()}));
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
        QCOMPARE(result.error,
                 QStringLiteral("documents can only be fetched from file:, http: or https: URLs, not ftp:"));
    }
    // --- the document store (issue 9) ---

private:
    QString origin(const QString &host) const { return QStringLiteral("http://%1:%2").arg(host).arg(m_server->port()); }
    QStringList pathsRequested(qsizetype since) const
    {
        QStringList paths;
        for (const QJsonObject &request : m_server->requests().mid(since))
            paths.append(request.value(QStringLiteral("path")).toString());
        return paths;
    }

private Q_SLOTS:
    void etcPasswdIsRefused()
    {
        FetchOptions options;
        options.store = storeOf(StoreConfig().dirs({m_root.path()}));
        const QString expected =
            QStringLiteral("the document file /etc/passwd is outside the document store's folders");
        QCOMPARE(m_fetcher->fetchAndWait(QUrl(QStringLiteral("file:///etc/passwd")), options).error, expected);
        FetchJob *job = m_fetcher->fetch(QUrl(QStringLiteral("file:///etc/passwd")), options);
        QSignalSpy finished(job, &FetchJob::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<FetchResult>().error, expected);
        QVERIFY(finished.at(0).at(0).value<FetchResult>().bytes.isEmpty());
        // An empty store allows no file at all.
        options.store = storeOf(StoreConfig());
        QCOMPARE(m_fetcher->fetchAndWait(QUrl(QStringLiteral("file:///etc/passwd")), options).error, expected);
    }

    void linkLocalMetadataAddressIsRefused()
    {
        const QUrl metadata(QStringLiteral("http://169.254.169.254/latest/meta-data/"));
        FetchOptions options;
        options.store = storeOf(StoreConfig().origins({QStringLiteral("https://docs.example.com/a/")}));
        QCOMPARE(m_fetcher->fetchAndWait(metadata, options).error,
                 QStringLiteral("the document URL http://169.254.169.254/latest/meta-data/ is outside the document "
                                "store (http://169.254.169.254:80 is not one of its origins)"));
        // Configured as an ordinary origin, its address class still refuses it.
        options.store = storeOf(StoreConfig().origins({QStringLiteral("http://169.254.169.254/")}));
        QCOMPARE(m_fetcher->fetchAndWait(metadata, options).error,
                 QStringLiteral("the document host 169.254.169.254 is a link-local address (169.254.169.254), which "
                                "the document store does not allow (only origins configured as internal may be)"));
    }

    void hostNameResolvingToLoopbackIsRefusedUnlessInternal()
    {
        const QUrl url(origin(QStringLiteral("localhost")) + QStringLiteral("/files/front.jpg"));
        const qsizetype before = m_server->requests().size();
        FetchOptions options;
        options.store =
            storeOf(StoreConfig().origins({origin(QStringLiteral("localhost")) + QStringLiteral("/files/")}));
        QCOMPARE(m_fetcher->fetchAndWait(url, options).error,
                 QStringLiteral("the document host localhost is a loopback address (127.0.0.1), which the document "
                                "store does not allow (only origins configured as internal may be)"));
        QCOMPARE(m_server->requests().size(), before); // nothing was sent

        options.store =
            storeOf(StoreConfig().internal({origin(QStringLiteral("localhost")) + QStringLiteral("/files/")}));
        const FetchResult ok = m_fetcher->fetchAndWait(url, options);
        QCOMPARE(ok.error, QString());
        QCOMPARE(ok.bytes, sampleBytes(300'000));
        // Connected to the checked address; the name went in the Host header.
        QCOMPARE(m_server->requests().last().value(QStringLiteral("host")).toString(),
                 QStringLiteral("localhost:%1").arg(m_server->port()));
    }

    void wrongPathPrefixIsRefused()
    {
        const qsizetype before = m_server->requests().size();
        FetchOptions options;
        options.store =
            storeOf(StoreConfig().internal({origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/files/")}));
        const QUrl other(origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/nolength/front.jpg"));
        QCOMPARE(m_fetcher->fetchAndWait(other, options).error,
                 QStringLiteral("the document URL %1 is outside the document store (its path is not under /files/)")
                     .arg(other.toDisplayString()));
        const QUrl dotdot(origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/files/%2e%2e/status/500"));
        QCOMPARE(m_fetcher->fetchAndWait(dotdot, options).error,
                 QStringLiteral("the document URL %1 has \".\" or \"..\" segments or encoded slashes in its path")
                     .arg(dotdot.toDisplayString()));
        QCOMPARE(pathsRequested(before), QStringList());
        // Another port on the same host is another origin.
        const QUrl otherPort(QStringLiteral("http://127.0.0.1:1/files/front.jpg"));
        QCOMPARE(m_fetcher->fetchAndWait(otherPort, options).error,
                 QStringLiteral("the document URL http://127.0.0.1:1/files/front.jpg is outside the document store "
                                "(http://127.0.0.1:1 is not one of its origins)"));
    }

    void redirectOutOfTheStoreIsAborted()
    {
        const qsizetype before = m_server->requests().size();
        FetchOptions options;
        options.store =
            storeOf(StoreConfig().internal({origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/redirect/"),
                                            origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/files/")}));
        const QUrl metadata(QStringLiteral("http://169.254.169.254/latest/meta-data/"));
        const QUrl hop = m_server->redirectTo(metadata);
        QCOMPARE(m_fetcher->fetchAndWait(hop, options).error,
                 QStringLiteral("the redirect from %1 to http://169.254.169.254/latest/meta-data/ was refused: the "
                                "document URL http://169.254.169.254/latest/meta-data/ is outside the document store "
                                "(http://169.254.169.254:80 is not one of its origins)")
                     .arg(hop.toDisplayString()));

        const QUrl sameHostOtherPath(origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/status/200"));
        const QUrl hop2 = m_server->redirectTo(sameHostOtherPath);
        QCOMPARE(m_fetcher->fetchAndWait(hop2, options).error,
                 QStringLiteral("the redirect from %1 to %2 was refused: the document URL %2 is outside the document "
                                "store (its path is not under /redirect/, /files/)")
                     .arg(hop2.toDisplayString(), sameHostOtherPath.toDisplayString()));
        QVERIFY(!pathsRequested(before).contains(QStringLiteral("/status/200")));
        QCOMPARE(pathsRequested(before).size(), 2); // the two redirects, nothing after them

        const QUrl toFile = m_server->redirectTo(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(m_fetcher->fetchAndWait(toFile, options).error,
                 QStringLiteral("the redirect from %1 to file:///etc/passwd was refused: the document file /etc/passwd "
                                "is outside the document store's folders")
                     .arg(toFile.toDisplayString()));
    }

    void credentialsGoOnlyToTheConfiguredOrigin()
    {
        QTemporaryDir secrets;
        const QString tokenFile = secrets.filePath(QStringLiteral("token"));
        QFile token(tokenFile);
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("s3cret-token\nignored second line\n");
        token.close();
        QVERIFY(token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        FetchOptions options;
        options.store = storeOf(StoreConfig()
                                    .internal({origin(QStringLiteral("127.0.0.1")) + QStringLiteral("/"),
                                               origin(QStringLiteral("localhost")) + QStringLiteral("/files/")})
                                    .token(tokenFile));
        const QUrl direct = m_server->url(QStringLiteral("files"), QStringLiteral("front.jpg"));
        QCOMPARE(m_fetcher->fetchAndWait(direct, options).error, QString());
        QCOMPARE(m_server->requests().last().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer s3cret-token"));

        // Allowed, but another origin: the redirect target gets no credentials.
        const QUrl target(origin(QStringLiteral("localhost")) + QStringLiteral("/files/front.jpg"));
        const qsizetype before = m_server->requests().size();
        const FetchResult redirected = m_fetcher->fetchAndWait(m_server->redirectTo(target), options);
        QCOMPARE(redirected.error, QString());
        QCOMPARE(redirected.bytes, sampleBytes(300'000));
        const QList<QJsonObject> requests = m_server->requests().mid(before);
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(0).value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/redirect/")));
        QCOMPARE(requests.at(0).value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Bearer s3cret-token"));
        QCOMPARE(requests.at(1).value(QStringLiteral("path")).toString(), QStringLiteral("/files/front.jpg"));
        QCOMPARE(requests.at(1).value(QStringLiteral("host")).toString(),
                 QStringLiteral("localhost:%1").arg(m_server->port()));
        QCOMPARE(requests.at(1).value(QStringLiteral("authorization")).toString(), QString());

        // A token others can read is not used.
        QVERIFY(token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        const qsizetype beforeRefusal = m_server->requests().size();
        QCOMPARE(m_fetcher->fetchAndWait(direct, options).error,
                 QStringLiteral("the document store token file %1 can be read by other users: make it readable by its "
                                "owner only (chmod 600)")
                     .arg(tokenFile));
        QCOMPARE(m_server->requests().size(), beforeRefusal);
    }

    void symlinkAndDotDotEscapesAreRefused()
    {
        QTemporaryDir outside;
        const QString secret = outside.filePath(QStringLiteral("secret.png"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("secret");
        file.close();
        const QString link = m_root.filePath(QStringLiteral("escape"));
        QVERIFY(QFile::link(outside.path(), link));
        FetchOptions options;
        options.store = storeOf(StoreConfig().dirs({m_root.path()}));
        const QString viaLink = link + QStringLiteral("/secret.png");
        QCOMPARE(m_fetcher->fetchAndWait(QUrl::fromLocalFile(viaLink), options).error,
                 QStringLiteral("the document file %1 is outside the document store's folders").arg(viaLink));
        const QString viaDots =
            m_root.path() + QStringLiteral("/../") + QDir(outside.path()).dirName() + QStringLiteral("/secret.png");
        QCOMPARE(m_fetcher->fetchAndWait(QUrl::fromLocalFile(viaDots), options).error,
                 QStringLiteral("the document file %1 is outside the document store's folders").arg(viaDots));
        // A link to a file inside the store is fine: the target is what counts.
        const QString inside = m_root.filePath(QStringLiteral("inside.png"));
        QFile insideFile(inside);
        QVERIFY(insideFile.open(QIODevice::WriteOnly));
        insideFile.write("inside");
        insideFile.close();
        QVERIFY(QFile::link(inside, m_root.filePath(QStringLiteral("alias.png"))));
        QCOMPARE(
            m_fetcher->fetchAndWait(QUrl::fromLocalFile(m_root.filePath(QStringLiteral("alias.png"))), options).bytes,
            QByteArray("inside"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentFetcher)
#include "tst_documentfetcher.moc"
