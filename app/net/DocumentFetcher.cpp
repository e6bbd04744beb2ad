#include "net/DocumentFetcher.h"

#include "net/DocumentStoreCredentials.h"
#include "net/LocalFileReader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>

namespace reissuedesk {

struct FetchJob::PreparedHop {
    QUrl url;             // by name, as checked
    QHostAddress address; // null: no store, Qt resolves the name itself
    DocumentStoreCredentials credentials;
    QString error;
};

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

bool isRedirect(int status)
{
    return status >= 300 && status < 400;
}

QString describeNetworkError(QNetworkReply *reply, const QUrl &url)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return QCoreApplication::translate("DocumentFetcher", "the document server answered %1 %2 for %3")
            .arg(status)
            .arg(reason, url.toDisplayString());
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("DocumentFetcher", "cannot connect to %1: connection refused")
            .arg(url.authority());
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("DocumentFetcher", "the host %1 was not found").arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate("DocumentFetcher",
                                           "the document server stopped sending data (timeout) for %1")
            .arg(url.toDisplayString());
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("DocumentFetcher", "the document server %1 could not be verified (TLS): %2")
            .arg(url.host(), reply->errorString());
    case QNetworkReply::ContentNotFoundError:
        if (url.isLocalFile())
            return QCoreApplication::translate("DocumentFetcher", "the document file %1 does not exist")
                .arg(url.toLocalFile());
        break;
    case QNetworkReply::ContentAccessDenied:
        if (url.isLocalFile())
            return QCoreApplication::translate("DocumentFetcher",
                                               "the document file %1 cannot be read (permission denied)")
                .arg(url.toLocalFile());
        break;
    default:
        break;
    }
    // Qt's sentence for a gzip or deflate body it cannot unpack ends in a colon
    // and nothing ("Decompression failed: "), for damaged data and bombs alike.
    if (reply->errorString().startsWith(QLatin1String("Decompression failed")))
        return QCoreApplication::translate("DocumentFetcher",
                                           "the document server's compressed answer for %1 could not be unpacked "
                                           "(it is damaged, or unpacks to more than a document may be)")
            .arg(url.toDisplayString());
    return QCoreApplication::translate("DocumentFetcher", "cannot fetch %1: %2")
        .arg(url.toDisplayString(), reply->errorString());
}

// Runs on a worker: the name resolved once, every address checked, the files
// of the credentials read. Blocking here never blocks the GUI thread.
FetchJob::PreparedHop prepareHop(const QUrl &target, const FetchOptions &options, bool withCredentials)
{
    FetchJob::PreparedHop hop;
    hop.url = target;
    if (!options.store)
        return hop;
    QList<QHostAddress> addresses;
    if (QHostAddress literal; literal.setAddress(target.host())) {
        addresses.append(literal);
    } else {
        const QHostInfo info = QHostInfo::fromName(target.host());
        if (info.error() != QHostInfo::NoError) {
            hop.error = QCoreApplication::translate("DocumentFetcher", "the host %1 was not found").arg(target.host());
            return hop;
        }
        addresses = info.addresses();
    }
    // IPv4 first: the address connected to is the first, and servers on
    // loopback often listen on 127.0.0.1 only.
    std::stable_sort(addresses.begin(), addresses.end(), [](const QHostAddress &a, const QHostAddress &b) {
        return a.protocol() == QAbstractSocket::IPv4Protocol && b.protocol() != QAbstractSocket::IPv4Protocol;
    });
    hop.error = options.store->checkAddresses(target, addresses);
    if (!hop.error.isEmpty())
        return hop;
    hop.address = addresses.first();
    hop.credentials = DocumentStoreCredentials::load(options.store->config(), withCredentials, &hop.error);
    return hop;
}

} // namespace

QString DocumentFetcher::checkUrl(const QUrl &url, const FetchOptions &options)
{
    if (options.store)
        return options.store->checkUrl(url);
    if (!url.isValid())
        return QCoreApplication::translate("DocumentFetcher", "the document URL is not valid: %1")
            .arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("file") && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate("DocumentFetcher",
                                           "documents can only be fetched from file:, http: or https: URLs, not %1:")
            .arg(scheme);
    return {};
}

