#include "storage/SupervisorService.h"

#include "core/ReviewPolicy.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace reissuedesk {
namespace {

const QStringList &roleNames()
{
    static const QStringList names{QStringLiteral("operator"), QStringLiteral("supervisor"), QStringLiteral("admin")};
    return names;
}

// A role name cannot be a bound parameter: quoted as PostgreSQL quotes identifiers.
QString quotedIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void writeAudit(const Database &database, qint64 actorId, const QString &action, const QVariant &applicationId,
                const QJsonObject &detail)
{
    QSqlQuery insert = sql::prepare(
        database.connection(),
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, detail) "
                       "VALUES (%1, COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                       "(SELECT id FROM operators WHERE id = ?), ?, ?, ?)")
            .arg(database.dialect().nowExpression()));
    sql::exec(insert, QCoreApplication::translate("SupervisorService", "writing the audit log"),
              {actorId, actorId, action, applicationId,
               QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

[[noreturn]] void refuse(const QString &sentence)
{
    throw StorageError(StorageError::Kind::Conflict, sentence);
}

} // namespace

SupervisorService::SupervisorService(const Database &database, qint64 supervisorId, int leaseSeconds)
    : m_database(database)
    , m_supervisorId(supervisorId)
    , m_leaseSeconds(leaseSeconds)
{
}

QString SupervisorService::reasonRequiredMessage()
{
    return QCoreApplication::translate("SupervisorService", "Please type a reason: it is kept in the audit log.");
}

void SupervisorService::requireReason(const QString &reason) const
{
    if (reason.trimmed().isEmpty())
        refuse(reasonRequiredMessage());
}

QList<HeldApplication> SupervisorService::heldApplications() const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query =
        sql::prepare(m_database.connection(),
                     QStringLiteral("SELECT a.id, a.application_number, a.status, a.claimed_by, o.login, %1, %2 "
                                    "FROM applications a JOIN operators o ON o.id = a.claimed_by "
                                    "WHERE a.claimed_by IS NOT NULL ORDER BY a.claimed_at, a.id")
                         .arg(dialect.selectTime(QStringLiteral("a.claimed_at")),
                              dialect.selectTime(QStringLiteral("a.lease_expires_at"))));
    sql::exec(query, QCoreApplication::translate("SupervisorService", "reading who holds which application"));
    QList<HeldApplication> rows;
    while (query.next()) {
        HeldApplication row;
        row.applicationId = query.value(0).toLongLong();
        row.applicationNumber = query.value(1).toString();
        row.status = applicationStatusFromKey(query.value(2).toString()).value_or(ApplicationStatus::InReview);
        row.holderId = query.value(3).toLongLong();
        row.holderLogin = query.value(4).toString();
        row.heldSince = dialect.fromDatabaseTime(query.value(5));
        row.leaseExpiresAt = dialect.fromDatabaseTime(query.value(6));
        rows.append(row);
    }
    return rows;
}

QList<SecondReviewItem> SupervisorService::secondReviewQueue() const
{
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT a.id, a.application_number, d.id, d.operator_id, o.login, %1, d.second_review_checks, "
                       "h.login FROM applications a JOIN decisions d ON d.application_id = a.id AND "
                       "d.review_round = a.review_round AND d.outcome = 'approve' JOIN operators o ON "
                       "o.id = d.operator_id LEFT JOIN operators h ON h.id = a.claimed_by "
                       "WHERE a.status = 'awaiting_second_review' ORDER BY d.decided_at, a.id")
            .arg(dialect.selectTime(QStringLiteral("d.decided_at"))));
    sql::exec(query,
              QCoreApplication::translate("SupervisorService", "reading the approvals waiting for a second review"));
    QList<SecondReviewItem> rows;
    while (query.next()) {
        SecondReviewItem row;
        row.applicationId = query.value(0).toLongLong();
        row.applicationNumber = query.value(1).toString();
        row.decisionId = query.value(2).toLongLong();
        row.firstReviewerId = query.value(3).toLongLong();
        row.firstReviewerLogin = query.value(4).toString();
        row.approvedAt = dialect.fromDatabaseTime(query.value(5));
        row.checks = ReviewPolicy::checksFromKeys(query.value(6).toString());
        row.holderLogin = query.value(7).toString();
        rows.append(row);
    }
    return rows;
}

QList<Operator> SupervisorService::operators() const
{
    QSqlQuery query = sql::run(m_database.connection(),
                               QStringLiteral("SELECT id, login, display_name, role, active FROM operators "
                                              "ORDER BY login"),
                               QCoreApplication::translate("SupervisorService", "reading the operators"));
    QList<Operator> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toBool()});
    return rows;
}

