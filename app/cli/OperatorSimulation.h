#pragma once
// Simulated operators for `stress` and `soak`: each on its own thread and
// connection claims the next application, (optionally) reads it as the
// application page does, and decides it — approve, reject with a reason,
// or gives it back — sometimes walking away from a claim (its lease expires)
// or sending a decision twice with the same idempotency key (a lost answer).
// Only applications with an id above `baseline` are the run's own; anything
// else it is offered is skipped, so a run on a seeded database leaves the
// seeded work alone. What the client believed was recorded is kept so that
// the caller can hold it against the database afterwards.

#include <QList>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <memory>

class QThread;

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class OperatorSimulation {
public:
    struct Options {
        qint64 baseline = 0; // the run's applications have higher ids
        int leaseSeconds = 3;
        double abandonRate = 0.03;
        double retryRate = 0.1;
        double releaseRate = 0.0;     // share of claims given back undecided
        bool readApplication = false; // load the page's detail before deciding
        // false: an operator stops once the run's work is done (stress);
        // true: it waits for more until requestStop() (soak tops it up).
        bool untilStopped = false;
    };

    // What the operators saw so far (a copy, taken under the lock).
    struct Tally {
        qint64 decisions = 0; // decide calls that the client believed recorded
        qint64 releases = 0;
        QList<double> decideMs;        // each decide call on its own (a refused approval is one)
        QSet<qint64> believedRecorded; // the client saw Recorded / AlreadyRecorded
        QStringList errors;
    };

    OperatorSimulation(const Database &database, QList<qint64> operatorIds, const Options &options);
    ~OperatorSimulation();
    OperatorSimulation(const OperatorSimulation &) = delete;
    OperatorSimulation &operator=(const OperatorSimulation &) = delete;

    void start();
    void requestStop() { m_stop = true; }
    // Waits for every operator to end (after requestStop(), or when the work is done).
    void wait();

    Tally tally() const;
    qint64 decisions() const;
    qint64 errorCount() const;

    static double percentile(QList<double> values, double p);
    // Applications above `baseline` the client believed recorded that have no
    // decision row: stress's and soak's "lost" (one read of the decisions).
    static qint64 countUnrecorded(const QSqlDatabase &db, qint64 baseline, const QSet<qint64> &believedRecorded);

private:
    void operate(int index);
    void recordError(const QString &message);

    const Database &m_database;
    const QList<qint64> m_operatorIds;
    const Options m_options;
    mutable QMutex m_mutex;
    Tally m_tally;
    std::atomic<bool> m_stop{false};
    QList<QThread *> m_threads;
};

} // namespace reissuedesk::cli
