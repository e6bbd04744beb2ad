// The lease sweep every desk runs before it claims (ReviewService::expireLeases)
// and what desks hear from the database (migration 0020), under 32 desks'
// worth of contention in mind: a row another session holds is skipped, not
// waited on; a statement that changes no application wakes no desk.

#include "SampleApplication.h"
#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QSqlDriver>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        alice =
            OperatorRepository(db).add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
        bob = OperatorRepository(db).add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator")).id;
    }
    qint64 addApplication()
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows{
            sampleApplication(QStringLiteral("AC-%1").arg(++serial), QDateTime::currentDateTimeUtc().addSecs(-3600))};
        const qint64 id = ApplicationWriter(transaction.connection(), db.dialect()).write(rows).at(0);
        transaction.commit();
        return id;
    }
    // Alice holds `id` with a lease that ran out a minute ago (no sleeping).
    void claimAndExpire(qint64 id)
    {
        QCOMPARE(ReviewService(db, alice).claim(id).kind, ClaimResult::Kind::Claimed);
        sql::run(db.connection(),
                 QStringLiteral("UPDATE applications SET lease_expires_at = %1 WHERE id = %2")
                     .arg(db.dialect().timeMinusSeconds(db.dialect().nowExpression(), 60))
                     .arg(id),
                 QStringLiteral("expiring the lease"));
    }
    int count(const QString &statement)
    {
        return sql::scalar(db.connection(), statement, QStringLiteral("counting")).toInt();
    }

    TestDatabase database;
    Database db;
    qint64 alice = 0;
    qint64 bob = 0;
    int serial = 0;
};

} // namespace

