// ReviewService, the claim side: leases taken, renewed, given back, skipped
// and swept when they run out. The decisions are in ReviewService.cpp.

#include "storage/ApplicationAudit.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/ReviewService.h"
#include "storage/Sql.h"
#include "storage/TransactionRetries.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>

namespace reissuedesk {

int ReviewService::expireLeases()
{
    return retryTransaction(m_database, [&] {
        const SqlDialect &dialect = m_database.dialect();
        // Nearly always nothing has expired: one read, not a write transaction.
        // The ORDER BY makes it one probe of applications_lease whatever the
        // statistics say (without it, on a table the planner thought full of
        // leases, PostgreSQL scanned the whole table before every claim).
        QSqlQuery &anyExpired = m_database.prepared(
            QStringLiteral("SELECT 1 FROM applications WHERE lease_expires_at IS NOT NULL AND lease_expires_at < %1 "
                           "ORDER BY lease_expires_at LIMIT 1")
                .arg(dialect.nowExpression()));
        sql::exec(anyExpired, QCoreApplication::translate("ReviewService", "looking for expired claims"));
        const bool found = anyExpired.next();
        anyExpired.finish();
        if (!found)
            return 0;
        WriteTransaction transaction(m_database);
        QSqlDatabase &db = transaction.connection();
        // A row another desk holds is skipped, not waited on (tst_leasesweep).
        QSqlQuery &expire = m_database.prepared(
            QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'in_review' THEN 'pending' ELSE "
                           "status END, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, "
                           "version = version + 1, updated_at = %1 WHERE id IN (SELECT e.id FROM applications e "
                           "WHERE e.lease_expires_at IS NOT NULL AND e.lease_expires_at < %1%2) AND "
                           "lease_expires_at IS NOT NULL AND lease_expires_at < %1 RETURNING id")
                .arg(dialect.nowExpression(), dialect.skipLockedClause()));
        sql::exec(expire, QCoreApplication::translate("ReviewService", "returning expired claims to the queue"));
        QList<QVariantList> auditRows;
        while (expire.next())
            auditRows.append({QStringLiteral("system"), QStringLiteral("application.lease_expired"), expire.value(0),
                              QStringLiteral("{}")});
        expire.finish();
        BulkInsert(db, dialect, QStringLiteral("audit_log"),
                   {QStringLiteral("actor"), QStringLiteral("action"), QStringLiteral("application_id"),
                    QStringLiteral("detail")})
            .insert(auditRows);
        transaction.commit();
        return int(auditRows.size());
    });
}