qint64 SupervisorService::applicationIdByNumber(const QString &number) const
{
    QSqlQuery query = sql::prepare(m_database.connection(),
                                   QStringLiteral("SELECT id FROM applications WHERE application_number = ?"));
    sql::exec(query, QCoreApplication::translate("SupervisorService", "looking up application %1").arg(number),
              {number.trimmed().toUpper()});
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool SupervisorService::release(qint64 applicationId, const QString &reason)
{
    requireReason(reason);
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery current = sql::prepare(db, QStringLiteral("SELECT a.claimed_by FROM applications a WHERE a.id = ?%1")
                                             .arg(dialect.rowLockClause(QStringLiteral("a"))));
    sql::exec(current,
              QCoreApplication::translate("SupervisorService", "reading who holds application %1").arg(applicationId),
              {applicationId});
    const qint64 holder = current.next() ? current.value(0).toLongLong() : 0;
    current.finish();
    if (holder == 0)
        return false;
    QSqlQuery release = sql::prepare(
        db, QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'in_review' THEN 'pending' ELSE "
                           "status END, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, "
                           "version = version + 1, updated_at = %1 WHERE id = ? AND claimed_by = ?")
                .arg(dialect.nowExpression()));
    sql::exec(release, QCoreApplication::translate("SupervisorService", "releasing application %1").arg(applicationId),
              {applicationId, holder});
    if (release.numRowsAffected() != 1)
        return false;
    writeAudit(m_database, m_supervisorId, QStringLiteral("application.released_by_supervisor"), applicationId,
               {{QStringLiteral("holder_operator_id"), holder}, {QStringLiteral("reason"), reason.trimmed()}});
    transaction.commit();
    return true;
}

void SupervisorService::reassign(qint64 applicationId, qint64 operatorId, const QString &reason)
{
    requireReason(reason);
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery target = sql::prepare(db, QStringLiteral("SELECT login, active FROM operators WHERE id = ?"));
    sql::exec(target, QCoreApplication::translate("SupervisorService", "reading operator %1").arg(operatorId),
              {operatorId});
    if (!target.next())
        refuse(QCoreApplication::translate("SupervisorService", "There is no such operator."));
    const QString login = target.value(0).toString();
    if (!target.value(1).toBool())
        refuse(QCoreApplication::translate("SupervisorService", "%1 is disabled and cannot be given work.").arg(login));
    target.finish();

    QSqlQuery current = sql::prepare(
        db,
        QStringLiteral("SELECT a.status, a.claimed_by, a.application_number, (SELECT d.operator_id FROM decisions d "
                       "WHERE d.application_id = a.id AND d.review_round = a.review_round) FROM applications a "
                       "WHERE a.id = ?%1")
            .arg(dialect.rowLockClause(QStringLiteral("a"))));
    sql::exec(current, QCoreApplication::translate("SupervisorService", "reading application %1").arg(applicationId),
              {applicationId});
    if (!current.next())
        refuse(QCoreApplication::translate("SupervisorService", "There is no such application."));
    const QString status = current.value(0).toString();
    const qint64 previousHolder = current.value(1).toLongLong();
    const QString number = current.value(2).toString();
    const qint64 firstReviewer = current.value(3).toLongLong();
    current.finish();
    static const QSet<QString> open{QStringLiteral("pending"), QStringLiteral("in_review"),
                                    QStringLiteral("awaiting_second_review")};
    if (!open.contains(status))
        refuse(QCoreApplication::translate("SupervisorService",
                                           "%1 is already decided (%2) and cannot be reassigned; reopen it first.")
                   .arg(number, status));
    if (status == QLatin1String("awaiting_second_review") && firstReviewer == operatorId)
        refuse(
            QCoreApplication::translate("SupervisorService", "%1 approved %2 and cannot also be its second reviewer.")
                .arg(login, number));

    const QString now = dialect.nowExpression();
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE applications SET status = CASE WHEN status = 'pending' THEN 'in_review' ELSE status "
                           "END, claimed_by = ?, claimed_at = %1, lease_expires_at = %2, version = version + 1, "
                           "updated_at = %1 WHERE id = ?")
                .arg(now, dialect.timePlusSeconds(now, m_leaseSeconds)));
    sql::exec(update, QCoreApplication::translate("SupervisorService", "reassigning application %1").arg(applicationId),
              {operatorId, applicationId});
    QJsonObject detail{{QStringLiteral("to_operator_id"), operatorId}, {QStringLiteral("reason"), reason.trimmed()}};
    if (previousHolder > 0)
        detail.insert(QStringLiteral("from_operator_id"), previousHolder);
    writeAudit(m_database, m_supervisorId, QStringLiteral("application.reassigned"), applicationId, detail);
    transaction.commit();
}

