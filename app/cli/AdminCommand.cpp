#include "cli/AdminCommand.h"

#include "cli/PasswordPrompt.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

namespace reissuedesk::cli {

std::unique_ptr<Database> AdminCommand::openDatabase(const QCommandLineParser &parser, const CommandOutput &out)
{
    const DatabaseUrl url = DatabaseUrl::resolve(parser.value(QStringLiteral("db")));
    try {
        return std::make_unique<Database>(url);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::AuthenticationRequired || !url.password().isEmpty() ||
            !PasswordPrompt::isInteractive())
            throw;
        out.text(error.message());
        const QString password = PasswordPrompt::ask(tr("Password for %1: ").arg(url.display()));
        return std::make_unique<Database>(url.withPassword(password));
    }
}

std::unique_ptr<Database> AdminCommand::openCurrentDatabase(const QCommandLineParser &parser, const CommandOutput &out)
{
    auto database = openDatabase(parser, out);
    Migrator(*database).requireCurrent();
    return database;
}

} // namespace reissuedesk::cli
