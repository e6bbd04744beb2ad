#include "storage/ChangeClock.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace reissuedesk {

ChangeClock::ChangeClock(const Database &database)
    : m_database(database)
{
}

qint64 ChangeClock::read() const
{
    const QString what = QCoreApplication::translate("ChangeWatcher", "watching for changes");
    if (m_database.url().isSqlite())
        return sql::scalar(m_database.connection(), QStringLiteral("PRAGMA data_version"), what).toLongLong();
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas WHERE kind = 7 AND bucket = 0"));
    sql::exec(query, what);
    const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return value;
}

} // namespace reissuedesk
