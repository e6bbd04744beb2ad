// Drives the scale tooling of issue 13 through the real `reissuedesk-admin`
// ($REISSUEDESK_ADMIN): `bench idle-desks` (what idle desks cost the server,
// from /proc) and the pgbench floor that `stress` runs after its operators,
// each of its timed phases after a VACUUM.
// It checks what they report and that they leave nothing behind; no timing
// thresholds (figures belong in docs/BENCHMARKS.md).

#include "AdminTool.h"
#include "ManualVacuums.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonObject>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

// One pgbench floor in stress's JSON, under `prefix`: no failure, the
// transactions it was given, p50 <= p99, and decide's ratio to it exactly.
void checkFloor(const QJsonObject &record, const QString &prefix, int transactions, const QString &output)
{
    QVERIFY2(!record.contains(prefix + QStringLiteral("_failure")), qPrintable(output));
    QCOMPARE(record.value(prefix + QStringLiteral("_transactions")).toInt(), transactions);
    const double p99 = record.value(prefix + QStringLiteral("_p99_ms")).toDouble();
    QVERIFY2(p99 > 0 && record.value(prefix + QStringLiteral("_p50_ms")).toDouble() <= p99, qPrintable(output));
    QCOMPARE(record.value(QStringLiteral("decide_p99_over_%1_p99").arg(prefix)).toDouble(),
             record.value(QStringLiteral("decide_p99_ms")).toDouble() / p99);
}

} // namespace

class TestScaleCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void idleDesksNeedsPostgresqlAndSaneOptions()
    {
        TestDatabase database(QStringLiteral("sqlite"));
        QCOMPARE(runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("migrate")}).exitCode, 0);
        const AdminRun onSqlite = runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("bench"),
                                            QStringLiteral("idle-desks"), QStringLiteral("--desks"),
                                            QStringLiteral("2"), QStringLiteral("--seconds"), QStringLiteral("1")});
        QCOMPARE(onSqlite.exitCode, 2);
        QVERIFY2(onSqlite.err.contains(QStringLiteral("measures a shared PostgreSQL server")),
                 qPrintable(describe(onSqlite)));
        const AdminRun noDesks =
            runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("bench"), QStringLiteral("idle-desks"),
                      QStringLiteral("--desks"), QStringLiteral("0")});
        QCOMPARE(noDesks.exitCode, 2);
        QVERIFY2(noDesks.err.contains(QStringLiteral("usage: bench idle-desks")), qPrintable(describe(noDesks)));
    }

    void idleDesksMeasuresTheServer_data()
    {
        QTest::addColumn<bool>("scan");
        QTest::newRow("counters") << false;
        QTest::newRow("scan") << true;
    }
    void idleDesksMeasuresTheServer()
    {
        QFETCH(bool, scan);
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase database(QStringLiteral("postgresql"));
        const QString url = database.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), url, QStringLiteral("migrate")}).exitCode, 0);
        QCOMPARE(runAdmin({QStringLiteral("--db"), url, QStringLiteral("seed-demo"), QStringLiteral("--count"),
                           QStringLiteral("50"), QStringLiteral("--no-documents")})
                     .exitCode,
                 0);
        QStringList arguments{QStringLiteral("--db"),          url,
                              QStringLiteral("bench"),         QStringLiteral("idle-desks"),
                              QStringLiteral("--desks"),       QStringLiteral("3"),
                              QStringLiteral("--seconds"),     QStringLiteral("2"),
                              QStringLiteral("--count-every"), QStringLiteral("0.5"),
                              QStringLiteral("--json")};
        if (scan)
            arguments.append(QStringLiteral("--scan"));
        const AdminRun run = runAdmin(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject record = lastJsonLine(run);
        QCOMPARE(record.value(QStringLiteral("bench")).toString(), QStringLiteral("idle-desks"));
        QCOMPARE(record.value(QStringLiteral("counts")).toString(),
                 scan ? QStringLiteral("scan") : QStringLiteral("counters"));
        QCOMPARE(record.value(QStringLiteral("desks")).toInt(), 3);
        QCOMPARE(record.value(QStringLiteral("applications")).toInt(), 50);
        QCOMPARE(record.value(QStringLiteral("errors")).toInt(), 0);
        // 3 desks counting every 0.5 s for 2 s: about 12 counts in the window.
        QVERIFY2(record.value(QStringLiteral("count_requests")).toInt() >= 6, qPrintable(run.out));
        const QJsonValue cpu = record.value(QStringLiteral("server_cpu_percent_of_core"));
        QVERIFY2(cpu.isDouble() && cpu.toDouble() >= 0, qPrintable(run.out));
    }

    void stressRunsThePgbenchFloor_data()
    {
        QTest::addColumn<bool>("inTransaction");
        QTest::newRow("one call") << false;
        QTest::newRow("in a transaction") << true;
    }
    void stressRunsThePgbenchFloor()
    {
        QFETCH(bool, inTransaction);
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase database(QStringLiteral("postgresql"));
        const QString url = database.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), url, QStringLiteral("migrate")}).exitCode, 0);
        QStringList arguments{QStringLiteral("--db"),   url,
                              QStringLiteral("stress"), QStringLiteral("--operators"),
                              QStringLiteral("2"),      QStringLiteral("--applications"),
                              QStringLiteral("30"),     QStringLiteral("--json")};
        if (inTransaction)
            arguments.append(QStringLiteral("--decide-in-transaction"));
        const Database db(database.url());
        const QString applications = QStringLiteral("applications");
        const QString decisions = QStringLiteral("decisions");
        const int vacuumsBefore = manualVacuums(db, applications);
        const int decisionVacuumsBefore = manualVacuums(db, decisions);
        const AdminRun run = runAdmin(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject record = lastJsonLine(run);
        QCOMPARE(record.value(QStringLiteral("decide_path")).toString(),
                 inTransaction ? QStringLiteral("transaction") : QStringLiteral("one_call"));
        QCOMPARE(record.value(QStringLiteral("decided")).toInt(), 30);
        QCOMPARE(record.value(QStringLiteral("double_decisions")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("lost")).toInt(), 0);
        // At least 100 transactions per client.
        checkFloor(record, QStringLiteral("pgbench"), 200, run.out + run.err);
        if (QTest::currentTestFailed())
            return;

        // The second floor: pgbench calling reissuedesk_decide() on the real
        // tables decided as many fresh applications, each exactly once, in
        // the name of its own scratch operator.
        checkFloor(record, QStringLiteral("schema_pgbench"), 200, run.out + run.err);
        if (QTest::currentTestFailed())
            return;
        const QString floorDecisions = QStringLiteral(
            "SELECT COUNT(*), COUNT(DISTINCT d.application_id), COUNT(*) FILTER (WHERE a.status = 'approved') "
            "FROM decisions d JOIN operators o ON o.id = d.operator_id JOIN applications a ON a.id = "
            "d.application_id WHERE o.login LIKE 'pgbench-floor-%'");
        QSqlQuery counted = sql::run(db.connection(), floorDecisions, QStringLiteral("counting the floor's decisions"));
        QVERIFY(counted.next());
        QCOMPARE(counted.value(0).toInt(), 200);
        QCOMPARE(counted.value(1).toInt(), 200);
        QCOMPARE(counted.value(2).toInt(), 200);

        // The server was let settle before each timed phase (QuietServer):
        // before the desks started and before each pgbench floor.
        QCOMPARE(manualVacuums(db, applications) - vacuumsBefore, 3);
        // Only tables that held something: decisions was empty before the
        // desks started (vacuumed, the planner would have believed it empty
        // for the whole phase) and held rows before each floor.
        QCOMPARE(manualVacuums(db, decisions) - decisionVacuumsBefore, 2);

        // The scratch schema is gone again.
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM pg_namespace WHERE nspname = "
                                            "'reissuedesk_pgbench_floor'"),
                             QStringLiteral("looking for the scratch schema"))
                     .toInt(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestScaleCli)
#include "tst_scalecli.moc"
