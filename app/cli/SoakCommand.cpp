#include "cli/SoakCommand.h"

#include "cli/OperatorSimulation.h"
#include "cli/PgbenchFloor.h"
#include "cli/QuietServer.h"

#include "demo/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/OperatorRepository.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>
#include <QUuid>
#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace reissuedesk::cli {
namespace {

constexpr double MiB = 1024.0 * 1024.0;

// This process's resident memory, from /proc (0 where there is none).
double residentMiB()
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() * 1024.0 / MiB;
    }
    return 0;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

struct RssSample {
    double atSeconds = 0;
    double mib = 0;
};

double peakBetween(const QList<RssSample> &samples, double from, double to)
{
    double peak = 0;
    for (const RssSample &sample : samples) {
        if (sample.atSeconds >= from && sample.atSeconds <= to)
            peak = std::max(peak, sample.mib);
    }
    return peak;
}

} // namespace

void SoakCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("operators"), tr("Simulated operators (default 64)."), QStringLiteral("N"),
                      QStringLiteral("64")});
    parser.addOption(
        {QStringLiteral("minutes"), tr("How long to run (default 5)."), QStringLiteral("M"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("seconds"), tr("How long to run, in seconds (instead of --minutes)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("progress-seconds"), tr("Seconds between progress lines (default 30)."),
                      QStringLiteral("S"), QStringLiteral("30")});
    parser.addOption({QStringLiteral("rss-bound-mib"),
                      tr("Memory counts as flat when the last minute's peak is less than this many MiB above "
                         "the first minute's (default 16)."),
                      QStringLiteral("MIB"), QStringLiteral("16")});
    parser.addOption({QStringLiteral("lease-seconds"),
                      tr("Claim lease (default 5, so that abandoned claims expire "
                         "during the run)."),
                      QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("no-pgbench"), tr("Do not run pgbench's decide-shaped transaction as the floor afterwards.")});
}

int SoakCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    bool ok = true;
    auto number = [&](const QString &option) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        ok = ok && valid;
        return value;
    };
    const int operators = int(number(QStringLiteral("operators")));
    const double seconds = parser.isSet(QStringLiteral("seconds")) ? number(QStringLiteral("seconds"))
                                                                   : 60.0 * number(QStringLiteral("minutes"));
    const double progressSeconds = number(QStringLiteral("progress-seconds"));
    const double rssBound = number(QStringLiteral("rss-bound-mib"));
    const int leaseSeconds = int(number(QStringLiteral("lease-seconds")));
    if (!ok || operators < 1 || operators > 256 || seconds < 1 || progressSeconds <= 0 || rssBound <= 0 ||
        leaseSeconds < 1) {
        out.error(tr("usage: soak [--operators 1..256] [--minutes M | --seconds S] [--progress-seconds S] "
                     "[--rss-bound-mib MIB] [--lease-seconds S] [--json]"));
        return 2;
    }
    const auto database = openCurrentDatabase(parser, out);
    if (database->url().isSqlite()) {
        out.error(tr("soak measures many desks on a shared PostgreSQL server; it does not run on SQLite "
                     "(use stress for a quick check there)"));
        return 2;
    }
    const QSqlDatabase db = database->connection();

    // The run's applications have higher ids than any now; they are submitted
    // "30 days ago", so that they come first in the queue.
    const qint64 baseline =
        sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applications"), QStringLiteral("reading ids"))
            .toLongLong();
    const qint64 pool = qint64(operators) * 20;
    qint64 added = 0;
    quint32 seedNumber = quint32(QDateTime::currentMSecsSinceEpoch());
    auto topUp = [&](qint64 count) {
        demo::DemoSeeder(*database).seed(demo::SeedOptions::freshQueue(count, ++seedNumber));
        added += count;
    };
    auto openWork = [&] {
        return sql::scalar(db,
                           QStringLiteral("SELECT COUNT(*) FROM applications WHERE id > ? AND status IN "
                                          "('pending', 'in_review', 'awaiting_second_review')"),
                           QStringLiteral("counting open work"), {baseline})
            .toLongLong();
    };
    topUp(pool);

    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QList<qint64> operatorIds;
    for (int i = 0; i < operators; ++i)
        operatorIds.append(OperatorRepository(*database)
                               .add(QStringLiteral("soak-%1-%2").arg(run).arg(i), QStringLiteral("Soak %1").arg(i),
                                    QStringLiteral("operator"))
                               .id);

    // As stress does: the first pool's writes vacuumed before the clock
    // starts, as the floor's are before pgbench (QuietServer).
    out.progress(tr("letting the server settle (VACUUM ANALYZE)..."));
    QuietServer::settle(*database);
    out.progress(QString());

    OperatorSimulation::Options simulation;
    simulation.baseline = baseline;
    simulation.leaseSeconds = leaseSeconds;
    simulation.abandonRate = 0.01;
    simulation.retryRate = 0.05;
    simulation.releaseRate = 0.05;
    simulation.readApplication = true;
    simulation.untilStopped = true;
    // The operators stand for 64 desks, each a process of its own with a few
    // threads. In one process glibc gives up to 8 malloc arenas per core to
    // 64 busy threads, and their fragmentation grew the resident size by
    // ~30 MiB over five minutes (then it levels off; with one arena it is
    // flat, docs/BENCHMARKS.md): allocator slack, not a leak, and not what a
    // desk sees. Two arenas, as a desk process has, so that RSS growth here
    // means memory the code keeps.
