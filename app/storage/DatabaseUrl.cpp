#include "storage/DatabaseUrl.h"

#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace reissuedesk {
namespace {

// libpq keywords we pass through from the URI query string. Anything else is an
// error, so that a typo does not silently connect without TLS.
const QStringList passThroughKeywords{
    QStringLiteral("sslmode"),
    QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),
    QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"),
    QStringLiteral("target_session_attrs"),
    QStringLiteral("options"),
};

StorageError invalid(const QString &why)
{
    return StorageError(StorageError::Kind::InvalidUrl, why);
}

} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    if (path.trimmed().isEmpty())
        throw invalid(
            QCoreApplication::translate("DatabaseUrl", "sqlite: URL has no file path (use sqlite:/path/to/file.db)"));
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_filePath = QFileInfo(path).absoluteFilePath();
    return url;
}

DatabaseUrl DatabaseUrl::defaultEmbedded()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath() + QStringLiteral("/.local/share/ReissueDesk");
    return sqliteFile(folder + QStringLiteral("/reissuedesk.sqlite"));
}

DatabaseUrl DatabaseUrl::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return parse(fromCommandLine);
    const QString fromEnvironment = qEnvironmentVariable("REISSUEDESK_DB");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return defaultEmbedded();
}

DatabaseUrl DatabaseUrl::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive)) {
        QString path = trimmed.mid(7);
        // Accept sqlite:///abs/path too, as SQLAlchemy-style URLs are common.
        if (path.startsWith(QLatin1String("///")))
            path = path.mid(2);
        return sqliteFile(path);
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) &&
        !trimmed.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)) {
        throw invalid(
            QCoreApplication::translate(
                "DatabaseUrl", "unsupported database URL \"%1\": use sqlite:PATH or postgresql://user@host/dbname")
                .arg(trimmed.section(QLatin1Char(':'), 0, 0)));
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        throw invalid(
            QCoreApplication::translate("DatabaseUrl", "malformed PostgreSQL URL: %1").arg(url.errorString()));

    DatabaseUrl result;
    result.m_backend = Backend::Postgres;
    result.m_host = url.host(QUrl::FullyDecoded);
    result.m_port = url.port(-1);
    result.m_userName = url.userName(QUrl::FullyDecoded);
    result.m_password = url.password(QUrl::FullyDecoded);
    QString path = url.path(QUrl::FullyDecoded);
    if (path.startsWith(QLatin1Char('/')))
        path = path.mid(1);
    result.m_databaseName = path;

    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) { // libpq: a socket directory, e.g. ?host=/var/run/postgresql
            result.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            result.m_port = value.toInt(&ok);
            if (!ok)
                throw invalid(
                    QCoreApplication::translate("DatabaseUrl", "port \"%1\" in the PostgreSQL URL is not a number")
                        .arg(value));
        } else if (key == QLatin1String("user")) {
            result.m_userName = value;
        } else if (key == QLatin1String("dbname")) {
            result.m_databaseName = value;
        } else if (key == QLatin1String("password")) {
            result.m_password = value;
        } else if (passThroughKeywords.contains(key)) {
            if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')))
                throw invalid(QCoreApplication::translate(
                                  "DatabaseUrl", "value of \"%1\" in the PostgreSQL URL may not contain spaces or ';'")
                                  .arg(key));
            if (key == QLatin1String("sslmode") &&
                !QStringList{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                             QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")}
                     .contains(value))
                throw invalid(QCoreApplication::translate(
                                  "DatabaseUrl", "sslmode \"%1\" in the PostgreSQL URL must be disable, allow, prefer, "
                                                 "require, verify-ca or verify-full")
                                  .arg(value));
            options.append(key + QLatin1Char('=') + value);
        } else {
            throw invalid(
                QCoreApplication::translate("DatabaseUrl", "unknown parameter \"%1\" in the PostgreSQL URL").arg(key));
        }
    }
    result.m_connectOptions = options.join(QLatin1Char(';'));
    return result;
}

DatabaseUrl DatabaseUrl::withPassword(const QString &password) const
{
    DatabaseUrl copy = *this;
    copy.m_password = password;
    return copy;
}

QString DatabaseUrl::display() const
{
    if (m_backend == Backend::Sqlite)
        return QStringLiteral("sqlite:") + m_filePath;
    // Built by hand: QUrl drops the "//" when the host is empty (libpq's
    // "use the environment" form, postgresql:///dbname).
    auto encode = [](const QString &part) { return QString::fromLatin1(QUrl::toPercentEncoding(part)); };
    QString text = QStringLiteral("postgresql://");
    if (!m_userName.isEmpty())
        text += encode(m_userName) + QLatin1Char('@');
    const bool socketDirectory = m_host.startsWith(QLatin1Char('/'));
    if (!socketDirectory)
        text += m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + encode(m_databaseName);
    QStringList query;
    if (socketDirectory)
        query.append(QStringLiteral("host=") + encode(m_host));
    for (const QString &option : m_connectOptions.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        query.append(option.section(QLatin1Char('='), 0, 0) + QLatin1Char('=') +
                     encode(option.section(QLatin1Char('='), 1)));
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

} // namespace reissuedesk
