#include "net/DocumentStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace reissuedesk {
namespace {

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

int portOf(const QUrl &url)
{
    return url.port(defaultPort(url.scheme().toLower()));
}

QString withSlash(QString path)
{
    return path.endsWith(QLatin1Char('/')) ? path : path + QLatin1Char('/');
}

bool inSubnet(const QHostAddress &address, const char *subnet)
{
    return address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}

// A path a server could read as leaving its prefix: dot segments, encoded
// slashes or backslashes.
bool hasTraversal(const QUrl &url)
{
    const QString encoded = url.path(QUrl::FullyEncoded).toLower();
    if (encoded.contains(QLatin1String("%2f")) || encoded.contains(QLatin1String("%5c")) ||
        encoded.contains(QLatin1Char('\\')))
        return true;
    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            return true;
    }
    return false;
}

} // namespace

QString embeddedDocumentsFolder(const QString &sqliteFilePath)
{
    return QFileInfo(sqliteFilePath).absolutePath() + QStringLiteral("/documents");
}

DocumentStore DocumentStore::fromConfig(const DocumentStoreConfig &config, QStringList *problems)
{
    DocumentStore store;
    store.m_config = config;
    auto problem = [problems](const QString &text) {
        if (problems)
            problems->append(text);
    };
    auto addOrigins = [&](const QStringList &entries, bool internal) {
        for (const QString &entry : entries) {
            const QUrl url(entry.trimmed(), QUrl::StrictMode);
            const QString scheme = url.scheme().toLower();
            if (!url.isValid() || url.host().isEmpty() ||
                (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
                problem(
                    QCoreApplication::translate(
                        "DocumentStore", "document store origin \"%1\" is not an https:// (or http://) URL with a host")
                        .arg(entry));
                continue;
            }
            if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment() || hasTraversal(url)) {
                problem(QCoreApplication::translate(
                            "DocumentStore", "document store origin \"%1\" may only have a host, a port and a path")
                            .arg(entry));
                continue;
            }
            const QString prefix =
                withSlash(url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded));
            const QString host = url.host().toLower();
            const int port = portOf(url);
            auto same = std::find_if(store.m_origins.begin(), store.m_origins.end(), [&](const Origin &o) {
                return o.scheme == scheme && o.host == host && o.port == port && o.internal == internal;
            });
            if (same != store.m_origins.end())
                same->pathPrefixes.append(prefix);
            else
                store.m_origins.append({scheme, host, port, {prefix}, internal});
        }
    };
    addOrigins(config.origins, false);
    addOrigins(config.internalOrigins, true);
    for (const QString &directory : config.directories) {
        if (directory.trimmed().isEmpty() || !QDir::isAbsolutePath(directory)) {
            problem(QCoreApplication::translate("DocumentStore", "document store folder \"%1\" is not an absolute path")
                        .arg(directory));
            continue;
        }
        const QString canonical = QFileInfo(directory).canonicalFilePath();
        store.m_directories.append(canonical.isEmpty() ? QDir::cleanPath(directory) : canonical);
    }
    return store;
}

bool DocumentStore::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

const DocumentStore::Origin *DocumentStore::findOrigin(const QUrl &url) const
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    const int port = portOf(url);
    for (const Origin &origin : m_origins) {
        if (origin.scheme == scheme && origin.host == host && origin.port == port)
            return &origin;
    }
    return nullptr;
}

QString DocumentStore::checkUrl(const QUrl &url) const
{
    if (!url.isValid())
        return QCoreApplication::translate("DocumentStore", "the document URL is not valid: %1").arg(url.errorString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("file"))
        return checkFile(url);
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QCoreApplication::translate("DocumentStore",
                                           "documents can only be fetched from file:, http: or https: URLs, not %1:")
            .arg(scheme);
    const QString shown = url.toDisplayString();
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("DocumentStore", "the document URL %1 may not carry a user name or password")
            .arg(shown);
    // Every origin configured with this host, port and scheme (public or internal).
    QStringList prefixes;
    bool found = false;
    const QString host = url.host().toLower();
    const int port = portOf(url);
    for (const Origin &origin : m_origins) {
        if (origin.scheme == scheme && origin.host == host && origin.port == port) {
            found = true;
            prefixes += origin.pathPrefixes;
        }
    }
    if (!found)
        return QCoreApplication::translate(
                   "DocumentStore",
                   "the document URL %1 is outside the document store (%2://%3:%4 is not one of its origins)")
            .arg(shown, scheme, host)
            .arg(port);
    if (hasTraversal(url))
        return QCoreApplication::translate(
                   "DocumentStore", "the document URL %1 has \".\" or \"..\" segments or encoded slashes in its path")
            .arg(shown);
    const QString path = url.path(QUrl::FullyEncoded).isEmpty() ? QStringLiteral("/") : url.path(QUrl::FullyEncoded);
    const bool underPrefix = std::any_of(prefixes.cbegin(), prefixes.cend(),
                                         [&path](const QString &prefix) { return path.startsWith(prefix); });
    if (!underPrefix)
        return QCoreApplication::translate(
                   "DocumentStore", "the document URL %1 is outside the document store (its path is not under %2)")
            .arg(shown, prefixes.join(QStringLiteral(", ")));
    // A literal address is checked now; a name once it is resolved.
    QHostAddress literal;
    if (literal.setAddress(url.host()))
        return checkAddresses(url, {literal});
    return {};
}

