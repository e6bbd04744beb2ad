// The outbox as the dispatcher sees it, on SQLite and PostgreSQL: claims take
// due rows oldest first and count the attempt, a lapsed claim makes the row
// due again and the late dispatcher's outcome changes nothing, release gives
// the attempt back, and dispatchers claiming at once never share a row.

#include "OutboxFixture.h"
#include "storage/OutboxRepository.h"

#include <QMutex>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace reissuedesk;
using namespace reissuedesk::test;
using std::chrono::milliseconds;

namespace {

QList<qint64> idsOf(const QList<OutboxMessage> &messages)
{
    QList<qint64> ids;
    for (const OutboxMessage &message : messages)
        ids.append(message.id);
    return ids;
}

} // namespace

class TestOutboxRepository : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void claimTakesDueRowsOldestFirst_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void claimTakesDueRowsOldestFirst();
    void lapsedClaimIsDueAgainAndTheLateOutcomeChangesNothing_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void lapsedClaimIsDueAgainAndTheLateOutcomeChangesNothing();
    void recordWritesEveryOutcome_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void recordWritesEveryOutcome();
    void gatewayTextIsStoredAsOneBoundedLine_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void gatewayTextIsStoredAsOneBoundedLine();
    void releaseDoesNotCountTheAttempt_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void releaseDoesNotCountTheAttempt();
    void concurrentClaimsNeverShareARow_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void concurrentClaimsNeverShareARow();
};

void TestOutboxRepository::claimTakesDueRowsOldestFirst()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    // Due 2, 3, 4, 5, 6 minutes ago: the last inserted is the oldest due.
    const QList<qint64> due = f.addMessages(5, -2 * 60000, -60000);
    const QString reference = f.applicationNumber;
    const QList<qint64> later = f.addMessages(1, 3600000);
    const QList<qint64> sent = f.addMessages(1, -600000);
    QSqlQuery markSent =
        sql::prepare(f.db.connection(), QStringLiteral("UPDATE notifications SET status = 'sent' WHERE id = ?"));
    sql::exec(markSent, QStringLiteral("marking sent"), {sent[0]});

    OutboxRepository repository(f.db, QStringLiteral("host-a:1"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QList<OutboxMessage> first = repository.claim(3, milliseconds(120000));
    QCOMPARE(idsOf(first), (QList<qint64>{due[2], due[3], due[4]})); // returned in id order
    const OutboxMessage &message = first[0];                         // the third message: an e-mail
    QCOMPARE(message.channel, QStringLiteral("email"));
    QCOMPARE(message.recipient, QStringLiteral("z@example.com"));
    QCOMPARE(message.subject, QStringLiteral("Your application 2"));
    QCOMPARE(message.body, QStringLiteral("message 2 for %1").arg(reference));
    QCOMPARE(message.kind, QStringLiteral("approved"));
    QCOMPARE(message.language, QStringLiteral("zh_CN"));
    QCOMPARE(message.reference, reference);
    QCOMPARE(message.attempt, 1);
    QCOMPARE(message.idempotencyKey, f.value(QStringLiteral("idempotency_key"), message.id).toString());
    QCOMPARE(first[1].subject, QString());
    QCOMPARE(first[1].channel, QStringLiteral("sms"));
    QCOMPARE(first[1].kind, QStringLiteral("rejected"));
    QCOMPARE(first[1].language, QStringLiteral("en"));

    for (const qint64 id : idsOf(first)) {
        QCOMPARE(f.value(QStringLiteral("status"), id).toString(), QStringLiteral("sending"));
        QCOMPARE(f.value(QStringLiteral("claimed_by"), id).toString(), QStringLiteral("host-a:1"));
        QCOMPARE(f.value(QStringLiteral("attempts"), id).toInt(), 1);
        const qint64 leaseLeft = before.msecsTo(f.time(QStringLiteral("next_attempt_at"), id));
        QVERIFY2(leaseLeft > 110000 && leaseLeft < 130000, qPrintable(QString::number(leaseLeft)));
        QVERIFY(qAbs(before.msecsTo(f.time(QStringLiteral("last_attempt_at"), id))) < 10000);
    }
    // The rest of the due rows, then nothing: not the future one, not the sent one.
    QCOMPARE(idsOf(repository.claim(10, milliseconds(120000))), (QList<qint64>{due[0], due[1]}));
    QCOMPARE(repository.claim(10, milliseconds(120000)).size(), 0);
    QCOMPARE(f.value(QStringLiteral("status"), later[0]).toString(), QStringLiteral("queued"));
    QCOMPARE(f.value(QStringLiteral("attempts"), sent[0]).toInt(), 0);
}

void TestOutboxRepository::lapsedClaimIsDueAgainAndTheLateOutcomeChangesNothing()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const qint64 id = f.addMessages(1).value(0);
    OutboxRepository a(f.db, QStringLiteral("a"));
    OutboxRepository b(f.db, QStringLiteral("b"));

    // A claim that lapses at once: dispatcher a "died" mid-request.
    const QList<OutboxMessage> byA = a.claim(10, milliseconds(0));
    QCOMPARE(byA.size(), 1);
    QTest::qWait(5); // the clock passes the lease's end
    const QList<OutboxMessage> byB = b.claim(10, milliseconds(60000));
    QCOMPARE(idsOf(byB), QList<qint64>{id});
    QCOMPARE(byB[0].attempt, 2); // a's try still counts
    QCOMPARE(f.value(QStringLiteral("claimed_by"), id).toString(), QStringLiteral("b"));
    QCOMPARE(a.claim(10, milliseconds(60000)).size(), 0); // b's claim holds

    // a comes back and reports: nothing changes, whatever it says.
    QCOMPARE(a.record({OutboxOutcome::dead(byA[0], QStringLiteral("late"))}).size(), 0);
    QCOMPARE(a.record({OutboxOutcome::sent(byA[0], QStringLiteral("gw-late"))}).size(), 0);
    QCOMPARE(a.release(byA), 0);
    QCOMPARE(f.value(QStringLiteral("status"), id).toString(), QStringLiteral("sending"));
    QCOMPARE(f.value(QStringLiteral("attempts"), id).toInt(), 2);
    // Even under b's name, a's older claim (attempt 1) is not the current one.
    OutboxRepository impostor(f.db, QStringLiteral("b"));
    QCOMPARE(impostor.record({OutboxOutcome::sent(byA[0], QStringLiteral("gw-late"))}).size(), 0);

    using Claim = OutboxRepository::Claim;
    QCOMPARE(b.record({OutboxOutcome::sent(byB[0], QStringLiteral("gw-1"))}), QSet<Claim>{Claim(id, 2)});
    QCOMPARE(f.value(QStringLiteral("status"), id).toString(), QStringLiteral("sent"));
    QCOMPARE(f.value(QStringLiteral("gateway_message_id"), id).toString(), QStringLiteral("gw-1"));
}

