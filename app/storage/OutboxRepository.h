#pragma once
// The dispatcher's side of the outbox (notifications): claim due rows, record
// what the gateway answered, give back what was not sent. SQL only here.
//
// A claim sets the rows to 'sending' with claimed_by and next_attempt_at = the
// end of the claim, and counts the attempt at once: a dispatcher killed
// mid-request still counts the try, and its rows become due again when the
// claim runs out. Every later update of a row is guarded by "still 'sending',
// claimed by me, at the attempt I claimed", so a dispatcher whose claim lapsed
// and was taken over cannot overwrite the newer state. All times are the
// database's clock (the authority when several hosts dispatch).

#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <utility>

namespace reissuedesk {

class Database;

struct OutboxMessage {
    qint64 id = 0;
    QString channel; // "sms" or "email"
    QString recipient;
    QString subject; // e-mail only
    QString body;
    QString language;
    QString kind;
    QString idempotencyKey;
    int attempt = 0;   // this try's number, counted by the claim (1 for the first)
    QString reference; // the application number
};

struct OutboxOutcome {
    enum class Kind { Sent, Retry, Dead };
    qint64 id = 0;
    int attempt = 0; // the attempt of the claim this outcome belongs to
    Kind kind = Kind::Retry;
    QString gatewayMessageId;                // Sent
    std::chrono::milliseconds retryDelay{0}; // Retry: next try after now + this
    QString error;                           // Retry, Dead: the last error

    static OutboxOutcome sent(const OutboxMessage &m, const QString &messageId)
    {
        return {m.id, m.attempt, Kind::Sent, messageId, {}, {}};
    }
    static OutboxOutcome retry(const OutboxMessage &m, std::chrono::milliseconds delay, const QString &error)
    {
        return {m.id, m.attempt, Kind::Retry, {}, delay, error};
    }
    static OutboxOutcome dead(const OutboxMessage &m, const QString &error)
    {
        return {m.id, m.attempt, Kind::Dead, {}, {}, error};
    }
};

class OutboxRepository {
public:
    // `dispatcherName` goes into claimed_by and guards every later update.
    OutboxRepository(const Database &database, QString dispatcherName);

    const QString &dispatcherName() const { return m_name; }

    // Up to `limit` due rows (queued or 'sending' with a lapsed claim, oldest
    // due first), now claimed until now + `lease`. PostgreSQL: rows another
    // dispatcher is claiming at the same moment are skipped, never shared.
    QList<OutboxMessage> claim(int limit, std::chrono::milliseconds lease);

    // A row and the attempt of one claim of it.
    using Claim = std::pair<qint64, int>;
    // Every outcome of a batch in one transaction. Returns the claims (id,
    // attempt) that were still ours to update: a lapsed claim's outcome
    // changes nothing (the row was claimed again; that claim's answer counts).
    QSet<Claim> record(const QList<OutboxOutcome> &outcomes);

    // Claimed but never sent: back to 'queued', due now, the attempt uncounted.
    int release(const QList<OutboxMessage> &messages);

private:
    QSet<Claim> recordPostgres(const QList<OutboxOutcome> &outcomes);
    QSet<Claim> recordSqlite(const QList<OutboxOutcome> &outcomes);
    QList<OutboxMessage> claimPostgres(int limit, std::chrono::milliseconds lease);
    QList<OutboxMessage> claimSqlite(int limit, std::chrono::milliseconds lease);
    // SQL for "now + the bound number of milliseconds" in the database's clock.
    QString nowPlusBoundMilliseconds() const;

    const Database &m_database;
    QString m_name;
};

} // namespace reissuedesk
