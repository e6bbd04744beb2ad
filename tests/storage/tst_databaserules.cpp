// The review rules PostgreSQL keeps itself (migration 0008), tried the way an
// operator with psql would: connected as their own login role, outside the
// client, with raw SQL. Every refused attempt leaves the data as it was; the
// client's own path (ReviewService on an operator login) still works; and the
// SQL checks (GB 11643, card numbers) agree with app/core on a table of cases.
//
// PostgreSQL only: SQLite is one desk with no roles, so its rows are skipped.
// Roles are cluster-wide: each test login has a unique name and is dropped
// afterwards.

#include "TestDatabase.h"
#include "core/CardNumber.h"
#include "core/Iccid.h"
#include "core/MobileNumber.h"
#include "core/ResidentIdNumber.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <algorithm>
#include <functional>
#include <memory>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QString uniqueSuffix()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// An operator's own login role, as `reissuedesk-admin add-operator` makes one:
// LOGIN with a password, member of one group role, with an operators row of
// the same name; and an open connection as that role.
class OperatorLogin {
public:
    OperatorLogin(const Database &owner, const QString &role)
        : m_owner(owner)
        , m_login(QStringLiteral("rd_test_%1_%2").arg(role, uniqueSuffix()))
    {
        const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = owner.connection();
        sql::run(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_login, password),
                 QStringLiteral("creating a test login"));
        sql::run(db, QStringLiteral("GRANT reissuedesk_%1 TO %2").arg(role, m_login),
                 QStringLiteral("granting the group role"));
        // Table privileges come from the privileges migration (0007) when it
        // is there; without it, the login gets them directly, so that what is
        // tried here meets the triggers of 0008 rather than a missing GRANT.
        if (!sql::scalar(db,
                         QStringLiteral("SELECT has_any_column_privilege('reissuedesk_operator', "
                                        "'applications', 'UPDATE')"),
                         QStringLiteral("reading privileges"))
                 .toBool()) {
            sql::run(db,
                     QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1")
                         .arg(m_login),
                     QStringLiteral("granting table privileges"));
            sql::run(db, QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(m_login),
                     QStringLiteral("granting sequence privileges"));
        }
        m_id = OperatorRepository(owner).add(m_login, m_login, role).id;

        const DatabaseUrl ownerUrl = owner.url();
        QString text = QStringLiteral("postgresql://%1@%2").arg(m_login, qEnvironmentVariable("PGHOST"));
        if (!qEnvironmentVariableIsEmpty("PGPORT"))
            text += QLatin1Char(':') + qEnvironmentVariable("PGPORT");
        text += QLatin1Char('/') + ownerUrl.databaseName();
        m_database = std::make_unique<Database>(DatabaseUrl::parse(text).withPassword(password));
    }

    ~OperatorLogin()
    {
        m_database.reset();
        try {
            QSqlDatabase db = m_owner.connection();
            sql::run(db, QStringLiteral("DROP OWNED BY %1").arg(m_login), QStringLiteral("dropping test grants"));
            sql::run(db, QStringLiteral("DROP ROLE %1").arg(m_login), QStringLiteral("dropping a test login"));
        } catch (const StorageError &error) {
            qWarning("could not drop test login %s: %s", qPrintable(m_login), qPrintable(error.message()));
        }
    }

    qint64 id() const { return m_id; }
    const QString &login() const { return m_login; }
    const Database &db() const { return *m_database; }

private:
    const Database &m_owner;
    QString m_login;
    qint64 m_id = 0;
    std::unique_ptr<Database> m_database;
};

struct Attempt {
    bool committed = false;
    int rowsChanged = 0;
    QString code;    // SQLSTATE of the refusal
    QString message; // the server's text
};

// One transaction of raw statements, as typed into psql; rolled back at the
// first error.
Attempt attempt(const Database &as, const QStringList &statements)
{
    QSqlDatabase db = as.connection();
    Attempt result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN"))) {
        result.message = query.lastError().databaseText();
        return result;
    }
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            result.code = query.lastError().nativeErrorCode();
            result.message = query.lastError().databaseText();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return result;
        }
        result.rowsChanged += std::max(0, query.numRowsAffected());
    }
    if (!query.exec(QStringLiteral("COMMIT"))) { // a failed COMMIT rolls back
        result.code = query.lastError().nativeErrorCode();
        result.message = query.lastError().databaseText();
        return result;
    }
    result.committed = true;
    return result;
}

QString claimSql(qint64 applicationId, qint64 operatorId)
{
    return QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'pending' THEN 'in_review' ELSE status "
                          "END, claimed_by = %2, claimed_at = now(), lease_expires_at = now() + INTERVAL '15 minutes' "
                          "WHERE id = %1")
        .arg(applicationId)
        .arg(operatorId);
}

QString decideSql(qint64 applicationId, const QString &status)
{
    return QStringLiteral("UPDATE applications SET status = '%2', claimed_by = NULL, claimed_at = NULL, "
                          "lease_expires_at = NULL, version = version + 1 WHERE id = %1")
        .arg(applicationId)
        .arg(status);
}

