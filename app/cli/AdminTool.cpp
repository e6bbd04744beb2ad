#include "cli/AdminTool.h"

#include "cli/AddOperatorCommand.h"
#include "cli/BenchCommand.h"
#include "cli/CheckDocumentCommand.h"
#include "cli/DisableOperatorCommand.h"
#include "cli/DispatchCommand.h"
#include "cli/ImportCommand.h"
#include "cli/ImportShipmentsCommand.h"
#include "cli/MigrateCommand.h"
#include "cli/PrecheckCommand.h"
#include "cli/ReadIdCommand.h"
#include "cli/ReportCommand.h"
#include "cli/SeedDemoCommand.h"
#include "cli/SetPasswordCommand.h"
#include "cli/SoakCommand.h"
#include "cli/StatsCommand.h"
#include "cli/StressCommand.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <cstdio>

namespace reissuedesk::cli {

AdminTool::AdminTool()
{
    add(std::make_unique<MigrateCommand>());
    add(std::make_unique<SeedDemoCommand>());
    add(std::make_unique<ImportCommand>());
    add(std::make_unique<ImportShipmentsCommand>());
    add(std::make_unique<StatsCommand>());
    add(std::make_unique<ReportCommand>());
    add(std::make_unique<AddOperatorCommand>());
    add(std::make_unique<DisableOperatorCommand>());
    add(std::make_unique<SetPasswordCommand>());
    add(std::make_unique<BenchCommand>());
    add(std::make_unique<StressCommand>());
    add(std::make_unique<SoakCommand>());
    add(std::make_unique<CheckDocumentCommand>());
    add(std::make_unique<ReadIdCommand>());
    add(std::make_unique<DispatchCommand>());
    add(std::make_unique<PrecheckCommand>());
}

AdminTool::~AdminTool() = default;

void AdminTool::add(std::unique_ptr<AdminCommand> command)
{
    m_commands.push_back(std::move(command));
}

QString AdminTool::usage() const
{
    QString text = tr("Usage: reissuedesk-admin COMMAND [--db URL] [--json] [options]\n\n"
                      "Administration and tooling for ReissueDesk.\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1 %2\n").arg(command->name(), -14).arg(command->summary());
    text += tr("\nDatabase URLs: sqlite:PATH or postgresql://user@host:port/dbname (password from "
               "PGPASSWORD, ~/.pgpass or a prompt).\nWithout --db: $REISSUEDESK_DB, else the embedded "
               "SQLite database in the user's data folder.\n"
               "Run 'reissuedesk-admin COMMAND --help' for a command's options.\n");
    return text;
}

int AdminTool::run(const QStringList &arguments)
{
    const CommandOutput plain;
    // The command is the first word that is neither an option nor the value of
    // --db, so that "--db URL stats" and "stats --db URL" both work.
    QString commandName;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if (word == QLatin1String("--db")) {
            ++i;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-')) || word == QLatin1String("-")) {
            commandName = word;
            break;
        }
        if (commandName.isEmpty() &&
            (word == QLatin1String("--help") || word == QLatin1String("-h") || word == QLatin1String("--version"))) {
            commandName = word;
            break;
        }
    }
    if (commandName.isEmpty() || commandName == QLatin1String("--help") || commandName == QLatin1String("-h") ||
        commandName == QLatin1String("help")) {
        const QByteArray bytes = usage().toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), commandName.isEmpty() ? stderr : stdout);
        return commandName.isEmpty() ? 2 : 0;
    }
    if (commandName == QLatin1String("--version")) {
        plain.text(QStringLiteral("reissuedesk-admin ") + QCoreApplication::applicationVersion());
        return 0;
    }
    AdminCommand *command = nullptr;
    for (const auto &candidate : m_commands) {
        if (candidate->name() == commandName)
            command = candidate.get();
    }
    if (!command) {
        plain.error(tr("unknown command \"%1\"; run reissuedesk-admin --help for the list").arg(commandName));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addHelpOption();
    parser.addPositionalArgument(command->name(), command->summary());
    parser.addOption(
        {QStringLiteral("db"), tr("Database URL (sqlite:PATH or postgresql://...)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output: one JSON object per line.")});
    command->addOptions(parser);
    if (!parser.parse(arguments)) {
        plain.error(parser.errorText() + tr(" (see reissuedesk-admin %1 --help)").arg(command->name()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // "Usage: reissuedesk-admin [options]" names the command too; the
        // placeholder is QCommandLineParser's, in the language it printed.
        const QString optionsPlaceholder = QCoreApplication::translate("QCommandLineParser", "[options]");
        const QByteArray bytes =
            parser.helpText()
                .replace(optionsPlaceholder, command->name() + QLatin1Char(' ') + optionsPlaceholder)
                .toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        return 0;
    }
    // "--login frank --login mallory" added mallory, and "report … extra"
    // ran as if the word were not there: both are mistakes to name.
    const QStringList given = parser.optionNames();
    for (const QString &option : given) {
        static const QStringList repeatable{QStringLiteral("allow-origin"), QStringLiteral("allow-internal-origin"),
                                            QStringLiteral("allow-dir")};
        if (given.count(option) > 1 && !repeatable.contains(option)) {
            plain.error(
                tr("--%1 is given more than once (see reissuedesk-admin %2 --help)").arg(option, command->name()));
            return 2;
        }
    }
    if (!command->takesArguments() && parser.positionalArguments().size() > 1) {
        plain.error(tr("%1 takes options only, not \"%2\" (see reissuedesk-admin %1 --help)")
                        .arg(command->name(), parser.positionalArguments().at(1).left(80)));
        return 2;
    }
    const CommandOutput out(parser.isSet(QStringLiteral("json")));
    try {
        return command->run(parser, out);
    } catch (const StorageError &error) {
        out.error(error.message());
    } catch (const std::exception &error) {
        out.error(QString::fromUtf8(error.what()));
    }
    return 1;
}

} // namespace reissuedesk::cli
