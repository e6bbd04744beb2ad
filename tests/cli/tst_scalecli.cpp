// Drives the scale tooling of issue 13 through the real `reissuedesk-admin`
// ($REISSUEDESK_ADMIN): `bench idle-desks` (what idle desks cost the server,
// from /proc) and the pgbench floor that `stress` runs after its operators.
// It checks what they report and that they leave nothing behind; no timing
// thresholds (figures belong in docs/BENCHMARKS.md).

#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("REISSUEDESK_ADMIN"));
    process.setArguments(arguments);
    process.start();
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(300000)) {
        process.kill();
        run.err = QStringLiteral("timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.exitCode).arg(run.out, run.err);
}

// The last JSON line of a run (the record; progress goes to stderr).
QJsonObject lastRecord(const Run &run)
{
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.constLast().toUtf8()).object();
}

} // namespace

class TestScaleCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("REISSUEDESK_ADMIN")), "REISSUEDESK_ADMIN not set");
    }

    void idleDesksNeedsPostgresqlAndSaneOptions()
    {
        TestDatabase database(QStringLiteral("sqlite"));
        QCOMPARE(admin({QStringLiteral("--db"), database.urlText(), QStringLiteral("migrate")}).exitCode, 0);
        const Run onSqlite =
            admin({QStringLiteral("--db"), database.urlText(), QStringLiteral("bench"), QStringLiteral("idle-desks"),
                   QStringLiteral("--desks"), QStringLiteral("2"), QStringLiteral("--seconds"), QStringLiteral("1")});
        QCOMPARE(onSqlite.exitCode, 2);
        QVERIFY2(onSqlite.err.contains(QStringLiteral("measures a shared PostgreSQL server")),
                 qPrintable(describe(onSqlite)));
        const Run noDesks = admin({QStringLiteral("--db"), database.urlText(), QStringLiteral("bench"),
                                   QStringLiteral("idle-desks"), QStringLiteral("--desks"), QStringLiteral("0")});
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
        QCOMPARE(admin({QStringLiteral("--db"), url, QStringLiteral("migrate")}).exitCode, 0);
        QCOMPARE(admin({QStringLiteral("--db"), url, QStringLiteral("seed-demo"), QStringLiteral("--count"),
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
        const Run run = admin(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject record = lastRecord(run);
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
        QCOMPARE(admin({QStringLiteral("--db"), url, QStringLiteral("migrate")}).exitCode, 0);
        QStringList arguments{QStringLiteral("--db"),   url,
                              QStringLiteral("stress"), QStringLiteral("--operators"),
                              QStringLiteral("2"),      QStringLiteral("--applications"),
                              QStringLiteral("30"),     QStringLiteral("--json")};
        if (inTransaction)
            arguments.append(QStringLiteral("--decide-in-transaction"));
        const Run run = admin(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QJsonObject record = lastRecord(run);
        QCOMPARE(record.value(QStringLiteral("decide_path")).toString(),
                 inTransaction ? QStringLiteral("transaction") : QStringLiteral("one_call"));
        QCOMPARE(record.value(QStringLiteral("decided")).toInt(), 30);
        QCOMPARE(record.value(QStringLiteral("double_decisions")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("lost")).toInt(), 0);
        QVERIFY2(!record.contains(QStringLiteral("pgbench_failure")), qPrintable(run.out + run.err));
        // At least 100 transactions per client.
        QCOMPARE(record.value(QStringLiteral("pgbench_transactions")).toInt(), 200);
        const double pgbenchP99 = record.value(QStringLiteral("pgbench_p99_ms")).toDouble();
        QVERIFY2(pgbenchP99 > 0 && record.value(QStringLiteral("pgbench_p50_ms")).toDouble() <= pgbenchP99,
                 qPrintable(run.out));
        QCOMPARE(record.value(QStringLiteral("decide_p99_over_pgbench_p99")).toDouble(),
                 record.value(QStringLiteral("decide_p99_ms")).toDouble() / pgbenchP99);

        // The scratch schema is gone again.
        const Database db(database.url());
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
