#include "storage/ReportRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QHash>

namespace reissuedesk {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

QSqlQuery execute(const Database &database, const QString &statement, const QString &what,
                  const QVariantList &values)
{
    QSqlQuery query = sql::prepare(database.connection(), statement);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        throw StorageError::fromQuery(what, query);
    return query;
}

std::optional<qint64> optionalMs(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// The nearest-rank selection over a `ranked` CTE with columns (duration, rn, n)
// per `groupColumn` (or one group): rn = ceil(n/2) is the median, rn =
// ceil(9n/10) the 90th percentile, in integer arithmetic both back ends share.
QString nearestRankSelect(const QString &groupColumn)
{
    const QString group = groupColumn.isEmpty() ? QString() : groupColumn + QStringLiteral(", ");
    return QStringLiteral("SELECT %1MAX(n), MAX(CASE WHEN rn = (n + 1) / 2 THEN duration END), "
                          "MAX(CASE WHEN rn = (9 * n + 9) / 10 THEN duration END) FROM ranked%2")
        .arg(group, groupColumn.isEmpty() ? QString() : QStringLiteral(" GROUP BY ") + groupColumn);
}

DurationSummary summaryFrom(const QSqlQuery &query, int first)
{
    DurationSummary summary;
    summary.count = query.value(first).toLongLong();
    summary.medianMs = optionalMs(query.value(first + 1));
    summary.p90Ms = optionalMs(query.value(first + 2));
    return summary;
}

} // namespace

QString backlogAgeKey(BacklogBucket::Age age)
{
    switch (age) {
    case BacklogBucket::Age::UpTo6h:
        return QStringLiteral("0-6h");
    case BacklogBucket::Age::From6To12h:
        return QStringLiteral("6-12h");
    case BacklogBucket::Age::From12To24h:
        return QStringLiteral("12-24h");
    case BacklogBucket::Age::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

ReportRepository::ReportRepository(const Database &database)
    : m_database(database)
{
}

Report ReportRepository::load(const ReportPeriod &period, const QDateTime &asOf) const
{
    Report report;
    report.period = period;
    report.asOf = asOf;
    report.received = received(period);
    loadDecisionTotals(report);
    report.submittedToDecided = submittedToDecided(period);
    report.claimedToDecided = claimedToDecided(period);
    report.backlog = backlog(asOf);
    report.rejectionReasons = rejectionReasons(period);
    report.operators = operators(period);
    report.decisionsPerDay = decisionsPerDay(period);
    loadSecondReviewsWaiting(report);
    return report;
}

// The period's final decisions as a CTE body: (id, application_id,
// review_round, operator_id, outcome, decided_at, final_at). Two halves so that
// each reads its own index (decisions_decided, decisions_confirmed); binds
// periodValues().
QString ReportRepository::finalDecisions() const
{
    return QStringLiteral(
        "SELECT d.id, d.application_id, d.review_round, d.operator_id, d.outcome, d.decided_at, "
        "d.decided_at AS final_at FROM decisions d WHERE d.decided_at >= ? AND d.decided_at < ? "
        "AND NOT d.needs_second_review "
        "UNION ALL "
        "SELECT d.id, d.application_id, d.review_round, d.operator_id, d.outcome, d.decided_at, "
        "d.confirmed_at AS final_at FROM decisions d WHERE d.confirmed_at >= ? AND d.confirmed_at < ? "
        "AND d.needs_second_review");
}

QVariantList ReportRepository::periodValues(const ReportPeriod &period) const
{
    const SqlDialect &dialect = m_database.dialect();
    const QVariant from = dialect.toDatabaseTime(period.from);
    const QVariant to = dialect.toDatabaseTime(period.to);
    return {from, to, from, to};
}

// Whole milliseconds from `earlier` to `later` (two time expressions).
QString ReportRepository::millisecondsBetween(const QString &later, const QString &earlier) const
{
    if (m_database.dialect().name() == QLatin1String("postgresql"))
        return QStringLiteral("CAST(EXTRACT(EPOCH FROM (%1 - %2)) * 1000 AS BIGINT)").arg(later, earlier);
    return QStringLiteral("(%1 - %2)").arg(later, earlier);
}

// A bound time inside an expression (PostgreSQL cannot infer "timestamptz - ?").
QString ReportRepository::boundTime() const
{
    if (m_database.dialect().name() == QLatin1String("postgresql"))
        return QStringLiteral("CAST(? AS TIMESTAMPTZ)");
    return QStringLiteral("?");
}

qint64 ReportRepository::received(const ReportPeriod &period) const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query =
        execute(m_database, QStringLiteral("SELECT COUNT(*) FROM applications WHERE submitted_at >= ? AND submitted_at < ?"),
                QStringLiteral("counting the applications received"),
                {dialect.toDatabaseTime(period.from), dialect.toDatabaseTime(period.to)});
    return query.next() ? query.value(0).toLongLong() : 0;
}

void ReportRepository::loadDecisionTotals(Report &report) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1) SELECT COUNT(*), "
                       "COALESCE(SUM(CASE WHEN fd.outcome = 'approve' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN fd.outcome = 'reject' THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN fd.final_at <= %2 THEN 1 ELSE 0 END), 0) "
                       "FROM fd JOIN applications a ON a.id = fd.application_id")
            .arg(finalDecisions(), m_database.dialect().timePlusSeconds(QStringLiteral("a.submitted_at"), 86400)),
        QStringLiteral("counting the decisions"), periodValues(report.period));
    if (query.next()) {
        report.decided = query.value(0).toLongLong();
        report.approved = query.value(1).toLongLong();
        report.rejected = query.value(2).toLongLong();
        report.decidedWithin24h = query.value(3).toLongLong();
    }
}

