#pragma once
// The queue's reads: one page of applications at a time by keyset (the last
// row's sort key, never OFFSET), filtered and sorted by the database with bound
// parameters, plus the counts for the status bar and the details of one
// application. Safe to use from any thread (each uses its own connection).

#include "core/DomainTypes.h"
#include "core/QueueFilter.h"

#include <QList>
#include <optional>

namespace reissuedesk {

class Database;

struct QueueRow {
    qint64 id = 0;
    QString applicationNumber;
    QDateTime submittedAt;
    QDateTime dueAt;
    QString applicantName;
    QString contactPhone;
    QString oldCardNumber;
    ReplacementReason reason = ReplacementReason::Lost;
    SalesChannel channel = SalesChannel::Direct;
    int riskFlags = 0;
    ApplicationStatus status = ApplicationStatus::Pending;
    QString holderLogin; // empty when unclaimed
    int version = 0;
    // Decided applications (approved, rejected, shipped, awaiting a second
    // review): the latest decision's operator and time, and for a rejection
    // its reasons' titles in catalogue order ("、" / ", " joined).
    QString decidedByLogin;
    QDateTime decidedAt;
    QString rejectReasonsZh;
    QString rejectReasonsEn;

    bool operator==(const QueueRow &other) const = default;
};

struct QueueCounts {
    qint64 pending = 0;
    qint64 overdue = 0; // pending or in review, past the deadline
    qint64 heldByMe = 0;
    qint64 secondReviewWaiting = 0; // approvals awaiting a second reviewer

    bool operator==(const QueueCounts &other) const = default;
};

struct ApplicationDetail {
    Application application;
    Account account;
    QString holderLogin;
    QList<Document> documents;
};

class QueueRepository {
public:
    // `operatorId` is who "held by me" means (0: nobody).
    QueueRepository(const Database &database, qint64 operatorId);

    // Up to `limit` rows after `after` (nullopt: from the start) in the filter's order.
    QList<QueueRow> page(const QueueFilter &filter, const std::optional<QueueRow> &after, int limit,
                         const QDateTime &now) const;
    // Kept counters on PostgreSQL, a scan on SQLite (storage/QueueCountReader).
    QueueCounts counts(const QDateTime &now) const;
    std::optional<ApplicationDetail> detail(qint64 applicationId) const;

    // The SQL and values page() would run, for benchmarks that time the same
    // statement through the database's own command-line client.
    struct Statement {
        QString sql;
        QVariantList values;
    };
    Statement pageStatement(const QueueFilter &filter, const std::optional<QueueRow> &after, int limit,
                            const QDateTime &now) const;

private:
    const Database &m_database;
    qint64 m_operatorId;
};

} // namespace reissuedesk
