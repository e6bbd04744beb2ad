#include "storage/ReportRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QHash>
#include <QTimeZone>
#include <algorithm>

namespace reissuedesk {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

QSqlQuery execute(const Database &database, const QString &statement, const QString &what, const QVariantList &values)
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
    loadDecisionCounts(report);
    report.submittedToDecided = submittedToDecided(period);
    report.claimedToDecided = claimedToDecided(period);
    loadOperatorDetails(report);
    report.backlog = backlog(asOf);
    report.rejectionReasons = rejectionReasons(period);
    loadSecondReviewsWaiting(report);
    return report;
}

// The period's final decisions as a CTE body: (id, operator_id, outcome,
// decided_at, final_at, application_submitted_at, claimed_at). Two halves so
// that each reads its own covering index (decisions_report_decided,
// decisions_report_confirmed: migration 0013 (both back ends), which also
// copies the application's submission time and the kept claim time into each
// decision, so no figure looks up applications per decision); binds periodValues().
QString ReportRepository::finalDecisions() const
{
    return QStringLiteral(
        "SELECT d.id, d.operator_id, d.outcome, d.decided_at, d.decided_at AS final_at, "
        "d.application_submitted_at, d.claimed_at FROM decisions d WHERE d.decided_at >= ? AND d.decided_at < ? "
        "AND NOT d.needs_second_review "
        "UNION ALL "
        "SELECT d.id, d.operator_id, d.outcome, d.decided_at, d.confirmed_at AS final_at, "
        "d.application_submitted_at, d.claimed_at FROM decisions d WHERE d.confirmed_at >= ? AND d.confirmed_at < ? "
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

// A decision's day is the day of its local time. Where the period holds a
// daylight-saving change, local days are 23 or 25 hours long, so the time
// since the period's start is shifted by the difference between the offset
// in force at the decision and the one at the start: a CASE over the
// changes in the period (none in China; two a year at most elsewhere).
QString ReportRepository::localTimeShift(const ReportPeriod &period, QVariantList &values) const
{
    const QTimeZone zone = period.from.timeZone();
    const int startOffset = period.from.offsetFromUtc();
    QStringList changes;
    const QTimeZone::OffsetDataList transitions = zone.transitions(period.from, period.to);
    for (auto it = transitions.crbegin(); it != transitions.crend(); ++it) {
        changes << QStringLiteral("WHEN fd.final_at >= %1 THEN %2")
                       .arg(boundTime())
                       .arg(qint64(it->offsetFromUtc - startOffset) * 1000);
        values << m_database.dialect().toDatabaseTime(it->atUtc);
    }
    if (changes.isEmpty())
        return QStringLiteral("0");
    return QStringLiteral("(CASE %1 ELSE 0 END)").arg(changes.join(QLatin1Char(' ')));
}

qint64 ReportRepository::received(const ReportPeriod &period) const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query = execute(
        m_database, QStringLiteral("SELECT COUNT(*) FROM applications WHERE submitted_at >= ? AND submitted_at < ?"),
        QCoreApplication::translate("ReportRepository", "counting the applications received"),
        {dialect.toDatabaseTime(period.from), dialect.toDatabaseTime(period.to)});
    return query.next() ? query.value(0).toLongLong() : 0;
}

// One scan of the period's decisions grouped by (operator, day, outcome): the
// totals, the days and the operators' counts are sums of these groups (at most
// operators x days x 2 rows), so the decisions are read once, not three times.
void ReportRepository::loadDecisionCounts(Report &report) const
{
    const ReportPeriod &period = report.period;
    report.decided = report.approved = report.rejected = report.decidedWithin24h = 0;
    report.decisionsPerDay.clear();
    report.operators.clear();
    if (!period.from.isValid() || !period.to.isValid() || period.to <= period.from)
        return;
    // Callers refuse longer periods (the admin tool, the reports page); the
    // list stops there all the same.
    const qint64 dayCount = std::min(period.days(), ReportPeriod::MaxDays);
    for (qint64 i = 0; i < dayCount; ++i)
        report.decisionsPerDay.append({period.from.date().addDays(i), 0, 0});

    QVariantList values{m_database.dialect().toDatabaseTime(period.from)};
    const QString shift = localTimeShift(period, values);
    values << periodValues(period);
    // Days counted from the period's start, so they are the days of the time
    // zone the period was chosen in.
    QSqlQuery query =
        execute(m_database,
                QStringLiteral("SELECT operator_id, (%1 + %5) / %2 AS day_index, outcome, COUNT(*), "
                               "SUM(CASE WHEN final_at <= %3 THEN 1 ELSE 0 END) FROM (%4) fd "
                               "GROUP BY operator_id, day_index, outcome")
                    .arg(millisecondsBetween(QStringLiteral("fd.final_at"), boundTime()), QString::number(DayMs),
                         m_database.dialect().timePlusSeconds(QStringLiteral("fd.application_submitted_at"), 86400),
                         finalDecisions(), shift),
                QCoreApplication::translate("ReportRepository", "counting the decisions"), values);
    QHash<qint64, qsizetype> operatorRow;
    while (query.next()) {
        const qint64 operatorId = query.value(0).toLongLong();
        const qint64 index = query.value(1).toLongLong();
        const bool approved = query.value(2).toString() == QLatin1String("approve");
        const qint64 count = query.value(3).toLongLong();
        report.decided += count;
        (approved ? report.approved : report.rejected) += count;
        report.decidedWithin24h += query.value(4).toLongLong();
        if (index >= 0 && index < report.decisionsPerDay.size())
            (approved ? report.decisionsPerDay[index].approved : report.decisionsPerDay[index].rejected) += count;
        auto found = operatorRow.constFind(operatorId);
        if (found == operatorRow.constEnd()) {
            found = operatorRow.insert(operatorId, report.operators.size());
            OperatorFigures figures;
            figures.operatorId = operatorId;
            report.operators.append(figures);
        }
        OperatorFigures &figures = report.operators[*found];
        figures.decisions += count;
        (approved ? figures.approved : figures.rejected) += count;
    }
}

DurationSummary ReportRepository::submittedToDecided(const ReportPeriod &period) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), ranked AS (SELECT duration, ROW_NUMBER() OVER (ORDER BY duration) AS rn, "
                       "COUNT(*) OVER () AS n FROM (SELECT %2 AS duration FROM fd) durations) %3")
            .arg(finalDecisions(),
                 millisecondsBetween(QStringLiteral("fd.final_at"), QStringLiteral("fd.application_submitted_at")),
                 nearestRankSelect({})),
        QCoreApplication::translate("ReportRepository", "measuring the time from submission to decision"),
        periodValues(period));
    return query.next() ? summaryFrom(query, 0) : DurationSummary{};
}

