#include "storage/BenchOutbox.h"

#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDateTime>

namespace reissuedesk {

BenchOutbox::BenchOutbox(const Database &database, QString runTag)
    : m_database(database)
    , m_runTag(std::move(runTag))
{
}

QString BenchOutbox::keyPattern() const
{
    return QStringLiteral("bench-%1-%").arg(m_runTag);
}

qint64 BenchOutbox::waitingElsewhere() const
{
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM notifications WHERE status IN ('queued', 'sending') "
                                      "AND idempotency_key NOT LIKE ?"),
                       QStringLiteral("count the outbox"), {keyPattern()})
        .toLongLong();
}

std::pair<qint64, QString> BenchOutbox::anyApplication() const
{
    QSqlQuery query = sql::prepare(
        m_database.connection(), QStringLiteral("SELECT id, application_number FROM applications ORDER BY id LIMIT 1"));
    sql::exec(query, QStringLiteral("find an application"));
    if (!query.next())
        return {0, QString()};
    return {query.value(0).toLongLong(), query.value(1).toString()};
}

QList<BenchOutbox::Message> BenchOutbox::seed(int count, qint64 applicationId, const QString &applicationNumber) const
{
    QList<Message> messages;
    messages.reserve(count);
    QList<QVariantList> rows;
    rows.reserve(count);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant created = m_database.dialect().toDatabaseTime(now);
    const QVariant due = m_database.dialect().toDatabaseTime(now.addSecs(-1));
    for (int i = 0; i < count; ++i) {
        Message message;
        message.key = QStringLiteral("bench-%1-%2").arg(m_runTag).arg(i, 7, 10, QLatin1Char('0'));
        const bool email = i % 4 == 3;
        message.channel = email ? QStringLiteral("email") : QStringLiteral("sms");
        message.language = i % 2 ? QStringLiteral("en") : QStringLiteral("zh_CN");
        message.kind = QStringLiteral("shipped");
        message.reference = applicationNumber;
        message.recipient = email ? QStringLiteral("bench%1@example.invalid").arg(i)
                                  : QStringLiteral("138%1").arg(i % 100000000, 8, 10, QLatin1Char('0'));
        message.subject =
            email ? QStringLiteral("Your replacement card %1 is on its way").arg(applicationNumber) : QString();
        message.text = message.language == QLatin1String("en")
                           ? QStringLiteral("Your replacement card for application %1 has shipped: carrier SF "
                                            "Express, tracking number SF%2.")
                                 .arg(applicationNumber)
                                 .arg(1000000000 + i)
                           : QStringLiteral("【补卡审核】您的补卡申请 %1 的新卡已寄出：顺丰速运，运单号 SF%2。")
                                 .arg(applicationNumber)
                                 .arg(1000000000 + i);
        rows.append({applicationId, message.kind, message.channel, message.recipient, message.language,
                     message.subject.isEmpty() ? QVariant() : QVariant(message.subject), message.text,
                     QStringLiteral("queued"), 0, due, message.key, created});
        messages.append(message);
    }
    WriteTransaction transaction(m_database);
    BulkInsert insert(transaction.connection(), m_database.dialect(), QStringLiteral("notifications"),
                      {QStringLiteral("application_id"), QStringLiteral("kind"), QStringLiteral("channel"),
                       QStringLiteral("recipient"), QStringLiteral("language"), QStringLiteral("subject"),
                       QStringLiteral("body"), QStringLiteral("status"), QStringLiteral("attempts"),
                       QStringLiteral("next_attempt_at"), QStringLiteral("idempotency_key"),
                       QStringLiteral("created_at")});
    insert.insert(rows);
    transaction.commit();
    return messages;
}

qint64 BenchOutbox::count(const QString &status) const
{
    return sql::scalar(m_database.connection(),
                       QStringLiteral("SELECT count(*) FROM notifications WHERE status = ? AND idempotency_key LIKE ?"),
                       QStringLiteral("count the benchmark's messages"), {status, keyPattern()})
        .toLongLong();
}

void BenchOutbox::remove() const
{
    WriteTransaction transaction(m_database);
    QSqlQuery query = sql::prepare(transaction.connection(),
                                   QStringLiteral("DELETE FROM notifications WHERE idempotency_key LIKE ?"));
    sql::exec(query, QStringLiteral("delete the benchmark's messages"), {keyPattern()});
    transaction.commit();
}

} // namespace reissuedesk
