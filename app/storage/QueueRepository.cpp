#include "storage/QueueRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace reissuedesk {
namespace {

// The smallest string greater than every string starting with `prefix`, in
// byte-wise (UTF-8 / UTF-16 code unit) order, for prefix ranges that use an index.
QString prefixUpperBound(const QString &prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const char16_t last = bound.back().unicode();
        if (last < 0xD7FF) {
            bound.back() = QChar(char16_t(last + 1));
            return bound;
        }
        bound.chop(1); // surrogates and the top of the BMP: widen to the previous character
    }
    return QString(QChar(char16_t(0xD7FF)));
}

// Who decided, when and why, for the rows of a page only: the CASE keeps the
// correlated look-ups (one index probe each) off open applications.
QString decisionColumns(const SqlDialect &dialect)
{
    const QString decided = QStringLiteral("a.status IN ('approved', 'rejected', 'shipped', "
                                           "'awaiting_second_review')");
    const QString latest = QStringLiteral("(SELECT d.id FROM decisions d WHERE d.application_id = a.id ORDER BY "
                                          "d.review_round DESC LIMIT 1)");
    const auto reasons = [&](const QString &title, const QString &separator) {
        return QStringLiteral("CASE WHEN a.status = 'rejected' THEN (SELECT %1 FROM decision_reasons dr JOIN "
                              "reject_reasons r ON r.code = dr.reason_code WHERE dr.decision_id = %2) END")
            .arg(dialect.textAggregate(title, separator, QStringLiteral("r.sort_order")), latest);
    };
    return QStringLiteral("CASE WHEN %1 THEN (SELECT o2.login FROM decisions d2 JOIN operators o2 ON o2.id = "
                          "d2.operator_id WHERE d2.id = %2) END, CASE WHEN %1 THEN (SELECT %3 FROM decisions d3 "
                          "WHERE d3.id = %2) END, %4, %5")
        .arg(decided, latest, dialect.selectTime(QStringLiteral("d3.decided_at")),
             reasons(QStringLiteral("r.title_zh"), QStringLiteral("、")),
             reasons(QStringLiteral("r.title_en"), QStringLiteral(", ")));
}

QString selectColumns(const SqlDialect &dialect)
{
    return QStringLiteral("SELECT a.id, a.application_number, %1, %2, a.applicant_name, a.contact_phone, "
                          "a.old_card_number, a.reason, a.channel, a.risk_flags, a.status, o.login, a.version, %3 "
                          "FROM applications a LEFT JOIN operators o ON o.id = a.claimed_by")
        .arg(dialect.selectTime(QStringLiteral("a.submitted_at")), dialect.selectTime(QStringLiteral("a.due_at")),
             decisionColumns(dialect));
}

} // namespace

QueueRepository::QueueRepository(const Database &database, qint64 operatorId)
    : m_database(database)
    , m_operatorId(operatorId)
{
}

