#include "storage/MessageSupervision.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace reissuedesk {

MessageSupervision::MessageSupervision(const Database &database, qint64 supervisorId)
    : m_database(database)
    , m_supervisorId(supervisorId)
{
}

QList<ProblemMessage> MessageSupervision::problemMessages() const
{
    const SqlDialect &dialect = m_database.dialect();
    const QString now = dialect.nowExpression();
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT n.id, n.application_id, a.application_number, n.kind, n.channel, n.recipient, "
                       "n.status, n.attempts, %1, %2, %3, n.last_error FROM notifications n JOIN applications a "
                       "ON a.id = n.application_id WHERE n.status = 'dead' OR (n.status = 'queued' AND "
                       "(n.attempts >= ? OR (n.attempts > 0 AND n.created_at < %4) OR n.next_attempt_at < %4)) "
                       "ORDER BY COALESCE(n.last_attempt_at, n.created_at) DESC, n.id DESC")
            .arg(dialect.selectTime(QStringLiteral("n.created_at")),
                 dialect.selectTime(QStringLiteral("n.last_attempt_at")),
                 dialect.selectTime(QStringLiteral("n.next_attempt_at")),
                 dialect.timeMinusSeconds(now, LongQueuedSeconds)));
    sql::exec(
        query,
        QCoreApplication::translate("MessageSupervision", "reading the customer messages that were not delivered"),
        {LongRetryAttempts});
    QList<ProblemMessage> rows;
    while (query.next()) {
        ProblemMessage row;
        row.id = query.value(0).toLongLong();
        row.applicationId = query.value(1).toLongLong();
        row.applicationNumber = query.value(2).toString();
        row.kind = query.value(3).toString();
        row.channel = query.value(4).toString();
        row.recipient = query.value(5).toString();
        row.status = query.value(6).toString();
        row.attempts = query.value(7).toInt();
        row.createdAt = dialect.fromDatabaseTime(query.value(8));
        row.lastAttemptAt = dialect.fromDatabaseTime(query.value(9));
        row.nextAttemptAt = dialect.fromDatabaseTime(query.value(10));
        row.lastError = query.value(11).toString();
        rows.append(row);
    }
    return rows;
}

MessageChangeResult MessageSupervision::retry(const QList<qint64> &notificationIds)
{
    return change(Action::Retry, notificationIds);
}

MessageChangeResult MessageSupervision::cancel(const QList<qint64> &notificationIds)
{
    return change(Action::Cancel, notificationIds);
}

// Read, then change only if nothing moved in between (same status and
// attempts): the dispatcher may be working on the same rows, and on
// PostgreSQL a supervisor's row lock would need more than the three columns
// migration 0010 grants.
MessageChangeResult MessageSupervision::change(Action action, const QList<qint64> &notificationIds)
{
    const SqlDialect &dialect = m_database.dialect();
    const QString now = dialect.nowExpression();
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    QSqlQuery read = sql::prepare(db, QStringLiteral("SELECT n.status, n.attempts, n.application_id, "
                                                     "a.application_number FROM notifications n JOIN applications a "
                                                     "ON a.id = n.application_id WHERE n.id = ?"));
    QSqlQuery update = sql::prepare(
        db, action == Action::Retry
                ? QStringLiteral("UPDATE notifications SET status = 'queued', attempts = 0, next_attempt_at = %1 "
                                 "WHERE id = ? AND status = ? AND attempts = ? AND status IN ('queued', 'dead')")
                      .arg(now)
                : QStringLiteral("UPDATE notifications SET status = 'cancelled' WHERE id = ? AND status = ? AND "
                                 "attempts = ? AND status IN ('queued', 'dead')"));
    QSqlQuery audit = sql::prepare(
        db, QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, detail) "
                           "VALUES (%1, COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                           "(SELECT id FROM operators WHERE id = ?), ?, ?, ?)")
                .arg(now));
    const QString auditAction =
        action == Action::Retry ? QStringLiteral("notification.retried") : QStringLiteral("notification.cancelled");

    MessageChangeResult result;
    for (const qint64 id : notificationIds) {
        sql::exec(read, QCoreApplication::translate("MessageSupervision", "reading customer message %1").arg(id), {id});
        if (!read.next()) {
            result.skipped.append({id, QString(), QString()});
            continue;
        }
        const QString status = read.value(0).toString();
        const int attempts = read.value(1).toInt();
        const qint64 applicationId = read.value(2).toLongLong();
        const QString number = read.value(3).toString();
        read.finish();
        sql::exec(update, QCoreApplication::translate("MessageSupervision", "changing customer message %1").arg(id),
                  {id, status, attempts});
        if (update.numRowsAffected() != 1) {
            result.skipped.append({id, number, status});
            continue;
        }
        const QJsonObject detail{{QStringLiteral("notification_id"), id},
                                 {QStringLiteral("previous_status"), status},
                                 {QStringLiteral("previous_attempts"), attempts}};
        sql::exec(audit, QCoreApplication::translate("MessageSupervision", "writing the audit log"),
                  {m_supervisorId, m_supervisorId, auditAction, applicationId,
                   QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
        result.changed.append(id);
    }
    transaction.commit();
    return result;
}

} // namespace reissuedesk
