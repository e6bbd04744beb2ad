#pragma once
// Fetches document bytes: http(s): URLs through one QNetworkAccessManager,
// file: URLs on a worker thread (LocalFileReader: regular files only), with a byte cap, a stall timeout and an overall
// deadline, progress, and the sha256 compared with the one recorded at upload.
// Bytes stay in memory: no disk cache, no temporary files (ID scans must not
// leak from the desk). One fetcher per thread (QNetworkAccessManager's rule).
//
// With a DocumentStore in the options every hop is confined: the URL is
// checked, its host resolved on a worker and every address checked, and the
// request goes to the checked address (Host header and TLS peer name keep the
// name), so DNS cannot answer differently the second time. Redirects are not
// followed by Qt: each target is checked the same way, and the store's
// credentials go only to the configured origin first asked for, never to a
// redirect target on another origin. Certificates are always verified (never
// ignoreSslErrors); the store's CA file adds trusted CAs. No proxy, no cookies.

#include "net/DocumentStore.h"

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace reissuedesk {

struct FetchOptions {
    qint64 byteCap = 25LL * 1024 * 1024;
    int stallTimeoutMs = 15'000; // no byte for this long: give up
    int totalTimeoutMs = 60'000; // whole transfer
    QString expectedSha256;      // empty: not checked
    int maxRedirects = 3;
    // Where documents may come from, with its credentials. Null: no confinement
    // (tests and tools whose caller chose the URL); the desk and the CLI always set one.
    std::shared_ptr<const DocumentStore> store;
};

struct FetchResult {
    QUrl url;
    QByteArray bytes;
    QString sha256;           // of the bytes received
    bool shaMismatch = false; // expected given and different: "document changed since upload"
    int httpStatus = 0;       // 0 for file: URLs
    QString error;            // empty on success; a sentence naming what went wrong

    bool ok() const { return error.isEmpty(); }
};

class FetchJob : public QObject {
    Q_OBJECT

public:
    ~FetchJob() override;
    void abort();
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void finished(const reissuedesk::FetchResult &result);

public:
    struct PreparedHop; // a checked address and the credentials for one request (DocumentFetcher.cpp)

private:
    friend class DocumentFetcher;
    FetchJob(QNetworkAccessManager *manager, const QUrl &url, const FetchOptions &options, QObject *parent);
    void startHop(const QUrl &target, bool withCredentials); // resolve and check on a worker, then send
    void sendRequest(const PreparedHop &hop);
    void onReadyRead();
    void onMetaDataChanged();
    void onReplyFinished();
    void finish(const QString &error);
    void finishWith(FetchResult result); // a file: read done on a worker

    // Lets the worker reading a file: URL find this job, or learn it is gone.
    struct LocalGate {
        QMutex mutex;
        FetchJob *job = nullptr;
    };
    std::shared_ptr<LocalGate> m_localGate;

    QNetworkAccessManager *m_manager = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;     // asked for
    QUrl m_current; // this hop (a redirect target), by name
    bool m_credentialsFirstHop = false;
    int m_redirects = 0;
    FetchOptions m_options;
    QByteArray m_bytes;
    QTimer *m_deadline = nullptr;
    QString m_pendingError;
    bool m_done = false;
};

class DocumentFetcher : public QObject {
    Q_OBJECT

public:
    explicit DocumentFetcher(QObject *parent = nullptr);

    // The job deletes itself after emitting finished(). Bad URLs finish at once
    // (from the event loop) with an error.
    FetchJob *fetch(const QUrl &url, const FetchOptions &options);

    // Why `url` may not be fetched under `options` (scheme, document store); "" if it may.
    static QString checkUrl(const QUrl &url, const FetchOptions &options);

    // Runs a fetch to completion: file: URLs are read on the calling thread
    // (LocalFileReader), http(s) with a local event loop. For the CLI and tests.
    FetchResult fetchAndWait(const QUrl &url, const FetchOptions &options);

private:
    QNetworkAccessManager *m_manager;
};

} // namespace reissuedesk

Q_DECLARE_METATYPE(reissuedesk::FetchResult)
