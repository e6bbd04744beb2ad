#include "cli/StatsCommand.h"

#include "cli/TextColumns.h"
#include "storage/ApplicationStatistics.h"
#include "storage/Database.h"

namespace reissuedesk::cli {
namespace {

// The status in the reader's language; in English the key itself, as --json
// prints it.
QString statusLabel(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Pending:
        return StatsCommand::tr("pending");
    case ApplicationStatus::InReview:
        return StatsCommand::tr("in_review");
    case ApplicationStatus::AwaitingSecondReview:
        return StatsCommand::tr("awaiting_second_review");
    case ApplicationStatus::Approved:
        return StatsCommand::tr("approved");
    case ApplicationStatus::Rejected:
        return StatsCommand::tr("rejected");
    case ApplicationStatus::Shipped:
        return StatsCommand::tr("shipped");
    case ApplicationStatus::Cancelled:
        return StatsCommand::tr("cancelled");
    }
    return toKey(status);
}

} // namespace

int StatsCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const auto database = openCurrentDatabase(parser, out);
    const auto counts = ApplicationStatistics(*database).countByStatus();
    qint64 total = 0;
    QJsonObject byStatus;
    QStringList lines;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        total += it.value();
        byStatus.insert(toKey(it.key()), it.value());
        lines.append(QStringLiteral("  %1 %2").arg(padRight(statusLabel(it.key()), 24), QString::number(it.value())));
    }
    out.record(
        {{QStringLiteral("total"), total}, {QStringLiteral("by_status"), byStatus}},
        tr("%1 applications in %2\n%3").arg(total).arg(database->url().display(), lines.join(QLatin1Char('\n'))));
    return 0;
}

} // namespace reissuedesk::cli