QueueRepository::Statement QueueRepository::pageStatement(const QueueFilter &filter,
                                                          const std::optional<QueueRow> &after, int limit,
                                                          const QDateTime &now) const
{
    const SqlDialect &dialect = m_database.dialect();
    const QString binary = dialect.binaryCollation();
    QStringList where;
    QVariantList values;

    if (!filter.statuses.isEmpty()) {
        // Written as literals (enum keys, never user input), in enum order, so
        // that the default filter is exactly the WHERE term of the partial
        // "open" indexes of migration 0005 and the planner can use them.
        QStringList keys;
        for (const ApplicationStatus status : allApplicationStatuses()) {
            if (filter.statuses.contains(status))
                keys.append(QLatin1Char('\'') + toKey(status) + QLatin1Char('\''));
        }
        where.append(QStringLiteral("a.status IN (%1)").arg(keys.join(QStringLiteral(", "))));
    }
    if (filter.reason) {
        where.append(QStringLiteral("a.reason = ?"));
        values.append(toKey(*filter.reason));
    }
    if (filter.channel) {
        where.append(QStringLiteral("a.channel = ?"));
        values.append(toKey(*filter.channel));
    }
    if (filter.overdueOnly) {
        where.append(QStringLiteral("a.due_at < ?"));
        values.append(dialect.toDatabaseTime(now));
    }
    if (filter.heldByMe) {
        where.append(QStringLiteral("a.claimed_by = ?"));
        values.append(m_operatorId);
    }
    if (filter.flaggedOnly)
        where.append(QStringLiteral("a.risk_flags <> 0"));
    if (filter.submittedFrom.isValid()) {
        where.append(QStringLiteral("a.submitted_at >= ?"));
        values.append(dialect.toDatabaseTime(QDateTime(filter.submittedFrom, QTime(0, 0)).toUTC()));
    }
    if (filter.submittedTo.isValid()) {
        where.append(QStringLiteral("a.submitted_at < ?"));
        values.append(dialect.toDatabaseTime(QDateTime(filter.submittedTo.addDays(1), QTime(0, 0)).toUTC()));
    }

    const QueueSearch search = QueueSearch::classify(filter.search);
    auto prefixRange = [&](const QString &column, const QString &prefix) {
        where.append(QStringLiteral("%1%2 >= ?%2 AND %1%2 < ?%2").arg(column, binary));
        values.append(prefix);
        values.append(prefixUpperBound(prefix));
    };
    switch (search.kind) {
    case QueueSearch::Kind::None:
        break;
    case QueueSearch::Kind::ApplicationNumber:
        where.append(QStringLiteral("a.application_number = ?"));
        values.append(search.value);
        break;
    case QueueSearch::Kind::ApplicationNumberPrefix:
        prefixRange(QStringLiteral("a.application_number"), search.value);
        break;
    case QueueSearch::Kind::Phone:
        where.append(QStringLiteral("a.contact_phone%1 = ?").arg(binary));
        values.append(search.value);
        break;
    case QueueSearch::Kind::PhonePrefix:
        prefixRange(QStringLiteral("a.contact_phone"), search.value);
        break;
    case QueueSearch::Kind::CardLast4:
        where.append(QStringLiteral("a.card_last4%1 = ?").arg(binary));
        values.append(search.value);
        break;
    case QueueSearch::Kind::Iccid:
        where.append(QStringLiteral("a.old_card_number = ?"));
        values.append(search.value);
        break;
    case QueueSearch::Kind::Name:
        prefixRange(QStringLiteral("a.applicant_name"), search.value);
        break;
    }

    // With a search, its index finds the few matching rows and they are sorted;
    // walking the sort order's index instead (which a planner misjudging a
    // prefix range may choose: seconds on PostgreSQL) is kept out of reach.
    const bool searching = search.kind != QueueSearch::Kind::None;
    auto orderTerm = [&](const QString &column, SqlDialect::ValueKind kind) {
        return searching ? dialect.withoutIndexOrder(column, kind) : column;
    };

    // Keyset: continue after the last row of the previous page in sort order.
    QString orderBy;
    const QString direction = filter.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString comparison = filter.descending ? QStringLiteral("<") : QStringLiteral(">");
    switch (filter.sortKey) {
    case QueueSortKey::Deadline:
        orderBy = QStringLiteral("%2 %1, a.id %1")
                      .arg(direction, orderTerm(QStringLiteral("a.due_at"), SqlDialect::ValueKind::Time));
        if (after) {
            where.append(QStringLiteral("(a.due_at, a.id) %1 (?, ?)").arg(comparison));
            values.append(dialect.toDatabaseTime(after->dueAt));
            values.append(after->id);
        }
        break;
    case QueueSortKey::Submitted:
        orderBy = QStringLiteral("%2 %1, a.id %1")
                      .arg(direction, orderTerm(QStringLiteral("a.submitted_at"), SqlDialect::ValueKind::Time));
        if (after) {
            where.append(QStringLiteral("(a.submitted_at, a.id) %1 (?, ?)").arg(comparison));
            values.append(dialect.toDatabaseTime(after->submittedAt));
            values.append(after->id);
        }
        break;
    case QueueSortKey::Number:
        orderBy = QStringLiteral("%1%2 %3").arg(
            orderTerm(QStringLiteral("a.application_number"), SqlDialect::ValueKind::Text), binary, direction);
        if (after) {
            where.append(QStringLiteral("a.application_number%1 %2 ?").arg(binary, comparison));
            values.append(after->applicationNumber);
        }
        break;
    }

    QString statement = selectColumns(dialect);
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ?");
    values.append(limit);
    return {statement, values};
}

QList<QueueRow> QueueRepository::page(const QueueFilter &filter, const std::optional<QueueRow> &after, int limit,
                                      const QDateTime &now) const
{
    const Statement statement = pageStatement(filter, after, limit, now);
    QSqlQuery &query = m_database.prepared(statement.sql);
    for (qsizetype i = 0; i < statement.values.size(); ++i)
        query.bindValue(int(i), statement.values.at(i));
    sql::exec(query, QCoreApplication::translate("QueueRepository", "reading the queue"));
    const SqlDialect &dialect = m_database.dialect();
    QList<QueueRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        QueueRow row;
        row.id = query.value(0).toLongLong();
        row.applicationNumber = query.value(1).toString();
        row.submittedAt = dialect.fromDatabaseTime(query.value(2));
        row.dueAt = dialect.fromDatabaseTime(query.value(3));
        row.applicantName = query.value(4).toString();
        row.contactPhone = query.value(5).toString();
        row.oldCardNumber = query.value(6).toString();
        row.reason = replacementReasonFromKey(query.value(7).toString()).value_or(ReplacementReason::Other);
        row.channel = salesChannelFromKey(query.value(8).toString()).value_or(SalesChannel::Direct);
        row.riskFlags = query.value(9).toInt();
        row.status = applicationStatusFromKey(query.value(10).toString()).value_or(ApplicationStatus::Pending);
        row.holderLogin = query.value(11).toString();
        row.version = query.value(12).toInt();
        row.decidedByLogin = query.value(13).toString();
        row.decidedAt = dialect.fromDatabaseTime(query.value(14));
        row.rejectReasonsZh = query.value(15).toString();
        row.rejectReasonsEn = query.value(16).toString();
        rows.append(row);
    }
    query.finish();
    return rows;
}

