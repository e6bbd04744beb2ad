#include "storage/OutboxRepository.h"

#include "core/PrintableText.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// What goes into gateway_message_id and last_error: gateway-made text, so one
// line, bounded, and nothing either database refuses (a NUL, a lone
// surrogate: written as \uXXXX) that would make the whole batch fail again
// and again.
QString storedText(const QString &text)
{
    return PrintableText::oneLine(text, 500);
}

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
    sql::exec(query, QCoreApplication::translate("OutboxRepository", "claiming due notifications"),
              {limit, m_name, qint64(lease.count())});
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
    sql::exec(select, QCoreApplication::translate("OutboxRepository", "finding due notifications"), {limit});
    QList<OutboxMessage> messages;
    while (select.next())
        messages.append(readMessage(select));
    select.finish();

    QSqlQuery &update = m_database.prepared(
        QStringLiteral("UPDATE notifications SET status = 'sending', claimed_by = ?, next_attempt_at = %1, "
                       "attempts = attempts + 1, last_attempt_at = %2 WHERE id = ?")
            .arg(nowPlusBoundMilliseconds(), dialect.nowExpression()));
    for (OutboxMessage &message : messages) {
        sql::exec(update, QCoreApplication::translate("OutboxRepository", "claiming a notification"),
                  {m_name, qint64(lease.count()), message.id});
        ++message.attempt;
    }
    update.finish();
    transaction.commit();
    return messages;
}

QSet<OutboxRepository::Claim> OutboxRepository::record(const QList<OutboxOutcome> &outcomes)
{
    if (outcomes.isEmpty())
        return {};
    return m_database.dialect().name() == QLatin1String("postgresql") ? recordPostgres(outcomes)
                                                                      : recordSqlite(outcomes);
}

// One statement for the whole batch: a round trip per message to the server
// would cost the dispatcher more than the gateway does. The outcomes travel
// as one JSON parameter (never spliced into the SQL).
QSet<OutboxRepository::Claim> OutboxRepository::recordPostgres(const QList<OutboxOutcome> &outcomes)
{
    QJsonArray rows;
    for (const OutboxOutcome &outcome : outcomes) {
        const char *kind = outcome.kind == OutboxOutcome::Kind::Sent    ? "sent"
                           : outcome.kind == OutboxOutcome::Kind::Retry ? "retry"
                                                                        : "dead";
        rows.append(QJsonObject{{QStringLiteral("id"), outcome.id},
                                {QStringLiteral("attempt"), outcome.attempt},
                                {QStringLiteral("kind"), QLatin1String(kind)},
                                {QStringLiteral("gateway_id"), storedText(outcome.gatewayMessageId)},
                                {QStringLiteral("delay_ms"), qint64(outcome.retryDelay.count())},
                                {QStringLiteral("error"), storedText(outcome.error)}});
    }
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "UPDATE notifications n SET "
        "status = CASE o.kind WHEN 'sent' THEN 'sent' WHEN 'retry' THEN 'queued' ELSE 'dead' END, "
        "gateway_message_id = CASE WHEN o.kind = 'sent' THEN o.gateway_id ELSE n.gateway_message_id END, "
        "sent_at = CASE WHEN o.kind = 'sent' THEN now() ELSE n.sent_at END, "
        "last_error = CASE WHEN o.kind = 'sent' THEN NULL ELSE o.error END, "
        "next_attempt_at = CASE WHEN o.kind = 'retry' "
        "THEN now() + o.delay_ms * INTERVAL '1 millisecond' ELSE n.next_attempt_at END, "
        "claimed_by = CASE WHEN o.kind = 'retry' THEN NULL ELSE n.claimed_by END "
        "FROM jsonb_to_recordset(CAST(? AS JSONB)) AS o(id BIGINT, attempt INTEGER, kind TEXT, gateway_id TEXT, "
        "delay_ms DOUBLE PRECISION, error TEXT) "
        "WHERE n.id = o.id AND n.status = 'sending' AND n.claimed_by = ? AND n.attempts = o.attempt "
        "RETURNING n.id, n.attempts"));
    sql::exec(query, QCoreApplication::translate("OutboxRepository", "recording the gateway's answers"),
              {QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)), m_name});
    QSet<Claim> updated;
    while (query.next())
        updated.insert({query.value(0).toLongLong(), query.value(1).toInt()});
    query.finish();
    return updated;
}

QSet<OutboxRepository::Claim> OutboxRepository::recordSqlite(const QList<OutboxOutcome> &outcomes)
{
    // In-process: a statement per outcome costs nothing next to the commit.
    const QString now = m_database.dialect().nowExpression();
    WriteTransaction transaction(m_database);
    QSet<Claim> updated;
    for (const OutboxOutcome &outcome : outcomes) {
        QSqlQuery *query = nullptr;
        switch (outcome.kind) {
        case OutboxOutcome::Kind::Sent:
            query = &m_database.prepared(QStringLiteral("UPDATE notifications SET status = 'sent', "
                                                        "gateway_message_id = ?, sent_at = %1, last_error = NULL")
                                             .arg(now) +
                                         stillOurs);
            sql::exec(*query, QCoreApplication::translate("OutboxRepository", "recording a sent notification"),
                      {storedText(outcome.gatewayMessageId), outcome.id, m_name, outcome.attempt});
            break;
        case OutboxOutcome::Kind::Retry:
            query = &m_database.prepared(QStringLiteral("UPDATE notifications SET status = 'queued', "
                                                        "next_attempt_at = %1, last_error = ?, claimed_by = NULL")
                                             .arg(nowPlusBoundMilliseconds()) +
                                         stillOurs);
            sql::exec(
                *query, QCoreApplication::translate("OutboxRepository", "recording a notification to retry"),
                {qint64(outcome.retryDelay.count()), storedText(outcome.error), outcome.id, m_name, outcome.attempt});
            break;
        case OutboxOutcome::Kind::Dead:
            query = &m_database.prepared(QStringLiteral("UPDATE notifications SET status = 'dead', last_error = ?") +
                                         stillOurs);
            sql::exec(*query, QCoreApplication::translate("OutboxRepository", "dead-lettering a notification"),
                      {storedText(outcome.error), outcome.id, m_name, outcome.attempt});
            break;
        }
        if (query->numRowsAffected() > 0)
            updated.insert({outcome.id, outcome.attempt});
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
        sql::exec(query, QCoreApplication::translate("OutboxRepository", "returning a notification to the queue"),
                  {message.id, m_name, message.attempt});
        released += std::max(0, query.numRowsAffected());
    }
    query.finish();
    transaction.commit();
    return released;
}

} // namespace reissuedesk
