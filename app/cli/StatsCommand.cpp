#include "cli/StatsCommand.h"

#include "storage/ApplicationStatistics.h"
#include "storage/Database.h"

namespace reissuedesk::cli {

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
        lines.append(QStringLiteral("  %1 %2").arg(toKey(it.key()), -24).arg(it.value()));
    }
    out.record(
        {{QStringLiteral("total"), total}, {QStringLiteral("by_status"), byStatus}},
        tr("%1 applications in %2\n%3").arg(total).arg(database->url().display(), lines.join(QLatin1Char('\n'))));
    return 0;
}

} // namespace reissuedesk::cli