#ifdef __GLIBC__
    mallopt(M_ARENA_MAX, 2);
#endif
    OperatorSimulation operatorsAtWork(*database, operatorIds, simulation);

    QList<RssSample> rss;
    QElapsedTimer wall;
    wall.start();
    auto elapsed = [&wall] { return double(wall.elapsed()) / 1000.0; };
    rss.append({0.0, residentMiB()});
    operatorsAtWork.start();
    double nextSample = 10.0;
    double nextProgress = progressSeconds;
    while (elapsed() < seconds) {
        QThread::msleep(250);
        if (openWork() < pool / 2)
            topUp(pool);
        const double now = elapsed();
        if (now >= nextSample) {
            rss.append({now, residentMiB()});
            nextSample += 10.0;
        }
        if (now >= nextProgress) {
            nextProgress += progressSeconds;
            const qint64 decisions = operatorsAtWork.decisions();
            const qint64 errors = operatorsAtWork.errorCount();
            out.record({{QStringLiteral("progress_s"), now},
                        {QStringLiteral("decisions"), decisions},
                        {QStringLiteral("errors"), errors},
                        {QStringLiteral("rss_mib"), rss.last().mib}},
                       tr("%1 s: %2 decisions, %3 errors, client RSS %4 MiB")
                           .arg(now, 0, 'f', 0)
                           .arg(decisions)
                           .arg(errors)
                           .arg(rss.last().mib, 0, 'f', 1));
        }
        if (operatorsAtWork.errorCount() > 20)
            break; // the operators stopped themselves
    }
    operatorsAtWork.requestStop();
    operatorsAtWork.wait();
    const double ranSeconds = elapsed();
    rss.append({ranSeconds, residentMiB()});
    const OperatorSimulation::Tally tally = operatorsAtWork.tally();

    // The verdict, from the database.
    auto count = [&](const QString &statement) {
        return sql::scalar(db, statement, QStringLiteral("counting the outcome"), {baseline}).toLongLong();
    };
    const qint64 decided =
        count(QStringLiteral("SELECT COUNT(DISTINCT application_id) FROM decisions WHERE application_id > ?"));
    const qint64 doubles =
        count(QStringLiteral("SELECT COUNT(*) FROM (SELECT application_id FROM decisions WHERE "
                             "application_id > ? GROUP BY application_id HAVING COUNT(*) > 1) AS d"));
    // Decided for good, yet nothing in the outbox for the customer.
    const qint64 noOutbox =
        count(QStringLiteral("SELECT COUNT(*) FROM applications a WHERE a.id > ? AND a.status IN "
                             "('approved', 'rejected', 'shipped') AND NOT EXISTS (SELECT 1 FROM notifications n "
                             "WHERE n.application_id = a.id)"));
    // A decision row without the audit row that says who decided.
    const qint64 noAudit = count(
        QStringLiteral("SELECT COUNT(DISTINCT d.application_id) FROM decisions d WHERE d.application_id > ? AND NOT "
                       "EXISTS (SELECT 1 FROM audit_log l WHERE l.application_id = d.application_id AND l.action IN "
                       "('application.approved', 'application.rejected', "
                       "'application.approved_pending_second_review'))"));
    const qint64 unrecorded = OperatorSimulation::countUnrecorded(db, baseline, tally.believedRecorded);
    const qint64 lost = unrecorded + noOutbox + noAudit;

    const double firstMinutePeak = peakBetween(rss, 0.0, 60.0);
    const double lastMinutePeak = peakBetween(rss, std::max(0.0, ranSeconds - 60.0), ranSeconds);
    const double growth = lastMinutePeak - firstMinutePeak;
    const bool flat = growth < rssBound;
    const qint64 errors = tally.errors.size();
    const bool passed = errors == 0 && doubles == 0 && lost == 0 && flat && decided > 0;
    QJsonArray samples;
    for (const RssSample &sample : std::as_const(rss))
        samples.append(QJsonArray{sample.atSeconds, sample.mib});
    const double p50 = OperatorSimulation::percentile(tally.decideMs, 0.50);
    const double p99 = OperatorSimulation::percentile(tally.decideMs, 0.99);
    QJsonObject result{{QStringLiteral("backend"), database->dialect().name()},
                       {QStringLiteral("operators"), operators},
                       {QStringLiteral("seconds"), ranSeconds},
                       {QStringLiteral("applications_added"), added},
                       {QStringLiteral("decisions"), decided},
                       {QStringLiteral("decisions_per_s"), ranSeconds > 0 ? double(decided) / ranSeconds : 0.0},
                       {QStringLiteral("releases"), tally.releases},
                       {QStringLiteral("errors"), errors},
                       {QStringLiteral("double_decisions"), doubles},
                       {QStringLiteral("lost"), lost},
                       {QStringLiteral("lost_unrecorded"), unrecorded},
                       {QStringLiteral("lost_no_outbox"), noOutbox},
                       {QStringLiteral("lost_no_audit"), noAudit},
                       {QStringLiteral("rss_samples"), samples},
                       {QStringLiteral("rss_first_minute_max_mib"), firstMinutePeak},
                       {QStringLiteral("rss_last_minute_max_mib"), lastMinutePeak},
                       {QStringLiteral("rss_growth_mib"), growth},
                       {QStringLiteral("rss_bound_mib"), rssBound},
                       {QStringLiteral("memory_flat"), flat},
                       {QStringLiteral("decide_p50_ms"), p50},
                       {QStringLiteral("decide_p99_ms"), p99},
                       {QStringLiteral("verdict"), passed ? QStringLiteral("pass") : QStringLiteral("fail")}};
    if (const QString load = loadAverage(); !load.isEmpty())
        result.insert(QStringLiteral("load_average"), load);
    // The floor, as stress measures it (PgbenchFloor), with as many clients;
    // it does not change the verdict.
    QString floorText;
    if (!parser.isSet(QStringLiteral("no-pgbench"))) {
        const PgbenchFloor::Result pgbench = PgbenchFloor(*database).run(
            operators, int(std::max<qint64>(100, decided / operators)), int(std::min<qint64>(added, 1000000)));
        if (pgbench.failure.isEmpty()) {
            const double ratio = pgbench.p99Ms > 0 ? p99 / pgbench.p99Ms : 0.0;
            result.insert(QStringLiteral("pgbench_transactions"), pgbench.transactions);
            result.insert(QStringLiteral("pgbench_p50_ms"), pgbench.p50Ms);
            result.insert(QStringLiteral("pgbench_p99_ms"), pgbench.p99Ms);
            result.insert(QStringLiteral("decide_p99_over_pgbench_p99"), ratio);
            floorText = QLatin1Char('\n') + tr("pgbench, decide-shaped transaction, %1 clients: p50 %2 ms, p99 %3 ms; "
                                               "decide p99 / pgbench p99 = %4")
                                                .arg(operators)
                                                .arg(pgbench.p50Ms, 0, 'f', 1)
                                                .arg(pgbench.p99Ms, 0, 'f', 1)
                                                .arg(ratio, 0, 'f', 2);
        } else {
            result.insert(QStringLiteral("pgbench_failure"), pgbench.failure);
            out.warning(tr("no pgbench floor: %1").arg(pgbench.failure));
        }
    }
    for (const QString &error : std::as_const(tally.errors).mid(0, 5))
        out.warning(error);
    out.record(result,
               tr("%1 operators for %2 s: %3 decisions (%4/s), %5 errors, %6 double decisions, %7 lost "
                  "(%8 not recorded, %9 without outbox, %10 without audit); decide p50 %11 ms, p99 %12 ms")
                       .arg(operators)
                       .arg(ranSeconds, 0, 'f', 0)
                       .arg(decided)
                       .arg(result.value(QStringLiteral("decisions_per_s")).toDouble(), 0, 'f', 0)
                       .arg(errors)
                       .arg(doubles)
                       .arg(lost)
                       .arg(unrecorded)
                       .arg(noOutbox)
                       .arg(noAudit)
                       .arg(p50, 0, 'f', 1)
                       .arg(p99, 0, 'f', 1) +
                   QLatin1Char('\n') +
                   tr("client RSS: first minute's peak %1 MiB, last minute's %2 MiB, growth %3 MiB (bound %4): %5")
                       .arg(firstMinutePeak, 0, 'f', 1)
                       .arg(lastMinutePeak, 0, 'f', 1)
                       .arg(growth, 0, 'f', 1)
                       .arg(rssBound, 0, 'f', 0)
                       .arg(flat ? tr("flat") : tr("growing")) +
                   floorText + QLatin1Char('\n') + (passed ? tr("verdict: pass") : tr("verdict: FAIL")));
    return passed ? 0 : 1;
}

} // namespace reissuedesk::cli
