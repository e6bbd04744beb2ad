#include "cli/SetPasswordCommand.h"

#include "cli/AddOperatorCommand.h"
#include "cli/PasswordPrompt.h"
#include "storage/Database.h"
#include "storage/OperatorAccounts.h"
#include "storage/OperatorRepository.h"

namespace reissuedesk::cli {

void SetPasswordCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("login"), tr("The operator's login."), QStringLiteral("LOGIN")});
}

int SetPasswordCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QString login = parser.value(QStringLiteral("login"));
    if (!AddOperatorCommand::isLogin(login)) {
        out.error(tr("--login must name an operator (lower-case letters, digits, '.', '_' or '-')"));
        return 2;
    }
    const auto database = openCurrentDatabase(parser, out);
    if (!OperatorRepository(*database).findByLogin(login)) {
        out.error(tr("there is no operator with the login %1").arg(login));
        return 1;
    }
    QString password;
    QString problem;
    if (!PasswordPrompt::readNewPassword(login, password, problem)) {
        out.error(problem);
        return 1;
    }
    const qint64 id = OperatorAccounts(*database).setPassword(login, password, AddOperatorCommand::adminActor());
    password.fill(QLatin1Char('\0'));
    out.record({{QStringLiteral("id"), id}, {QStringLiteral("login"), login}, {QStringLiteral("password_set"), true}},
               tr("new password set for %1 (id %2)").arg(login).arg(id));
    return 0;
}

} // namespace reissuedesk::cli
