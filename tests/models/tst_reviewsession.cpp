// ReviewSession without a window, on SQLite and PostgreSQL: opening claims
// (or shows read-only), a decision that failed to send is retried with the
// very same idempotency key, an open the operator has moved on from is
// dropped and its claim given back, a skip moves on to another application,
// and a lost lease turns the session read-only and names the new holder.

#include "TestDatabase.h"
#include "models/JobRunner.h"
#include "models/ReviewSession.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 20'000;

} // namespace

class TestReviewSession : public QObject {
    Q_OBJECT

private:
    // Three pending applications on three accounts, the first the most urgent.
    struct Fixture {
        explicit Fixture(const QString &backend, int leaseSeconds = ReviewService::DefaultLeaseSeconds)
            : testDatabase(backend)
            , database(std::make_shared<Database>(testDatabase.url()))
        {
            Migrator(*database).migrate();
            me = OperatorRepository(*database)
                     .add(QStringLiteral("desk"), QStringLiteral("Desk"), QStringLiteral("operator"))
                     .id;
            bob = OperatorRepository(*database)
                      .add(QStringLiteral("bob"), QStringLiteral("Bob"), QStringLiteral("operator"))
                      .id;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QList<NewApplication> rows;
            for (int i = 0; i < 3; ++i) {
                NewApplication row;
                row.account = {0,
                               QStringLiteral("AC%1").arg(100 + i),
                               QStringLiteral("王芳"),
                               QStringLiteral("11010519491231002X"),
                               QStringLiteral("1381234000%1").arg(i),
                               {},
                               QStringLiteral("北京市朝阳区建国路%1号").arg(i + 1),
                               {QStringLiteral("1381234000%1").arg(i)}};
                Application &a = row.application;
                a.applicantName = row.account.holderName;
                a.applicantIdNumber = row.account.holderIdNumber;
                a.contactPhone = QStringLiteral("1391234000%1").arg(i);
                a.oldCardNumber = row.account.phone;
                a.shippingAddress = row.account.address;
                a.submittedAt = now.addSecs(-3600LL * (10 - i));
                row.submittedBy = QStringLiteral("test");
                rows.append(row);
            }
            WriteTransaction transaction(*database);
            ids = ApplicationWriter(transaction.connection(), database->dialect()).write(rows);
            transaction.commit();
            runner = std::make_unique<JobRunner>();
            runner->setDatabase(database);
            session = std::make_unique<ReviewSession>(*runner, me, leaseSeconds);
        }
        ~Fixture()
        {
            session.reset();
            // The lane's connection closes before the database goes (JobRunner's
            // own shutdown may stop the lane before its queued close runs).
            runner->postDatabase([](const Database &db) { db.dropThreadConnection(); }, QStringLiteral("closing"));
            runner->waitForIdle(timeout);
            runner.reset();
        }
        QVariant value(const QString &statement, std::initializer_list<QVariant> values = {}) const
        {
            return sql::scalar(database->connection(), statement, QStringLiteral("test query"), values);
        }
        qint64 holder(qint64 id) const
        {
            return value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {id}).toLongLong();
        }
        void setOutage(bool on) const
        {
            const bool postgres = testDatabase.backend() == QLatin1String("postgresql");
            QStringList statements;
            if (on && postgres) {
                statements << QStringLiteral("CREATE FUNCTION outage() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                                             "'simulated outage'; END $$ LANGUAGE plpgsql")
                           << QStringLiteral("CREATE TRIGGER outage BEFORE INSERT ON decisions FOR EACH ROW "
                                             "EXECUTE FUNCTION outage()");
            } else if (on) {
                statements << QStringLiteral("CREATE TRIGGER outage BEFORE INSERT ON decisions BEGIN "
                                             "SELECT RAISE(ABORT, 'simulated outage'); END");
            } else {
                statements << (postgres ? QStringLiteral("DROP TRIGGER outage ON decisions")
                                        : QStringLiteral("DROP TRIGGER outage"));
            }
            for (const QString &statement : std::as_const(statements))
                sql::run(database->connection(), statement, QStringLiteral("outage"));
        }

        TestDatabase testDatabase;
        std::shared_ptr<Database> database;
        std::unique_ptr<JobRunner> runner;
        std::unique_ptr<ReviewSession> session;
        qint64 me = 0;
        qint64 bob = 0;
        QList<qint64> ids;
    };

private Q_SLOTS:
    void openNextClaimsAndOpenShowsOthersReadOnly_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void openNextClaimsAndOpenShowsOthersReadOnly()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewService(*f.database, f.bob).claim(f.ids.at(1));
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        QSignalSpy modes(&session, &ReviewSession::modeChanged);

