#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class SeedDemoCommand final : public AdminCommand {
public:
    QString name() const override { return QStringLiteral("seed-demo"); }
    QString summary() const override
    {
        return QStringLiteral("Add synthetic applications (and their document files) for demos and benchmarks.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