QString decisionSql(qint64 applicationId, qint64 operatorId, const QString &outcome, const QString &extra = {})
{
    const QString resubmission = outcome == QLatin1String("reject") ? QStringLiteral("FALSE") : QStringLiteral("NULL");
    return QStringLiteral("INSERT INTO decisions (application_id, review_round, operator_id, outcome, "
                          "resubmission_allowed, idempotency_key, decided_at, needs_second_review%5) "
                          "SELECT id, review_round, %2, '%3', %4, gen_random_uuid()::text, now(), FALSE%6 "
                          "FROM applications WHERE id = %1")
        .arg(applicationId)
        .arg(operatorId)
        .arg(outcome, resubmission, extra.isEmpty() ? QString() : QStringLiteral(", internal_note"),
             extra.isEmpty() ? QString() : QStringLiteral(", '%1'").arg(extra));
}

QString reasonSql(qint64 applicationId, const QString &code)
{
    return QStringLiteral("INSERT INTO decision_reasons (decision_id, reason_code) SELECT d.id, '%2' FROM decisions d "
                          "JOIN applications a ON a.id = d.application_id AND a.review_round = d.review_round "
                          "WHERE a.id = %1")
        .arg(applicationId)
        .arg(code);
}

QString shipmentSql(qint64 applicationId)
{
    return QStringLiteral("INSERT INTO shipments (application_id, decision_id, address, expected_delivery, created_at) "
                          "SELECT a.id, d.id, a.shipping_address, current_date + 7, now() FROM applications a "
                          "JOIN decisions d ON d.application_id = a.id AND d.review_round = a.review_round "
                          "WHERE a.id = %1")
        .arg(applicationId);
}

// reissuedesk_decide (the desk's one-call write, 0018) called by hand, with
// the application's current version and round, in its own transaction.
QString decideCallSql(qint64 applicationId, qint64 operatorId, const QString &status, const QString &outcome,
                      const QString &reasons, bool withShipment, bool withMessage = true)
{
    const bool reject = outcome == QLatin1String("reject");
    const QString outbox = QStringLiteral("'[{\"kind\": \"%1\", \"channel\": \"sms\", \"recipient\": "
                                          "\"13812345678\", \"language\": \"zh_CN\", \"body\": \"b\", "
                                          "\"idempotency_key\": \"' || gen_random_uuid()::text || '\"}]'")
                               .arg(reject ? QStringLiteral("rejected") : QStringLiteral("approved"));
    return QStringLiteral("SELECT reissuedesk_decide(a.id, a.version, %2, '%3', a.review_round, '%4', %5, 'msg', "
                          "'', gen_random_uuid()::text, FALSE, '', FALSE, '%6'::jsonb, %7, (%8)::jsonb, now(), "
                          "'application.%3', '{}'::jsonb) FROM applications a WHERE a.id = %1")
        .arg(applicationId)
        .arg(operatorId)
        .arg(status, outcome, reject ? QStringLiteral("FALSE") : QStringLiteral("NULL"), reasons,
             withShipment ? QStringLiteral("current_date + 7") : QStringLiteral("NULL"),
             withMessage ? outbox : QStringLiteral("'[]'"));
}

// What the call answered: the decision id, NULL (not in the caller's hands:
// nothing written), or the refusal.
struct DecideCall {
    QVariant decisionId;
    QString code;
    QString message;
};

DecideCall callDecide(const Database &as, const QString &statement)
{
    QSqlQuery query(as.connection());
    DecideCall call;
    if (!query.exec(statement) || !query.next()) {
        call.code = query.lastError().nativeErrorCode();
        call.message = query.lastError().databaseText();
        return call;
    }
    call.decisionId = query.value(0);
    return call;
}

Decision decision(qint64 id, bool approve)
{
    Decision d;
    d.applicationId = id;
    d.approve = approve;
    if (!approve) {
        d.reasonCodes = {QStringLiteral("id_back_unclear")};
        d.customerMessage = QStringLiteral("请重新上传清晰、完整的身份证国徽面照片。");
        d.resubmissionAllowed = true;
    }
    d.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return d;
}

struct Fixture {
    Fixture()
        : database(QStringLiteral("postgresql"))
        , owner(database.url())
    {
        Migrator(owner).migrate();
    }

    enum class Kind { Clean, Fee, OldCard, Proxy };

    // One application on its own account (so that none repeats another).
    qint64 add(Kind kind)
    {
        WriteTransaction transaction(owner);
        NewApplication row;
        row.account = {0,
                       QStringLiteral("AC-%1").arg(uniqueSuffix()),
                       QStringLiteral("张三"),
                       QStringLiteral("11010519491231002X"),
                       QStringLiteral("13812345678"),
                       QStringLiteral("z@example.com"),
                       QStringLiteral("北京市朝阳区建国路1号"),
                       {}};
        row.application.applicantName = kind == Kind::Proxy ? QStringLiteral("李四") : QStringLiteral("张三");
        row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.contactEmail = row.account.email;
        row.application.shippingAddress = row.account.address;
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        if (kind == Kind::Fee)
            row.application.specialServiceFeeCents = 2000;
        if (kind == Kind::OldCard) {
            row.account.cardNumbers = {QStringLiteral("13812345670")};
            row.application.oldCardNumber = QStringLiteral("13700000000");
        }
        row.submittedBy = QStringLiteral("test");
        QList<NewApplication> rows{row};
        const qint64 id = ApplicationWriter(transaction.connection(), owner.dialect()).write(rows).first();
        transaction.commit();
        return id;
    }

