#include "storage/OutboxRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

#include <algorithm>

namespace reissuedesk {
namespace {

// The guard of every update after a claim: still ours, and still the claim
// (attempt) this outcome belongs to.
const QString stillOurs = QStringLiteral(" WHERE id = ? AND status = 'sending' AND claimed_by = ? AND attempts = ?");

const QString claimedColumns = QStringLiteral(
    "n.id, n.channel, n.recipient, n.subject, n.body, n.language, n.kind, n.idempotency_key, n.attempts, "
    "a.application_number");

OutboxMessage readMessage(const QSqlQuery &query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.channel = query.value(1).toString();
    message.recipient = query.value(2).toString();
    message.subject = query.value(3).toString();
    message.body = query.value(4).toString();
    message.language = query.value(5).toString();
    message.kind = query.value(6).toString();
    message.idempotencyKey = query.value(7).toString();
    message.attempt = query.value(8).toInt();
    message.reference = query.value(9).toString();
    return message;
}

} // namespace

OutboxRepository::OutboxRepository(const Database &database, QString dispatcherName)
    : m_database(database)
    , m_name(std::move(dispatcherName))
{
}

QString OutboxRepository::nowPlusBoundMilliseconds() const
{
    if (m_database.dialect().name() == QLatin1String("postgresql"))
        return QStringLiteral("(now() + CAST(? AS DOUBLE PRECISION) * INTERVAL '1 millisecond')");
    return QStringLiteral("(%1 + ?)").arg(m_database.dialect().nowExpression());
}

QList<OutboxMessage> OutboxRepository::claim(int limit, std::chrono::milliseconds lease)
{
    if (limit <= 0)
        return {};
    QList<OutboxMessage> messages = m_database.dialect().name() == QLatin1String("postgresql")
                                        ? claimPostgres(limit, lease)
                                        : claimSqlite(limit, lease);
    // PostgreSQL's RETURNING has no order; ids follow creation, near enough to due order.
    std::sort(messages.begin(), messages.end(),
              [](const OutboxMessage &a, const OutboxMessage &b) { return a.id < b.id; });
    return messages;
}

QList<OutboxMessage> OutboxRepository::claimPostgres(int limit, std::chrono::milliseconds lease)
{
    // One statement, one round trip: the CTE locks the due rows it picks and
    // skips the ones another dispatcher's claim holds locked right now.
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("WITH due AS (SELECT id FROM notifications WHERE status IN ('queued', 'sending') AND "
                       "next_attempt_at <= now() ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED) "
                       "UPDATE notifications n SET status = 'sending', claimed_by = ?, next_attempt_at = %1, "
                       "attempts = n.attempts + 1, last_attempt_at = now() FROM due, applications a "
                       "WHERE n.id = due.id AND a.id = n.application_id RETURNING %2")
            .arg(nowPlusBoundMilliseconds(), claimedColumns));
    sql::exec(query, QStringLiteral("claiming due notifications"), {limit, m_name, qint64(lease.count())});
    QList<OutboxMessage> messages;
    while (query.next())
        messages.append(readMessage(query));
    query.finish();
    return messages;
}

QList<OutboxMessage> OutboxRepository::claimSqlite(int limit, std::chrono::milliseconds lease)
{
    // BEGIN IMMEDIATE holds the only write lock, so what we read is what we update.
    WriteTransaction transaction(m_database);
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery &select = m_database.prepared(
        QStringLiteral("SELECT %1 FROM notifications n JOIN applications a ON a.id = n.application_id "
                       "WHERE n.status IN ('queued', 'sending') AND n.next_attempt_at <= %2 "
                       "ORDER BY n.next_attempt_at, n.id LIMIT ?")
            .arg(claimedColumns, dialect.nowExpression()));
    sql::exec(select, QStringLiteral("finding due notifications"), {limit});
    QList<OutboxMessage> messages;
    while (select.next())
        messages.append(readMessage(select));
    select.finish();

    QSqlQuery &update = m_database.prepared(
        QStringLiteral("UPDATE notifications SET status = 'sending', claimed_by = ?, next_attempt_at = %1, "
                       "attempts = attempts + 1, last_attempt_at = %2 WHERE id = ?")
            .arg(nowPlusBoundMilliseconds(), dialect.nowExpression()));
    for (OutboxMessage &message : messages) {
        sql::exec(update, QStringLiteral("claiming a notification"), {m_name, qint64(lease.count()), message.id});
        ++message.attempt;
    }
    update.finish();
    transaction.commit();
    return messages;
}

int OutboxRepository::record(const QList<OutboxOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return 0;
    const QString now = m_database.dialect().nowExpression();
    WriteTransaction transaction(m_database);
    int updated = 0;
    for (const OutboxOutcome &outcome : outcomes) {
        QSqlQuery *query = nullptr;
        switch (outcome.kind) {
        case OutboxOutcome::Kind::Sent:
            query = &m_database.prepared(QStringLiteral("UPDATE notifications SET status = 'sent', "
                                                        "gateway_message_id = ?, sent_at = %1, last_error = NULL")
                                             .arg(now) +
                                         stillOurs);
            sql::exec(*query, QStringLiteral("recording a sent notification"),
                      {outcome.gatewayMessageId, outcome.id, m_name, outcome.attempt});
            break;
        case OutboxOutcome::Kind::Retry:
            query = &m_database.prepared(QStringLiteral("UPDATE notifications SET status = 'queued', "
                                                        "next_attempt_at = %1, last_error = ?, claimed_by = NULL")
                                             .arg(nowPlusBoundMilliseconds()) +
                                         stillOurs);
            sql::exec(
                *query, QStringLiteral("recording a notification to retry"),
                {qint64(outcome.retryDelay.count()), sql::text(outcome.error), outcome.id, m_name, outcome.attempt});
            break;
        case OutboxOutcome::Kind::Dead:
            query = &m_database.prepared(QStringLiteral("UPDATE notifications SET status = 'dead', last_error = ?") +
                                         stillOurs);
            sql::exec(*query, QStringLiteral("dead-lettering a notification"),
                      {sql::text(outcome.error), outcome.id, m_name, outcome.attempt});
            break;
        }
        updated += std::max(0, query->numRowsAffected());
        query->finish();
    }
    transaction.commit();
    return updated;
}

int OutboxRepository::release(const QList<OutboxMessage> &messages)
{
    if (messages.isEmpty())
        return 0;
    WriteTransaction transaction(m_database);
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("UPDATE notifications SET status = 'queued', attempts = attempts - 1, next_attempt_at = %1, "
                       "claimed_by = NULL")
            .arg(m_database.dialect().nowExpression()) +
        stillOurs);
    int released = 0;
    for (const OutboxMessage &message : messages) {
        sql::exec(query, QStringLiteral("returning a notification to the queue"),
                  {message.id, m_name, message.attempt});
        released += std::max(0, query.numRowsAffected());
    }
    query.finish();
    transaction.commit();
    return released;
}

} // namespace reissuedesk
