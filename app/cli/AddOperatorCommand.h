#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class AddOperatorCommand final : public AdminCommand {
public:
    QString name() const override { return QStringLiteral("add-operator"); }
    QString summary() const override { return QStringLiteral("Register an operator, supervisor or administrator."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
