#pragma once
// reissuedesk-admin import-shipments FILE.csv: a carrier's export marks
// applications shipped and queues the customers' "shipped" messages
// (docs/SHIPMENTS.md). Exit codes: 0 every line shipped or already recorded,
// 1 the file or the database failed (see the message), 2 usage, 3 some lines
// were rejected (the good ones were applied).

#include "cli/AdminCommand.h"

namespace reissuedesk::cli {

class ImportShipmentsCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(ImportShipmentsCommand)

public:
    static constexpr int ExitLinesRejected = 3;

    QString name() const override { return QStringLiteral("import-shipments"); }
    QString summary() const override
    {
        return tr("Mark applications shipped from a carrier's CSV export (see docs/SHIPMENTS.md).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;
    bool takesArguments() const override { return true; }
};

} // namespace reissuedesk::cli
