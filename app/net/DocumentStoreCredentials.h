#pragma once
// The secrets a document store may ask for — a bearer token, a TLS client
// certificate and key — and the extra CA certificates that verify it. Settings
// hold only the paths; the files are read on a worker thread for each fetch
// that needs them (so a changed token takes effect without a restart), and a
// token or key file that other users can read is refused rather than used.

#include "net/DocumentStore.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>

namespace reissuedesk {

struct DocumentStoreCredentials {
    QByteArray bearerToken;
    QSslCertificate clientCertificate;
    QSslKey clientKey;
    QList<QSslCertificate> caCertificates;

    // Reads the CA file always, the token and client certificate only when
    // `withSecrets` (the request goes to a configured origin). Blocks on files:
    // call it off the GUI thread. On failure `*error` is a sentence.
    static DocumentStoreCredentials load(const DocumentStoreConfig &config, bool withSecrets, QString *error);

    // "the document store token file PATH can be read by other users …", or "".
    static QString ownerOnlyProblem(const QString &path, const QString &what);
};

} // namespace reissuedesk