FetchJob::FetchJob(QNetworkAccessManager *manager, const QUrl &url, const FetchOptions &options, QObject *parent)
    : QObject(parent)
    , m_localGate(std::make_shared<LocalGate>())
    , m_manager(manager)
    , m_url(url)
    , m_current(url)
    , m_options(options)
{
    m_localGate->job = this;
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_pendingError = QCoreApplication::translate("DocumentFetcher", "fetching %1 took longer than %2 s")
                             .arg(m_url.toDisplayString())
                             .arg(m_options.totalTimeoutMs / 1000);
        finish(m_pendingError);
    });
    m_deadline->start(options.totalTimeoutMs);
}

FetchJob::~FetchJob()
{
    QMutexLocker lock(&m_localGate->mutex);
    m_localGate->job = nullptr;
}

void FetchJob::startHop(const QUrl &target, bool withCredentials)
{
    m_current = target;
    QThreadPool::globalInstance()->start([gate = m_localGate, target, options = m_options, withCredentials] {
        PreparedHop hop = prepareHop(target, options, withCredentials);
        QMutexLocker lock(&gate->mutex);
        if (FetchJob *waiting = gate->job) {
            QMetaObject::invokeMethod(
                waiting,
                [waiting, hop = std::move(hop)] {
                    if (waiting->m_done)
                        return;
                    if (!hop.error.isEmpty())
                        waiting->finish(hop.error);
                    else
                        waiting->sendRequest(hop);
                },
                Qt::QueuedConnection);
        }
    });
}

void FetchJob::sendRequest(const PreparedHop &hop)
{
    QUrl requestUrl = hop.url;
    QNetworkRequest request;
    const bool https = hop.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (!hop.address.isNull()) {
        // Connect to the address that was checked; the name travels in the
        // Host header and, for TLS, as the name the certificate must carry.
        requestUrl.setHost(hop.address.toString());
        QByteArray host = QUrl::toAce(hop.url.host());
        if (hop.url.host().contains(QLatin1Char(':')))
            host = '[' + hop.url.host().toLatin1() + ']';
        if (hop.url.port() != -1)
            host += ':' + QByteArray::number(hop.url.port());
        request.setRawHeader("Host", host);
        if (https)
            request.setPeerVerifyName(hop.url.host());
    }
    request.setUrl(requestUrl);
    request.setTransferTimeout(m_options.stallTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // HTTP/2 would name the host from the URL (the address), not the Host header.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!hop.credentials.bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + hop.credentials.bearerToken);
    if (https) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!hop.credentials.caCertificates.isEmpty())
            ssl.addCaCertificates(hop.credentials.caCertificates);
        if (!hop.credentials.clientCertificate.isNull()) {
            ssl.setLocalCertificate(hop.credentials.clientCertificate);
            ssl.setPrivateKey(hop.credentials.clientKey);
        }
        request.setSslConfiguration(ssl);
    }
    m_bytes.clear();
    QNetworkReply *reply = m_manager->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (m_reply && !isRedirect(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()))
            Q_EMIT progress(received, total);
    });
    connect(reply, &QNetworkReply::finished, this, &FetchJob::onReplyFinished);
}

