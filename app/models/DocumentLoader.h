#pragma once
// The one loading pipeline for documents shown on the desk: fetch (file: or
// http(s): through DocumentFetcher, size-capped, timed out, sha256 checked),
// inspect and decode off the UI thread (DocumentInspector, DocumentDecoder),
// keep decoded images in the in-memory ImageCache, and prefetch the next
// application's documents in the background. Nothing touches the disk.
//
// Work leaves the GUI thread through the JobRunner's Background lane: reading
// a file: document (LocalFileReader: regular files only, never a pipe that
// would hang) together with inspecting and decoding it, and decoding bytes
// fetched over http(s) (QNetworkAccessManager, asynchronous on this thread).
// Results come back as signals tagged with the request id; each request has its
// own JobSlot, so cancel() drops an answer that is already on its way.

#include "core/DomainTypes.h"
#include "imaging/DocumentInspector.h"
#include "imaging/ImageCache.h"
#include "models/JobRunner.h"
#include "net/DocumentFetcher.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <atomic>
#include <functional>
#include <list>
#include <memory>

namespace reissuedesk {

struct LoadedDocument {
    Document document;
    QImage image;   // null on failure (unless partial)
    QSize fullSize; // displayed orientation
    bool scaledDown = false;
    bool partial = false;     // damaged data: image shows what could be read; error says so
    bool shaMismatch = false; // "document changed since upload": shown anyway, with a warning
    int pageCount = 0;
    int page = 0;
    DocumentFacts facts;
    QString error; // empty on success
    bool fromCache = false;

    bool ok() const { return error.isEmpty(); }
};

class DatabaseUrl;
class Settings;

class DocumentLoader : public QObject {
    Q_OBJECT

public:
    // The desk's fetch options: the document store from `settings`, plus, for
    // an SQLite database, the "documents" folder beside its file (the demo's).
    // Problems in the settings are logged and the entry left out (nothing is
    // allowed by a broken entry).
    static FetchOptions fetchOptionsFor(const Settings &settings, const DatabaseUrl &database);

    // `runner` must outlive the loader (one runner per window).
    explicit DocumentLoader(JobRunner &runner, FetchOptions fetchOptions = {}, QObject *parent = nullptr);
    ~DocumentLoader() override;

    // Shown at `target` pixels (invalid: full resolution); PDFs at `page`.
    // Returns the request id that loaded()/progress() will carry.
    quint64 load(const Document &document, QSize target, int page = 0);
    // Warms the cache for `documents` at `target` without reporting (queued
    // behind visible loads, one at a time).
    void prefetch(const QList<Document> &documents, QSize target);
    void cancel(quint64 requestId);
    // Drops the prefetches not yet started and stops the one running (its PDF
    // worker too): the operator has moved on to another application.
    void cancelPrefetch();

    // The bytes of `document` for work other than showing it (the desk's OCR
    // pre-check): those kept from showing it, or those of a load in flight once
    // it lands, else fetched the same way (confined to the store, sha256
    // checked). So a document is not downloaded twice. `done(bytes, error)`
    // runs later on this thread, never after `context` is gone.
    using BytesCallback = std::function<void(const QByteArray &bytes, const QString &error)>;
    void fetchBytes(const Document &document, QObject *context, BytesCallback done);

    ImageCache &cache() { return m_cache; }
    JobRunner &jobRunner() const { return *m_runner; }
    // Fetched bytes kept in memory for re-decoding at another size (bounded).
    void setBytesCacheCapacity(qint64 bytes) { m_bytesCapacity = bytes; }

Q_SIGNALS:
    void progress(quint64 requestId, qint64 received, qint64 total);
    void loaded(quint64 requestId, const reissuedesk::LoadedDocument &result);

private:
    struct Request {
        quint64 id = 0;
        Document document;
        QSize target;
        int page = 0;
        bool prefetch = false;
    };
    void start(const Request &request);
    void readAndDecode(const Request &request);
    void decode(const Request &request, const QByteArray &bytes, bool shaMismatch);
    template <typename Output> void absorbDecoded(const Request &request, const Output &output, LoadedDocument &result);
    void finish(const Request &request, const LoadedDocument &result);
    JobSlot &slotFor(quint64 requestId);
    struct BytesWaiter {
        QPointer<QObject> context;
        BytesCallback done;
    };
    void loadEnded(quint64 requestId);
    void answerWaiters(const Document &document);
    void fetchBytesNow(const Document &document);
    void startNextPrefetch();
    QByteArray cachedBytes(const QString &sha256);
    void keepBytes(const QString &sha256, const QByteArray &bytes);

    JobRunner *m_runner = nullptr;
    DocumentFetcher m_fetcher;
    FetchOptions m_fetchOptions;
    ImageCache m_cache;
    quint64 m_nextId = 1;
    QSet<quint64> m_cancelled;
    QHash<quint64, JobSlot> m_slots; // one per request with a job in flight
    // Per request with a job in flight: set by cancel() (and on destruction) so
    // that a PDF worker still running for it is stopped (DecodeRequest::stop).
    QHash<quint64, std::shared_ptr<std::atomic<bool>>> m_stops;
    std::shared_ptr<const std::atomic<bool>> stopFlagFor(quint64 requestId);
    void stop(quint64 requestId);
    QHash<quint64, FetchJob *> m_fetches;
    QList<Request> m_prefetchQueue;
    quint64 m_runningPrefetch = 0; // request id of the prefetch in flight; 0: none
    // sha256 -> bytes, most recent last; and the facts found on first decode.
    std::list<std::pair<QString, QByteArray>> m_bytes;
    qint64 m_bytesUsed = 0;
    qint64 m_bytesCapacity = 96LL * 1024 * 1024;
    QHash<QString, DocumentFacts> m_facts;
    QHash<quint64, QString> m_loadingSha; // request id -> sha256 of loads in flight
    QHash<QString, QList<BytesWaiter>> m_bytesWaiters;
    QHash<QString, Document> m_waitedDocuments;
    QSet<QString> m_fetchingBytes; // sha256 fetched by fetchBytesNow() right now
    JobSlot m_bytesSlot;           // never cancelled: each fetchBytes() answer is wanted
};

} // namespace reissuedesk

Q_DECLARE_METATYPE(reissuedesk::LoadedDocument)
