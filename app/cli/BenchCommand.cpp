#include "cli/BenchCommand.h"

#include "cli/DispatchBenchmark.h"
#include "cli/IdleDeskBenchmark.h"
#include "cli/OcrBenchmark.h"
#include "cli/QueueBenchmark.h"
#include "cli/ReportBenchmark.h"
#include "imaging/DecodeBenchmark.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace reissuedesk::cli {

QStringList BenchCommand::benchmarks()
{
    return {QStringLiteral("queue"),  QStringLiteral("decode"),     QStringLiteral("dispatch"),
            QStringLiteral("report"), QStringLiteral("idle-desks"), QStringLiteral("ocr")};
}

void BenchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("WHAT"),
                                 tr("What to measure: %1.").arg(benchmarks().join(QStringLiteral(", "))));
    parser.addOption({QStringLiteral("repeat"),
                      tr("Timed runs per case (default 20), after 2 warm-up runs; the figures are "
                         "their median and 95th percentile."),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption(
        {QStringLiteral("show-sql"), tr("Also show each case's statement with its values written in, as the "
                                        "database's own client runs it for the floor.")});
    parser.addOption({QStringLiteral("count"), tr("bench dispatch: messages to send (default 5000)."),
                      QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("seed"),
                      tr("bench ocr: seed of the generated ID cards (default %1).").arg(OcrBenchmark::DefaultSeed),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("concurrency"), tr("bench dispatch: requests in flight (default 8)."),
                      QStringLiteral("N"), QStringLiteral("8")});
    parser.addOption({QStringLiteral("batch"), tr("bench dispatch: messages claimed at once (default 100)."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("rounds"),
                      tr("bench dispatch: floor and dispatcher runs, alternately (default 3; medians)."),
                      QStringLiteral("N"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("desks"),
                      tr("bench idle-desks: simulated desks, one connection each (default 64)."), QStringLiteral("N"),
                      QStringLiteral("64")});
    parser.addOption({QStringLiteral("seconds"), tr("bench idle-desks: the measured window (default 60)."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("count-every"),
                      tr("bench idle-desks: seconds between a desk's count refreshes (default 2, the throttle "
                         "of a busy office)."),
                      QStringLiteral("S"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("scan"),
                      tr("bench idle-desks: count with the old full COUNT(*) queries instead of the kept counters.")});
}

int BenchCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const QStringList what = parser.positionalArguments().mid(1);
    if (!what.isEmpty() && what.first() == QLatin1String("decode")) {
        bool repeatOk = false;
        BenchOptions decodeOptions;
        decodeOptions.repeat = parser.value(QStringLiteral("repeat")).toInt(&repeatOk);
        if (!repeatOk || decodeOptions.repeat < 1 || what.size() != 2) {
            out.error(tr("usage: bench decode FILE [--repeat N] [--json]"));
            return 2;
        }
        return runDecode(what.at(1), out, decodeOptions);
    }
    if (what.size() != 1) {
        out.error(tr("bench takes exactly one WHAT: %1").arg(benchmarks().join(QStringLiteral(", "))));
        return 2;
    }
    bool ok = false;
    BenchOptions options;
    options.repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || options.repeat < 1 || options.repeat > 10000) {
        out.error(tr("--repeat must be a whole number from 1 to 10000, not \"%1\"")
                      .arg(parser.value(QStringLiteral("repeat"))));
        return 2;
    }
    options.showSql = parser.isSet(QStringLiteral("show-sql"));
    if (what.first() == QLatin1String("queue"))
        return runQueue(parser, out, options);
    if (what.first() == QLatin1String("dispatch"))
        return runDispatch(parser, out);
    if (what.first() == QLatin1String("report"))
        return runReport(parser, out, options);
    if (what.first() == QLatin1String("idle-desks"))
        return runIdleDesks(parser, out);
    if (what.first() == QLatin1String("ocr"))
        return runOcr(parser, out);
    out.error(tr("unknown benchmark \"%1\"; available: %2").arg(what.first(), benchmarks().join(QStringLiteral(", "))));
    return 2;
}

int BenchCommand::runQueue(const QCommandLineParser &parser, const CommandOutput &out, const BenchOptions &options)
{
    const auto database = openCurrentDatabase(parser, out);
    QueueBenchmark benchmark(*database, options);
    const BenchReport report(out, QStringLiteral("queue"), database->dialect().name());
    report.header();
    benchmark.run([&out](const QString &step) { out.progress(tr("measuring: %1 ...").arg(step)); },
                  [&out, &report](const BenchCase &benchCase) {
                      out.progress(QString());
                      report.add(benchCase);
                  });
    const QString floorClient = benchmark.floorClient();
    report.summary({{QStringLiteral("applications"), benchmark.applications()},
                    {QStringLiteral("database"), database->url().display()},
                    {QStringLiteral("repeat"), options.repeat},
                    {QStringLiteral("warmup"), options.warmup},
                    {QStringLiteral("page_size"), QueueBenchmark::pageSize},
                    {QStringLiteral("floor_client"),
                     floorClient.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(floorClient)},
                    {QStringLiteral("now"), benchmark.now().toString(Qt::ISODateWithMs)}},
                   tr("\n%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups, "
                      "pages of %6 rows; floor: %7")
                       .arg(benchmark.applications())
                       .arg(database->url().display(), database->dialect().name())
                       .arg(options.repeat)
                       .arg(options.warmup)
                       .arg(QueueBenchmark::pageSize)
                       .arg(floorClient.isEmpty() ? QStringLiteral("none") : floorClient));
    return 0;
}

int BenchCommand::runIdleDesks(const QCommandLineParser &parser, const CommandOutput &out)
{
    IdleDeskBenchmark::Options options;
    bool desksOk = false;
    bool secondsOk = false;
    bool everyOk = false;
    options.desks = parser.value(QStringLiteral("desks")).toInt(&desksOk);
    options.seconds = parser.value(QStringLiteral("seconds")).toInt(&secondsOk);
    options.countEverySeconds = parser.value(QStringLiteral("count-every")).toDouble(&everyOk);
    if (!desksOk || !secondsOk || !everyOk || options.desks < 1 || options.desks > 500 || options.seconds < 1 ||
        options.countEverySeconds < 0.1) {
        out.error(tr("usage: bench idle-desks [--desks 1..500] [--seconds N] [--count-every S >= 0.1] [--scan]"));
        return 2;
    }
    options.scan = parser.isSet(QStringLiteral("scan"));
    const auto database = openCurrentDatabase(parser, out);
    return IdleDeskBenchmark(*database, options).run(out);
}

int BenchCommand::runDispatch(const QCommandLineParser &parser, const CommandOutput &out)
{
    DispatchBenchmark::Options options;
    const struct {
        const char *name;
        int *value;
        int high;
    } numbers[] = {{"count", &options.count, 10000000},
                   {"concurrency", &options.concurrency, 256},
                   {"batch", &options.batch, 10000},
                   {"rounds", &options.rounds, 100}};
    for (const auto &number : numbers) {
        const QString name = QString::fromLatin1(number.name);
        bool ok = false;
        *number.value = parser.value(name).toInt(&ok);
        if (!ok || *number.value < 1 || *number.value > number.high) {
            out.error(tr("--%1 must be a whole number from 1 to %2, not \"%3\"")
                          .arg(name)
                          .arg(number.high)
                          .arg(parser.value(name)));
            return 2;
        }
    }
    const auto database = openCurrentDatabase(parser, out);
    return DispatchBenchmark(*database, options).run(out);
}

int BenchCommand::runOcr(const QCommandLineParser &parser, const CommandOutput &out)
{
    // --count is shared with bench dispatch, whose default (5000) is far too many cards.
    int count = OcrBenchmark::DefaultCount;
    bool ok = true;
    if (parser.isSet(QStringLiteral("count")))
        count = parser.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || count < 1 || count > 100000) {
        out.error(tr("--count must be a whole number from 1 to 100000, not \"%1\"")
                      .arg(parser.value(QStringLiteral("count"))));
        return 2;
    }
    quint32 seed = OcrBenchmark::DefaultSeed;
    if (parser.isSet(QStringLiteral("seed")))
        seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok) {
        out.error(tr("--seed must be a whole number from 0 to 4294967295, not \"%1\"")
                      .arg(parser.value(QStringLiteral("seed"))));
        return 2;
    }
    return OcrBenchmark::run(count, seed, out);
}

int BenchCommand::runReport(const QCommandLineParser &parser, const CommandOutput &out, const BenchOptions &options)
{
    const auto database = openCurrentDatabase(parser, out);
    ReportBenchmark benchmark(*database, options);
    const BenchReport report(out, QStringLiteral("report"), database->dialect().name());
    report.header();
    benchmark.run([&out](const QString &step) { out.progress(tr("measuring: %1 ...").arg(step)); },
                  [&out, &report](const BenchCase &benchCase) {
                      out.progress(QString());
                      report.add(benchCase);
                  });
    report.summary({{QStringLiteral("applications"), benchmark.applications()},
                    {QStringLiteral("database"), database->url().display()},
                    {QStringLiteral("repeat"), options.repeat},
                    {QStringLiteral("warmup"), options.warmup}},
                   // One multi-argument arg(): a URL's %2F must not be taken for a placeholder.
                   tr("\n%1 applications in %2 (%3); median and p95 of %4 runs after %5 warm-ups")
                       .arg(QString::number(benchmark.applications()), database->url().display(),
                            database->dialect().name(), QString::number(options.repeat),
                            QString::number(options.warmup)));
    return 0;
}

int BenchCommand::runDecode(const QString &path, const CommandOutput &out, const BenchOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error(tr("cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const QSize screen(1920, 1080);
    const DecodeTimings timings = DecodeBenchmark::measure(bytes, screen, options.repeat);
    if (!timings.error.isEmpty()) {
        out.error(QStringLiteral("%1: %2").arg(path, timings.error));
        return 1;
    }
    // The floor: libjpeg-turbo's own tool at the same DCT reduction, whole
    // process included (its start-up is about a millisecond).
    std::optional<double> floorMs;
    QString floorReason;
    const int reduction = timings.previewSize.width() > 0 ? timings.fullSize.width() / timings.previewSize.width() : 1;
    const QString djpeg = QStandardPaths::findExecutable(QStringLiteral("djpeg"));
    if (djpeg.isEmpty()) {
        floorReason = QStringLiteral("djpeg not installed (Debian package libjpeg-turbo-progs)");
    } else if (!bytes.startsWith("\xff\xd8")) {
        floorReason = QStringLiteral("not a JPEG");
    } else {
        const QList<double> runs = timeRuns(options, [&] {
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(djpeg, {QStringLiteral("-scale"), QStringLiteral("1/%1").arg(std::max(1, reduction)), path});
            process.waitForFinished(60000);
        });
        floorMs = BenchTiming::of(runs).medianMs;
    }
    const BenchReport report(out, QStringLiteral("decode"), QString());
    report.header();
    BenchCase preview;
    preview.name = QStringLiteral("preview_%1x%2").arg(screen.width()).arg(screen.height());
    preview.rows = 1;
    preview.ours.medianMs = timings.previewMs;
    preview.ours.p95Ms = timings.previewMs;
    preview.floorMs = floorMs;
    preview.floorReason = floorReason;
    preview.extra = {{QStringLiteral("width"), timings.previewSize.width()},
                     {QStringLiteral("height"), timings.previewSize.height()},
                     {QStringLiteral("reduction"), QStringLiteral("1/%1").arg(reduction)}};
    preview.note = QStringLiteral("%1 x %2 (1/%3)")
                       .arg(timings.previewSize.width())
                       .arg(timings.previewSize.height())
                       .arg(reduction);
    report.add(preview);
    BenchCase full;
    full.name = QStringLiteral("full");
    full.rows = 1;
    full.ours.medianMs = timings.fullMs;
    full.ours.p95Ms = timings.fullMs;
    full.floorApplies = false;
    full.floorReason = QStringLiteral("no reference");
    full.extra = {{QStringLiteral("width"), timings.fullSize.width()},
                  {QStringLiteral("height"), timings.fullSize.height()}};
    full.note = QStringLiteral("%1 x %2").arg(timings.fullSize.width()).arg(timings.fullSize.height());
    report.add(full);
    report.summary({{QStringLiteral("file"), path},
                    {QStringLiteral("size_bytes"), qint64(bytes.size())},
                    {QStringLiteral("peak_rss_kb"), timings.peakRssKb},
                    {QStringLiteral("repeat"), options.repeat}},
                   tr("\n%1 (%2 bytes), median of %3 runs; peak resident memory %4 MB")
                       .arg(path)
                       .arg(bytes.size())
                       .arg(options.repeat)
                       .arg(double(timings.peakRssKb) / 1024.0, 0, 'f', 1));
    return 0;
}

} // namespace reissuedesk::cli