void FetchJob::onReplyFinished()
{
    if (m_done || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute);
    if (isRedirect(status) && location.isValid()) {
        const QUrl next = m_current.resolved(location.toUrl());
        const QString from = m_current.toDisplayString();
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
        if (++m_redirects > m_options.maxRedirects) {
            finish(QCoreApplication::translate("DocumentFetcher", "fetching %1 was redirected more than %2 times")
                       .arg(m_url.toDisplayString())
                       .arg(m_options.maxRedirects));
            return;
        }
        QString problem = DocumentFetcher::checkUrl(next, m_options);
        if (problem.isEmpty() && next.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
            problem = QCoreApplication::translate("DocumentFetcher", "a document server may not redirect to a file");
        if (problem.isEmpty() && m_current.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 &&
            next.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0)
            problem = QCoreApplication::translate("DocumentFetcher", "a redirect may not leave https");
        if (!problem.isEmpty()) {
            finish(QCoreApplication::translate("DocumentFetcher", "the redirect from %1 to %2 was refused: %3")
                       .arg(from, next.toDisplayString(), problem));
            return;
        }
        // Credentials stay with the origin they were configured for.
        startHop(next, m_credentialsFirstHop && DocumentStore::sameOrigin(next, m_url));
        return;
    }
    onReadyRead();
    if (!m_pendingError.isEmpty())
        finish(m_pendingError);
    else if (m_reply->error() != QNetworkReply::NoError)
        finish(describeNetworkError(m_reply, m_current));
    else if (isRedirect(status))
        finish(QCoreApplication::translate("DocumentFetcher",
                                           "the document server answered %1 without a new location for %2")
                   .arg(status)
                   .arg(m_current.toDisplayString()));
    else
        finish({});
}

void FetchJob::finishWith(FetchResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    Q_EMIT finished(result);
    deleteLater();
}

void FetchJob::abort()
{
    m_pendingError = QStringLiteral("cancelled");
    finish(m_pendingError);
}

void FetchJob::onMetaDataChanged()
{
    if (!m_reply || isRedirect(m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()))
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.byteCap) {
        m_pendingError = QCoreApplication::translate("DocumentFetcher", "the document is %1 MB, over the %2 MB limit")
                             .arg(megabytes(length.toLongLong()), megabytes(m_options.byteCap));
        finish(m_pendingError);
    }
}

void FetchJob::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400 || isRedirect(status)) {
        m_reply->readAll(); // error and redirect bodies are not documents
        return;
    }
    m_bytes += m_reply->readAll();
    if (m_bytes.size() > m_options.byteCap) {
        m_pendingError = QCoreApplication::translate("DocumentFetcher", "the document is larger than the %1 MB limit")
                             .arg(megabytes(m_options.byteCap));
        finish(m_pendingError);
    }
}

void FetchJob::finish(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    FetchResult result;
    result.url = m_url;
    result.error = error;
    if (m_reply) {
        result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        m_reply->disconnect(this);
        if (!m_reply->isFinished())
            m_reply->abort();
        m_reply->deleteLater();
    }
    if (error.isEmpty()) {
        result.bytes = std::move(m_bytes);
        result.sha256 = QString::fromLatin1(QCryptographicHash::hash(result.bytes, QCryptographicHash::Sha256).toHex());
        result.shaMismatch = !m_options.expectedSha256.isEmpty() &&
                             result.sha256.compare(m_options.expectedSha256, Qt::CaseInsensitive) != 0;
    }
    m_bytes.clear();
    Q_EMIT finished(result);
    deleteLater();
}

DocumentFetcher::DocumentFetcher(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    qRegisterMetaType<FetchResult>();
    // No cache of any kind: a QNetworkAccessManager has none unless given one.
    m_manager->setCache(nullptr);
    // A proxy would resolve the name itself, past the address check.
    m_manager->setProxy(QNetworkProxy::NoProxy);
}

FetchJob *DocumentFetcher::fetch(const QUrl &url, const FetchOptions &options)
{
    auto *job = new FetchJob(m_manager, url, options, this);
    const QString problem = checkUrl(url, options);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, job, [job, problem] { job->finish(problem); });
        return job;
    }
    if (url.isLocalFile()) {
        // Never on this thread: a named pipe or a slow share would freeze it.
        QThreadPool::globalInstance()->start([gate = job->m_localGate, url, options] {
            FetchResult read = LocalFileReader::read(url, options);
            QMutexLocker lock(&gate->mutex);
            if (FetchJob *waiting = gate->job) {
                QMetaObject::invokeMethod(
                    waiting, [waiting, read = std::move(read)]() mutable { waiting->finishWith(std::move(read)); },
                    Qt::QueuedConnection);
            }
        });
        return job;
    }
    job->m_credentialsFirstHop = options.store && options.store->isConfiguredOrigin(url);
    job->startHop(url, job->m_credentialsFirstHop);
    return job;
}

FetchResult DocumentFetcher::fetchAndWait(const QUrl &url, const FetchOptions &options)
{
    if (url.isValid() && url.isLocalFile())
        return LocalFileReader::read(url, options);
    FetchResult result;
    QEventLoop loop;
    FetchJob *job = fetch(url, options);
    connect(job, &FetchJob::finished, &loop, [&](const FetchResult &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace reissuedesk
