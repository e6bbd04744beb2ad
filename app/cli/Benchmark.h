#pragma once
// What every `reissuedesk-admin bench WHAT` benchmark shares: timing a callable
// a number of times after warm-up runs, the median and p95 of those times, one
// measured case (our time, the rows it returned, the floor it is compared with)
// and the report that prints cases as a text table or as JSON lines.

#include "cli/CommandOutput.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace reissuedesk::cli {

struct BenchOptions {
    int repeat = 20;      // timed runs per case
    int warmup = 2;       // untimed runs before them
    bool showSql = false; // add each case's statement (values written in) to its record
};

struct BenchTiming {
    double medianMs = 0;
    double p95Ms = 0; // nearest rank: the smallest time >= 95 % of the runs

    static BenchTiming of(QList<double> milliseconds);
};

// Runs `run` options.warmup times untimed, then options.repeat times timed;
// returns each timed run's wall-clock time in milliseconds.
QList<double> timeRuns(const BenchOptions &options, const std::function<void()> &run);

// One line of a benchmark's result.
struct BenchCase {
    QString name;
    qint64 rows = 0;
    BenchTiming ours;
    // The same work done by the reference (e.g. the database's own client); null
    // with a reason when there is none.
    std::optional<double> floorMs;
    QString floorReason;
    // False for cases that have no floor by nature (the reason is then not
    // repeated in the text table, only in the JSON line).
    bool floorApplies = true;
    QJsonObject extra;   // further fields for the JSON line
    QString note;        // the same for the text table (appended to the row)
    QStringList details; // lines printed under the row in the text table

    // ours / floor, when there is a floor above zero.
    std::optional<double> ratio() const;
};

// Prints a benchmark's cases: in text mode a table (header first), with --json
// one object per case and line, then a summary object.
class BenchReport {
public:
    BenchReport(const CommandOutput &out, const QString &bench, const QString &backend);

    void header() const;
    void add(const BenchCase &benchCase) const;
    void summary(QJsonObject fields, const QString &asText) const;

    // Milliseconds rounded for JSON (microsecond resolution).
    static double roundMs(double milliseconds);

private:
    const CommandOutput &m_out;
    QString m_bench;
    QString m_backend;
};

} // namespace reissuedesk::cli
