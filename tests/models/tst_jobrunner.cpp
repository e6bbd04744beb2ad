// JobRunner: answers arrive on the GUI thread; a newer job on the same slot
// makes the older one's answer stale (dropped); a deleted context gets
// nothing; every exception becomes a JobError; the database lane runs jobs in
// order on one thread with one connection; shutdown is bounded.

#include "TestDatabase.h"
#include "models/JobRunner.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestJobRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersOnTheGuiThread();
    void staleAnswerIsDropped();
    void cancelledSlotGetsNothing();
    void deletedContextGetsNothing();
    void exceptionsBecomeErrors();
    void databaseLaneRunsInOrderOnOneThread();
    void databaseJobsBeforeConnectingFail();
    void fireAndForgetFailureIsReported();
    void shutdownIsBounded();
};

void TestJobRunner::answersOnTheGuiThread()
{
    JobRunner runner;
    JobSlot slot;
    QThread *jobThread = nullptr;
    QThread *answerThread = nullptr;
    int answer = 0;
    runner.run(
        JobRunner::Lane::Background, slot, this,
        [&jobThread] {
            jobThread = QThread::currentThread();
            return 42;
        },
        [&](int value) {
            answerThread = QThread::currentThread();
            answer = value;
        },
        [](const JobError &) { QFAIL("no error expected"); });
    QVERIFY(slot.isBusy());
    QTRY_COMPARE(answer, 42);
    QVERIFY(jobThread != QThread::currentThread());
    QCOMPARE(answerThread, QThread::currentThread());
    QVERIFY(!slot.isBusy());
}

void TestJobRunner::staleAnswerIsDropped()
{
    JobRunner runner;
    JobSlot slot;
    QSemaphore release;
    QStringList answers;
    // The first job is held until the second has been asked for: its answer
    // then arrives after the slot moved on and must be dropped.
    runner.run(
        JobRunner::Lane::Background, slot, this,
        [&release] {
            release.acquire();
            return QStringLiteral("first");
        },
        [&answers](const QString &value) { answers.append(value); }, [](const JobError &) {});
    runner.run(
        JobRunner::Lane::Background, slot, this, [] { return QStringLiteral("second"); },
        [&answers](const QString &value) { answers.append(value); }, [](const JobError &) {});
    QTRY_COMPARE(answers, QStringList{QStringLiteral("second")});
    release.release();
    QVERIFY(runner.waitForIdle(5000));
    QCOMPARE(answers, QStringList{QStringLiteral("second")});
}

void TestJobRunner::cancelledSlotGetsNothing()
{
    JobRunner runner;
    JobSlot slot;
    QSemaphore release;
    bool answered = false;
    runner.run(
        JobRunner::Lane::Background, slot, this, [&release] { release.acquire(); }, [&answered] { answered = true; },
        [&answered](const JobError &) { answered = true; });
    slot.cancel();
    QVERIFY(!slot.isBusy());
    release.release();
    // waitForIdle returns only after the job ran and its answer was handed
    // over, so this cannot pass by waiting too little.
    QVERIFY(runner.waitForIdle(5000));
    QVERIFY(!answered);
}

void TestJobRunner::deletedContextGetsNothing()
{
    JobRunner runner;
    JobSlot slot;
    QSemaphore release;
    bool answered = false;
    auto *context = new QObject;
    runner.run(
        JobRunner::Lane::Background, slot, context, [&release] { release.acquire(); }, [&answered] { answered = true; },
        [&answered](const JobError &) { answered = true; });
    delete context;
    release.release();
    QVERIFY(runner.waitForIdle(5000));
    QVERIFY(!answered);
}

void TestJobRunner::exceptionsBecomeErrors()
{
    JobRunner runner;
    JobSlot storageSlot;
    JobSlot otherSlot;
    JobSlot unknownSlot;
    QList<JobError> errors;
    auto record = [&errors](const JobError &error) { errors.append(error); };
    runner.run(
        JobRunner::Lane::Background, storageSlot, this,
        []() -> int { throw StorageError(StorageError::Kind::Connection, QStringLiteral("server went away")); },
        [](int) {}, record);
    QTRY_COMPARE(errors.size(), 1);
    runner.run(
        JobRunner::Lane::Background, otherSlot, this, []() -> int { throw std::runtime_error("disk on fire"); },
        [](int) {}, record);
    QTRY_COMPARE(errors.size(), 2);
    runner.run(
        JobRunner::Lane::Background, unknownSlot, this, []() -> int { throw 7; }, [](int) {}, record);
    QTRY_COMPARE(errors.size(), 3);

    QCOMPARE(errors[0].kind, JobError::Kind::Connection);
    QCOMPARE(errors[0].message, QStringLiteral("The database cannot be reached right now."));
    QCOMPARE(errors[0].detail, QStringLiteral("server went away"));
    QCOMPARE(errors[1].kind, JobError::Kind::Other);
    QCOMPARE(errors[1].message, QStringLiteral("Unexpected error: disk on fire"));
    QCOMPARE(errors[2].message, QStringLiteral("Unexpected error of unknown kind"));
    // An answer handler that throws does not take the event loop down.
    JobSlot throwingSlot;
    bool ran = false;
    runner.run(
        JobRunner::Lane::Background, throwingSlot, this, [] { return 1; },
        [&ran](int) {
            ran = true;
            throw std::runtime_error("handler bug");
        },
        record);
    QTRY_VERIFY(ran);
    QCOMPARE(errors.size(), 3);
}

