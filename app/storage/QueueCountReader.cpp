#include "storage/QueueCountReader.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace reissuedesk {

QueueCountReader::QueueCountReader(const Database &database, qint64 operatorId)
    : m_database(database)
    , m_operatorId(operatorId)
{
}

bool QueueCountReader::hasCounters(const Database &database)
{
    return !database.url().isSqlite();
}

QueueCounts QueueCountReader::counts(const QDateTime &now) const
{
    return hasCounters(m_database) ? fromCounters(now) : scanned(now);
}

QueueCounts QueueCountReader::scanned(const QDateTime &now) const
{
    QSqlQuery &query = m_database.prepared(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM applications WHERE status = 'pending'), "
                       "(SELECT COUNT(*) FROM applications WHERE status IN ('pending', 'in_review') AND due_at < ?), "
                       "(SELECT COUNT(*) FROM applications WHERE claimed_by = ?), "
                       "(SELECT COUNT(*) FROM applications WHERE status = 'awaiting_second_review')"));
    sql::exec(query, QStringLiteral("counting the queue"), {m_database.dialect().toDatabaseTime(now), m_operatorId});
    QueueCounts counts;
    if (query.next()) {
        counts.pending = query.value(0).toLongLong();
        counts.overdue = query.value(1).toLongLong();
        counts.heldByMe = query.value(2).toLongLong();
        counts.secondReviewWaiting = query.value(3).toLongLong();
    }
    query.finish();
    return counts;
}

QueueCounts QueueCountReader::fromCounters(const QDateTime &now) const
{
    // Kinds as migration 0018 numbers them. Overdue = open - open due after
    // now's ten-minute slot - open due after now's minute within that slot -
    // open due in now's minute at or after now (one minute of the index).
    QSqlQuery &query = m_database.prepared(QStringLiteral(
        "WITH clock AS (SELECT CAST(? AS TIMESTAMPTZ) AS now) "
        "SELECT (SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas WHERE kind = 1 AND bucket = 0), "
        "(SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas WHERE kind = 4 AND bucket = 0) "
        "- (SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas, clock WHERE kind = 5 "
        "AND bucket > reissuedesk_due_slot(clock.now)) "
        "- (SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas, clock WHERE kind = 6 "
        "AND bucket > reissuedesk_due_minute(clock.now) AND bucket < (reissuedesk_due_slot(clock.now) + 1) * 10) "
        "- (SELECT COUNT(*) FROM applications, clock WHERE status IN ('pending', 'in_review') "
        "AND due_at >= clock.now AND due_at < to_timestamp((reissuedesk_due_minute(clock.now) + 1) * 60)), "
        "(SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas WHERE kind = 3 AND bucket = ?), "
        "(SELECT COALESCE(SUM(n), 0) FROM queue_count_deltas WHERE kind = 2 AND bucket = 0)"));
    const QVariant at = m_database.dialect().toDatabaseTime(now);
    sql::exec(query, QStringLiteral("counting the queue"), {at, m_operatorId});
    QueueCounts counts;
    if (query.next()) {
        counts.pending = query.value(0).toLongLong();
        counts.overdue = query.value(1).toLongLong();
        counts.heldByMe = query.value(2).toLongLong();
        counts.secondReviewWaiting = query.value(3).toLongLong();
    }
    query.finish();
    return counts;
}

} // namespace reissuedesk
