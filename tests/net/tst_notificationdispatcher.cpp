// The dispatcher end to end, on SQLite and PostgreSQL, against the reference
// gateway with injected faults: every message delivered exactly once despite
// 30 % failures, dead letters (attempts, a 400), Retry-After honoured, a stop
// mid-run that leaves nothing 'sending', and two dispatchers on one database
// that never send the same row.

#include "GatewayServer.h"
#include "OutboxFixture.h"
#include "net/NotificationDispatcher.h"

#include <QAtomicInt>
#include <QHash>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace reissuedesk;
using namespace reissuedesk::test;
using std::chrono::milliseconds;

namespace {

// Fast numbers for tests: short deadline, backoff in milliseconds.
DispatcherOptions fastOptions(const QUrl &gateway)
{
    DispatcherOptions options;
    options.gateway = gateway;
    options.name = QStringLiteral("test-dispatcher");
    options.batchSize = 50;
    options.concurrency = 8;
    options.maxAttempts = 50;
    options.timeout = milliseconds(600);
    options.backoffBase = milliseconds(20);
    options.backoffCap = milliseconds(200);
    options.lease = milliseconds(60000);
    options.idlePoll = milliseconds(20);
    return options;
}

} // namespace

class TestNotificationDispatcher : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversEveryMessageOnceDespiteFaults_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void deliversEveryMessageOnceDespiteFaults();
    void deadLettersAfterMaxAttempts_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void deadLettersAfterMaxAttempts();
    void givesUpAtOnceOnA400_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void givesUpAtOnceOnA400();
    void honoursRetryAfter_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void honoursRetryAfter();
    void stopMidRunReturnsUnsentRowsToTheQueue_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void stopMidRunReturnsUnsentRowsToTheQueue();
    void anAnswerOutlivingItsClaimIsCountedOnce_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void anAnswerOutlivingItsClaimIsCountedOnce();
    void stopBeforeStartFinishes();
    void rowsNotPostedWithinTheirClaimGoBackUnsent_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void rowsNotPostedWithinTheirClaimGoBackUnsent();
    void carriesOnAfterTheDatabaseConnectionIsLost();
    void twoDispatchersNeverSendTheSameRow_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void twoDispatchersNeverSendTheSameRow();
};

void TestNotificationDispatcher::deliversEveryMessageOnceDespiteFaults()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    f.addMessages(200);
    GatewayServer gateway({QStringLiteral("tok"), 0.3, {}, 7, 1.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));

    DispatcherOptions options = fastOptions(gateway.baseUrl());
    options.token = QByteArrayLiteral("tok");
    NotificationDispatcher dispatcher(f.db, options);
    QSignalSpy finished(&dispatcher, &NotificationDispatcher::finished);
    QSignalSpy problems(&dispatcher, &NotificationDispatcher::problem);
    dispatcher.start();
    QVERIFY(dispatcher.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("status = 'sent'")), 200, 120000);
    dispatcher.stop();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!dispatcher.isRunning());
    QCOMPARE(problems.count(), 0);

    QCOMPARE(f.count(QStringLiteral("status IN ('queued', 'sending', 'dead')")), 0);
    QCOMPARE(dispatcher.counts().sent, 200);
    QCOMPARE(dispatcher.counts().dead, 0);
    QVERIFY(dispatcher.counts().retried > 0); // the faults really happened

    // The gateway accepted every key exactly once, and nothing else.
    const QJsonObject stats = gateway.stats();
    const QJsonObject accepted = stats.value(QStringLiteral("accepted")).toObject();
    QStringList acceptedKeys = accepted.keys();
    QStringList outboxKeys = f.keys();
    acceptedKeys.sort();
    outboxKeys.sort();
    QCOMPARE(acceptedKeys, outboxKeys);
    for (auto it = accepted.begin(); it != accepted.end(); ++it)
        QCOMPARE(it.value().toInt(), 1);
    const QJsonObject faults = stats.value(QStringLiteral("faults")).toObject();
    for (const char *fault : {"500", "503", "429", "timeout", "reset", "lost", "slow", "malformed"})
        QVERIFY2(faults.value(QLatin1String(fault)).toInt() > 0, fault);

    // Each row keeps the id the gateway gave its key.
    QHash<QString, QString> messageIds;
    for (const QJsonObject &entry : gateway.acceptedMessages())
        messageIds.insert(entry.value(QStringLiteral("key")).toString(),
                          entry.value(QStringLiteral("message_id")).toString());
    QSqlQuery rows = sql::run(f.db.connection(),
                              QStringLiteral("SELECT idempotency_key, gateway_message_id, last_error, sent_at "
                                             "FROM notifications"),
                              QStringLiteral("reading the outbox"));
    int checked = 0;
    while (rows.next()) {
        QCOMPARE(rows.value(1).toString(), messageIds.value(rows.value(0).toString()));
        QVERIFY(rows.value(2).isNull());
        QVERIFY(!rows.value(3).isNull());
        ++checked;
    }
    QCOMPARE(checked, 200);
}

