// The supervisors' dead-letter list on SQLite and PostgreSQL (as the schema
// owner): which messages it lists and in what order, retry and cancel of
// several at once, a sent or cancelled message left alone and named, and the
// audit rows exact (one per change: on PostgreSQL the trigger of migration
// 0010 sees the desk's row and writes none; a change made with plain SQL is
// audited by the trigger alone).

#include "OutboxRows.h"
#include "SupervisorFixture.h"
#include "storage/MessageSupervision.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

struct AuditRow {
    QString actor;
    qint64 operatorId = 0;
    qint64 applicationId = 0;
    QJsonObject detail;
};

QList<AuditRow> audits(SupervisorFixture &f, const QString &action)
{
    QSqlQuery query = sql::prepare(f.db.connection(),
                                   QStringLiteral("SELECT actor, operator_id, application_id, CAST(detail AS TEXT) "
                                                  "FROM audit_log WHERE action = ? ORDER BY id"));
    sql::exec(query, QStringLiteral("reading the audit log"), {action});
    QList<AuditRow> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                     QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object()});
    return rows;
}

QJsonObject deskDetail(qint64 id, const QString &status, int attempts)
{
    return {{QStringLiteral("notification_id"), id},
            {QStringLiteral("previous_status"), status},
            {QStringLiteral("previous_attempts"), attempts}};
}

QString statusOf(SupervisorFixture &f, qint64 id)
{
    return f.value(QStringLiteral("SELECT status FROM notifications WHERE id = ?"), {id}).toString();
}

int attemptsOf(SupervisorFixture &f, qint64 id)
{
    return f.value(QStringLiteral("SELECT attempts FROM notifications WHERE id = ?"), {id}).toInt();
}

} // namespace

