#include "storage/ReviewService.h"

#include "core/MessageTemplates.h"
#include "core/ReviewPolicy.h"
#include "core/WorkingDayCalendar.h"
#include "storage/ApplicationAudit.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/PostgresDecide.h"
#include "storage/ReviewContextRepository.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/TransactionRetries.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <optional>

namespace reissuedesk {
namespace {

// Why a decision found the application out of the caller's hands: decided
// (or otherwise not in review), back in the queue, or held by someone else.
QString outOfHandsSentence(const QString &statusKey, const QString &holderLogin)
{
    if (statusKey != QLatin1String("in_review") && statusKey != QLatin1String("pending"))
        return QCoreApplication::translate("ReviewService",
                                           "the application is no longer in review (it is %1); nothing was recorded")
            .arg(statusKey);
    if (holderLogin.isEmpty())
        return QCoreApplication::translate(
            "ReviewService", "your claim expired and the application went back to the queue; nothing was recorded");
    return QCoreApplication::translate("ReviewService",
                                       "your claim expired and %1 is reviewing it now; nothing was recorded")
        .arg(holderLogin);
}

} // namespace

ReviewService::ReviewService(const Database &database, qint64 operatorId, int leaseSeconds)
    : m_database(database)
    , m_operatorId(operatorId)
    , m_leaseSeconds(leaseSeconds)
{
}

// The sentence for a decision on an application the caller cannot lock:
// someone else holds it, it is decided already, or it does not exist.
QString ReviewService::whyNotYours(qint64 applicationId)
{
    const ClaimResult seen = describeHolder(applicationId);
    if (seen.kind == ClaimResult::Kind::NotFound)
        return QCoreApplication::translate("ReviewService", "application %1 does not exist").arg(applicationId);
    return outOfHandsSentence(toKey(seen.status), seen.holderLogin);
}

QDate ReviewService::expectedDelivery(QSqlDatabase &db) const
{
    QSet<QDate> holidays;
    QSqlQuery query = sql::run(db, QStringLiteral("SELECT day FROM holidays"),
                               QCoreApplication::translate("ReviewService", "reading holidays"));
    while (query.next()) {
        const QVariant day = query.value(0);
        holidays.insert(day.typeId() == QMetaType::QDate ? day.toDate()
                                                         : QDate::fromString(day.toString(), Qt::ISODate));
    }
    return WorkingDayCalendar(holidays).addWorkingDays(QDate::currentDate(), 7);
}

void ReviewService::queueNotifications(QSqlDatabase &db, qint64 applicationId, qint64 decisionId, const QString &key,
                                       bool approve, const QString &customerMessage, bool resubmissionAllowed,
                                       QDate expected, bool emailOnly)
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery &facts =
        m_database.prepared(QStringLiteral("SELECT application_number, applicant_name, contact_phone, "
                                           "contact_email, shipping_address, language FROM applications WHERE id = ?"));
    sql::exec(facts, QCoreApplication::translate("ReviewService", "reading application %1").arg(applicationId),
              {applicationId});
    if (!facts.next())
        return;
    const QString number = facts.value(0).toString();
    const QString name = facts.value(1).toString();
    const QString phone = facts.value(2).toString();
    const QString email = facts.value(3).toString();
    const QString address = facts.value(4).toString();
    // The customer's language: the texts and the row's language column.
    const QString language = MessageTemplates::languageFor(facts.value(5).toString());
    facts.finish();
    QList<QVariantList> rows;
    const QVariant now = dialect.toDatabaseTime(QDateTime::currentDateTimeUtc());
    // emailOnly: the contact phone is the lost card, which cannot receive it.
    const QString kind = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    if (!emailOnly)
        rows.append({applicationId, decisionId, kind, QStringLiteral("sms"), phone, language, QVariant(),
                     approve ? CustomerMessages::approvalSms(number, address, expected, language)
                             : CustomerMessages::rejectionSms(number, customerMessage, resubmissionAllowed, language),
                     now, QString(key + QStringLiteral(":sms")), now});
    if (!email.isEmpty())
        rows.append(
            {applicationId, decisionId, kind, QStringLiteral("email"), email, language,
             CustomerMessages::emailSubject(approve ? MessageKind::Approved : MessageKind::Rejected, number, language),
             approve ? CustomerMessages::approvalEmail(name, number, address, expected, language)
                     : CustomerMessages::rejectionEmail(name, number, customerMessage, resubmissionAllowed, language),
             now, QString(key + QStringLiteral(":email")), now});
    BulkInsert(db, dialect, QStringLiteral("notifications"),
               {QStringLiteral("application_id"), QStringLiteral("decision_id"), QStringLiteral("kind"),
                QStringLiteral("channel"), QStringLiteral("recipient"), QStringLiteral("language"),
                QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("next_attempt_at"),
                QStringLiteral("idempotency_key"), QStringLiteral("created_at")})
        .insert(rows);
}

