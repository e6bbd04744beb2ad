#pragma once
// How many times a table was vacuumed by hand (VACUUM statements; autovacuum
// counts apart), from PostgreSQL's pg_stat_user_tables: for the tests that
// check that stress and soak let the server settle (cli/QuietServer).
// Header-only.

#include "storage/Database.h"
#include "storage/Sql.h"

namespace reissuedesk::test {

inline int manualVacuums(const Database &database, const QString &table)
{
    return sql::scalar(database.connection(),
                       QStringLiteral("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = ?"),
                       QStringLiteral("counting vacuums"), {table})
        .toInt();
}

} // namespace reissuedesk::test
