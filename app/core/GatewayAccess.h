#pragma once
// How a dispatcher reaches the notification gateway (docs/GATEWAY-API.md), as
// far as the administrator configures it: the base URL and the bearer token.
// Shared by `reissuedesk-admin dispatch` and the embedded desk so that both
// refuse the same mistakes with the same sentences.
//
// The token comes from REISSUEDESK_GATEWAY_TOKEN or from a file only its owner
// can read (core/PasswordFile's rule, as ssh does for keys). It goes into an
// HTTP header, so it must be one line of visible ASCII: a file with a stray
// control character must not be able to add headers.

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace reissuedesk {

class GatewayAccess {
public:
    struct Token {
        QByteArray value; // empty: no Authorization header
        QString error;    // a sentence for people; empty on success. Never holds the token.

        bool ok() const { return error.isEmpty(); }
    };

    static constexpr const char *tokenVariable = "REISSUEDESK_GATEWAY_TOKEN";

    // Why `url` cannot be a gateway (not http/https, no host, credentials in
    // it), or "" when it can.
    static QString urlProblem(const QUrl &url);
    // The URL as it may be printed: no user, no password, no query.
    static QString display(const QUrl &url);

    // `tokenFile` when named, else `environmentValue` (the variable's value).
    static Token readToken(const QString &tokenFile, const QByteArray &environmentValue);
    // readToken(tokenFile, $REISSUEDESK_GATEWAY_TOKEN).
    static Token readToken(const QString &tokenFile);
};

} // namespace reissuedesk
