#include "net/NotificationDispatcher.h"

#include "net/GatewayClient.h"
#include "net/RetryPolicy.h"
#include "storage/OutboxRepository.h"
#include "storage/SecondReviewReminders.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QSysInfo>
#include <QTimer>

#include <algorithm>
#include <exception>

// The loop, all on the dispatcher's thread: claim a batch (and the next one
// while the current one is still in flight, so the gateway never waits for
// the database), keep `concurrency` requests in flight, and record answers
// in batches: when `batchSize` answers are in, when everything claimed has
// answered, or 50 ms after the first unrecorded answer, whichever comes
// first. One commit per batch, never one per message.
//
// A claimed row is posted only while its claim has time left for a whole
// request: a row still waiting when that time is up (a gateway answering
// every request at the deadline, say) goes back to the queue unsent, so a
// row whose claim lapsed is never sent by two dispatchers at once.

namespace reissuedesk {
namespace {

using std::chrono::milliseconds;

constexpr milliseconds recordInterval{50};
constexpr milliseconds reminderInterval{60000};
constexpr milliseconds longestDatabaseBackoff{30000};

QString defaultName()
{
    return QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
}

QString stoppedSentence()
{
    return QStringLiteral("the dispatcher stopped before the gateway answered");
}

} // namespace

struct NotificationDispatcher::Private {
    struct Answer {
        OutboxOutcome outcome;
        bool released = false; // aborted by stop(): back to the queue, due now
    };

    Private(NotificationDispatcher *owner, const Database &db, DispatcherOptions opts)
        : q(owner)
        , database(db)
        , options(std::move(opts))
        , repository(db, options.name.isEmpty() ? defaultName() : options.name)
        , policy({options.backoffBase, options.backoffCap, std::max(1, options.maxAttempts)})
    {
        options.name = repository.dispatcherName();
        stopWait = options.timeout;
        options.batchSize = std::max(1, options.batchSize);
        options.concurrency = std::max(1, options.concurrency);
        // A claim must outlive the claiming, and an idle dispatcher must not
        // spin on the database.
        options.lease = std::max(options.lease, milliseconds(1000));
        options.idlePoll = std::max(options.idlePoll, milliseconds(10));
    }

    void pump();
    void postWaiting();
    void releaseStale();
    QDeadlineTimer sendDeadline() const;
    void claim();
    void queueReminders();
    void post(const OutboxMessage &message);
    void onAnswer(const OutboxMessage &message, const GatewayResult &result);
    void settle();
    bool flush();
    void finishStop();
    void finish();
    milliseconds databaseFailed(const QString &what);
    void databaseAnswered();
    milliseconds nextDatabaseBackoff();

    NotificationDispatcher *q;
    const Database &database;
    DispatcherOptions options;
    OutboxRepository repository;
    RetryPolicy policy;
    GatewayClient *client = nullptr;
    QTimer *claimTimer = nullptr;        // idle poll, or a database backoff
    QTimer *recordTimer = nullptr;       // the 50 ms batch, or a database backoff
    QTimer *stopTimer = nullptr;         // how long stop() waits for answers
    QDeadlineTimer nextReminderCheck{0}; // expired: look now
    milliseconds stopWait{0};

