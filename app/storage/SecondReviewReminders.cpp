#include "storage/SecondReviewReminders.h"

#include "core/CustomerMessages.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqlDialect.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace reissuedesk {

int SecondReviewReminders::queueDue(const Database &database, const QDateTime &now, std::chrono::minutes warnBefore)
{
    const SqlDialect &dialect = database.dialect();
    WriteTransaction transaction(database);
    QSqlDatabase &db = transaction.connection();
    // due_at - warnBefore <= now, as due_at <= now + warnBefore: one bound
    // value, no interval arithmetic to spell per dialect. Applications that
    // already have their reminder for this decision are left out here; the
    // idempotency key is what guarantees "once" when two dispatchers race.
    QSqlQuery &due = database.prepared(QStringLiteral(
        "SELECT a.id, a.review_round, a.application_number, a.applicant_name, a.contact_phone, a.contact_email, "
        "a.language, d.id, d.email_only FROM applications a "
        "JOIN decisions d ON d.application_id = a.id AND d.review_round = a.review_round "
        "WHERE a.status = 'awaiting_second_review' AND a.due_at <= ? "
        "AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.application_id = a.id AND n.decision_id = d.id "
        "AND n.kind = 'second_review_pending') ORDER BY a.due_at, a.id"));
    sql::exec(
        due,
        QCoreApplication::translate("SecondReviewReminders",
                                    "finding applications whose second review outlasts the promise"),
        {dialect.toDatabaseTime(now.addSecs(std::chrono::duration_cast<std::chrono::seconds>(warnBefore).count()))});
    const QVariant queuedAt = dialect.toDatabaseTime(now);
    // Due at once, also by a clock a little behind ours (the database
    // server's, or SQLite's julianday('now') rounding down a millisecond), so
    // that the dispatcher that queued them sends them in the same claim.
    const QVariant dueAt = dialect.toDatabaseTime(now.addSecs(-60));
    const QString kind = messageKindName(MessageKind::SecondReviewPending);
    QList<QVariantList> rows;
    while (due.next()) {
        const qint64 applicationId = due.value(0).toLongLong();
        const int round = due.value(1).toInt();
        const QString number = due.value(2).toString();
        const QString name = due.value(3).toString();
        const QString phone = due.value(4).toString();
        const QString email = due.value(5).toString();
        const QString language = due.value(6).toString();
        const qint64 decisionId = due.value(7).toLongLong();
        const bool emailOnly = due.value(8).toBool();
        const QString key = QStringLiteral("reminder:%1:%2:").arg(applicationId).arg(round);
        if (!emailOnly && !phone.isEmpty())
            rows.append({applicationId, decisionId, kind, QStringLiteral("sms"), phone, language, QVariant(),
                         CustomerMessages::secondReviewPendingSms(number, language), dueAt,
                         QString(key + QStringLiteral("sms")), queuedAt});
        if (!email.isEmpty())
            rows.append({applicationId, decisionId, kind, QStringLiteral("email"), email, language,
                         CustomerMessages::emailSubject(MessageKind::SecondReviewPending, number, language),
                         CustomerMessages::secondReviewPendingEmail(name, number, language), dueAt,
                         QString(key + QStringLiteral("email")), queuedAt});
    }
    due.finish();
    if (rows.isEmpty())
        return 0;
    const QList<QVariantList> inserted =
        BulkInsert(db, dialect, QStringLiteral("notifications"),
                   {QStringLiteral("application_id"), QStringLiteral("decision_id"), QStringLiteral("kind"),
                    QStringLiteral("channel"), QStringLiteral("recipient"), QStringLiteral("language"),
                    QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("next_attempt_at"),
                    QStringLiteral("idempotency_key"), QStringLiteral("created_at")},
                   QStringLiteral("ON CONFLICT (idempotency_key) DO NOTHING"), QStringLiteral("id"))
            .insert(rows);
    transaction.commit();
    return int(inserted.size());
}

} // namespace reissuedesk