void TestNotificationDispatcher::deadLettersAfterMaxAttempts()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const qint64 id = f.addMessages(1).value(0);
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script({QStringLiteral("500"), QStringLiteral("503"), QStringLiteral("500")}));

    DispatcherOptions options = fastOptions(gateway.baseUrl());
    options.maxAttempts = 3;
    NotificationDispatcher dispatcher(f.db, options);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(f.value(QStringLiteral("status"), id).toString(), QStringLiteral("dead"), 20000);
    QCOMPARE(f.value(QStringLiteral("attempts"), id).toInt(), 3);
    QCOMPARE(f.value(QStringLiteral("last_error"), id).toString(),
             QStringLiteral("gateway answered 500 Internal Server Error"));
    QVERIFY(f.value(QStringLiteral("gateway_message_id"), id).isNull());
    QCOMPARE(gateway.stats().value(QStringLiteral("requests")).toInt(), 3);
    QTRY_COMPARE(dispatcher.counts().dead, 1);
    QCOMPARE(dispatcher.counts().retried, 2);
    QCOMPARE(dispatcher.counts().sent, 0);
}

void TestNotificationDispatcher::givesUpAtOnceOnA400()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const QList<qint64> ids = f.addMessages(2);
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script({QStringLiteral("400")}));

    DispatcherOptions options = fastOptions(gateway.baseUrl());
    options.concurrency = 1; // the first message meets the 400
    options.once = true;
    NotificationDispatcher dispatcher(f.db, options);
    QSignalSpy finished(&dispatcher, &NotificationDispatcher::finished);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(f.value(QStringLiteral("status"), ids[0]).toString(), QStringLiteral("dead"));
    QCOMPARE(f.value(QStringLiteral("attempts"), ids[0]).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("last_error"), ids[0]).toString(),
             QStringLiteral("gateway answered 400 Bad Request"));
    QCOMPARE(f.value(QStringLiteral("status"), ids[1]).toString(), QStringLiteral("sent"));
    QCOMPARE(dispatcher.counts().dead, 1);
    QCOMPARE(dispatcher.counts().sent, 1);
    QCOMPARE(dispatcher.counts().retried, 0);
}

void TestNotificationDispatcher::honoursRetryAfter()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const qint64 id = f.addMessages(1).value(0);
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script({QStringLiteral("429:30")}));

    DispatcherOptions options = fastOptions(gateway.baseUrl()); // backoff alone: 20 ms
    options.once = true;
    NotificationDispatcher dispatcher(f.db, options);
    QSignalSpy finished(&dispatcher, &NotificationDispatcher::finished);
    dispatcher.start();
    // `once` leaves what is due later: the retry, 30 s away.
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(f.value(QStringLiteral("status"), id).toString(), QStringLiteral("queued"));
    QCOMPARE(f.value(QStringLiteral("attempts"), id).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("last_error"), id).toString(),
             QStringLiteral("gateway answered 429 Too Many Requests"));
    const qint64 wait =
        f.time(QStringLiteral("last_attempt_at"), id).msecsTo(f.time(QStringLiteral("next_attempt_at"), id));
    QVERIFY2(wait >= 30000 && wait < 40000, qPrintable(QString::number(wait)));
    QCOMPARE(dispatcher.counts().retried, 1);
}