// Claimed -> decided: the deciding operator's own time, from their claim
// (kept in decisions.claimed_at) to their decision (decided_at, also for approvals
// confirmed later). Decisions without a kept claim are left out.
DurationSummary ReportRepository::claimedToDecided(const ReportPeriod &period) const
{
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), ranked AS (SELECT duration, ROW_NUMBER() OVER (ORDER BY duration) AS rn, "
                       "COUNT(*) OVER () AS n FROM (SELECT %2 AS duration FROM fd WHERE fd.claimed_at IS NOT NULL) "
                       "durations) %3")
            .arg(finalDecisions(),
                 millisecondsBetween(QStringLiteral("fd.decided_at"), QStringLiteral("fd.claimed_at")),
                 nearestRankSelect({})),
        QCoreApplication::translate("ReportRepository", "measuring the time from claim to decision"),
        periodValues(period));
    return query.next() ? summaryFrom(query, 0) : DurationSummary{};
}

QList<BacklogBucket> ReportRepository::backlog(const QDateTime &asOf) const
{
    const SqlDialect &dialect = m_database.dialect();
    // Ages as due times: due_at = submitted_at + 24 h (a CHECK constraint on
    // both back ends), so "submitted more than 6 h ago" is "due in less than
    // 18 h", and applications_status_due (status, due_at, id) answers the whole
    // count from the index alone (a range count per age: cheaper than one
    // pass that tests every row four times).
    auto dueBy = [&](qint64 ageMs) { return dialect.toDatabaseTime(asOf.addMSecs(DayMs - ageMs)); };
    QSqlQuery query = execute(
        m_database,
        QStringLiteral("SELECT (SELECT COUNT(*) FROM applications WHERE %1 AND due_at > ?), "
                       "(SELECT COUNT(*) FROM applications WHERE %1 AND due_at <= ? AND due_at > ?), "
                       "(SELECT COUNT(*) FROM applications WHERE %1 AND due_at <= ? AND due_at > ?), "
                       "(SELECT COUNT(*) FROM applications WHERE %1 AND due_at <= ?)")
            .arg(QStringLiteral("status IN ('pending', 'in_review', 'awaiting_second_review')")),
        QCoreApplication::translate("ReportRepository", "counting the backlog by age"),
        {dueBy(6 * HourMs), dueBy(6 * HourMs), dueBy(12 * HourMs), dueBy(12 * HourMs), dueBy(DayMs), dueBy(DayMs)});
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
        QCoreApplication::translate("ReportRepository", "counting the rejection reasons"), periodValues(period));
    QList<RejectionReasonCount> reasons;
    while (query.next())
        reasons.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toLongLong()});
    return reasons;
}

