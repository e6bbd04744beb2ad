#pragma once
// The PostgreSQL write of ReviewService::decide in one round trip: the
// service reads and judges (state, policy, texts) without a lock, then this
// sends everything the decision writes to reissuedesk_decide() (migration
// 0018), which locks the row only if it is still the version that was read,
// and the statement commits. Under 32 deciding desks the old path held the
// row lock and an open transaction over a dozen round trips; decide p99 was
// 3-4x what pgbench needs for the same rows.
//
// The texts, the audit action and detail are built as ReviewService builds
// them for SQLite (queueNotifications, the audit call after it): same rows,
// whichever path wrote them (tst_reviewservice runs on both).
//
// The unlocked read is one statement too (read()): the idempotency look-up,
// the row's state, the facts the policy judges, the account's cards, the
// documents with their ID readings and the coming holidays, which were six
// round trips. Under 32 desks on two cores every round trip is two wake-ups
// of a busy process; decide went from seven round trips to two.

#include "core/DomainTypes.h"
#include "core/ReviewChecks.h"

#include <QSet>
#include <QString>
#include <optional>

namespace reissuedesk {

class Database;
struct Decision;
struct DecisionResult;
struct ReviewContext;

class PostgresDecide {
public:
    // Whether decide() takes this path on `database`.
    static bool applies(const Database &database);
    // Off: PostgreSQL too decides in the client's transaction as before 0018
    // (stress --decide-in-transaction, to measure the difference). Process-wide.
    static void setEnabled(bool enabled);

    PostgresDecide(const Database &database, qint64 operatorId);

    // What decide needs to judge, read in one statement without a lock.
    struct Snapshot {
        // The idempotency key's decision, when it reached the database (a retry).
        qint64 recordedDecisionId = 0;
        QString recordedStatus; // the application's status now
        QString recordedChecks; // its second_review_checks
        bool found = false;     // the application exists (and is visible)
        QString status;
        qint64 holder = 0;
        QString holderLogin;
        int reviewRound = 0;
        int version = 0;
        bool leaseLive = false;
        std::optional<ReviewContext> context; // as ReviewContextRepository::loadForPolicy reads it
        QSet<QDate> holidays;                 // from `today` on: all that expectedDelivery can skip
    };
    Snapshot read(qint64 applicationId, const QString &idempotencyKey, QDate today) const;

    // What the service decided from its unlocked read.
    struct Plan {
        ApplicationStatus newStatus = ApplicationStatus::Approved;
        int reviewRound = 0;
        int version = 0;            // the row version read: anything else means "changed meanwhile"
        QString secondReviewChecks; // check keys, when newStatus waits for a second review
        QList<CheckResult> secondReviewResults;
        QSet<QDate> holidays; // Snapshot::holidays
    };

    // Recorded, or StorageError (Retryable) when the application changed after
    // it was read, so that the service reads and judges again.
    DecisionResult record(const Decision &decision, const ReviewContext &context, const Plan &plan) const;

private:
    const Database &m_database;
    qint64 m_operatorId;
};

} // namespace reissuedesk
