#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class MigrateCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override { return tr("Create or upgrade the database schema."); }
    void addOptions(QCommandLineParser &) const override {}
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
