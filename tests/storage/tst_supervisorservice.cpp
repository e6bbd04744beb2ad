// The supervisor tools on SQLite and PostgreSQL (as the schema owner): who holds
// what, release and reassign with a reason, reopening a decision for a new
// round, the second-review queue, operator changes, the audit log query
// (filters, keyset pages) and its CSV export. Exact rows and audit rows.

#include "SupervisorFixture.h"
#include "storage/AuditCsvExport.h"
#include "storage/AuditRepository.h"
#include "storage/ReviewService.h"
#include "storage/StorageError.h"
#include "storage/SupervisorService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

Decision decision(qint64 id, bool approve)
{
    Decision d;
    d.applicationId = id;
    d.approve = approve;
    if (!approve) {
        d.reasonCodes = {QStringLiteral("id_back_unclear")};
        d.customerMessage = QStringLiteral("请重新上传清晰、完整的身份证国徽面照片。");
    }
    d.internalNote = QStringLiteral("checked");
    d.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return d;
}

// The newest audit row for `action`: operator id, application id, detail.
struct AuditRow {
    qint64 operatorId = 0;
    qint64 applicationId = 0;
    QJsonObject detail;
};

AuditRow lastAudit(SupervisorFixture &f, const QString &action)
{
    QSqlQuery query =
        sql::prepare(f.db.connection(), QStringLiteral("SELECT operator_id, application_id, CAST(detail AS TEXT) FROM "
                                                       "audit_log WHERE action = ? ORDER BY id DESC LIMIT 1"));
    sql::exec(query, QStringLiteral("reading the audit log"), {action});
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object()};
}

int auditCount(SupervisorFixture &f, const QString &action)
{
    return f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action}).toInt();
}

template <typename Call> QString refusal(Call call)
{
    try {
        call();
    } catch (const StorageError &error) {
        return error.message();
    }
    return QStringLiteral("(not refused)");
}

} // namespace

