#include "cli/MigrateCommand.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QJsonArray>

namespace reissuedesk::cli {

int MigrateCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const auto database = openDatabase(parser, out, /*forMigrate=*/true);
    const Migrator::Outcome outcome = Migrator(*database).migrate([&out](const QString &line) { out.warning(line); });
    QString text =
        outcome.applied.isEmpty()
            ? tr("%1 is up to date at schema version %2").arg(database->url().display()).arg(outcome.toVersion)
            : tr("%1 migrated from schema version %2 to %3 (%4)")
                  .arg(database->url().display())
                  .arg(outcome.fromVersion)
                  .arg(outcome.toVersion)
                  .arg(outcome.applied.join(QStringLiteral(", ")));
    if (!outcome.rebuiltIndexes.isEmpty())
        text += tr("; rebuilt the indexes an interrupted bulk load had left dropped: %1")
                    .arg(outcome.rebuiltIndexes.join(QStringLiteral(", ")));
    out.record({{QStringLiteral("database"), database->url().display()},
                {QStringLiteral("from_version"), outcome.fromVersion},
                {QStringLiteral("to_version"), outcome.toVersion},
                {QStringLiteral("applied"), QJsonArray::fromStringList(outcome.applied)},
                {QStringLiteral("rebuilt_indexes"), QJsonArray::fromStringList(outcome.rebuiltIndexes)}},
               text);
    return 0;
}

} // namespace reissuedesk::cli
