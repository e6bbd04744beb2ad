#include "storage/ApplicationStatistics.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace reissuedesk {

ApplicationStatistics::ApplicationStatistics(const Database &database)
    : m_database(database)
{
}

QMap<ApplicationStatus, qint64> ApplicationStatistics::countByStatus() const
{
    QMap<ApplicationStatus, qint64> counts;
    for (const ApplicationStatus status : allApplicationStatuses())
        counts.insert(status, 0);
    QSqlQuery query =
        sql::run(m_database.connection(), QStringLiteral("SELECT status, COUNT(*) FROM applications GROUP BY status"),
                 QCoreApplication::translate("ApplicationStatistics", "counting applications by status"));
    while (query.next()) {
        if (const auto status = applicationStatusFromKey(query.value(0).toString()))
            counts[*status] = query.value(1).toLongLong();
    }
    return counts;
}

qint64 ApplicationStatistics::total() const
{
    return sql::scalar(m_database.connection(), QStringLiteral("SELECT COUNT(*) FROM applications"),
                       QCoreApplication::translate("ApplicationStatistics", "counting applications"))
        .toLongLong();
}

} // namespace reissuedesk
