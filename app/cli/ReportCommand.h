#pragma once
// `reissuedesk-admin report --from DAY --to DAY [--now TIME] [--json]`: the
// supervisors' figures (the reports page's, from the same ReportRepository)
// for whole days in the local time zone, --to included. Text: a readable
// table; --json: one object (field names in docs/REPORTS.md).

#include "cli/AdminCommand.h"
#include "storage/Report.h"

namespace reissuedesk::cli {

class ReportCommand final : public AdminCommand {
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr("Print the supervisors' figures for a period (report --from DAY --to DAY).");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const CommandOutput &out) override;

    static QJsonObject toJson(const Report &report);
    static QString toText(const Report &report);
};

} // namespace reissuedesk::cli
