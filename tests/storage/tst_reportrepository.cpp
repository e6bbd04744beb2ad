// The supervisors' report figures on SQLite and PostgreSQL: every figure of
// the hand-made fixture (tests/support/ReportFixture.h) computed by hand here,
// one cross-checked with a hand-written SQL query; the trigger that keeps a
// decision's claim time, through the real ReviewService; and a seeded demo
// database whose figures equal those computed in C++ from plain SELECTs.

#include "ReportFixture.h"
#include "demo/DemoSeeder.h"
#include "storage/ReportRepository.h"
#include "storage/ReviewService.h"

#include <QTest>
#include <QUuid>
#include <algorithm>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;

std::optional<qint64> nearestRank(QList<qint64> values, int percent)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype rank = (percent * values.size() + 99) / 100; // ceil(p/100 * n)
    return values.at(rank - 1);
}

} // namespace

class TestReportRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fixtureFigures_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void fixtureFigures()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const Report report = ReportRepository(f.db).load(ReportFixture::period(), ReportFixture::asOf());

        // Submitted in [T0, T0+7d): all but A7 and A15.
        QCOMPARE(report.received, 13);
        // Final in the period: A1 A2 A3 A4 A5(confirmed T0+50h) A7(at T0, inclusive) A12 A15(confirmed
        // T0+2h); not A6 (never confirmed) nor A13 (at T0+7d, exclusive).
        QCOMPARE(report.decided, 8);
        QCOMPARE(report.approved, 4);
        QCOMPARE(report.rejected, 4);
        QCOMPARE(report.approvalRate().value(), 0.5);
        // Final no later than 24 h after submission: A1 2h, A2 10h, A4 4h, A7 2h, A12 1h (not A3 30h,
        // A5 26h, A15 32h).
        QCOMPARE(report.decidedWithin24h, 5);
        QCOMPARE(report.shareDecidedWithin24h().value(), 0.625);

        // Submitted -> final, sorted: 1 2 2 4 10 26 30 32 h; median = 4th, p90 = ceil(7.2) = 8th.
        QCOMPARE(report.submittedToDecided.count, 8);
        QCOMPARE(report.submittedToDecided.medianMs.value(), 4 * Hour);
        QCOMPARE(report.submittedToDecided.p90Ms.value(), 32 * Hour);
        // Claim -> decision where kept (not A7): 10 20 30 45 60 60 120 min; median = 4th, p90 = 7th.
        QCOMPARE(report.claimedToDecided.count, 7);
        QCOMPARE(report.claimedToDecided.medianMs.value(), 45 * Minute);
        QCOMPARE(report.claimedToDecided.p90Ms.value(), 120 * Minute);

        // Open as of T0+7d: A8 1h | A9 8h, A16 6h (the boundary goes up) | A10 20h | A11 30h, A6 138h.
        QCOMPARE(report.backlog.size(), 4);
        QCOMPARE(report.backlog.at(0).count, 1);
        QCOMPARE(report.backlog.at(1).count, 2);
        QCOMPARE(report.backlog.at(2).count, 1);
        QCOMPARE(report.backlog.at(3).count, 2);
        QCOMPARE(report.backlog.at(3).age, BacklogBucket::Age::Overdue);
        QCOMPARE(report.backlogTotal(), 6);

        QCOMPARE(report.rejectionReasons.size(), 3);
        QCOMPARE(report.rejectionReasons.at(0).code, QStringLiteral("id_back_unclear"));
        QCOMPARE(report.rejectionReasons.at(0).count, 2);
        QCOMPARE(report.rejectionReasons.at(0).titleZh, QStringLiteral("身份证国徽面不清晰"));
        QCOMPARE(report.rejectionReasons.at(1).code, QStringLiteral("id_expired"));
        QCOMPARE(report.rejectionReasons.at(1).count, 2);
        QCOMPARE(report.rejectionReasons.at(2).code, QStringLiteral("address_incomplete"));
        QCOMPARE(report.rejectionReasons.at(2).count, 1);
        QVERIFY(!report.rejectionReasons.at(2).titleEn.isEmpty());

        QCOMPARE(report.operators.size(), 3);
        const OperatorFigures &alice = report.operators.at(0);
        QCOMPARE(alice.login, QStringLiteral("alice"));
        QCOMPARE(alice.decisions, 4); // A1 A2 A5 A7
        QCOMPARE(alice.approved, 2);
        QCOMPARE(alice.rejected, 2);
        QCOMPARE(alice.claimedToDecided.count, 3); // 30 60 60
        QCOMPARE(alice.claimedToDecided.medianMs.value(), 60 * Minute);
        QCOMPARE(alice.secondReviewsAsked, 1); // A5
        const OperatorFigures &bob = report.operators.at(1);
        QCOMPARE(bob.login, QStringLiteral("bob"));
        QCOMPARE(bob.decisions, 3); // A3 A4 A15
        QCOMPARE(bob.approved, 2);
        QCOMPARE(bob.rejected, 1);
        QCOMPARE(bob.claimedToDecided.medianMs.value(), 45 * Minute); // 10 45 120
        QCOMPARE(bob.secondReviewsAsked, 1);                          // A6; A15 was asked before the period
        const OperatorFigures &sam = report.operators.at(2);
        QCOMPARE(sam.login, QStringLiteral("sam"));
        QCOMPARE(sam.decisions, 1);
        QCOMPARE(sam.claimedToDecided.medianMs.value(), 20 * Minute);
        QCOMPARE(sam.claimedToDecided.p90Ms.value(), 20 * Minute);
        QCOMPARE(sam.secondReviewsAsked, 0);

        // Day 0: A7 A15 A1 A2 A4; day 1: A3; day 2: A5; day 3: A12.
        QCOMPARE(report.decisionsPerDay.size(), 7);
        QCOMPARE(report.decisionsPerDay.at(0).day, QDate(2026, 3, 2));
        QCOMPARE(report.decisionsPerDay.at(0).approved, 2);
        QCOMPARE(report.decisionsPerDay.at(0).rejected, 3);
        QCOMPARE(report.decisionsPerDay.at(1).approved, 1);
        QCOMPARE(report.decisionsPerDay.at(1).rejected, 0);
        QCOMPARE(report.decisionsPerDay.at(2).approved, 1);
        QCOMPARE(report.decisionsPerDay.at(3).rejected, 1);
        QCOMPARE(report.decisionsPerDay.at(3).approved, 0);
        for (int day = 4; day < 7; ++day)
            QCOMPARE(report.decisionsPerDay.at(day).approved + report.decisionsPerDay.at(day).rejected, 0);

        QCOMPARE(report.secondReviewsWaiting, 1);
        QCOMPARE(report.oldestSecondReviewSince.value(), ReportFixture::at(31));
    }

    // The share decided within 24 h, once more by a query written out by hand.
    void decidedWithin24hMatchesHandWrittenSql_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void decidedWithin24hMatchesHandWrittenSql()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const SqlDialect &dialect = f.db.dialect();
        const QVariant from = dialect.toDatabaseTime(ReportFixture::period().from);
        const QVariant to = dialect.toDatabaseTime(ReportFixture::period().to);
        const QString dueBy = dialect.timePlusSeconds(QStringLiteral("a.submitted_at"), 86400);
        const qint64 handWritten =
            sql::scalar(
                f.db.connection(),
                QStringLiteral("SELECT COUNT(*) FROM decisions d JOIN applications a ON a.id = d.application_id "
                               "WHERE (d.needs_second_review = FALSE AND d.decided_at >= ? AND d.decided_at < ? "
                               "AND d.decided_at <= %1) OR (d.needs_second_review = TRUE AND d.confirmed_at "
                               ">= ? AND d.confirmed_at < ? AND d.confirmed_at <= %1)")
                    .arg(dueBy),
                QStringLiteral("hand-written check"), {from, to, from, to})
                .toLongLong();
        QCOMPARE(handWritten, 5);
        Report report;
        report.period = ReportFixture::period();
        ReportRepository(f.db).loadDecisionCounts(report);
        QCOMPARE(report.decidedWithin24h, handWritten);
    }

    void emptyPeriodHasNoPercentiles_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void emptyPeriodHasNoPercentiles()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const ReportPeriod before{ReportFixture::t0().addDays(-30), ReportFixture::t0().addDays(-20)};
        const Report report = ReportRepository(f.db).load(before, ReportFixture::asOf());
        QCOMPARE(report.received, 0);
        QCOMPARE(report.decided, 0);
        QVERIFY(!report.approvalRate());
        QCOMPARE(report.submittedToDecided.count, 0);
        QVERIFY(!report.submittedToDecided.medianMs);
        QVERIFY(!report.claimedToDecided.p90Ms);
        QVERIFY(report.operators.isEmpty());
        QVERIFY(report.rejectionReasons.isEmpty());
        QCOMPARE(report.decisionsPerDay.size(), 10);
    }

    // Migration 0013's trigger keeps the claim time a decision clears.
    void decisionKeepsItsClaimTime_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void decisionKeepsItsClaimTime()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        ReportFixture f(backend);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 id = f.add(now.addSecs(-3600), ApplicationStatus::Pending);
        ReviewService service(f.db, f.bob);
        const ClaimResult claim = service.claim(id);
        QCOMPARE(claim.kind, ClaimResult::Kind::Claimed);
        Decision decision;
        decision.applicationId = id;
        decision.approve = false;
        decision.reasonCodes = {QStringLiteral("id_back_unclear")};
        decision.customerMessage = QStringLiteral("请重新上传。");
        decision.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(service.decide(decision).kind, DecisionResult::Kind::Recorded);

        QSqlQuery kept = sql::prepare(
            f.db.connection(), QStringLiteral("SELECT operator_id, %1 FROM decision_claims WHERE application_id = ? "
                                              "AND review_round = 1")
                                   .arg(f.db.dialect().selectTime(QStringLiteral("claimed_at"))));
        sql::exec(kept, QStringLiteral("reading the kept claim"), {id});
        QVERIFY(kept.next());
        QCOMPARE(kept.value(0).toLongLong(), f.bob);
        QCOMPARE(f.db.dialect().fromDatabaseTime(kept.value(1)), claim.heldSince);
        kept.finish();

        const Report report = ReportRepository(f.db).load({now.addSecs(-600), now.addSecs(600)}, now);
        QCOMPARE(report.decided, 1);
        QCOMPARE(report.claimedToDecided.count, 1);
        QVERIFY(report.claimedToDecided.medianMs.value() >= 0);
    }

    // A seeded demo database: the report equals figures computed in C++ from
    // plain SELECTs of the raw rows.
    void demoDataMatchesPlainSql_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void demoDataMatchesPlainSql()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase database(backend);
        Database db(database.url());
        Migrator(db).migrate();
        const QDateTime now(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC);
        demo::SeedOptions options;
        options.count = 3000;
        options.seed = 11;
        options.now = now;
        options.withDocuments = false;
        demo::DemoSeeder(db).seed(options);

        const ReportPeriod period{now.addDays(-30), now};
        const Report report = ReportRepository(db).load(period, now);

        const SqlDialect &dialect = db.dialect();
        qint64 received = 0;
        {
            QSqlQuery q = sql::run(db.connection(),
                                   QStringLiteral("SELECT %1, status FROM applications")
                                       .arg(dialect.selectTime(QStringLiteral("submitted_at"))),
                                   QStringLiteral("plain check"));
            qint64 backlog[4] = {0, 0, 0, 0};
            while (q.next()) {
                const QDateTime submitted = dialect.fromDatabaseTime(q.value(0));
                if (submitted >= period.from && submitted < period.to)
                    ++received;
                const QString status = q.value(1).toString();
                if (status == QLatin1String("pending") || status == QLatin1String("in_review") ||
                    status == QLatin1String("awaiting_second_review")) {
                    const qint64 age = submitted.msecsTo(now);
                    ++backlog[age < 6 * Hour ? 0 : age < 12 * Hour ? 1 : age < 24 * Hour ? 2 : 3];
                }
            }
            for (int i = 0; i < 4; ++i)
                QCOMPARE(report.backlog.at(i).count, backlog[i]);
        }
        QCOMPARE(report.received, received);

        QSqlQuery q = sql::run(
            db.connection(),
            QStringLiteral("SELECT d.outcome, %1, %2, d.needs_second_review, o.login FROM decisions d JOIN "
                           "applications a ON a.id = d.application_id JOIN operators o ON o.id = d.operator_id")
                .arg(dialect.selectTime(QStringLiteral("d.decided_at")),
                     dialect.selectTime(QStringLiteral("a.submitted_at"))),
            QStringLiteral("plain check"));
        qint64 decided = 0, approved = 0, within = 0;
        QList<qint64> durations;
        QHash<QString, qint64> perOperator;
        while (q.next()) {
            QVERIFY(!q.value(3).toBool()); // the seeder asks for no second reviews
            const QDateTime decidedAt = dialect.fromDatabaseTime(q.value(1));
            if (decidedAt < period.from || decidedAt >= period.to)
                continue;
            const qint64 duration = dialect.fromDatabaseTime(q.value(2)).msecsTo(decidedAt);
            ++decided;
            approved += q.value(0).toString() == QLatin1String("approve") ? 1 : 0;
            within += duration <= 24 * Hour ? 1 : 0;
            durations.append(duration);
            ++perOperator[q.value(4).toString()];
        }
        QVERIFY(decided > 100);
        QCOMPARE(report.decided, decided);
        QCOMPARE(report.approved, approved);
        QCOMPARE(report.decidedWithin24h, within);
        QCOMPARE(report.submittedToDecided.count, decided);
        QCOMPARE(report.submittedToDecided.medianMs, nearestRank(durations, 50));
        QCOMPARE(report.submittedToDecided.p90Ms, nearestRank(durations, 90));
        QCOMPARE(report.claimedToDecided.count, 0); // seeded decisions keep no claim time
        QCOMPARE(report.operators.size(), perOperator.size());
        for (const OperatorFigures &row : report.operators)
            QCOMPARE(row.decisions, perOperator.value(row.login));

        QSqlQuery reasons =
            sql::run(db.connection(),
                     QStringLiteral("SELECT dr.reason_code, %1 FROM decision_reasons dr JOIN decisions d ON d.id = "
                                    "dr.decision_id")
                         .arg(dialect.selectTime(QStringLiteral("d.decided_at"))),
                     QStringLiteral("plain check"));
        QHash<QString, qint64> reasonCounts;
        while (reasons.next()) {
            const QDateTime decidedAt = dialect.fromDatabaseTime(reasons.value(1));
            if (decidedAt >= period.from && decidedAt < period.to)
                ++reasonCounts[reasons.value(0).toString()];
        }
        QCOMPARE(report.rejectionReasons.size(), reasonCounts.size());
        for (const RejectionReasonCount &row : report.rejectionReasons)
            QCOMPARE(row.count, reasonCounts.value(row.code));
        qint64 perDay = 0;
        for (const DayCount &day : report.decisionsPerDay)
            perDay += day.approved + day.rejected;
        QCOMPARE(perDay, decided);
    }
};

QTEST_GUILESS_MAIN(TestReportRepository)
#include "tst_reportrepository.moc"
