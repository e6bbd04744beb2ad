// The database keeps the rules, whatever the client (issue 9): connected as an
// operator's, a supervisor's or the web form's own login role, with raw SQL,
// every way around the desk fails or changes nothing, and the data is the same
// afterwards; the desk's own calls (ReviewService, AuditRepository) still work
// for the operator holding the application, and the audit rows name the login
// the database saw. PostgreSQL only: SQLite has no roles.

#include "TestDatabase.h"
#include "TestRole.h"
#include "storage/ApplicationWriter.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include "core/Decision.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <memory>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

const QString postgres = QStringLiteral("postgresql");
const QString refused = QStringLiteral("42501"); // insufficient_privilege, RLS violations included

// What one raw statement did: the SQLSTATE it failed with (empty when it ran)
// and how many rows it changed or returned.
struct Outcome {
    QString sqlState;
    QString message;
    int rows = 0;
};

Outcome attempt(const Database &as, const QString &statement)
{
    QSqlQuery query(as.connection());
    Outcome outcome;
    if (!query.exec(statement)) {
        outcome.sqlState = query.lastError().nativeErrorCode();
        outcome.message = query.lastError().databaseText();
        return outcome;
    }
    outcome.rows = query.isSelect() ? (query.last() ? query.at() + 1 : 0) : query.numRowsAffected();
    return outcome;
}

struct Fixture {
    Fixture()
        : database(postgres)
        , db(database.url())
    {
        Migrator(db).migrate();
        other = OperatorRepository(db)
                    .add(QStringLiteral("other.operator"), QStringLiteral("Other"), QStringLiteral("operator"))
                    .id;
        const QList<qint64> ids = addApplications(4);
        held = ids.at(0);
        decided = ids.at(1);
        pending = ids.at(2);
        spare = ids.at(3);
        // As a desk would leave them: one held by someone else, one decided by them.
        QSqlDatabase owner = db.connection();
        sql::run(owner,
                 QStringLiteral("UPDATE applications SET status = 'in_review', claimed_by = %1, claimed_at = now(), "
                                "lease_expires_at = now() + interval '1 hour' WHERE id = %2")
                     .arg(other)
                     .arg(held),
                 QStringLiteral("holding"));
        sql::run(owner, QStringLiteral("UPDATE applications SET status = 'approved' WHERE id = %1").arg(decided),
                 QStringLiteral("deciding"));
        decision = sql::scalar(owner,
                               QStringLiteral("INSERT INTO decisions (application_id, review_round, operator_id, "
                                              "outcome, idempotency_key, decided_at) VALUES (?, 1, ?, 'approve', "
                                              "'first', now()) RETURNING id"),
                               QStringLiteral("recording a decision"), {decided, other})
                       .toLongLong();
        sql::run(owner,
                 QStringLiteral("INSERT INTO audit_log (actor, operator_id, action, application_id) VALUES "
                                "('other.operator', %1, 'application.approved', %2)")
                     .arg(other)
                     .arg(decided),
                 QStringLiteral("auditing"));
        sql::run(owner,
                 QStringLiteral("INSERT INTO review_skips (operator_id, application_id, skipped_at, skip_until) "
                                "VALUES (%1, %2, now(), now() + interval '1 hour')")
                     .arg(other)
                     .arg(spare),
                 QStringLiteral("skipping"));
    }

