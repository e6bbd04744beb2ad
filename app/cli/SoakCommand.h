#pragma once

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

// `soak`: many simulated operators (OperatorSimulation) claim, read and decide
// — approve, reject with a reason, give back — for minutes on end on a
// PostgreSQL database, with fresh applications topped up as they go. It
// watches what a long day shows and a short `stress` does not: errors that
// come with time, decisions recorded twice or lost (no decision row for what
// the client believed recorded, or a decision without its outbox or audit
// rows, counted from the database afterwards), and the client's resident
// memory creeping up (sampled every 10 s; the last minute's peak against the
// first minute's). Exit 0 only when all of that is clean.
class SoakCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(SoakCommand)

public:
    QString name() const override { return QStringLiteral("soak"); }
    QString summary() const override
    {
        return tr("Keep simulated operators deciding for minutes and check errors, lost work and memory.");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
};

} // namespace reissuedesk::cli
