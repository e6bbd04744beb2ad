#include "cli/Benchmark.h"

#include <QElapsedTimer>
#include <QJsonValue>
#include <algorithm>
#include <cmath>

namespace reissuedesk::cli {
namespace {

QJsonValue optionalNumber(const std::optional<double> &value, double (*round)(double)) {
    return value ? QJsonValue(round(*value)) : QJsonValue(QJsonValue::Null);
}

double roundRatio(double ratio) {
    return std::round(ratio * 100.0) / 100.0;
}

QString column(const std::optional<double> &value, int width, int precision) {
    return value ? QStringLiteral("%1").arg(*value, width, 'f', precision)
                 : QStringLiteral("%1").arg(QStringLiteral("-"), width);
}

} // namespace

BenchTiming BenchTiming::of(QList<double> milliseconds) {
    BenchTiming timing;
    if (milliseconds.isEmpty())
        return timing;
    std::sort(milliseconds.begin(), milliseconds.end());
    const qsizetype n = milliseconds.size();
    timing.medianMs =
        n % 2 == 1 ? milliseconds.at(n / 2) : (milliseconds.at(n / 2 - 1) + milliseconds.at(n / 2)) / 2.0;
    const auto rank = qsizetype(std::ceil(0.95 * double(n)));
    timing.p95Ms = milliseconds.at(std::clamp<qsizetype>(rank - 1, 0, n - 1));
    return timing;
}

QList<double> timeRuns(const BenchOptions &options, const std::function<void()> &run) {
    for (int i = 0; i < options.warmup; ++i)
        run();
    QList<double> times;
    times.reserve(options.repeat);
    QElapsedTimer timer;
    for (int i = 0; i < options.repeat; ++i) {
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return times;
}

std::optional<double> BenchCase::ratio() const {
    if (!floorMs || *floorMs <= 0.0)
        return std::nullopt;
    return ours.medianMs / *floorMs;
}

BenchReport::BenchReport(const CommandOutput &out, const QString &bench, const QString &backend)
    : m_out(out)
    , m_bench(bench)
    , m_backend(backend) {}

double BenchReport::roundMs(double milliseconds) {
    return std::round(milliseconds * 1000.0) / 1000.0;
}

void BenchReport::header() const {
    m_out.text(QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                   .arg(QStringLiteral("case"), -24)
                   .arg(QStringLiteral("rows"), 8)
                   .arg(QStringLiteral("median ms"), 10)
                   .arg(QStringLiteral("p95 ms"), 10)
                   .arg(QStringLiteral("floor ms"), 10)
                   .arg(QStringLiteral("ours/floor"), 10)
                   .arg(QStringLiteral("notes")));
}

void BenchReport::add(const BenchCase &benchCase) const {
    QJsonObject object{
        {QStringLiteral("bench"), m_bench},
        {QStringLiteral("case"), benchCase.name},
        {QStringLiteral("rows"), benchCase.rows},
        {QStringLiteral("median_ms"), roundMs(benchCase.ours.medianMs)},
        {QStringLiteral("p95_ms"), roundMs(benchCase.ours.p95Ms)},
        {QStringLiteral("floor_ms"), optionalNumber(benchCase.floorMs, &BenchReport::roundMs)},
        {QStringLiteral("ratio"), optionalNumber(benchCase.ratio(), &roundRatio)},
        {QStringLiteral("backend"), m_backend},
    };
    if (!benchCase.floorMs && !benchCase.floorReason.isEmpty())
        object.insert(QStringLiteral("floor_reason"), benchCase.floorReason);
    for (auto it = benchCase.extra.begin(); it != benchCase.extra.end(); ++it)
        object.insert(it.key(), it.value());

    QString note = benchCase.note;
    if (!benchCase.floorMs && benchCase.floorApplies && !benchCase.floorReason.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("; ")) + QStringLiteral("no floor: ") +
                benchCase.floorReason;
    const QString text = QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                             .arg(benchCase.name, -24)
                             .arg(benchCase.rows, 8)
                             .arg(benchCase.ours.medianMs, 10, 'f', 3)
                             .arg(benchCase.ours.p95Ms, 10, 'f', 3)
                             .arg(column(benchCase.floorMs, 10, 3), column(benchCase.ratio(), 10, 2), note);
    QString asText = text.trimmed();
    for (const QString &detail : benchCase.details)
        asText += QStringLiteral("\n    ") + detail;
    m_out.record(object, asText);
}

void BenchReport::summary(QJsonObject fields, const QString &asText) const {
    fields.insert(QStringLiteral("bench"), m_bench);
    fields.insert(QStringLiteral("summary"), true);
    fields.insert(QStringLiteral("backend"), m_backend);
    m_out.record(fields, asText);
}

} // namespace reissuedesk::cli