    QList<qint64> addApplications(int count, qint64 feeCents = 0)
    {
        WriteTransaction transaction(db);
        QList<NewApplication> rows;
        for (int i = 0; i < count; ++i) {
            NewApplication row;
            row.account = {0,
                           QStringLiteral("AC-%1-%2").arg(serial).arg(i),
                           QStringLiteral("张三"),
                           QStringLiteral("11010519491231002X"),
                           QStringLiteral("13812345678"),
                           QStringLiteral("z@example.com"),
                           QStringLiteral("北京市朝阳区建国路1号"),
                           {}};
            row.application.applicantName = QStringLiteral("张三");
            row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
            row.application.contactPhone = QStringLiteral("13812345678");
            row.application.contactEmail = row.account.email;
            row.application.shippingAddress = row.account.address;
            row.application.specialServiceFeeCents = feeCents;
            row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-3600 + i);
            row.submittedBy = QStringLiteral("test");
            Document document;
            document.kind = DocumentKind::IdFront;
            document.url = QStringLiteral("file:front-%1-%2.jpg").arg(serial).arg(i);
            document.mediaType = QStringLiteral("image/jpeg");
            document.sizeBytes = 1000;
            // A scan of its own: a shared one would make approvals risky.
            document.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(QByteArray::number(serial * 1000 + i), QCryptographicHash::Sha256).toHex());
            document.uploadedAt = row.application.submittedAt;
            row.documents.append(document);
            rows.append(row);
        }
        ++serial;
        const QList<qint64> ids = ApplicationWriter(transaction.connection(), db.dialect()).write(rows);
        transaction.commit();
        return ids;
    }

    // Row count and checksum of every table an attack might touch, read as
    // the (trusted) owner.
    QStringList snapshot() const
    {
        QStringList tables{QStringLiteral("applications"),  QStringLiteral("accounts"),
                           QStringLiteral("account_cards"), QStringLiteral("documents"),
                           QStringLiteral("decisions"),     QStringLiteral("decision_reasons"),
                           QStringLiteral("shipments"),     QStringLiteral("notifications"),
                           QStringLiteral("audit_log"),     QStringLiteral("operators"),
                           QStringLiteral("review_skips"),  QStringLiteral("application_number_counters")};
        QStringList result;
        for (const QString &table : tables)
            result.append(table + QLatin1Char(' ') +
                          sql::scalar(db.connection(),
                                      QStringLiteral("SELECT COUNT(*) || ' ' || COALESCE(md5(string_agg(t::text, "
                                                     "'|' ORDER BY t::text)), '-') FROM %1 t")
                                          .arg(table),
                                      QStringLiteral("checksumming %1").arg(table))
                              .toString());
        result.append(QStringLiteral("roles ") +
                      sql::scalar(db.connection(),
                                  QStringLiteral("SELECT md5(string_agg(rolname || rolsuper::text || "
                                                 "rolcreaterole::text, '|' ORDER BY rolname)) || (SELECT "
                                                 "COUNT(*) FROM pg_auth_members) FROM pg_roles"),
                                  QStringLiteral("checksumming roles"))
                          .toString());
        return result;
    }

    QString withIds(QString statement, const QString &login, qint64 me) const
    {
        return statement.replace(QStringLiteral(":held"), QString::number(held))
            .replace(QStringLiteral(":decided"), QString::number(decided))
            .replace(QStringLiteral(":pending"), QString::number(pending))
            .replace(QStringLiteral(":decision"), QString::number(decision))
            .replace(QStringLiteral(":other"), QString::number(other))
            .replace(QStringLiteral(":me"), QString::number(me))
            .replace(QStringLiteral(":login"), login);
    }

    TestDatabase database;
    Database db;
    qint64 other = 0;
    qint64 held = 0;
    qint64 decided = 0;
    qint64 pending = 0;
    qint64 spare = 0;
    qint64 decision = 0;
    int serial = 0;
};