QueueCounts QueueRepository::counts(const QDateTime &now) const
{
    const QSqlDatabase db = m_database.connection();
    const QVariant nowValue = m_database.dialect().toDatabaseTime(now);
    QueueCounts counts;
    counts.pending = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications WHERE status = 'pending'"),
                                 QCoreApplication::translate("QueueRepository", "counting pending applications"))
                         .toLongLong();
    counts.overdue =
        sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM applications WHERE status IN ('pending', "
                                   "'in_review') AND due_at < ?"),
                    QCoreApplication::translate("QueueRepository", "counting overdue applications"), {nowValue})
            .toLongLong();
    counts.heldByMe =
        sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications WHERE claimed_by = ?"),
                    QCoreApplication::translate("QueueRepository", "counting held applications"), {m_operatorId})
            .toLongLong();
    return counts;
}

std::optional<ApplicationDetail> QueueRepository::detail(qint64 applicationId) const
{
    const QSqlDatabase db = m_database.connection();
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query = sql::prepare(
        db, QStringLiteral("SELECT a.id, a.application_number, a.account_id, a.applicant_name, a.applicant_id_number, "
                           "a.contact_phone, a.contact_email, a.old_card_number, a.reason, a.reason_text, a.channel, "
                           "a.agent_name, a.shipping_address, a.special_service_fee_cents, a.submitted_at, a.due_at, "
                           "a.status, a.review_round, a.claimed_by, a.lease_expires_at, a.version, "
                           "c.account_number, c.holder_name, c.holder_id_number, c.phone, c.email, c.address, o.login, "
                           "a.language FROM applications a JOIN accounts c ON c.id = a.account_id "
                           "LEFT JOIN operators o ON o.id = a.claimed_by WHERE a.id = ?"));
    sql::exec(query, QCoreApplication::translate("QueueRepository", "reading application %1").arg(applicationId),
              {applicationId});
    if (!query.next())
        return std::nullopt;
    ApplicationDetail detail;
    Application &a = detail.application;
    a.id = query.value(0).toLongLong();
    a.applicationNumber = query.value(1).toString();
    a.accountId = query.value(2).toLongLong();
    a.applicantName = query.value(3).toString();
    a.applicantIdNumber = query.value(4).toString();
    a.contactPhone = query.value(5).toString();
    a.contactEmail = query.value(6).toString();
    a.oldCardNumber = query.value(7).toString();
    a.reason = replacementReasonFromKey(query.value(8).toString()).value_or(ReplacementReason::Other);
    a.reasonText = query.value(9).toString();
    a.channel = salesChannelFromKey(query.value(10).toString()).value_or(SalesChannel::Direct);
    a.agentName = query.value(11).toString();
    a.shippingAddress = query.value(12).toString();
    a.specialServiceFeeCents = query.value(13).toLongLong();
    a.submittedAt = dialect.fromDatabaseTime(query.value(14));
    a.dueAt = dialect.fromDatabaseTime(query.value(15));
    a.status = applicationStatusFromKey(query.value(16).toString()).value_or(ApplicationStatus::Pending);
    a.reviewRound = query.value(17).toInt();
    a.claimedBy = query.value(18).toLongLong();
    a.leaseExpiresAt = dialect.fromDatabaseTime(query.value(19));
    a.version = query.value(20).toInt();
    Account &c = detail.account;
    c.id = a.accountId;
    c.accountNumber = query.value(21).toString();
    c.holderName = query.value(22).toString();
    c.holderIdNumber = query.value(23).toString();
    c.phone = query.value(24).toString();
    c.email = query.value(25).toString();
    c.address = query.value(26).toString();
    detail.holderLogin = query.value(27).toString();
    a.language = query.value(28).toString();

    QSqlQuery documents = sql::prepare(db, QStringLiteral("SELECT id, kind, url, media_type, size_bytes, sha256, "
                                                          "uploaded_at FROM documents WHERE application_id = ? "
                                                          "ORDER BY kind, id"));
    sql::exec(
        documents,
        QCoreApplication::translate("QueueRepository", "reading the documents of application %1").arg(applicationId),
        {applicationId});
    while (documents.next()) {
        Document d;
        d.id = documents.value(0).toLongLong();
        d.applicationId = applicationId;
        d.kind = documentKindFromKey(documents.value(1).toString()).value_or(DocumentKind::Other);
        d.url = documents.value(2).toString();
        d.mediaType = documents.value(3).toString();
        d.sizeBytes = documents.value(4).toLongLong();
        d.sha256 = documents.value(5).toString();
        d.uploadedAt = dialect.fromDatabaseTime(documents.value(6));
        detail.documents.append(d);
    }
    return detail;
}

} // namespace reissuedesk