void TestNotificationDispatcher::stopMidRunReturnsUnsentRowsToTheQueue()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    f.addMessages(100);
    GatewayServer gateway({QString(), 0.0, {}, 1, 30.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script(QStringList(20, QStringLiteral("timeout"))));

    DispatcherOptions options = fastOptions(gateway.baseUrl());
    options.concurrency = 4;
    options.timeout = milliseconds(20000); // stop() waits this long, then aborts
    NotificationDispatcher dispatcher(f.db, options);
    QSignalSpy finished(&dispatcher, &NotificationDispatcher::finished);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(gateway.stats().value(QStringLiteral("requests")).toInt(), 4, 10000);
    QCOMPARE(f.count(QStringLiteral("status = 'sending'")), 50); // one batch claimed

    // The four in flight hang: stop() waits its timeout, aborts them, and
    // returns them (tried) and the 46 never posted (untried) to the queue.
    dispatcher.setStopTimeout(milliseconds(300));
    dispatcher.stop();
    dispatcher.stop(); // twice is harmless
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(!dispatcher.isRunning());
    QCOMPARE(f.count(QStringLiteral("status = 'sending'")), 0);
    QCOMPARE(f.count(QStringLiteral("status = 'queued' AND claimed_by IS NULL")), 100);
    QCOMPARE(f.count(QStringLiteral("attempts = 1")), 4);
    QCOMPARE(f.count(QStringLiteral("attempts = 0")), 96);
    QCOMPARE(dispatcher.counts().released, 50);
    QCOMPARE(dispatcher.counts().sent, 0);
    // All due now: the next dispatcher starts with them.
    QCOMPARE(f.count(QStringLiteral("last_error = 'the dispatcher stopped before the gateway answered'")), 4);
    QCOMPARE(gateway.stats().value(QStringLiteral("requests")).toInt(), 4);
}

void TestNotificationDispatcher::rowsNotPostedWithinTheirClaimGoBackUnsent()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const QList<qint64> ids = f.addMessages(10);
    GatewayServer gateway({QString(), 0.0, {}, 1, 5.0});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script({QStringLiteral("timeout")}));

    // One request at a time; the first hangs to its 2.5 s deadline, by when the
    // nine claimed behind it have too little claim left (4 s lease, posted
    // only within the first 2 s): they go back unsent, uncounted, and are
    // claimed afresh.
    DispatcherOptions options = fastOptions(gateway.baseUrl());
    options.concurrency = 1;
    options.batchSize = 10;
    options.timeout = milliseconds(2500);
    options.lease = milliseconds(4000);
    NotificationDispatcher dispatcher(f.db, options);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("status = 'sent'")), 10, 20000);
    dispatcher.stop();
    // Nine at least (a very slow machine may give some back twice); never
    // sent while given back, so each was tried once and the gateway saw 11.
    QVERIFY2(dispatcher.counts().released >= 9, qPrintable(QString::number(dispatcher.counts().released)));
    QCOMPARE(dispatcher.counts().sent, 10);
    QCOMPARE(f.value(QStringLiteral("attempts"), ids[0]).toInt(), 2);
    for (int i = 1; i < ids.size(); ++i)
        QCOMPARE(f.value(QStringLiteral("attempts"), ids[i]).toInt(), 1);
    QCOMPARE(gateway.stats().value(QStringLiteral("requests")).toInt(), 11);
}

void TestNotificationDispatcher::anAnswerOutlivingItsClaimIsCountedOnce()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const QList<qint64> ids = f.addMessages(1);
    // The gateway accepts the first request and answers it only after 2.5 s;
    // the claim (1 s) lapses meanwhile, the row is claimed and posted again,
    // and that replay is answered at once. Both answers say "sent".
    GatewayServer gateway({QString(), 0.0, {}, 1, 2.5});
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    QVERIFY(gateway.script({QStringLiteral("late")}));

    DispatcherOptions options = fastOptions(gateway.baseUrl());
    options.concurrency = 2;
    options.timeout = milliseconds(5000);
    options.lease = milliseconds(1000);
    NotificationDispatcher dispatcher(f.db, options);
    dispatcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(dispatcher.counts().lapsed, 1, 20000);
    dispatcher.stop();
    QCOMPARE(dispatcher.counts().sent, 1); // was 2: the late answer counted too
    QCOMPARE(dispatcher.counts().retried, 0);
    QCOMPARE(dispatcher.counts().dead, 0);
    QCOMPARE(f.value(QStringLiteral("status"), ids[0]).toString(), QStringLiteral("sent"));
    QCOMPARE(f.value(QStringLiteral("attempts"), ids[0]).toInt(), 2);
    const QJsonObject stats = gateway.stats();
    QCOMPARE(stats.value(QStringLiteral("requests")).toInt(), 2);
    QCOMPARE(stats.value(QStringLiteral("replays")).toInt(), 1);
    const QList<QJsonObject> accepted = gateway.acceptedMessages();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(f.value(QStringLiteral("gateway_message_id"), ids[0]).toString(),
             accepted.first().value(QStringLiteral("message_id")).toString());
}

