#include "cli/StressCommand.h"

#include "cli/OperatorSimulation.h"
#include "cli/PgbenchFloor.h"
#include "cli/QuietServer.h"

#include "demo/DemoSeeder.h"
#include "storage/Database.h"
#include "storage/OperatorRepository.h"
#include "storage/PostgresDecide.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QUuid>
#include <algorithm>

namespace reissuedesk::cli {
namespace {

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Records one floor's figures under `prefix` beside decide's p99 and returns
// decide p99 / the floor's p99.
double recordFloor(QJsonObject &result, const QString &prefix, const PgbenchFloor::Result &floor)
{
    const double decideP99 = result.value(QStringLiteral("decide_p99_ms")).toDouble();
    const double ratio = floor.p99Ms > 0 ? decideP99 / floor.p99Ms : 0.0;
    result.insert(prefix + QStringLiteral("_transactions"), floor.transactions);
    result.insert(prefix + QStringLiteral("_p50_ms"), floor.p50Ms);
    result.insert(prefix + QStringLiteral("_p99_ms"), floor.p99Ms);
    result.insert(QStringLiteral("decide_p99_over_%1_p99").arg(prefix), ratio);
    return ratio;
}

// One floor's line of text: `format` takes clients, transactions, p50, p99, ratio.
QString floorLine(const QString &format, int clients, const PgbenchFloor::Result &floor, double ratio)
{
    return QLatin1Char('\n') + format.arg(clients)
                                   .arg(floor.transactions)
                                   .arg(floor.p50Ms, 0, 'f', 1)
                                   .arg(floor.p99Ms, 0, 'f', 1)
                                   .arg(ratio, 0, 'f', 2);
}

} // namespace

void StressCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("operators"), tr("Simulated operators (default 8)."), QStringLiteral("N"),
                      QStringLiteral("8")});
    parser.addOption({QStringLiteral("applications"), tr("Fresh applications to decide (default 1000)."),
                      QStringLiteral("M"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("lease-seconds"),
                      tr("Claim lease (default 3, so that abandoned claims expire "
                         "during the run)."),
                      QStringLiteral("S"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("abandon-rate"), tr("Share of claims abandoned (default 0.03)."),
                      QStringLiteral("P"), QStringLiteral("0.03")});
    parser.addOption({QStringLiteral("retry-rate"), tr("Share of decisions sent twice (default 0.1)."),
                      QStringLiteral("P"), QStringLiteral("0.1")});
    parser.addOption(
        {QStringLiteral("decide-in-transaction"),
         tr("PostgreSQL: decide in the client's transaction, as before migration 0018 (for comparison).")});
    parser.addOption(
        {QStringLiteral("no-pgbench"), tr("PostgreSQL: do not run the pgbench floors afterwards (a decide-shaped "
                                          "transaction on bare tables, and reissuedesk_decide() on the real ones).")});
}

int StressCommand::run(const QCommandLineParser &parser, const CommandOutput &out)
{
    const int operators = parser.value(QStringLiteral("operators")).toInt();
    const qint64 applications = parser.value(QStringLiteral("applications")).toLongLong();
    const int leaseSeconds = parser.value(QStringLiteral("lease-seconds")).toInt();
    const double abandonRate = parser.value(QStringLiteral("abandon-rate")).toDouble();
    const double retryRate = parser.value(QStringLiteral("retry-rate")).toDouble();
    if (operators < 1 || operators > 256 || applications < 1 || leaseSeconds < 1) {
        out.error(tr("--operators must be 1..256, --applications and --lease-seconds at least 1"));
        return 2;
    }
    const auto database = openCurrentDatabase(parser, out);
    const QSqlDatabase db = database->connection();
    PostgresDecide::setEnabled(!parser.isSet(QStringLiteral("decide-in-transaction")));

    // This run's applications: everything with a higher id than now, submitted
    // "30 days ago" so that they are the most urgent in the queue.
    const qint64 baseline =
        sql::scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applications"), QStringLiteral("reading ids"))
            .toLongLong();
    out.progress(tr("adding %1 applications...").arg(applications));
    demo::DemoSeeder(*database).seed(
        demo::SeedOptions::freshQueue(applications, quint32(QDateTime::currentMSecsSinceEpoch())));

    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QList<qint64> operatorIds;
    for (int i = 0; i < operators; ++i)
        operatorIds.append(OperatorRepository(*database)
                               .add(QStringLiteral("stress-%1-%2").arg(run).arg(i), QStringLiteral("Stress %1").arg(i),
                                    QStringLiteral("operator"))
                               .id);

    // The seed's writes vacuumed before the clock starts, as
    // the floor's are before pgbench (QuietServer).
    out.progress(tr("letting the server settle (VACUUM ANALYZE)..."));
    QuietServer::settle(*database);
    out.progress(QString());

    OperatorSimulation::Options simulation;
    simulation.baseline = baseline;
    simulation.leaseSeconds = leaseSeconds;
    simulation.abandonRate = abandonRate;
    simulation.retryRate = retryRate;
    QElapsedTimer wall;
    wall.start();
    OperatorSimulation operatorsAtWork(*database, operatorIds, simulation);
    operatorsAtWork.start();
    operatorsAtWork.wait();
    const OperatorSimulation::Tally shared = operatorsAtWork.tally();
    const double seconds = double(wall.elapsed()) / 1000.0;

    // The verdict, from the database.
    auto count = [&](const QString &statement) {
        return sql::scalar(db, statement, QStringLiteral("counting the outcome"), {baseline}).toLongLong();
    };
    const qint64 decided =
        count(QStringLiteral("SELECT COUNT(DISTINCT application_id) FROM decisions WHERE application_id > ?"));
    const qint64 doubles =
        count(QStringLiteral("SELECT COUNT(*) FROM (SELECT application_id FROM decisions WHERE "
                             "application_id > ? GROUP BY application_id HAVING COUNT(*) > 1) AS d"));
    const qint64 undecided = count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id > ? AND status IN "
                                                  "('pending', 'in_review')"));
    const qint64 conflicts =
        count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id > ? AND action = "
                             "'application.lease_expired'"));
    const qint64 lost = OperatorSimulation::countUnrecorded(db, baseline, shared.believedRecorded);

    QJsonObject result{{QStringLiteral("backend"), database->dialect().name()},
                       {QStringLiteral("decide_path"), PostgresDecide::applies(*database)
                                                           ? QStringLiteral("one_call")
                                                           : QStringLiteral("transaction")},
                       {QStringLiteral("operators"), operators},
                       {QStringLiteral("applications"), applications},
                       {QStringLiteral("decided"), decided},
                       {QStringLiteral("double_decisions"), doubles},
                       {QStringLiteral("lost"), lost},
                       {QStringLiteral("undecided"), undecided},
                       {QStringLiteral("claim_conflicts"), conflicts},
                       {QStringLiteral("errors"), qint64(shared.errors.size())},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("decisions_per_s"), seconds > 0 ? double(decided) / seconds : 0.0},
                       {QStringLiteral("decide_p50_ms"), OperatorSimulation::percentile(shared.decideMs, 0.50)},
                       {QStringLiteral("decide_p99_ms"), OperatorSimulation::percentile(shared.decideMs, 0.99)}};
    // The floor, in the same run with as many clients: pgbench doing a
    // decide-shaped transaction on bare tables of the same shape (PgbenchFloor).
    QString floorText;
    if (!database->url().isSqlite() && !parser.isSet(QStringLiteral("no-pgbench"))) {
        out.progress(tr("running pgbench's decide-shaped transaction with %1 clients...").arg(operators));
        const PgbenchFloor floor(*database);
        const int perClient = int(std::max<qint64>(100, decided / operators));
        const PgbenchFloor::Result pgbench =
            floor.run(operators, perClient, int(std::min<qint64>(applications, 1000000)));
        out.progress(QString());
        if (pgbench.failure.isEmpty()) {
            floorText += floorLine(tr("pgbench, decide-shaped transaction, %1 clients, %2 transactions: p50 %3 ms, "
                                      "p99 %4 ms; decide p99 / pgbench p99 = %5"),
                                   operators, pgbench, recordFloor(result, QStringLiteral("pgbench"), pgbench));
        } else {
            result.insert(QStringLiteral("pgbench_failure"), pgbench.failure);
            out.warning(tr("no pgbench floor: %1").arg(pgbench.failure));
        }
        // The second floor: the same clients calling reissuedesk_decide() on
        // the real tables, so that the gap splits into the schema's share and
        // the desk's (PgbenchFloor::runOnSchema).
        out.progress(tr("running pgbench on reissuedesk_decide() with %1 clients...").arg(operators));
        const PgbenchFloor::Result onSchema = floor.runOnSchema(operators, perClient);
        out.progress(QString());
        if (onSchema.failure.isEmpty()) {
            floorText +=
                floorLine(tr("pgbench calling reissuedesk_decide(), %1 clients, %2 transactions: p50 %3 ms, "
                             "p99 %4 ms; decide p99 / its p99 = %5"),
                          operators, onSchema, recordFloor(result, QStringLiteral("schema_pgbench"), onSchema));
        } else {
            result.insert(QStringLiteral("schema_pgbench_failure"), onSchema.failure);
            out.warning(tr("no pgbench floor on the schema: %1").arg(onSchema.failure));
        }
    }
    if (const QString load = loadAverage(); !load.isEmpty())
        result.insert(QStringLiteral("load_average"), load);

    for (const QString &error : std::as_const(shared.errors).mid(0, 5))
        out.warning(error);
    out.record(result, tr("%1 operators decided %2 of %3 applications in %4 s (%5/s): %6 double decisions, "
                          "%7 lost, %8 undecided, %9 expired claims; decide p50 %10 ms, p99 %11 ms")
                               .arg(operators)
                               .arg(decided)
                               .arg(applications)
                               .arg(seconds, 0, 'f', 1)
                               .arg(result.value(QStringLiteral("decisions_per_s")).toDouble(), 0, 'f', 0)
                               .arg(doubles)
                               .arg(lost)
                               .arg(undecided)
                               .arg(conflicts)
                               .arg(result.value(QStringLiteral("decide_p50_ms")).toDouble(), 0, 'f', 1)
                               .arg(result.value(QStringLiteral("decide_p99_ms")).toDouble(), 0, 'f', 1) +
                           floorText);
    return doubles == 0 && lost == 0 && undecided == 0 && shared.errors.isEmpty() ? 0 : 1;
}

} // namespace reissuedesk::cli
