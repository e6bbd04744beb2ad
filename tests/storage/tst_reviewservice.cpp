// The review workflow on SQLite and PostgreSQL: claims and leases, decisions
// recorded exactly once (retries, lost connections), four eyes, and several
// connections racing for the same work.

#include "TestDatabase.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"
#include "core/WorkingDayCalendar.h"

#include <QMutex>
#include <QSqlDriver>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

struct Fixture {
    explicit Fixture(const QString &backend)
        : database(backend)
        , db(database.url())
    {
        Migrator(db).migrate();
        alice = OperatorRepository(db).add(QStringLiteral("alice"), QStringLiteral("Alice"), QStringLiteral("operator")).id;
        bob = OperatorRepository(db).add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator")).id;
    }
    // `count` pending applications; the first submitted earliest (most urgent).
    QList<qint64> addApplications(int count, bool withEmail = true)
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows;
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-20 * 3600);
        for (int i = 0; i < count; ++i) {
            NewApplication row;
            row.account = {0, QStringLiteral("AC-%1-%2").arg(serial).arg(i), QStringLiteral("张三"),
                           QStringLiteral("11010519491231002X"), QStringLiteral("13812345678"),
                           withEmail ? QStringLiteral("z@example.com") : QString(), QStringLiteral("北京市朝阳区建国路1号"), {}};
            row.application.applicantName = QStringLiteral("张三");
            row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
            row.application.contactPhone = QStringLiteral("13812345678");
            row.application.contactEmail = row.account.email;
            row.application.shippingAddress = QStringLiteral("北京市朝阳区建国路1号");
            row.application.submittedAt = base.addSecs(60 * i);
            row.submittedBy = QStringLiteral("test");
            rows.append(row);
        }
        ++serial;
        const QList<qint64> ids = ApplicationWriter(transaction.connection(), db.dialect()).write(rows);
        transaction.commit();
        return ids;
    }
    int count(const QString &sql, std::initializer_list<QVariant> values = {})
    {
        return sql::scalar(db.connection(), sql, QStringLiteral("counting"), values).toInt();
    }
    QString status(qint64 id)
    {
        return sql::scalar(db.connection(), QStringLiteral("SELECT status FROM applications WHERE id = ?"),
                           QStringLiteral("status"), {id})
            .toString();
    }

    TestDatabase database;
    Database db;
    qint64 alice = 0;
    qint64 bob = 0;
    int serial = 0;
};

Decision approval(qint64 id)
{
    Decision d;
    d.applicationId = id;
    d.approve = true;
    d.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return d;
}

Decision rejection(qint64 id)
{
    Decision d;
    d.applicationId = id;
    d.approve = false;
    d.reasonCodes = {QStringLiteral("id_back_unclear")};
    d.customerMessage = QStringLiteral("请重新上传清晰、完整的身份证国徽面照片。");
    d.resubmissionAllowed = true;
    d.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return d;
}

} // namespace

