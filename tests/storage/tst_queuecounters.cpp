// The queue counts a desk shows, kept by migration 0018's counters on
// PostgreSQL, must equal the full scan exactly after anything that changes
// applications: a random walk of imports, claims, releases, expiries,
// decisions, second reviews, reassignments, reopenings and bulk statements,
// compared at many clock positions (minute and ten-minute slot edges included) after
// every step. Operators read the counters but cannot write them.

#include "SampleApplication.h"
#include "TestDatabase.h"
#include "TestRole.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/QueueCountReader.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/SupervisorService.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>
#include <random>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QString describe(const QueueCounts &c)
{
    return QStringLiteral("pending %1, overdue %2, held %3, second review %4")
        .arg(c.pending)
        .arg(c.overdue)
        .arg(c.heldByMe)
        .arg(c.secondReviewWaiting);
}

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        for (const QString &login : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")})
            operators.append(OperatorRepository(db).add(login, login, QStringLiteral("operator")).id);
        supervisor =
            OperatorRepository(db).add(QStringLiteral("sue"), QStringLiteral("Sue"), QStringLiteral("supervisor")).id;
    }

    // `count` pending applications submitted between 47 h ago and now, so
    // that their deadlines straddle the present. Every third names an old
    // card that is not the account's, so its approval waits for a second
    // reviewer; every other batch writes no audit rows, so that it may be deleted.
    QList<qint64> addApplications(int count, std::mt19937 &random)
    {
        std::uniform_int_distribution<int> secondsAgo(0, 47 * 3600);
        WriteTransaction transaction(db);
        QList<NewApplication> rows;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < count; ++i) {
            NewApplication row =
                sampleApplication(QStringLiteral("AC-%1-%2").arg(serial).arg(i), now.addSecs(-secondsAgo(random)));
            if (i % 3 == 0) {
                row.account.cardNumbers = {QStringLiteral("1381234567%1").arg(i % 10)};
                row.application.oldCardNumber = QStringLiteral("13700000000");
            }
            rows.append(row);
        }
        ++serial;
        ApplicationWriter writer(transaction.connection(), db.dialect());
        writer.setAuditSubmissions(serial % 2 == 0);
        const QList<qint64> ids = writer.write(rows);
        transaction.commit();
        return ids;
    }

    QList<qint64> idsWhere(const QString &condition)
    {
        QSqlQuery query = sql::run(db.connection(), QStringLiteral("SELECT id FROM applications WHERE ") + condition,
                                   QStringLiteral("listing applications"));
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

    TestDatabase database;
    Database db;
    QList<qint64> operators;
    qint64 supervisor = 0;
    int serial = 0;
};

} // namespace

class TestQueueCounters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void countersEqualTheScanThroughARandomWalk_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void countersEqualTheScanThroughARandomWalk();
    void operatorsReadButCannotWriteCounters();
    void dueSlotsAreInlined();
};