    QList<OutboxMessage> waiting;        // claimed, not posted yet
    QList<QDeadlineTimer> waitingSendBy; // per waiting row: post it before this, or not at all
    QList<OutboxMessage> stale;          // claimed, not posted in time: to release
    QList<Answer> answers;               // answered, not recorded yet
    QList<OutboxMessage> toRelease;      // claimed, never posted (stop)
    DispatchCounts counts;
    int databaseFailures = 0;
    bool connectionLost = false; // said so; reconnected() when the database answers again
    bool recordBackoff = false;
    bool running = false;
    bool stopping = false;
    bool aborting = false;
    bool done = false;
};

void NotificationDispatcher::Private::pump()
{
    if (stopping)
        return;
    postWaiting();
    // The next batch is claimed while this one is in flight; the timer runs
    // while nothing was due (idle poll) or the database failed (backoff).
    if (waiting.size() < options.concurrency && !claimTimer->isActive()) {
        claim();
        postWaiting();
    }
    releaseStale();
    if (client->inFlight() == 0 && waiting.isEmpty())
        settle();
}

void NotificationDispatcher::Private::postWaiting()
{
    while (client->inFlight() < options.concurrency && !waiting.isEmpty()) {
        const OutboxMessage message = waiting.takeFirst();
        if (waitingSendBy.takeFirst().hasExpired())
            stale.append(message);
        else
            post(message);
    }
}

void NotificationDispatcher::Private::releaseStale()
{
    if (stale.isEmpty())
        return;
    try {
        counts.released += repository.release(stale);
    } catch (...) {
        // Their claims lapse by themselves; nobody here sends them again.
        databaseFailed(QStringLiteral("returning unsent messages to the queue"));
    }
    stale.clear();
}

// Time enough for a whole request before the claim lapses (and never less
// than half the lease, so that a lease shorter than the timeout still sends).
QDeadlineTimer NotificationDispatcher::Private::sendDeadline() const
{
    const milliseconds margin = options.timeout + milliseconds(1000);
    return QDeadlineTimer(std::max(options.lease / 2, options.lease - margin).count());
}

// Before claiming, at most once a minute: reminders queued now are sent in
// this very claim.
void NotificationDispatcher::Private::queueReminders()
{
    if (options.reminderLead.count() <= 0 || !nextReminderCheck.hasExpired())
        return;
    nextReminderCheck.setRemainingTime(reminderInterval);
    try {
        SecondReviewReminders::queueDue(database, QDateTime::currentDateTimeUtc(), options.reminderLead);
    } catch (...) {
        // Tried again in a minute; claiming goes on (its own failure is reported there).
        databaseFailed(QStringLiteral("queueing second-review reminders"));
    }
}

void NotificationDispatcher::Private::claim()
{
    queueReminders();
    QList<OutboxMessage> claimed;
    try {
        claimed = repository.claim(options.batchSize, options.lease);
        databaseAnswered();
    } catch (...) {
        claimTimer->start(databaseFailed(QStringLiteral("claiming due messages")));
        return;
    }
    waiting.append(claimed);
    const QDeadlineTimer sendBy = sendDeadline();
    for (qsizetype i = 0; i < claimed.size(); ++i)
        waitingSendBy.append(sendBy);
    if (claimed.size() < options.batchSize)
        claimTimer->start(options.idlePoll); // nothing more due right now
}

void NotificationDispatcher::Private::post(const OutboxMessage &message)
{
    client->send(message, [this, message](const GatewayResult &result) { onAnswer(message, result); });
}

void NotificationDispatcher::Private::onAnswer(const OutboxMessage &message, const GatewayResult &result)
{
    Answer answer;
    if (aborting) {
        answer.outcome = OutboxOutcome::retry(message, milliseconds(0), result.error);
        answer.released = true;
    } else {
        switch (result.verdict) {
        case DeliveryVerdict::Sent:
            answer.outcome = OutboxOutcome::sent(message, result.messageId);
            break;
        case DeliveryVerdict::GiveUp:
            answer.outcome = OutboxOutcome::dead(message, result.error);
            break;
        case DeliveryVerdict::Retry:
            answer.outcome = policy.isExhausted(message.attempt)
                                 ? OutboxOutcome::dead(message, result.error)
                                 : OutboxOutcome::retry(message, policy.delayAfter(message.attempt, result.retryAfter),
                                                        result.error);
            break;
        }
    }
    answers.append(answer);
    if (stopping) {
        if (client->inFlight() == 0)
            finishStop();
        return;
    }
    if (answers.size() >= options.batchSize && !recordBackoff)
        flush();
    else if (!recordTimer->isActive())
        recordTimer->start(recordInterval);
    pump();
}

// Everything claimed has answered: record it now rather than in 50 ms, and in
// `once` mode look whether anything is still due.
void NotificationDispatcher::Private::settle()
{
    if (!answers.isEmpty() && !recordBackoff && !flush())
        return;
    if (!options.once || !answers.isEmpty())
        return;
    claim();
    if (waiting.isEmpty()) {
        if (!claimTimer->isActive() || databaseFailures == 0)
            finish();
        return;
    }
    claimTimer->stop();
    pump();
}

bool NotificationDispatcher::Private::flush()
{
    if (answers.isEmpty())
        return true;
    recordTimer->stop();
    QList<OutboxOutcome> outcomes;
    outcomes.reserve(answers.size());
    for (const Answer &answer : std::as_const(answers))
        outcomes.append(answer.outcome);
    QSet<OutboxRepository::Claim> recorded;
    try {
        recorded = repository.record(outcomes);
        databaseAnswered();
    } catch (...) {
        recordBackoff = true;
        recordTimer->start(databaseFailed(QStringLiteral("recording the gateway's answers")));
        return false;
    }
    recordBackoff = false;
    for (const Answer &answer : std::as_const(answers)) {
        if (!recorded.contains({answer.outcome.id, answer.outcome.attempt})) {
            // The claim lapsed while the request was out: the row was claimed
            // (and posted) again, and that claim's answer is the one counted.
            ++counts.lapsed;
            continue;
        }
        if (answer.released) {
            ++counts.released;
            continue;
        }
        switch (answer.outcome.kind) {
        case OutboxOutcome::Kind::Sent:
            ++counts.sent;
            break;
        case OutboxOutcome::Kind::Retry:
            ++counts.retried;
            break;
        case OutboxOutcome::Kind::Dead:
            ++counts.dead;
            break;
        }
    }
    answers.clear();
    Q_EMIT q->progress(counts);
    return true;
}

void NotificationDispatcher::Private::finishStop()
{
    if (done)
        return;
    stopTimer->stop();
    flush();
    if (!toRelease.isEmpty()) {
        try {
            repository.release(toRelease);
            counts.released += toRelease.size();
            toRelease.clear();
            Q_EMIT q->progress(counts);
        } catch (...) {
            // Their claim lapses by itself; another dispatcher sends them then.
            databaseFailed(QStringLiteral("returning unsent messages to the queue"));
        }
    }
    finish();
}

void NotificationDispatcher::Private::finish()
{
    if (done)
        return;
    done = true;
    running = false;
    claimTimer->stop();
    recordTimer->stop();
    stopTimer->stop();
    Q_EMIT q->finished();
}

milliseconds NotificationDispatcher::Private::nextDatabaseBackoff()
{
    ++databaseFailures;
    const int exponent = std::min(databaseFailures - 1, 8);
    const milliseconds start = std::clamp(options.idlePoll, milliseconds(50), milliseconds(1000));
    return std::min(longestDatabaseBackoff, start * (1 << exponent));
}

// Called inside a catch block: one sentence out, a broken connection dropped
// (the next statement opens a fresh one), and how long to wait.
milliseconds NotificationDispatcher::Private::databaseFailed(const QString &what)
{
    QString detail;
    bool lost = false;
    try {
        throw;
    } catch (const StorageError &error) {
        // A lost server is not always reported as one (the text varies with
        // how it went away): after a few failures in a row, reconnect anyway.
        lost = error.kind() == StorageError::Kind::Connection;
        if (lost || databaseFailures >= 2)
            database.dropThreadConnection();
        detail = error.sentence();
    } catch (const std::exception &error) {
        detail = QString::fromUtf8(error.what());
    } catch (...) {
        detail = QStringLiteral("unknown error");
    }
    const milliseconds wait = nextDatabaseBackoff();
    if (lost) {
        // The server's own words (which vary with how it went) say nothing
        // more to an administrator than this sentence does.
        connectionLost = true;
        Q_EMIT q->problem(QCoreApplication::translate("NotificationDispatcher",
                                                      "%1 failed: the database cannot be reached; reconnecting in "
                                                      "%2 s")
                              .arg(what)
                              .arg(double(wait.count()) / 1000.0, 0, 'f', 1));
    } else {
        Q_EMIT q->problem(QStringLiteral("%1 failed: %2").arg(what, detail));
    }
    return wait;
}

void NotificationDispatcher::Private::databaseAnswered()
{
    databaseFailures = 0;
    if (connectionLost) {
        connectionLost = false;
        Q_EMIT q->reconnected();
    }
}

NotificationDispatcher::NotificationDispatcher(const Database &database, DispatcherOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, database, std::move(options)))
{
    d->client = new GatewayClient({d->options.gateway, d->options.token, d->options.timeout}, this);
    d->claimTimer = new QTimer(this);
    d->claimTimer->setSingleShot(true);
    d->recordTimer = new QTimer(this);
    d->recordTimer->setSingleShot(true);
    d->stopTimer = new QTimer(this);
    d->stopTimer->setSingleShot(true);
    connect(d->claimTimer, &QTimer::timeout, this, [this] { d->pump(); });
    connect(d->recordTimer, &QTimer::timeout, this, [this] {
        d->recordBackoff = false;
        if (d->flush() && d->client->inFlight() == 0 && d->waiting.isEmpty())
            d->settle();
    });
    connect(d->stopTimer, &QTimer::timeout, this, [this] {
        d->aborting = true;
        d->client->abortAll(stoppedSentence());
    });
}

NotificationDispatcher::~NotificationDispatcher()
{
    // The client's callbacks point into d: it goes first.
    delete d->client;
    d->client = nullptr;
}

void NotificationDispatcher::start()
{
    if (d->running || d->done || d->stopping)
        return;
    d->running = true;
    d->pump();
}

void NotificationDispatcher::stop()
{
    if (d->done || d->stopping)
        return;
    d->stopping = true;
    d->claimTimer->stop();
    if (!d->running) {
        d->finish();
        return;
    }
    d->toRelease.append(d->stale);
    d->toRelease.append(d->waiting);
    d->stale.clear();
    d->waiting.clear();
    d->waitingSendBy.clear();
    if (d->client->inFlight() == 0) {
        d->finishStop();
        return;
    }
    d->stopTimer->start(d->stopWait);
}

void NotificationDispatcher::setStopTimeout(std::chrono::milliseconds wait)
{
    d->stopWait = std::max(milliseconds(0), wait);
}

bool NotificationDispatcher::isRunning() const
{
    return d->running && !d->done;
}

DispatchCounts NotificationDispatcher::counts() const
{
    return d->counts;
}

} // namespace reissuedesk