    // Everything an attempt might have changed about one application.
    QString snapshot(qint64 id)
    {
        return sql::scalar(owner.connection(),
                           QStringLiteral(
                               "SELECT row_to_json(a)::text || (SELECT COALESCE(json_agg(d ORDER BY d.id)::text, '') "
                               "FROM decisions d WHERE d.application_id = a.id) || (SELECT COUNT(*) FROM "
                               "shipments s WHERE s.application_id = a.id) || '/' || (SELECT COUNT(*) FROM "
                               "notifications n WHERE n.application_id = a.id) FROM applications a WHERE a.id = ?"),
                           QStringLiteral("reading a snapshot"), {id})
            .toString();
    }
    QVariant value(const QString &statement, qint64 id)
    {
        return sql::scalar(owner.connection(), statement, QStringLiteral("reading"), {id});
    }
    QString status(qint64 id)
    {
        return value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), id).toString();
    }

    TestDatabase database;
    Database owner;
};

#define REQUIRE_POSTGRES()                                                                                             \
    do {                                                                                                               \
        QFETCH(QString, backend);                                                                                      \
        if (backend == QLatin1String("sqlite"))                                                                        \
            QSKIP("SQLite is one desk without database roles: the review rules are kept by ReviewService there");      \
        REISSUEDESK_REQUIRE_BACKEND(backend);                                                                          \
    } while (false)

// Refused with the rule's sentence (SQLSTATE 42501), or, where the privilege
// layer of 0007 answers first, refused for want of a privilege, or an UPDATE
// that row-level security let reach no row.
#define VERIFY_REFUSED(result, sentence)                                                                               \
    do {                                                                                                               \
        const Attempt &refusal = (result);                                                                             \
        if (refusal.committed) {                                                                                       \
            QVERIFY2(refusal.rowsChanged == 0, "the attempt was committed and changed rows");                          \
            break;                                                                                                     \
        }                                                                                                              \
        QCOMPARE(refusal.code, QStringLiteral("42501"));                                                               \
        QVERIFY2(refusal.message.contains(sentence) || refusal.message.contains(QStringLiteral("permission denied")),  \
                 qPrintable(refusal.message));                                                                         \
    } while (false)

} // namespace

class TestDatabaseRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void riskyApprovalWaitsForASecondReviewer_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void riskyApprovalWaitsForASecondReviewer()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        const qint64 fee = f.add(Fixture::Kind::Fee);
        const qint64 oldCard = f.add(Fixture::Kind::OldCard);
        QVERIFY(attempt(alice.db(), {claimSql(fee, alice.id())}).committed);
        QVERIFY(attempt(alice.db(), {claimSql(oldCard, alice.id())}).committed);

        // Approved and shipped at once, as a client skipping ReviewPolicy would.
        const QString before = f.snapshot(fee);
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(fee, QStringLiteral("approved")),
                                            decisionSql(fee, alice.id(), QStringLiteral("approve")), shipmentSql(fee)}),
                       QStringLiteral("a card is shipped only for an approved application"));
        QCOMPARE(f.snapshot(fee), before);

        // Without the shipment it commits, but as an approval waiting for four eyes.
        QVERIFY(attempt(alice.db(), {decideSql(fee, QStringLiteral("approved")),
                                     decisionSql(fee, alice.id(), QStringLiteral("approve"))})
                    .committed);
        QCOMPARE(f.status(fee), QStringLiteral("awaiting_second_review"));
        QCOMPARE(
            f.value(QStringLiteral("SELECT needs_second_review FROM decisions WHERE application_id = ?"), fee).toBool(),
            true);
        QCOMPARE(f.value(QStringLiteral("SELECT second_review_checks FROM decisions WHERE application_id = ?"), fee)
                     .toString(),
                 QStringLiteral("special_service_fee"));

        // The decision row first, then the status: the same outcome.
        QVERIFY(attempt(alice.db(), {decisionSql(oldCard, alice.id(), QStringLiteral("approve")),
                                     decideSql(oldCard, QStringLiteral("approved"))})
                    .committed);
        QCOMPARE(f.status(oldCard), QStringLiteral("awaiting_second_review"));
        QCOMPARE(f.value(QStringLiteral("SELECT second_review_checks FROM decisions WHERE application_id = ?"), oldCard)
                     .toString(),
                 QStringLiteral("old_card"));
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id = ?"), oldCard).toInt(),
                 0);
    }

    void proxyApplicationCannotBeApproved_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void proxyApplicationCannotBeApproved()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        const qint64 id = f.add(Fixture::Kind::Proxy);
        QVERIFY(attempt(alice.db(), {claimSql(id, alice.id())}).committed);
        const QString before = f.snapshot(id);
        const QString notHolder = QStringLiteral("is not the account holder");

        VERIFY_REFUSED(attempt(alice.db(), {decideSql(id, QStringLiteral("approved")),
                                            decisionSql(id, alice.id(), QStringLiteral("approve"))}),
                       notHolder);
        VERIFY_REFUSED(attempt(alice.db(), {decisionSql(id, alice.id(), QStringLiteral("approve")),
                                            decideSql(id, QStringLiteral("approved"))}),
                       notHolder);
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(id, QStringLiteral("awaiting_second_review"))}), notHolder);
        // A rejection must be the final "not the account holder" one.
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(id, QStringLiteral("rejected")),
                                            decisionSql(id, alice.id(), QStringLiteral("reject")),
                                            reasonSql(id, QStringLiteral("id_back_unclear"))}),
                       notHolder);
        VERIFY_REFUSED(
            attempt(alice.db(), {decideSql(id, QStringLiteral("rejected")),
                                 decisionSql(id, alice.id(), QStringLiteral("reject"))
                                     .replace(QStringLiteral("'reject', FALSE"), QStringLiteral("'reject', TRUE")),
                                 reasonSql(id, QStringLiteral("not_account_holder"))}),
            notHolder);
        QCOMPARE(f.snapshot(id), before);

        QVERIFY(attempt(alice.db(), {decideSql(id, QStringLiteral("rejected")),
                                     decisionSql(id, alice.id(), QStringLiteral("reject")),
                                     reasonSql(id, QStringLiteral("not_account_holder"))})
                    .committed);
        QCOMPARE(f.status(id), QStringLiteral("rejected"));
    }

    void onlyTheHolderDecides_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void onlyTheHolderDecides()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        OperatorLogin bob(f.owner, QStringLiteral("operator"));
        const qint64 id = f.add(Fixture::Kind::Clean);
        const qint64 free = f.add(Fixture::Kind::Clean);
        QVERIFY(attempt(bob.db(), {claimSql(id, bob.id())}).committed);
        const QString before = f.snapshot(id);
        const QString freeBefore = f.snapshot(free);

        const QString holderOnly = QStringLiteral("only the operator holding application");
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(id, QStringLiteral("rejected"))}), holderOnly);
        VERIFY_REFUSED(attempt(alice.db(), {decisionSql(id, alice.id(), QStringLiteral("approve"))}), holderOnly);
        VERIFY_REFUSED(attempt(alice.db(), {decisionSql(id, bob.id(), QStringLiteral("approve"))}),
                       QStringLiteral("can only be recorded in your own name"));
        VERIFY_REFUSED(attempt(alice.db(), {claimSql(id, alice.id())}), QStringLiteral("is held by someone else"));
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(id, QStringLiteral("pending"))}),
                       QStringLiteral("is held by someone else"));
        VERIFY_REFUSED(
            attempt(alice.db(),
                    {QStringLiteral("UPDATE applications SET claimed_by = %1 WHERE id = %2").arg(alice.id()).arg(id)}),
            QStringLiteral("is held by someone else"));
        // Nor claim a free one for somebody else, or edit the customer's text.
        VERIFY_REFUSED(attempt(alice.db(), {claimSql(free, bob.id())}), QStringLiteral("only be claimed for yourself"));
        VERIFY_REFUSED(attempt(alice.db(), {QStringLiteral("UPDATE applications SET shipping_address = 'elsewhere' "
                                                           "WHERE id = %1")
                                                .arg(free)}),
                       QStringLiteral("its details cannot be changed"));
        // A status set without a decision row fails at COMMIT.
        VERIFY_REFUSED(attempt(bob.db(), {decideSql(id, QStringLiteral("rejected"))}),
                       QStringLiteral("without a decision in your name"));
        QCOMPARE(f.snapshot(id), before);
        QCOMPARE(f.snapshot(free), freeBefore);
    }

    void decidedApplicationStaysDecided_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void decidedApplicationStaysDecided()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        OperatorLogin bob(f.owner, QStringLiteral("operator"));
        const qint64 id = f.add(Fixture::Kind::Clean);
        ReviewService review(alice.db(), alice.id());
        QCOMPARE(review.claim(id).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(review.decide(decision(id, false)).kind, DecisionResult::Kind::Recorded);
        QCOMPARE(f.status(id), QStringLiteral("rejected"));
        const QString before = f.snapshot(id);

        for (const OperatorLogin *who : {&alice, &bob}) {
            VERIFY_REFUSED(
                attempt(who->db(),
                        {QStringLiteral("UPDATE applications SET status = 'approved' WHERE id = %1").arg(id)}),
                QStringLiteral("is already rejected and cannot be changed"));
            VERIFY_REFUSED(attempt(who->db(), {claimSql(id, who->id())}),
                           QStringLiteral("only a supervisor may reopen it"));
            VERIFY_REFUSED(attempt(who->db(), {QStringLiteral("UPDATE applications SET status = 'in_review', "
                                                              "review_round = review_round + 1 WHERE id = %1")
                                                   .arg(id)}),
                           QStringLiteral("only a supervisor may reopen it"));
            VERIFY_REFUSED(attempt(who->db(), {QStringLiteral("UPDATE decisions SET outcome = 'approve', "
                                                              "resubmission_allowed = NULL WHERE application_id = %1")
                                                   .arg(id)}),
                           QStringLiteral("is recorded and cannot be changed or removed"));
            VERIFY_REFUSED(
                attempt(who->db(), {QStringLiteral("DELETE FROM decision_reasons WHERE decision_id IN "
                                                   "(SELECT id FROM decisions WHERE application_id = %1)")
                                        .arg(id),
                                    QStringLiteral("DELETE FROM decisions WHERE application_id = %1").arg(id)}),
                QStringLiteral("is recorded and cannot be changed or removed"));
            VERIFY_REFUSED(attempt(who->db(), {decisionSql(id, who->id(), QStringLiteral("approve"))}),
                           QStringLiteral("not in review"));
        }
        QCOMPARE(f.snapshot(id), before);
    }

    void secondReviewerIsSomeoneElse_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void secondReviewerIsSomeoneElse()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        OperatorLogin bob(f.owner, QStringLiteral("operator"));
        const qint64 id = f.add(Fixture::Kind::Fee);
        ReviewService aliceReview(alice.db(), alice.id());
        QCOMPARE(aliceReview.claim(id).kind, ClaimResult::Kind::Claimed);
        const DecisionResult approved = aliceReview.decide(decision(id, true));
        QCOMPARE(approved.newStatus, ApplicationStatus::AwaitingSecondReview);
        const QString before = f.snapshot(id);

        const QString someoneElse = QStringLiteral("its second review must be done by someone else");
        VERIFY_REFUSED(attempt(alice.db(), {claimSql(id, alice.id())}), someoneElse);
        VERIFY_REFUSED(
            attempt(alice.db(), {QStringLiteral("UPDATE decisions SET confirmed_by = %1, confirmed_at = now() "
                                                "WHERE application_id = %2")
                                     .arg(alice.id())
                                     .arg(id)}),
            someoneElse);
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(id, QStringLiteral("approved"))}),
                       QStringLiteral("claim it first"));
        QCOMPARE(f.snapshot(id), before);
        // Even holding it (put there by the trusted owner), she cannot confirm.
        sql::run(f.owner.connection(), claimSql(id, alice.id()), QStringLiteral("holding it for alice"));
        const QString held = f.snapshot(id);
        VERIFY_REFUSED(
            attempt(alice.db(), {QStringLiteral("UPDATE decisions SET confirmed_by = %1, confirmed_at = now() "
                                                "WHERE application_id = %2")
                                     .arg(alice.id())
                                     .arg(id),
                                 decideSql(id, QStringLiteral("approved"))}),
            someoneElse);
        VERIFY_REFUSED(attempt(alice.db(), {QStringLiteral("UPDATE applications SET status = 'pending', review_round = "
                                                           "review_round + 1, claimed_by = NULL, claimed_at = NULL, "
                                                           "lease_expires_at = NULL WHERE id = %1")
                                                .arg(id)}),
                       someoneElse);
        QCOMPARE(f.snapshot(id), held);
        aliceReview.release(id);

        // Bob does it, through the client.
        ReviewService bobReview(bob.db(), bob.id());
        QCOMPARE(bobReview.claim(id).kind, ClaimResult::Kind::Claimed);
        const DecisionResult confirmed = bobReview.secondReview(id, true, QStringLiteral("fee paid"),
                                                                QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(confirmed.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(f.status(id), QStringLiteral("approved"));
        QCOMPARE(
            f.value(QStringLiteral("SELECT confirmed_by FROM decisions WHERE application_id = ?"), id).toLongLong(),
            bob.id());
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id = ?"), id).toInt(), 1);
    }

    void supervisorReleasesReassignsAndReopens_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void supervisorReleasesReassignsAndReopens()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        OperatorLogin bob(f.owner, QStringLiteral("operator"));
        OperatorLogin sue(f.owner, QStringLiteral("supervisor"));
        const qint64 held = f.add(Fixture::Kind::Clean);
        const qint64 decided = f.add(Fixture::Kind::Clean);
        QVERIFY(attempt(alice.db(), {claimSql(held, alice.id())}).committed);

        const QString reassign =
            QStringLiteral("UPDATE applications SET claimed_by = %1, claimed_at = now() WHERE id = %2")
                .arg(bob.id())
                .arg(held);
        VERIFY_REFUSED(attempt(alice.db(), {reassign}), QStringLiteral("only a supervisor may assign"));
        QVERIFY(attempt(sue.db(), {reassign}).committed);
        QCOMPARE(f.value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), held).toLongLong(),
                 bob.id());
        QVERIFY(attempt(sue.db(), {decideSql(held, QStringLiteral("pending"))}).committed);
        QCOMPARE(f.status(held), QStringLiteral("pending"));
        QVERIFY(f.value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), held).isNull());

        ReviewService review(alice.db(), alice.id());
        QCOMPARE(review.claim(decided).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(review.decide(decision(decided, true)).newStatus, ApplicationStatus::Approved);
        const QString before = f.snapshot(decided);
        VERIFY_REFUSED(
            attempt(sue.db(),
                    {QStringLiteral("UPDATE applications SET status = 'in_review' WHERE id = %1").arg(decided)}),
            QStringLiteral("is already approved"));
        VERIFY_REFUSED(
            attempt(alice.db(), {QStringLiteral("UPDATE applications SET status = 'in_review', review_round = "
                                                "review_round + 1 WHERE id = %1")
                                     .arg(decided)}),
            QStringLiteral("only a supervisor may reopen it"));
        QCOMPARE(f.snapshot(decided), before);
        QVERIFY(attempt(sue.db(), {QStringLiteral("UPDATE applications SET status = 'in_review', review_round = "
                                                  "review_round + 1, claimed_by = %1, claimed_at = now(), "
                                                  "lease_expires_at = now() + INTERVAL '15 minutes' WHERE id = %2")
                                       .arg(sue.id())
                                       .arg(decided)})
                    .committed);
        QCOMPARE(f.status(decided), QStringLiteral("in_review"));
        VERIFY_REFUSED(attempt(alice.db(), {decideSql(decided, QStringLiteral("rejected"))}),
                       QStringLiteral("only the operator holding application"));
        QCOMPARE(f.value(QStringLiteral("SELECT review_round FROM applications WHERE id = ?"), decided).toInt(), 2);
    }

    // The one-call write answers to the same rules as the statements sent one
    // by one: an operator with psql gains nothing by calling it with made-up
    // arguments.
    void oneCallDecideKeepsTheRules_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void oneCallDecideKeepsTheRules()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        OperatorLogin bob(f.owner, QStringLiteral("operator"));
        const qint64 clean = f.add(Fixture::Kind::Clean);
        const qint64 fee = f.add(Fixture::Kind::Fee);
        const qint64 proxy = f.add(Fixture::Kind::Proxy);
        for (const qint64 id : {clean, fee, proxy})
            QVERIFY(attempt(alice.db(), {claimSql(id, alice.id())}).committed);

        // Not in bob's hands, whoever he says is deciding: NULL, nothing written.
        const QString cleanBefore = f.snapshot(clean);
        for (const qint64 who : {bob.id(), alice.id()}) {
            const DecideCall call =
                callDecide(bob.db(), decideCallSql(clean, who, QStringLiteral("approved"), QStringLiteral("approve"),
                                                   QStringLiteral("[]"), true));
            QVERIFY2(call.code.isEmpty() || call.code == QLatin1String("42501"), qPrintable(call.message));
            QVERIFY(call.decisionId.isNull());
        }
        QCOMPARE(f.snapshot(clean), cleanBefore);

        // A risky approval shipped or told at once: refused, nothing written;
        // without either it waits for a second reviewer, whatever the call said.
        const QString feeBefore = f.snapshot(fee);
        const DecideCall shipped =
            callDecide(alice.db(), decideCallSql(fee, alice.id(), QStringLiteral("approved"), QStringLiteral("approve"),
                                                 QStringLiteral("[]"), true));
        QVERIFY2(shipped.code == QLatin1String("42501"), qPrintable(shipped.message));
        QVERIFY2(shipped.message.contains(QStringLiteral("a card is shipped only for an approved application")),
                 qPrintable(shipped.message));
        QCOMPARE(f.snapshot(fee), feeBefore);
        const DecideCall told =
            callDecide(alice.db(), decideCallSql(fee, alice.id(), QStringLiteral("approved"), QStringLiteral("approve"),
                                                 QStringLiteral("[]"), false));
        QVERIFY2(told.code == QLatin1String("42501"), qPrintable(told.message));
        QVERIFY2(told.message.contains(QStringLiteral("the customer is told only of a decision that stands")),
                 qPrintable(told.message));
        QCOMPARE(f.snapshot(fee), feeBefore);
        const DecideCall waiting =
            callDecide(alice.db(), decideCallSql(fee, alice.id(), QStringLiteral("approved"), QStringLiteral("approve"),
                                                 QStringLiteral("[]"), false, false));
        QVERIFY2(waiting.code.isEmpty(), qPrintable(waiting.message));
        QVERIFY(!waiting.decisionId.isNull());
        QCOMPARE(f.status(fee), QStringLiteral("awaiting_second_review"));
        QCOMPARE(f.value(QStringLiteral("SELECT second_review_checks FROM decisions WHERE application_id = ?"), fee)
                     .toString(),
                 QStringLiteral("special_service_fee"));

        // A proxy application: only the "not the account holder" rejection.
        const QString proxyBefore = f.snapshot(proxy);
        const DecideCall wrongReason = callDecide(
            alice.db(), decideCallSql(proxy, alice.id(), QStringLiteral("rejected"), QStringLiteral("reject"),
                                      QStringLiteral("[\"id_back_unclear\"]"), false));
        QVERIFY2(wrongReason.code == QLatin1String("42501"), qPrintable(wrongReason.message));
        QVERIFY2(wrongReason.message.contains(QStringLiteral("is not the account holder")),
                 qPrintable(wrongReason.message));
        QCOMPARE(f.snapshot(proxy), proxyBefore);
        const DecideCall rejected = callDecide(
            alice.db(), decideCallSql(proxy, alice.id(), QStringLiteral("rejected"), QStringLiteral("reject"),
                                      QStringLiteral("[\"not_account_holder\"]"), false));
        QVERIFY2(rejected.code.isEmpty(), qPrintable(rejected.message));
        QCOMPARE(f.status(proxy), QStringLiteral("rejected"));

        // The clean one, by its holder: decided, shipped, told, and audited
        // under the caller's own login (the trigger's, not the call's).
        const DecideCall approved =
            callDecide(alice.db(), decideCallSql(clean, alice.id(), QStringLiteral("approved"),
                                                 QStringLiteral("approve"), QStringLiteral("[]"), true));
        QVERIFY2(approved.code.isEmpty(), qPrintable(approved.message));
        QCOMPARE(f.status(clean), QStringLiteral("approved"));
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id = ?"), clean).toInt(), 1);
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ?"), clean).toInt(),
                 1);
        QCOMPARE(f.value(QStringLiteral("SELECT actor FROM audit_log WHERE application_id = ? AND action = "
                                        "'application.approved'"),
                         clean)
                     .toString(),
                 alice.login());
    }

    void clientPathWorksOnOperatorLogins_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void clientPathWorksOnOperatorLogins()
    {
        REQUIRE_POSTGRES();
        Fixture f;
        OperatorLogin alice(f.owner, QStringLiteral("operator"));
        OperatorLogin bob(f.owner, QStringLiteral("operator"));
        const qint64 rejected = f.add(Fixture::Kind::Clean);
        const qint64 clean = f.add(Fixture::Kind::Clean);
        const qint64 risky = f.add(Fixture::Kind::OldCard);
        ReviewService aliceReview(alice.db(), alice.id());
        ReviewService bobReview(bob.db(), bob.id());

        const ClaimResult first = aliceReview.claimNext();
        QCOMPARE(first.kind, ClaimResult::Kind::Claimed);
        QCOMPARE(first.applicationId, rejected);
        QVERIFY(aliceReview.renew(rejected));
        QCOMPARE(bobReview.claim(rejected).kind, ClaimResult::Kind::HeldByOther);
        QCOMPARE(aliceReview.decide(decision(rejected, false)).newStatus, ApplicationStatus::Rejected);
        QCOMPARE(
            f.value(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id = ?"), rejected).toInt(),
            2);

        QCOMPARE(aliceReview.claim(clean).kind, ClaimResult::Kind::Claimed);
        const DecisionResult approved = aliceReview.decide(decision(clean, true));
        QCOMPARE(approved.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(approved.newStatus, ApplicationStatus::Approved);
        QCOMPARE(f.status(clean), QStringLiteral("approved"));
        QCOMPARE(f.value(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id = ?"), clean).toInt(), 1);

        QCOMPARE(aliceReview.claim(risky).kind, ClaimResult::Kind::Claimed);
        QCOMPARE(aliceReview.decide(decision(risky, true)).newStatus, ApplicationStatus::AwaitingSecondReview);
        // The first reviewer is not offered it, and may not take it.
        QCOMPARE(aliceReview.claimNext().kind, ClaimResult::Kind::QueueEmpty);
        try {
            aliceReview.claim(risky);
            QFAIL("the first reviewer claimed her own approval");
        } catch (const StorageError &error) {
            // One sentence, without PostgreSQL's CONTEXT lines.
            QCOMPARE(error.nativeCode(), QStringLiteral("42501"));
            QVERIFY2(error.message().endsWith(QStringLiteral("its second review must be done by someone else")),
                     qPrintable(error.message()));
            QVERIFY2(!error.message().contains(QLatin1Char('\n')), qPrintable(error.message()));
        }
        const ClaimResult second = bobReview.claimNext();
        QCOMPARE(second.applicationId, risky);
        QCOMPARE(second.status, ApplicationStatus::AwaitingSecondReview);
        const DecisionResult returned = bobReview.secondReview(risky, false, QStringLiteral("card not on account"),
                                                               QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(returned.newStatus, ApplicationStatus::Pending);
        QCOMPARE(f.value(QStringLiteral("SELECT review_round FROM applications WHERE id = ?"), risky).toInt(), 2);
        aliceReview.release(rejected); // nothing held: a no-op, not a refusal
        QCOMPARE(f.status(rejected), QStringLiteral("rejected"));
    }

    void sqlChecksAgreeWithCore_data()
    {
        QTest::addColumn<QString>("input");
        const QString valid = ResidentIdNumber::withCheckCharacter(u"11010519491231002");
        const QString endsInX = QStringLiteral("11010519491231002X");
        QTest::newRow("id valid") << valid;
        QTest::newRow("id ends in X") << endsInX;
        QTest::newRow("id ends in x") << QStringLiteral("11010519491231002x");
        QTest::newRow("id wrong check") << QStringLiteral("110105194912310021");
        QTest::newRow("id spaces around") << (QStringLiteral(" \t") + endsInX + QStringLiteral("\u3000"));
        QTest::newRow("id space inside") << QStringLiteral("110105 19491231002X");
        QTest::newRow("id province 10") << ResidentIdNumber::withCheckCharacter(u"10010519491231002");
        QTest::newRow("id province 91") << ResidentIdNumber::withCheckCharacter(u"91010519491231002");
        QTest::newRow("id 1899") << ResidentIdNumber::withCheckCharacter(u"11010518991231002");
        QTest::newRow("id 1900-02-29") << ResidentIdNumber::withCheckCharacter(u"11010519000229002");
        QTest::newRow("id 2000-02-29") << ResidentIdNumber::withCheckCharacter(u"11010520000229002");
        QTest::newRow("id month 13") << ResidentIdNumber::withCheckCharacter(u"11010519491331002");
        QTest::newRow("id future") << ResidentIdNumber::withCheckCharacter(u"11010520991231002");
        QTest::newRow("id 17") << QStringLiteral("11010519491231002");
        QTest::newRow("id full-width digit") << QStringLiteral("１1010519491231002X");
        QTest::newRow("id X inside") << QStringLiteral("1101051949123100X2");
        QTest::newRow("msisdn") << QStringLiteral("13812345678");
        QTest::newRow("msisdn +86 decorated") << QStringLiteral("+86 138-1234-5678");
        QTest::newRow("msisdn 0086") << QStringLiteral("0086 13812345678");
        QTest::newRow("msisdn 86") << QStringLiteral("8613812345678");
        QTest::newRow("msisdn full-width") << QStringLiteral("（138）1234－5678");
        QTest::newRow("msisdn dashes") << QStringLiteral("138\u20101234\u20145678");
        QTest::newRow("msisdn 12x") << QStringLiteral("12345678901");
        QTest::newRow("msisdn 12 digits") << QStringLiteral("861381234567");
        QTest::newRow("msisdn letter") << QStringLiteral("1381234567x");
        const QString iccid19 = QStringLiteral("898600123456789012") + Iccid::luhnCheckDigit(u"898600123456789012");
        const QString iccid20 = QStringLiteral("8986001234567890123") + Iccid::luhnCheckDigit(u"8986001234567890123");
        QTest::newRow("iccid 19") << iccid19;
        QTest::newRow("iccid 20 grouped")
            << (iccid20.left(4) + QStringLiteral(" ") + iccid20.mid(4, 8) + QStringLiteral("\u00a0") + iccid20.mid(12));
        QTest::newRow("iccid wrong luhn")
            << (iccid20.chopped(1) + QChar(u'0' + (iccid20.back().unicode() - u'0' + 1) % 10));
        QTest::newRow("iccid not 89") << (QStringLiteral("88") + iccid20.mid(2));
        QTest::newRow("iccid dashes") << (iccid20.left(10) + QStringLiteral("-") + iccid20.mid(10));
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral(" \u3000\t");
        QTest::newRow("text") << QStringLiteral("abc");
    }
    void sqlChecksAgreeWithCore()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        QFETCH(QString, input);
        if (!m_functions)
            m_functions = std::make_unique<Fixture>();
        Fixture *f = m_functions.get();
        const QDate today = QDate::currentDate();
        QSqlQuery query(f->owner.connection());
        QVERIFY(query.prepare(QStringLiteral(
            "SELECT reissuedesk_resident_id_valid(?, ?), reissuedesk_card_kind(?), reissuedesk_card_valid(?), "
            "reissuedesk_normalize_msisdn(?), reissuedesk_normalize_iccid(?)")));
        for (const QVariant &value : {QVariant(sql::text(input)), QVariant(today), sql::text(input), sql::text(input),
                                      sql::text(input), sql::text(input)})
            query.addBindValue(value);
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));

        QCOMPARE(query.value(0).toBool(), ResidentIdNumber::validate(input, today).valid);
        static const QHash<CardNumberKind, QString> kinds{{CardNumberKind::Empty, QStringLiteral("empty")},
                                                          {CardNumberKind::Msisdn, QStringLiteral("msisdn")},
                                                          {CardNumberKind::Iccid, QStringLiteral("iccid")},
                                                          {CardNumberKind::Unknown, QStringLiteral("unknown")}};
        QCOMPARE(query.value(1).toString(), kinds.value(CardNumber::classify(input)));
        QCOMPARE(query.value(2).toBool(), CardNumber::validate(input).valid);
        QCOMPARE(query.value(3).toString(), MobileNumber::normalize(input));
        QCOMPARE(query.value(4).toString(), Iccid::normalize(input));
    }

    void cleanupTestCase() { m_functions.reset(); }

private:
    std::unique_ptr<Fixture> m_functions; // one database for the data-driven rows
};

QTEST_GUILESS_MAIN(TestDatabaseRules)
#include "tst_databaserules.moc"
