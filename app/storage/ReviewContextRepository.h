#pragma once
// The review screen's reads: the facts ReviewChecks judges (ReviewContext), the
// account's earlier applications with their decisions, this application's
// timeline from the audit log, the reject-reason catalogue and the holidays
// that delivery promises skip. Read-only, bound parameters only; safe from any
// thread (each thread uses its own connection). Throws StorageError.

#include "core/ReviewChecks.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <optional>

namespace reissuedesk {

class Database;

// One application of the account and one of its decisions (an application
// decided in several review rounds has one entry per round; an undecided one
// has one entry without a decision).
struct HistoryEntry {
    qint64 applicationId = 0;
    QString applicationNumber;
    QDateTime submittedAt;
    ApplicationStatus status = ApplicationStatus::Pending;
    ReplacementReason reason = ReplacementReason::Lost;
    qint64 decisionId = 0; // 0: no decision (yet)
    int reviewRound = 0;
    QString outcome;         // "approve", "reject" or empty
    QStringList reasonCodes; // in catalogue order
    bool resubmissionAllowed = false;
    bool needsSecondReview = false;
    qint64 operatorId = 0;
    QString operatorLogin;
    QString confirmedByLogin; // the second reviewer, when confirmed
    QDateTime decidedAt;
    QString customerMessage;
    QString internalNote;
};

struct TimelineEntry {
    QDateTime occurredAt;
    QString actor;  // operator login, "system", "import", ...
    QString action; // e.g. "application.claimed"
    QJsonObject detail;
    qint64 documentId = 0;
};

struct RejectReason {
    QString code;
    QString titleZh;
    QString titleEn;
    QString customerTextZh;
    QString customerTextEn;
    bool resubmissionAllowed = true;
    int sortOrder = 0;
};

// An approval waiting for a second reviewer: who approved first, their note,
// and the checks that sent it there.
struct SecondReviewRequest {
    qint64 decisionId = 0;
    qint64 firstReviewerId = 0;
    QString firstReviewerLogin;
    QString note; // the first reviewer's internal note
    QList<CheckId> checks;
    QDateTime decidedAt;
};

// A customer message in the outbox and how far it got.
struct NotificationEntry {
    qint64 id = 0;
    QString channel;   // "sms", "email"
    QString recipient; // as stored (mask before showing)
    QString body;
    QString status; // "queued", "sending", "sent", "dead", "cancelled"
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt; // while sending: the end of the dispatcher's claim
    QDateTime sentAt;
    QString lastError;        // the gateway's text: data, show as plain text
    QString kind;             // "approved", "rejected", "shipped", "second_review_pending"
    QString subject;          // e-mail only
    QString gatewayMessageId; // once the gateway accepted it
    QDateTime lastAttemptAt;
};

class ReviewContextRepository {
public:
    explicit ReviewContextRepository(const Database &database);

    // Everything the checks need for one application, judged as of `today`;
    // nullopt when the application does not exist.
    std::optional<ReviewContext> load(qint64 applicationId, QDate today) const;

    // The same facts in two statements on the thread's cached prepared
    // statements, for ReviewService::decide inside its transaction (the hot
    // path): everything ReviewChecks judges except the numbers of the
    // applications that share a document (sharingApplicationNumbers stays
    // empty; the count is there) and the documents' URLs and sizes.
    std::optional<ReviewContext> loadForPolicy(qint64 applicationId, QDate today) const;

    // Every application of the account (newest first) with its decisions
    // (latest review round first).
    QList<HistoryEntry> accountHistory(qint64 accountId) const;

    // The application's audit log, oldest first.
    QList<TimelineEntry> timeline(qint64 applicationId) const;

    // The active reject reasons in catalogue order.
    QList<RejectReason> rejectReasons() const;

    // The pending approval of an application awaiting a second review (nullopt
    // when it is not awaiting one).
    std::optional<SecondReviewRequest> secondReviewRequest(qint64 applicationId) const;

    // The application's customer messages, oldest first.
    QList<NotificationEntry> notifications(qint64 applicationId) const;

    // Public holidays (skipped when promising a delivery date).
    QSet<QDate> holidays() const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
