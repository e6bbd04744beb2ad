#pragma once
// What a supervisor does beside reviewing (issue 9, "supervisor tools"): see who
// holds what and for how long, release or reassign a claim, reopen a decision,
// watch the approvals waiting for a second reviewer, and manage operators.
// Every change is one transaction with its audit row (ids and the typed reason,
// never personal data). On PostgreSQL the database decides who may do this
// (migration 0007's roles and functions): a refusal arrives as a StorageError
// whose message is the database's sentence, and is passed on unchanged.
// Throws StorageError; safe from any thread (each uses its own connection).

#include "core/DomainTypes.h"
#include "core/ReviewChecks.h"
#include "storage/OperatorRepository.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace reissuedesk {

class Database;

struct HeldApplication {
    qint64 applicationId = 0;
    QString applicationNumber;
    ApplicationStatus status = ApplicationStatus::InReview;
    qint64 holderId = 0;
    QString holderLogin;
    QDateTime heldSince;
    QDateTime leaseExpiresAt;
};

struct SecondReviewItem {
    qint64 applicationId = 0;
    QString applicationNumber;
    qint64 decisionId = 0;
    qint64 firstReviewerId = 0;
    QString firstReviewerLogin;
    QDateTime approvedAt;  // when the first reviewer approved (waiting since)
    QList<CheckId> checks; // what sent it to a second reviewer
    QString holderLogin;   // a second reviewer holding it now (empty: nobody)
};

class SupervisorService {
public:
    static constexpr int DefaultLeaseSeconds = 15 * 60;

    // `supervisorId`: the operators row of the person acting (audit rows name it).
    SupervisorService(const Database &database, qint64 supervisorId, int leaseSeconds = DefaultLeaseSeconds);

    // Every held application (in review, or a second review being done), the
    // longest-held first.
    QList<HeldApplication> heldApplications() const;
    // Approvals waiting for a second reviewer, the longest-waiting first.
    QList<SecondReviewItem> secondReviewQueue() const;
    // Every operator, by login.
    QList<Operator> operators() const;
    // The id of the application numbered `number` (0: none).
    qint64 applicationIdByNumber(const QString &number) const;

    // Gives a held application back to the queue whoever holds it; false when
    // nobody held it. Audited 'application.released_by_supervisor'.
    bool release(qint64 applicationId, const QString &reason);
    // Hands an open application (pending, in review, awaiting a second review)
    // to `operatorId` with a fresh lease. Refused (StorageError, Conflict) for
    // an inactive operator, a decided application, or the first reviewer of an
    // approval waiting for a second review. Audited 'application.reassigned'.
    void reassign(qint64 applicationId, qint64 operatorId, const QString &reason);
    // A decided (approved or rejected) application back to in_review for a new
    // review round, held by the supervisor. Refused (Conflict) for anything
    // else, e.g. shipped. Returns the new review round. Audited 'application.reopened'.
    int reopen(qint64 applicationId, const QString &reason);

    // Operators: switch one off (kept for history) or change the role. On
    // PostgreSQL the operator's login role, when it exists, follows: NOLOGIN,
    // and membership of exactly one reissuedesk_<role> group role.
    // Audited 'operator.disabled' / 'operator.role_changed'.
    void setOperatorActive(qint64 operatorId, bool active);
    void setOperatorRole(qint64 operatorId, const QString &role);

    // Why a supervisor's change needs a reason.
    static QString reasonRequiredMessage();

private:
    void requireReason(const QString &reason) const;
    void syncDatabaseRole(const QString &login, const QString &role, bool active) const;

    const Database &m_database;
    qint64 m_supervisorId;
    int m_leaseSeconds;
};

} // namespace reissuedesk