DecisionResult ReviewService::decide(const Decision &decision)
{
    DecisionResult refused;
    refused.message = decision.problem();
    if (!refused.message.isEmpty())
        return refused;

    // PostgreSQL reads without a transaction and writes in one call (PostgresDecide).
    const bool oneRoundTrip = PostgresDecide::applies(m_database);
    return retryTransaction(m_database, [&]() -> DecisionResult {
        std::optional<WriteTransaction> transaction;
        if (!oneRoundTrip)
            transaction.emplace(m_database);
        QSqlDatabase db = m_database.connection();
        const SqlDialect &dialect = m_database.dialect();
        const QString now = dialect.nowExpression();

        // PostgreSQL: the same reads in one statement (PostgresDecide::read).
        PostgresDecide::Snapshot snapshot;
        if (oneRoundTrip) {
            snapshot = PostgresDecide(m_database, m_operatorId)
                           .read(decision.applicationId, decision.idempotencyKey, QDate::currentDate());
            if (snapshot.recordedDecisionId != 0) {
                DecisionResult result;
                result.kind = DecisionResult::Kind::AlreadyRecorded;
                result.decisionId = snapshot.recordedDecisionId;
                result.newStatus =
                    applicationStatusFromKey(snapshot.recordedStatus).value_or(ApplicationStatus::Pending);
                result.secondReviewChecks = ReviewPolicy::checksFromKeys(snapshot.recordedChecks);
                return result;
            }
            if (!snapshot.found) {
                refused.message = whyNotYours(decision.applicationId);
                return refused;
            }
        } else {
            // A retry of a decision that did reach the database: answer as then.
            QSqlQuery &existing =
                m_database.prepared(QStringLiteral("SELECT d.id, a.status, d.second_review_checks FROM decisions d "
                                                   "JOIN applications a ON a.id = d.application_id "
                                                   "WHERE d.idempotency_key = ?"));
            sql::exec(existing, QCoreApplication::translate("ReviewService", "looking up the decision"),
                      {decision.idempotencyKey});
            if (existing.next()) {
                DecisionResult result;
                result.kind = DecisionResult::Kind::AlreadyRecorded;
                result.decisionId = existing.value(0).toLongLong();
                result.newStatus =
                    applicationStatusFromKey(existing.value(1).toString()).value_or(ApplicationStatus::Pending);
                result.secondReviewChecks = ReviewPolicy::checksFromKeys(existing.value(2).toString());
                existing.finish();
                return result;
            }
            existing.finish();

            QSqlQuery &current = m_database.prepared(
                QStringLiteral("SELECT a.status, a.claimed_by, o.login, a.review_round, a.version, "
                               "CASE WHEN a.lease_expires_at >= %1 THEN 1 ELSE 0 END FROM applications a "
                               "LEFT JOIN operators o ON o.id = a.claimed_by WHERE a.id = ?%2")
                    .arg(now, dialect.rowLockClause(QStringLiteral("a"))));
            sql::exec(
                current,
                QCoreApplication::translate("ReviewService", "reading application %1").arg(decision.applicationId),
                {decision.applicationId});
            if (!current.next()) {
                // Under PostgreSQL's row-level security an operator's FOR UPDATE
                // sees only rows they may change: say why from a plain read.
                current.finish();
                refused.message = whyNotYours(decision.applicationId);
                return refused;
            }
            snapshot.status = current.value(0).toString();
            snapshot.holder = current.value(1).toLongLong();
            snapshot.holderLogin = current.value(2).toString();
            snapshot.reviewRound = current.value(3).toInt();
            snapshot.version = current.value(4).toInt();
            snapshot.leaseLive = current.value(5).toInt() == 1;
            current.finish();
        }
        const QString status = snapshot.status;
        const qint64 holder = snapshot.holder;
        const QString holderLogin = snapshot.holderLogin;
        const int round = snapshot.reviewRound;
        const int version = snapshot.version;
        const bool leaseLive = snapshot.leaseLive;
        if (status != QLatin1String("in_review") || holder != m_operatorId) {
            refused.message = outOfHandsSentence(status, holder == m_operatorId ? QString() : holderLogin);
            return refused;
        }
        if (!leaseLive) {
            refused.message = QCoreApplication::translate(
                "ReviewService", "your claim expired; open the application again to claim it; nothing "
                                 "was recorded");
            return refused;
        }

        // The policy, on what this transaction reads (never on the client's flags).
        const std::optional<ReviewContext> context =
            oneRoundTrip
                ? snapshot.context
                : ReviewContextRepository(m_database).loadForPolicy(decision.applicationId, QDate::currentDate());
        if (!context)
            throw StorageError(StorageError::Kind::Query,
                               QCoreApplication::translate("ReviewService", "reading application %1: it vanished")
                                   .arg(decision.applicationId));
        const ReviewPolicyOutcome policy = ReviewPolicy::evaluate(*context);
        if (!policy.approvalAllowed) {
            refused.requiredReasonCode = policy.requiredReasonCode;
            if (decision.approve) {
                refused.message = policy.refusal;
                return refused;
            }
            if (!decision.reasonCodes.contains(policy.requiredReasonCode) || decision.resubmissionAllowed) {
                refused.message = QCoreApplication::translate(
                    "ReviewService", "the applicant is not the account holder: reject with the reason "
                                     "\"not the account holder\" and without resubmission; nothing "
                                     "was recorded");
                return refused;
            }
        }
        if (decision.emailInsteadOfSms && context->application.contactEmail.trimmed().isEmpty()) {
            refused.message = QCoreApplication::translate(
                "ReviewService", "the application has no e-mail address, so the customer cannot be told "
                                 "by e-mail instead of SMS; nothing was recorded");
            return refused;
        }
        const bool needsSecondReview = decision.approve && policy.needsSecondReview;
        const QString secondReviewChecks =
            needsSecondReview ? ReviewPolicy::checkKeys(policy.secondReviewChecks) : QString();

        const ApplicationStatus newStatus =
            decision.approve
                ? (needsSecondReview ? ApplicationStatus::AwaitingSecondReview : ApplicationStatus::Approved)
                : ApplicationStatus::Rejected;
        if (oneRoundTrip)
            return PostgresDecide(m_database, m_operatorId)
                .record(decision, *context,
                        {newStatus, round, version, secondReviewChecks,
                         needsSecondReview ? policy.secondReviewChecks : QList<CheckResult>(), snapshot.holidays});
        QSqlQuery &update = m_database.prepared(
            QStringLiteral("UPDATE applications SET status = ?, claimed_by = NULL, claimed_at = NULL, "
                           "lease_expires_at = NULL, version = version + 1, updated_at = %1 WHERE id = ? AND "
                           "version = ? AND claimed_by = ?")
                .arg(now));
        sql::exec(update, QCoreApplication::translate("ReviewService", "recording the decision"),
                  {toKey(newStatus), decision.applicationId, version, m_operatorId});
        if (update.numRowsAffected() != 1)
            throw StorageError(StorageError::Kind::Retryable,
                               QCoreApplication::translate("ReviewService", "the application changed meanwhile"));

        QSqlQuery &insert = m_database.prepared(
            QStringLiteral("INSERT INTO decisions (application_id, review_round, operator_id, outcome, "
                           "resubmission_allowed, customer_message, internal_note, idempotency_key, decided_at, "
                           "needs_second_review, second_review_checks, email_only) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, %1, ?, ?, ?) RETURNING id")
                .arg(now));
        sql::exec(insert, QCoreApplication::translate("ReviewService", "recording the decision"),
                  {decision.applicationId, round, m_operatorId,
                   decision.approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                   decision.approve ? QVariant(QMetaType::fromType<bool>()) : QVariant(decision.resubmissionAllowed),
                   sql::text(decision.customerMessage), sql::text(decision.internalNote), decision.idempotencyKey,
                   needsSecondReview, sql::text(secondReviewChecks), decision.emailInsteadOfSms});
        if (!insert.next())
            throw StorageError(StorageError::Kind::Query,
                               QCoreApplication::translate("ReviewService", "recording the decision: no id returned"));
        DecisionResult result;
        result.kind = DecisionResult::Kind::Recorded;
        result.decisionId = insert.value(0).toLongLong();
        result.newStatus = newStatus;
        if (needsSecondReview) {
            for (const CheckResult &check : policy.secondReviewChecks)
                result.secondReviewChecks.append(check.id);
        }
        insert.finish();

        QList<QVariantList> reasonRows;
        for (const QString &code : decision.reasonCodes)
            reasonRows.append({result.decisionId, code});
        if (!decision.approve)
            BulkInsert(db, dialect, QStringLiteral("decision_reasons"),
                       {QStringLiteral("decision_id"), QStringLiteral("reason_code")})
                .insert(reasonRows);

        if (newStatus == ApplicationStatus::Approved) {
            result.expectedDelivery = expectedDelivery(db);
            QSqlQuery &shipment = m_database.prepared(
                QStringLiteral("INSERT INTO shipments (application_id, decision_id, address, expected_delivery, "
                               "created_at) SELECT id, ?, shipping_address, ?, %1 FROM applications WHERE id = ?")
                    .arg(now));
            sql::exec(shipment, QCoreApplication::translate("ReviewService", "creating the shipment"),
                      {result.decisionId, result.expectedDelivery.toString(Qt::ISODate), decision.applicationId});
        }
        if (newStatus != ApplicationStatus::AwaitingSecondReview)
            queueNotifications(db, decision.applicationId, result.decisionId, decision.idempotencyKey, decision.approve,
                               decision.customerMessage, decision.resubmissionAllowed, result.expectedDelivery,
                               decision.emailInsteadOfSms);
        QJsonObject detail{{QStringLiteral("decision_id"), result.decisionId},
                           {QStringLiteral("reasons"), decision.reasonCodes.join(QLatin1Char(','))}};
        if (needsSecondReview)
            detail.insert(QStringLiteral("checks"), secondReviewChecks);
        if (decision.emailInsteadOfSms)
            detail.insert(QStringLiteral("email_only"), true);
        ApplicationAudit::record(m_database, m_operatorId,
                                 decision.approve
                                     ? (needsSecondReview ? QStringLiteral("application.approved_pending_second_review")
                                                          : QStringLiteral("application.approved"))
                                     : QStringLiteral("application.rejected"),
                                 decision.applicationId, detail);
        transaction->commit();
        return result;
    });
}

