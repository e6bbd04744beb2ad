#include "storage/ApplicationNumberAllocator.h"

#include "storage/Sql.h"

namespace reissuedesk {

qint64 ApplicationNumberAllocator::reserve(QSqlDatabase &db, QDate day, qint64 count)
{
    const QString key = day.toString(QStringLiteral("yyyyMMdd"));
    const qint64 last = sql::scalar(db,
                                    QStringLiteral("INSERT INTO application_number_counters (day, last_sequence) "
                                                   "VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET "
                                                   "last_sequence = application_number_counters.last_sequence + "
                                                   "excluded.last_sequence RETURNING last_sequence"),
                                    QStringLiteral("reserving application numbers"), {key, count})
                            .toLongLong();
    return last - count + 1;
}

} // namespace reissuedesk