        session.openNext();
        QCOMPARE(session.mode(), ReviewSession::Mode::Loading);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        QCOMPARE(loaded.at(0).at(0).toLongLong(), f.ids.at(0));
        QCOMPARE(session.mode(), ReviewSession::Mode::Claimed);
        QVERIFY(session.isClaimed());
        QVERIFY(session.canDecide());
        QCOMPARE(f.holder(f.ids.at(0)), f.me);
        const ReviewSnapshot &s = session.snapshot();
        QCOMPARE(s.checks.size(), 13);
        QVERIFY(s.policy.approvalAllowed);
        QCOMPARE(s.history.size(), 1);
        QCOMPARE(s.timeline.first().action, QStringLiteral("application.submitted"));
        QVERIFY(!session.rejectReasons().isEmpty()); // the catalogue comes with the first open
        QCOMPARE(session.renewIntervalMs(), ReviewService::DefaultLeaseSeconds / 3 * 1000);

        // Bob's: read-only, and the one held before goes back.
        session.open(f.ids.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, timeout);
        QCOMPARE(session.applicationId(), f.ids.at(1));
        QCOMPARE(session.mode(), ReviewSession::Mode::ReadOnly);
        QCOMPARE(session.snapshot().claim.kind, ClaimResult::Kind::HeldByOther);
        QCOMPARE(session.snapshot().claim.holderLogin, QStringLiteral("bob"));
        QVERIFY(!session.canDecide());
        QCOMPARE(f.holder(f.ids.at(0)), qint64(0));
        QCOMPARE(f.holder(f.ids.at(1)), f.bob);
        QCOMPARE(modes.size(), 4); // Loading, Claimed, Loading, ReadOnly

