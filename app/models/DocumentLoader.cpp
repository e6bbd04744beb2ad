#include "models/DocumentLoader.h"

#include "imaging/DocumentDecoder.h"
#include "models/Settings.h"
#include "storage/DatabaseUrl.h"

#include "net/LocalFileReader.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace reissuedesk {
namespace {

// What a Background job hands back: the bytes it read (file: documents, for
// the bytes cache), what they are, and the picture.
struct DecodeOutput {
    QByteArray bytes;
    bool shaMismatch = false;
    QString readError; // the file could not be read; nothing decoded
    DecodeResult decoded;
    DocumentFacts facts;
};

DecodeOutput inspectAndDecode(DecodeRequest request, const QString &declaredType, bool shaMismatch)
{
    DecodeOutput output;
    output.shaMismatch = shaMismatch;
    // Decoded first: a PDF's page answer brings its facts (PdfSandbox), so
    // inspecting it after costs no second worker.
    output.decoded = DocumentDecoder::decode(request);
    output.facts = DocumentInspector::inspect(request.bytes, declaredType, request.stop);
    return output;
}

} // namespace

FetchOptions DocumentLoader::fetchOptionsFor(const Settings &settings, const DatabaseUrl &database)
{
    DocumentStoreConfig config;
    config.origins = settings.get(Settings::Key::DocumentStoreOrigins).toStringList();
    config.internalOrigins = settings.get(Settings::Key::DocumentStoreInternalOrigins).toStringList();
    config.directories = settings.get(Settings::Key::DocumentStoreDirectories).toStringList();
    if (database.isSqlite())
        config.directories.append(embeddedDocumentsFolder(database.filePath()));
    config.bearerTokenFile = settings.get(Settings::Key::DocumentStoreTokenFile).toString();
    config.secrets = settings.secretStore();
    config.clientCertificateFile = settings.get(Settings::Key::DocumentStoreClientCertificate).toString();
    config.clientKeyFile = settings.get(Settings::Key::DocumentStoreClientKey).toString();
    config.caFile = settings.get(Settings::Key::DocumentStoreCaFile).toString();
    QStringList problems;
    FetchOptions options;
    options.store = std::make_shared<const DocumentStore>(DocumentStore::fromConfig(config, &problems));
    for (const QString &problem : std::as_const(problems))
        qWarning("%s", qPrintable(problem));
    return options;
}

DocumentLoader::DocumentLoader(JobRunner &runner, FetchOptions fetchOptions, QObject *parent)
    : QObject(parent)
    , m_runner(&runner)
    , m_fetchOptions(std::move(fetchOptions))
{
    qRegisterMetaType<LoadedDocument>();
}

DocumentLoader::~DocumentLoader()
{
    for (FetchJob *job : std::as_const(m_fetches))
        job->abort();
    for (JobSlot &slot : m_slots)
        slot.cancel();
    for (const auto &flag : std::as_const(m_stops))
        flag->store(true);
}

std::shared_ptr<const std::atomic<bool>> DocumentLoader::stopFlagFor(quint64 requestId)
{
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_stops.insert(requestId, flag);
    return flag;
}

void DocumentLoader::stop(quint64 requestId)
{
    if (const auto flag = m_stops.take(requestId))
        flag->store(true);
}

quint64 DocumentLoader::load(const Document &document, QSize target, int page)
{
    const Request request{m_nextId++, document, target, page, false};
    start(request);
    return request.id;
}

void DocumentLoader::prefetch(const QList<Document> &documents, QSize target)
{
    for (const Document &document : documents) {
        if (m_cache.contains(ImageCache::keyFor(document.sha256, target)))
            continue;
        m_prefetchQueue.append({m_nextId++, document, target, 0, true});
    }
    startNextPrefetch();
}

void DocumentLoader::startNextPrefetch()
{
    if (m_runningPrefetch != 0 || m_prefetchQueue.isEmpty())
        return;
    const Request next = m_prefetchQueue.takeFirst();
    m_runningPrefetch = next.id;
    start(next);
}

