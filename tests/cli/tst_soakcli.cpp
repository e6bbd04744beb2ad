// `reissuedesk-admin soak` (issue 13): simulated operators deciding for a
// while on PostgreSQL, judged from the database. A clean short run must hold
// every invariant it prints; a run where an outbox row disappears under it
// (deleted from the test's own connection, as a careless hand or a broken
// migration would) must say so and fail. No timing thresholds.

#include "AdminTool.h"
#include "ManualVacuums.h"
#include "TestDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestSoakCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void refusesSqlite()
    {
        TestDatabase database(QStringLiteral("sqlite"));
        QCOMPARE(runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("migrate")}).exitCode, 0);
        const AdminRun run =
            runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("soak"), QStringLiteral("--operators"),
                      QStringLiteral("2"), QStringLiteral("--seconds"), QStringLiteral("2")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("it does not run on SQLite")), qPrintable(describe(run)));
        const AdminRun noOperators = runAdmin({QStringLiteral("--db"), database.urlText(), QStringLiteral("soak"),
                                               QStringLiteral("--operators"), QStringLiteral("0")});
        QCOMPARE(noOperators.exitCode, 2);
        QVERIFY2(noOperators.err.contains(QStringLiteral("usage: soak")), qPrintable(describe(noOperators)));
    }

    void cleanRunHoldsEveryInvariant()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase database(QStringLiteral("postgresql"));
        const QString url = database.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), url, QStringLiteral("migrate")}).exitCode, 0);
        // Seeded work that is not the soak's: it must be left alone.
        QCOMPARE(runAdmin({QStringLiteral("--db"), url, QStringLiteral("seed-demo"), QStringLiteral("--count"),
                           QStringLiteral("100"), QStringLiteral("--no-documents")})
                     .exitCode,
                 0);
        const Database db(database.url());
        const qint64 seededDecisions =
            sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM decisions"), QStringLiteral("counting"))
                .toLongLong();
        const int vacuumsBefore = manualVacuums(db, QStringLiteral("applications"));

        const AdminRun run =
            runAdmin({QStringLiteral("--db"), url, QStringLiteral("soak"), QStringLiteral("--operators"),
                      QStringLiteral("8"), QStringLiteral("--seconds"), QStringLiteral("20"),
                      QStringLiteral("--progress-seconds"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        const QList<QJsonObject> lines = jsonLines(run);
        const QJsonObject record = lastJsonLine(run);
        QCOMPARE(record.value(QStringLiteral("verdict")).toString(), QStringLiteral("pass"));
        QCOMPARE(record.value(QStringLiteral("backend")).toString(), QStringLiteral("postgresql"));
        QCOMPARE(record.value(QStringLiteral("operators")).toInt(), 8);
        QCOMPARE(record.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("double_decisions")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("lost")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("lost_unrecorded")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("lost_no_outbox")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("lost_no_audit")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("memory_flat")).toBool(), true);
        const qint64 decisions = record.value(QStringLiteral("decisions")).toInteger();
        QVERIFY2(decisions > 0, qPrintable(run.out));
        QVERIFY2(record.value(QStringLiteral("seconds")).toDouble() >= 20.0, qPrintable(run.out));
        // Samples at 0, 10 and 20 s and one at the end, each [seconds, MiB].
        const QJsonArray samples = record.value(QStringLiteral("rss_samples")).toArray();
        QVERIFY2(samples.size() >= 4, qPrintable(run.out));
        for (const QJsonValue &sample : samples)
            QVERIFY2(sample.toArray().at(1).toDouble() > 1.0, qPrintable(run.out));
        QVERIFY2(record.value(QStringLiteral("decide_p50_ms")).toDouble() <=
                     record.value(QStringLiteral("decide_p99_ms")).toDouble(),
                 qPrintable(run.out));
        // pgbench's decide-shaped transaction as the floor, with as many clients.
        QVERIFY2(!record.contains(QStringLiteral("pgbench_failure")), qPrintable(run.out + run.err));
        const double pgbenchP99 = record.value(QStringLiteral("pgbench_p99_ms")).toDouble();
        QVERIFY2(pgbenchP99 > 0, qPrintable(run.out));
        QCOMPARE(record.value(QStringLiteral("decide_p99_over_pgbench_p99")).toDouble(),
                 record.value(QStringLiteral("decide_p99_ms")).toDouble() / pgbenchP99);
        // The server was let settle before each timed phase (QuietServer), as
        // stress does: before the desks started and before pgbench.
        QCOMPARE(manualVacuums(db, QStringLiteral("applications")) - vacuumsBefore, 2);
        // Progress every 5 s: three or four lines before the record.
        qsizetype progress = 0;
        for (const QJsonObject &line : lines)
            progress += line.contains(QStringLiteral("progress_s")) ? 1 : 0;
        QVERIFY2(progress >= 3, qPrintable(run.out));

        // The database agrees: the soak's decisions were added to the seeded ones,
        // none of the seeded applications was decided by a soak operator.
        QCOMPARE(
            sql::scalar(db.connection(), QStringLiteral("SELECT COUNT(*) FROM decisions"), QStringLiteral("counting"))
                .toLongLong(),
            seededDecisions + decisions);
        QCOMPARE(sql::scalar(db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN operators o ON o.id = d.operator_id "
                                            "WHERE o.login LIKE 'soak-%' AND d.application_id <= 100"),
                             QStringLiteral("counting"))
                     .toLongLong(),
                 0);
    }

    void aMissingOutboxRowFailsTheRun()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        TestDatabase database(QStringLiteral("postgresql"));
        const QString url = database.urlText();
        QCOMPARE(runAdmin({QStringLiteral("--db"), url, QStringLiteral("migrate")}).exitCode, 0);
        QProcess soak;
        soak.start(adminPath(), {QStringLiteral("--db"), url, QStringLiteral("soak"), QStringLiteral("--operators"),
                                 QStringLiteral("4"), QStringLiteral("--seconds"), QStringLiteral("15"),
                                 QStringLiteral("--no-pgbench"), QStringLiteral("--json")});
        QVERIFY(soak.waitForStarted());
        soak.closeWriteChannel();

        // Once the first customer message is in the outbox, take it away.
        const Database db(database.url());
        auto firstMessaged = [&db] {
            return sql::scalar(db.connection(),
                               QStringLiteral("SELECT COALESCE(MIN(application_id), 0) FROM notifications"),
                               QStringLiteral("looking for a message"))
                .toLongLong();
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstMessaged() > 0, 15000);
        const qint64 victim = firstMessaged();
        QSqlQuery remove =
            sql::prepare(db.connection(), QStringLiteral("DELETE FROM notifications WHERE application_id = ?"));
        sql::exec(remove, QStringLiteral("removing a message"), {victim});
        QVERIFY(remove.numRowsAffected() >= 1);

        const AdminRun run = finishRun(soak);
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        const QJsonObject record = lastJsonLine(run);
        QCOMPARE(record.value(QStringLiteral("verdict")).toString(), QStringLiteral("fail"));
        QCOMPARE(record.value(QStringLiteral("lost_no_outbox")).toInt(), 1);
        QCOMPARE(record.value(QStringLiteral("lost")).toInt(), 1);
        QCOMPARE(record.value(QStringLiteral("errors")).toInt(), 0);
        QCOMPARE(record.value(QStringLiteral("double_decisions")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSoakCli)
#include "tst_soakcli.moc"
