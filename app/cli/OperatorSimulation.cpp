#include "cli/OperatorSimulation.h"

#include "storage/Database.h"
#include "storage/QueueRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <random>

namespace reissuedesk::cli {

OperatorSimulation::OperatorSimulation(const Database &database, QList<qint64> operatorIds, const Options &options)
    : m_database(database)
    , m_operatorIds(std::move(operatorIds))
    , m_options(options)
{
}

OperatorSimulation::~OperatorSimulation()
{
    requestStop();
    wait();
}

void OperatorSimulation::start()
{
    for (int i = 0; i < m_operatorIds.size(); ++i)
        m_threads.append(QThread::create([this, i] { operate(i); }));
    for (QThread *thread : std::as_const(m_threads))
        thread->start();
}

void OperatorSimulation::wait()
{
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
}

OperatorSimulation::Tally OperatorSimulation::tally() const
{
    QMutexLocker locker(&m_mutex);
    return m_tally;
}

qint64 OperatorSimulation::decisions() const
{
    QMutexLocker locker(&m_mutex);
    return m_tally.decisions;
}

qint64 OperatorSimulation::errorCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_tally.errors.size();
}

double OperatorSimulation::percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(index);
}

void OperatorSimulation::recordError(const QString &message)
{
    QMutexLocker locker(&m_mutex);
    m_tally.errors.append(message);
    if (m_tally.errors.size() > 20)
        m_stop = true;
}

namespace {

DecisionResult timedDecide(ReviewService &service, const Decision &decision, QList<double> &callMs)
{
    QElapsedTimer timer;
    timer.start();
    DecisionResult result = service.decide(decision);
    callMs.append(double(timer.nsecsElapsed()) / 1e6);
    return result;
}

} // namespace

void OperatorSimulation::operate(int index)
{
    const qint64 baseline = m_options.baseline;
    std::mt19937 random(quint32(index * 7919 + 17));
    std::uniform_real_distribution<double> roll(0.0, 1.0);
    ReviewService service(m_database, m_operatorIds.at(index), m_options.leaseSeconds);
    int idleRounds = 0;
    while (!m_stop.load()) {
        try {
            const ClaimResult claim = service.claimNext();
            if (claim.kind != ClaimResult::Kind::Claimed || claim.applicationId <= baseline) {
                if (claim.kind == ClaimResult::Kind::Claimed)                    // not ours: leave it alone, and
                    service.skip(claim.applicationId, QStringLiteral("stress")); // do not get it again
                if (!m_options.untilStopped) {
                    // Ours may still be held by abandoned claims: wait for them to expire.
                    // Asked of the open-queue index (ordered, first row only), not
                    // counted: idle desks poll this every 100 ms at the end of a run,
                    // and the statistics taken when the queue was full would have
                    // the server read the whole table each time, beside the last
                    // decisions being measured (docs/BENCHMARKS.md, "Decide, eighth pass").
                    // Not EXISTS: PostgreSQL drops an EXISTS subquery's ORDER BY, and
                    // with it the reason to walk the index.
                    const bool open = sql::scalar(m_database.connection(),
                                                  QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM applications "
                                                                 "WHERE status IN ('pending', 'in_review') AND id > ? "
                                                                 "ORDER BY due_at, id LIMIT 1) AS first_open"),
                                                  QStringLiteral("looking for open work"), {baseline})
                                          .toLongLong() > 0;
                    if (!open || ++idleRounds > 50 * (m_options.leaseSeconds + 2))
                        break;
                }
                QThread::msleep(100);
                continue;
            }
            idleRounds = 0;
            if (m_options.readApplication)
                (void)QueueRepository(m_database, m_operatorIds.at(index)).detail(claim.applicationId);
            if (roll(random) < m_options.abandonRate)
                continue; // walk away: the lease expires
            if (m_options.releaseRate > 0 && roll(random) < m_options.releaseRate) {
                service.release(claim.applicationId); // give it back for another desk
                QMutexLocker locker(&m_mutex);
                ++m_tally.releases;
                continue;
            }
            if (claim.status == ApplicationStatus::AwaitingSecondReview) {
                // Another desk's risky approval: confirm it as the second reviewer.
                const DecisionResult confirmed = service.secondReview(
                    claim.applicationId, true, {}, QUuid::createUuid().toString(QUuid::WithoutBraces));
                QMutexLocker locker(&m_mutex);
                if (confirmed.kind != DecisionResult::Kind::Refused)
                    m_tally.believedRecorded.insert(claim.applicationId);
                continue;
            }
            Decision decision;
            decision.applicationId = claim.applicationId;
            decision.approve = roll(random) < 0.7;
            if (!decision.approve) {
                decision.reasonCodes = {QStringLiteral("id_front_unclear")};
                decision.customerMessage = QStringLiteral("请重新上传清晰的身份证人像面照片。");
            }
            decision.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            // Each call is timed on its own, as a desk sees it: one answer
            // per press of Approve or Reject.
            QList<double> callMs;
            DecisionResult result = timedDecide(service, decision, callMs);
            if (result.kind == DecisionResult::Kind::Refused && !result.requiredReasonCode.isEmpty()) {
                // The policy allows only this rejection (a proxy application):
                // the desk was told so, and the operator rejects.
                decision.approve = false;
                decision.reasonCodes = {result.requiredReasonCode};
                decision.resubmissionAllowed = false;
                decision.customerMessage = QStringLiteral("补卡须由机主本人申请。");
                result = timedDecide(service, decision, callMs);
            }
            if (roll(random) < m_options.retryRate) // the answer "was lost": send it again
                result = service.decide(decision);
            QMutexLocker locker(&m_mutex);
            m_tally.decideMs.append(callMs);
            if (result.kind != DecisionResult::Kind::Refused) {
                m_tally.believedRecorded.insert(claim.applicationId);
                ++m_tally.decisions;
            }
        } catch (const StorageError &error) {
            recordError(error.message());
        }
    }
    m_database.dropThreadConnection();
}

qint64 OperatorSimulation::countUnrecorded(const QSqlDatabase &db, qint64 baseline,
                                           const QSet<qint64> &believedRecorded)
{
    QSet<qint64> inDatabase;
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("SELECT DISTINCT application_id FROM decisions WHERE application_id > ?"));
    sql::exec(query, QStringLiteral("reading decisions"), {baseline});
    while (query.next())
        inDatabase.insert(query.value(0).toLongLong());
    qint64 unrecorded = 0;
    for (const qint64 id : believedRecorded)
        unrecorded += inDatabase.contains(id) ? 0 : 1;
    return unrecorded;
}

} // namespace reissuedesk::cli
