#include "storage/ApplicationNumberAllocator.h"

#include "core/ApplicationNumber.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace reissuedesk {

qint64 ApplicationNumberAllocator::reserve(QSqlDatabase &db, QDate day, qint64 count)
{
    const QString key = day.toString(QStringLiteral("yyyyMMdd"));
    const qint64 last =
        sql::scalar(db,
                    QStringLiteral("INSERT INTO application_number_counters (day, last_sequence) "
                                   "VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET "
                                   "last_sequence = application_number_counters.last_sequence + "
                                   "excluded.last_sequence RETURNING last_sequence"),
                    QCoreApplication::translate("ApplicationNumberAllocator", "reserving application numbers"),
                    {key, count})
            .toLongLong();
    return last - count + 1;
}

void ApplicationNumberAllocator::markUsed(QSqlDatabase &db, QDate day, qint64 sequence)
{
    // A number beyond the range is never counted: it would leave the day's
    // counter where no allocation fits (the table's CHECK refuses it too).
    if (sequence < 0 || sequence > ApplicationNumber::MaxCountedSequence)
        return;
    // CASE rather than GREATEST()/MAX(): the one spelling both databases accept.
    QSqlQuery query =
        sql::prepare(db, QStringLiteral("INSERT INTO application_number_counters (day, last_sequence) VALUES (?, ?) "
                                        "ON CONFLICT (day) DO UPDATE SET last_sequence = CASE WHEN "
                                        "application_number_counters.last_sequence < excluded.last_sequence THEN "
                                        "excluded.last_sequence ELSE application_number_counters.last_sequence END"));
    sql::exec(query,
              QCoreApplication::translate("ApplicationNumberAllocator", "recording an imported application number"),
              {day.toString(QStringLiteral("yyyyMMdd")), sequence});
}

} // namespace reissuedesk