DurationSummary ReportRepository::submittedToDecided(const ReportPeriod &period) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), ranked AS (SELECT duration, ROW_NUMBER() OVER (ORDER BY duration) AS rn, "
                       "COUNT(*) OVER () AS n FROM (SELECT %2 AS duration FROM fd JOIN applications a ON a.id = "
                       "fd.application_id) durations) %3")
            .arg(finalDecisions(), millisecondsBetween(QStringLiteral("fd.final_at"), QStringLiteral("a.submitted_at")),
                 nearestRankSelect({})),
        QStringLiteral("measuring the time from submission to decision"), periodValues(period));
    return query.next() ? summaryFrom(query, 0) : DurationSummary{};
}

// Claimed -> decided: the deciding operator's own time, from their claim
// (kept in decision_claims) to their decision (decided_at, also for approvals
// confirmed later). Decisions without a kept claim are left out.
DurationSummary ReportRepository::claimedToDecided(const ReportPeriod &period) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), ranked AS (SELECT duration, ROW_NUMBER() OVER (ORDER BY duration) AS rn, "
                       "COUNT(*) OVER () AS n FROM (SELECT %2 AS duration FROM fd JOIN decision_claims c ON "
                       "c.application_id = fd.application_id AND c.review_round = fd.review_round AND "
                       "c.operator_id = fd.operator_id) durations) %3")
            .arg(finalDecisions(), millisecondsBetween(QStringLiteral("fd.decided_at"), QStringLiteral("c.claimed_at")),
                 nearestRankSelect({})),
        QStringLiteral("measuring the time from claim to decision"), periodValues(period));
    return query.next() ? summaryFrom(query, 0) : DurationSummary{};
}

QList<BacklogBucket> ReportRepository::backlog(const QDateTime &asOf) const
{
    const SqlDialect &dialect = m_database.dialect();
    // Ages compared as submission times, so the partial index applications_backlog
    // (whose WHERE term this repeats) serves the whole count.
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("SELECT COALESCE(SUM(CASE WHEN submitted_at > ? THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN submitted_at <= ? AND submitted_at > ? THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN submitted_at <= ? AND submitted_at > ? THEN 1 ELSE 0 END), 0), "
                       "COALESCE(SUM(CASE WHEN submitted_at <= ? THEN 1 ELSE 0 END), 0) FROM applications "
                       "WHERE status IN ('pending', 'in_review', 'awaiting_second_review')"),
        QStringLiteral("counting the backlog by age"),
        {dialect.toDatabaseTime(asOf.addMSecs(-6 * HourMs)), dialect.toDatabaseTime(asOf.addMSecs(-6 * HourMs)),
         dialect.toDatabaseTime(asOf.addMSecs(-12 * HourMs)), dialect.toDatabaseTime(asOf.addMSecs(-12 * HourMs)),
         dialect.toDatabaseTime(asOf.addMSecs(-DayMs)), dialect.toDatabaseTime(asOf.addMSecs(-DayMs))});
    QList<BacklogBucket> buckets;
    const BacklogBucket::Age ages[] = {BacklogBucket::Age::UpTo6h, BacklogBucket::Age::From6To12h,
                                       BacklogBucket::Age::From12To24h, BacklogBucket::Age::Overdue};
    const bool hasRow = query.next();
    for (int i = 0; i < 4; ++i)
        buckets.append({ages[i], hasRow ? query.value(i).toLongLong() : 0});
    return buckets;
}

QList<RejectionReasonCount> ReportRepository::rejectionReasons(const ReportPeriod &period) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1) SELECT r.code, r.title_zh, r.title_en, COUNT(*) AS n FROM fd "
                       "JOIN decision_reasons dr ON dr.decision_id = fd.id JOIN reject_reasons r ON r.code = "
                       "dr.reason_code WHERE fd.outcome = 'reject' GROUP BY r.code, r.title_zh, r.title_en "
                       "ORDER BY n DESC, r.code%2")
            .arg(finalDecisions(), m_database.dialect().binaryCollation()),
        QStringLiteral("counting the rejection reasons"), periodValues(period));
    QList<RejectionReasonCount> reasons;
    while (query.next())
        reasons.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toLongLong()});
    return reasons;
}

