#pragma once
// One reissuedesk-admin subcommand. Each declares its options and runs against
// a parsed command line; the shared --db, --json and --help options are added by
// AdminTool. run() returns the process exit code (0 success, 1 failure).

#include "cli/CommandOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <memory>

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(AdminCommand)

public:
    virtual ~AdminCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, const CommandOutput &out) = 0;
    // Whether the command reads arguments besides its options (files, URLs, a
    // benchmark's name); the others refuse stray words instead of ignoring them.
    virtual bool takesArguments() const { return false; }

protected:
    // Opens --db / $REISSUEDESK_DB / the embedded default, asking for a
    // PostgreSQL password on the terminal when the server wants one, and
    // builds the indexes an interrupted bulk load left dropped before going
    // on. `forMigrate`: creates a missing SQLite file (nothing else may) and
    // leaves the indexes to the migrator, which reports them. Throws StorageError.
    static std::unique_ptr<Database> openDatabase(const QCommandLineParser &parser, const CommandOutput &out,
                                                  bool forMigrate = false);
    // Opens and refuses a schema that is not current (tells to run migrate).
    static std::unique_ptr<Database> openCurrentDatabase(const QCommandLineParser &parser, const CommandOutput &out);
};

} // namespace reissuedesk::cli
