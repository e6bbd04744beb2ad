#include "storage/ApplicationAudit.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace reissuedesk {

void ApplicationAudit::record(const Database &database, qint64 operatorId, const QString &action, qint64 applicationId,
                              const QJsonObject &detail)
{
    QSqlQuery &insert = database.prepared(
        QStringLiteral("INSERT INTO audit_log (occurred_at, actor, operator_id, action, application_id, detail) "
                       "VALUES (%1, (SELECT login FROM operators WHERE id = ?), ?, ?, ?, ?)")
            .arg(database.dialect().nowExpression()));
    sql::exec(insert, QCoreApplication::translate("ReviewService", "writing the audit log"),
              {operatorId, operatorId, action, applicationId,
               QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

QJsonObject ApplicationAudit::claimDetail(ApplicationStatus status)
{
    if (status == ApplicationStatus::AwaitingSecondReview)
        return {{QStringLiteral("second_review"), true}};
    return {};
}

} // namespace reissuedesk
