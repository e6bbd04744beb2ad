#include "storage/PostgresDecide.h"

#include "core/CustomerMessages.h"
#include "core/MessageTemplates.h"
#include "core/WorkingDayCalendar.h"
#include "storage/Database.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <atomic>

namespace reissuedesk {
namespace {

std::atomic<bool> enabled{true};

QString compactJson(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

bool PostgresDecide::applies(const Database &database)
{
    return enabled.load() && !database.url().isSqlite();
}

void PostgresDecide::setEnabled(bool on)
{
    enabled.store(on);
}

PostgresDecide::PostgresDecide(const Database &database, qint64 operatorId)
    : m_database(database)
    , m_operatorId(operatorId)
{
}

// As ReviewService::expectedDelivery: seven working days from today.
QDate PostgresDecide::expectedDelivery() const
{
    QSet<QDate> holidays;
    QSqlQuery &query = m_database.prepared(QStringLiteral("SELECT day FROM holidays"));
    sql::exec(query, QStringLiteral("reading holidays"));
    while (query.next())
        holidays.insert(query.value(0).toDate());
    query.finish();
    return WorkingDayCalendar(holidays).addWorkingDays(QDate::currentDate(), 7);
}

DecisionResult PostgresDecide::record(const Decision &decision, const ReviewContext &context, const Plan &plan) const
{
    DecisionResult result;
    result.newStatus = plan.newStatus;
    const bool needsSecondReview = plan.newStatus == ApplicationStatus::AwaitingSecondReview;
    if (plan.newStatus == ApplicationStatus::Approved)
        result.expectedDelivery = expectedDelivery();

    // The outbox rows, as ReviewService::queueNotifications writes them.
    QJsonArray notifications;
    if (plan.newStatus != ApplicationStatus::AwaitingSecondReview) {
        const Application &a = context.application;
        const QString language = MessageTemplates::languageFor(a.language);
        const QString kind = decision.approve ? QStringLiteral("approved") : QStringLiteral("rejected");
        if (!decision.emailInsteadOfSms)
            notifications.append(QJsonObject{
                {QStringLiteral("kind"), kind},
                {QStringLiteral("channel"), QStringLiteral("sms")},
                {QStringLiteral("recipient"), a.contactPhone},
                {QStringLiteral("language"), language},
                {QStringLiteral("body"),
                 decision.approve ? CustomerMessages::approvalSms(a.applicationNumber, a.shippingAddress,
                                                                  result.expectedDelivery, language)
                                  : CustomerMessages::rejectionSms(a.applicationNumber, decision.customerMessage,
                                                                   decision.resubmissionAllowed, language)},
                {QStringLiteral("idempotency_key"), QString(decision.idempotencyKey + QStringLiteral(":sms"))}});
        if (!a.contactEmail.isEmpty())
            notifications.append(QJsonObject{
                {QStringLiteral("kind"), kind},
                {QStringLiteral("channel"), QStringLiteral("email")},
                {QStringLiteral("recipient"), a.contactEmail},
                {QStringLiteral("language"), language},
                {QStringLiteral("subject"),
                 CustomerMessages::emailSubject(decision.approve ? MessageKind::Approved : MessageKind::Rejected,
                                                a.applicationNumber, language)},
                {QStringLiteral("body"),
                 decision.approve
                     ? CustomerMessages::approvalEmail(a.applicantName, a.applicationNumber, a.shippingAddress,
                                                       result.expectedDelivery, language)
                     : CustomerMessages::rejectionEmail(a.applicantName, a.applicationNumber, decision.customerMessage,
                                                        decision.resubmissionAllowed, language)},
                {QStringLiteral("idempotency_key"), QString(decision.idempotencyKey + QStringLiteral(":email"))}});
    }

    // The audit row, as ReviewService::decide writes it (the function adds decision_id).
    QJsonObject detail{{QStringLiteral("reasons"), decision.reasonCodes.join(QLatin1Char(','))}};
    if (needsSecondReview)
        detail.insert(QStringLiteral("checks"), plan.secondReviewChecks);
    if (decision.emailInsteadOfSms)
        detail.insert(QStringLiteral("email_only"), true);
    const QString action = decision.approve
                               ? (needsSecondReview ? QStringLiteral("application.approved_pending_second_review")
                                                    : QStringLiteral("application.approved"))
                               : QStringLiteral("application.rejected");
    const QJsonArray reasons = decision.approve ? QJsonArray() : QJsonArray::fromStringList(decision.reasonCodes);

    QSqlQuery &call = m_database.prepared(QStringLiteral(
        "SELECT reissuedesk_decide(?, ?, ?, ?, ?, ?, CAST(? AS BOOLEAN), ?, ?, ?, CAST(? AS BOOLEAN), ?, "
        "CAST(? AS BOOLEAN), CAST(? AS JSONB), CAST(? AS DATE), CAST(? AS JSONB), CAST(? AS TIMESTAMPTZ), ?, "
        "CAST(? AS JSONB))"));
    sql::exec(call, QStringLiteral("recording the decision"),
              {decision.applicationId, plan.version, m_operatorId, toKey(plan.newStatus), plan.reviewRound,
               decision.approve ? QStringLiteral("approve") : QStringLiteral("reject"),
               decision.approve ? QVariant(QMetaType::fromType<bool>()) : QVariant(decision.resubmissionAllowed),
               sql::text(decision.customerMessage), sql::text(decision.internalNote), decision.idempotencyKey,
               needsSecondReview, sql::text(plan.secondReviewChecks), decision.emailInsteadOfSms,
               compactJson(QJsonDocument(reasons)),
               result.expectedDelivery.isValid() ? QVariant(result.expectedDelivery.toString(Qt::ISODate))
                                                 : QVariant(QMetaType::fromType<QString>()),
               compactJson(QJsonDocument(notifications)),
               m_database.dialect().toDatabaseTime(QDateTime::currentDateTimeUtc()), action,
               compactJson(QJsonDocument(detail))});
    const bool answered = call.next();
    const QVariant decisionId = answered ? call.value(0) : QVariant();
    call.finish();
    if (!answered || decisionId.isNull())
        throw StorageError(StorageError::Kind::Retryable, QStringLiteral("the application changed meanwhile"));
    result.kind = DecisionResult::Kind::Recorded;
    result.decisionId = decisionId.toLongLong();
    for (const CheckResult &check : plan.secondReviewResults)
        result.secondReviewChecks.append(check.id);
    return result;
}

} // namespace reissuedesk
