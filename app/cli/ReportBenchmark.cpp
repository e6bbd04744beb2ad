#include "cli/ReportBenchmark.h"

#include "storage/ApplicationStatistics.h"
#include "storage/ReportRepository.h"

namespace reissuedesk::cli {

ReportBenchmark::ReportBenchmark(const Database &database, const BenchOptions &options)
    : m_database(database)
    , m_options(options)
{
}

BenchCase ReportBenchmark::measure(const QString &name, const std::function<qint64()> &work) const
{
    BenchCase benchCase;
    benchCase.name = name;
    const QList<double> times = timeRuns(m_options, [&] { benchCase.rows = work(); });
    benchCase.ours = BenchTiming::of(times);
    benchCase.floorApplies = false;
    benchCase.floorReason = QStringLiteral("no reference client: the report is SQL already");
    return benchCase;
}

void ReportBenchmark::run(const std::function<void(const QString &)> &progress,
                          const std::function<void(const BenchCase &)> &report)
{
    m_applications = ApplicationStatistics(m_database).total();
    const ReportRepository repository(m_database);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime today(now.date(), QTime(0, 0));
    const QDateTime tomorrow = today.addDays(1);
    struct Span {
        QString name;
        ReportPeriod period;
    };
    const QList<Span> spans{{QStringLiteral("page: today"), {today, tomorrow}},
                            {QStringLiteral("page: 7 days"), {today.addDays(-6), tomorrow}},
                            {QStringLiteral("page: 30 days"), {today.addDays(-29), tomorrow}}};
    for (const Span &span : spans) {
        progress(span.name);
        report(measure(span.name, [&] { return repository.load(span.period, now).decided; }));
    }
    const ReportPeriod month = spans.last().period;
    const QList<std::pair<QString, std::function<qint64()>>> parts{
        {QStringLiteral("30 days: received"), [&] { return repository.received(month); }},
        {QStringLiteral("30 days: decision counts (totals, per day, per operator)"),
         [&] {
             Report counts;
             counts.period = month;
             repository.loadDecisionCounts(counts);
             return counts.decided;
         }},
        {QStringLiteral("30 days: submitted -> decided"), [&] { return repository.submittedToDecided(month).count; }},
        {QStringLiteral("30 days: claimed -> decided"), [&] { return repository.claimedToDecided(month).count; }},
        {QStringLiteral("backlog by age"),
         [&] {
             qint64 total = 0;
             for (const BacklogBucket &bucket : repository.backlog(now))
                 total += bucket.count;
             return total;
         }},
        {QStringLiteral("30 days: rejection reasons"),
         [&] { return qint64(repository.rejectionReasons(month).size()); }},
        {QStringLiteral("30 days: operator details"),
         [&] {
             Report counts;
             counts.period = month;
             repository.loadDecisionCounts(counts);
             repository.loadOperatorDetails(counts);
             return qint64(counts.operators.size());
         }},
        {QStringLiteral("second reviews waiting"),
         [&] {
             Report waiting;
             repository.loadSecondReviewsWaiting(waiting);
             return waiting.secondReviewsWaiting;
         }},
    };
    for (const auto &[name, work] : parts) {
        progress(name);
        report(measure(name, work));
    }
}

} // namespace reissuedesk::cli