ClaimResult ReviewService::claimNext()
{
    expireLeases();
    return retryTransaction(m_database, [&] {
        const SqlDialect &dialect = m_database.dialect();
        const QString now = dialect.nowExpression();
        // One statement: pick the most urgent claimable row nobody else is
        // taking right now (SKIP LOCKED on PostgreSQL) and make it ours. The
        // status term repeats the WHERE of the partial index
        // applications_claimable_due (migration 0006) so that both planners
        // walk it by due time. The first reviewer is a scalar subquery, one
        // unique-index probe per candidate: as NOT EXISTS under the OR,
        // PostgreSQL hashed all of the operator's decisions first (30 ms at
        // 150,000 decisions); the skip probe is a primary-key lookup.
        const QString update =
            QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'pending' THEN 'in_review' ELSE "
                           "status END, claimed_by = ?, claimed_at = %1, lease_expires_at = %2, "
                           "version = version + 1, updated_at = %1 WHERE id = (SELECT a.id FROM applications a "
                           "WHERE a.status IN ('pending', 'awaiting_second_review') AND (a.status = 'pending' OR "
                           "((a.claimed_by IS NULL OR a.lease_expires_at < %1) AND COALESCE((SELECT d.operator_id "
                           "FROM decisions d WHERE d.application_id = a.id AND d.review_round = a.review_round), "
                           "0) <> ?)) AND NOT EXISTS (SELECT 1 FROM review_skips s WHERE "
                           "s.operator_id = ? AND s.application_id = a.id AND s.skip_until > %1) "
                           "ORDER BY a.due_at, a.id LIMIT 1%3) AND (status = 'pending' OR (status = "
                           "'awaiting_second_review' AND (claimed_by IS NULL OR lease_expires_at < %1))) "
                           "RETURNING id, status, claimed_at, lease_expires_at")
                .arg(now, dialect.timePlusSeconds(now, m_leaseSeconds), dialect.skipLockedClause());
        const QString what = QCoreApplication::translate("ReviewService", "claiming the next application");
        ClaimResult result;
        const auto read = [&](QSqlQuery &claim) {
            if (claim.next()) {
                result.kind = ClaimResult::Kind::Claimed;
                result.applicationId = claim.value(0).toLongLong();
                result.status =
                    applicationStatusFromKey(claim.value(1).toString()).value_or(ApplicationStatus::InReview);
                result.heldSince = dialect.fromDatabaseTime(claim.value(2));
                result.leaseExpiresAt = dialect.fromDatabaseTime(claim.value(3));
            } else {
                result.kind = ClaimResult::Kind::QueueEmpty;
            }
            claim.finish();
        };
        if (!m_database.url().isSqlite()) {
            // PostgreSQL: the claim and its audit row (as ApplicationAudit writes it)
            // in one statement, one round trip instead of four; under 32
            // desks on two cores each round trip is two wake-ups of a busy
            // process.
            QSqlQuery &claim = m_database.prepared(
                QStringLiteral("WITH claimed AS (%1), logged AS (INSERT INTO audit_log (occurred_at, actor, "
                               "operator_id, action, application_id, detail) SELECT now(), (SELECT login FROM "
                               "operators WHERE id = ?), ?, 'application.claimed', c.id, CASE WHEN c.status = "
                               "'awaiting_second_review' THEN '{\"second_review\":true}' ELSE '{}' END::jsonb "
                               "FROM claimed c) SELECT id, status, claimed_at, lease_expires_at FROM claimed")
                    .arg(update));
            sql::exec(claim, what, {m_operatorId, m_operatorId, m_operatorId, m_operatorId, m_operatorId});
            read(claim);
            return result;
        }
        WriteTransaction transaction(m_database);
        QSqlQuery &claim = m_database.prepared(update);
        sql::exec(claim, what, {m_operatorId, m_operatorId, m_operatorId});
        read(claim);
        if (result.kind == ClaimResult::Kind::Claimed)
            ApplicationAudit::record(m_database, m_operatorId, QStringLiteral("application.claimed"),
                                     result.applicationId, ApplicationAudit::claimDetail(result.status));
        transaction.commit();
        return result;
    });
}

ClaimResult ReviewService::claim(qint64 applicationId)
{
    return retryTransaction(m_database, [&] {
        WriteTransaction transaction(m_database);
        const SqlDialect &dialect = m_database.dialect();
        const QString now = dialect.nowExpression();
        // Free (pending, or waiting for a second reviewer with no live holder),
        // or ours already: take or renew the lease. Anything else: read who has it.
        QSqlQuery &claim = m_database.prepared(
            QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'pending' THEN 'in_review' ELSE "
                           "status END, claimed_at = CASE WHEN claimed_by = ? THEN claimed_at ELSE %1 END, "
                           "claimed_by = ?, lease_expires_at = %2, version = version + 1, updated_at = %1 "
                           "WHERE id = ? AND (status = 'pending' OR (status IN ('in_review', "
                           "'awaiting_second_review') AND (claimed_by IS NULL OR claimed_by = ? OR "
                           "lease_expires_at < %1))) RETURNING status, claimed_at, lease_expires_at")
                .arg(now, dialect.timePlusSeconds(now, m_leaseSeconds)));
        sql::exec(claim, QCoreApplication::translate("ReviewService", "claiming application %1").arg(applicationId),
                  {m_operatorId, m_operatorId, applicationId, m_operatorId});
        if (!claim.next())
            return describeHolder(applicationId);
        ClaimResult result;
        result.kind = ClaimResult::Kind::Claimed;
        result.applicationId = applicationId;
        result.status = applicationStatusFromKey(claim.value(0).toString()).value_or(ApplicationStatus::InReview);
        result.heldSince = dialect.fromDatabaseTime(claim.value(1));
        result.leaseExpiresAt = dialect.fromDatabaseTime(claim.value(2));
        claim.finish();
        ApplicationAudit::record(m_database, m_operatorId, QStringLiteral("application.claimed"), applicationId,
                                 ApplicationAudit::claimDetail(result.status));
        transaction.commit();
        return result;
    });
}

