#include "cli/DisableOperatorCommand.h"

#include "cli/AddOperatorCommand.h"
#include "storage/Database.h"
#include "storage/OperatorAccounts.h"

namespace reissuedesk::cli {

void DisableOperatorCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("login"), tr("The operator's login."), QStringLiteral("LOGIN")});
}

int DisableOperatorCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QString login = parser.value(QStringLiteral("login"));
    if (!AddOperatorCommand::isLogin(login)) {
        out.error(tr("--login must name an operator (lower-case letters, digits, '.', '_' or '-')"));
        return 2;
    }
    const auto database = openCurrentDatabase(parser, out);
    const OperatorAccounts::Disabled disabled =
        OperatorAccounts(*database).disable(login, AddOperatorCommand::adminActor());
    out.record({{QStringLiteral("id"), disabled.id},
                {QStringLiteral("login"), login},
                {QStringLiteral("disabled"), true},
                {QStringLiteral("changed"), disabled.changed}},
               disabled.changed ? tr("disabled %1 (id %2); their history is kept").arg(login).arg(disabled.id)
                                : tr("%1 (id %2) was already disabled").arg(login).arg(disabled.id));
    return 0;
}

} // namespace reissuedesk::cli
