// SecondReviewReminders on a real database (SQLite, and PostgreSQL as the
// dispatcher's own role): which applications get the "second review still
// pending" message, on which channels, in which language, and only once.

#include "GatewayServer.h"
#include "TestDatabase.h"
#include "TestRole.h"
#include "core/CustomerMessages.h"
#include "net/NotificationDispatcher.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SecondReviewReminders.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;
using namespace std::chrono_literals;

namespace {

struct Customer {
    QString accountNumber;
    QString email;       // empty: none
    QString language;    // "zh_CN" or "en"
    QString status;      // applications.status
    qint64 dueInSeconds; // from `now`
    bool emailOnly = false;
};

struct Row {
    QString kind, channel, recipient, language, subject, body, key;
    qint64 decisionId = 0;
    QString status;
};

class Fixture {
public:
    explicit Fixture(const QString &backend)
        : m_test(backend)
        , m_database(m_test.url())
    {
        Migrator(m_database).migrate();
        QSqlDatabase db = m_database.connection();
        sql::run(db,
                 QStringLiteral("INSERT INTO operators (login, display_name, role) VALUES ('first', 'First', "
                                "'operator')"),
                 QStringLiteral("adding an operator"));
        m_operatorId = sql::scalar(db, QStringLiteral("SELECT id FROM operators WHERE login = 'first'"),
                                   QStringLiteral("reading the operator"))
                           .toLongLong();
    }

    const TestDatabase &test() const { return m_test; }
    const Database &database() const { return m_database; }

    // An application of `customer`, with a first decision of its current
    // round (approve, waiting for the second reviewer when so placed).
    qint64 add(const Customer &customer, const QDateTime &now)
    {
        NewApplication row;
        row.account.accountNumber = customer.accountNumber;
        row.account.holderName = QStringLiteral("张三");
        row.account.holderIdNumber = QStringLiteral("11010519491231002X");
        row.account.phone = QStringLiteral("13812345678");
        row.account.address = QStringLiteral("北京市朝阳区建国路1号");
        Application &a = row.application;
        a.applicantName =
            customer.language == QLatin1String("en") ? QStringLiteral("Jane Doe") : QStringLiteral("张三");
        a.applicantIdNumber = row.account.holderIdNumber;
        a.contactPhone = row.account.phone;
        a.contactEmail = customer.email;
        a.reason = ReplacementReason::Damaged;
        a.shippingAddress = row.account.address;
        a.language = customer.language;
        // due_at is submitted_at + 24 h (a CHECK keeps it so).
        a.submittedAt = now.addSecs(customer.dueInSeconds - ReviewDeadlineSeconds);
        row.submittedBy = QStringLiteral("test");
        QList<NewApplication> rows{row};
        WriteTransaction transaction(m_database);
        const qint64 id = ApplicationWriter(transaction.connection(), m_database.dialect()).write(rows).value(0);
        QSqlDatabase &db = transaction.connection();
        const SqlDialect &dialect = m_database.dialect();
        QSqlQuery place = sql::prepare(db, QStringLiteral("UPDATE applications SET status = ? WHERE id = ?"));
        sql::exec(place, QStringLiteral("placing the application"), {customer.status, id});
        QSqlQuery decide = sql::prepare(
            db, QStringLiteral("INSERT INTO decisions (application_id, review_round, operator_id, outcome, "
                               "idempotency_key, decided_at, needs_second_review, email_only) "
                               "VALUES (?, 1, ?, 'approve', ?, ?, ?, ?)"));
        sql::exec(decide, QStringLiteral("recording the first decision"),
                  {id, m_operatorId, QStringLiteral("decision-%1").arg(id), dialect.toDatabaseTime(now), true,
                   customer.emailOnly});
        transaction.commit();
        m_numbers.insert(id, rows.at(0).application.applicationNumber);
        return id;
    }

    QString number(qint64 id) const { return m_numbers.value(id); }

    qint64 decisionOf(qint64 id) const
    {
        return sql::scalar(m_database.connection(), QStringLiteral("SELECT id FROM decisions WHERE application_id = ?"),
                           QStringLiteral("reading the decision"), {id})
            .toLongLong();
    }

