#pragma once
// The one way work leaves the GUI thread (after Hotspot's src/jobtracker.h,
// typed). A page asks for work on a lane and names where the answer goes:
//
//     m_runner->runDatabase(m_openSlot, this,
//         [id](const Database &db) { return ReviewContextRepository(db).load(id, {}); },
//         [this](std::optional<ReviewContext> context) { show(context); },
//         [this](const JobError &error) { showError(error.message); });
//
// * Lanes. `Database`: one thread with the desk's one connection; jobs run in
//   the order they were asked for (a claim after the release that preceded it).
//   `Background`: a thread pool for file reads, decoding and image work.
// * Slots. Starting a job on a JobSlot makes every earlier job on that slot
//   stale: its answer is dropped, as is any answer for a context object that
//   has been deleted. The answer runs on the GUI thread.
// * Errors. Every exception a job throws is caught on its thread and turned
//   into a JobError with a sentence for people; none reaches an event loop. A
//   lost connection is dropped so the next job opens a fresh one; its JobError
//   says so in a sentence and keeps the server's words in `detail` (logged).
// * Shutdown is bounded: the destructor waits at most shutdownTimeout() for
//   the lanes and abandons a lane stuck on a server that does not answer (the
//   process is ending; the operating system reclaims it).

#include "storage/StorageError.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>
#include <type_traits>

class QThread;
class QThreadPool;

namespace reissuedesk {

class Database;

struct JobError {
    enum class Kind {
        Connection,     // the database or server could not be reached (retry later)
        Authentication, // the server wants other credentials
        Storage,        // any other database error
        Other,          // a failure outside the database (file, decode, ...)
    };
    Kind kind = Kind::Other;
    QString message; // one sentence for people; never a password, never the server's raw words
    // The server's or driver's own words when `message` is a sentence standing
    // in for them (a lost connection): for the log, tooltips and details only.
    QString detail;

    bool isConnectionLost() const { return kind == Kind::Connection; }
    // The exception being handled, as a JobError (call inside a catch block).
    static JobError fromCurrentException();
};

// One kind of answer a page waits for. Owned by the GUI object that waits;
// cheap to copy state out of (the runner keeps a shared handle).
class JobSlot {
public:
    JobSlot();

    // Nothing in flight on this slot is wanted any more.
    void cancel();
    // A job on this slot was started and has not answered (nor been cancelled).
    bool isBusy() const { return m_state->busy; }
    // The id of the newest job on this slot (0: none yet).
    quint64 currentId() const { return m_state->current; }

private:
    friend class JobRunner;
    struct State {
        quint64 current = 0;
        bool busy = false;
    };
    std::shared_ptr<State> m_state;
};

class JobRunner : public QObject {
    Q_OBJECT

public:
    enum class Lane { Database, Background };

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    // The database the Database lane's jobs receive; set once connected (jobs
    // asked for before that fail with "not connected").
    void setDatabase(std::shared_ptr<const Database> database);
    const Database *database() const { return m_database.get(); }

    static int shutdownTimeoutMs() { return 2000; }

    // Runs `job()` on `lane`; `onResult(result)` or `onError(JobError)` on the
    // GUI thread unless the slot moved on or `context` is gone. Returns the job id.
    template <typename Job, typename OnResult, typename OnError>
    quint64 run(Lane lane, JobSlot &slot, QObject *context, Job job, OnResult onResult, OnError onError);

    // Runs `job(database)` on the Database lane; answers as run() does.
    template <typename Job, typename OnResult, typename OnError>
    quint64 runDatabase(JobSlot &slot, QObject *context, Job job, OnResult onResult, OnError onError);

    // Fire and forget on the Database lane (an audit row): a failure is
    // reported through errorOccurred().
    void postDatabase(std::function<void(const Database &)> job, const QString &what);

    // Blocks the calling (test) thread until every job asked for so far has run
    // and answered (or `timeoutMs` passes). For tests and benchmarks only.
    bool waitForIdle(int timeoutMs);

Q_SIGNALS:
    // A fire-and-forget job failed: `message` says what was being done and why.
    void errorOccurred(const QString &message);

private:
    struct Gate; // lets a finished job find the runner, or learn that it is gone
    void enqueue(Lane lane, std::function<void()> work);
    static void deliver(const std::shared_ptr<Gate> &gate, std::function<void()> onGuiThread);
    static void guarded(const std::function<void()> &answer);
    static void dropConnection(const Database &database);

    template <typename Job, typename Accept, typename OnResult, typename OnError>
    static std::function<void()> makeWork(std::shared_ptr<Gate> gate, Job job, Accept accept, OnResult onResult,
                                          OnError onError, std::shared_ptr<const Database> database);

    std::shared_ptr<Gate> m_gate;
    std::shared_ptr<const Database> m_database;
    QThread *m_databaseThread = nullptr;
    QObject *m_databaseContext = nullptr;
    QThreadPool *m_pool = nullptr;
};

// ---- implementation of the templates ---------------------------------------

template <typename Job, typename Accept, typename OnResult, typename OnError>
std::function<void()> JobRunner::makeWork(std::shared_ptr<Gate> gate, Job job, Accept accept, OnResult onResult,
                                          OnError onError, std::shared_ptr<const Database> database)
{
    return [gate = std::move(gate), job = std::move(job), accept, onResult, onError,
            database = std::move(database)]() mutable {
        using Result = std::invoke_result_t<Job &>;
        std::function<void()> answer;
        try {
            if constexpr (std::is_void_v<Result>) {
                job();
                answer = [accept, onResult]() mutable {
                    if (accept())
                        onResult();
                };
            } else {
                auto result = std::make_shared<Result>(job());
                answer = [accept, onResult, result]() mutable {
                    if (accept())
                        onResult(std::move(*result));
                };
            }
        } catch (...) {
            JobError error = JobError::fromCurrentException();
            if (error.isConnectionLost() && database)
                dropConnection(*database);
            answer = [accept, onError, error]() mutable {
                if (accept())
                    onError(error);
            };
        }
        deliver(gate, std::move(answer));
    };
}

template <typename Job, typename OnResult, typename OnError>
quint64 JobRunner::run(Lane lane, JobSlot &slot, QObject *context, Job job, OnResult onResult, OnError onError)
{
    const std::shared_ptr<JobSlot::State> state = slot.m_state;
    const quint64 id = ++state->current;
    state->busy = true;
    QPointer<QObject> guard(context);
    // Runs on the GUI thread: is this answer still wanted?
    auto accept = [state, id, guard] {
        if (!guard || state->current != id)
            return false;
        state->busy = false;
        return true;
    };
    enqueue(lane, makeWork(m_gate, std::move(job), accept, std::move(onResult), std::move(onError),
                           lane == Lane::Database ? m_database : nullptr));
    return id;
}

template <typename Job, typename OnResult, typename OnError>
quint64 JobRunner::runDatabase(JobSlot &slot, QObject *context, Job job, OnResult onResult, OnError onError)
{
    std::shared_ptr<const Database> database = m_database;
    if (!database) {
        // Not connected yet: answer with an error, in order, from the lane.
        return run(
            Lane::Database, slot, context,
            []() -> std::invoke_result_t<Job &, const Database &> {
                throw StorageError(StorageError::Kind::Connection, QStringLiteral("not connected to the database yet"));
            },
            std::move(onResult), std::move(onError));
    }
    return run(
        Lane::Database, slot, context, [job = std::move(job), database]() mutable { return job(*database); },
        std::move(onResult), std::move(onError));
}

} // namespace reissuedesk
