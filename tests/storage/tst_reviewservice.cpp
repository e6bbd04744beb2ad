// The review workflow on SQLite and PostgreSQL: claims and leases, decisions
// recorded exactly once (retries, lost connections), four eyes, and several
// connections racing for the same work.

#include "TestDatabase.h"
#include "core/WorkingDayCalendar.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include "core/ReviewPolicy.h"
#include "storage/ReviewContextRepository.h"

#include <QMutex>
#include <QSqlDriver>
#include <QTest>
#include <QThread>
#include <QUuid>
#include <functional>

using namespace reissuedesk;
using namespace reissuedesk::test;

Q_DECLARE_METATYPE(reissuedesk::CheckId)

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
    // `count` pending applications; the first submitted earliest (most urgent).
    // `change` adjusts each row (and its index) before it is written.
    QList<qint64> addApplications(int count, bool withEmail = true,
                                  const std::function<void(NewApplication &, int)> &change = {})
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows;
        const QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-20 * 3600);
        for (int i = 0; i < count; ++i) {
            NewApplication row;
            row.account = {0,
                           QStringLiteral("AC-%1-%2").arg(serial).arg(i),
                           QStringLiteral("张三"),
                           QStringLiteral("11010519491231002X"),
                           QStringLiteral("13812345678"),
                           withEmail ? QStringLiteral("z@example.com") : QString(),
                           QStringLiteral("北京市朝阳区建国路1号"),
                           {}};
            row.application.applicantName = QStringLiteral("张三");
            row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
            row.application.contactPhone = QStringLiteral("13812345678");
            row.application.contactEmail = row.account.email;
            row.application.shippingAddress = QStringLiteral("北京市朝阳区建国路1号");
            row.application.submittedAt = base.addSecs(60 * i);
            row.submittedBy = QStringLiteral("test");
            if (change)
                change(row, i);
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

const QString feeDue = QStringLiteral("fee");

// One application with the named risk (see riskyApprovalsGoToASecondReviewer_data)
// and, where the risk needs one, the other application it is measured against.
qint64 addRisky(Fixture &f, const QString &risk)
{
    const QString shaA(64, QLatin1Char('a'));
    const QList<qint64> ids = f.addApplications(2, true, [&](NewApplication &row, int i) {
        if (risk == QStringLiteral("id_number")) {
            // The check digit of 110105194912310021 is wrong (it should be X).
            row.application.applicantIdNumber = QStringLiteral("110105194912310021");
            row.account.holderIdNumber = row.application.applicantIdNumber;
        } else if (risk == QStringLiteral("old_card")) {
            row.account.cardNumbers = {QStringLiteral("1381234567%1").arg(i)};
            row.application.oldCardNumber = QStringLiteral("13700000000");
        } else if (risk == QStringLiteral("reused_document")) {
            // The same scan on both applications, which are on two accounts.
            row.documents = {{0, 0, DocumentKind::IdFront, QStringLiteral("file:front-%1").arg(i),
                              QStringLiteral("image/jpeg"), 1000, shaA, QDateTime::currentDateTimeUtc()}};
        } else if (risk == QStringLiteral("repeat_replacement")) {
            row.account.accountNumber = QStringLiteral("AC-repeat-%1").arg(f.serial);
        } else if (risk == QStringLiteral("special_service_fee")) {
            row.application.specialServiceFeeCents = 2000;
        } else if (risk == QStringLiteral("old_card,special_service_fee")) {
            row.account.cardNumbers = {QStringLiteral("1381234567%1").arg(i)};
            row.application.oldCardNumber = QStringLiteral("13700000000");
            row.application.specialServiceFeeCents = 2000;
        }
    });
    // The second one: for a repeat replacement it is the later of the two.
    return ids.at(1);
}

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
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'application.lease_expired'")),
                 1);

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
        sql::exec(*std::make_unique<QSqlQuery>(sql::prepare(
                      f.db.connection(), QStringLiteral("INSERT INTO holidays (day, name) VALUES (?, 'test')"))),
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
        QCOMPARE(
            f.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ? AND channel = 'sms' "
                                   "AND recipient = '13812345678' AND status = 'queued'"),
                    {id}),
            1);
        QCOMPARE(
            f.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ? AND channel = 'email'"),
                    {id}),
            1);
        QCOMPARE(
            f.count(QStringLiteral(
                        "SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = 'application.approved'"),
                    {id}),
            1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = ? AND claimed_by IS NULL"), {id}),
                 1);

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
        // The longer of the two languages' texts: the English frame is longer.
        QCOMPARE(alice.decide(tooLong).message,
                 QStringLiteral("the customer message makes the SMS %1 characters long; the limit is 335")
                     .arg(CustomerMessages::rejectionSms(QStringLiteral("BK00000000-000000"), tooLong.customerMessage,
                                                         true, QStringLiteral("en"))
                              .size()));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
        QCOMPARE(f.status(id), QStringLiteral("in_review"));

        const Decision good = rejection(id);
        const DecisionResult result = alice.decide(good);
        QCOMPARE(result.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(f.status(id), QStringLiteral("rejected"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decision_reasons WHERE reason_code = 'id_back_unclear'")),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 0);
        // SMS only: no e-mail address was given.
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 1);
        const QString body =
            sql::scalar(f.db.connection(), QStringLiteral("SELECT body FROM notifications"), QStringLiteral("t"))
                .toString();
        QVERIFY2(body.contains(good.customerMessage), qPrintable(body));
        QVERIFY2(
            body.contains(sql::scalar(f.db.connection(), QStringLiteral("SELECT application_number FROM applications"),
                                      QStringLiteral("t"))
                              .toString()),
            qPrintable(body));
    }

    void fourEyes_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void fourEyes()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = addRisky(f, QStringLiteral("special_service_fee"));
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        alice.claim(id);
        QCOMPARE(alice.decide(approval(id)).newStatus, ApplicationStatus::AwaitingSecondReview);
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
        const DecisionResult confirmed =
            bob.secondReview(id, true, QStringLiteral("ID photo checked"), QStringLiteral("k3"));
        QCOMPARE(confirmed.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(f.status(id), QStringLiteral("approved"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE confirmed_by = ?"), {f.bob}), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 2);
        QCOMPARE(bob.secondReview(id, true, {}, QStringLiteral("k3")).kind, DecisionResult::Kind::AlreadyRecorded);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 1);
    }

    // The client asks for no second review on each kind of risky application;
    // the service sends it to a second reviewer anyway, and says why.
    void riskyApprovalsGoToASecondReviewer_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("risk");
        QTest::addColumn<QList<CheckId>>("checks");
        const QList<std::pair<QString, QList<CheckId>>> risks{
            {QStringLiteral("id_number"), {CheckId::IdNumber}},
            {QStringLiteral("old_card"), {CheckId::OldCard}},
            {QStringLiteral("reused_document"), {CheckId::ReusedDocument}},
            {QStringLiteral("repeat_replacement"), {CheckId::RepeatReplacement}},
            {QStringLiteral("special_service_fee"), {CheckId::SpecialServiceFee}},
            {QStringLiteral("old_card,special_service_fee"), {CheckId::OldCard, CheckId::SpecialServiceFee}},
        };
        for (const QString &backend : TestDatabase::backends()) {
            for (const auto &[risk, checks] : risks)
                QTest::addRow("%s %s", qPrintable(backend), qPrintable(risk)) << backend << risk << checks;
        }
    }
    void riskyApprovalsGoToASecondReviewer()
    {
        QFETCH(QString, backend);
        QFETCH(QString, risk);
        QFETCH(QList<CheckId>, checks);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = addRisky(f, risk);
        ReviewService alice(f.db, f.alice);
        QCOMPARE(alice.claim(id).kind, ClaimResult::Kind::Claimed);
        Decision decision = approval(id);
        decision.needsSecondReview = false; // what a careless or hostile client sends
        const DecisionResult result = alice.decide(decision);
        QCOMPARE(result.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(result.newStatus, ApplicationStatus::AwaitingSecondReview);
        QCOMPARE(result.secondReviewChecks, checks);
        QCOMPARE(f.status(id), QStringLiteral("awaiting_second_review"));
        QCOMPARE(sql::scalar(f.db.connection(),
                             QStringLiteral("SELECT second_review_checks FROM decisions WHERE application_id = ? "
                                            "AND needs_second_review = ?"),
                             QStringLiteral("t"), {id, true})
                     .toString(),
                 risk);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = "
                                        "'application.approved_pending_second_review'"),
                         {id}),
                 1);
        // A retry answers as the first time did.
        const DecisionResult retry = alice.decide(decision);
        QCOMPARE(retry.kind, DecisionResult::Kind::AlreadyRecorded);
        QCOMPARE(retry.newStatus, ApplicationStatus::AwaitingSecondReview);
        QCOMPARE(retry.secondReviewChecks, checks);
    }

    void proxyApplicationsCanOnlyBeRejectedAsSuch_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void proxyApplicationsCanOnlyBeRejectedAsSuch()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const qint64 id = f.addApplications(1, true, [](NewApplication &row, int) {
                               row.application.applicantName = QStringLiteral("李四"); // the holder is 张三
                           }).first();
        ReviewService alice(f.db, f.alice);
        QCOMPARE(alice.claim(id).kind, ClaimResult::Kind::Claimed);
        const auto nothingWritten = [&] {
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM shipments")), 0);
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                            "('application.approved', 'application.rejected', "
                                            "'application.approved_pending_second_review')")),
                     0);
            QCOMPARE(f.status(id), QStringLiteral("in_review"));
            QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = ? AND claimed_by = ?"),
                             {id, f.alice}),
                     1);
        };

        Decision approve = approval(id);
        approve.needsSecondReview = true; // not even with a second reviewer
        const DecisionResult refused = alice.decide(approve);
        QCOMPARE(refused.kind, DecisionResult::Kind::Refused);
        QCOMPARE(refused.message,
                 QStringLiteral("The applicant is not the account holder: replacement cards are never issued on "
                                "someone else's behalf, so this application can only be rejected as \"not the "
                                "account holder\"."));
        QCOMPARE(refused.requiredReasonCode, QStringLiteral("not_account_holder"));
        nothingWritten();

        const DecisionResult wrongReason = alice.decide(rejection(id));
        QCOMPARE(wrongReason.kind, DecisionResult::Kind::Refused);
        QCOMPARE(wrongReason.message,
                 QStringLiteral("the applicant is not the account holder: reject with the reason \"not the account "
                                "holder\" and without resubmission; nothing was recorded"));
        QCOMPARE(wrongReason.requiredReasonCode, QStringLiteral("not_account_holder"));
        nothingWritten();

        Decision mayApplyAgain = rejection(id);
        mayApplyAgain.reasonCodes = {QStringLiteral("not_account_holder")};
        mayApplyAgain.resubmissionAllowed = true;
        QCOMPARE(alice.decide(mayApplyAgain).kind, DecisionResult::Kind::Refused);
        nothingWritten();

        Decision finalRejection = rejection(id);
        finalRejection.reasonCodes = {QStringLiteral("not_account_holder"), QStringLiteral("id_back_unclear")};
        finalRejection.resubmissionAllowed = false;
        const DecisionResult recorded = alice.decide(finalRejection);
        QCOMPARE(recorded.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(recorded.newStatus, ApplicationStatus::Rejected);
        QCOMPARE(recorded.secondReviewChecks, QList<CheckId>());
        QCOMPARE(f.status(id), QStringLiteral("rejected"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE application_id = ? AND outcome = "
                                        "'reject' AND resubmission_allowed = ?"),
                         {id, false}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decision_reasons WHERE decision_id = ? AND "
                                        "reason_code = 'not_account_holder'"),
                         {recorded.decisionId}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ?"), {id}), 2);
    }

    void emailInsteadOfSms_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void emailInsteadOfSms()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QList<qint64> withEmail = f.addApplications(1);
        const qint64 risky = addRisky(f, QStringLiteral("special_service_fee"));
        const qint64 withoutEmail = f.addApplications(1, false).first();
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        const auto channels = [&](qint64 id) {
            QSqlQuery query = sql::prepare(
                f.db.connection(),
                QStringLiteral("SELECT channel FROM notifications WHERE application_id = ? ORDER BY channel"));
            sql::exec(query, QStringLiteral("t"), {id});
            QStringList result;
            while (query.next())
                result.append(query.value(0).toString());
            return result;
        };

        // No e-mail address: refused, nothing written.
        QCOMPARE(alice.claim(withoutEmail).kind, ClaimResult::Kind::Claimed);
        Decision noAddress = rejection(withoutEmail);
        noAddress.emailInsteadOfSms = true;
        const DecisionResult refused = alice.decide(noAddress);
        QCOMPARE(refused.kind, DecisionResult::Kind::Refused);
        QCOMPARE(refused.message, QStringLiteral("the application has no e-mail address, so the customer cannot be "
                                                 "told by e-mail instead of SMS; nothing was recorded"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions")), 0);
        QCOMPARE(f.status(withoutEmail), QStringLiteral("in_review"));

        // An approval that ships at once: e-mail only.
        QCOMPARE(alice.claim(withEmail.first()).kind, ClaimResult::Kind::Claimed);
        Decision approve = approval(withEmail.first());
        approve.emailInsteadOfSms = true;
        QCOMPARE(alice.decide(approve).newStatus, ApplicationStatus::Approved);
        QCOMPARE(channels(withEmail.first()), QStringList{QStringLiteral("email")});

        // One confirmed by a second reviewer later: still e-mail only.
        QCOMPARE(alice.claim(risky).kind, ClaimResult::Kind::Claimed);
        Decision riskyApproval = approval(risky);
        riskyApproval.emailInsteadOfSms = true;
        QCOMPARE(alice.decide(riskyApproval).newStatus, ApplicationStatus::AwaitingSecondReview);
        QCOMPARE(bob.claim(risky).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(bob.secondReview(risky, true, {}, QStringLiteral("confirm-risky")).newStatus,
                 ApplicationStatus::Approved);
        QCOMPARE(channels(risky), QStringList{QStringLiteral("email")});

        // And without the flag, both as before.
        Decision plain = rejection(withoutEmail);
        QCOMPARE(alice.decide(plain).kind, DecisionResult::Kind::Recorded);
        QCOMPARE(channels(withoutEmail), QStringList{QStringLiteral("sms")});
    }

    void skippedApplicationsWaitForTheSkipper_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void skippedApplicationsWaitForTheSkipper()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        const QList<qint64> ids = f.addApplications(3);
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob);
        QCOMPARE(alice.claimNext().applicationId, ids.at(0));
        alice.skip(ids.at(0), QStringLiteral("called, no answer"));
        QCOMPARE(f.status(ids.at(0)), QStringLiteral("pending"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = ? AND claimed_by IS NULL"),
                         {ids.at(0)}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM review_skips WHERE operator_id = ? AND "
                                        "application_id = ? AND note = 'called, no answer'"),
                         {f.alice, ids.at(0)}),
                 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND action = "
                                        "'application.skipped' AND operator_id = ? AND %1 = 'called, no answer'")
                             .arg(f.db.dialect().jsonTextField(QStringLiteral("detail"), QStringLiteral("note"))),
                         {ids.at(0), f.alice}),
                 1);
        const QDateTime until = f.db.dialect().fromDatabaseTime(
            sql::scalar(f.db.connection(), QStringLiteral("SELECT skip_until FROM review_skips"), QStringLiteral("t")));
        const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(until);
        QVERIFY2(seconds > 29 * 60 && seconds <= 30 * 60 + 5, qPrintable(QString::number(seconds)));

        // Next: alice gets the next one, bob still gets the most urgent.
        QCOMPARE(alice.claimNext().applicationId, ids.at(1));
        QCOMPARE(bob.claimNext().applicationId, ids.at(0));
        bob.release(ids.at(0));
        alice.release(ids.at(1));
        QCOMPARE(alice.claimNext().applicationId, ids.at(1));
        QCOMPARE(alice.claimNext().applicationId, ids.at(2));
        QCOMPARE(alice.claimNext().kind, ClaimResult::Kind::QueueEmpty);
        alice.release(ids.at(1));
        alice.release(ids.at(2));

        // Skipped again: one row, the latest note.
        alice.skip(ids.at(0), QStringLiteral("still no answer"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM review_skips")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM review_skips WHERE note = 'still no answer'")), 1);

        // The skip ends: the head of the queue is alice's again.
        QSqlQuery expire = sql::prepare(f.db.connection(), QStringLiteral("UPDATE review_skips SET skip_until = ?"));
        sql::exec(expire, QStringLiteral("t"),
                  {f.db.dialect().toDatabaseTime(QDateTime::currentDateTimeUtc().addSecs(-1))});
        const ClaimResult again = alice.claimNext();
        QCOMPARE(again.applicationId, ids.at(0));
        QCOMPARE(again.status, ApplicationStatus::InReview);
        // The next skip forgets the ended one.
        alice.skip(ids.at(2), {});
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM review_skips")), 1);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM review_skips WHERE application_id = ? AND note = ''"),
                         {ids.at(2)}),
                 1);
    }

    void secondReviewsAreOfferedToAnyoneButTheFirstReviewer_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void secondReviewsAreOfferedToAnyoneButTheFirstReviewer()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        Fixture f(backend);
        // The risky one is the most urgent; a plain one after it.
        const qint64 risky = f.addApplications(1, true, [](NewApplication &row, int) {
                                  row.application.specialServiceFeeCents = 2000;
                              }).first();
        const qint64 plain = f.addApplications(1, true, [](NewApplication &row, int) {
                                  row.application.submittedAt = row.application.submittedAt.addSecs(3600);
                              }).first();
        const qint64 carol = OperatorRepository(f.db)
                                 .add(QStringLiteral("carol"), QStringLiteral("Carol"), QStringLiteral("operator"))
                                 .id;
        ReviewService alice(f.db, f.alice), bob(f.db, f.bob), carolService(f.db, carol);

        QCOMPARE(alice.claimNext().applicationId, risky);
        QCOMPARE(alice.decide(approval(risky)).newStatus, ApplicationStatus::AwaitingSecondReview);
        // Never to the first reviewer, however often she asks.
        for (int round = 0; round < 2; ++round) {
            const ClaimResult next = alice.claimNext();
            QCOMPARE(next.applicationId, plain);
            QCOMPARE(next.status, ApplicationStatus::InReview);
            alice.release(plain);
        }
        // To anyone else, by due time, ahead of the later pending one.
        const ClaimResult second = bob.claimNext();
        QCOMPARE(second.kind, ClaimResult::Kind::Claimed);
        QCOMPARE(second.applicationId, risky);
        QCOMPARE(second.status, ApplicationStatus::AwaitingSecondReview);
        QCOMPARE(f.status(risky), QStringLiteral("awaiting_second_review"));
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = ? AND claimed_by = ?"),
                         {risky, f.bob}),
                 1);
        // The timeline tells the second reviewer's claim from the first review's.
        QList<QJsonObject> claims;
        for (const TimelineEntry &entry : ReviewContextRepository(f.db).timeline(risky)) {
            if (entry.action == QStringLiteral("application.claimed"))
                claims.append(entry.detail);
        }
        QCOMPARE(claims, (QList<QJsonObject>{{}, {{QStringLiteral("second_review"), true}}}));
        // Held by bob: not offered to carol.
        QCOMPARE(carolService.claimNext().applicationId, plain);
        carolService.release(plain);

        // Given back, it is offered again.
        bob.release(risky);
        QCOMPARE(carolService.claimNext().applicationId, risky);
        carolService.release(risky);

        // Sent back: a new round, pending, and alice may review it again.
        QCOMPARE(bob.claimNext().applicationId, risky);
        QCOMPARE(bob.secondReview(risky, false, QStringLiteral("fee not paid yet"), QStringLiteral("back")).newStatus,
                 ApplicationStatus::Pending);
        const ClaimResult round2 = alice.claimNext();
        QCOMPARE(round2.applicationId, risky);
        QCOMPARE(round2.status, ApplicationStatus::InReview);
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
            operators.append(OperatorRepository(f.db)
                                 .add(QStringLiteral("op%1").arg(i), QStringLiteral("Op"), QStringLiteral("operator"))
                                 .id);

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
        const int pid =
            sql::scalar(f.db.connection(), QStringLiteral("SELECT pg_backend_pid()"), QStringLiteral("pid")).toInt();
        Database admin(f.database.url());
        sql::scalar(admin.connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), QStringLiteral("cut"), {pid});
        const DecisionResult retry = alice.decide(decision);
        QCOMPARE(retry.kind, DecisionResult::Kind::AlreadyRecorded);
        QCOMPARE(f.count(QStringLiteral("SELECT COUNT(*) FROM decisions WHERE application_id = ?"), {id}), 1);
    }
};

QTEST_GUILESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