ClaimResult ReviewService::describeHolder(qint64 applicationId)
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery &query =
        m_database.prepared(QStringLiteral("SELECT a.status, o.login, a.claimed_at, a.lease_expires_at FROM "
                                           "applications a LEFT JOIN operators o ON o.id = a.claimed_by "
                                           "WHERE a.id = ?"));
    sql::exec(query, QCoreApplication::translate("ReviewService", "reading application %1").arg(applicationId),
              {applicationId});
    ClaimResult result;
    result.applicationId = applicationId;
    if (!query.next())
        return result; // NotFound
    result.status = applicationStatusFromKey(query.value(0).toString()).value_or(ApplicationStatus::Pending);
    result.holderLogin = query.value(1).toString();
    result.heldSince = dialect.fromDatabaseTime(query.value(2));
    result.leaseExpiresAt = dialect.fromDatabaseTime(query.value(3));
    result.kind = result.holderLogin.isEmpty() ? ClaimResult::Kind::NotOpen : ClaimResult::Kind::HeldByOther;
    return result;
}

bool ReviewService::renew(qint64 applicationId)
{
    return retryTransaction(m_database, [&] {
        const SqlDialect &dialect = m_database.dialect();
        QSqlQuery &renew = m_database.prepared(
            QStringLiteral("UPDATE applications SET lease_expires_at = %1 WHERE id = ? AND claimed_by = ? AND "
                           "lease_expires_at >= %2")
                .arg(dialect.timePlusSeconds(dialect.nowExpression(), m_leaseSeconds), dialect.nowExpression()));
        sql::exec(
            renew,
            QCoreApplication::translate("ReviewService", "renewing the claim on application %1").arg(applicationId),
            {applicationId, m_operatorId});
        return renew.numRowsAffected() == 1;
    });
}

void ReviewService::release(qint64 applicationId)
{
    retryTransaction(m_database, [&] {
        WriteTransaction transaction(m_database);
        if (const QString bound = m_database.dialect().transactionStatementTimeout(m_statementTimeoutMs);
            m_statementTimeoutMs > 0 && !bound.isEmpty())
            sql::run(transaction.connection(), bound,
                     QCoreApplication::translate("ReviewService", "bounding the release"));
        QSqlQuery &release = m_database.prepared(
            QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'in_review' THEN 'pending' ELSE "
                           "status END, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, "
                           "version = version + 1, updated_at = %1 WHERE id = ? AND claimed_by = ?")
                .arg(m_database.dialect().nowExpression()));
        sql::exec(release, QCoreApplication::translate("ReviewService", "releasing application %1").arg(applicationId),
                  {applicationId, m_operatorId});
        if (release.numRowsAffected() == 1)
            ApplicationAudit::record(m_database, m_operatorId, QStringLiteral("application.released"), applicationId,
                                     {});
        transaction.commit();
        return 0;
    });
}

void ReviewService::skip(qint64 applicationId, const QString &note)
{
    retryTransaction(m_database, [&] {
        WriteTransaction transaction(m_database);
        const SqlDialect &dialect = m_database.dialect();
        const QString now = dialect.nowExpression();
        QSqlQuery &release = m_database.prepared(
            QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'in_review' THEN 'pending' ELSE "
                           "status END, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, "
                           "version = version + 1, updated_at = %1 WHERE id = ? AND claimed_by = ?")
                .arg(now));
        sql::exec(release,
                  QCoreApplication::translate("ReviewService", "giving back application %1").arg(applicationId),
                  {applicationId, m_operatorId});
        // Recorded even when the claim was already gone: the operator still
        // does not want it offered again for a while.
        QSqlQuery &record = m_database.prepared(
            QStringLiteral("INSERT INTO review_skips (operator_id, application_id, skipped_at, skip_until, note) "
                           "VALUES (?, ?, %1, %2, ?) ON CONFLICT (operator_id, application_id) DO UPDATE SET "
                           "skipped_at = excluded.skipped_at, skip_until = excluded.skip_until, note = excluded.note")
                .arg(now, dialect.timePlusSeconds(now, qint64(SkipMinutes) * 60)));
        sql::exec(
            record,
            QCoreApplication::translate("ReviewService", "recording the skip of application %1").arg(applicationId),
            {m_operatorId, applicationId, sql::text(note)});
        // Ended skips do nothing any more (the audit log keeps the history):
        // drop this operator's, so the table stays as small as the live ones.
        QSqlQuery &forget = m_database.prepared(
            QStringLiteral("DELETE FROM review_skips WHERE operator_id = ? AND skip_until <= %1").arg(now));
        sql::exec(forget, QCoreApplication::translate("ReviewService", "forgetting ended skips"), {m_operatorId});
        ApplicationAudit::record(m_database, m_operatorId, QStringLiteral("application.skipped"), applicationId,
                                 {{QStringLiteral("note"), note}, {QStringLiteral("minutes"), SkipMinutes}});
        transaction.commit();
        return 0;
    });
}

} // namespace reissuedesk
