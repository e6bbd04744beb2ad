#pragma once
// The supervisors' dead-letter list (issue 10): customer messages the
// dispatcher gave up on (dead), or that have been trying for long: attempts
// >= 3, retrying for more than an hour, or due for more than an hour and not
// taken (no dispatcher running?). "Queued for an hour" is not counted from
// when the message was written, or a message just retried would be listed
// again at once. The two things a supervisor
// does about them: retry (back to queued, attempts 0, next try now; the last
// error is kept until the next try overwrites it) and cancel (never sent).
//
// Several messages at once, in one transaction: each one that is no longer
// retryable or cancellable (the dispatcher sent it meanwhile, someone else
// cancelled it) is skipped and named, the others change. Each change writes
// its audit row ('notification.retried' / 'notification.cancelled', the
// application and notification ids in the detail) in the same transaction.
// On PostgreSQL the database also keeps the rules (migration 0010: only a
// supervisor may, only these transitions, and a trigger audits changes made
// around the desk; it sees the desk's row and does not write a second one).
// Throws StorageError; safe from any thread (each uses its own connection).

#include <QDateTime>
#include <QList>
#include <QString>

namespace reissuedesk {

class Database;

struct ProblemMessage {
    qint64 id = 0;
    qint64 applicationId = 0;
    QString applicationNumber;
    QString kind;      // "approved", "rejected", "shipped", "second_review_pending"
    QString channel;   // "sms", "email"
    QString recipient; // as stored (mask before showing)
    QString status;    // "queued" or "dead"
    int attempts = 0;
    QDateTime createdAt;
    QDateTime lastAttemptAt; // invalid: never tried
    QDateTime nextAttemptAt;
    QString lastError; // the gateway's text: data, show as plain text

    // When the problem last showed: the last try, or when it was queued.
    QDateTime problemSince() const { return lastAttemptAt.isValid() ? lastAttemptAt : createdAt; }
};

// A message a retry or cancel left alone, and the state that stopped it.
struct SkippedMessage {
    qint64 id = 0;
    QString applicationNumber; // empty: no such message
    QString status;
};

struct MessageChangeResult {
    QList<qint64> changed;
    QList<SkippedMessage> skipped;
};

class MessageSupervision {
public:
    static constexpr int LongRetryAttempts = 3;
    static constexpr int LongQueuedSeconds = 60 * 60;

    // `supervisorId`: the operators row of the person acting (audit rows name it).
    MessageSupervision(const Database &database, qint64 supervisorId);

    // Dead messages and messages retrying for long, the newest problem first.
    QList<ProblemMessage> problemMessages() const;

    // Dead or queued messages back to queued, attempts 0, next try now.
    MessageChangeResult retry(const QList<qint64> &notificationIds);
    // Queued or dead messages to cancelled: they will never be sent.
    MessageChangeResult cancel(const QList<qint64> &notificationIds);

private:
    enum class Action { Retry, Cancel };
    MessageChangeResult change(Action action, const QList<qint64> &notificationIds);

    const Database &m_database;
    qint64 m_supervisorId;
};

} // namespace reissuedesk
