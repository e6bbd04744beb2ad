#include "net/DocumentFetcher.h"

#include "net/LocalFileReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThreadPool>
#include <QTimer>

namespace reissuedesk {
namespace {

QString megabytes(qint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); }

QString describeNetworkError(QNetworkReply *reply, const QUrl &url)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return QStringLiteral("the document server answered %1 %2 for %3")
            .arg(status)
            .arg(reason, url.toDisplayString());
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("cannot connect to %1: connection refused").arg(url.authority());
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("the host %1 was not found").arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("the document server stopped sending data (timeout) for %1").arg(url.toDisplayString());
    case QNetworkReply::ContentNotFoundError:
        if (url.isLocalFile())
            return QStringLiteral("the document file %1 does not exist").arg(url.toLocalFile());
        break;
    case QNetworkReply::ContentAccessDenied:
        if (url.isLocalFile())
            return QStringLiteral("the document file %1 cannot be read (permission denied)").arg(url.toLocalFile());
        break;
    default:
        break;
    }
    return QStringLiteral("cannot fetch %1: %2").arg(url.toDisplayString(), reply->errorString());
}

} // namespace

QString DocumentFetcher::checkUrl(const QUrl &url, const FetchOptions &options)
{
    if (!url.isValid())
        return QStringLiteral("the document URL is not valid: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("file") && scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("documents can only be fetched from file:, http: or https: URLs, not %1:").arg(scheme);
    if (scheme == QLatin1String("file") && !options.allowedFileRoots.isEmpty()) {
        const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
        if (path.isEmpty())
            return QStringLiteral("the document file %1 does not exist").arg(url.toLocalFile());
        bool inside = false;
        for (const QString &root : options.allowedFileRoots) {
            const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
            if (!canonicalRoot.isEmpty() && path.startsWith(canonicalRoot + QLatin1Char('/')))
                inside = true;
        }
        if (!inside)
            return QStringLiteral("the document file %1 is outside the document root").arg(url.toLocalFile());
    }
    return {};
}

FetchJob::FetchJob(QNetworkReply *reply, const QUrl &url, const FetchOptions &options, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_url(url)
    , m_options(options)
{
    if (!reply)
        return;
    connect(reply, &QNetworkReply::metaDataChanged, this, &FetchJob::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &FetchJob::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &FetchJob::progress);
    connect(reply, &QNetworkReply::finished, this, [this] {
        if (m_done)
            return;
        onReadyRead();
        if (!m_pendingError.isEmpty())
            finish(m_pendingError);
        else if (m_reply && m_reply->error() != QNetworkReply::NoError)
            finish(describeNetworkError(m_reply, m_url));
        else
            finish({});
    });
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_pendingError = QStringLiteral("fetching %1 took longer than %2 s").arg(m_url.toDisplayString()).arg(m_options.totalTimeoutMs / 1000);
        finish(m_pendingError);
    });
    m_deadline->start(options.totalTimeoutMs);
}

FetchJob::~FetchJob()
{
    if (m_localGate) {
        QMutexLocker lock(&m_localGate->mutex);
        m_localGate->job = nullptr;
    }
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
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.byteCap) {
        m_pendingError = QStringLiteral("the document is %1 MB, over the %2 MB limit")
                             .arg(megabytes(length.toLongLong()), megabytes(m_options.byteCap));
        finish(m_pendingError);
    }
}

void FetchJob::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        m_reply->readAll(); // error bodies are not documents
        return;
    }
    m_bytes += m_reply->readAll();
    if (m_bytes.size() > m_options.byteCap) {
        m_pendingError = QStringLiteral("the document is larger than the %1 MB limit").arg(megabytes(m_options.byteCap));
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
}

FetchJob *DocumentFetcher::fetch(const QUrl &url, const FetchOptions &options)
{
    const QString problem = checkUrl(url, options);
    if (!problem.isEmpty()) {
        auto *job = new FetchJob(nullptr, url, options, this);
        QTimer::singleShot(0, job, [job, problem] { job->finish(problem); });
        return job;
    }
    if (url.isLocalFile()) {
        // Never on this thread: a named pipe or a slow share would freeze it.
        auto *job = new FetchJob(nullptr, url, options, this);
        job->m_localGate = std::make_shared<FetchJob::LocalGate>();
        job->m_localGate->job = job;
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
    QNetworkRequest request(url);
    request.setTransferTimeout(options.stallTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(3);
    return new FetchJob(m_manager->get(request), url, options, this);
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