QString DocumentStore::checkAddresses(const QUrl &url, const QList<QHostAddress> &addresses) const
{
    bool internal = false;
    for (const Origin &origin : m_origins) {
        if (origin.internal && origin.scheme == url.scheme().toLower() && origin.host == url.host().toLower() &&
            origin.port == portOf(url))
            internal = true;
    }
    if (addresses.isEmpty())
        return QCoreApplication::translate("DocumentStore", "the host %1 was not found").arg(url.host());
    if (internal)
        return {};
    for (const QHostAddress &address : addresses) {
        const QString kind = specialAddressKind(address);
        if (!kind.isEmpty())
            return QCoreApplication::translate(
                       "DocumentStore", "the document host %1 is %2 (%3), which the document store does not allow "
                                        "(only origins configured as internal may be)")
                .arg(url.host(), kind, address.toString());
    }
    return {};
}

QString DocumentStore::specialAddressKind(const QHostAddress &given)
{
    QHostAddress address = given;
    bool mapped = false;
    const quint32 v4 = given.toIPv4Address(&mapped); // also unwraps ::ffff:a.b.c.d
    if (mapped)
        address = QHostAddress(v4);
    if (address.isNull())
        return QCoreApplication::translate("DocumentStore", "not an address");
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        if (inSubnet(address, "0.0.0.0/8"))
            return QCoreApplication::translate("DocumentStore", "an unspecified address");
        if (inSubnet(address, "127.0.0.0/8"))
            return QCoreApplication::translate("DocumentStore", "a loopback address");
        if (inSubnet(address, "169.254.0.0/16"))
            return QCoreApplication::translate("DocumentStore", "a link-local address");
        if (inSubnet(address, "10.0.0.0/8") || inSubnet(address, "172.16.0.0/12") ||
            inSubnet(address, "192.168.0.0/16") || inSubnet(address, "100.64.0.0/10"))
            return QCoreApplication::translate("DocumentStore", "a private address");
        if (inSubnet(address, "224.0.0.0/4"))
            return QCoreApplication::translate("DocumentStore", "a multicast address");
        if (inSubnet(address, "240.0.0.0/4") || inSubnet(address, "192.0.0.0/24") || inSubnet(address, "198.18.0.0/15"))
            return QCoreApplication::translate("DocumentStore", "a reserved address");
        return {};
    }
    if (address == QHostAddress(QHostAddress::AnyIPv6))
        return QCoreApplication::translate("DocumentStore", "an unspecified address");
    if (address.isLoopback())
        return QCoreApplication::translate("DocumentStore", "a loopback address");
    if (inSubnet(address, "fe80::/10"))
        return QCoreApplication::translate("DocumentStore", "a link-local address");
    if (inSubnet(address, "fc00::/7") || inSubnet(address, "fec0::/10"))
        return QCoreApplication::translate("DocumentStore", "a private address");
    if (inSubnet(address, "ff00::/8"))
        return QCoreApplication::translate("DocumentStore", "a multicast address");
    // NAT64 and 6to4 embed IPv4 addresses that may be internal: refused as reserved.
    if (inSubnet(address, "64:ff9b::/96") || inSubnet(address, "2002::/16") || inSubnet(address, "::/96"))
        return QCoreApplication::translate("DocumentStore", "a reserved address");
    return {};
}

QString DocumentStore::checkFile(const QUrl &url) const
{
    const QString given = url.toLocalFile();
    if (!url.host().isEmpty() && url.host() != QLatin1String("localhost"))
        return QCoreApplication::translate("DocumentStore", "the document URL %1 names another computer (%2)")
            .arg(url.toDisplayString(), url.host());
    if (given.isEmpty() || !QDir::isAbsolutePath(given))
        return QCoreApplication::translate("DocumentStore", "the document URL %1 has no absolute file path")
            .arg(url.toDisplayString());
    // Symlinks and `..` resolved; a file that does not exist yet (import) is
    // judged by its cleaned path, and judged again, resolved, when it is read.
    const QString canonical = QFileInfo(given).canonicalFilePath();
    const QString path = canonical.isEmpty() ? QDir::cleanPath(given) : canonical;
    const bool inside = std::any_of(m_directories.cbegin(), m_directories.cend(), [&path](const QString &directory) {
        return path.startsWith(withSlash(directory));
    });
    if (!inside)
        return QCoreApplication::translate("DocumentStore",
                                           "the document file %1 is outside the document store's folders")
            .arg(given);
    return {};
}

} // namespace reissuedesk
