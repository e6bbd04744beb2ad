#include "storage/ReviewContextRepository.h"

#include "core/ReviewPolicy.h"
#include "core/RiskFlags.h"
#include "storage/Database.h"
#include "storage/IdReadingRepository.h"
#include "storage/QueueRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace reissuedesk {
namespace {

// DATE columns: PostgreSQL hands back a QDate, SQLite the 'YYYY-MM-DD' text.
QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// The readings of the application's first ID front and first ID back.
void fillIdReadings(const Database &database, ReviewContext &context)
{
    for (const DocumentIdReading &reading : IdReadingRepository(database).ofApplication(context.application.id)) {
        DocumentIdReading &slot = reading.kind == DocumentKind::IdBack ? context.idBackReading : context.idFrontReading;
        if (!slot.hasDocument())
            slot = reading;
    }
}

} // namespace

ReviewContextRepository::ReviewContextRepository(const Database &database)
    : m_database(database)
{
}

std::optional<ReviewContext> ReviewContextRepository::load(qint64 applicationId, QDate today) const
{
    const std::optional<ApplicationDetail> detail = QueueRepository(m_database, 0).detail(applicationId);
    if (!detail)
        return std::nullopt;
    const QSqlDatabase db = m_database.connection();
    const SqlDialect &dialect = m_database.dialect();

    ReviewContext context;
    context.application = detail->application;
    context.account = detail->account;
    context.documents = detail->documents;
    context.today = today;

    QSqlQuery cards = sql::prepare(
        db, QStringLiteral("SELECT card_number FROM account_cards WHERE account_id = ? ORDER BY card_number"));
    sql::exec(cards,
              QCoreApplication::translate("ReviewContextRepository", "reading the cards of account %1")
                  .arg(context.account.accountNumber),
              {context.account.id});
    while (cards.next())
        context.accountCardNumbers.append(cards.value(0).toString());
    context.account.cardNumbers = context.accountCardNumbers;

    context.applicantIdValidUntil = toDate(sql::scalar(
        db, QStringLiteral("SELECT applicant_id_valid_until FROM applications WHERE id = ?"),
        QCoreApplication::translate("ReviewContextRepository", "reading the ID card's expiry of application %1")
            .arg(applicationId),
        {applicationId}));

    // The same rule as the queue's "reused document" flag (ApplicationWriter):
    // a file whose sha256 appears on an application of another account.
    context.documentsSharedWithOtherAccounts =
        sql::scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM documents mine "
                           "JOIN applications owner ON owner.id = mine.application_id "
                           "WHERE mine.application_id = ? AND EXISTS (SELECT 1 FROM documents theirs "
                           "JOIN applications other ON other.id = theirs.application_id "
                           "WHERE theirs.sha256 = mine.sha256 AND other.account_id <> owner.account_id)"),
            QCoreApplication::translate("ReviewContextRepository", "looking for reused documents of application %1")
                .arg(applicationId),
            {applicationId})
            .toInt();
    if (context.documentsSharedWithOtherAccounts > 0) {
        QSqlQuery sharing =
            sql::prepare(db, QStringLiteral("SELECT DISTINCT other.application_number FROM documents mine "
                                            "JOIN applications owner ON owner.id = mine.application_id "
                                            "JOIN documents theirs ON theirs.sha256 = mine.sha256 "
                                            "JOIN applications other ON other.id = theirs.application_id "
                                            "WHERE mine.application_id = ? AND other.account_id <> owner.account_id "
                                            "ORDER BY other.application_number LIMIT 50"));
        sql::exec(
            sharing,
            QCoreApplication::translate("ReviewContextRepository", "reading the applications sharing documents with %1")
                .arg(applicationId),
            {applicationId});
        while (sharing.next())
            context.sharingApplicationNumbers.append(sharing.value(0).toString());
    }

    // The same window as the queue's "repeat replacement" flag.
    context.replacementsWithin90Days =
        sql::scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM applications other JOIN applications mine ON mine.id = ? "
                           "WHERE other.account_id = mine.account_id AND other.id <> mine.id "
                           "AND other.status <> 'cancelled' AND other.submitted_at <= mine.submitted_at "
                           "AND other.submitted_at > %1")
                .arg(dialect.timeMinusSeconds(QStringLiteral("mine.submitted_at"), RepeatReplacementWindowSeconds)),
            QCoreApplication::translate("ReviewContextRepository", "counting earlier replacements for application %1")
                .arg(applicationId),
            {applicationId})
            .toInt();
    fillIdReadings(m_database, context);
    return context;
}

