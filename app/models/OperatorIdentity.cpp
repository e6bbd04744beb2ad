#include "models/OperatorIdentity.h"

#include "storage/OperatorRepository.h"

namespace reissuedesk {

QString OperatorIdentity::loginFromEnvironment()
{
    QString login = qEnvironmentVariable("REISSUEDESK_OPERATOR").trimmed();
    if (login.isEmpty())
        login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return login;
}

OperatorIdentity OperatorIdentity::resolve(const Database &database, const QString &login)
{
    OperatorIdentity identity;
    if (login.trimmed().isEmpty())
        return identity;
    OperatorRepository operators(database);
    std::optional<Operator> found = operators.findByLogin(login.trimmed());
    if (!found) {
        operators.add(login.trimmed(), login.trimmed(), QStringLiteral("operator"));
        found = operators.findByLogin(login.trimmed());
        if (!found)
            return identity;
    }
    identity.id = found->id;
    identity.login = found->login;
    identity.displayName = found->displayName;
    identity.role = found->role;
    return identity;
}

} // namespace reissuedesk