class TestMessageSupervision : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsDeadAndLongRetryingNewestFirst_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void listsDeadAndLongRetryingNewestFirst()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> apps = f.addApplications(2);

        const qint64 dead = addOutboxRow(f.db, apps.at(0), deadRow(600));
        OutboxRow threeAttempts;
        threeAttempts.attempts = 3;
        threeAttempts.lastAttemptSecondsAgo = 300;
        threeAttempts.lastError = QStringLiteral("HTTP 503");
        threeAttempts.channel = QStringLiteral("email");
        threeAttempts.recipient = QStringLiteral("zhang.san@example.com");
        threeAttempts.subject = QStringLiteral("补卡申请结果");
        threeAttempts.kind = QStringLiteral("approved");
        const qint64 retrying = addOutboxRow(f.db, apps.at(1), threeAttempts);
        OutboxRow oldOne;
        oldOne.attempts = 1;
        oldOne.createdSecondsAgo = 2 * 3600;
        oldOne.lastAttemptSecondsAgo = 1800;
        const qint64 longQueued = addOutboxRow(f.db, apps.at(0), oldOne);
        OutboxRow neverTried;
        neverTried.createdSecondsAgo = 2 * 3600 + 60;
        neverTried.nextAttemptInSeconds = -2 * 3600; // due for two hours, and no dispatcher took it
        const qint64 waiting = addOutboxRow(f.db, apps.at(1), neverTried);

        // Not problems (yet), or not any more.
        OutboxRow fresh;
        fresh.attempts = 2;
        fresh.lastAttemptSecondsAgo = 10;
        addOutboxRow(f.db, apps.at(0), fresh);
        OutboxRow oldButJustRetried;
        oldButJustRetried.createdSecondsAgo = 5 * 3600;
        oldButJustRetried.nextAttemptInSeconds = -60;
        addOutboxRow(f.db, apps.at(0), oldButJustRetried);
        OutboxRow sent;
        sent.status = QStringLiteral("sent");
        sent.attempts = 4;
        sent.createdSecondsAgo = 5 * 3600;
        sent.sentSecondsAgo = 60;
        sent.gatewayMessageId = QStringLiteral("GW-1");
        addOutboxRow(f.db, apps.at(0), sent);
        OutboxRow cancelled = deadRow(20);
        cancelled.status = QStringLiteral("cancelled");
        addOutboxRow(f.db, apps.at(0), cancelled);
        OutboxRow sending = deadRow(30);
        sending.status = QStringLiteral("sending");
        addOutboxRow(f.db, apps.at(0), sending);

        const QList<ProblemMessage> rows = MessageSupervision(f.db, f.sam).problemMessages();
        QList<qint64> ids;
        for (const ProblemMessage &row : rows)
            ids.append(row.id);
        QCOMPARE(ids, (QList<qint64>{retrying, dead, longQueued, waiting}));

        const ProblemMessage &first = rows.at(0);
        QCOMPARE(first.applicationId, apps.at(1));
        QCOMPARE(first.applicationNumber, f.number(apps.at(1)));
        QCOMPARE(first.kind, QStringLiteral("approved"));
        QCOMPARE(first.channel, QStringLiteral("email"));
        QCOMPARE(first.recipient, QStringLiteral("zhang.san@example.com"));
        QCOMPARE(first.status, QStringLiteral("queued"));
        QCOMPARE(first.attempts, 3);
        QCOMPARE(first.lastError, QStringLiteral("HTTP 503"));
        QVERIFY(first.nextAttemptAt > QDateTime::currentDateTimeUtc());
        QVERIFY(qAbs(first.lastAttemptAt.secsTo(QDateTime::currentDateTimeUtc()) - 300) <= 5);
        QCOMPARE(rows.at(1).status, QStringLiteral("dead"));
        QCOMPARE(rows.at(1).attempts, 8);
        QCOMPARE(rows.at(1).lastError, QStringLiteral("HTTP 400: bad recipient"));
        QVERIFY(!rows.at(3).lastAttemptAt.isValid());
        QCOMPARE(rows.at(3).problemSince(), rows.at(3).createdAt);
    }

    void retryPutsMessagesBackAndAuditsEach_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void retryPutsMessagesBackAndAuditsEach()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const QList<qint64> apps = f.addApplications(2);
        const qint64 dead = addOutboxRow(f.db, apps.at(0), deadRow(600));
        OutboxRow slow;
        slow.attempts = 4;
        slow.lastAttemptSecondsAgo = 100;
        slow.nextAttemptInSeconds = 3600;
        slow.lastError = QStringLiteral("timeout");
        const qint64 retrying = addOutboxRow(f.db, apps.at(1), slow);

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const MessageChangeResult result = MessageSupervision(f.db, f.sam).retry({dead, retrying});
        QCOMPARE(result.changed, (QList<qint64>{dead, retrying}));
        QVERIFY(result.skipped.isEmpty());

        for (const qint64 id : {dead, retrying}) {
            QCOMPARE(statusOf(f, id), QStringLiteral("queued"));
            QCOMPARE(attemptsOf(f, id), 0);
        }
        // The last error stays until the next try overwrites it; the next try is now.
        QCOMPARE(f.value(QStringLiteral("SELECT last_error FROM notifications WHERE id = ?"), {dead}).toString(),
                 QStringLiteral("HTTP 400: bad recipient"));
        QCOMPARE(f.value(QStringLiteral("SELECT last_error FROM notifications WHERE id = ?"), {retrying}).toString(),
                 QStringLiteral("timeout"));
        const QDateTime next = f.db.dialect().fromDatabaseTime(
            f.value(QStringLiteral("SELECT %1 FROM notifications WHERE id = ?")
                        .arg(f.db.dialect().selectTime(QStringLiteral("next_attempt_at"))),
                    {retrying}));
        QVERIFY2(next >= before && next <= QDateTime::currentDateTimeUtc().addSecs(1), qPrintable(next.toString()));

        const QList<AuditRow> rows = audits(f, QStringLiteral("notification.retried"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).operatorId, f.sam);
        QCOMPARE(rows.at(0).actor, QStringLiteral("sam"));
        QCOMPARE(rows.at(0).applicationId, apps.at(0));
        QCOMPARE(rows.at(0).detail, deskDetail(dead, QStringLiteral("dead"), 8));
        QCOMPARE(rows.at(1).operatorId, f.sam);
        QCOMPARE(rows.at(1).applicationId, apps.at(1));
        QCOMPARE(rows.at(1).detail, deskDetail(retrying, QStringLiteral("queued"), 4));
        QCOMPARE(MessageSupervision(f.db, f.sam).problemMessages().size(), 0);
    }

    void sentOrCancelledMessagesAreLeftAlone_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void sentOrCancelledMessagesAreLeftAlone()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const qint64 app = f.addApplications(1).first();
        OutboxRow sentRow;
        sentRow.status = QStringLiteral("sent");
        sentRow.attempts = 2;
        sentRow.sentSecondsAgo = 30;
        sentRow.gatewayMessageId = QStringLiteral("GW-7");
        const qint64 sent = addOutboxRow(f.db, app, sentRow);
        OutboxRow sendingRow;
        sendingRow.status = QStringLiteral("sending");
        const qint64 sending = addOutboxRow(f.db, app, sendingRow);
        const qint64 dead = addOutboxRow(f.db, app, deadRow(60));
        MessageSupervision supervision(f.db, f.sam);

        const MessageChangeResult retried = supervision.retry({sent, dead, sending, 999999});
        QCOMPARE(retried.changed, QList<qint64>{dead});
        QCOMPARE(retried.skipped.size(), 3);
        QCOMPARE(retried.skipped.at(0).id, sent);
        QCOMPARE(retried.skipped.at(0).applicationNumber, f.number(app));
        QCOMPARE(retried.skipped.at(0).status, QStringLiteral("sent"));
        QCOMPARE(retried.skipped.at(1).id, sending);
        QCOMPARE(retried.skipped.at(1).status, QStringLiteral("sending"));
        QCOMPARE(retried.skipped.at(2).id, 999999);
        QVERIFY(retried.skipped.at(2).applicationNumber.isEmpty());
        QCOMPARE(statusOf(f, sent), QStringLiteral("sent"));
        QCOMPARE(attemptsOf(f, sent), 2);
        QCOMPARE(statusOf(f, sending), QStringLiteral("sending"));
        QCOMPARE(audits(f, QStringLiteral("notification.retried")).size(), 1);

        const MessageChangeResult cancelled = supervision.cancel({sent, dead});
        QCOMPARE(cancelled.changed, QList<qint64>{dead});
        QCOMPARE(cancelled.skipped.size(), 1);
        QCOMPARE(statusOf(f, dead), QStringLiteral("cancelled"));
        QCOMPARE(statusOf(f, sent), QStringLiteral("sent"));
        const QList<AuditRow> rows = audits(f, QStringLiteral("notification.cancelled"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).operatorId, f.sam);
        QCOMPARE(rows.at(0).applicationId, app);
        QCOMPARE(rows.at(0).detail, deskDetail(dead, QStringLiteral("queued"), 0));

        // Cancelled is final: neither retried nor cancelled again.
        const MessageChangeResult again = supervision.retry({dead});
        QVERIFY(again.changed.isEmpty());
        QCOMPARE(again.skipped.at(0).status, QStringLiteral("cancelled"));
        QCOMPARE(statusOf(f, dead), QStringLiteral("cancelled"));
        QCOMPARE(audits(f, QStringLiteral("notification.retried")).size(), 1);
        QCOMPARE(audits(f, QStringLiteral("notification.cancelled")).size(), 1);
    }

    // A change made around the desk: the database writes the audit row itself.
    void plainSqlRetryIsAuditedByTheDatabase()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        SupervisorFixture f(backend);
        const qint64 app = f.addApplications(1).first();
        const qint64 dead = addOutboxRow(f.db, app, deadRow(60));
        const qint64 other = addOutboxRow(f.db, app, deadRow(60));
        sql::run(f.db.connection(),
                 QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0 WHERE id = %1").arg(dead),
                 QStringLiteral("retrying by hand"));
        sql::run(f.db.connection(),
                 QStringLiteral("UPDATE notifications SET status = 'cancelled' WHERE id = %1").arg(other),
                 QStringLiteral("cancelling by hand"));
        // What the dispatcher does is not a supervisor's change: not audited.
        OutboxRow queued;
        const qint64 due = addOutboxRow(f.db, app, queued);
        sql::run(f.db.connection(),
                 QStringLiteral("UPDATE notifications SET status = 'sending', attempts = 1 WHERE id = %1").arg(due),
                 QStringLiteral("claiming"));
        sql::run(f.db.connection(), QStringLiteral("UPDATE notifications SET status = 'sent' WHERE id = %1").arg(due),
                 QStringLiteral("sending"));

        const QString owner = f.value(QStringLiteral("SELECT session_user::text")).toString();
        const QList<AuditRow> retried = audits(f, QStringLiteral("notification.retried"));
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried.at(0).actor, owner);
        QCOMPARE(retried.at(0).operatorId, 0);
        QCOMPARE(retried.at(0).applicationId, app);
        QJsonObject expected = deskDetail(dead, QStringLiteral("dead"), 8);
        expected.insert(QStringLiteral("recorded_by"), QStringLiteral("database"));
        QCOMPARE(retried.at(0).detail, expected);
        const QList<AuditRow> cancelled = audits(f, QStringLiteral("notification.cancelled"));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.at(0).detail.value(QStringLiteral("notification_id")).toInteger(), other);
        QCOMPARE(f.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action LIKE 'notification.%'")).toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestMessageSupervision)
#include "tst_messagesupervision.moc"
