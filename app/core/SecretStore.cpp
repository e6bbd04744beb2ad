#include "core/SecretStore.h"

#include <QCoreApplication>

namespace reissuedesk {

QString SecretId::kindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::DatabasePassword:
        return QStringLiteral("database-password");
    case SecretKind::GatewayToken:
        return QStringLiteral("gateway-token");
    case SecretKind::DocumentStoreToken:
        return QStringLiteral("document-store-token");
    }
    return {};
}

QString SecretStore::secretProblem(const QString &secret)
{
    if (secret.isEmpty())
        return QCoreApplication::translate("SecretStore", "An empty secret cannot be stored; remove it instead.");
    for (const QChar c : secret) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate("SecretStore", "A secret must be one line without control characters.");
    }
    return {};
}

} // namespace reissuedesk