std::optional<ReviewContext> ReviewContextRepository::loadForPolicy(qint64 applicationId, QDate today) const
{
    const SqlDialect &dialect = m_database.dialect();
    // The counts use the same rules as load() (and the queue's risk flags).
    QSqlQuery &facts = m_database.prepared(
        QStringLiteral("SELECT a.application_number, a.account_id, a.applicant_name, a.applicant_id_number, "
                       "a.contact_phone, a.contact_email, a.old_card_number, a.reason, a.channel, "
                       "a.shipping_address, a.special_service_fee_cents, a.applicant_id_valid_until, "
                       "c.account_number, c.holder_name, c.holder_id_number, c.address, "
                       "(SELECT COUNT(*) FROM documents mine WHERE mine.application_id = a.id AND EXISTS "
                       "(SELECT 1 FROM documents theirs JOIN applications other ON other.id = theirs.application_id "
                       "WHERE theirs.sha256 = mine.sha256 AND other.account_id <> a.account_id)), "
                       "(SELECT COUNT(*) FROM applications other WHERE other.account_id = a.account_id "
                       "AND other.id <> a.id AND other.status <> 'cancelled' "
                       "AND other.submitted_at <= a.submitted_at AND other.submitted_at > %1), a.language, "
                       "a.submitted_at "
                       "FROM applications a JOIN accounts c ON c.id = a.account_id WHERE a.id = ?")
            .arg(dialect.timeMinusSeconds(QStringLiteral("a.submitted_at"), RepeatReplacementWindowSeconds)));
    sql::exec(
        facts,
        QCoreApplication::translate("ReviewContextRepository", "reading the facts the checks judge for application %1")
            .arg(applicationId),
        {applicationId});
    if (!facts.next()) {
        facts.finish();
        return std::nullopt;
    }
    ReviewContext context;
    context.today = today;
    Application &a = context.application;
    a.id = applicationId;
    a.applicationNumber = facts.value(0).toString();
    a.accountId = facts.value(1).toLongLong();
    a.applicantName = facts.value(2).toString();
    a.applicantIdNumber = facts.value(3).toString();
    a.contactPhone = facts.value(4).toString();
    a.contactEmail = facts.value(5).toString();
    a.oldCardNumber = facts.value(6).toString();
    a.reason = replacementReasonFromKey(facts.value(7).toString()).value_or(ReplacementReason::Other);
    a.channel = salesChannelFromKey(facts.value(8).toString()).value_or(SalesChannel::Direct);
    a.shippingAddress = facts.value(9).toString();
    a.specialServiceFeeCents = facts.value(10).toLongLong();
    context.applicantIdValidUntil = toDate(facts.value(11));
    Account &c = context.account;
    c.id = a.accountId;
    c.accountNumber = facts.value(12).toString();
    c.holderName = facts.value(13).toString();
    c.holderIdNumber = facts.value(14).toString();
    c.address = facts.value(15).toString();
    context.documentsSharedWithOtherAccounts = facts.value(16).toInt();
    context.replacementsWithin90Days = facts.value(17).toInt();
    a.language = facts.value(18).toString();
    a.submittedAt = dialect.fromDatabaseTime(facts.value(19));
    facts.finish();

    QSqlQuery &related = m_database.prepared(
        QStringLiteral("SELECT 0, card_number FROM account_cards WHERE account_id = ? "
                       "UNION ALL SELECT 1, kind FROM documents WHERE application_id = ? ORDER BY 1, 2"));
    sql::exec(
        related,
        QCoreApplication::translate("ReviewContextRepository", "reading the cards and documents of application %1")
            .arg(applicationId),
        {a.accountId, applicationId});
    while (related.next()) {
        if (related.value(0).toInt() == 0) {
            context.accountCardNumbers.append(related.value(1).toString());
        } else {
            Document document;
            document.applicationId = applicationId;
            document.kind = documentKindFromKey(related.value(1).toString()).value_or(DocumentKind::Other);
            context.documents.append(document);
        }
    }
    related.finish();
    c.cardNumbers = context.accountCardNumbers;
    fillIdReadings(m_database, context);
    return context;
}