void DocumentLoader::cancel(quint64 requestId)
{
    loadEnded(requestId);
    stop(requestId);
    // A job on its way: its answer is dropped by its slot.
    if (auto slot = m_slots.find(requestId); slot != m_slots.end()) {
        slot->cancel();
        m_slots.erase(slot);
        return;
    }
    m_cancelled.insert(requestId);
    if (FetchJob *job = m_fetches.take(requestId))
        job->abort();
}

void DocumentLoader::cancelPrefetch()
{
    m_prefetchQueue.clear();
    // Its answer, if one still comes, is dropped: finish() only starts the
    // next prefetch for the one it is waiting for.
    if (const quint64 running = std::exchange(m_runningPrefetch, 0))
        cancel(running);
}

JobSlot &DocumentLoader::slotFor(quint64 requestId)
{
    return m_slots[requestId];
}

void DocumentLoader::start(const Request &request)
{
    // Already decoded at this size: answer from memory, on the next turn of the
    // event loop so that callers always get their id first.
    const ImageCacheKey key = ImageCache::keyFor(request.document.sha256, request.target, request.page);
    const QImage cached = m_cache.find(key);
    if (!cached.isNull() && m_facts.contains(request.document.sha256)) {
        LoadedDocument result;
        result.document = request.document;
        result.image = cached;
        result.facts = m_facts.value(request.document.sha256);
        result.fullSize = result.facts.pixelSize.isValid() ? result.facts.pixelSize : cached.size();
        result.scaledDown = result.fullSize.width() > cached.width();
        result.pageCount = std::max(1, result.facts.pageCount);
        result.page = request.page;
        result.fromCache = true;
        QTimer::singleShot(0, this, [this, request, result] { finish(request, result); });
        return;
    }
    const QByteArray bytes = cachedBytes(request.document.sha256);
    if (!bytes.isEmpty()) {
        decode(request, bytes, false);
        return;
    }
    m_loadingSha.insert(request.id, request.document.sha256);
    const QUrl url(request.document.url);
    if (url.isValid() && url.isLocalFile()) {
        readAndDecode(request);
        return;
    }
    FetchOptions options = m_fetchOptions;
    options.expectedSha256 = request.document.sha256;
    FetchJob *job = m_fetcher.fetch(url, options);
    m_fetches.insert(request.id, job);
    if (!request.prefetch)
        connect(job, &FetchJob::progress, this,
                [this, id = request.id](qint64 received, qint64 total) { Q_EMIT progress(id, received, total); });
    connect(job, &FetchJob::finished, this, [this, request](const FetchResult &fetched) {
        m_fetches.remove(request.id);
        if (m_cancelled.contains(request.id)) {
            finish(request, {});
            return;
        }
        if (!fetched.ok()) {
            LoadedDocument failed;
            failed.document = request.document;
            failed.error = fetched.error;
            finish(request, failed);
            return;
        }
        // A changed file keeps no cache entries under the recorded hash.
        if (!fetched.shaMismatch)
            keepBytes(request.document.sha256, fetched.bytes);
        decode(request, fetched.bytes, fetched.shaMismatch);
    });
}

namespace {

DecodeRequest decodeRequestFor(QSize target, int page)
{
    DecodeRequest decodeRequest;
    decodeRequest.targetSize = ImageCache::bucketFor(target);
    decodeRequest.pdfPage = page;
    decodeRequest.scaling = DecodeRequest::Scaling::Fast;
    return decodeRequest;
}

} // namespace