void TestOutboxRepository::recordWritesEveryOutcome()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    f.addMessages(3);
    OutboxRepository repository(f.db, QStringLiteral("me"));
    const QList<OutboxMessage> claimed = repository.claim(10, milliseconds(60000));
    QCOMPARE(claimed.size(), 3);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QCOMPARE(repository
                 .record({OutboxOutcome::sent(claimed[0], QStringLiteral("gw-42")),
                          OutboxOutcome::retry(claimed[1], milliseconds(90000),
                                               QStringLiteral("gateway answered 503 Service Unavailable")),
                          OutboxOutcome::dead(claimed[2], QStringLiteral("gateway answered 400 Bad Request"))})
                 .size(),
             3);

    const qint64 sent = claimed[0].id;
    QCOMPARE(f.value(QStringLiteral("status"), sent).toString(), QStringLiteral("sent"));
    QCOMPARE(f.value(QStringLiteral("gateway_message_id"), sent).toString(), QStringLiteral("gw-42"));
    QVERIFY(f.value(QStringLiteral("last_error"), sent).isNull());
    QVERIFY(qAbs(before.msecsTo(f.time(QStringLiteral("sent_at"), sent))) < 10000);

    const qint64 retry = claimed[1].id;
    QCOMPARE(f.value(QStringLiteral("status"), retry).toString(), QStringLiteral("queued"));
    QCOMPARE(f.value(QStringLiteral("attempts"), retry).toInt(), 1);
    QVERIFY(f.value(QStringLiteral("claimed_by"), retry).isNull());
    QCOMPARE(f.value(QStringLiteral("last_error"), retry).toString(),
             QStringLiteral("gateway answered 503 Service Unavailable"));
    const qint64 wait = before.msecsTo(f.time(QStringLiteral("next_attempt_at"), retry));
    QVERIFY2(wait > 80000 && wait < 100000, qPrintable(QString::number(wait)));

    const qint64 dead = claimed[2].id;
    QCOMPARE(f.value(QStringLiteral("status"), dead).toString(), QStringLiteral("dead"));
    QCOMPARE(f.value(QStringLiteral("last_error"), dead).toString(),
             QStringLiteral("gateway answered 400 Bad Request"));
    QVERIFY(f.value(QStringLiteral("sent_at"), dead).isNull());

    // Recorded rows are no longer ours: a second report changes nothing.
    QCOMPARE(repository.record({OutboxOutcome::dead(claimed[0], QStringLiteral("again"))}).size(), 0);
    QCOMPARE(repository.claim(10, milliseconds(60000)).size(), 0); // the retry is not due yet
}

