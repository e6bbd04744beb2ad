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
    // Skipped tables (not ours to vacuum) are warnings; libpq would print them.
    sql::run(db, QStringLiteral("SET client_min_messages = error"), what);
    try {
        sql::run(db, QStringLiteral("VACUUM (ANALYZE)"), what);
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