void DocumentLoader::readAndDecode(const Request &request)
{
    FetchOptions options = m_fetchOptions;
    options.expectedSha256 = request.document.sha256;
    const QUrl url(request.document.url);
    const QString declared = request.document.mediaType;
    DecodeRequest decodeRequest = decodeRequestFor(request.target, request.page);
    decodeRequest.stop = stopFlagFor(request.id);
    m_runner->run(
        JobRunner::Lane::Background, slotFor(request.id), this,
        [url, options, declared, decodeRequest]() mutable {
            FetchResult read = LocalFileReader::read(url, options);
            if (!read.ok()) {
                DecodeOutput failed;
                failed.readError = read.error;
                return failed;
            }
            decodeRequest.bytes = read.bytes;
            DecodeOutput output = inspectAndDecode(decodeRequest, declared, read.shaMismatch);
            output.bytes = std::move(read.bytes);
            return output;
        },
        [this, request](DecodeOutput output) {
            m_slots.remove(request.id);
            m_stops.remove(request.id);
            LoadedDocument result;
            result.document = request.document;
            if (!output.readError.isEmpty()) {
                result.error = output.readError;
                finish(request, result);
                return;
            }
            if (!output.shaMismatch)
                keepBytes(request.document.sha256, output.bytes);
            absorbDecoded(request, output, result);
        },
        [this, request](const JobError &error) {
            m_slots.remove(request.id);
            m_stops.remove(request.id);
            LoadedDocument failed;
            failed.document = request.document;
            failed.error = error.message;
            finish(request, failed);
        });
}

void DocumentLoader::decode(const Request &request, const QByteArray &bytes, bool shaMismatch)
{
    const QString declared = request.document.mediaType;
    DecodeRequest decodeRequest = decodeRequestFor(request.target, request.page);
    decodeRequest.bytes = bytes;
    decodeRequest.stop = stopFlagFor(request.id);
    m_runner->run(
        JobRunner::Lane::Background, slotFor(request.id), this,
        [decodeRequest, declared, shaMismatch] { return inspectAndDecode(decodeRequest, declared, shaMismatch); },
        [this, request](DecodeOutput output) {
            m_slots.remove(request.id);
            m_stops.remove(request.id);
            LoadedDocument result;
            result.document = request.document;
            absorbDecoded(request, output, result);
        },
        [this, request](const JobError &error) {
            m_slots.remove(request.id);
            m_stops.remove(request.id);
            LoadedDocument failed;
            failed.document = request.document;
            failed.error = error.message;
            finish(request, failed);
        });
}

template <typename Output>
void DocumentLoader::absorbDecoded(const Request &request, const Output &output, LoadedDocument &result)
{
    result.image = output.decoded.image;
    result.fullSize = output.decoded.fullSize;
    result.scaledDown = output.decoded.scaledDown;
    result.partial = output.decoded.partial;
    result.pageCount = output.decoded.pageCount;
    result.page = request.page;
    result.error = output.decoded.error;
    result.facts = output.facts;
    result.shaMismatch = output.shaMismatch;
    if (output.shaMismatch)
        result.facts.warnings.prepend(
            QCoreApplication::translate("DocumentLoader",
                                        "document changed since upload: its sha256 is %1, the upload recorded %2")
                .arg(output.facts.sha256.left(16), request.document.sha256.left(16)));
    if (!output.shaMismatch && result.ok() && !result.image.isNull()) {
        m_cache.insert(ImageCache::keyFor(request.document.sha256, request.target, request.page), result.image);
        m_facts.insert(request.document.sha256, output.facts);
    }
    finish(request, result);
}

void DocumentLoader::finish(const Request &request, const LoadedDocument &result)
{
    loadEnded(request.id);
    const bool cancelled = m_cancelled.remove(request.id);
    if (request.prefetch) {
        if (request.id == m_runningPrefetch) {
            m_runningPrefetch = 0;
            startNextPrefetch();
        }
        return;
    }
    if (!cancelled)
        Q_EMIT loaded(request.id, result);
}

void DocumentLoader::fetchBytes(const Document &document, QObject *context, BytesCallback done)
{
    const QString sha = document.sha256;
    m_bytesWaiters[sha].append({QPointer<QObject>(context), std::move(done)});
    m_waitedDocuments.insert(sha, document);
    // Later, always: callers get on with their own work first.
    QTimer::singleShot(0, this, [this, document] {
        const bool loading = std::any_of(m_loadingSha.cbegin(), m_loadingSha.cend(),
                                         [&document](const QString &inFlight) { return inFlight == document.sha256; });
        if (!loading)
            answerWaiters(document);
    });
}