void TestQueueCounters::countersEqualTheScanThroughARandomWalk()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    Fixture f(backend);
    std::mt19937 random(20261201);
    f.addApplications(40, random);

    auto pick = [&](const QList<qint64> &ids) {
        return ids.at(std::uniform_int_distribution<qsizetype>(0, ids.size() - 1)(random));
    };
    auto roll = [&](int sides) { return std::uniform_int_distribution<int>(0, sides - 1)(random); };

    // False (the failure recorded) at the first difference.
    auto compare = [&](int step, const QString &what) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 slotStart = (now.toSecsSinceEpoch() / 600) * 600;
        const qint64 minuteStart = (now.toSecsSinceEpoch() / 60) * 60;
        // The edges that matter most: an open application's own deadline.
        const QList<qint64> open = f.idsWhere(QStringLiteral("status IN ('pending', 'in_review')"));
        QDateTime due = now;
        if (!open.isEmpty()) {
            QSqlQuery query =
                sql::prepare(f.db.connection(), QStringLiteral("SELECT %1 FROM applications WHERE id = ?")
                                                    .arg(f.db.dialect().selectTime(QStringLiteral("due_at"))));
            sql::exec(query, QStringLiteral("reading a deadline"), {pick(open)});
            if (query.next())
                due = f.db.dialect().fromDatabaseTime(query.value(0));
        }
        QList<QDateTime> clocks{now,
                                due,
                                due.addMSecs(-1),
                                due.addMSecs(1),
                                QDateTime::fromSecsSinceEpoch((due.toSecsSinceEpoch() / 60) * 60, Qt::UTC),
                                QDateTime::fromSecsSinceEpoch((due.toSecsSinceEpoch() / 600) * 600 + 599, Qt::UTC),
                                now.addSecs(-roll(3 * 3600)),
                                now.addSecs(roll(26 * 3600)),
                                QDateTime::fromSecsSinceEpoch(slotStart, Qt::UTC),
                                QDateTime::fromSecsSinceEpoch(slotStart + 600, Qt::UTC).addMSecs(-1),
                                QDateTime::fromSecsSinceEpoch(minuteStart, Qt::UTC),
                                QDateTime::fromSecsSinceEpoch(minuteStart + 60, Qt::UTC).addMSecs(-1),
                                QDateTime::fromSecsSinceEpoch(slotStart + 60 * roll(10) + roll(60), Qt::UTC),
                                now.addDays(3)};
        QList<qint64> who = f.operators;
        who.append(0);
        for (const qint64 operatorId : std::as_const(who)) {
            const QueueCountReader reader(f.db, operatorId);
            for (const QDateTime &clock : std::as_const(clocks)) {
                const QueueCounts kept = reader.counts(clock);
                const QueueCounts scanned = reader.scanned(clock);
                if (kept != scanned) {
                    QTest::qFail(
                        qPrintable(QStringLiteral("step %1 (%2), operator %3, clock %4: counters say %5, the scan %6")
                                       .arg(step)
                                       .arg(what)
                                       .arg(operatorId)
                                       .arg(clock.toString(Qt::ISODateWithMs), describe(kept), describe(scanned))),
                        __FILE__, __LINE__);
                    return false;
                }
            }
        }
        return true;
    };

    if (!compare(0, QStringLiteral("import")))
        return;
    int decisions = 0;
    int secondReviews = 0;
    int deletions = 0;
    int expiries = 0;
    for (int step = 1; step <= 240; ++step) {
        const qint64 op = pick(f.operators);
        ReviewService service(f.db, op);
        QString what;
        switch (roll(12)) {
        case 0:
            what = QStringLiteral("import");
            f.addApplications(1 + roll(5), random);
            break;
        case 1:
        case 2: {
            what = QStringLiteral("claim next");
            service.claimNext();
            break;
        }
        case 3: {
            what = QStringLiteral("claim");
            const QList<qint64> open = f.idsWhere(QStringLiteral("status IN ('pending', 'in_review')"));
            if (!open.isEmpty())
                service.claim(pick(open));
            break;
        }
        case 4:
        case 5: {
            what = QStringLiteral("decide");
            const QList<qint64> mine = f.idsWhere(QStringLiteral("status = 'in_review' AND claimed_by = %1").arg(op));
            if (mine.isEmpty())
                break;
            Decision decision;
            decision.applicationId = pick(mine);
            decision.approve = roll(3) != 0;
            if (!decision.approve) {
                decision.reasonCodes = {QStringLiteral("id_front_unclear")};
                decision.customerMessage = QStringLiteral("请重新上传清晰的身份证人像面照片。");
            }
            decision.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            if (service.decide(decision).kind == DecisionResult::Kind::Recorded)
                ++decisions;
            break;
        }
        case 6: {
            what = QStringLiteral("release or skip");
            const QList<qint64> mine = f.idsWhere(QStringLiteral("claimed_by = %1").arg(op));
            if (mine.isEmpty())
                break;
            if (roll(2) == 0)
                service.release(pick(mine));
            else
                service.skip(pick(mine), QStringLiteral("no answer"));
            break;
        }
        case 7: {
            what = QStringLiteral("claim with an expired lease, then expire leases");
            ReviewService careless(f.db, op, -60);
            careless.claimNext();
            expiries += service.expireLeases();
            break;
        }
        case 8: {
            what = QStringLiteral("second review");
            const QList<qint64> waiting = f.idsWhere(QStringLiteral("status = 'awaiting_second_review'"));
            if (waiting.isEmpty())
                break;
            const qint64 id = pick(waiting);
            for (const qint64 reviewer : std::as_const(f.operators)) { // the first reviewer is refused
                ReviewService second(f.db, reviewer);
                if (second.claim(id).kind != ClaimResult::Kind::Claimed)
                    continue;
                if (second
                        .secondReview(id, roll(2) == 0, QStringLiteral("checked"),
                                      QUuid::createUuid().toString(QUuid::WithoutBraces))
                        .kind == DecisionResult::Kind::Recorded) {
                    ++secondReviews;
                    break;
                }
                second.release(id);
            }
            break;
        }
        case 9: {
            what = QStringLiteral("supervisor reassigns or reopens");
            SupervisorService supervisor(f.db, f.supervisor);
            try {
                if (roll(2) == 0) {
                    const QList<qint64> open = f.idsWhere(QStringLiteral("status IN ('pending', 'in_review')"));
                    if (!open.isEmpty())
                        supervisor.reassign(pick(open), pick(f.operators), QStringLiteral("balancing"));
                } else {
                    const QList<qint64> decided = f.idsWhere(QStringLiteral("status IN ('approved', 'rejected')"));
                    if (!decided.isEmpty())
                        supervisor.reopen(pick(decided), QStringLiteral("wrong decision"));
                }
            } catch (const StorageError &) {
                // A refusal (e.g. shipped meanwhile) changes nothing: still compared below.
            }
            break;
        }
        case 10: {
            what = QStringLiteral("bulk release of one operator's claims");
            sql::run(f.db.connection(),
                     QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'in_review' THEN 'pending' "
                                    "ELSE status END, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, "
                                    "version = version + 1 WHERE claimed_by = %1")
                         .arg(op),
                     QStringLiteral("releasing in bulk"));
            break;
        }
        default: {
            what = QStringLiteral("delete an untouched application");
            const QList<qint64> fresh = f.idsWhere(QStringLiteral(
                "status = 'pending' AND claimed_by IS NULL AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE "
                "l.application_id = applications.id) AND NOT EXISTS (SELECT 1 FROM decisions d WHERE "
                "d.application_id = applications.id)"));
            if (fresh.isEmpty())
                break;
            QSqlQuery remove = sql::prepare(f.db.connection(), QStringLiteral("DELETE FROM applications WHERE id = ?"));
            sql::exec(remove, QStringLiteral("deleting an application"), {pick(fresh)});
            deletions += remove.numRowsAffected();
            break;
        }
        }
        if (QueueCountReader::hasCounters(f.db) && roll(10) == 0) {
            what += QStringLiteral(", then compaction");
            sql::run(f.db.connection(), QStringLiteral("SELECT reissuedesk_compact_queue_counts()"),
                     QStringLiteral("compacting"));
        }
        if (!compare(step, what))
            return;
    }
    // The walk did reach every kind of change.
    QVERIFY2(decisions > 5 && secondReviews > 0 && deletions > 0 && expiries > 0,
             qPrintable(QStringLiteral("decisions %1, second reviews %2, deletions %3, expiries %4")
                            .arg(decisions)
                            .arg(secondReviews)
                            .arg(deletions)
                            .arg(expiries)));

    if (QueueCountReader::hasCounters(f.db)) {
        // A compaction leaves at most one row per key, and the same counts.
        sql::run(f.db.connection(), QStringLiteral("SELECT reissuedesk_compact_queue_counts()"),
                 QStringLiteral("compacting"));
        QCOMPARE(sql::scalar(f.db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM (SELECT kind, bucket FROM queue_count_deltas "
                                            "GROUP BY kind, bucket HAVING COUNT(*) > 1) AS d"),
                             QStringLiteral("counting duplicate keys"))
                     .toInt(),
                 0);
        QCOMPARE(sql::scalar(f.db.connection(),
                             QStringLiteral("SELECT COUNT(*) FROM queue_count_deltas WHERE NOT compacted"),
                             QStringLiteral("counting uncompacted rows"))
                     .toInt(),
                 0);
        QVERIFY(compare(241, QStringLiteral("final compaction")));
    }
}

