#pragma once
// disable-operator: the person may no longer log in (PostgreSQL: ALTER ROLE ...
// NOLOGIN; both: the operators row inactive). Their decisions and audit rows
// stay exactly as they were.

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class DisableOperatorCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(DisableOperatorCommand)

public:
    QString name() const override { return QStringLiteral("disable-operator"); }
    QString summary() const override { return tr("Stop an operator from logging in; history is kept."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
