#include "cli/QueueBenchmark.h"

#include "core/CardNumber.h"
#include "storage/ApplicationStatistics.h"
#include "storage/Database.h"
#include "storage/QueueRepository.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace reissuedesk::cli {
namespace {

// How many ids after the median pickSample() looks at before it takes the first
// row of the queue instead.
constexpr qint64 sampleProbeLimit = 2000;

struct CaseSpec {
    QString name;
    QueueFilter filter;
};

void addFloor(BenchCase &benchCase, const SqlClientTimer::Result &floor, bool batched) {
    benchCase.floorMs = floor.medianMs;
    benchCase.floorReason = floor.failure;
    if (floor.medianMs && batched)
        benchCase.extra.insert(QStringLiteral("floor_batch"), floor.batch);
}

} // namespace

QueueBenchmark::QueueBenchmark(const Database &database, const BenchOptions &options)
    : m_database(database)
    , m_options(options) {}

QueueBenchmark::Sample QueueBenchmark::pickSample(const QueueRepository &repository) const {
    const QueueFilter defaults;
    Sample sample;
    const qint64 start = std::max<qint64>(1, (m_applications + 1) / 2);
    for (qint64 id = start;
         id < start + sampleProbeLimit && (sample.number.isEmpty() || sample.cardLast4.isEmpty()); ++id) {
        const std::optional<ApplicationDetail> detail = repository.detail(id);
        if (!detail || !defaults.statuses.contains(detail->application.status))
            continue;
        const Application &application = detail->application;
        if (sample.number.isEmpty()) {
            sample.number = application.applicationNumber;
            sample.phone = application.contactPhone;
            sample.name = application.applicantName;
        }
        const QString lastFour = CardNumber::lastFour(application.oldCardNumber);
        if (sample.cardLast4.isEmpty() && lastFour.size() == 4)
            sample.cardLast4 = lastFour;
    }
    if (sample.number.isEmpty() || sample.cardLast4.isEmpty()) {
        // Ids far from dense around the median: the first rows of the queue.
        const QList<QueueRow> rows = repository.page(defaults, std::nullopt, pageSize, m_now);
        if (rows.isEmpty())
            throw std::runtime_error("the queue is empty (no pending or in-review applications): "
                                     "seed the database first (reissuedesk-admin seed-demo)");
        if (sample.number.isEmpty()) {
            sample.number = rows.first().applicationNumber;
            sample.phone = rows.first().contactPhone;
            sample.name = rows.first().applicantName;
        }
        for (const QueueRow &row : rows) {
            const QString lastFour = CardNumber::lastFour(row.oldCardNumber);
            if (sample.cardLast4.isEmpty() && lastFour.size() == 4)
                sample.cardLast4 = lastFour;
        }
    }
    return sample;
}

SqlClientTimer::Result QueueBenchmark::measureFloor(const QueueRepository &repository,
                                                    const SqlClientTimer &timer, const QueueFilter &filter,
                                                    const std::optional<QueueRow> &after,
                                                    double estimateMs) const {
    const QueueRepository::Statement statement = repository.pageStatement(filter, after, pageSize, m_now);
    return timer.time(statement.sql, statement.values, m_options.warmup, m_options.repeat, estimateMs);
}

QString QueueBenchmark::inlinedStatement(const QueueRepository &repository, const QueueFilter &filter,
                                         const std::optional<QueueRow> &after) const {
    const QueueRepository::Statement statement = repository.pageStatement(filter, after, pageSize, m_now);
    try {
        return SqlClientTimer::inlineValues(statement.sql, statement.values, !m_database.url().isSqlite());
    } catch (const std::invalid_argument &error) {
        return QString::fromUtf8(error.what());
    }
}

BenchCase QueueBenchmark::measurePage(const QueueRepository &repository, const SqlClientTimer &timer,
                                      const QString &name, const QueueFilter &filter) const {
    BenchCase result;
    result.name = name;
    QList<QueueRow> rows;
    result.ours = BenchTiming::of(
        timeRuns(m_options, [&] { rows = repository.page(filter, std::nullopt, pageSize, m_now); }));
    result.rows = rows.size();
    if (!filter.search.isEmpty()) {
        result.extra.insert(QStringLiteral("search"), filter.search);
        result.note = QStringLiteral("search \"%1\"").arg(filter.search);
    }
    if (m_options.showSql) {
        const QString sql = inlinedStatement(repository, filter, std::nullopt);
        result.extra.insert(QStringLiteral("sql"), sql);
        result.details.append(sql);
    }
    addFloor(result, measureFloor(repository, timer, filter, std::nullopt, result.ours.medianMs),
             m_database.url().isSqlite());
    return result;
}

