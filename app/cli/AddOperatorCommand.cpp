#include "cli/AddOperatorCommand.h"

#include "storage/Database.h"
#include "storage/OperatorRepository.h"

#include <QRegularExpression>

namespace reissuedesk::cli {

void AddOperatorCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("login"), QStringLiteral("Login name (lower-case letters, digits, . _ -)."),
                      QStringLiteral("LOGIN")});
    parser.addOption({QStringLiteral("name"), QStringLiteral("Display name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("operator (default), supervisor or admin."),
                      QStringLiteral("ROLE"), QStringLiteral("operator")});
}

int AddOperatorCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    static const QRegularExpression loginShape(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    const QString login = parser.value(QStringLiteral("login"));
    const QString role = parser.value(QStringLiteral("role"));
    QString name = parser.value(QStringLiteral("name")).trimmed();
    if (!loginShape.match(login).hasMatch()) {
        out.error(QStringLiteral("--login must start with a lower-case letter and contain only a-z, 0-9, '.', '_' "
                                 "or '-' (at most 63 characters)"));
        return 2;
    }
    if (!QStringList{QStringLiteral("operator"), QStringLiteral("supervisor"), QStringLiteral("admin")}.contains(role)) {
        out.error(QStringLiteral("--role must be operator, supervisor or admin, not \"%1\"").arg(role));
        return 2;
    }
    if (name.isEmpty())
        name = login;
    const auto database = openCurrentDatabase(parser, out);
    const OperatorRepository::AddResult result = OperatorRepository(*database).add(login, name, role);
    out.record({{QStringLiteral("id"), result.id},
                {QStringLiteral("login"), login},
                {QStringLiteral("role"), role},
                {QStringLiteral("created"), result.created}},
               result.created ? QStringLiteral("added %1 %2 (id %3)").arg(role, login).arg(result.id)
                              : QStringLiteral("%1 already exists (id %2), unchanged").arg(login).arg(result.id));
    return 0;
}

} // namespace reissuedesk::cli