// A gateway's id or error text with a NUL (PostgreSQL refuses it), a lone
// surrogate, line breaks, a right-to-left override and 10,000 characters:
// recorded as one bounded line, and the batch is not refused (a refused batch
// would be retried, and refused, for ever).
void TestOutboxRepository::gatewayTextIsStoredAsOneBoundedLine()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    f.addMessages(2);
    OutboxRepository repository(f.db, QStringLiteral("me"));
    const QList<OutboxMessage> claimed = repository.claim(10, milliseconds(60000));
    QCOMPARE(claimed.size(), 2);
    QString hostileId = QStringLiteral("gw-1");
    hostileId += QChar(0);
    hostileId += QChar(0xD800);
    hostileId += QStringLiteral("\r\n<b>x</b>");
    hostileId += QChar(0x202E);
    hostileId += QStringLiteral("evil");
    const QString longError = QStringLiteral("gateway answered 500 ") + QString(10000, QLatin1Char('e'));
    QCOMPARE(repository.record({OutboxOutcome::sent(claimed[0], hostileId), OutboxOutcome::dead(claimed[1], longError)})
                 .size(),
             2);
    QCOMPARE(f.value(QStringLiteral("gateway_message_id"), claimed[0].id).toString(),
             QStringLiteral("gw-1\\u0000\\uD800\\u000D\\u000A<b>x</b>\\u202Eevil"));
    const QString storedError = f.value(QStringLiteral("last_error"), claimed[1].id).toString();
    QCOMPARE(storedError.size(), 501); // 500 characters and the ellipsis
    QVERIFY(storedError.startsWith(QStringLiteral("gateway answered 500 eee")));
    QVERIFY(storedError.endsWith(QChar(0x2026)));
}

void TestOutboxRepository::releaseDoesNotCountTheAttempt()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const QList<qint64> ids = f.addMessages(2);
    OutboxRepository repository(f.db, QStringLiteral("me"));
    const QList<OutboxMessage> claimed = repository.claim(10, milliseconds(60000));
    QCOMPARE(claimed.size(), 2);
    QCOMPARE(repository.release(claimed), 2);
    for (const qint64 id : ids) {
        QCOMPARE(f.value(QStringLiteral("status"), id).toString(), QStringLiteral("queued"));
        QCOMPARE(f.value(QStringLiteral("attempts"), id).toInt(), 0);
        QVERIFY(f.value(QStringLiteral("claimed_by"), id).isNull());
    }
    // Due at once, and the next claim is the first attempt again.
    const QList<OutboxMessage> again = repository.claim(10, milliseconds(60000));
    QCOMPARE(idsOf(again), ids);
    QCOMPARE(again[0].attempt, 1);
}

void TestOutboxRepository::concurrentClaimsNeverShareARow()
{
    QFETCH(QString, backend);
    REISSUEDESK_REQUIRE_BACKEND(backend);
    OutboxFixture f(backend);
    const int total = 400;
    f.addMessages(total);

    QMutex mutex;
    QList<qint64> claimedIds;
    QList<QString> failures;
    QList<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.append(QThread::create([&, t] {
            try {
                OutboxRepository repository(f.db, QStringLiteral("dispatcher-%1").arg(t));
                for (;;) {
                    const QList<OutboxMessage> batch = repository.claim(7, milliseconds(60000));
                    if (batch.isEmpty())
                        break;
                    QMutexLocker lock(&mutex);
                    claimedIds.append(idsOf(batch));
                }
            } catch (const std::exception &error) {
                QMutexLocker lock(&mutex);
                failures.append(QString::fromUtf8(error.what()));
            }
            f.db.dropThreadConnection();
        }));
    }
    for (QThread *thread : std::as_const(threads))
        thread->start();
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QCOMPARE(failures, QList<QString>{});
    QCOMPARE(claimedIds.size(), total);
    const QSet<qint64> distinct(claimedIds.begin(), claimedIds.end());
    QCOMPARE(distinct.size(), total);
    QCOMPARE(f.count(QStringLiteral("status = 'sending' AND attempts = 1")), total);
}

QTEST_GUILESS_MAIN(TestOutboxRepository)
#include "tst_outboxrepository.moc"