class TestLeaseSweep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sweepReturnsExpiredClaimsOnly_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void sweepReturnsExpiredClaimsOnly()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 expired = f.addApplication();
        const qint64 live = f.addApplication();
        f.claimAndExpire(expired);
        QCOMPARE(ReviewService(f.db, f.alice).claim(live).kind, ClaimResult::Kind::Claimed);

        ReviewService bob(f.db, f.bob);
        QCOMPARE(bob.expireLeases(), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = 'pending' AND "
                                        "claimed_by IS NULL AND lease_expires_at IS NULL AND id = %1")
                             .arg(expired)),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = 'in_review' AND "
                                        "claimed_by = %1 AND id = %2")
                             .arg(f.alice)
                             .arg(live)),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'application.lease_expired' "
                                        "AND application_id = %1")
                             .arg(expired)),
                 1);
        // Nothing left to sweep: no write, no second audit row.
        QCOMPARE(bob.expireLeases(), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'application.lease_expired'")),
                 1);
    }

    // Another desk is sweeping (or its holder deciding) the expired row right
    // now: this desk's sweep goes past it at once instead of queueing on the
    // row lock until that transaction ends.
    void sweepSkipsARowAnotherSessionHolds()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.addApplication();
        f.claimAndExpire(id);

        Database other(f.database.url());
        QSqlDatabase holder = other.connection();
        QVERIFY(holder.transaction());
        sql::run(holder, QStringLiteral("SELECT id FROM applications WHERE id = %1 FOR UPDATE").arg(id),
                 QStringLiteral("holding the row"));

        std::atomic<int> swept{-1};
        QThread *sweeper = QThread::create([&] {
            swept = ReviewService(f.db, f.bob).expireLeases();
            f.db.dropThreadConnection();
        });
        sweeper->start();
        // Without SKIP LOCKED the sweep waits for the holder, which only lets
        // go after this check: the wait times out and the test fails.
        const bool finishedWhileHeld = sweeper->wait(10000);
        QVERIFY(holder.commit());
        if (!finishedWhileHeld)
            sweeper->wait();
        delete sweeper;
        QVERIFY2(finishedWhileHeld, "the sweep waited on a row another session holds");
        QCOMPARE(swept.load(), 0);
        QCOMPARE(
            f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = 'in_review' AND id = %1").arg(id)),
            1);
        // Once the holder is gone the row is swept as usual.
        QCOMPARE(ReviewService(f.db, f.bob).expireLeases(), 1);
    }

    // Every claim starts with the sweep's probe, so it must be one index
    // probe whatever the planner's statistics say. Here they say every row
    // holds an expired lease (analyzed while they did), the truth is that none
    // does: without ORDER BY lease_expires_at PostgreSQL read the whole table
    // for its LIMIT 1 (in `stress`, a quarter of the server's time). The
    // transaction's own scan counters are exact.
    void sweepProbeNeverScansTheTable()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        for (int i = 0; i < 300; ++i)
            f.claimAndExpire(f.addApplication());
        const QSqlDatabase db = f.db.connection();
        const QString what = QStringLiteral("making the statistics stale");
        sql::run(db, QStringLiteral("ANALYZE applications"), what);
        sql::run(db,
                 QStringLiteral("UPDATE applications SET status = 'pending', claimed_by = NULL, claimed_at = NULL, "
                                "lease_expires_at = NULL"),
                 what);

        // The pending counters of this backend (pg_stat_xact_user_tables)
        // are not flushed inside a transaction: the difference is exact.
        QSqlDatabase connection = f.db.connection();
        QVERIFY(connection.transaction());
        const auto scans = [&] {
            QSqlQuery query = sql::prepare(connection, QStringLiteral("SELECT seq_scan, idx_scan FROM "
                                                                      "pg_stat_xact_user_tables WHERE relname = "
                                                                      "'applications'"));
            sql::exec(query, QStringLiteral("reading the scan counters"));
            return query.next() ? std::pair{query.value(0).toLongLong(), query.value(1).toLongLong()}
                                : std::pair{-1LL, -1LL};
        };
        const auto before = scans();
        QCOMPARE(ReviewService(f.db, f.bob).expireLeases(), 0);
        const auto after = scans();
        QVERIFY(connection.rollback());
        QCOMPARE(after.first - before.first, 0LL);   // no table scan
        QCOMPARE(after.second - before.second, 1LL); // one index probe
    }

    // Desks LISTEN on reissuedesk_changes. Statements that change no
    // application (a sweep or claim that found nothing) must not send a
    // NOTIFY: it wakes every desk for nothing, and a notifying commit takes a
    // cluster-wide lock. Notifications arrive in commit order, so a marker
    // sent last proves that everything before it has arrived.
    void onlyChangingStatementsNotify()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.addApplication();

        Database listening(f.database.url());
        QSqlDatabase listener = listening.connection();
        QStringList heard;
        connect(listener.driver(), &QSqlDriver::notification, this,
                [&](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    heard.append(payload.toString());
                });
        QVERIFY(listener.driver()->subscribeToNotification(ChangeWatcher::channelName()));

        const QSqlDatabase db = f.db.connection();
        const QString what = QStringLiteral("statement under test");
        sql::run(db, QStringLiteral("UPDATE applications SET version = version + 1 WHERE id = -1"), what);
        sql::run(db, QStringLiteral("DELETE FROM applications WHERE id = -1"), what);
        sql::run(
            db,
            QStringLiteral("INSERT INTO applications OVERRIDING SYSTEM VALUE SELECT * FROM applications WHERE false"),
            what);
        QCOMPARE(ReviewService(f.db, f.bob).expireLeases(), 0);
        sql::run(db, QStringLiteral("UPDATE applications SET version = version + 1 WHERE id = %1").arg(id), what);
        sql::run(db, QStringLiteral("NOTIFY %1, 'marker'").arg(ChangeWatcher::channelName()), what);

        QTRY_VERIFY_WITH_TIMEOUT(heard.contains(QStringLiteral("marker")), 10000);
        QCOMPARE(heard, (QStringList{QStringLiteral("applications"), QStringLiteral("marker")}));
    }
};

QTEST_GUILESS_MAIN(TestLeaseSweep)
#include "tst_leasesweep.moc"