DecisionResult ReviewService::secondReview(qint64 applicationId, bool confirm, const QString &note,
                                           const QString &idempotencyKey)
{
    return retryTransaction(m_database, [&]() -> DecisionResult {
        WriteTransaction transaction(m_database);
        QSqlDatabase &db = transaction.connection();
        const SqlDialect &dialect = m_database.dialect();
        const QString now = dialect.nowExpression();
        DecisionResult refused;

        QSqlQuery &pending = m_database.prepared(
            QStringLiteral(
                "SELECT d.id, d.operator_id, d.idempotency_key, a.claimed_by, a.status, a.review_round, "
                "d.email_only FROM applications a JOIN decisions d ON d.application_id = a.id AND d.review_round = "
                "a.review_round WHERE a.id = ?%1")
                .arg(dialect.rowLockClause(QStringLiteral("a"))));
        sql::exec(pending, QCoreApplication::translate("ReviewService", "reading application %1").arg(applicationId),
                  {applicationId});
        if (!pending.next()) {
            pending.finish();
            const ClaimResult seen = describeHolder(applicationId);
            refused.message = seen.kind == ClaimResult::Kind::HeldByOther
                                  ? QCoreApplication::translate("ReviewService",
                                                                "%1 holds this application now; nothing was recorded")
                                        .arg(seen.holderLogin)
                                  : QCoreApplication::translate(
                                        "ReviewService", "application %1 has no decision waiting for a second review")
                                        .arg(applicationId);
            return refused;
        }
        const qint64 decisionId = pending.value(0).toLongLong();
        const qint64 firstReviewer = pending.value(1).toLongLong();
        const QString firstKey = pending.value(2).toString();
        const qint64 holder = pending.value(3).toLongLong();
        const QString status = pending.value(4).toString();
        const bool emailOnly = pending.value(6).toBool();
        pending.finish();
        if (status != QLatin1String("awaiting_second_review")) {
            // A retry after this very confirmation went through?
            const QVariant done =
                sql::scalar(db,
                            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE application_id = ? AND %1 = ?")
                                .arg(dialect.jsonTextField(QStringLiteral("detail"), QStringLiteral("key"))),
                            QCoreApplication::translate("ReviewService", "checking for a repeated confirmation"),
                            {applicationId, idempotencyKey});
            DecisionResult result;
            if (done.toInt() > 0) {
                result.kind = DecisionResult::Kind::AlreadyRecorded;
                result.newStatus = applicationStatusFromKey(status).value_or(ApplicationStatus::Pending);
                return result;
            }
            refused.message = QCoreApplication::translate(
                                  "ReviewService", "the application is not waiting for a second review (it is %1)")
                                  .arg(status);
            return refused;
        }
        if (firstReviewer == m_operatorId) {
            refused.message = QCoreApplication::translate(
                "ReviewService", "the second review must be done by someone other than the first reviewer");
            return refused;
        }
        if (holder != m_operatorId) {
            refused.message =
                QCoreApplication::translate("ReviewService", "claim the application before confirming it");
            return refused;
        }
        DecisionResult result;
        result.kind = DecisionResult::Kind::Recorded;
        result.decisionId = decisionId;
        if (confirm) {
            QSqlQuery &confirmation = m_database.prepared(
                QStringLiteral("UPDATE decisions SET confirmed_by = ?, confirmed_at = %1 WHERE id = ?").arg(now));
            sql::exec(confirmation, QCoreApplication::translate("ReviewService", "confirming the approval"),
                      {m_operatorId, decisionId});
            QSqlQuery &update = m_database.prepared(
                QStringLiteral("UPDATE applications SET status = 'approved', claimed_by = NULL, claimed_at = NULL, "
                               "lease_expires_at = NULL, version = version + 1, updated_at = %1 WHERE id = ?")
                    .arg(now));
            sql::exec(update, QStringLiteral("approving"), {applicationId});
            result.newStatus = ApplicationStatus::Approved;
            result.expectedDelivery = expectedDelivery(db);
            QSqlQuery &shipment = m_database.prepared(
                QStringLiteral("INSERT INTO shipments (application_id, decision_id, address, expected_delivery, "
                               "created_at) SELECT id, ?, shipping_address, ?, %1 FROM applications WHERE id = ?")
                    .arg(now));
            sql::exec(shipment, QCoreApplication::translate("ReviewService", "creating the shipment"),
                      {decisionId, result.expectedDelivery.toString(Qt::ISODate), applicationId});
            queueNotifications(db, applicationId, decisionId, firstKey, true, {}, true, result.expectedDelivery,
                               emailOnly);
        } else {
            // Not confirmed: a new review round, back in the queue.
            QSqlQuery &update = m_database.prepared(
                QStringLiteral("UPDATE applications SET status = 'pending', review_round = review_round + 1, "
                               "claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, version = version + 1, "
                               "updated_at = %1 WHERE id = ?")
                    .arg(now));
            sql::exec(update, QCoreApplication::translate("ReviewService", "sending back to review"), {applicationId});
            result.newStatus = ApplicationStatus::Pending;
        }
        ApplicationAudit::record(m_database, m_operatorId,
                                 confirm ? QStringLiteral("application.second_review_confirmed")
                                         : QStringLiteral("application.second_review_returned"),
                                 applicationId,
                                 {{QStringLiteral("decision_id"), decisionId},
                                  {QStringLiteral("note"), note},
                                  {QStringLiteral("key"), idempotencyKey}});
        transaction.commit();
        return result;
    });
}

} // namespace reissuedesk
