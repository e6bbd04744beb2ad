#include "storage/OperatorAudit.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSysInfo>

namespace reissuedesk {

QString OperatorAudit::hostName()
{
    return QSysInfo::machineHostName();
}

void OperatorAudit::record(QSqlDatabase &db, const SqlDialect &dialect, const QString &action, qint64 operatorId,
                           const QString &actor, QJsonObject detail)
{
    detail.insert(QStringLiteral("host"), hostName());
    const QVariant operatorValue = operatorId > 0 ? QVariant(operatorId) : QVariant(QMetaType(QMetaType::LongLong));
    const QString detailText = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    const bool postgres = dialect.name() == QLatin1String("postgresql");
    // PostgreSQL knows who is connected; the client's word is not needed there.
    const QString actorExpression = postgres ? QStringLiteral("CAST(session_user AS TEXT)") : QStringLiteral("?");
    QSqlQuery insert =
        sql::prepare(db, QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, detail) "
                                        "VALUES (%1, %2, ?, ?, ?)")
                             .arg(dialect.nowExpression(), actorExpression));
    const QString what = QCoreApplication::translate("OperatorAudit", "recording %1 in the audit log").arg(action);
    if (postgres)
        sql::exec(insert, what, {operatorValue, action, detailText});
    else
        sql::exec(insert, what, {sql::text(actor), operatorValue, action, detailText});
}

} // namespace reissuedesk