QList<HistoryEntry> ReviewContextRepository::accountHistory(qint64 accountId) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlDialect &dialect = m_database.dialect();

    QHash<qint64, QStringList> reasonsByDecision;
    QSqlQuery reasons = sql::prepare(
        db, QStringLiteral("SELECT dr.decision_id, dr.reason_code FROM decision_reasons dr "
                           "JOIN decisions d ON d.id = dr.decision_id "
                           "JOIN applications a ON a.id = d.application_id "
                           "LEFT JOIN reject_reasons r ON r.code = dr.reason_code "
                           "WHERE a.account_id = ? ORDER BY dr.decision_id, r.sort_order, dr.reason_code"));
    sql::exec(reasons,
              QCoreApplication::translate("ReviewContextRepository", "reading the decision reasons of account %1")
                  .arg(accountId),
              {accountId});
    while (reasons.next())
        reasonsByDecision[reasons.value(0).toLongLong()].append(reasons.value(1).toString());

    QSqlQuery query = sql::prepare(
        db, QStringLiteral("SELECT a.id, a.application_number, a.submitted_at, a.status, a.reason, "
                           "d.id, d.review_round, d.outcome, d.resubmission_allowed, d.needs_second_review, "
                           "d.operator_id, o.login, c.login, d.decided_at, d.customer_message, d.internal_note "
                           "FROM applications a LEFT JOIN decisions d ON d.application_id = a.id "
                           "LEFT JOIN operators o ON o.id = d.operator_id "
                           "LEFT JOIN operators c ON c.id = d.confirmed_by "
                           "WHERE a.account_id = ? ORDER BY a.submitted_at DESC, a.id DESC, d.review_round DESC"));
    sql::exec(
        query,
        QCoreApplication::translate("ReviewContextRepository", "reading the history of account %1").arg(accountId),
        {accountId});
    QList<HistoryEntry> entries;
    while (query.next()) {
        HistoryEntry entry;
        entry.applicationId = query.value(0).toLongLong();
        entry.applicationNumber = query.value(1).toString();
        entry.submittedAt = dialect.fromDatabaseTime(query.value(2));
        entry.status = applicationStatusFromKey(query.value(3).toString()).value_or(ApplicationStatus::Pending);
        entry.reason = replacementReasonFromKey(query.value(4).toString()).value_or(ReplacementReason::Other);
        entry.decisionId = query.value(5).toLongLong();
        if (entry.decisionId != 0) {
            entry.reviewRound = query.value(6).toInt();
            entry.outcome = query.value(7).toString();
            entry.resubmissionAllowed = query.value(8).toBool();
            entry.needsSecondReview = query.value(9).toBool();
            entry.operatorId = query.value(10).toLongLong();
            entry.operatorLogin = query.value(11).toString();
            entry.confirmedByLogin = query.value(12).toString();
            entry.decidedAt = dialect.fromDatabaseTime(query.value(13));
            entry.customerMessage = query.value(14).toString();
            entry.internalNote = query.value(15).toString();
            entry.reasonCodes = reasonsByDecision.value(entry.decisionId);
        }
        entries.append(entry);
    }
    return entries;
}

QList<TimelineEntry> ReviewContextRepository::timeline(qint64 applicationId) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlDialect &dialect = m_database.dialect();
    // As text: PostgreSQL's jsonb and SQLite's TEXT then read the same way.
    QSqlQuery query = sql::prepare(db, QStringLiteral("SELECT occurred_at, actor, action, CAST(detail AS TEXT), "
                                                      "document_id FROM audit_log WHERE application_id = ? "
                                                      "ORDER BY occurred_at, id"));
    sql::exec(query,
              QCoreApplication::translate("ReviewContextRepository", "reading the audit log of application %1")
                  .arg(applicationId),
              {applicationId});
    QList<TimelineEntry> entries;
    while (query.next()) {
        TimelineEntry entry;
        entry.occurredAt = dialect.fromDatabaseTime(query.value(0));
        entry.actor = query.value(1).toString();
        entry.action = query.value(2).toString();
        entry.detail = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
        entry.documentId = query.value(4).toLongLong();
        entries.append(entry);
    }
    return entries;
}

