#include "storage/DeferredIndexes.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

namespace reissuedesk {
namespace {

bool hasRecordTable(const Database &database)
{
    const QString statement = database.url().isSqlite()
                                  ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                                   "AND name = 'deferred_indexes'")
                                  : QStringLiteral("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = "
                                                   "current_schema() AND tablename = 'deferred_indexes'");
    return sql::scalar(database.connection(), statement, QStringLiteral("looking for deferred indexes")).toInt() > 0;
}

// Serialises droppers and restorers on PostgreSQL (the migrator's lock: a
// migration must not run while indexes come and go); SQLite's BEGIN IMMEDIATE
// already lets one writer in at a time.
void lockAgainstOthers(const Database &database, QSqlDatabase &db)
{
    const QString lock = database.dialect().migrationLockStatement();
    if (!lock.isEmpty())
        sql::run(db, lock, QStringLiteral("waiting for other schema changes"));
}

bool sessionOwns(const Database &database, const QString &table, QString *login)
{
    QSqlQuery owns = sql::prepare(database.connection(), database.dialect().sessionOwnsTableStatement());
    sql::exec(owns, QStringLiteral("checking who may create indexes"), {table});
    if (!owns.next())
        return false;
    *login = owns.value(1).toString();
    return owns.value(0).toBool();
}

void refreshPlannerStatistics(const Database &database)
{
    const QSqlDatabase db = database.connection();
    // A full ANALYZE (1.0 s on 1,000,000 SQLite applications). A sampled one
    // (PRAGMA analysis_limit) read only the first statuses of the status
    // index, the planner took the open statuses for rare ones, and every queue
    // page sorted all open rows (tst_deferredindexes). PostgreSQL samples by
    // itself, at random.
    // (A database before 0018, whose interrupted load is finished before
    // it is migrated, has no counters.)
    if (!database.url().isSqlite() &&
        sql::scalar(db, QStringLiteral("SELECT to_regclass('queue_count_deltas') IS NOT NULL"),
                    QStringLiteral("looking for the queue counters"))
            .toBool()) {
        // The queue counters (migration 0018): a bulk load leaves thousands
        // of delta rows not yet folded and the dead versions of earlier folds,
        // which every desk's count reads past until autovacuum comes.
        // Folded, a few thousand rows are left in a table the load made
        // hundreds of pages long; rewritten (VACUUM FULL: a moment's
        // exclusive lock on a small table, given up after two seconds if
        // desks hold it) and then vacuumed, so that counts read a few pages
        // and index-only scans need no heap.
        sql::run(db, QStringLiteral("SELECT reissuedesk_compact_queue_counts()"),
                 QStringLiteral("folding the queue counters"));
        sql::run(db, QStringLiteral("SET lock_timeout = '2s'"), QStringLiteral("bounding the counters' rewrite"));
        try {
            sql::run(db, QStringLiteral("VACUUM FULL queue_count_deltas"),
                     QStringLiteral("rewriting the queue counters"));
        } catch (const StorageError &error) {
            qWarning("queue counters not rewritten (%s); autovacuum keeps them", qPrintable(error.message()));
        }
        sql::run(db, QStringLiteral("RESET lock_timeout"), QStringLiteral("bounding the counters' rewrite"));
        sql::run(db, QStringLiteral("VACUUM queue_count_deltas"), QStringLiteral("vacuuming the queue counters"));
    }
    sql::run(db, QStringLiteral("ANALYZE"), QStringLiteral("refreshing planner statistics"));
}

} // namespace

