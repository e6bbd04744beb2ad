#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class ImportCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override { return tr("Import applications from a JSON Lines file (see docs/IMPORT.md)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