// The operators' names, their second reviews asked (approvals recorded in the
// period that needed a second review, whatever came of them) and their median
// handling time; operators who only asked are added. Most decisions first.
void ReportRepository::loadOperatorDetails(Report &report) const
{
    const SqlDialect &dialect = m_database.dialect();
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < report.operators.size(); ++i)
        indexById.insert(report.operators.at(i).operatorId, i);
    auto figuresFor = [&](qint64 operatorId) -> OperatorFigures & {
        auto found = indexById.constFind(operatorId);
        if (found == indexById.constEnd()) {
            found = indexById.insert(operatorId, report.operators.size());
            OperatorFigures figures;
            figures.operatorId = operatorId;
            report.operators.append(figures);
        }
        return report.operators[*found];
    };

    QSqlQuery asked = execute(
        m_database,
        QStringLiteral("SELECT operator_id, COUNT(*) FROM decisions WHERE decided_at >= ? AND decided_at < ? AND "
                       "needs_second_review GROUP BY operator_id"),
        QCoreApplication::translate("ReportRepository", "counting the second reviews asked"),
        {dialect.toDatabaseTime(report.period.from), dialect.toDatabaseTime(report.period.to)});
    while (asked.next())
        figuresFor(asked.value(0).toLongLong()).secondReviewsAsked = asked.value(1).toLongLong();
    asked.finish();

    QSqlQuery medians = execute(
        m_database,
        QStringLiteral("WITH fd AS (%1), ranked AS (SELECT operator_id, duration, ROW_NUMBER() OVER (PARTITION BY "
                       "operator_id ORDER BY duration) AS rn, COUNT(*) OVER (PARTITION BY operator_id) AS n FROM "
                       "(SELECT fd.operator_id, %2 AS duration FROM fd WHERE fd.claimed_at IS NOT NULL) durations) %3")
            .arg(finalDecisions(),
                 millisecondsBetween(QStringLiteral("fd.decided_at"), QStringLiteral("fd.claimed_at")),
                 nearestRankSelect(QStringLiteral("operator_id"))),
        QCoreApplication::translate("ReportRepository", "measuring the handling time per operator"),
        periodValues(report.period));
    while (medians.next()) {
        const auto found = indexById.constFind(medians.value(0).toLongLong());
        if (found != indexById.constEnd())
            report.operators[*found].claimedToDecided = summaryFrom(medians, 1);
    }
    medians.finish();

    QSqlQuery names = execute(m_database, QStringLiteral("SELECT id, login, display_name FROM operators"),
                              QCoreApplication::translate("ReportRepository", "reading the operators' names"), {});
    while (names.next()) {
        const auto found = indexById.constFind(names.value(0).toLongLong());
        if (found != indexById.constEnd()) {
            report.operators[*found].login = names.value(1).toString();
            report.operators[*found].displayName = names.value(2).toString();
        }
    }
    std::sort(report.operators.begin(), report.operators.end(), [](const OperatorFigures &a, const OperatorFigures &b) {
        return a.decisions != b.decisions ? a.decisions > b.decisions : a.login < b.login;
    });
}

void ReportRepository::loadSecondReviewsWaiting(Report &report) const
{
    QSqlQuery query = execute(
        m_database,
        // From the (few) waiting applications to their decision, never the other way round.
        QStringLiteral("SELECT COUNT(*), MIN(%1) FROM (SELECT (SELECT d.decided_at FROM decisions d WHERE "
                       "d.application_id = a.id AND d.review_round = a.review_round) AS asked_at FROM applications a "
                       "WHERE a.status = 'awaiting_second_review') waiting")
            .arg(m_database.dialect().selectTime(QStringLiteral("asked_at"))),
        QCoreApplication::translate("ReportRepository", "counting the second reviews waiting"), {});
    if (query.next()) {
        report.secondReviewsWaiting = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            report.oldestSecondReviewSince = m_database.dialect().fromDatabaseTime(query.value(1));
    }
}

} // namespace reissuedesk
