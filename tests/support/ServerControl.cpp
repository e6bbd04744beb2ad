#include "ServerControl.h"

#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QStringList>

namespace reissuedesk::test {

QStringList rawConnectionWords()
{
    return {
        QStringLiteral("terminating connection"),
        QStringLiteral("administrator command"),
        QStringLiteral("server closed the connection"),
        QStringLiteral("not currently accepting connections"),
        QStringLiteral("no connection to the server"),
        QStringLiteral("could not connect"),
        QStringLiteral("Connection refused"),
        QStringLiteral("could not send data"),
        QStringLiteral("could not receive data"),
        QStringLiteral("synchronous replication"),
        QStringLiteral("terminated abnormally"),
        QStringLiteral("FATAL"),
        QStringLiteral("SQLSTATE"),
        QStringLiteral("57P01"),
    };
}

ServerControl::ServerControl(const QString &databaseName)
    : m_admin(DatabaseUrl::resolve(QStringLiteral("postgresql:///postgres")))
    , m_name(databaseName)
{
    // Its own commits never wait for an absent standby (setStandby).
    run(QStringLiteral("SET synchronous_commit = local"));
}

ServerControl::~ServerControl()
{
    try {
        allowConnections();
        setStandby({});
    } catch (const StorageError &error) {
        qWarning("ServerControl: %s", qUtf8Printable(error.message()));
    }
    m_admin.dropThreadConnection();
}

void ServerControl::refuseConnections()
{
    run(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(quotedName()));
    terminateBackends();
}

void ServerControl::allowConnections()
{
    run(QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(quotedName()));
}

int ServerControl::terminateBackends()
{
    return sql::scalar(m_admin.connection(),
                       QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                      "WHERE datname = ? AND pid <> pg_backend_pid()"),
                       QStringLiteral("terminating backends"), {m_name})
        .toInt();
}

int ServerControl::waiting(const QString &waitType, const QString &waitEvent)
{
    return sql::scalar(m_admin.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ? AND "
                                      "wait_event_type = ? AND wait_event LIKE ?"),
                       QStringLiteral("reading waits"),
                       {m_name, waitType, waitEvent.isEmpty() ? QStringLiteral("%") : waitEvent})
        .toInt();
}

QString ServerControl::activity()
{
    QSqlQuery query = sql::prepare(m_admin.connection(),
                                   QStringLiteral("SELECT pid, state, wait_event_type, wait_event, left(query, 80) "
                                                  "FROM pg_stat_activity WHERE datname = ?"));
    sql::exec(query, QStringLiteral("reading activity"), {m_name});
    QStringList lines;
    while (query.next())
        lines.append(QStringLiteral("%1 %2 %3/%4: %5")
                         .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                              query.value(3).toString(), query.value(4).toString()));
    return lines.join(QLatin1Char('\n'));
}

void ServerControl::setStandby(const QString &name)
{
    QString literal = name;
    literal.replace(QLatin1Char('\''), QStringLiteral("''"));
    run(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = '%1'").arg(literal));
    run(QStringLiteral("SELECT pg_reload_conf()"));
}

QString ServerControl::quotedName() const
{
    QString name = m_name;
    name.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + name + QLatin1Char('"');
}

void ServerControl::run(const QString &statement)
{
    // Utility statements (SET, ALTER) cannot be prepared.
    QSqlQuery query(m_admin.connection());
    if (!query.exec(statement))
        throw StorageError::fromQuery(QStringLiteral("administrator statement"), query);
}

} // namespace reissuedesk::test