void DocumentLoader::loadEnded(quint64 requestId)
{
    const auto it = m_loadingSha.find(requestId);
    if (it == m_loadingSha.end())
        return;
    const QString sha = *it;
    m_loadingSha.erase(it);
    if (!m_bytesWaiters.contains(sha) ||
        std::find(m_loadingSha.cbegin(), m_loadingSha.cend(), sha) != m_loadingSha.cend())
        return;
    // After this turn of the event loop: the load's own answer keeps its bytes first.
    QTimer::singleShot(0, this, [this, sha] {
        if (m_waitedDocuments.contains(sha))
            answerWaiters(m_waitedDocuments.value(sha));
    });
}

void DocumentLoader::answerWaiters(const Document &document)
{
    const QString sha = document.sha256;
    if (!m_bytesWaiters.contains(sha))
        return;
    const QByteArray bytes = cachedBytes(sha);
    if (bytes.isEmpty()) {
        fetchBytesNow(document);
        return;
    }
    const QList<BytesWaiter> waiters = m_bytesWaiters.take(sha);
    m_waitedDocuments.remove(sha);
    for (const BytesWaiter &waiter : waiters) {
        if (waiter.context)
            waiter.done(bytes, QString());
    }
}

void DocumentLoader::fetchBytesNow(const Document &document)
{
    const QString sha = document.sha256;
    if (m_fetchingBytes.contains(sha))
        return; // a fetch of our own is on its way
    m_fetchingBytes.insert(sha);
    const auto deliver = [this, sha](const QByteArray &bytes, const QString &error, bool keep) {
        m_fetchingBytes.remove(sha);
        if (keep)
            keepBytes(sha, bytes);
        const QList<BytesWaiter> waiters = m_bytesWaiters.take(sha);
        m_waitedDocuments.remove(sha);
        for (const BytesWaiter &waiter : waiters) {
            if (waiter.context)
                waiter.done(error.isEmpty() ? bytes : QByteArray(), error);
        }
    };
    FetchOptions options = m_fetchOptions;
    options.expectedSha256 = sha;
    const QUrl url(document.url);
    if (url.isValid() && url.isLocalFile()) {
        m_runner->run(
            JobRunner::Lane::Background, m_bytesSlot, this,
            [url, options] { return LocalFileReader::read(url, options); },
            [deliver](const FetchResult &read) {
                deliver(read.bytes,
                        read.ok() && read.shaMismatch ? tr("the document changed since upload") : read.error,
                        read.ok() && !read.shaMismatch);
            },
            [deliver](const JobError &error) { deliver({}, error.message, false); });
        return;
    }
    FetchJob *job = m_fetcher.fetch(url, options);
    connect(job, &FetchJob::finished, this, [deliver](const FetchResult &fetched) {
        deliver(fetched.bytes,
                fetched.ok() && fetched.shaMismatch ? tr("the document changed since upload") : fetched.error,
                fetched.ok() && !fetched.shaMismatch);
    });
}

QByteArray DocumentLoader::cachedBytes(const QString &sha256)
{
    for (auto it = m_bytes.begin(); it != m_bytes.end(); ++it) {
        if (it->first == sha256) {
            m_bytes.splice(m_bytes.end(), m_bytes, it); // most recently used
            return m_bytes.back().second;
        }
    }
    return {};
}

void DocumentLoader::keepBytes(const QString &sha256, const QByteArray &bytes)
{
    if (bytes.size() > m_bytesCapacity || !cachedBytes(sha256).isEmpty())
        return;
    m_bytes.emplace_back(sha256, bytes);
    m_bytesUsed += bytes.size();
    while (m_bytesUsed > m_bytesCapacity && !m_bytes.empty()) {
        m_bytesUsed -= m_bytes.front().second.size();
        m_bytes.pop_front();
    }
}

} // namespace reissuedesk