    QList<Row> notifications(qint64 applicationId) const
    {
        QSqlQuery query = sql::prepare(
            m_database.connection(),
            QStringLiteral("SELECT kind, channel, recipient, language, subject, body, idempotency_key, decision_id, "
                           "status FROM notifications WHERE application_id = ? ORDER BY channel DESC"));
        sql::exec(query, QStringLiteral("reading notifications"), {applicationId});
        QList<Row> rows;
        while (query.next())
            rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                         query.value(6).toString(), query.value(7).toLongLong(), query.value(8).toString()});
        return rows;
    }

    int notificationCount() const
    {
        return sql::scalar(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM notifications"),
                           QStringLiteral("counting notifications"))
            .toInt();
    }

private:
    TestDatabase m_test;
    Database m_database;
    qint64 m_operatorId = 0;
    QHash<qint64, QString> m_numbers;
};

QDateTime wholeSecondsNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return now.addMSecs(-now.time().msec());
}

} // namespace

class TestSecondReviewReminders : public QObject {
    Q_OBJECT

private:
    // The checks of dueNotYetDueAndOnce, on `database` (the owner's
    // connection, or the dispatcher role's).
    void checkDueNotYetDueAndOnce(Fixture &f, const Database &database)
    {
        const QDateTime now = wholeSecondsNow();
        const QString await = QStringLiteral("awaiting_second_review");
        const qint64 soon = f.add(
            {QStringLiteral("AC1"), QStringLiteral("a@example.com"), QStringLiteral("zh_CN"), await, 30 * 60}, now);
        const qint64 later = f.add({QStringLiteral("AC2"), QString(), QStringLiteral("en"), await, 3 * 3600}, now);
        const qint64 overdue = f.add({QStringLiteral("AC3"), QString(), QStringLiteral("en"), await, -600}, now);
        const qint64 decided = f.add(
            {QStringLiteral("AC4"), QString(), QStringLiteral("zh_CN"), QStringLiteral("approved"), 10 * 60}, now);

        QCOMPARE(SecondReviewReminders::queueDue(database, now, 60min), 3);
        const QList<Row> soonRows = f.notifications(soon);
        QCOMPARE(soonRows.size(), 2);
        const QString number = f.number(soon);
        const Row &sms = soonRows.at(0);
        QCOMPARE(sms.kind, QStringLiteral("second_review_pending"));
        QCOMPARE(sms.channel, QStringLiteral("sms"));
        QCOMPARE(sms.recipient, QStringLiteral("13812345678"));
        QCOMPARE(sms.language, QStringLiteral("zh_CN"));
        QCOMPARE(sms.subject, QString());
        QCOMPARE(sms.body, QStringLiteral("【补卡】您的补卡申请%1需要复核，结果将稍晚通知您，敬请谅解。").arg(number));
        QCOMPARE(sms.key, QStringLiteral("reminder:%1:1:sms").arg(soon));
        QCOMPARE(sms.decisionId, f.decisionOf(soon));
        QCOMPARE(sms.status, QStringLiteral("queued"));
        const Row &email = soonRows.at(1);
        QCOMPARE(email.channel, QStringLiteral("email"));
        QCOMPARE(email.recipient, QStringLiteral("a@example.com"));
        QCOMPARE(email.subject, QStringLiteral("补卡申请 %1 仍在审核中").arg(number));
        QCOMPARE(email.body,
                 CustomerMessages::secondReviewPendingEmail(QStringLiteral("张三"), number, QStringLiteral("zh_CN")));
        QCOMPARE(email.key, QStringLiteral("reminder:%1:1:email").arg(soon));
        QCOMPARE(email.decisionId, f.decisionOf(soon));

        // Past due already: still told, in English.
        const QList<Row> overdueRows = f.notifications(overdue);
        QCOMPARE(overdueRows.size(), 1);
        QCOMPARE(overdueRows.at(0).language, QStringLiteral("en"));
        QCOMPARE(overdueRows.at(0).body,
                 QStringLiteral("Your replacement card application %1 needs a second review; we will tell you the "
                                "result a little later than promised.")
                     .arg(f.number(overdue)));
        QCOMPARE(f.notifications(later).size(), 0);
        QCOMPARE(f.notifications(decided).size(), 0);

        // Called again (the next cycle, or a second dispatcher): nothing new.
        QCOMPARE(SecondReviewReminders::queueDue(database, now, 60min), 0);
        QCOMPARE(f.notificationCount(), 3);
        // Later the other one's time comes, once.
        QCOMPARE(SecondReviewReminders::queueDue(database, now.addSecs(2 * 3600 + 1), 60min), 1);
        QCOMPARE(SecondReviewReminders::queueDue(database, now.addSecs(2 * 3600 + 1), 60min), 0);
        QCOMPARE(f.notifications(later).size(), 1);
        QCOMPARE(f.notificationCount(), 4);
    }

private Q_SLOTS:
    void dueNotYetDueAndOnce_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void dueNotYetDueAndOnce()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        try {
            Fixture f(backend);
            checkDueNotYetDueAndOnce(f, f.database());
        } catch (const StorageError &error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    // The dispatcher queues the reminders itself before it claims, and sends
    // them in the same run: the wiring, end to end, against the real gateway.
    void dispatcherQueuesAndSendsThem_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void dispatcherQueuesAndSendsThem()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        GatewayServer gateway;
        QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
        Fixture f(backend);
        const QDateTime now = wholeSecondsNow();
        const qint64 soon = f.add({QStringLiteral("AC-soon"), QStringLiteral("soon@example.com"), QStringLiteral("en"),
                                   QStringLiteral("awaiting_second_review"), 30 * 60},
                                  now);
        const qint64 later = f.add({QStringLiteral("AC-later"), QStringLiteral("later@example.com"),
                                    QStringLiteral("zh_CN"), QStringLiteral("awaiting_second_review"), 3 * 3600},
                                   now);
        DispatcherOptions options;
        options.gateway = gateway.baseUrl();
        options.once = true;
        options.reminderLead = 60min;
        NotificationDispatcher dispatcher(f.database(), options);
        QSignalSpy finished(&dispatcher, &NotificationDispatcher::finished);
        dispatcher.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(dispatcher.counts().sent, 2);
        const QList<Row> rows = f.notifications(soon);
        QCOMPARE(rows.size(), 2);
        for (const Row &row : rows) {
            QCOMPARE(row.kind, QStringLiteral("second_review_pending"));
            QCOMPARE(row.status, QStringLiteral("sent"));
        }
        QCOMPARE(f.notifications(later).size(), 0);
        const QJsonObject accepted = gateway.stats().value(QStringLiteral("accepted")).toObject();
        QCOMPARE(accepted.keys(), (QStringList{QStringLiteral("reminder:%1:1:email").arg(soon),
                                               QStringLiteral("reminder:%1:1:sms").arg(soon)}));
    }

