#include "models/JobRunner.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>
#include <QThreadPool>
#include <exception>

namespace reissuedesk {

// Worker threads hand answers to the runner through the gate. The runner
// closes it in its destructor under the mutex, so a job that finishes after
// the runner is gone (an abandoned lane) posts nothing.
struct JobRunner::Gate {
    QMutex mutex;
    JobRunner *runner = nullptr;
};

JobError JobError::fromCurrentException()
{
    JobError error;
    try {
        throw;
    } catch (const StorageError &storage) {
        switch (storage.kind()) {
        case StorageError::Kind::Connection:
            error.kind = Kind::Connection;
            break;
        case StorageError::Kind::AuthenticationRequired:
            error.kind = Kind::Authentication;
            break;
        default:
            error.kind = Kind::Storage;
            break;
        }
        error.message = storage.sentence();
        if (error.message != storage.message()) {
            error.detail = storage.message();
            qInfo("ReissueDesk: %s", qUtf8Printable(error.detail));
        }
    } catch (const std::exception &exception) {
        error.message = QCoreApplication::translate("JobRunner", "Unexpected error: %1")
                            .arg(QString::fromLocal8Bit(exception.what()));
    } catch (...) {
        error.message = QCoreApplication::translate("JobRunner", "Unexpected error of unknown kind");
    }
    return error;
}

JobSlot::JobSlot()
    : m_state(std::make_shared<State>())
{
}

void JobSlot::cancel()
{
    ++m_state->current;
    m_state->busy = false;
}

JobRunner::JobRunner(QObject *parent)
    : QObject(parent)
    , m_gate(std::make_shared<Gate>())
    , m_databaseThread(new QThread)
    , m_databaseContext(new QObject)
    , m_pool(new QThreadPool)
{
    m_gate->runner = this;
    m_databaseThread->setObjectName(QStringLiteral("database-lane"));
    m_databaseContext->moveToThread(m_databaseThread);
    QObject::connect(m_databaseThread, &QThread::finished, m_databaseContext, &QObject::deleteLater);
    m_databaseThread->start();
    m_pool->setObjectName(QStringLiteral("background-lane"));
    m_pool->setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
}

JobRunner::~JobRunner()
{
    {
        QMutexLocker lock(&m_gate->mutex);
        m_gate->runner = nullptr;
    }
    QDeadlineTimer deadline(shutdownTimeoutMs());
    // The database lane closes its connection on its own thread after the
    // jobs already queued, then stops, in one job: a quit() from here could
    // end the lane's event loop before the close ran.
    QMetaObject::invokeMethod(
        m_databaseContext,
        [database = m_database] {
            if (database)
                database->dropThreadConnection();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (m_databaseThread->wait(deadline)) {
        delete m_databaseThread;
    } else {
        // Stuck on a server that does not answer: abandon the thread (and the
        // Database its queued jobs still hold); the process is ending. Should
        // the server answer after all, the lane deletes itself when it ends.
        QObject::connect(m_databaseThread, &QThread::finished, m_databaseThread, &QObject::deleteLater);
        qWarning("ReissueDesk: the database lane did not stop within %d ms; abandoning it", shutdownTimeoutMs());
    }
    if (m_pool->waitForDone(int(std::max<qint64>(0, deadline.remainingTime())))) {
        delete m_pool;
    } else {
        qWarning("ReissueDesk: background work did not stop within %d ms; abandoning it", shutdownTimeoutMs());
    }
}

void JobRunner::setDatabase(std::shared_ptr<const Database> database)
{
    m_database = std::move(database);
}

void JobRunner::enqueue(Lane lane, std::function<void()> work)
{
    if (lane == Lane::Database)
        QMetaObject::invokeMethod(m_databaseContext, std::move(work), Qt::QueuedConnection);
    else
        m_pool->start(std::move(work));
}

void JobRunner::deliver(const std::shared_ptr<Gate> &gate, std::function<void()> onGuiThread)
{
    QMutexLocker lock(&gate->mutex);
    if (!gate->runner)
        return;
    QMetaObject::invokeMethod(
        gate->runner, [answer = std::move(onGuiThread)] { guarded(answer); }, Qt::QueuedConnection);
}

// No exception from an answer may reach the event loop.
void JobRunner::guarded(const std::function<void()> &answer)
{
    try {
        answer();
    } catch (...) {
        const JobError error = JobError::fromCurrentException();
        qWarning("ReissueDesk: an answer handler failed: %s", qUtf8Printable(error.message));
    }
}

void JobRunner::dropConnection(const Database &database)
{
    database.dropThreadConnection();
}

void JobRunner::postDatabase(std::function<void(const Database &)> job, const QString &what)
{
    std::shared_ptr<const Database> database = m_database;
    std::shared_ptr<Gate> gate = m_gate;
    enqueue(Lane::Database, [gate, database, job = std::move(job), what] {
        QString problem;
        try {
            if (!database)
                throw StorageError(StorageError::Kind::Connection,
                                   QCoreApplication::translate("JobRunner", "not connected to the database"));
            job(*database);
            return;
        } catch (...) {
            const JobError error = JobError::fromCurrentException();
            if (error.isConnectionLost() && database)
                database->dropThreadConnection();
            problem = QStringLiteral("%1: %2").arg(what, error.message);
        }
        deliver(gate, [gate, problem] {
            if (JobRunner *runner = gate->runner)
                Q_EMIT runner->errorOccurred(problem);
        });
    });
}

bool JobRunner::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // A marker job on the database lane; the pool has its own wait.
    auto done = std::make_shared<QAtomicInt>(0);
    QMetaObject::invokeMethod(
        m_databaseContext, [done] { done->storeRelease(1); }, Qt::QueuedConnection);
    while (!done->loadAcquire()) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(1);
    }
    if (!m_pool->waitForDone(int(std::max<qint64>(0, deadline.remainingTime()))))
        return false;
    // Let the answers posted meanwhile run.
    QCoreApplication::sendPostedEvents(this);
    return true;
}

} // namespace reissuedesk
