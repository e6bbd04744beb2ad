// Migration 0010 with real login roles (PostgreSQL only; SQLite has no roles):
// an operator cannot update the outbox at all; a supervisor with psql may only
// retry or cancel a queued or dead message (never mark one sent, never touch
// its text, never reach a sent one), and what they do is audited by the
// database with their login; the desk's own retry writes one audit row, not two.

#include "OutboxRows.h"
#include "SupervisorFixture.h"
#include "TestRole.h"
#include "storage/MessageSupervision.h"
#include "storage/StorageError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>
#include <memory>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

const QString postgres = QStringLiteral("postgresql");
const QString refused = QStringLiteral("42501");

struct Outcome {
    QString sqlState;
    int rows = 0;
};

Outcome attempt(const Database &as, const QString &statement)
{
    QSqlQuery query(as.connection());
    if (!query.exec(statement))
        return {query.lastError().nativeErrorCode(), 0};
    return {QString(), query.numRowsAffected()};
}

} // namespace

class TestNotificationRoles : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SupervisorFixture> m_fixture;
    std::unique_ptr<TestRole> m_operator;
    std::unique_ptr<TestRole> m_supervisor;
    qint64 m_application = 0;

    QString statusOf(qint64 id) const
    {
        return m_fixture->value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {id}).toString();
    }
    int auditCount(qint64 notificationId) const
    {
        return m_fixture
            ->value(QStringLiteral("SELECT count(*) FROM audit_log WHERE detail ->> 'notification_id' = ?"),
                    {QString::number(notificationId)})
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestDatabase::isAvailable(postgres)) {
            if (TestDatabase::isRequired(postgres))
                QFAIL(qPrintable(TestDatabase::unavailableReason(postgres)));
            QSKIP("PostgreSQL only: SQLite has no roles (run the suite under pg_virtualenv to test them)");
        }
        m_fixture = std::make_unique<SupervisorFixture>(postgres);
        m_application = m_fixture->addApplications(1).first();
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

    void operatorCannotUpdateTheOutbox()
    {
        const qint64 dead = addOutboxRow(m_fixture->db, m_application, deadRow(60));
        const Outcome outcome =
            attempt(m_operator->database(),
                    QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0 WHERE id = %1").arg(dead));
        QCOMPARE(outcome.sqlState, refused);
        QCOMPARE(statusOf(dead), QStringLiteral("dead"));

        // Nor through the desk: the database's refusal arrives as a StorageError.
        QString message;
        try {
            MessageSupervision(m_operator->database(), m_operator->operatorId()).retry({dead});
        } catch (const StorageError &error) {
            message = error.message();
        }
        QVERIFY2(!message.isEmpty(), "an operator's retry went through");
        QCOMPARE(statusOf(dead), QStringLiteral("dead"));
        QCOMPARE(auditCount(dead), 0);
    }

    // Found with psql as a dispatcher: 0009's policy let the dispatcher login
    // queue a "reminder" with any text to any number, for any application.
    // Migration 0014 (outbox rules) holds it to the reminder SecondReviewReminders writes
    // (tst_secondreviewreminders runs that as a dispatcher and still passes).
    void dispatcherCannotForgeAReminder()
    {
        TestRole dispatcher(m_fixture->database, m_fixture->db, QStringLiteral("reissuedesk_dispatcher"), QString());
        const auto count = [this] {
            return m_fixture
                ->value(QStringLiteral("SELECT count(*) FROM notifications WHERE application_id = ?"), {m_application})
                .toInt();
        };
        const int before = count();
        const Outcome forged = attempt(
            dispatcher.database(),
            QStringLiteral("INSERT INTO notifications (application_id, kind, channel, recipient, language, body, "
                           "next_attempt_at, idempotency_key, created_at) VALUES (%1, 'second_review_pending', "
                           "'sms', '13800000000', 'zh_CN', 'Pay 100 yuan at http://evil.example', now(), "
                           "'reminder:%1:1:sms', now())")
                .arg(m_application));
        QCOMPARE(forged.sqlState, refused);
        QCOMPARE(count(), before);
    }

    void supervisorMayOnlyRetryOrCancel_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<QString>("sqlState");
        QTest::newRow("mark sent") << QStringLiteral("UPDATE notifications SET status = 'sent' WHERE id = :dead")
                                   << refused;
        QTest::newRow("mark sending") << QStringLiteral("UPDATE notifications SET status = 'sending' WHERE id = :dead")
                                      << refused;
        QTest::newRow("rewrite the text")
            << QStringLiteral("UPDATE notifications SET body = 'x' WHERE id = :dead") << refused;
        QTest::newRow("redirect it") << QStringLiteral(
                                            "UPDATE notifications SET recipient = '13900000000' WHERE id = :dead")
                                     << refused;
        QTest::newRow("forge a gateway id")
            << QStringLiteral("UPDATE notifications SET gateway_message_id = 'x' WHERE id = :dead") << refused;
        QTest::newRow("delete it") << QStringLiteral("DELETE FROM notifications WHERE id = :dead") << refused;
        // Found with psql as a supervisor: the policy let a "retry" set any
        // attempt count or a next try a year away (audited as a retry).
        QTest::newRow("retry a year from now")
            << QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0, next_attempt_at = now() + "
                              "interval '1 year' WHERE id = :dead")
            << refused;
        QTest::newRow("retry with attempts used up")
            << QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 999, next_attempt_at = now() "
                              "WHERE id = :dead")
            << refused;
        QTest::newRow("requeue a sent one")
            << QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0 WHERE id = :sent") << QString();
        QTest::newRow("cancel a sent one")
            << QStringLiteral("UPDATE notifications SET status = 'cancelled' WHERE id = :sent") << QString();
    }
    void supervisorMayOnlyRetryOrCancel()
    {
        QFETCH(QString, statement);
        QFETCH(QString, sqlState);
        const qint64 dead = addOutboxRow(m_fixture->db, m_application, deadRow(60));
        OutboxRow sentRow;
        sentRow.status = QStringLiteral("sent");
        sentRow.sentSecondsAgo = 10;
        const qint64 sent = addOutboxRow(m_fixture->db, m_application, sentRow);
        const Outcome outcome =
            attempt(m_supervisor->database(), QString(statement)
                                                  .replace(QStringLiteral(":dead"), QString::number(dead))
                                                  .replace(QStringLiteral(":sent"), QString::number(sent)));
        QCOMPARE(outcome.sqlState, sqlState);
        QCOMPARE(outcome.rows, 0);
        QCOMPARE(statusOf(dead), QStringLiteral("dead"));
        QCOMPARE(statusOf(sent), QStringLiteral("sent"));
        QCOMPARE(auditCount(dead) + auditCount(sent), 0);
    }

    void supervisorsPlainRetryIsAuditedByTheTrigger()
    {
        const qint64 dead = addOutboxRow(m_fixture->db, m_application, deadRow(60));
        const Outcome outcome =
            attempt(m_supervisor->database(),
                    QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0, next_attempt_at = now() "
                                   "WHERE id = %1")
                        .arg(dead));
        QCOMPARE(outcome.sqlState, QString());
        QCOMPARE(outcome.rows, 1);
        QCOMPARE(statusOf(dead), QStringLiteral("queued"));

        QSqlQuery query = sql::prepare(m_fixture->db.connection(),
                                       QStringLiteral("SELECT actor, operator_id, action, application_id, "
                                                      "CAST(detail AS TEXT) FROM audit_log WHERE detail ->> "
                                                      "'notification_id' = ?"));
        sql::exec(query, QStringLiteral("reading the audit"), {QString::number(dead)});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), m_supervisor->login());
        QCOMPARE(query.value(1).toLongLong(), m_supervisor->operatorId());
        QCOMPARE(query.value(2).toString(), QStringLiteral("notification.retried"));
        QCOMPARE(query.value(3).toLongLong(), m_application);
        const QJsonObject detail = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        QCOMPARE(detail, (QJsonObject{{QStringLiteral("notification_id"), dead},
                                      {QStringLiteral("previous_status"), QStringLiteral("dead")},
                                      {QStringLiteral("previous_attempts"), 8},
                                      {QStringLiteral("recorded_by"), QStringLiteral("database")}}));
        QVERIFY(!query.next());
    }

    void supervisorsDeskRetryAndCancelAreAuditedOnce()
    {
        const qint64 dead = addOutboxRow(m_fixture->db, m_application, deadRow(60));
        const qint64 other = addOutboxRow(m_fixture->db, m_application, deadRow(60));
        MessageSupervision desk(m_supervisor->database(), m_supervisor->operatorId());
        QCOMPARE(desk.retry({dead}).changed, QList<qint64>{dead});
        QCOMPARE(desk.cancel({other}).changed, QList<qint64>{other});
        QCOMPARE(statusOf(dead), QStringLiteral("queued"));
        QCOMPARE(statusOf(other), QStringLiteral("cancelled"));
        QCOMPARE(auditCount(dead), 1);
        QCOMPARE(auditCount(other), 1);
        QCOMPARE(
            m_fixture
                ->value(QStringLiteral("SELECT actor || ' ' || action || ' ' || operator_id FROM audit_log "
                                       "WHERE detail ->> 'notification_id' = ?"),
                        {QString::number(other)})
                .toString(),
            QStringLiteral("%1 notification.cancelled %2").arg(m_supervisor->login()).arg(m_supervisor->operatorId()));
        // A sent message stays out of reach through the desk too.
        OutboxRow sentRow;
        sentRow.status = QStringLiteral("sent");
        const qint64 sent = addOutboxRow(m_fixture->db, m_application, sentRow);
        const MessageChangeResult result = desk.retry({sent});
        QVERIFY(result.changed.isEmpty());
        QCOMPARE(result.skipped.size(), 1);
        QCOMPARE(statusOf(sent), QStringLiteral("sent"));
        QCOMPARE(auditCount(sent), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotificationRoles)
#include "tst_notificationroles.moc"