// Each attack with what must happen: refused (42501), or run and change no row.
void addAttackRows(bool supervisor)
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("sqlState");
    auto refuse = [](const char *name, const char *statement) {
        QTest::newRow(name) << QString::fromUtf8(statement) << refused;
    };
    auto nothing = [](const char *name, const char *statement) {
        QTest::newRow(name) << QString::fromUtf8(statement) << QString();
    };
    // Always refused, for operators and supervisors alike.
    refuse("update audit", "UPDATE audit_log SET action = 'nothing'");
    refuse("delete audit", "DELETE FROM audit_log");
    refuse("truncate audit", "TRUNCATE audit_log");
    refuse("disable audit trigger", "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change");
    refuse("truncate applications", "TRUNCATE applications CASCADE");
    refuse("delete applications", "DELETE FROM applications");
    refuse("delete documents", "DELETE FROM documents WHERE application_id = :pending");
    refuse("delete decisions", "DELETE FROM decisions");
    refuse("change a decision", "UPDATE decisions SET outcome = 'reject' WHERE id = :decision");
    refuse("rewrite application text", "UPDATE applications SET applicant_name = 'x' WHERE id = :pending");
    refuse("read password hashes", "SELECT rolname, rolpassword FROM pg_authid");
    refuse("read pg_shadow", "SELECT * FROM pg_shadow");
    refuse("create role", "CREATE ROLE rd_evil LOGIN PASSWORD 'x'");
    refuse("grant admin to self", "GRANT reissuedesk_admin TO :login");
    refuse("become superuser", "ALTER ROLE :login SUPERUSER");
    refuse("create roles later", "ALTER ROLE :login CREATEROLE");
    refuse("promote self", "UPDATE operators SET role = 'admin' WHERE login = ':login'");
    refuse("add an operator", "INSERT INTO operators (login, display_name, role) VALUES ('ghost', 'g', 'admin')");
    refuse("bump application numbers", "SELECT reissuedesk_next_application_number(current_date)");
    refuse("create a table", "CREATE TABLE evil (x INTEGER)");
    refuse("act as admin", "SET ROLE reissuedesk_admin");
    if (supervisor) {
        // Supervisors may retry or cancel a queued or dead message (migration 0010), so with none
        // here this changes nothing; tst_notificationroles shows it refused on a dead one.
        nothing("mark notifications sent", "UPDATE notifications SET status = 'sent'");
        return;
    }
    refuse("mark notifications sent", "UPDATE notifications SET status = 'sent'");
    // What only supervisors may do, and what nobody may do to someone else's work.
    refuse("grant supervisor to self", "GRANT reissuedesk_supervisor TO :login");
    refuse("act as supervisor", "SET ROLE reissuedesk_supervisor");
    nothing("approve someone else's held application",
            "UPDATE applications SET status = 'approved', claimed_by = NULL, claimed_at = NULL, "
            "lease_expires_at = NULL WHERE id = :held");
    nothing("release someone else's claim",
            "UPDATE applications SET status = 'pending', claimed_by = NULL, claimed_at = NULL, "
            "lease_expires_at = NULL WHERE id = :held");
    nothing("reopen a decided application",
            "UPDATE applications SET status = 'in_review', claimed_by = :me, claimed_at = now(), "
            "lease_expires_at = now() + interval '1 hour' WHERE id = :decided");
    nothing("reject a decided application", "UPDATE applications SET status = 'rejected' WHERE id = :decided");
    nothing("confirm someone else's decision",
            "UPDATE decisions SET confirmed_by = :me, confirmed_at = now() WHERE id = :decision");
    nothing("drop someone else's skips", "DELETE FROM review_skips WHERE operator_id = :other");
    refuse("decide a held application",
           "INSERT INTO decisions (application_id, review_round, operator_id, outcome, idempotency_key, "
           "decided_at) VALUES (:held, 1, :me, 'approve', 'k-held', now())");
    refuse("decide in someone else's name",
           "INSERT INTO decisions (application_id, review_round, operator_id, outcome, idempotency_key, "
           "decided_at) VALUES (:pending, 1, :other, 'approve', 'k-other', now())");
    refuse("ship a decided application",
           "INSERT INTO shipments (application_id, decision_id, address, expected_delivery, created_at) "
           "VALUES (:decided, :decision, 'x', current_date, now())");
    refuse("notify about a decided application",
           "INSERT INTO notifications (application_id, channel, recipient, body, next_attempt_at, "
           "idempotency_key, created_at) VALUES (:decided, 'sms', '1', 'x', now(), 'k-n', now())");
    refuse("claim in someone else's name",
           "UPDATE applications SET status = 'in_review', claimed_by = :other, claimed_at = now(), "
           "lease_expires_at = now() + interval '1 hour' WHERE id = :pending");
    refuse("skip in someone else's name",
           "INSERT INTO review_skips (operator_id, application_id, skipped_at, skip_until) VALUES "
           "(:other, :pending, now(), now())");
}

} // namespace