class TestReviewService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claimNextTakesTheMostUrgent_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void claimNextTakesTheMostUrgent()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QList<qint64> ids = f.addApplications(3);
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        const ClaimResult first = alice.claimNext();
        QCOMPARE(first.kind, ClaimResult::Kind::Claimed);
        QCOMPARE(first.applicationId, ids.at(0));
        QVERIFY(first.leaseExpiresAt > QDateTime::currentDateTimeUtc().addSecs(14 * 60));
        const ClaimResult second = bob.claimNext();
        QCOMPARE(second.applicationId, ids.at(1));

        // Someone else's application opens read-only, saying who and since when.
        const ClaimResult held = bob.claim(ids.at(0));
        QCOMPARE(held.kind, ClaimResult::Kind::HeldByOther);
        QCOMPARE(held.holderLogin, QStringLiteral("alice"));
        QVERIFY(held.heldSince.isValid());
        // One's own: claimed again (the lease is renewed).
        QCOMPARE(alice.claim(ids.at(0)).kind, ClaimResult::Kind::Claimed);
        QVERIFY(alice.renew(ids.at(0)));
        QVERIFY(!bob.renew(ids.at(0)));

        alice.release(ids.at(0));
        QCOMPARE(f.status(ids.at(0)), QStringLiteral("pending"));
        QCOMPARE(bob.claimNext().applicationId, ids.at(0));
        QCOMPARE(alice.claimNext().applicationId, ids.at(2));
        QCOMPARE(alice.claimNext().kind, ClaimResult::Kind::QueueEmpty);
    }

    void expiredLeaseGoesBackAndTheLateDecisionIsRefused_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void expiredLeaseGoesBackAndTheLateDecisionIsRefused()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.addApplications(1).first();
        ReviewService alice(f.db, f.alice, 1); // one-second lease
        QCOMPARE(alice.claimNext().applicationId, id);
        QTest::qSleep(1500);
        ReviewService bob(f.db, f.bob);
        QCOMPARE(bob.claimNext().applicationId, id);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'application.lease_expired'")), 1);

        const DecisionResult late = alice.decide(approval(id));
        QCOMPARE(late.kind, DecisionResult::Kind::Refused);
        QCOMPARE(late.message, QStringLiteral("your claim expired and bob is reviewing it now; nothing was recorded"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    }

    void approveShipsNotifiesAndAuditsOnce_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void approveShipsNotifiesAndAuditsOnce()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        // A holiday on the next working day moves the promise one day further.
        const QDate nextWorkingDay = WorkingDayCalendar().addWorkingDays(QDate::currentDate(), 1);
        sql::exec(*std::make_unique<QSqlQuery>(sql::prepare(f.db.connection(),
                                                             QStringLiteral("INSERT INTO holidays (day, name) VALUES (?, 'test')"))),
                  QStringLiteral("holiday"), {nextWorkingDay.toString(Qt::ISODate)});
        const qint64 id = f.addApplications(1).first();
        ReviewService alice(f.db, f.alice);
        alice.claim(id);
        const Decision decision = approval(id);
        const DecisionResult result = alice.decide(decision);
        QCOMPARE(result.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(result.newStatus, ApplicationStatus::Approved);
        QCOMPARE(result.expectedDelivery, WorkingDayCalendar({nextWorkingDay}).addWorkingDays(QDate::currentDate(), 7));
        QCOMPARE(f.status(id), QStringLiteral("approved"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id = ?"), {id}), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ? AND channel = 'sms' "
                                        "AND recipient = '13812345678' AND status = 'queued'"), {id}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ? AND channel = 'email'"), {id}), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = 'application.approved'"), {id}), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = ? AND claimed_by IS NULL"), {id}), 1);

        // The answer was lost; the client retries with the same key.
        const DecisionResult retry = alice.decide(decision);
        QCOMPARE(retry.kind, DecisionResult::Kind::AlreadyRecorded);
        QCOMPARE(retry.decisionId, result.decisionId);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
    }

    void rejectionRules_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void rejectionRules()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.addApplications(1, false).first();
        ReviewService alice(f.db, f.alice);
        alice.claim(id);

        Decision noReason = rejection(id);
        noReason.reasonCodes.clear();
        QCOMPARE(alice.decide(noReason).message, QStringLiteral("choose at least one reason for the rejection"));
        Decision tooLong = rejection(id);
        tooLong.customerMessage = QString(400, QChar(0x8BF7));
        QCOMPARE(alice.decide(tooLong).message,
                 QStringLiteral("the customer message makes the SMS %1 characters long; the limit is 335")
                     .arg(CustomerMessages::rejectionSms(QStringLiteral("BK00000000-000000"), tooLong.customerMessage, true,
                                                         QStringLiteral("zh_CN"))
                              .size()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
        QCOMPARE(f.status(id), QStringLiteral("in_review"));

        const Decision good = rejection(id);
        const DecisionResult result = alice.decide(good);
        QCOMPARE(result.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(f.status(id), QStringLiteral("rejected"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decision_reasons WHERE reason_code = 'id_back_unclear'")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 0);
        // SMS only: no e-mail address was given.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 1);
        const QString body = sql::scalar(f.db.connection(), QStringLiteral("SELECT body FROM notifications"), QStringLiteral("t")).toString();
        QVERIFY2(body.contains(good.customerMessage), qPrintable(body));
        QVERIFY2(body.contains(sql::scalar(f.db.connection(), QStringLiteral("SELECT application_number FROM applications"),
                                           QStringLiteral("t")).toString()), qPrintable(body));
    }

    void fourEyes_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void fourEyes()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.addApplications(1).first();
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        alice.claim(id);
        Decision risky = approval(id);
        risky.needsSecondReview = true;
        QCOMPARE(alice.decide(risky).newStatus, ApplicationStatus::AwaitingSecondReview);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);

        alice.claim(id);
        QCOMPARE(alice.secondReview(id, true, {}, QStringLiteral("k1")).message,
                 QStringLiteral("the second review must be done by someone other than the first reviewer"));
        alice.release(id);
        QCOMPARE(bob.secondReview(id, true, {}, QStringLiteral("k2")).message,
                 QStringLiteral("claim the application before confirming it"));
        QCOMPARE(bob.claim(id).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(f.status(id), QStringLiteral("awaiting_second_review"));
        const DecisionResult confirmed = bob.secondReview(id, true, QStringLiteral("ID photo checked"), QStringLiteral("k3"));
        QCOMPARE(confirmed.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(f.status(id), QStringLiteral("approved"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE confirmed_by = ?"), {f.bob}), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
        QCOMPARE(bob.secondReview(id, true, {}, QStringLiteral("k3")).kind, DecisionResult::Kind::AlreadyRecorded);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 1);
    }

    void racingForTheSameApplication_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void racingForTheSameApplication()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QList<qint64> ids = f.addApplications(5);
        QList<qint64> operators;
        for (int i = 0; i < 8; ++i)
            operators.append(OperatorRepository(f.db).add(QStringLiteral("op%1").arg(i), QStringLiteral("Op"), QStringLiteral("operator")).id);

        // Eight desks, each on its own connection, claim the same application.
        QMutex mutex;
        QList<ClaimResult::Kind> kinds;
        QStringList errors;
        QList<QThread *> threads;
        for (const qint64 op : operators) {
            threads.append(QThread::create([&, op] {
                try {
                    const ClaimResult result = ReviewService(f.db, op).claim(ids.at(2));
                    QMutexLocker locker(&mutex);
                    kinds.append(result.kind);
                } catch (const std::exception &error) {
                    QMutexLocker locker(&mutex);
                    errors.append(QString::fromUtf8(error.what()));
                }
                f.db.dropThreadConnection();
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(errors, QStringList());
        QCOMPARE(kinds.count(ClaimResult::Kind::Claimed), 1);
        QCOMPARE(kinds.count(ClaimResult::Kind::HeldByOther), 7);

        // And all at once for "next": four are left; each goes to exactly one desk.
        QList<qint64> claimed;
        threads.clear();
        for (const qint64 op : operators) {
            threads.append(QThread::create([&, op] {
                try {
                    const ClaimResult result = ReviewService(f.db, op).claimNext();
                    QMutexLocker locker(&mutex);
                    if (result.kind == ClaimResult::Kind::Claimed)
                        claimed.append(result.applicationId);
                } catch (const std::exception &error) {
                    QMutexLocker locker(&mutex);
                    errors.append(QString::fromUtf8(error.what()));
                }
                f.db.dropThreadConnection();
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(errors, QStringList());
        std::sort(claimed.begin(), claimed.end());
        QCOMPARE(claimed, (QList<qint64>{ids.at(0), ids.at(1), ids.at(3), ids.at(4)}));
    }

    void connectionCutBeforeTheAnswer()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        Fixture f(QStringLiteral("postgresql"));
        const qint64 id = f.addApplications(1).first();
        ReviewService alice(f.db, f.alice);
        alice.claim(id);
        const Decision decision = approval(id);
        QCOMPARE(alice.decide(decision).kind, DecisionResult::Kind::Recorded);
        // The server cuts this desk's connection (as if the network dropped right
        // after COMMIT, before the client read the answer).
        const int pid = sql::scalar(f.db.connection(), QStringLiteral("SELECT pg_backend_pid()"), QStringLiteral("pid")).toInt();
        Database admin(f.database.url());
        sql::scalar(admin.connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), QStringLiteral("cut"), {pid});
        const DecisionResult retry = alice.decide(decision);
        QCOMPARE(retry.kind, DecisionResult::Kind::AlreadyRecorded);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE application_id = ?"), {id}), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
