#pragma once
// Customer messages in any delivery state, written straight into the outbox
// as the schema owner (no dispatcher needed), for the supervision tests of
// storage, roles and pages. Header-only.

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QDateTime>
#include <QUuid>

namespace reissuedesk::test {

struct OutboxRow {
    QString kind = QStringLiteral("rejected");
    QString channel = QStringLiteral("sms");
    QString recipient = QStringLiteral("13812345678");
    QString subject; // e-mail only
    QString body = QStringLiteral("【补卡】您的补卡申请未通过。");
    QString status = QStringLiteral("queued");
    int attempts = 0;
    int createdSecondsAgo = 60;
    int lastAttemptSecondsAgo = -1; // -1: never tried
    int nextAttemptInSeconds = 60;
    QString lastError;
    QString gatewayMessageId;
    int sentSecondsAgo = -1; // -1: not sent
};

inline qint64 addOutboxRow(const Database &db, qint64 applicationId, const OutboxRow &row)
{
    const SqlDialect &dialect = db.dialect();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto time = [&](int secondsAgo) {
        return secondsAgo < 0 ? QVariant() : dialect.toDatabaseTime(now.addSecs(-secondsAgo));
    };
    auto text = [](const QString &value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    return sql::scalar(db.connection(),
                       QStringLiteral("INSERT INTO notifications (application_id, kind, channel, recipient, subject, "
                                      "body, status, attempts, next_attempt_at, last_attempt_at, last_error, "
                                      "gateway_message_id, idempotency_key, created_at, sent_at) VALUES (?, ?, ?, ?, "
                                      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       QStringLiteral("adding a customer message"),
                       {applicationId, row.kind, row.channel, row.recipient, text(row.subject), row.body, row.status,
                        row.attempts, dialect.toDatabaseTime(now.addSecs(row.nextAttemptInSeconds)),
                        time(row.lastAttemptSecondsAgo), text(row.lastError), text(row.gatewayMessageId),
                        QUuid::createUuid().toString(QUuid::WithoutBraces), time(row.createdSecondsAgo),
                        time(row.sentSecondsAgo)})
        .toLongLong();
}

inline OutboxRow deadRow(int lastAttemptSecondsAgo, const QString &error = QStringLiteral("HTTP 400: bad recipient"))
{
    OutboxRow row;
    row.status = QStringLiteral("dead");
    row.attempts = 8;
    row.createdSecondsAgo = 3 * 3600;
    row.lastAttemptSecondsAgo = lastAttemptSecondsAgo;
    row.lastError = error;
    return row;
}

} // namespace reissuedesk::test