DeferredIndexes::DeferredIndexes(const Database &database, const QStringList &tables, const QStringList &keep,
                                 const QString &deferredBy)
    : m_database(database)
{
    WriteTransaction transaction(database);
    QSqlDatabase &db = transaction.connection();
    lockAgainstOthers(database, db);
    const QString catalogue =
        database.url().isSqlite()
            ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL ORDER BY name")
            : QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                             "AND tablename = ? AND indexname NOT IN (SELECT conname FROM pg_constraint) "
                             "ORDER BY indexname");
    QSqlQuery record = sql::prepare(db, QStringLiteral("INSERT INTO deferred_indexes (name, table_name, definition, "
                                                       "deferred_at, deferred_by) VALUES (?, ?, ?, ?, ?)"));
    const QVariant now = database.dialect().toDatabaseTime(QDateTime::currentDateTimeUtc());
    QStringList dropping;
    for (const QString &table : tables) {
        // Read to the end before writing: Qt's PostgreSQL driver reads a
        // forward-only result row by row, and the next statement on the
        // connection throws the rest away ("Query results lost"): only the
        // first index of each table was deferred there.
        QList<std::pair<QString, QString>> indexes;
        QSqlQuery query = sql::prepare(db, catalogue);
        sql::exec(query, QStringLiteral("reading the indexes of %1").arg(table), {table});
        while (query.next())
            indexes.append({query.value(0).toString(), query.value(1).toString()});
        query.finish();
        for (const auto &[name, definition] : std::as_const(indexes)) {
            if (keep.contains(name))
                continue;
            sql::exec(record, QStringLiteral("recording index %1 as deferred").arg(name),
                      {name, table, definition, now, deferredBy});
            dropping.append(name);
        }
    }
    for (const QString &name : std::as_const(dropping))
        sql::run(db, QStringLiteral("DROP INDEX %1").arg(name), QStringLiteral("dropping index %1").arg(name));
    transaction.commit();
    m_dropped = dropping;
}

DeferredIndexes::~DeferredIndexes()
{
    try {
        restore();
    } catch (const StorageError &error) {
        // finishInterrupted() at the next start builds what is left.
        qWarning("could not re-create deferred indexes: %s", qPrintable(error.message()));
    }
}

void DeferredIndexes::restore(const Log &log)
{
    if (m_dropped.isEmpty())
        return;
    const qsizetype total = m_dropped.size();
    while (!m_dropped.isEmpty()) {
        const QString name = m_dropped.constFirst();
        if (log)
            log(tr("Building index %1 (%2 of %3).").arg(name).arg(total - m_dropped.size() + 1).arg(total));
        restoreOne(m_database, name);
        m_dropped.removeFirst();
    }
    refreshPlannerStatistics(m_database);
}

QStringList DeferredIndexes::droppedNames() const
{
    return m_dropped;
}

bool DeferredIndexes::restoreOne(const Database &database, const QString &name)
{
    WriteTransaction transaction(database);
    QSqlDatabase &db = transaction.connection();
    lockAgainstOthers(database, db);
    QSqlQuery read = sql::prepare(db, QStringLiteral("SELECT definition FROM deferred_indexes WHERE name = ?"));
    sql::exec(read, QStringLiteral("reading deferred index %1").arg(name), {name});
    if (!read.next())
        return false; // another process built it meanwhile
    const QString definition = read.value(0).toString();
    read.finish();
    sql::run(db, definition, QStringLiteral("re-creating index %1").arg(name));
    QSqlQuery forget = sql::prepare(db, QStringLiteral("DELETE FROM deferred_indexes WHERE name = ?"));
    sql::exec(forget, QStringLiteral("recording index %1 as built").arg(name), {name});
    transaction.commit();
    return true;
}

QStringList DeferredIndexes::pending(const Database &database)
{
    if (!hasRecordTable(database))
        return {};
    QSqlQuery query = sql::run(database.connection(), QStringLiteral("SELECT name FROM deferred_indexes ORDER BY name"),
                               QStringLiteral("reading deferred indexes"));
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList DeferredIndexes::finishInterrupted(const Database &database, const Log &log, QString *notOwner)
{
    const QStringList names = pending(database);
    if (names.isEmpty())
        return {};
    QString login;
    if (!database.url().isSqlite() && !sessionOwns(database, QStringLiteral("deferred_indexes"), &login)) {
        const QString problem = tr("Indexes of %1 are missing (%2): a bulk load was interrupted before it built them "
                                   "again, and queue queries are slow until they are back. Only the owner of the "
                                   "ReissueDesk tables can build them, not %3: an administrator must run "
                                   "reissuedesk-admin migrate.")
                                    .arg(database.url().display(), names.join(QStringLiteral(", ")), login);
        if (!notOwner)
            throw StorageError(StorageError::Kind::Query, problem);
        *notOwner = problem;
        return {};
    }
    if (log)
        log(tr("A bulk load was interrupted and left %1 indexes dropped (%2): building them again before going on.")
                .arg(names.size())
                .arg(names.join(QStringLiteral(", "))));
    QStringList built;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (log)
            log(tr("Building index %1 (%2 of %3).").arg(names.at(i)).arg(i + 1).arg(names.size()));
        if (restoreOne(database, names.at(i)))
            built.append(names.at(i));
    }
    if (!built.isEmpty())
        refreshPlannerStatistics(database);
    return built;
}

} // namespace reissuedesk
