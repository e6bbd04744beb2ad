#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class SeedDemoCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(SeedDemoCommand)

public:
    QString name() const override { return QStringLiteral("seed-demo"); }
    QString summary() const override
    {
        return tr("Add synthetic applications (and their document files) for demos and benchmarks.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
