#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace reissuedesk {

AuditRepository::AuditRepository(const Database &database)
    : m_database(database)
{
}

void AuditRepository::recordDocumentView(qint64 operatorId, qint64 applicationId, qint64 documentId) const
{
    // One autocommit INSERT: a view is a fact on its own, not part of a change.
    const QVariant operatorValue = operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, document_id, "
                       "detail) VALUES (%1, COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                       "(SELECT id FROM operators WHERE id = ?), 'document.viewed', ?, ?, '{}')")
            .arg(m_database.dialect().nowExpression()));
    sql::exec(insert, QStringLiteral("recording that document %1 was viewed").arg(documentId),
              {operatorValue, operatorValue, applicationId, documentId});
}

QString AuditRepository::actorLogin(qint64 operatorId) const
{
    if (operatorId <= 0)
        return {};
    QSqlQuery query = sql::prepare(m_database.connection(), QStringLiteral("SELECT login FROM operators WHERE id = ?"));
    sql::exec(query, QStringLiteral("reading the login of operator %1").arg(operatorId), {operatorId});
    return query.next() ? query.value(0).toString() : QString();
}

void AuditRepository::recordPersonalDataReveal(qint64 operatorId, qint64 applicationId,
                                               const QString &subject) const
{
    const QVariant operatorValue = operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
    const QString detail = subject == QLatin1String("account_holder") ? QStringLiteral("{\"subject\":\"account_holder\"}")
                                                                       : QStringLiteral("{\"subject\":\"applicant\"}");
    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, detail) "
                       "VALUES (%1, COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                       "(SELECT id FROM operators WHERE id = ?), 'personal_data.revealed', ?, ?)")
            .arg(m_database.dialect().nowExpression()));
    sql::exec(insert, QStringLiteral("recording that personal data of application %1 was shown").arg(applicationId),
              {operatorValue, operatorValue, applicationId, detail});
}

} // namespace reissuedesk
