#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class StatsCommand final : public AdminCommand {
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return QStringLiteral("Count applications by status."); }
    void addOptions(QCommandLineParser &) const override {}
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
