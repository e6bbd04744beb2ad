#pragma once
// Every figure of the supervisors' report, computed by SQL that reads the same
// on SQLite and PostgreSQL (docs/REPORTS.md defines each figure; the tests
// check them against hand-computed fixtures on both back ends).
//
// A decision is *final* when the customer's answer is settled: a rejection or
// an approval that needed no second review at decided_at, an approval that
// needed one at confirmed_at (one returned by the second reviewer never is).
// The period's decisions are the final ones whose final time lies in it.
// Percentiles are nearest-rank, computed with window functions in SQL
// (ROW_NUMBER over the ordered durations, the ceil(p*n)-th value), so both
// back ends pick the same row. Read-only; runs SQL: call it on a worker.

#include "storage/Report.h"

#include <QVariant>

namespace reissuedesk {

class Database;

class ReportRepository {
public:
    explicit ReportRepository(const Database &database);

    // The figures for [period.from, period.to); the backlog and the second
    // reviews waiting as of `asOf`. Throws StorageError.
    Report load(const ReportPeriod &period, const QDateTime &asOf) const;

    // The parts, for the tests and the benchmark.
    qint64 received(const ReportPeriod &period) const;
    // Totals, decisions per day and per-operator counts of report.period.
    void loadDecisionCounts(Report &report) const;
    DurationSummary submittedToDecided(const ReportPeriod &period) const;
    DurationSummary claimedToDecided(const ReportPeriod &period) const;
    QList<BacklogBucket> backlog(const QDateTime &asOf) const;
    QList<RejectionReasonCount> rejectionReasons(const ReportPeriod &period) const;
    // After loadDecisionCounts: names, second reviews asked, median handling time.
    void loadOperatorDetails(Report &report) const;
    void loadSecondReviewsWaiting(Report &report) const;

private:
    QString finalDecisions() const;
    QVariantList periodValues(const ReportPeriod &period) const;
    QString millisecondsBetween(const QString &later, const QString &earlier) const;
    QString boundTime() const;
    QString localTimeShift(const ReportPeriod &period, QVariantList &values) const;

    const Database &m_database;
};

} // namespace reissuedesk
