#pragma once
// Where documents may come from. Document URLs are written by strangers on a
// public web form, so a URL is only fetched when it lies under the configured
// document store: an https: origin (http: only when written so explicitly, for
// loopback test servers) with one of its path prefixes, or, for the embedded
// setup, a file under one of the allowed folders (after symlinks and `..` are
// resolved). The same check runs at import and before every fetch and every
// redirect (DocumentFetcher).
//
// Host names are a second way out: a name in an allowed origin may resolve to
// 127.0.0.1 or 169.254.169.254 (DNS rebinding). checkAddresses() refuses any
// loopback, link-local, private, unspecified, multicast or reserved address
// unless the origin was configured as internal; DocumentFetcher resolves the
// name once, checks every address, and connects to the address it checked
// (the request names the host only in its Host header and TLS peer name), so a
// second, different DNS answer can never be used.

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

namespace reissuedesk {

class SecretStore;

// What an administrator configures (Settings keys documentStore/*, or
// reissuedesk-admin options). Secrets are never here, only paths to them.
struct DocumentStoreConfig {
    QStringList origins;           // "https://docs.example.com/applications/": origin + path prefix
    QStringList internalOrigins;   // same form; may resolve to loopback/private/link-local addresses
    QStringList directories;       // file: documents must lie under one of these
    QString bearerTokenFile;       // first line is the token; must not be readable by group or others
    QString clientCertificateFile; // PEM, with clientKeyFile: TLS client authentication
    QString clientKeyFile;
    QString caFile; // extra trusted CA certificates (PEM), added to the system's
    // Without a token file: the token the Settings dialog stored (looked up
    // on the worker, per fetch). May be null.
    std::shared_ptr<const SecretStore> secrets = nullptr;
};

// The embedded setup's document folder: "documents" beside the SQLite file
// (where reissuedesk-admin seed-demo writes), allowed by default for it.
QString embeddedDocumentsFolder(const QString &sqliteFilePath);

class DocumentStore {
public:
    struct Origin {
        QString scheme;
        QString host; // lower case
        int port = -1;
        QStringList pathPrefixes; // each ends with '/'
        bool internal = false;
    };

    DocumentStore() = default; // allows nothing
    // Entries that cannot be understood are left out and described in `problems`.
    static DocumentStore fromConfig(const DocumentStoreConfig &config, QStringList *problems = nullptr);

    // Why `url` lies outside the store ("" when inside). No DNS here: at import
    // and before a fetch; literal IP addresses are checked by their class.
    QString checkUrl(const QUrl &url) const;
    // Why the resolved `addresses` of `url`'s host may not be used ("" if they may).
    QString checkAddresses(const QUrl &url, const QList<QHostAddress> &addresses) const;
    // Whether the store's credentials may go to `url` (its origin is configured).
    bool isConfiguredOrigin(const QUrl &url) const { return findOrigin(url) != nullptr; }

    const DocumentStoreConfig &config() const { return m_config; }
    const QList<Origin> &origins() const { return m_origins; }
    const QStringList &directories() const { return m_directories; }

    // "a loopback address" and the like; "" for a public unicast address.
    static QString specialAddressKind(const QHostAddress &address);
    // Same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl &a, const QUrl &b);

private:
    const Origin *findOrigin(const QUrl &url) const;
    QString checkFile(const QUrl &url) const;

    DocumentStoreConfig m_config;
    QList<Origin> m_origins;
    QStringList m_directories; // canonical where they exist, cleaned absolute paths otherwise
};

} // namespace reissuedesk