QList<RejectReason> ReviewContextRepository::rejectReasons() const
{
    QSqlQuery query = sql::prepare(
        m_database.connection(), QStringLiteral("SELECT code, title_zh, title_en, customer_text_zh, customer_text_en, "
                                                "resubmission_allowed, sort_order FROM reject_reasons "
                                                "WHERE active = ? ORDER BY sort_order, code"));
    sql::exec(query, QCoreApplication::translate("ReviewContextRepository", "reading the reject reasons"), {true});
    QList<RejectReason> reasons;
    while (query.next()) {
        RejectReason reason;
        reason.code = query.value(0).toString();
        reason.titleZh = query.value(1).toString();
        reason.titleEn = query.value(2).toString();
        reason.customerTextZh = query.value(3).toString();
        reason.customerTextEn = query.value(4).toString();
        reason.resubmissionAllowed = query.value(5).toBool();
        reason.sortOrder = query.value(6).toInt();
        reasons.append(reason);
    }
    return reasons;
}

QSet<QDate> ReviewContextRepository::holidays() const
{
    QSqlQuery query = sql::run(m_database.connection(), QStringLiteral("SELECT day FROM holidays"),
                               QCoreApplication::translate("ReviewContextRepository", "reading holidays"));
    QSet<QDate> days;
    while (query.next()) {
        const QDate day = toDate(query.value(0));
        if (day.isValid())
            days.insert(day);
    }
    return days;
}

std::optional<SecondReviewRequest> ReviewContextRepository::secondReviewRequest(qint64 applicationId) const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT d.id, d.operator_id, o.login, d.internal_note, d.second_review_checks, d.decided_at "
                       "FROM applications a JOIN decisions d ON d.application_id = a.id "
                       "AND d.review_round = a.review_round JOIN operators o ON o.id = d.operator_id "
                       "WHERE a.id = ? AND a.status = 'awaiting_second_review' AND d.outcome = 'approve'"));
    sql::exec(query,
              QCoreApplication::translate("ReviewContextRepository",
                                          "reading the approval of application %1 waiting for a second review")
                  .arg(applicationId),
              {applicationId});
    if (!query.next())
        return std::nullopt;
    SecondReviewRequest request;
    request.decisionId = query.value(0).toLongLong();
    request.firstReviewerId = query.value(1).toLongLong();
    request.firstReviewerLogin = query.value(2).toString();
    request.note = query.value(3).toString();
    request.checks = ReviewPolicy::checksFromKeys(query.value(4).toString());
    request.decidedAt = dialect.fromDatabaseTime(query.value(5));
    return request;
}

QList<NotificationEntry> ReviewContextRepository::notifications(qint64 applicationId) const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT id, channel, recipient, body, status, attempts, %1, %2, %3, last_error, kind, subject, "
                       "gateway_message_id, %4 FROM notifications WHERE application_id = ? ORDER BY created_at, id")
            .arg(dialect.selectTime(QStringLiteral("created_at")),
                 dialect.selectTime(QStringLiteral("next_attempt_at")), dialect.selectTime(QStringLiteral("sent_at")),
                 dialect.selectTime(QStringLiteral("last_attempt_at"))));
    sql::exec(query,
              QCoreApplication::translate("ReviewContextRepository", "reading the customer messages of application %1")
                  .arg(applicationId),
              {applicationId});
    QList<NotificationEntry> entries;
    while (query.next()) {
        NotificationEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.channel = query.value(1).toString();
        entry.recipient = query.value(2).toString();
        entry.body = query.value(3).toString();
        entry.status = query.value(4).toString();
        entry.attempts = query.value(5).toInt();
        entry.createdAt = dialect.fromDatabaseTime(query.value(6));
        entry.nextAttemptAt = dialect.fromDatabaseTime(query.value(7));
        entry.sentAt = dialect.fromDatabaseTime(query.value(8));
        entry.lastError = query.value(9).toString();
        entry.kind = query.value(10).toString();
        entry.subject = query.value(11).toString();
        entry.gatewayMessageId = query.value(12).toString();
        entry.lastAttemptAt = dialect.fromDatabaseTime(query.value(13));
        entries.append(entry);
    }
    return entries;
}

} // namespace reissuedesk
