#pragma once
// The review workflow on the shared database: claim the next (or a given)
// application with a lease, renew and release it, and record decisions exactly
// once. Every transition is one transaction: the conditional state change
// (status, holder, version), the decision row with the client's idempotency
// key, reasons, shipment, notification outbox rows, the audit row (and, on
// PostgreSQL, the change notice from the trigger). Retries after serialization
// failures, deadlocks, a busy SQLite file or a lost connection reuse the same
// key, so a decision is never recorded twice (TransactionRetries). Claims and
// leases are implemented in ReviewClaims.cpp, decisions in ReviewService.cpp.

#include "core/Decision.h"
#include "core/DomainTypes.h"
#include "core/ReviewChecks.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace reissuedesk {

class Database;

struct ClaimResult {
    enum class Kind {
        Claimed,     // yours now (or already was: the lease was renewed)
        HeldByOther, // someone else's live lease: open read-only
        NotOpen,     // decided, cancelled, ...: nothing to claim
        NotFound,
        QueueEmpty, // claimNext: nothing this operator may claim now
    };
    Kind kind = Kind::NotFound;
    qint64 applicationId = 0;
    ApplicationStatus status = ApplicationStatus::Pending;
    QString holderLogin;
    QDateTime heldSince;
    QDateTime leaseExpiresAt;
};

struct DecisionResult {
    enum class Kind {
        Recorded,        // this call wrote it
        AlreadyRecorded, // the same idempotency key was recorded before (a retry)
        Refused,         // invalid, or the lease is gone: nothing written
    };
    Kind kind = Kind::Refused;
    QString message; // for Refused: why, in words
    // Refused because the review policy allows only a rejection with this
    // reason, final (a suspected proxy application): "not_account_holder".
    QString requiredReasonCode;
    ApplicationStatus newStatus = ApplicationStatus::Pending;
    qint64 decisionId = 0;
    QDate expectedDelivery; // approvals that ship
    // Approvals the service sent to a second reviewer: the checks that did it
    // (the service decides from what it reads, whatever the client asked).
    QList<CheckId> secondReviewChecks;
};

class ReviewService {
public:
    static constexpr int DefaultLeaseSeconds = 15 * 60;

    ReviewService(const Database &database, qint64 operatorId, int leaseSeconds = DefaultLeaseSeconds);

    // Returns expired leases to the queue (anyone may; claimNext does it first).
    int expireLeases();

    // The most urgent open work, claimed with a lease, by due time: a pending
    // application, or an approval awaiting a second review that nobody holds
    // and that this operator did not approve in its current round (status
    // says which). Applications this operator skipped are left out until the
    // skip ends. One statement (SKIP LOCKED on PostgreSQL).
    ClaimResult claimNext();
    // A specific application: claimed if free (or already ours), else who holds it.
    ClaimResult claim(qint64 applicationId);
    // Extends our lease; false when it is no longer ours.
    bool renew(qint64 applicationId);
    // Gives it back to the queue (pending, or awaiting second review).
    void release(qint64 applicationId);
    // Gives it back and is not offered it again by claimNext() for
    // SkipMinutes (others still are); `note` ("called, no answer") is kept.
    static constexpr int SkipMinutes = 30;
    void skip(qint64 applicationId, const QString &note);

    // Bounds each statement of the calls that follow (0: no bound), e.g. the
    // release when the window closes. PostgreSQL only.
    void setStatementTimeoutMs(int milliseconds) { m_statementTimeoutMs = milliseconds; }

    // Records the decision of the operator holding the application, after
    // running the review policy (ReviewPolicy) on what it reads inside the
    // same transaction: an approval of a suspected proxy application is
    // refused (only a final "not_account_holder" rejection is accepted); a
    // risky approval waits for a second reviewer whatever the client asked
    // (Decision::needsSecondReview is ignored), and secondReviewChecks says
    // why. emailInsteadOfSms queues no SMS, and is refused when the
    // application has no e-mail address.
    DecisionResult decide(const Decision &decision);

    // Four eyes: another operator (not the first reviewer), holding the
    // application, confirms an approval waiting for a second review (it is then
    // approved and ships) or sends it back for a new review round.
    DecisionResult secondReview(qint64 applicationId, bool confirm, const QString &note, const QString &idempotencyKey);

private:
    ClaimResult describeHolder(qint64 applicationId);
    QString whyNotYours(qint64 applicationId);
    void queueNotifications(QSqlDatabase &db, qint64 applicationId, qint64 decisionId, const QString &key, bool approve,
                            const QString &customerMessage, bool resubmissionAllowed, QDate expected, bool emailOnly);
    QDate expectedDelivery(QSqlDatabase &db) const;

    const Database &m_database;
    qint64 m_operatorId;
    int m_leaseSeconds;
    int m_statementTimeoutMs = 0;
};

} // namespace reissuedesk