BenchCase QueueBenchmark::measureScroll(const QueueRepository &repository,
                                        const SqlClientTimer &timer) const {
    const QueueFilter filter;
    BenchCase result;
    result.name = QStringLiteral("deep_scroll");
    int pages = 0;
    qint64 rowsWalked = 0;
    std::optional<QueueRow> lastPageAfter;
    const QList<double> walks = timeRuns(m_options, [&] {
        std::optional<QueueRow> after;
        pages = 0;
        rowsWalked = 0;
        while (pages < scrollPages) {
            const QList<QueueRow> rows = repository.page(filter, after, pageSize, m_now);
            ++pages;
            rowsWalked += rows.size();
            lastPageAfter = after;
            if (rows.size() < pageSize)
                break;
            after = rows.last();
        }
    });
    result.ours = BenchTiming::of(walks);
    result.rows = rowsWalked;

    QList<QueueRow> lastRows;
    const BenchTiming lastPage = BenchTiming::of(
        timeRuns(m_options, [&] { lastRows = repository.page(filter, lastPageAfter, pageSize, m_now); }));
    const SqlClientTimer::Result floor =
        measureFloor(repository, timer, filter, lastPageAfter, lastPage.medianMs);
    const double perPage = pages > 0 ? result.ours.medianMs / pages : 0.0;

    result.floorApplies = false;
    result.floorReason = QStringLiteral("a walk of %1 statements: see last_page_floor_ms").arg(pages);
    result.extra = {
        {QStringLiteral("pages"), pages},
        {QStringLiteral("per_page_ms"), BenchReport::roundMs(perPage)},
        {QStringLiteral("last_page_rows"), lastRows.size()},
        {QStringLiteral("last_page_ms"), BenchReport::roundMs(lastPage.medianMs)},
        {QStringLiteral("last_page_p95_ms"), BenchReport::roundMs(lastPage.p95Ms)},
        {QStringLiteral("last_page_floor_ms"),
         floor.medianMs ? QJsonValue(BenchReport::roundMs(*floor.medianMs)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_page_ratio"),
         floor.medianMs && *floor.medianMs > 0
             ? QJsonValue(std::round(lastPage.medianMs / *floor.medianMs * 100) / 100)
             : QJsonValue(QJsonValue::Null)},
    };
    if (!floor.medianMs)
        result.extra.insert(QStringLiteral("last_page_floor_reason"), floor.failure);
    QString lastFloor = QStringLiteral("no floor: ") + floor.failure;
    if (floor.medianMs)
        lastFloor = QStringLiteral("floor %1, ratio %2")
                        .arg(*floor.medianMs, 0, 'f', 3)
                        .arg(*floor.medianMs > 0 ? lastPage.medianMs / *floor.medianMs : 0.0, 0, 'f', 2);
    result.note = QStringLiteral("%1 pages, %2 ms/page; page %1 alone: %3 ms, p95 %4, %5")
                      .arg(pages)
                      .arg(perPage, 0, 'f', 3)
                      .arg(lastPage.medianMs, 0, 'f', 3)
                      .arg(lastPage.p95Ms, 0, 'f', 3)
                      .arg(lastFloor);
    if (m_options.showSql) {
        const QString sql = inlinedStatement(repository, filter, lastPageAfter);
        result.extra.insert(QStringLiteral("last_page_sql"), sql);
        result.details.append(QStringLiteral("page %1: ").arg(pages) + sql);
    }
    return result;
}

BenchCase QueueBenchmark::measureCounts(const QueueRepository &repository) const {
    BenchCase result;
    result.name = QStringLiteral("counts");
    QueueCounts counts;
    result.ours = BenchTiming::of(timeRuns(m_options, [&] { counts = repository.counts(m_now); }));
    result.rows = 3;
    result.floorApplies = false;
    result.floorReason = QStringLiteral("three statements");
    result.extra = {{QStringLiteral("pending"), counts.pending},
                    {QStringLiteral("overdue"), counts.overdue},
                    {QStringLiteral("held_by_me"), counts.heldByMe}};
    result.note = QStringLiteral("pending %1, overdue %2, held by me %3")
                      .arg(counts.pending)
                      .arg(counts.overdue)
                      .arg(counts.heldByMe);
    return result;
}

void QueueBenchmark::run(const std::function<void(const QString &)> &progress,
                         const std::function<void(const BenchCase &)> &report) {
    m_now = QDateTime::currentDateTimeUtc();
    m_applications = ApplicationStatistics(m_database).total();
    if (m_applications == 0)
        throw std::runtime_error(
            "the database has no applications: seed it first (reissuedesk-admin seed-demo)");
    const QueueRepository repository(m_database, 0);
    const SqlClientTimer timer(m_database);
    m_floorClient = timer.isAvailable() ? timer.description() : QString();

    progress(QStringLiteral("picking search values"));
    const Sample sample = pickSample(repository);

    QList<CaseSpec> cases;
    auto add = [&cases](const char *name, const std::function<void(QueueFilter &)> &change) {
        QueueFilter filter;
        change(filter);
        cases.append({QString::fromLatin1(name), filter});
    };
    add("first_page", [](QueueFilter &) {});
    add("search_number", [&](QueueFilter &f) { f.search = sample.number; });
    add("search_number_prefix",
        [&](QueueFilter &f) { f.search = sample.number.left(10) + QStringLiteral("-0001"); });
    add("search_phone", [&](QueueFilter &f) { f.search = sample.phone; });
    add("search_name", [&](QueueFilter &f) { f.search = sample.name; });
    add("search_card_last4", [&](QueueFilter &f) { f.search = sample.cardLast4; });
    add("filter_agent_damaged", [](QueueFilter &f) {
        f.channel = SalesChannel::Agent;
        f.reason = ReplacementReason::Damaged;
    });
    add("filter_overdue", [](QueueFilter &f) { f.overdueOnly = true; });
    add("filter_flagged", [](QueueFilter &f) { f.flaggedOnly = true; });
    add("filter_status_rejected", [](QueueFilter &f) { f.statuses = {ApplicationStatus::Rejected}; });
    add("sort_submitted_desc", [](QueueFilter &f) {
        f.sortKey = QueueSortKey::Submitted;
        f.descending = true;
    });
    add("sort_number", [](QueueFilter &f) { f.sortKey = QueueSortKey::Number; });

    for (const CaseSpec &spec : std::as_const(cases)) {
        progress(spec.name);
        report(measurePage(repository, timer, spec.name, spec.filter));
    }
    progress(QStringLiteral("deep_scroll"));
    report(measureScroll(repository, timer));
    progress(QStringLiteral("counts"));
    report(measureCounts(repository));
}

} // namespace reissuedesk::cli
