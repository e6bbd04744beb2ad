#include "cli/BenchCommand.h"

#include "cli/QueueBenchmark.h"
#include "storage/Database.h"

namespace reissuedesk::cli {

QStringList BenchCommand::benchmarks() {
    return {QStringLiteral("queue")};
}

void BenchCommand::addOptions(QCommandLineParser &parser) const {
    parser.addPositionalArgument(
        QStringLiteral("WHAT"),
        QStringLiteral("What to measure: %1.").arg(benchmarks().join(QStringLiteral(", "))));
    parser.addOption(
        {QStringLiteral("repeat"),
         QStringLiteral("Timed runs per case (default 20), after 2 warm-up runs; the figures are "
                        "their median and 95th percentile."),
         QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("show-sql"),
                      QStringLiteral("Also show each case's statement with its values written in, as the "
                                     "database's own client runs it for the floor.")});
}

int BenchCommand::run(const QCommandLineParser &parser, const CommandOutput &out) {
    const QStringList what = parser.positionalArguments().mid(1);
    if (what.size() != 1) {
        out.error(
            QStringLiteral("bench takes exactly one WHAT: %1").arg(benchmarks().join(QStringLiteral(", "))));
        return 2;
    }
    bool ok = false;
    BenchOptions options;
    options.repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || options.repeat < 1 || options.repeat > 10000) {
        out.error(QStringLiteral("--repeat must be a whole number from 1 to 10000, not \"%1\"")
                      .arg(parser.value(QStringLiteral("repeat"))));
        return 2;
    }
    options.showSql = parser.isSet(QStringLiteral("show-sql"));
    if (what.first() == QLatin1String("queue"))
        return runQueue(parser, out, options);
    out.error(QStringLiteral("unknown benchmark \"%1\"; available: %2")
                  .arg(what.first(), benchmarks().join(QStringLiteral(", "))));
    return 2;
}

int BenchCommand::runQueue(const QCommandLineParser &parser, const CommandOutput &out,
                           const BenchOptions &options) {
    const auto database = openCurrentDatabase(parser, out);
    QueueBenchmark benchmark(*database, options);
    const BenchReport report(out, QStringLiteral("queue"), database->dialect().name());
    report.header();
    benchmark.run(
        [&out](const QString &step) { out.progress(QStringLiteral("measuring: %1 ...").arg(step)); },
        [&out, &report](const BenchCase &benchCase) {
            out.progress(QString());
            report.add(benchCase);
        });
    const QString floorClient = benchmark.floorClient();
    report.summary(
        {{QStringLiteral("applications"), benchmark.applications()},
         {QStringLiteral("database"), database->url().display()},
         {QStringLiteral("repeat"), options.repeat},
         {QStringLiteral("warmup"), options.warmup},
         {QStringLiteral("page_size"), QueueBenchmark::pageSize},
         {QStringLiteral("floor_client"),
          floorClient.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(floorClient)},
         {QStringLiteral("now"), benchmark.now().toString(Qt::ISODateWithMs)}},
        QStringLiteral("\n%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups, "
                       "pages of %6 rows; floor: %7")
            .arg(benchmark.applications())
            .arg(database->url().display(), database->dialect().name())
            .arg(options.repeat)
            .arg(options.warmup)
            .arg(QueueBenchmark::pageSize)
            .arg(floorClient.isEmpty() ? QStringLiteral("none") : floorClient));
    return 0;
}

} // namespace reissuedesk::cli