QList<OperatorFigures> ReportRepository::operators(const ReportPeriod &period) const
{
    const SqlDialect &dialect = m_database.dialect();
    QVariantList values = periodValues(period);
    values << dialect.toDatabaseTime(period.from) << dialect.toDatabaseTime(period.to);
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), counted AS (SELECT operator_id, COUNT(*) AS decisions, "
                       "SUM(CASE WHEN outcome = 'approve' THEN 1 ELSE 0 END) AS approved, "
                       "SUM(CASE WHEN outcome = 'reject' THEN 1 ELSE 0 END) AS rejected FROM fd GROUP BY "
                       "operator_id), asked AS (SELECT operator_id, COUNT(*) AS asked FROM decisions WHERE "
                       "decided_at >= ? AND decided_at < ? AND needs_second_review GROUP BY operator_id) "
                       "SELECT o.id, o.login, o.display_name, COALESCE(counted.decisions, 0), "
                       "COALESCE(counted.approved, 0), COALESCE(counted.rejected, 0), COALESCE(asked.asked, 0) "
                       "FROM operators o LEFT JOIN counted ON counted.operator_id = o.id LEFT JOIN asked ON "
                       "asked.operator_id = o.id WHERE counted.operator_id IS NOT NULL OR asked.operator_id IS "
                       "NOT NULL ORDER BY COALESCE(counted.decisions, 0) DESC, o.login%2")
            .arg(finalDecisions(), dialect.binaryCollation()),
        QStringLiteral("counting the decisions per operator"), values);
    QList<OperatorFigures> figures;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        OperatorFigures row;
        row.operatorId = query.value(0).toLongLong();
        row.login = query.value(1).toString();
        row.displayName = query.value(2).toString();
        row.decisions = query.value(3).toLongLong();
        row.approved = query.value(4).toLongLong();
        row.rejected = query.value(5).toLongLong();
        row.secondReviewsAsked = query.value(6).toLongLong();
        indexById.insert(row.operatorId, figures.size());
        figures.append(row);
    }
    query.finish();

    QSqlQuery medians = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), ranked AS (SELECT operator_id, duration, ROW_NUMBER() OVER (PARTITION BY "
                       "operator_id ORDER BY duration) AS rn, COUNT(*) OVER (PARTITION BY operator_id) AS n FROM "
                       "(SELECT fd.operator_id, %2 AS duration FROM fd JOIN decision_claims c ON c.application_id = "
                       "fd.application_id AND c.review_round = fd.review_round AND c.operator_id = fd.operator_id) "
                       "durations) %3")
            .arg(finalDecisions(), millisecondsBetween(QStringLiteral("fd.decided_at"), QStringLiteral("c.claimed_at")),
                 nearestRankSelect(QStringLiteral("operator_id"))),
        QStringLiteral("measuring the handling time per operator"), periodValues(period));
    while (medians.next()) {
        const auto found = indexById.constFind(medians.value(0).toLongLong());
        if (found != indexById.constEnd())
            figures[*found].claimedToDecided = summaryFrom(medians, 1);
    }
    return figures;
}

QList<DayCount> ReportRepository::decisionsPerDay(const ReportPeriod &period) const
{
    QList<DayCount> days;
    if (!period.from.isValid() || !period.to.isValid() || period.to <= period.from)
        return days;
    const qint64 dayCount = (period.from.msecsTo(period.to) + DayMs - 1) / DayMs;
    for (qint64 i = 0; i < dayCount; ++i)
        days.append({period.from.date().addDays(i), 0, 0});

    QVariantList values{m_database.dialect().toDatabaseTime(period.from)};
    values << periodValues(period);
    // Days counted from the period's start, so they are the days of the time
    // zone the period was chosen in.
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (SELECT outcome, %1 / %2 AS day_index FROM (%3) f) SELECT day_index, "
                       "SUM(CASE WHEN outcome = 'approve' THEN 1 ELSE 0 END), SUM(CASE WHEN outcome = 'reject' "
                       "THEN 1 ELSE 0 END) FROM fd GROUP BY day_index")
            .arg(millisecondsBetween(QStringLiteral("f.final_at"), boundTime()), QString::number(DayMs),
                 finalDecisions()),
        QStringLiteral("counting the decisions per day"), values);
    while (query.next()) {
        const qint64 index = query.value(0).toLongLong();
        if (index < 0 || index >= days.size())
            continue;
        days[index].approved = query.value(1).toLongLong();
        days[index].rejected = query.value(2).toLongLong();
    }
    return days;
}

void ReportRepository::loadSecondReviewsWaiting(Report &report) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("SELECT COUNT(*), MIN(%1) FROM applications a JOIN decisions d ON d.application_id = a.id "
                       "AND d.review_round = a.review_round WHERE a.status = 'awaiting_second_review'")
            .arg(m_database.dialect().selectTime(QStringLiteral("d.decided_at"))),
        QStringLiteral("counting the second reviews waiting"), {});
    if (query.next()) {
        report.secondReviewsWaiting = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            report.oldestSecondReviewSince = m_database.dialect().fromDatabaseTime(query.value(1));
    }
}

} // namespace reissuedesk
