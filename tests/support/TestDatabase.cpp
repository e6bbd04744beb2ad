#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace reissuedesk::test {
namespace {

// The server's maintenance database, reached through the libpq environment.
DatabaseUrl maintenanceUrl()
{
    return DatabaseUrl::parse(QStringLiteral("postgresql:///postgres"));
}

} // namespace

QStringList TestDatabase::backends()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
}

bool TestDatabase::isAvailable(const QString &backend)
{
    if (backend == QLatin1String("sqlite"))
        return true;
    return !qEnvironmentVariableIsEmpty("PGHOST") || !qEnvironmentVariableIsEmpty("PGPORT");
}

QString TestDatabase::unavailableReason(const QString &backend)
{
    return QStringLiteral("no %1 server: run the suite under pg_virtualenv (see README) or set PGHOST/PGPORT")
        .arg(backend);
}

bool TestDatabase::isRequired(const QString &backend)
{
    return backend == QLatin1String("postgresql") &&
           qEnvironmentVariable("REISSUEDESK_REQUIRE_PG") == QLatin1String("1");
}

TestDatabase::TestDatabase(const QString &backend)
    : m_backend(backend)
{
    if (backend == QLatin1String("sqlite")) {
        m_url = DatabaseUrl::sqliteFile(m_dir.filePath(QStringLiteral("test.sqlite")));
        // An empty file is an empty SQLite database: opening it needs no
        // creation (Database::Creation), like a PostgreSQL database made by
        // CREATE DATABASE below.
        QFile empty(m_url.filePath());
        if (!empty.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(m_url.filePath()));
        return;
    }
    m_postgresName = QStringLiteral("reissuedesk_test_%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    {
        Database maintenance(maintenanceUrl());
        sql::run(maintenance.connection(), QStringLiteral("CREATE DATABASE %1").arg(m_postgresName),
                 QStringLiteral("creating the test database"));
    }
    m_url = DatabaseUrl::parse(QStringLiteral("postgresql:///") + m_postgresName);
}

TestDatabase::~TestDatabase()
{
    if (m_postgresName.isEmpty())
        return;
    try {
        Database maintenance(maintenanceUrl());
        // WITH (FORCE): connections a failed test left open must not keep it alive.
        sql::run(maintenance.connection(),
                 QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName),
                 QStringLiteral("dropping the test database"));
    } catch (...) {
        qWarning("could not drop test database %s", qPrintable(m_postgresName));
    }
}

} // namespace reissuedesk::test