        session.release();
        QCOMPARE(session.mode(), ReviewSession::Mode::Empty);
        QCOMPARE(session.applicationId(), qint64(0));
    }

    void failedDecisionIsRetriedWithTheSameKey_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void failedDecisionIsRetriedWithTheSameKey()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        QSignalSpy failed(&session, &ReviewSession::decisionFailed);
        QSignalSpy recorded(&session, &ReviewSession::decisionRecorded);
        session.openNext();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);

        f.setOutage(true);
        Decision decision;
        decision.reasonCodes = {QStringLiteral("id_back_unclear")};
        decision.customerMessage = QStringLiteral("请重新上传身份证国徽面照片。");
        session.reject(decision);
        QVERIFY(session.isSending());
        QVERIFY(!session.canDecide());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeout);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("simulated outage")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(session.hasUnsentDecision());
        QVERIFY(!session.canDecide()); // kept, not redone
        QVERIFY(session.isClaimed());
        const QString key = session.unsentDecisionKey();
        QVERIFY(!key.isEmpty());

        // A second failure keeps the same key too.
        session.retry();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, timeout);
        QCOMPARE(session.unsentDecisionKey(), key);

        f.setOutage(false);
        session.retry();
        QTRY_COMPARE_WITH_TIMEOUT(recorded.size(), 1, timeout);
        QCOMPARE(recorded.at(0).at(0).toLongLong(), f.ids.at(0));
        QCOMPARE(recorded.at(0).at(1).value<ApplicationStatus>(), ApplicationStatus::Rejected);
        QCOMPARE(session.mode(), ReviewSession::Mode::Decided);
        QVERIFY(!session.hasUnsentDecision());
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM decisions")).toInt(), 1);
        QCOMPARE(
            f.value(QStringLiteral("SELECT idempotency_key FROM decisions WHERE application_id = ?"), {f.ids.at(0)})
                .toString(),
            key);
        QCOMPARE(f.holder(f.ids.at(0)), qint64(0));
    }

    void staleOpenIsDroppedAndItsClaimGivenBack_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void staleOpenIsDroppedAndItsClaimGivenBack()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        // The operator moves on before the first answer: only the last counts.
        session.open(f.ids.at(0));
        session.open(f.ids.at(2));
        QVERIFY(f.runner->waitForIdle(timeout)); // every answer has been handed over
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toLongLong(), f.ids.at(2));
        QCOMPARE(session.applicationId(), f.ids.at(2));
        QCOMPARE(f.holder(f.ids.at(0)), qint64(0)); // claimed, then given back on the lane
        QCOMPARE(f.holder(f.ids.at(2)), f.me);
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM applications WHERE claimed_by = ?"), {f.me}).toInt(), 1);
    }

    void skipThenNextGivesAnotherApplication_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void skipThenNextGivesAnotherApplication()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        session.openNext();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        QCOMPARE(session.applicationId(), f.ids.at(0));

        session.skipToNext(QStringLiteral("called, no answer"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 2, timeout);
        QCOMPARE(session.mode(), ReviewSession::Mode::Claimed);
        QCOMPARE(session.applicationId(), f.ids.at(1));
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM applications WHERE claimed_by = ?"), {f.me}).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("SELECT note FROM review_skips WHERE operator_id = ? AND application_id = ?"),
                         {f.me, f.ids.at(0)})
                     .toString(),
                 QStringLiteral("called, no answer"));
        // Others still get the skipped one first.
        QCOMPARE(ReviewService(*f.database, f.bob).claimNext().applicationId, f.ids.at(0));
    }

    void lostLeaseTurnsReadOnlyAndNamesTheHolder_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void lostLeaseTurnsReadOnlyAndNamesTheHolder()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend, 3); // renewed every second
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        QSignalSpy renewed(&session, &ReviewSession::leaseRenewed);
        QSignalSpy lost(&session, &ReviewSession::leaseLost);
        session.openNext();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        QCOMPARE(session.renewIntervalMs(), 1000);
        QTRY_VERIFY_WITH_TIMEOUT(renewed.size() >= 1, timeout);
        QCOMPARE(lost.size(), 0);

        // A supervisor hands it to bob: the next renewal finds it gone.
        QSqlQuery take = sql::prepare(f.database->connection(),
                                      QStringLiteral("UPDATE applications SET claimed_by = ? WHERE id = ?"));
        sql::exec(take, QStringLiteral("reassign"), {f.bob, f.ids.at(0)});
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, timeout);
        QCOMPARE(lost.at(0).at(0).toString(),
                 QStringLiteral("Your claim expired: bob holds this application now. Read-only."));
        QCOMPARE(session.mode(), ReviewSession::Mode::ReadOnly);
        QVERIFY(!session.canDecide());
        QCOMPARE(f.holder(f.ids.at(0)), f.bob);
    }

    void releaseForExitAnswersOnceTheClaimIsBack_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void releaseForExitAnswersOnceTheClaimIsBack()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        session.openNext();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        QCOMPARE(f.holder(f.ids.at(0)), f.me);
        std::optional<bool> released;
        session.releaseForExit([&released](bool ok) { released = ok; });
        QCOMPARE(session.mode(), ReviewSession::Mode::Empty); // at once, without waiting
        QTRY_VERIFY_WITH_TIMEOUT(released.has_value(), timeout);
        QVERIFY(*released);
        QCOMPARE(f.holder(f.ids.at(0)), qint64(0)); // back in the queue when it answered
    }

    void proxyApprovalIsRefusedWithoutSending_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void proxyApprovalIsRefusedWithoutSending()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        QSqlQuery proxy = sql::prepare(f.database->connection(),
                                       QStringLiteral("UPDATE applications SET applicant_name = ? WHERE id = ?"));
        sql::exec(proxy, QStringLiteral("proxy"), {QStringLiteral("赵六"), f.ids.at(0)});
        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        QSignalSpy refused(&session, &ReviewSession::decisionRefused);
        session.openNext();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        QVERIFY(!session.snapshot().policy.approvalAllowed);
        QCOMPARE(session.snapshot().policy.requiredReasonCode, QStringLiteral("not_account_holder"));
        session.approve(QString(), false);
        QCOMPARE(refused.size(), 1); // at once: nothing went to the database
        QCOMPARE(refused.at(0).at(0).toString(), session.snapshot().policy.refusal);
        QVERIFY(!session.isSending());
        QVERIFY(session.canDecide());
        QVERIFY(f.runner->waitForIdle(timeout));
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM decisions")).toInt(), 0);
    }

    void firstReviewerSeesOwnApprovalReadOnly_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void firstReviewerSeesOwnApprovalReadOnly()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewService mine(*f.database, f.me);
        QCOMPARE(mine.claim(f.ids.at(1)).kind, ClaimResult::Kind::Claimed);
        QSqlQuery fee =
            sql::prepare(f.database->connection(),
                         QStringLiteral("UPDATE applications SET special_service_fee_cents = 2000 WHERE id = ?"));
        sql::exec(fee, QStringLiteral("fee"), {f.ids.at(1)});
        Decision approval;
        approval.applicationId = f.ids.at(1);
        approval.approve = true;
        approval.needsSecondReview = true; // until the service decides it from the fee itself
        approval.internalNote = QStringLiteral("receipt seen");
        approval.idempotencyKey = QStringLiteral("mine");
        QCOMPARE(mine.decide(approval).newStatus, ApplicationStatus::AwaitingSecondReview);

        ReviewSession &session = *f.session;
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        session.open(f.ids.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        QCOMPARE(session.mode(), ReviewSession::Mode::ReadOnly);
        QVERIFY(session.snapshot().ownApproval);
        QVERIFY(session.snapshot().secondReview.has_value());
        QCOMPARE(session.snapshot().secondReview->firstReviewerId, f.me);
        QCOMPARE(session.snapshot().secondReview->note, QStringLiteral("receipt seen"));
        QCOMPARE(f.holder(f.ids.at(1)), qint64(0)); // four eyes: looked at, not held

        // Bob may hold it, as the second reviewer.
        ReviewSession bobs(*f.runner, f.bob, ReviewService::DefaultLeaseSeconds);
        QSignalSpy bobLoaded(&bobs, &ReviewSession::loaded);
        bobs.open(f.ids.at(1));
        QTRY_COMPARE_WITH_TIMEOUT(bobLoaded.size(), 1, timeout);
        QCOMPARE(bobs.mode(), ReviewSession::Mode::SecondReview);
        QCOMPARE(bobs.snapshot().secondReview->firstReviewerLogin, QStringLiteral("desk"));
        bobs.release();
    }

    void revealIsAudited_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void revealIsAudited()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        ReviewSession &session = *f.session;
        QList<std::pair<qint64, qint64>> recorded; // (operator, application), on the lane
        QMutex mutex;
        session.setRevealRecorder([&](const Database &, qint64 operatorId, qint64 applicationId) {
            QMutexLocker lock(&mutex);
            recorded.append({operatorId, applicationId});
        });
        QSignalSpy loaded(&session, &ReviewSession::loaded);
        session.openNext();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeout);
        session.revealPersonalData();
        QVERIFY(f.runner->waitForIdle(timeout));
        QMutexLocker lock(&mutex);
        QCOMPARE(recorded, (QList<std::pair<qint64, qint64>>{{f.me, f.ids.at(0)}}));
    }
};

QTEST_GUILESS_MAIN(TestReviewSession)
#include "tst_reviewsession.moc"
