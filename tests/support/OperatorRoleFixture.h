#pragma once
// Login roles for tests that act as an operator against the real PostgreSQL:
// the group roles (idempotently, as migration 0007 creates them), unique login
// names, a URL to connect as one of them, and clean-up (roles are cluster-wide,
// so every test drops what it created). Header-only, for tst_operatorlogin and
// tst_admincli.

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Sql.h"

#include <QStringList>
#include <QUuid>

namespace reissuedesk::test {

inline QString uniqueLogin(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The group roles every operator role is a member of; a DO block that ignores
// duplicate_object, because suites on one cluster run in parallel.
inline void ensureGroupRoles(const Database &database)
{
    for (const char *group : {"reissuedesk_operator", "reissuedesk_supervisor", "reissuedesk_admin"}) {
        sql::run(database.connection(),
                 QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
                     .arg(QLatin1String(group)),
                 QStringLiteral("creating the group role"));
    }
}

// `url` (the test's database) as `login` with `password`.
inline DatabaseUrl urlAs(const DatabaseUrl &url, const QString &login, const QString &password)
{
    QString host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    const QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    return DatabaseUrl::parse(QStringLiteral("postgresql://%1@%2:%3/%4").arg(login, host, port, url.databaseName()))
        .withPassword(password);
}

inline void dropRoles(const Database &database, const QStringList &logins)
{
    for (const QString &login : logins) {
        try {
            sql::run(database.connection(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login),
                     QStringLiteral("dropping a test role"));
        } catch (...) {
            qWarning("could not drop the test role %s", qPrintable(login));
        }
    }
}

} // namespace reissuedesk::test
