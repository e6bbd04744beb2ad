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

OperatorIdentity OperatorIdentity::fromOperator(const Operator &row)
{
    OperatorIdentity identity;
    identity.id = row.id;
    identity.login = row.login;
    identity.displayName = row.displayName;
    identity.role = row.role;
    return identity;
}

Operator OperatorIdentity::toOperator() const
{
    return Operator{id, login, displayName, role, true};
}

OperatorIdentity OperatorIdentity::resolve(const Database &database, const QString &login)
{
    if (login.trimmed().isEmpty())
        return {};
    const std::optional<Operator> found = OperatorRepository(database).findByLogin(login.trimmed());
    if (!found || !found->active)
        return {};
    return fromOperator(*found);
}

} // namespace reissuedesk
