#include "cli/AdminCommand.h"

#include "cli/PasswordPrompt.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

namespace reissuedesk::cli {

namespace {

std::unique_ptr<Database> openAskingForPassword(const DatabaseUrl &url, Database::Creation creation,
                                                const CommandOutput &out)
{
    try {
        return std::make_unique<Database>(url, creation);
    } catch (const StorageError &error) {
        if (error.kind() != StorageError::Kind::AuthenticationRequired || !url.password().isEmpty() ||
            !PasswordPrompt::isInteractive())
            throw;
        out.text(error.message());
        const QString password = PasswordPrompt::ask(AdminCommand::tr("Password for %1: ").arg(url.display()));
        return std::make_unique<Database>(url.withPassword(password), creation);
    }
}

} // namespace

std::unique_ptr<Database> AdminCommand::openDatabase(const QCommandLineParser &parser, const CommandOutput &out,
                                                     bool forMigrate)
{
    const DatabaseUrl url = DatabaseUrl::resolve(parser.value(QStringLiteral("db")));
    auto database = openAskingForPassword(
        url, forMigrate ? Database::Creation::CreateIfMissing : Database::Creation::ExistingOnly, out);
    if (forMigrate)
        return database;
    // A login that may not build them (the dispatcher's) is told and goes on:
    // slower queries are better than no messages sent.
    QString notOwner;
    DeferredIndexes::finishInterrupted(
        *database, [&out](const QString &line) { out.warning(line); }, &notOwner);
    if (!notOwner.isEmpty())
        out.warning(notOwner);
    return database;
}

std::unique_ptr<Database> AdminCommand::openCurrentDatabase(const QCommandLineParser &parser, const CommandOutput &out)
{
    auto database = openDatabase(parser, out);
    Migrator(*database).requireCurrent();
    return database;
}

} // namespace reissuedesk::cli