void TestQueueCounters::operatorsReadButCannotWriteCounters()
{
    const QString backend = QStringLiteral("postgresql");
    REISSUEDESK_REQUIRE_BACKEND(backend);
    Fixture f(backend);
    std::mt19937 random(7);
    f.addApplications(5, random);
    TestRole role(f.database, f.db, QStringLiteral("reissuedesk_operator"), QStringLiteral("operator"));

    // The operator's own claim goes through the triggers (SECURITY DEFINER).
    QCOMPARE(ReviewService(role.database(), role.operatorId()).claimNext().kind, ClaimResult::Kind::Claimed);
    const QueueCountReader reader(role.database(), role.operatorId());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QueueCounts seen = reader.counts(now);
    QCOMPARE(seen.heldByMe, 1);
    QCOMPARE(seen.pending, 4);
    QCOMPARE(seen, QueueCountReader(f.db, role.operatorId()).scanned(now));

    const qint64 before =
        sql::scalar(f.db.connection(), QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas"),
                    QStringLiteral("summing counters"))
            .toLongLong();
    const QStringList attempts{
        QStringLiteral("UPDATE queue_count_deltas SET n = n + 100 WHERE kind = 1"),
        QStringLiteral("INSERT INTO queue_count_deltas (kind, bucket, n) VALUES (1, 0, 100)"),
        QStringLiteral("DELETE FROM queue_count_deltas"),
        QStringLiteral("SELECT reissuedesk_compact_queue_counts()"),
    };
    for (const QString &statement : attempts) {
        QSqlQuery query(role.database().connection());
        QVERIFY2(!query.exec(statement), qPrintable(statement));
        QCOMPARE(query.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
    }
    QCOMPARE(sql::scalar(f.db.connection(), QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas"),
                         QStringLiteral("summing counters"))
                 .toLongLong(),
             before);
    QCOMPARE(reader.counts(now), seen);
}

// The counting triggers and every desk's count call the due-slot helpers;
// as function calls (0019: PL/pgSQL with a SET clause) a count that read the
// delta table sequentially called one per row. Since 0023 the planner
// replaces them by their expression: no call is left in the plan.
void TestQueueCounters::dueSlotsAreInlined()
{
    const QString backend = QStringLiteral("postgresql");
    REISSUEDESK_REQUIRE_BACKEND(backend);
    Fixture f(backend);
    const QString call = QStringLiteral("SELECT reissuedesk_due_slot(CAST('2026-12-02 06:00:59+00' AS TIMESTAMPTZ)), "
                                        "reissuedesk_due_minute(CAST('2026-12-02 06:00:59+00' AS TIMESTAMPTZ))");
    QSqlQuery values = sql::run(f.db.connection(), call, QStringLiteral("computing slots"));
    QVERIFY(values.next());
    QCOMPARE(values.value(0).toLongLong(), 2993652LL);  // 1796191259 s / 600
    QCOMPARE(values.value(1).toLongLong(), 29936520LL); // 1796191259 s / 60
    values.finish();
    // On a column (a constant argument is folded either way).
    QSqlQuery plan = sql::run(f.db.connection(),
                              QStringLiteral("EXPLAIN (VERBOSE) SELECT reissuedesk_due_slot(due_at), "
                                             "reissuedesk_due_minute(due_at) FROM applications"),
                              QStringLiteral("explaining the slots"));
    QStringList lines;
    while (plan.next())
        lines.append(plan.value(0).toString());
    const QString joined = lines.join(QLatin1Char('\n'));
    QVERIFY2(!joined.contains(QStringLiteral("reissuedesk_due")), qPrintable(joined));
    QVERIFY2(joined.contains(QStringLiteral("floor")), qPrintable(joined));
}

QTEST_GUILESS_MAIN(TestQueueCounters)
#include "tst_queuecounters.moc"
