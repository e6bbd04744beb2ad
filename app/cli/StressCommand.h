#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

// `stress`: N simulated operators, each on its own connection, claim and decide
// M fresh applications concurrently; some abandon claims (left to expire), some
// repeat a decision with the same idempotency key (a lost answer). The verdict
// (decided, double decisions, lost ones, claim conflicts) is counted from the
// database afterwards, not from the tool's own bookkeeping.
class StressCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(StressCommand)

public:
    QString name() const override { return QStringLiteral("stress"); }
    QString summary() const override
    {
        return tr("Race simulated operators through fresh applications and check that each is decided once.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