    void emailOnlyGetsNoSms_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void emailOnlyGetsNoSms()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        try {
            emailOnly(backend);
        } catch (const StorageError &error) {
            QFAIL(qPrintable(error.message()));
        }
    }

    // On PostgreSQL the dispatcher service runs as reissuedesk_dispatcher: its
    // policy lets it insert these rows, and the review-rules trigger (which
    // binds operators) lets it pass.
    void worksAsTheDispatcherRole()
    {
        const QString backend = QStringLiteral("postgresql");
        REISSUEDESK_REQUIRE_BACKEND(backend);
        try {
            Fixture f(backend);
            TestRole dispatcher(f.test(), f.database(), QStringLiteral("reissuedesk_dispatcher"), QString());
            checkDueNotYetDueAndOnce(f, dispatcher.database());
        } catch (const StorageError &error) {
            QFAIL(qPrintable(error.message()));
        }
    }

private:
    void emailOnly(const QString &backend)
    {
        Fixture f(backend);
        const QDateTime now = wholeSecondsNow();
        const QString await = QStringLiteral("awaiting_second_review");
        const qint64 withEmail = f.add(
            {QStringLiteral("AC1"), QStringLiteral("jane@example.com"), QStringLiteral("en"), await, 600, true}, now);
        const qint64 withoutEmail =
            f.add({QStringLiteral("AC2"), QString(), QStringLiteral("zh_CN"), await, 600, true}, now);
        QCOMPARE(SecondReviewReminders::queueDue(f.database(), now, 30min), 1);
        const QList<Row> rows = f.notifications(withEmail);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).channel, QStringLiteral("email"));
        QCOMPARE(rows.at(0).subject, QStringLiteral("Replacement card %1 still in review").arg(f.number(withEmail)));
        QCOMPARE(rows.at(0).body, QStringLiteral("Dear Jane Doe,\n\nyour replacement card application %1 needs a "
                                                 "second review; we will tell you the result a little later than "
                                                 "promised.\n")
                                      .arg(f.number(withEmail)));
        QCOMPARE(f.notifications(withoutEmail).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecondReviewReminders)
#include "tst_secondreviewreminders.moc"