class TestSupervisorService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heldApplicationsListsEveryHolder_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void heldApplicationsListsEveryHolder()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> ids = f.addApplications(3);
        QCOMPARE(ReviewService(f.db, f.alice).claim(ids.at(1)).kind, ClaimResult::Kind::Claimed);
        QTest::qWait(5); // claimed_at orders the list
        QCOMPARE(ReviewService(f.db, f.bob).claim(ids.at(2)).kind, ClaimResult::Kind::Claimed);

        const QList<HeldApplication> held = SupervisorService(f.db, f.sam).heldApplications();
        QCOMPARE(held.size(), 2);
        QCOMPARE(held.at(0).applicationId, ids.at(1));
        QCOMPARE(held.at(0).holderLogin, QStringLiteral("alice"));
        QCOMPARE(held.at(0).holderId, f.alice);
        QCOMPARE(held.at(0).applicationNumber, f.number(ids.at(1)));
        QCOMPARE(held.at(0).status, ApplicationStatus::InReview);
        QVERIFY(held.at(0).leaseExpiresAt > held.at(0).heldSince);
        QCOMPARE(held.at(1).applicationId, ids.at(2));
        QCOMPARE(held.at(1).holderLogin, QStringLiteral("bob"));
    }

    void releaseGivesAnyClaimBack_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void releaseGivesAnyClaimBack()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const qint64 id = f.addApplications(1).first();
        ReviewService(f.db, f.alice).claim(id);
        SupervisorService supervisor(f.db, f.sam);

        QCOMPARE(refusal([&] { supervisor.release(id, QStringLiteral("  ")); }),
                 SupervisorService::reasonRequiredMessage());
        QCOMPARE(auditCount(f, QStringLiteral("application.released_by_supervisor")), 0);

        QVERIFY(supervisor.release(id, QStringLiteral("alice went home")));
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString(),
                 QStringLiteral("pending"));
        QVERIFY(f.value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {id}).isNull());
        const AuditRow row = lastAudit(f, QStringLiteral("application.released_by_supervisor"));
        QCOMPARE(row.operatorId, f.sam);
        QCOMPARE(row.applicationId, id);
        QCOMPARE(row.detail.value(QStringLiteral("holder_operator_id")).toInteger(), f.alice);
        QCOMPARE(row.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("alice went home"));
        QCOMPARE(row.detail.size(), 2);

        QVERIFY(!supervisor.release(id, QStringLiteral("again")));
        QCOMPARE(auditCount(f, QStringLiteral("application.released_by_supervisor")), 1);
        QVERIFY(!ReviewService(f.db, f.alice).renew(id));
    }

    void reassignHandsWorkToAnother_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void reassignHandsWorkToAnother()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> ids = f.addApplications(2);
        ReviewService(f.db, f.alice).claim(ids.at(0));
        SupervisorService supervisor(f.db, f.sam);

        supervisor.reassign(ids.at(0), f.bob, QStringLiteral("bob knows this customer"));
        QCOMPARE(f.value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {ids.at(0)}).toLongLong(),
                 f.bob);
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {ids.at(0)}).toString(),
                 QStringLiteral("in_review"));
        AuditRow row = lastAudit(f, QStringLiteral("application.reassigned"));
        QCOMPARE(row.operatorId, f.sam);
        QCOMPARE(row.applicationId, ids.at(0));
        QCOMPARE(row.detail.value(QStringLiteral("from_operator_id")).toInteger(), f.alice);
        QCOMPARE(row.detail.value(QStringLiteral("to_operator_id")).toInteger(), f.bob);
        QCOMPARE(row.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("bob knows this customer"));
        // Bob may decide it now; alice's lease is gone.
        QVERIFY(!ReviewService(f.db, f.alice).renew(ids.at(0)));
        QCOMPARE(ReviewService(f.db, f.bob).decide(decision(ids.at(0), false)).kind, DecisionResult::Kind::Recorded);

        // A pending one is put in review for the operator it is given to.
        supervisor.reassign(ids.at(1), f.alice, QStringLiteral("urgent"));
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {ids.at(1)}).toString(),
                 QStringLiteral("in_review"));
        QVERIFY(!lastAudit(f, QStringLiteral("application.reassigned"))
                     .detail.contains(QStringLiteral("from_operator_id")));

        QCOMPARE(refusal([&] { supervisor.reassign(ids.at(0), f.alice, QStringLiteral("x")); }),
                 QStringLiteral("%1 is already decided (rejected) and cannot be reassigned; reopen it first.")
                     .arg(f.number(ids.at(0))));
        supervisor.setOperatorActive(f.bob, false);
        QCOMPARE(refusal([&] { supervisor.reassign(ids.at(1), f.bob, QStringLiteral("x")); }),
                 QStringLiteral("bob is disabled and cannot be given work."));
        QCOMPARE(auditCount(f, QStringLiteral("application.reassigned")), 2);
    }

    void secondReviewQueueAndFourEyes_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void secondReviewQueueAndFourEyes()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> ids = f.addApplications(2, 2000);
        ReviewService alice(f.db, f.alice);
        alice.claim(ids.at(0));
        const DecisionResult approved = alice.decide(decision(ids.at(0), true));
        QCOMPARE(approved.newStatus, ApplicationStatus::AwaitingSecondReview);

        SupervisorService supervisor(f.db, f.sam);
        const QList<SecondReviewItem> waiting = supervisor.secondReviewQueue();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.at(0).applicationId, ids.at(0));
        QCOMPARE(waiting.at(0).applicationNumber, f.number(ids.at(0)));
        QCOMPARE(waiting.at(0).decisionId, approved.decisionId);
        QCOMPARE(waiting.at(0).firstReviewerId, f.alice);
        QCOMPARE(waiting.at(0).firstReviewerLogin, QStringLiteral("alice"));
        QCOMPARE(waiting.at(0).checks, QList<CheckId>{CheckId::SpecialServiceFee});
        QVERIFY(waiting.at(0).holderLogin.isEmpty());
        QVERIFY(waiting.at(0).approvedAt.isValid());

        QCOMPARE(refusal([&] { supervisor.reassign(ids.at(0), f.alice, QStringLiteral("x")); }),
                 QStringLiteral("alice approved %1 and cannot also be its second reviewer.").arg(f.number(ids.at(0))));
        supervisor.reassign(ids.at(0), f.bob, QStringLiteral("second review please"));
        QCOMPARE(supervisor.secondReviewQueue().at(0).holderLogin, QStringLiteral("bob"));
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {ids.at(0)}).toString(),
                 QStringLiteral("awaiting_second_review"));
    }

    void reopenStartsANewRound_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void reopenStartsANewRound()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> ids = f.addApplications(2);
        ReviewService alice(f.db, f.alice);
        alice.claim(ids.at(0));
        QCOMPARE(alice.decide(decision(ids.at(0), false)).kind, DecisionResult::Kind::Recorded);
        SupervisorService supervisor(f.db, f.sam);

        QCOMPARE(refusal([&] { supervisor.reopen(ids.at(0), QString()); }), SupervisorService::reasonRequiredMessage());
        QCOMPARE(refusal([&] { supervisor.reopen(ids.at(1), QStringLiteral("x")); }),
                 QStringLiteral("Only an approved or rejected application can be reopened; %1 is pending.")
                     .arg(f.number(ids.at(1))));

        QCOMPARE(supervisor.reopen(ids.at(0), QStringLiteral("the ID back was fine")), 2);
        QCOMPARE(f.value(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {ids.at(0)}).toString(),
                 QStringLiteral("in_review"));
        QCOMPARE(f.value(QStringLiteral("SELECT review_round FROM applications WHERE id = ?"), {ids.at(0)}).toInt(), 2);
        QCOMPARE(f.value(QStringLiteral("SELECT claimed_by FROM applications WHERE id = ?"), {ids.at(0)}).toLongLong(),
                 f.sam);
        const AuditRow row = lastAudit(f, QStringLiteral("application.reopened"));
        QCOMPARE(row.operatorId, f.sam);
        QCOMPARE(row.applicationId, ids.at(0));
        QCOMPARE(row.detail.value(QStringLiteral("previous_status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(row.detail.value(QStringLiteral("review_round")).toInt(), 2);
        QCOMPARE(row.detail.value(QStringLiteral("reason")).toString(), QStringLiteral("the ID back was fine"));
        QCOMPARE(supervisor.applicationIdByNumber(f.number(ids.at(0)).toLower()), ids.at(0));
        QCOMPARE(supervisor.applicationIdByNumber(QStringLiteral("BK19990101-000001")), 0);

        // The new round is decided by the supervisor holding it.
        const DecisionResult second = ReviewService(f.db, f.sam).decide(decision(ids.at(0), true));
        QCOMPARE(second.kind, DecisionResult::Kind::Recorded);
        QCOMPARE(
            f.value(QStringLiteral("SELECT count(*) FROM decisions WHERE application_id = ?"), {ids.at(0)}).toInt(), 2);
    }

    void operatorChanges_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void operatorChanges()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        SupervisorService supervisor(f.db, f.sam);
        supervisor.setOperatorRole(f.bob, QStringLiteral("supervisor"));
        supervisor.setOperatorActive(f.alice, false);
        QCOMPARE(refusal([&] { supervisor.setOperatorRole(f.bob, QStringLiteral("root")); }),
                 QStringLiteral("A role is operator, supervisor or admin."));

        const QList<Operator> people = supervisor.operators();
        QCOMPARE(people.size(), 3);
        QCOMPARE(people.at(0).login, QStringLiteral("alice"));
        QCOMPARE(people.at(0).active, false);
        QCOMPARE(people.at(1).login, QStringLiteral("bob"));
        QCOMPARE(people.at(1).role, QStringLiteral("supervisor"));
        QCOMPARE(people.at(1).active, true);
        QCOMPARE(people.at(2).login, QStringLiteral("sam"));
        const AuditRow role = lastAudit(f, QStringLiteral("operator.role_changed"));
        QCOMPARE(role.operatorId, f.sam);
        QCOMPARE(role.detail, (QJsonObject{{QStringLiteral("operator_id"), f.bob},
                                           {QStringLiteral("from"), QStringLiteral("operator")},
                                           {QStringLiteral("to"), QStringLiteral("supervisor")}}));
        QCOMPARE(lastAudit(f, QStringLiteral("operator.disabled")).detail,
                 (QJsonObject{{QStringLiteral("operator_id"), f.alice}}));
    }

    void auditQueryFiltersAndPages_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void auditQueryFiltersAndPages()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> apps = f.addApplications(2);
        const qint64 before = f.value(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")).toLongLong();
        const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-03-01T08:00:00Z"), Qt::ISODate);
        // Six rows: (operator, action, application, minutes after t0).
        const struct {
            qint64 op;
            const char *action;
            int app;
            int minutes;
        } rows[] = {{f.alice, "application.claimed", 0, 0}, {f.bob, "application.claimed", 1, 10},
                    {f.alice, "document.viewed", 0, 20},    {f.alice, "application.released", 0, 30},
                    {f.bob, "document.viewed", 1, 40},      {f.sam, "application.reopened", 0, 50}};
        QList<qint64> ids;
        for (const auto &row : rows) {
            QSqlQuery insert = sql::prepare(
                f.db.connection(),
                QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, "
                               "detail) VALUES (?, (SELECT login FROM operators WHERE id = ?), ?, ?, ?, '{}') "
                               "RETURNING id"));
            sql::exec(insert, QStringLiteral("adding audit rows"),
                      {f.db.dialect().toDatabaseTime(t0.addSecs(60 * row.minutes)), row.op, row.op,
                       QString::fromLatin1(row.action), apps.at(row.app)});
            QVERIFY(insert.next());
            ids.append(insert.value(0).toLongLong());
        }
        QVERIFY(ids.first() > before);
        AuditRepository audit(f.db);
        const auto idsOf = [](const QList<AuditEntry> &entries) {
            QList<qint64> result;
            for (const AuditEntry &entry : entries)
                result.append(entry.id);
            return result;
        };
        AuditFilter window;
        window.from = t0;
        window.until = t0.addSecs(3600);
        // Keyset pages of two, newest first.
        QCOMPARE(idsOf(audit.page(window, 0, 2)), (QList<qint64>{ids.at(5), ids.at(4)}));
        QCOMPARE(idsOf(audit.page(window, ids.at(4), 2)), (QList<qint64>{ids.at(3), ids.at(2)}));
        QCOMPARE(idsOf(audit.page(window, ids.at(2), 2)), (QList<qint64>{ids.at(1), ids.at(0)}));
        QCOMPARE(idsOf(audit.page(window, ids.at(0), 2)), QList<qint64>{});

        AuditFilter byOperator = window;
        byOperator.operatorId = f.alice;
        QCOMPARE(idsOf(audit.page(byOperator, 0, 10)), (QList<qint64>{ids.at(3), ids.at(2), ids.at(0)}));
        AuditFilter byAction = window;
        byAction.action = QStringLiteral("document.viewed");
        QCOMPARE(idsOf(audit.page(byAction, 0, 10)), (QList<qint64>{ids.at(4), ids.at(2)}));
        AuditFilter byApplication = window;
        byApplication.applicationNumber = f.number(apps.at(1)).toLower();
        QCOMPARE(idsOf(audit.page(byApplication, 0, 10)), (QList<qint64>{ids.at(4), ids.at(1)}));
        AuditFilter byTime;
        byTime.from = t0.addSecs(60 * 10);
        byTime.until = t0.addSecs(60 * 30); // until is exclusive
        QCOMPARE(idsOf(audit.page(byTime, 0, 10)), (QList<qint64>{ids.at(2), ids.at(1)}));
        AuditFilter all = byOperator;
        all.action = QStringLiteral("application.claimed");
        all.applicationNumber = f.number(apps.at(0));
        const QList<AuditEntry> one = audit.page(all, 0, 10);
        QCOMPARE(idsOf(one), QList<qint64>{ids.at(0)});
        QCOMPARE(one.at(0).actor, QStringLiteral("alice"));
        QCOMPARE(one.at(0).operatorId, f.alice);
        QCOMPARE(one.at(0).applicationId, apps.at(0));
        QCOMPARE(one.at(0).applicationNumber, f.number(apps.at(0)));
        QCOMPARE(one.at(0).occurredAt, t0);
        QCOMPARE(one.at(0).detail, QStringLiteral("{}"));
        QVERIFY(audit.actions().contains(QStringLiteral("application.reopened")));
        // A hostile filter value is a value, not SQL.
        AuditFilter hostile;
        hostile.action = QStringLiteral("x' OR '1'='1");
        QCOMPARE(audit.page(hostile, 0, 10).size(), 0);
    }

    // PostgreSQL: the operator's own login role follows the row (membership of
    // exactly one reissuedesk_<role> group; NOLOGIN while disabled).
    void databaseRoleFollowsTheOperator()
    {
        REISSUEDESK_REQUIRE_BACKEND(QStringLiteral("postgresql"));
        SupervisorFixture f(QStringLiteral("postgresql"));
        QSqlDatabase db = f.db.connection();
        for (const char *group : {"reissuedesk_operator", "reissuedesk_supervisor", "reissuedesk_admin"})
            sql::run(db,
                     QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; "
                                    "END $$")
                         .arg(QString::fromLatin1(group)),
                     QStringLiteral("creating the group roles"));
        const QString login = QStringLiteral("rd_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        sql::run(
            db,
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, QUuid::createUuid().toString(QUuid::Id128)),
            QStringLiteral("creating a test login"));
        struct DropRole {
            QSqlDatabase db;
            QString login;
            ~DropRole() { QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)); }
        } dropRole{db, login};
        sql::run(db, QStringLiteral("GRANT reissuedesk_operator TO %1").arg(login), QStringLiteral("granting"));
        const qint64 id = OperatorRepository(f.db).add(login, QStringLiteral("Test"), QStringLiteral("operator")).id;
        const auto memberships = [&] {
            QSqlQuery query = sql::prepare(
                db, QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                   "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? ORDER BY g.rolname"));
            sql::exec(query, QStringLiteral("reading memberships"), {login});
            QStringList groups;
            while (query.next())
                groups << query.value(0).toString();
            return groups;
        };
        QCOMPARE(memberships(), QStringList{QStringLiteral("reissuedesk_operator")});

        SupervisorService supervisor(f.db, f.sam);
        supervisor.setOperatorRole(id, QStringLiteral("supervisor"));
        QCOMPARE(memberships(), QStringList{QStringLiteral("reissuedesk_supervisor")});
        supervisor.setOperatorActive(id, false);
        QCOMPARE(f.value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login}).toBool(),
                 false);
        supervisor.setOperatorActive(id, true);
        QCOMPARE(f.value(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"), {login}).toBool(), true);
    }

    void csvFieldsAreEscaped_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("\"alice\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb,c") << QStringLiteral("\"a\nb,c\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+86") << QStringLiteral("\"'+86\"");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("\"'-1\"");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("\"'@SUM(A1)\"");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("\"a=b\"");
        QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
        QTest::newRow("chinese") << QStringLiteral("张三") << QStringLiteral("\"张三\"");
    }
    void csvFieldsAreEscaped()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(AuditCsvExport::field(value), field);
    }

    void csvExportWritesEveryRowAndIsAudited_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void csvExportWritesEveryRowAndIsAudited()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const qint64 app = f.addApplications(1).first();
        SupervisorService supervisor(f.db, f.sam);
        // A typed reason that a spreadsheet would run, with a quote and a line break.
        supervisor.reassign(app, f.alice, QStringLiteral("=cmd|' /C calc'!A0\n\"urgent\""));
        const int total = f.value(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        QVERIFY(total >= 1);

        const QString path = f.database.scratchDir() + QStringLiteral("/audit.csv");
        std::atomic<qint64> progress{0};
        QCOMPARE(AuditCsvExport(f.db, f.sam).exportTo(path, {}, &progress), qint64(total));
        QCOMPARE(progress.load(), qint64(total));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF\"id\",\"occurred_at_utc\",\"actor\",\"operator_id\",\"action\","));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(
            text.contains(QStringLiteral(",\"application.reassigned\",\"%1\",\"%2\",").arg(app).arg(f.number(app))));
        // The JSON detail is one field (it starts with "{", so no formula): its
        // quotes doubled, the reason's line break and quotes escaped by JSON.
        QVERIFY2(text.contains(QStringLiteral("=cmd|' /C calc'!A0\\n\\\"\"urgent\\\"\"")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(",\"{\"\"reason\"\":")));
        // header + one line per row (CRLF), JSON keeps the line break escaped
        QCOMPARE(text.count(QStringLiteral("\r\n")), total + 1);
        const AuditRow exported = lastAudit(f, QStringLiteral("audit.exported"));
        QCOMPARE(exported.operatorId, f.sam);
        QCOMPARE(exported.detail, (QJsonObject{{QStringLiteral("rows"), total}}));

        // Cancelled: nothing written, nothing audited.
        const QString cancelledPath = f.database.scratchDir() + QStringLiteral("/cancelled.csv");
        std::atomic<bool> cancel{true};
        QCOMPARE(AuditCsvExport(f.db, f.sam).exportTo(cancelledPath, {}, nullptr, &cancel), qint64(0));
        QVERIFY(!QFile::exists(cancelledPath));
        QCOMPARE(auditCount(f, QStringLiteral("audit.exported")), 1);
    }
};

QTEST_GUILESS_MAIN(TestSupervisorService)
#include "tst_supervisorservice.moc"