void TestNotificationDispatcher::stopBeforeStartFinishes()
{
    OutboxFixture f(QStringLiteral("sqlite"));
    NotificationDispatcher dispatcher(f.db, fastOptions(QUrl(QStringLiteral("http://127.0.0.1:9/"))));
    QSignalSpy finished(&dispatcher, &NotificationDispatcher::finished);
    dispatcher.stop();
    dispatcher.stop();
    dispatcher.start(); // too late: a stopped dispatcher stays stopped
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dispatcher.isRunning());
}

void TestNotificationDispatcher::carriesOnAfterTheDatabaseConnectionIsLost()
{
    const QString backend = QStringLiteral("postgresql");
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));
    NotificationDispatcher dispatcher(f.db, fastOptions(gateway.baseUrl()));
    QSignalSpy problems(&dispatcher, &NotificationDispatcher::problem);
    dispatcher.start();
    QVERIFY(dispatcher.isRunning());

    // The server ends the dispatcher's session (as a restart or failover would).
    // Both share this thread's connection, so the fixture reconnects below too.
    sql::run(f.db.connection(),
             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                            "current_database() AND pid <> pg_backend_pid()"),
             QStringLiteral("ending other sessions"));
    QSqlQuery ownSession(f.db.connection());
    ownSession.exec(QStringLiteral("SELECT pg_terminate_backend(pg_backend_pid())"));
    QTRY_VERIFY_WITH_TIMEOUT(problems.count() >= 1, 10000);
    QVERIFY2(problems.at(0).at(0).toString().startsWith(QLatin1String("claiming due messages failed: ")),
             qPrintable(problems.at(0).at(0).toString()));
    QVERIFY(dispatcher.isRunning()); // a service keeps going

    f.db.dropThreadConnection();
    f.addMessages(20);
    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("status = 'sent'")), 20, 20000);
    dispatcher.stop();
    QCOMPARE(dispatcher.counts().sent, 20);
}

void TestNotificationDispatcher::twoDispatchersNeverSendTheSameRow()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    f.addMessages(300);
    GatewayServer gateway;
    QVERIFY2(gateway.isRunning(), qPrintable(gateway.errorText()));

    QAtomicInt finishedCount = 0;
    QList<QThread *> threads;
    QList<NotificationDispatcher *> dispatchers;
    for (int i = 0; i < 2; ++i) {
        DispatcherOptions options = fastOptions(gateway.baseUrl());
        options.name = QStringLiteral("dispatcher-%1").arg(i);
        options.batchSize = 20;
        options.once = true;
        auto *thread = new QThread;
        auto *dispatcher = new NotificationDispatcher(f.db, options);
        dispatcher->moveToThread(thread);
        connect(dispatcher, &NotificationDispatcher::finished, dispatcher, [&f, &finishedCount, thread] {
            f.db.dropThreadConnection(); // on the thread that opened it
            finishedCount.fetchAndAddOrdered(1);
            thread->quit();
        });
        threads.append(thread);
        dispatchers.append(dispatcher);
    }
    for (int i = 0; i < 2; ++i) {
        threads[i]->start();
        QMetaObject::invokeMethod(dispatchers[i], &NotificationDispatcher::start, Qt::QueuedConnection);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finishedCount.loadAcquire(), 2, 60000);
    qint64 sent = 0;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(threads[i]->wait(10000));
        sent += dispatchers[i]->counts().sent;
        QVERIFY2(dispatchers[i]->counts().sent > 0, "both dispatchers took part");
        delete dispatchers[i];
        delete threads[i];
    }
    QCOMPARE(sent, 300);
    QCOMPARE(f.count(QStringLiteral("status = 'sent'")), 300);

    QHash<QString, int> requestsPerKey;
    const QJsonArray requests = gateway.requests();
    for (const QJsonValue &request : requests)
        ++requestsPerKey[request.toObject().value(QStringLiteral("key")).toString()];
    QCOMPARE(requests.size(), 300);
    QCOMPARE(requestsPerKey.size(), 300);
    QStringList keys = requestsPerKey.keys();
    QStringList outboxKeys = f.keys();
    keys.sort();
    outboxKeys.sort();
    QCOMPARE(keys, outboxKeys);
}

QTEST_GUILESS_MAIN(TestNotificationDispatcher)
#include "tst_notificationdispatcher.moc"
