#include "cli/QuietServer.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

namespace reissuedesk::cli {

void QuietServer::settle(const Database &database)
{
    if (database.url().isSqlite())
        return;
    const QSqlDatabase db = database.connection();
    const QString what = QStringLiteral("letting the server settle (VACUUM)");
    // Only tables that hold something (QuietServer.h: an empty table
    // vacuumed is an empty table the planner believes in). Names quoted by
    // the server; catalogues and other sessions' temporary tables left out.
    QSqlQuery tables = sql::run(db,
                                QStringLiteral("SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c "
                                               "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                               "WHERE c.relkind IN ('r', 'm') AND n.nspname <> 'information_schema' "
                                               "AND n.nspname !~ '^pg_' AND pg_relation_size(c.oid) > 0 "
                                               "ORDER BY 1"),
                                what);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    tables.finish();
    if (names.isEmpty())
        return;
    // Skipped tables (not ours to vacuum) are warnings; libpq would print them.
    sql::run(db, QStringLiteral("SET client_min_messages = error"), what);
    try {
        sql::run(db, QStringLiteral("VACUUM (ANALYZE) ") + names.join(QStringLiteral(", ")), what);
    } catch (const StorageError &) {
        try {
            sql::run(db, QStringLiteral("RESET client_min_messages"), what);
        } catch (const StorageError &) {
            // The first failure is the one to report.
        }
        throw;
    }
    sql::run(db, QStringLiteral("RESET client_min_messages"), what);
}

} // namespace reissuedesk::cli
