#include "models/ReviewSession.h"

#include "core/WorkingDayCalendar.h"
#include "models/ReviewTexts.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"

#include <QSemaphore>
#include <QUuid>

namespace reissuedesk {
namespace {

QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Gives back what the lane holds (unless it is `keep`); runs on the lane.
void releaseHeld(ReviewService &service, qint64 &held, qint64 keep = -1)
{
    if (held != 0 && held != keep)
        service.release(std::exchange(held, 0));
}

} // namespace

ReviewSession::ReviewSession(JobRunner &runner, qint64 operatorId, int leaseSeconds, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
    , m_operatorId(operatorId)
    , m_leaseSeconds(std::max(leaseSeconds, 3))
    , m_held(std::make_shared<qint64>(0))
{
    // A third of the lease: two renewals may fail (a blip) before it runs out.
    m_renewTimer.setInterval(std::max(1, m_leaseSeconds / 3) * 1000);
    connect(&m_renewTimer, &QTimer::timeout, this, &ReviewSession::renewLease);
}

ReviewSession::~ReviewSession()
{
    // Normally released already (then the lane finds nothing to do).
    m_runner.postDatabase(
        [held = m_held, operatorId = m_operatorId, lease = m_leaseSeconds](const Database &database) {
            if (*held == 0)
                return;
            ReviewService service(database, operatorId, lease);
            releaseHeld(service, *held);
        },
        tr("Giving the application back"));
}

qint64 ReviewSession::applicationId() const
{
    return m_snapshot.context ? m_snapshot.context->application.id : 0;
}

QString ReviewSession::unsentDecisionKey() const
{
    if (!m_pending)
        return {};
    return m_pending->kind == PendingAction::Kind::Decide ? m_pending->decision.idempotencyKey : m_pending->key;
}

QDate ReviewSession::expectedDelivery() const
{
    return WorkingDayCalendar(m_holidays).addWorkingDays(QDate::currentDate(), 7);
}

void ReviewSession::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
}

void ReviewSession::forget()
{
    ++m_generation;
    m_renewTimer.stop();
    m_renewSlot.cancel();
    m_openSlot.cancel();
    m_sending = false;
    m_pending.reset();
}

// ---------------------------------------------------------------- opening

void ReviewSession::open(qint64 applicationId)
{
    if (applicationId > 0)
        startOpen(applicationId, std::nullopt, {});
}

void ReviewSession::openNext()
{
    startOpen(0, std::nullopt, {});
}

void ReviewSession::skipToNext(const QString &note)
{
    if (m_sending)
        return;
    const qint64 current = applicationId();
    startOpen(0, isClaimed() && current != 0 ? std::optional<qint64>(current) : std::nullopt, note);
}

void ReviewSession::startOpen(qint64 target, std::optional<qint64> skipping, const QString &skipNote)
{
    if (m_operatorId <= 0) {
        // Claims name their holder; without an operator there is nobody to name.
        forget();
        m_snapshot = {};
        setMode(Mode::Empty);
        Q_EMIT nothingToShow(tr("No operator is signed in at this desk, so applications cannot be claimed."));
        return;
    }
    forget();
    const quint64 generation = m_generation;
    setMode(Mode::Loading);
    Q_EMIT openStarted(target);

    const bool needCatalogue = !m_catalogueLoaded;
    m_runner.runDatabase(
        m_openSlot, this,
        [held = m_held, operatorId = m_operatorId, lease = m_leaseSeconds, target, skipping, skipNote,
         needCatalogue](const Database &database) {
            ReviewService service(database, operatorId, lease);
            if (skipping && *held == *skipping) {
                *held = 0;
                service.skip(*skipping, skipNote);
            }
            // Moving on: what was held goes back first (unless it is the one asked for).
            releaseHeld(service, *held, target);
            Loaded loaded;
            ReviewSnapshot &s = loaded.snapshot;
            s.claim = target == 0 ? service.claimNext() : service.claim(target);
            if (s.claim.kind == ClaimResult::Kind::Claimed)
                *held = s.claim.applicationId;
            else if (*held == target)
                *held = 0;
            ReviewContextRepository repository(database);
            const qint64 id = s.claim.applicationId;
            if (id != 0 && s.claim.kind != ClaimResult::Kind::NotFound &&
                s.claim.kind != ClaimResult::Kind::QueueEmpty) {
                s.context = repository.load(id, QDate::currentDate());
            }
            if (s.context) {
                const Application &application = s.context->application;
                s.checks = ReviewChecks::run(*s.context);
                s.policy = ReviewPolicy::evaluate(*s.context, s.checks);
                s.history = repository.accountHistory(application.accountId);
                s.timeline = repository.timeline(id);
                s.notifications = repository.notifications(id);
                if (application.status == ApplicationStatus::AwaitingSecondReview) {
                    s.secondReview = repository.secondReviewRequest(id);
                    if (!s.secondReview) {
                        // The approval of this review round, from the history.
                        for (const HistoryEntry &entry : std::as_const(s.history)) {
                            if (entry.applicationId == id && entry.decisionId != 0 &&
                                entry.reviewRound == application.reviewRound &&
                                entry.outcome == QLatin1String("approve")) {
                                SecondReviewRequest request;
                                request.decisionId = entry.decisionId;
                                request.firstReviewerId = entry.operatorId;
                                request.firstReviewerLogin = entry.operatorLogin;
                                request.note = entry.internalNote;
                                request.decidedAt = entry.decidedAt;
                                s.secondReview = request;
                                break;
                            }
                        }
                    }
                    s.ownApproval = s.secondReview && s.secondReview->firstReviewerId == operatorId;
                    // Four eyes: the first reviewer may look, not hold it.
                    if (s.ownApproval && *held == id) {
                        *held = 0;
                        service.release(id);
                    }
                }
            }
            if (needCatalogue) {
                loaded.reasons = repository.rejectReasons();
                loaded.holidays = repository.holidays();
                loaded.catalogueLoaded = true;
            }
            return loaded;
        },
        [this, generation](Loaded answer) {
            if (generation == m_generation)
                showLoaded(std::move(answer));
        },
        [this, generation](const JobError &error) {
            if (generation != m_generation)
                return;
            m_snapshot = {};
            setMode(Mode::Empty);
            Q_EMIT nothingToShow(error.isConnectionLost()
                                     ? tr("The database cannot be reached right now. Open the application again "
                                          "once it answers.")
                                     : tr("The application could not be opened: %1").arg(error.message));
        });
}

void ReviewSession::setIdReading(const DocumentIdReading &reading)
{
    if (!m_snapshot.context || reading.documentId == 0)
        return;
    ReviewContext &context = *m_snapshot.context;
    DocumentIdReading *slot = context.idFrontReading.documentId == reading.documentId  ? &context.idFrontReading
                              : context.idBackReading.documentId == reading.documentId ? &context.idBackReading
                                                                                       : nullptr;
    if (!slot)
        return;
    *slot = reading;
    m_snapshot.checks = ReviewChecks::run(context);
    m_snapshot.policy = ReviewPolicy::evaluate(context, m_snapshot.checks);
    Q_EMIT checksChanged();
}

void ReviewSession::showLoaded(Loaded answer)
{
    if (answer.catalogueLoaded) {
        m_reasons = std::move(answer.reasons);
        m_holidays = std::move(answer.holidays);
        m_catalogueLoaded = true;
    }
    m_snapshot = std::move(answer.snapshot);
    const ClaimResult &claim = m_snapshot.claim;
    if (claim.kind == ClaimResult::Kind::QueueEmpty || !m_snapshot.context) {
        const QString message = claim.kind == ClaimResult::Kind::QueueEmpty ? tr("No pending applications")
                                                                            : tr("This application no longer exists.");
        m_snapshot = {};
        setMode(Mode::Empty);
        Q_EMIT nothingToShow(message);
        Q_EMIT statusMessage(message);
        return;
    }
    const Application &a = m_snapshot.context->application;
    Mode mode = Mode::ReadOnly;
    if (claim.kind == ClaimResult::Kind::Claimed && !m_snapshot.ownApproval)
        mode = a.status == ApplicationStatus::AwaitingSecondReview ? Mode::SecondReview : Mode::Claimed;
    else if (claim.kind == ClaimResult::Kind::NotOpen)
        mode = Mode::Decided;
    if (mode == Mode::Claimed || mode == Mode::SecondReview)
        m_renewTimer.start();
    setMode(mode);
    Q_EMIT loaded(a.id);
}

// ---------------------------------------------------------------- releasing

void ReviewSession::release()
{
    forget();
    m_snapshot = {};
    setMode(Mode::Empty);
    m_runner.postDatabase(
        [held = m_held, operatorId = m_operatorId, lease = m_leaseSeconds](const Database &database) {
            ReviewService service(database, operatorId, lease);
            releaseHeld(service, *held);
        },
        tr("Giving the application back"));
}

void ReviewSession::releaseForExit(std::function<void(bool released)> done)
{
    forget();
    m_snapshot = {};
    setMode(Mode::Empty);
    m_runner.runDatabase(
        m_exitSlot, this,
        [held = m_held, operatorId = m_operatorId, lease = m_leaseSeconds](const Database &database) {
            ReviewService service(database, operatorId, lease);
            service.setStatementTimeoutMs(ExitStatementTimeoutMs);
            releaseHeld(service, *held);
        },
        [done] { done(true); }, [done](const JobError &) { done(false); });
}

// ---------------------------------------------------------------- the lease

void ReviewSession::renewLease()
{
    if (!isClaimed() || m_sending)
        return;
    const qint64 id = applicationId();
    const quint64 generation = m_generation;
    m_runner.runDatabase(
        m_renewSlot, this,
        [held = m_held, operatorId = m_operatorId, lease = m_leaseSeconds, id](const Database &database) {
            Renewal renewal;
            renewal.renewed = ReviewService(database, operatorId, lease).renew(id);
            if (!renewal.renewed) {
                if (*held == id)
                    *held = 0;
                // Who has it now, to say so.
                if (const auto context = ReviewContextRepository(database).load(id, QDate::currentDate());
                    context && context->application.claimedBy != 0 && context->application.claimedBy != operatorId)
                    renewal.holderLogin = AuditRepository(database).actorLogin(context->application.claimedBy);
            }
            return renewal;
        },
        [this, generation, lease = m_leaseSeconds](const Renewal &renewal) {
            if (generation != m_generation || !isClaimed())
                return;
            if (renewal.renewed) {
                const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(lease);
                m_snapshot.claim.leaseExpiresAt = until;
                Q_EMIT leaseRenewed(until);
                return;
            }
            m_renewTimer.stop();
            setMode(Mode::ReadOnly);
            Q_EMIT leaseLost(
                renewal.holderLogin.isEmpty()
                    ? tr("Your claim expired. Open the application again to claim it.")
                    : tr("Your claim expired: %1 holds this application now. Read-only.").arg(renewal.holderLogin));
        },
        [this, generation](const JobError &error) {
            if (generation == m_generation)
                Q_EMIT statusMessage(tr("The claim could not be renewed (trying again): %1").arg(error.message));
        });
}

// ---------------------------------------------------------------- deciding

void ReviewSession::approve(const QString &internalNote, bool emailInsteadOfSms)
{
    if (!canDecide() || m_mode != Mode::Claimed)
        return;
    if (!m_snapshot.policy.approvalAllowed) {
        Q_EMIT decisionRefused(m_snapshot.policy.refusal);
        return;
    }
    PendingAction action;
    action.applicationId = applicationId();
    action.decision.applicationId = action.applicationId;
    action.decision.approve = true;
    action.decision.internalNote = internalNote;
    action.decision.emailInsteadOfSms = emailInsteadOfSms;
    action.decision.idempotencyKey = newKey();
    send(action);
}

void ReviewSession::reject(Decision decision)
{
    if (!canDecide() || m_mode != Mode::Claimed)
        return;
    PendingAction action;
    action.applicationId = applicationId();
    decision.applicationId = action.applicationId;
    decision.approve = false;
    decision.idempotencyKey = newKey();
    action.decision = std::move(decision);
    send(action);
}

void ReviewSession::confirmSecondReview(const QString &note)
{
    if (!canDecide() || m_mode != Mode::SecondReview)
        return;
    PendingAction action;
    action.kind = PendingAction::Kind::Confirm;
    action.applicationId = applicationId();
    action.note = note;
    action.key = newKey();
    send(action);
}

void ReviewSession::sendBack(const QString &note)
{
    if (!canDecide() || m_mode != Mode::SecondReview)
        return;
    PendingAction action;
    action.kind = PendingAction::Kind::SendBack;
    action.applicationId = applicationId();
    action.note = note;
    action.key = newKey();
    send(action);
}

void ReviewSession::retry()
{
    if (m_pending && !m_sending)
        send(*m_pending);
}

void ReviewSession::send(const PendingAction &action)
{
    // Kept until answered: retry() sends this very action, with the same key.
    m_pending = action;
    m_sending = true;
    Q_EMIT sendingChanged(true);
    const quint64 generation = m_generation;
    m_runner.runDatabase(
        m_decisionSlot, this,
        [held = m_held, operatorId = m_operatorId, lease = m_leaseSeconds, action](const Database &database) {
            ReviewService service(database, operatorId, lease);
            const DecisionResult result =
                action.kind == PendingAction::Kind::Decide
                    ? service.decide(action.decision)
                    : service.secondReview(action.applicationId, action.kind == PendingAction::Kind::Confirm,
                                           action.note, action.key);
            if (result.kind != DecisionResult::Kind::Refused && *held == action.applicationId)
                *held = 0; // a decision ends the claim
            return result;
        },
        [this, generation](const DecisionResult &result) { answered(generation, result); },
        [this, generation](const JobError &error) { failed(generation, error); });
}

void ReviewSession::answered(quint64 generation, const DecisionResult &result)
{
    if (generation != m_generation) {
        if (result.kind != DecisionResult::Kind::Refused)
            Q_EMIT statusMessage(tr("The decision was recorded."));
        return;
    }
    m_sending = false;
    Q_EMIT sendingChanged(false);
    const PendingAction action = *m_pending;
    m_pending.reset();
    if (result.kind == DecisionResult::Kind::Refused) {
        // Nothing was written; the operator reads why and decides again.
        Q_EMIT decisionRefused(tr("Not recorded: %1").arg(result.message));
        return;
    }
    m_renewTimer.stop();
    const QString number = m_snapshot.context ? m_snapshot.context->application.applicationNumber : QString();
    if (m_snapshot.context)
        m_snapshot.context->application.status = result.newStatus;
    setMode(Mode::Decided);

    QString message;
    switch (result.newStatus) {
    case ApplicationStatus::Approved:
        message = result.expectedDelivery.isValid() ? tr("%1 approved; the new card should arrive around %2.")
                                                          .arg(number, result.expectedDelivery.toString(Qt::ISODate))
                                                    : tr("%1 approved.").arg(number);
        break;
    case ApplicationStatus::AwaitingSecondReview: {
        QStringList checks;
        for (const CheckId id : result.secondReviewChecks)
            checks.append(ReviewChecks::title(id));
        message = checks.isEmpty()
                      ? tr("%1 approved; waiting for a second reviewer.").arg(number)
                      : tr("%1 approved; waiting for a second reviewer (%2).").arg(number, checks.join(tr(", ")));
        break;
    }
    case ApplicationStatus::Rejected:
        message = tr("%1 rejected; the customer is told why.").arg(number);
        break;
    case ApplicationStatus::Pending:
    case ApplicationStatus::InReview:
        message = tr("%1 sent back for review.").arg(number);
        break;
    default:
        message = tr("%1: %2.").arg(number, ReviewTexts::statusText(result.newStatus));
        break;
    }
    Q_EMIT statusMessage(message);
    Q_EMIT decisionRecorded(action.applicationId, result.newStatus, message);
}

void ReviewSession::failed(quint64 generation, const JobError &error)
{
    if (generation != m_generation) {
        Q_EMIT statusMessage(tr("A decision could not be sent: %1").arg(error.message));
        return;
    }
    m_sending = false;
    Q_EMIT sendingChanged(false);
    Q_EMIT decisionFailed(tr("The decision could not be sent: %1\nIt is kept: Retry sends the same decision "
                             "again, and it cannot be recorded twice.")
                              .arg(error.message));
}

// ---------------------------------------------------------------- privacy

void ReviewSession::revealPersonalData()
{
    const qint64 id = applicationId();
    if (id == 0)
        return;
    if (!m_revealRecorder) {
        qWarning("ReissueDesk: no recorder for revealed personal data; application %lld", id);
        return;
    }
    m_runner.postDatabase([recorder = m_revealRecorder, operatorId = m_operatorId,
                           id](const Database &database) { recorder(database, operatorId, id); },
                          tr("Recording that personal data was shown"));
}

} // namespace reissuedesk
