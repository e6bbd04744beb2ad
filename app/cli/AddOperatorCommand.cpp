#include "cli/AddOperatorCommand.h"

#include "cli/PasswordPrompt.h"
#include "storage/Database.h"
#include "storage/OperatorAccounts.h"
#include "storage/OperatorRepository.h"

#include <QRegularExpression>

namespace reissuedesk::cli {

QString AddOperatorCommand::adminActor()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")).trimmed();
    return user.isEmpty() ? QStringLiteral("reissuedesk-admin") : QStringLiteral("reissuedesk-admin (%1)").arg(user);
}

bool AddOperatorCommand::isLogin(const QString &login)
{
    // Also a PostgreSQL role name that needs no thought: lower case, no spaces.
    static const QRegularExpression loginShape(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    return loginShape.match(login).hasMatch();
}

void AddOperatorCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {QStringLiteral("login"), tr("Login name (lower-case letters, digits, . _ -)."), QStringLiteral("LOGIN")});
    parser.addOption({{QStringLiteral("display-name"), QStringLiteral("name")},
                      tr("Display name (default: the login)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), tr("operator (default), supervisor or admin."), QStringLiteral("ROLE"),
                      QStringLiteral("operator")});
}

int AddOperatorCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QString login = parser.value(QStringLiteral("login"));
    const QString role = parser.value(QStringLiteral("role"));
    QString name = parser.value(QStringLiteral("display-name")).trimmed();
    if (!isLogin(login)) {
        out.error(tr("--login must start with a lower-case letter and contain only a-z, 0-9, '.', '_' "
                     "or '-' (at most 63 characters)"));
        return 2;
    }
    if (!QStringList{QStringLiteral("operator"), QStringLiteral("supervisor"), QStringLiteral("admin")}.contains(
            role)) {
        out.error(tr("--role must be operator, supervisor or admin, not \"%1\"").arg(role));
        return 2;
    }
    if (name.isEmpty())
        name = login;
    const auto database = openCurrentDatabase(parser, out);
    if (const std::optional<Operator> existing = OperatorRepository(*database).findByLogin(login)) {
        out.record({{QStringLiteral("id"), existing->id},
                    {QStringLiteral("login"), login},
                    {QStringLiteral("role"), existing->role},
                    {QStringLiteral("created"), false}},
                   tr("%1 already exists (id %2), unchanged").arg(login).arg(existing->id));
        return 0;
    }
    QString password;
    QString problem;
    if (!PasswordPrompt::readNewPassword(login, password, problem)) {
        out.error(problem);
        return 1;
    }
    const OperatorAccounts::Added added = OperatorAccounts(*database).add(login, name, role, password, adminActor());
    password.fill(QLatin1Char('\0'));
    out.record({{QStringLiteral("id"), added.id},
                {QStringLiteral("login"), login},
                {QStringLiteral("role"), role},
                {QStringLiteral("created"), added.created}},
               added.created ? tr("added %1 %2 (id %3)").arg(role, login).arg(added.id)
                             : tr("%1 already exists (id %2), unchanged").arg(login).arg(added.id));
    return 0;
}

} // namespace reissuedesk::cli
