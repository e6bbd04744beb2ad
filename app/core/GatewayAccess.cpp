#include "core/GatewayAccess.h"

#include "core/PasswordFile.h"

#include <algorithm>

namespace reissuedesk {
namespace {

bool isHeaderSafe(const QByteArray &token)
{
    return std::all_of(token.cbegin(), token.cend(), [](char c) { return c > ' ' && c < 0x7f; });
}

} // namespace

QString GatewayAccess::urlProblem(const QUrl &url)
{
    if (!url.isValid())
        return QStringLiteral("the gateway URL is not a valid URL");
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("the gateway URL must start with http:// or https://");
    if (url.host().isEmpty())
        return QStringLiteral("the gateway URL names no host");
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return QStringLiteral("the gateway URL must not carry a user name or password: give the token with %1 "
                              "or --token-file")
            .arg(QLatin1String(tokenVariable));
    if (url.hasQuery() || url.hasFragment())
        return QStringLiteral("the gateway URL must not have a query or fragment (a secret there would be logged)");
    return {};
}

QString GatewayAccess::display(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toDisplayString();
}

GatewayAccess::Token GatewayAccess::readToken(const QString &tokenFile, const QByteArray &environmentValue)
{
    Token token;
    QString source;
    if (!tokenFile.isEmpty()) {
        const PasswordFile::Result file = PasswordFile::read(tokenFile, QStringLiteral("gateway token file"));
        if (!file.ok()) {
            token.error = file.error;
            return token;
        }
        token.value = file.password.toUtf8().trimmed();
        source = QStringLiteral("the gateway token file %1").arg(tokenFile);
    } else {
        token.value = environmentValue.trimmed();
        source = QLatin1String(tokenVariable);
    }
    if (!isHeaderSafe(token.value)) {
        token.value.clear();
        token.error =
            QStringLiteral("%1 holds characters a token cannot have (spaces or control characters)").arg(source);
    }
    return token;
}

GatewayAccess::Token GatewayAccess::readToken(const QString &tokenFile)
{
    return readToken(tokenFile, qgetenv(tokenVariable));
}

} // namespace reissuedesk