void TestJobRunner::databaseLaneRunsInOrderOnOneThread()
{
    TestDatabase scratch(QStringLiteral("sqlite"));
    JobRunner runner;
    JobSlot openSlot;
    std::shared_ptr<Database> database;
    // The database is opened on the lane, as the GUI does at start.
    runner.run(
        JobRunner::Lane::Database, openSlot, this, [url = scratch.url()] { return std::make_shared<Database>(url); },
        [&database](std::shared_ptr<Database> opened) { database = std::move(opened); }, [](const JobError &) {});
    QTRY_VERIFY(database);
    runner.setDatabase(database);

    QList<JobSlot> jobSlots(20);
    QList<int> order;
    QSet<QThread *> threads;
    for (int i = 0; i < 20; ++i) {
        runner.runDatabase(
            jobSlots[i], this,
            [i, &threads](const Database &db) {
                threads.insert(QThread::currentThread());
                QSqlDatabase connection = db.connection();
                return sql::scalar(connection, QStringLiteral("SELECT ?"), QStringLiteral("test"), {i}).toInt();
            },
            [&order](int value) { order.append(value); },
            [](const JobError &error) { QFAIL(qPrintable(error.message)); });
    }
    QVERIFY(runner.waitForIdle(10000));
    QList<int> expected;
    for (int i = 0; i < 20; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
    QCOMPARE(threads.size(), 1);
}

void TestJobRunner::databaseJobsBeforeConnectingFail()
{
    JobRunner runner;
    JobSlot slot;
    std::optional<JobError> error;
    runner.runDatabase(
        slot, this, [](const Database &) { return 1; }, [](int) { QFAIL("not connected: no result"); },
        [&error](const JobError &e) { error = e; });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind, JobError::Kind::Connection);
    // A sentence for people; the reason stays in the details.
    QCOMPARE(error->message, QStringLiteral("The database cannot be reached right now."));
    QCOMPARE(error->detail, QStringLiteral("not connected to the database yet"));
}

void TestJobRunner::fireAndForgetFailureIsReported()
{
    TestDatabase scratch(QStringLiteral("sqlite"));
    JobRunner runner;
    auto database = std::make_shared<Database>(scratch.url());
    runner.setDatabase(database);
    QSignalSpy failures(&runner, &JobRunner::errorOccurred);
    runner.postDatabase(
        [](const Database &db) {
            QSqlDatabase connection = db.connection();
            sql::run(connection, QStringLiteral("INSERT INTO no_such_table VALUES (1)"),
                     QStringLiteral("writing the audit log"));
        },
        QStringLiteral("Recording the view"));
    QVERIFY(failures.wait(5000));
    const QString message = failures.first().first().toString();
    QVERIFY2(message.startsWith(QStringLiteral("Recording the view: writing the audit log")), qPrintable(message));
    // The lane closes this thread's connection before the Database goes.
    QVERIFY(runner.waitForIdle(5000));
}

void TestJobRunner::shutdownIsBounded()
{
    static QSemaphore never;
    static QSemaphore started;
    static QPointer<QThread> lane;
    QElapsedTimer timer;
    {
        auto *runner = new JobRunner;
        JobSlot slot;
        // A database job that would never end (a server that does not answer).
        runner->run(
            JobRunner::Lane::Database, slot, this,
            [] {
                lane = QThread::currentThread();
                started.release();
                never.tryAcquire(1, 60000);
            },
            [] {}, [](const JobError &) {});
        QVERIFY(started.tryAcquire(1, 5000));
        timer.start();
        delete runner;
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < JobRunner::shutdownTimeoutMs() + 1000, qPrintable(QString::number(elapsed)));
    // Let the abandoned job end: the lane then stops and deletes itself (the
    // sanitizer pass reports it as a leak otherwise).
    QVERIFY(!lane.isNull());
    never.release();
    QTRY_VERIFY(lane.isNull());
}

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
