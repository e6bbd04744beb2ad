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

#include "core/DomainTypes.h"
#include "core/ReviewChecks.h"

#include <QString>

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

    // What the service decided from its unlocked read.
    struct Plan {
        ApplicationStatus newStatus = ApplicationStatus::Approved;
        int reviewRound = 0;
        int version = 0;            // the row version read: anything else means "changed meanwhile"
        QString secondReviewChecks; // check keys, when newStatus waits for a second review
        QList<CheckResult> secondReviewResults;
    };

    // Recorded, or StorageError (Retryable) when the application changed after
    // it was read, so that the service reads and judges again.
    DecisionResult record(const Decision &decision, const ReviewContext &context, const Plan &plan) const;

private:
    QDate expectedDelivery() const;

    const Database &m_database;
    qint64 m_operatorId;
};

} // namespace reissuedesk
