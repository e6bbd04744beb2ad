#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class StatsCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override { return tr("Count applications by status."); }
    void addOptions(QCommandLineParser &) const override {}
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