class TestDatabaseRoles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Fixture> m_fixture;
    std::unique_ptr<TestRole> m_operator;
    std::unique_ptr<TestRole> m_supervisor;

    void runAttack(const TestRole &role)
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        const QStringList before = m_fixture->snapshot();
        const Outcome outcome =
            attempt(role.database(), m_fixture->withIds(statement, role.login(), role.operatorId()));
        QVERIFY2(outcome.sqlState == sqlState,
                 qPrintable(QStringLiteral("SQLSTATE %1 (%2), expected %3")
                                .arg(outcome.sqlState, outcome.message,
                                     sqlState.isEmpty() ? QStringLiteral("none") : sqlState)));
        QCOMPARE(outcome.rows, 0);
        QCOMPARE(m_fixture->snapshot(), before);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestDatabase::isAvailable(postgres)) {
            if (TestDatabase::isRequired(postgres))
                QFAIL(qPrintable(TestDatabase::unavailableReason(postgres)));
            QSKIP("PostgreSQL only: SQLite has no roles (run the suite under pg_virtualenv to test them)");
        }
        m_fixture = std::make_unique<Fixture>();
        m_operator = std::make_unique<TestRole>(m_fixture->database, m_fixture->db,
                                                QStringLiteral("reissuedesk_operator"), QStringLiteral("operator"));
        m_supervisor = std::make_unique<TestRole>(
            m_fixture->database, m_fixture->db, QStringLiteral("reissuedesk_supervisor"), QStringLiteral("supervisor"));
    }

    void cleanupTestCase()
    {
        m_operator.reset();
        m_supervisor.reset();
        m_fixture.reset();
    }

    void operatorCannotGoAroundTheDesk_data() { addAttackRows(false); }
    void operatorCannotGoAroundTheDesk() { runAttack(*m_operator); }

    void supervisorIsLimitedToo_data() { addAttackRows(true); }
    void supervisorIsLimitedToo() { runAttack(*m_supervisor); }

    void auditActorIsTheLogin_data()
    {
        QTest::addColumn<bool>("supervisor");
        QTest::newRow("operator") << false;
        QTest::newRow("supervisor") << true;
    }
    void auditActorIsTheLogin()
    {
        QFETCH(bool, supervisor);
        const TestRole &role = supervisor ? *m_supervisor : *m_operator;
        const Outcome outcome = attempt(
            role.database(),
            m_fixture->withIds(QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, "
                                              "application_id) VALUES (now() - interval '1 day', 'other.operator', "
                                              ":other, 'forged.%1', :decided)")
                                   .arg(role.login()),
                               role.login(), role.operatorId()));
        QCOMPARE(outcome.sqlState, QString());
        QCOMPARE(outcome.rows, 1);
        QSqlQuery stored = sql::prepare(m_fixture->db.connection(),
                                        QStringLiteral("SELECT actor, operator_id, occurred_at > now() - interval "
                                                       "'1 hour', client_addr IS NOT NULL FROM audit_log WHERE "
                                                       "action = ?"));
        sql::exec(stored, QStringLiteral("reading the forged row"),
                  {QString(QStringLiteral("forged.") + role.login())});
        QVERIFY(stored.next());
        QCOMPARE(stored.value(0).toString(), role.login());
        QCOMPARE(stored.value(1).toLongLong(), role.operatorId());
        QCOMPARE(stored.value(2).toBool(), true);
        QCOMPARE(stored.value(3).toBool(), true);
        QVERIFY(!stored.next());
    }

    // Every rule and audit trigger asks first whether the session is trusted,
    // per row. Migration 0024 answers from settings and PostgreSQL's cached
    // role memberships: the same answers as before (trusted owner, untrusted
    // operator), and not one catalogue scan once warm (0008/0019 read pg_roles
    // and pg_class at every call). The transaction's own counters are exact.
    void trustIsAnsweredWithoutCatalogueScans()
    {
        const auto check = [](const Database &database, const QStringList &functions, const QString &expected) {
            QSqlDatabase db = database.connection();
            const QString what = QStringLiteral("asking who is trusted");
            QString calls;
            for (const QString &function : functions)
                calls += QStringLiteral("PERFORM %1(); ").arg(function);
            // Scans counted around a loop of 1 and a loop of 21 calls: the DO
            // block and the counting query scan catalogues too, the same in both.
            const auto scansFor = [&](int times) -> qint64 {
                const QString loop =
                    QStringLiteral("DO $$ BEGIN FOR i IN 1..%1 LOOP %2END LOOP; END $$").arg(times).arg(calls);
                sql::run(db, loop, what); // warm: compiled, memberships cached
                if (!db.transaction())
                    return -1;
                const QString scans = QStringLiteral(
                    "SELECT COALESCE(SUM(seq_scan + COALESCE(idx_scan, 0)), 0) FROM pg_stat_xact_sys_tables "
                    "WHERE relname IN ('pg_authid', 'pg_class', 'pg_auth_members')");
                const qint64 before = sql::scalar(db, scans, what).toLongLong();
                sql::run(db, loop, what);
                const qint64 after = sql::scalar(db, scans, what).toLongLong();
                db.rollback();
                return after - before;
            };
            const qint64 once = scansFor(1);
            QVERIFY(once >= 0);
            QCOMPARE(scansFor(21), once);
            QCOMPARE(
                sql::scalar(
                    db, QStringLiteral("SELECT concat_ws(',', %1())").arg(functions.join(QStringLiteral("(), "))), what)
                    .toString(),
                expected);
        };
        check(m_fixture->db,
              {QStringLiteral("reissuedesk_review_rules_apply"), QStringLiteral("reissuedesk_session_is_trusted")},
              QStringLiteral("f,t"));
        check(m_operator->database(), {QStringLiteral("reissuedesk_session_is_trusted")}, QStringLiteral("f"));
    }

    // The owner stays trusted: its actor is kept ('system', 'import').
    void ownerKeepsItsActor()
    {
        sql::run(m_fixture->db.connection(),
                 QStringLiteral("INSERT INTO audit_log (actor, action) VALUES ('import', 'owner.kept')"),
                 QStringLiteral("auditing as the owner"));
        QCOMPARE(sql::scalar(m_fixture->db.connection(),
                             QStringLiteral("SELECT actor FROM audit_log WHERE action = 'owner.kept'"),
                             QStringLiteral("reading"))
                     .toString(),
                 QStringLiteral("import"));
    }

    void ownerCannotRewriteTheAudit()
    {
        QSqlQuery query(m_fixture->db.connection());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(query.lastError().nativeErrorCode(), refused);
        QVERIFY2(query.lastError().databaseText().contains(
                     QLatin1String("the audit log is append-only: its rows cannot be changed or deleted, by anyone")),
                 qPrintable(query.lastError().databaseText()));
        QVERIFY(!query.exec(QStringLiteral("TRUNCATE audit_log")));
        QCOMPARE(query.lastError().nativeErrorCode(), refused);
        QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET actor = 'x'")));
        QCOMPARE(query.lastError().nativeErrorCode(), refused);
    }

    // Operators read the columns granted to them by name: a column added later
    // (a password hash, say) stays out of their reach.
    void operatorsTableHidesLaterColumns()
    {
        QSqlDatabase owner = m_fixture->db.connection();
        sql::run(owner, QStringLiteral("ALTER TABLE operators ADD COLUMN password_hash TEXT"),
                 QStringLiteral("adding a secret column"));
        const Database &as = m_operator->database();
        QCOMPARE(attempt(as, QStringLiteral("SELECT password_hash FROM operators")).sqlState, refused);
        QCOMPARE(attempt(as, QStringLiteral("SELECT * FROM operators")).sqlState, refused);
        const Outcome named =
            attempt(as, QStringLiteral("SELECT id, login, display_name, role, active FROM operators"));
        QCOMPARE(named.sqlState, QString());
        QCOMPARE(named.rows, 3);
        sql::run(owner, QStringLiteral("ALTER TABLE operators DROP COLUMN password_hash"),
                 QStringLiteral("dropping the secret column"));
    }

    // The web form's login: it can file an application with its documents,
    // and read or change nothing else.
    void intakeOnlyInserts()
    {
        TestRole intake(m_fixture->database, m_fixture->db, QStringLiteral("reissuedesk_intake"), QString());
        QSqlDatabase as = intake.database().connection();
        const QString number =
            sql::scalar(as, QStringLiteral("SELECT reissuedesk_next_application_number(DATE '2031-02-03')"),
                        QStringLiteral("numbering"))
                .toString();
        QCOMPARE(number, QStringLiteral("BK20310203-000001"));
        const qint64 account = sql::scalar(as, QStringLiteral("SELECT reissuedesk_account_id('AC-0-0')"),
                                           QStringLiteral("finding the account"))
                                   .toLongLong();
        QVERIFY(account > 0);
        QVERIFY(as.transaction());
        QSqlQuery file =
            sql::prepare(as, QStringLiteral("INSERT INTO applications (application_number, account_id, applicant_name, "
                                            "applicant_id_number, contact_phone, reason, channel, shipping_address, "
                                            "submitted_at, due_at) VALUES (?, ?, '王五', '11010519491231002X', "
                                            "'13900000000', 'lost', 'direct', '上海市', now(), now() + interval "
                                            "'24 hours')"));
        sql::exec(file, QStringLiteral("filing"), {number, account});
        const qint64 application =
            sql::scalar(as, QStringLiteral("SELECT currval(pg_get_serial_sequence('applications', 'id'))"),
                        QStringLiteral("reading the new id"))
                .toLongLong();
        QVERIFY(application > 0);
        QSqlQuery attach = sql::prepare(
            as, QStringLiteral("INSERT INTO documents (application_id, kind, url, media_type, size_bytes, sha256, "
                               "uploaded_at) VALUES (?, 'id_front', 'https://docs.example/f.jpg', 'image/jpeg', "
                               "10, ?, now())"));
        sql::exec(attach, QStringLiteral("attaching"), {application, QString(64, QLatin1Char('f'))});
        QVERIFY(as.commit());
        QCOMPARE(sql::scalar(m_fixture->db.connection(),
                             QStringLiteral("SELECT status || ' ' || (SELECT COUNT(*) FROM documents d WHERE "
                                            "d.application_id = a.id) FROM applications a WHERE a.id = ?"),
                             QStringLiteral("reading"), {application})
                     .toString(),
                 QStringLiteral("pending 1"));

        const QStringList before = m_fixture->snapshot();
        for (const QString &statement :
             {QStringLiteral("SELECT id FROM applications"), QStringLiteral("SELECT applicant_name FROM applications"),
              QStringLiteral("SELECT * FROM accounts"), QStringLiteral("SELECT url FROM documents"),
              QStringLiteral("SELECT * FROM decisions"), QStringLiteral("SELECT * FROM audit_log"),
              QStringLiteral("SELECT login FROM operators"),
              QStringLiteral("UPDATE applications SET status = 'approved'"), QStringLiteral("DELETE FROM documents"),
              QStringLiteral("DELETE FROM applications"),
              QStringLiteral("INSERT INTO audit_log (actor, action) VALUES ('x', 'y')"),
              QStringLiteral("INSERT INTO applications (application_number, account_id, applicant_name, "
                             "applicant_id_number, contact_phone, reason, channel, shipping_address, submitted_at, "
                             "due_at, status) VALUES ('BK20310203-000099', %1, 'x', 'x', '1', 'lost', 'direct', 'x', "
                             "now(), now() + interval '24 hours', 'approved')")
                  .arg(account)}) {
            const Outcome outcome = attempt(intake.database(), statement);
            QVERIFY2(outcome.sqlState == refused, qPrintable(statement + QStringLiteral(": ") + outcome.message));
        }
        QCOMPARE(m_fixture->snapshot(), before);
    }

    // The desk's own calls, made through an operator's login, for the
    // application that operator holds; every audit row names that login.
    void deskWorksThroughAnOperatorLogin()
    {
        const TestRole &op = *m_operator;
        const QList<qint64> ids = m_fixture->addApplications(3);
        const qint64 risky = m_fixture->addApplications(1, 2000).constFirst();
        ReviewService desk(op.database(), op.operatorId());

        QCOMPARE(desk.claim(ids.at(0)).kind, ClaimResult::Kind::Claimed);
        QVERIFY(desk.renew(ids.at(0)));
        desk.release(ids.at(0));
        QCOMPARE(desk.claim(ids.at(0)).kind, ClaimResult::Kind::Claimed);
        Decision approve;
        approve.applicationId = ids.at(0);
        approve.approve = true;
        approve.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DecisionResult approved = desk.decide(approve);
        QVERIFY2(approved.kind == DecisionResult::Kind::Recorded, qPrintable(approved.message));
        QCOMPARE(approved.newStatus, ApplicationStatus::Approved);

        QCOMPARE(desk.claim(ids.at(1)).kind, ClaimResult::Kind::Claimed);
        Decision reject;
        reject.applicationId = ids.at(1);
        reject.reasonCodes = {QStringLiteral("id_back_unclear")};
        reject.customerMessage = QStringLiteral("请重新上传清晰的身份证国徽面照片。");
        reject.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DecisionResult rejected = desk.decide(reject);
        QVERIFY2(rejected.kind == DecisionResult::Kind::Recorded, qPrintable(rejected.message));

        QCOMPARE(desk.claim(ids.at(2)).kind, ClaimResult::Kind::Claimed);
        desk.skip(ids.at(2), QStringLiteral("waiting for a call back"));

        // A risky approval by the supervisor, confirmed by the operator.
        ReviewService supervisorDesk(m_supervisor->database(), m_supervisor->operatorId());
        QCOMPARE(supervisorDesk.claim(risky).kind, ClaimResult::Kind::Claimed);
        Decision riskyApproval = approve;
        riskyApproval.applicationId = risky;
        riskyApproval.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(supervisorDesk.decide(riskyApproval).newStatus, ApplicationStatus::AwaitingSecondReview);
        QCOMPARE(desk.claim(risky).kind, ClaimResult::Kind::Claimed);
        const DecisionResult confirmed =
            desk.secondReview(risky, true, QStringLiteral("checked"), QStringLiteral("k2"));
        QVERIFY2(confirmed.kind == DecisionResult::Kind::Recorded, qPrintable(confirmed.message));
        QCOMPARE(confirmed.newStatus, ApplicationStatus::Approved);

        const qint64 document =
            sql::scalar(m_fixture->db.connection(), QStringLiteral("SELECT id FROM documents WHERE application_id = ?"),
                        QStringLiteral("finding a document"), {ids.at(0)})
                .toLongLong();
        AuditRepository audit(op.database());
        audit.recordDocumentView(op.operatorId(), ids.at(0), document);
        audit.recordPersonalDataReveal(op.operatorId(), ids.at(0), QStringLiteral("applicant"));
        QCOMPARE(desk.claimNext().kind, ClaimResult::Kind::Claimed);

        QSqlDatabase owner = m_fixture->db.connection();
        auto count = [&](const QString &statement, std::initializer_list<QVariant> values) {
            return sql::scalar(owner, statement, QStringLiteral("counting"), values).toInt();
        };
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM shipments WHERE application_id IN (?, ?)"), {ids.at(0), risky}),
            2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM decision_reasons r JOIN decisions d ON d.id = "
                                      "r.decision_id WHERE d.application_id = ?"),
                       {ids.at(1)}),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE application_id IN (?, ?, ?)"),
                       {ids.at(0), ids.at(1), risky}),
                 6);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM review_skips WHERE operator_id = ? AND "
                                      "application_id = ?"),
                       {op.operatorId(), ids.at(2)}),
                 1);
        // claim, release, claim, approve, claim, reject, claim, skip, claim,
        // confirm, view, reveal, claimNext: 13 rows, all in the login's name
        // (besides the row auditActorIsTheLogin forged).
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operator_id = ? AND actor = ? AND "
                                      "client_addr IS NOT NULL AND action NOT LIKE 'forged.%'"),
                       {op.operatorId(), op.login()}),
                 13);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE operator_id = ? AND actor <> ?"),
                       {op.operatorId(), op.login()}),
                 0);
    }

    // (After deskWorksThroughAnOperatorLogin, which counts the operator's audit rows.)
    // Row-level security hides rows an operator may not change from their
    // FOR UPDATE reads; the refusal still names who holds the application, or
    // that it was decided, instead of "does not exist".
    void refusalsNameTheHolderOrTheState()
    {
        const TestRole &op = *m_operator;
        const QList<qint64> ids = m_fixture->addApplications(2);
        ReviewService desk(op.database(), op.operatorId());
        ReviewService supervisorDesk(m_supervisor->database(), m_supervisor->operatorId());
        QCOMPARE(supervisorDesk.claim(ids.at(0)).kind, ClaimResult::Kind::Claimed);

        Decision reject;
        reject.applicationId = ids.at(0);
        reject.reasonCodes = {QStringLiteral("id_back_unclear")};
        reject.customerMessage = QStringLiteral("请重新上传。");
        reject.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DecisionResult held = desk.decide(reject);
        QCOMPARE(held.kind, DecisionResult::Kind::Refused);
        QCOMPARE(held.message, QStringLiteral("your claim expired and %1 is reviewing it now; nothing was recorded")
                                   .arg(m_supervisor->login()));

        QCOMPARE(desk.claim(ids.at(1)).kind, ClaimResult::Kind::Claimed);
        reject.applicationId = ids.at(1);
        QCOMPARE(desk.decide(reject).kind, DecisionResult::Kind::Recorded);
        reject.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const DecisionResult decided = desk.decide(reject);
        QCOMPARE(decided.kind, DecisionResult::Kind::Refused);
        QCOMPARE(decided.message,
                 QStringLiteral("the application is no longer in review (it is rejected); nothing was recorded"));
        supervisorDesk.release(ids.at(0));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseRoles)
#include "tst_databaseroles.moc"
