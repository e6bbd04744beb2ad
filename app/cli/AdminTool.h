#pragma once
// reissuedesk-admin: picks the subcommand, gives it a parser with the shared
// options (--db, --json, --help), and turns every failure into a message on
// stderr and a non-zero exit code. Nothing here prints a password.

#include "cli/AdminCommand.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace reissuedesk::cli {

class AdminTool {
    Q_DECLARE_TR_FUNCTIONS(AdminTool)

public:
    AdminTool();
    ~AdminTool();

    // Returns the process exit code: 0 success, 1 failure, 2 usage error.
    int run(const QStringList &arguments);

    void add(std::unique_ptr<AdminCommand> command);

private:
    QString usage() const;

    std::vector<std::unique_ptr<AdminCommand>> m_commands;
};

} // namespace reissuedesk::cli