int SupervisorService::reopen(qint64 applicationId, const QString &reason)
{
    requireReason(reason);
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    const SqlDialect &dialect = m_database.dialect();
    QSqlQuery current =
        sql::prepare(db, QStringLiteral("SELECT status, review_round, application_number FROM applications a "
                                        "WHERE a.id = ?%1")
                             .arg(dialect.rowLockClause(QStringLiteral("a"))));
    sql::exec(current, QCoreApplication::translate("SupervisorService", "reading application %1").arg(applicationId),
              {applicationId});
    if (!current.next())
        refuse(QCoreApplication::translate("SupervisorService", "There is no such application."));
    const QString status = current.value(0).toString();
    const int round = current.value(1).toInt();
    const QString number = current.value(2).toString();
    current.finish();
    if (status != QLatin1String("approved") && status != QLatin1String("rejected"))
        refuse(QCoreApplication::translate("SupervisorService",
                                           "Only an approved or rejected application can be reopened; %1 is %2.")
                   .arg(number, status));

    const QString now = dialect.nowExpression();
    QSqlQuery update = sql::prepare(
        db, QStringLiteral("UPDATE applications SET status = 'in_review', review_round = review_round + 1, "
                           "claimed_by = ?, claimed_at = %1, lease_expires_at = %2, version = version + 1, "
                           "updated_at = %1 WHERE id = ? AND status IN ('approved', 'rejected')")
                .arg(now, dialect.timePlusSeconds(now, m_leaseSeconds)));
    sql::exec(update, QCoreApplication::translate("SupervisorService", "reopening application %1").arg(applicationId),
              {m_supervisorId, applicationId});
    if (update.numRowsAffected() != 1)
        refuse(QCoreApplication::translate("SupervisorService", "%1 changed meanwhile; look again before reopening it.")
                   .arg(number));
    writeAudit(m_database, m_supervisorId, QStringLiteral("application.reopened"), applicationId,
               {{QStringLiteral("previous_status"), status},
                {QStringLiteral("review_round"), round + 1},
                {QStringLiteral("reason"), reason.trimmed()}});
    transaction.commit();
    return round + 1;
}

void SupervisorService::setOperatorActive(qint64 operatorId, bool active)
{
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    QSqlQuery update =
        sql::prepare(db, QStringLiteral("UPDATE operators SET active = ? WHERE id = ? RETURNING login, role"));
    sql::exec(update, QCoreApplication::translate("SupervisorService", "changing operator %1").arg(operatorId),
              {active, operatorId});
    if (!update.next())
        refuse(QCoreApplication::translate("SupervisorService", "There is no such operator."));
    const QString login = update.value(0).toString();
    const QString role = update.value(1).toString();
    update.finish();
    syncDatabaseRole(login, role, active);
    writeAudit(m_database, m_supervisorId,
               active ? QStringLiteral("operator.enabled") : QStringLiteral("operator.disabled"), QVariant(),
               {{QStringLiteral("operator_id"), operatorId}});
    transaction.commit();
}

void SupervisorService::setOperatorRole(qint64 operatorId, const QString &role)
{
    if (!roleNames().contains(role))
        refuse(QCoreApplication::translate("SupervisorService", "A role is operator, supervisor or admin."));
    WriteTransaction transaction(m_database);
    QSqlDatabase &db = transaction.connection();
    QSqlQuery previous = sql::prepare(db, QStringLiteral("SELECT login, role, active FROM operators WHERE id = ?"));
    sql::exec(previous, QCoreApplication::translate("SupervisorService", "reading operator %1").arg(operatorId),
              {operatorId});
    if (!previous.next())
        refuse(QCoreApplication::translate("SupervisorService", "There is no such operator."));
    const QString login = previous.value(0).toString();
    const QString oldRole = previous.value(1).toString();
    const bool active = previous.value(2).toBool();
    previous.finish();
    if (oldRole == role)
        return;
    QSqlQuery update = sql::prepare(db, QStringLiteral("UPDATE operators SET role = ? WHERE id = ?"));
    sql::exec(update, QCoreApplication::translate("SupervisorService", "changing the role of %1").arg(login),
              {role, operatorId});
    syncDatabaseRole(login, role, active);
    writeAudit(
        m_database, m_supervisorId, QStringLiteral("operator.role_changed"), QVariant(),
        {{QStringLiteral("operator_id"), operatorId}, {QStringLiteral("from"), oldRole}, {QStringLiteral("to"), role}});
    transaction.commit();
}

// PostgreSQL only: the operator's own login role (if there is one) follows the
// row, so that what the database enforces matches what the list says. Group
// roles that do not exist (a database from before migration 0007) are left out.
void SupervisorService::syncDatabaseRole(const QString &login, const QString &role, bool active) const
{
    if (m_database.dialect().name() != QLatin1String("postgresql"))
        return;
    QSqlDatabase db = m_database.connection();
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                    QCoreApplication::translate("SupervisorService", "looking up the database role of %1").arg(login),
                    {login})
            .toInt() == 0)
        return;
    const QString user = quotedIdentifier(login);
    for (const QString &name : roleNames()) {
        const QString group = QStringLiteral("reissuedesk_") + name;
        if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                        QCoreApplication::translate("SupervisorService", "looking up the group role %1").arg(group),
                        {group})
                .toInt() == 0)
            continue;
        const QString statement = name == role ? QStringLiteral("GRANT %1 TO %2").arg(group, user)
                                               : QStringLiteral("REVOKE %1 FROM %2").arg(group, user);
        sql::run(db, statement,
                 QCoreApplication::translate("SupervisorService", "changing the database role of %1").arg(login));
    }
    sql::run(db,
             QStringLiteral("ALTER ROLE %1 %2").arg(user, active ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")),
             QCoreApplication::translate("SupervisorService", "changing whether %1 may log in").arg(login));
}

} // namespace reissuedesk
