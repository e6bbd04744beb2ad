#include "storage/PostgresDecide.h"

#include "core/CustomerMessages.h"
#include "core/MessageTemplates.h"
#include "core/RiskFlags.h"
#include "core/WorkingDayCalendar.h"
#include "storage/Database.h"
#include "storage/IdReadingRepository.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
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

// A json_agg(...)::text column: NULL (nothing aggregated) is an empty array.
QJsonArray jsonArray(const QVariant &value)
{
    return value.isNull() ? QJsonArray() : QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

// DATE columns come back as QDate.
QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : value.toDate();
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

// One statement for what ReviewService::decide and
// ReviewContextRepository::loadForPolicy read one by one: the same columns
// and the same rules (the counts as the queue's risk flags). Aggregates come
// back as JSON text, so that one row holds everything.
PostgresDecide::Snapshot PostgresDecide::read(qint64 applicationId, const QString &idempotencyKey, QDate today) const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery &query = m_database.prepared(
        QStringLiteral(
            "SELECT x.id, x.status, x.second_review_checks, "
            "a.id, a.status, a.claimed_by, o.login, a.review_round, a.version, "
            "CASE WHEN a.lease_expires_at >= now() THEN 1 ELSE 0 END, "
            "a.application_number, a.account_id, a.applicant_name, a.applicant_id_number, a.contact_phone, "
            "a.contact_email, a.old_card_number, a.reason, a.channel, a.shipping_address, "
            "a.special_service_fee_cents, a.applicant_id_valid_until, "
            "c.id, c.account_number, c.holder_name, c.holder_id_number, c.address, "
            "(SELECT COUNT(*) FROM documents mine WHERE mine.application_id = a.id AND EXISTS "
            "(SELECT 1 FROM documents theirs JOIN applications other ON other.id = theirs.application_id "
            "WHERE theirs.sha256 = mine.sha256 AND other.account_id <> a.account_id)), "
            "(SELECT COUNT(*) FROM applications other WHERE other.account_id = a.account_id "
            "AND other.id <> a.id AND other.status <> 'cancelled' "
            "AND other.submitted_at <= a.submitted_at AND other.submitted_at > %1), "
            "a.language, a.submitted_at, "
            "(SELECT json_agg(k.card_number ORDER BY k.card_number) FROM account_cards k "
            "WHERE k.account_id = a.account_id)::text, "
            "(SELECT json_agg(d.kind ORDER BY d.kind) FROM documents d WHERE d.application_id = a.id)::text, "
            "(SELECT json_agg(json_build_array(d.id, d.kind, d.sha256, d.url, r.state, r.reading::text, "
            "r.last_error, r.attempts) ORDER BY d.id) FROM documents d LEFT JOIN id_readings r ON r.sha256 = d.sha256 "
            "WHERE d.application_id = a.id AND d.kind IN ('id_front', 'id_back'))::text, "
            "(SELECT json_agg(h.day) FROM holidays h WHERE h.day >= CAST(? AS DATE))::text "
            "FROM (SELECT 1) AS one "
            "LEFT JOIN LATERAL (SELECT d.id, s.status, d.second_review_checks FROM decisions d "
            "JOIN applications s ON s.id = d.application_id WHERE d.idempotency_key = ?) AS x ON TRUE "
            "LEFT JOIN applications a ON a.id = ? "
            "LEFT JOIN operators o ON o.id = a.claimed_by "
            "LEFT JOIN accounts c ON c.id = a.account_id")
            .arg(dialect.timeMinusSeconds(QStringLiteral("a.submitted_at"), RepeatReplacementWindowSeconds)));
    sql::exec(query, QCoreApplication::translate("ReviewService", "reading application %1").arg(applicationId),
              {today.toString(Qt::ISODate), idempotencyKey, applicationId});
    Snapshot snapshot;
    if (!query.next()) {
        query.finish();
        return snapshot;
    }
    if (!query.value(0).isNull()) {
        snapshot.recordedDecisionId = query.value(0).toLongLong();
        snapshot.recordedStatus = query.value(1).toString();
        snapshot.recordedChecks = query.value(2).toString();
        query.finish();
        return snapshot;
    }
    snapshot.found = !query.value(3).isNull();
    if (!snapshot.found) {
        query.finish();
        return snapshot;
    }
    snapshot.status = query.value(4).toString();
    snapshot.holder = query.value(5).toLongLong();
    snapshot.holderLogin = query.value(6).toString();
    snapshot.reviewRound = query.value(7).toInt();
    snapshot.version = query.value(8).toInt();
    snapshot.leaseLive = query.value(9).toInt() == 1;
    for (const QJsonValue day : jsonArray(query.value(34)))
        snapshot.holidays.insert(QDate::fromString(day.toString(), Qt::ISODate));
    if (query.value(22).isNull()) { // no account row: loadForPolicy finds nothing either
        query.finish();
        return snapshot;
    }

    ReviewContext context;
    context.today = today;
    Application &a = context.application;
    a.id = applicationId;
    a.applicationNumber = query.value(10).toString();
    a.accountId = query.value(11).toLongLong();
    a.applicantName = query.value(12).toString();
    a.applicantIdNumber = query.value(13).toString();
    a.contactPhone = query.value(14).toString();
    a.contactEmail = query.value(15).toString();
    a.oldCardNumber = query.value(16).toString();
    a.reason = replacementReasonFromKey(query.value(17).toString()).value_or(ReplacementReason::Other);
    a.channel = salesChannelFromKey(query.value(18).toString()).value_or(SalesChannel::Direct);
    a.shippingAddress = query.value(19).toString();
    a.specialServiceFeeCents = query.value(20).toLongLong();
    context.applicantIdValidUntil = toDate(query.value(21));
    Account &c = context.account;
    c.id = a.accountId;
    c.accountNumber = query.value(23).toString();
    c.holderName = query.value(24).toString();
    c.holderIdNumber = query.value(25).toString();
    c.address = query.value(26).toString();
    context.documentsSharedWithOtherAccounts = query.value(27).toInt();
    context.replacementsWithin90Days = query.value(28).toInt();
    a.language = query.value(29).toString();
    a.submittedAt = dialect.fromDatabaseTime(query.value(30));
    for (const QJsonValue card : jsonArray(query.value(31)))
        context.accountCardNumbers.append(card.toString());
    c.cardNumbers = context.accountCardNumbers;
    for (const QJsonValue kind : jsonArray(query.value(32))) {
        Document document;
        document.applicationId = applicationId;
        document.kind = documentKindFromKey(kind.toString()).value_or(DocumentKind::Other);
        context.documents.append(document);
    }
    // The first ID front and the first ID back, as ReviewContextRepository takes them.
    for (const QJsonValue value : jsonArray(query.value(33))) {
        const QJsonArray row = value.toArray();
        const QJsonValue reading = row.at(5);
        DocumentIdReading document = IdReadingRepository::fromColumns(
            row.at(4).toString(), reading.isNull() ? QVariant() : QVariant(reading.toString()), row.at(6).toString(),
            row.at(7).toInt());
        document.documentId = row.at(0).toInteger();
        document.kind = documentKindFromKey(row.at(1).toString()).value_or(DocumentKind::IdFront);
        document.sha256 = row.at(2).toString();
        document.url = row.at(3).toString();
        DocumentIdReading &slot =
            document.kind == DocumentKind::IdBack ? context.idBackReading : context.idFrontReading;
        if (!slot.hasDocument())
            slot = document;
    }
    query.finish();
    snapshot.context = context;
    return snapshot;
}

DecisionResult PostgresDecide::record(const Decision &decision, const ReviewContext &context, const Plan &plan) const
{
    DecisionResult result;
    result.newStatus = plan.newStatus;
    const bool needsSecondReview = plan.newStatus == ApplicationStatus::AwaitingSecondReview;
    if (plan.newStatus == ApplicationStatus::Approved) // as ReviewService::expectedDelivery
        result.expectedDelivery = WorkingDayCalendar(plan.holidays).addWorkingDays(QDate::currentDate(), 7);

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
