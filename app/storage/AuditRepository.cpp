#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>

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
    sql::exec(insert,
              QCoreApplication::translate("AuditRepository", "recording that document %1 was viewed").arg(documentId),
              {operatorValue, operatorValue, applicationId, documentId});
}

QString AuditRepository::actorLogin(qint64 operatorId) const
{
    if (operatorId <= 0)
        return {};
    QSqlQuery query = sql::prepare(m_database.connection(), QStringLiteral("SELECT login FROM operators WHERE id = ?"));
    sql::exec(query, QCoreApplication::translate("AuditRepository", "reading the login of operator %1").arg(operatorId),
              {operatorId});
    return query.next() ? query.value(0).toString() : QString();
}

void AuditRepository::recordPersonalDataReveal(qint64 operatorId, qint64 applicationId, const QString &subject) const
{
    const QVariant operatorValue = operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
    const QString detail = subject == QLatin1String("account_holder")
                               ? QStringLiteral("{\"subject\":\"account_holder\"}")
                               : QStringLiteral("{\"subject\":\"applicant\"}");
    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, detail) "
                       "VALUES (%1, COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                       "(SELECT id FROM operators WHERE id = ?), 'personal_data.revealed', ?, ?)")
            .arg(m_database.dialect().nowExpression()));
    sql::exec(insert,
              QCoreApplication::translate("AuditRepository", "recording that personal data of application %1 was shown")
                  .arg(applicationId),
              {operatorValue, operatorValue, applicationId, detail});
}

void AuditRepository::recordSettingChanged(qint64 operatorId, const QString &key) const
{
    const QVariant operatorValue = operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
    QJsonObject detail{{QStringLiteral("key"), key}};
    QSqlQuery &insert = m_database.prepared(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, detail) VALUES (%1, "
                       "COALESCE((SELECT login FROM operators WHERE id = ?), 'unknown operator'), "
                       "(SELECT id FROM operators WHERE id = ?), 'settings.changed', ?)")
            .arg(m_database.dialect().nowExpression()));
    sql::exec(insert, QCoreApplication::translate("AuditRepository", "recording a settings change"),
              {operatorValue, operatorValue, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

QList<AuditEntry> AuditRepository::page(const AuditFilter &filter, qint64 beforeId, int limit) const
{
    // The WHERE is built from fixed fragments; every value is bound.
    const SqlDialect &dialect = m_database.dialect();
    QStringList conditions;
    QVariantList values;
    if (beforeId > 0) {
        conditions << QStringLiteral("l.id < ?");
        values << beforeId;
    }
    if (filter.operatorId > 0) {
        conditions << QStringLiteral("l.operator_id = ?");
        values << filter.operatorId;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("l.action = ?");
        values << filter.action;
    }
    if (!filter.applicationNumber.trimmed().isEmpty()) {
        conditions << QStringLiteral("l.application_id = (SELECT id FROM applications WHERE application_number = ?)");
        values << filter.applicationNumber.trimmed().toUpper();
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("l.occurred_at >= ?");
        values << dialect.toDatabaseTime(filter.from);
    }
    if (filter.until.isValid()) {
        conditions << QStringLiteral("l.occurred_at < ?");
        values << dialect.toDatabaseTime(filter.until);
    }
    const QString where =
        conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    QSqlQuery query = sql::prepare(
        m_database.connection(),
        QStringLiteral("SELECT l.id, %1, l.actor, l.operator_id, l.action, l.application_id, a.application_number, "
                       "l.document_id, CAST(l.detail AS TEXT) FROM audit_log l LEFT JOIN applications a ON "
                       "a.id = l.application_id%2 ORDER BY l.id DESC LIMIT %3")
            .arg(dialect.selectTime(QStringLiteral("l.occurred_at")), where)
            .arg(qMax(1, limit)));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    sql::exec(query, QCoreApplication::translate("AuditRepository", "reading the audit log"));
    QList<AuditEntry> rows;
    while (query.next()) {
        AuditEntry row;
        row.id = query.value(0).toLongLong();
        row.occurredAt = dialect.fromDatabaseTime(query.value(1));
        row.actor = query.value(2).toString();
        row.operatorId = query.value(3).toLongLong();
        row.action = query.value(4).toString();
        row.applicationId = query.value(5).toLongLong();
        row.applicationNumber = query.value(6).toString();
        row.documentId = query.value(7).toLongLong();
        row.detail = query.value(8).toString();
        rows.append(row);
    }
    return rows;
}

QStringList AuditRepository::actions() const
{
    QSqlQuery query =
        sql::run(m_database.connection(), QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action"),
                 QCoreApplication::translate("AuditRepository", "reading the audit actions"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

} // namespace reissuedesk
