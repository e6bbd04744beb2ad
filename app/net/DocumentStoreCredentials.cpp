#include "net/DocumentStoreCredentials.h"

#include "core/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace reissuedesk {
namespace {

bool readFile(const QString &path, const QString &what, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("DocumentStoreCredentials", "the document store %1 %2 cannot be read: %3")
                     .arg(what, path, file.errorString());
        return false;
    }
    *bytes = file.read(1024 * 1024);
    return true;
}

} // namespace

QString DocumentStoreCredentials::ownerOnlyProblem(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (info.exists() && (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        return QCoreApplication::translate(
                   "DocumentStoreCredentials",
                   "the document store %1 %2 can be read by other users: make it readable by its owner "
                   "only (chmod 600)")
            .arg(what, path);
    return {};
}

DocumentStoreCredentials DocumentStoreCredentials::load(const DocumentStoreConfig &config, bool withSecrets,
                                                        QString *error)
{
    DocumentStoreCredentials credentials;
    error->clear();
    QByteArray bytes;
    if (!config.caFile.isEmpty()) {
        if (!readFile(config.caFile, QCoreApplication::translate("DocumentStoreCredentials", "CA file"), &bytes, error))
            return DocumentStoreCredentials();
        credentials.caCertificates = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (credentials.caCertificates.isEmpty()) {
            *error = QCoreApplication::translate("DocumentStoreCredentials",
                                                 "the document store CA file %1 holds no PEM certificate")
                         .arg(config.caFile);
            return DocumentStoreCredentials();
        }
    }
    if (!withSecrets)
        return credentials;
    if (config.bearerTokenFile.isEmpty() && config.secrets) {
        const SecretStore::Lookup found = config.secrets->lookup(SecretId::documentStoreToken());
        if (!found.ok()) {
            *error = found.error;
            return DocumentStoreCredentials();
        }
        credentials.bearerToken = found.secret.value_or(QString()).toUtf8().trimmed();
        if (!std::all_of(credentials.bearerToken.cbegin(), credentials.bearerToken.cend(),
                         [](char c) { return c > ' ' && c < 0x7f; })) {
            *error = QCoreApplication::translate(
                "DocumentStoreCredentials", "the stored document store token holds characters a token cannot have");
            return DocumentStoreCredentials();
        }
    } else if (!config.bearerTokenFile.isEmpty()) {
        const QString what = QCoreApplication::translate("DocumentStoreCredentials", "token file");
        if (*error = ownerOnlyProblem(config.bearerTokenFile, what); !error->isEmpty())
            return DocumentStoreCredentials();
        if (!readFile(config.bearerTokenFile, what, &bytes, error))
            return DocumentStoreCredentials();
        credentials.bearerToken = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n')).trimmed();
        // A header value may not hold line breaks or controls: a broken file must not inject headers.
        const bool clean = !credentials.bearerToken.isEmpty() &&
                           std::all_of(credentials.bearerToken.cbegin(), credentials.bearerToken.cend(),
                                       [](char c) { return c > ' ' && c < 0x7f; });
        if (!clean) {
            *error = QCoreApplication::translate("DocumentStoreCredentials",
                                                 "the document store token file %1 does not start with a token")
                         .arg(config.bearerTokenFile);
            return DocumentStoreCredentials();
        }
    }
    if (!config.clientCertificateFile.isEmpty() || !config.clientKeyFile.isEmpty()) {
        if (config.clientCertificateFile.isEmpty() || config.clientKeyFile.isEmpty()) {
            *error = QCoreApplication::translate("DocumentStoreCredentials",
                                                 "the document store needs both a client certificate and its key");
            return DocumentStoreCredentials();
        }
        if (!readFile(config.clientCertificateFile,
                      QCoreApplication::translate("DocumentStoreCredentials", "client certificate"), &bytes, error))
            return DocumentStoreCredentials();
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (certificates.isEmpty()) {
            *error = QCoreApplication::translate("DocumentStoreCredentials",
                                                 "the document store client certificate %1 is not a PEM certificate")
                         .arg(config.clientCertificateFile);
            return DocumentStoreCredentials();
        }
        credentials.clientCertificate = certificates.first();
        const QString what = QCoreApplication::translate("DocumentStoreCredentials", "client key");
        if (*error = ownerOnlyProblem(config.clientKeyFile, what); !error->isEmpty())
            return DocumentStoreCredentials();
        if (!readFile(config.clientKeyFile, what, &bytes, error))
            return DocumentStoreCredentials();
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            credentials.clientKey = QSslKey(bytes, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!credentials.clientKey.isNull())
                break;
        }
        if (credentials.clientKey.isNull()) {
            *error =
                QCoreApplication::translate("DocumentStoreCredentials",
                                            "the document store client key %1 is not an unencrypted PEM private key")
                    .arg(config.clientKeyFile);
            return DocumentStoreCredentials();
        }
    }
    return credentials;
}

} // namespace reissuedesk
