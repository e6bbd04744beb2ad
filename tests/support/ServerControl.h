#pragma once
// The database administrator's hand in the reconnect suites: a superuser
// connection to the "postgres" database of the server the libpq environment
// names (pg_virtualenv's PGHOST, PGPORT, PGUSER), which makes one test database
// go away and come back while a desk or a dispatcher is using it:
// ALTER DATABASE … ALLOW_CONNECTIONS false (new connections are refused, even
// a superuser's) plus pg_terminate_backend for every session already there.
// The destructor lets connections in again and clears the standby setting.

#include "storage/Database.h"

#include <QString>

namespace reissuedesk::test {

// Words of PostgreSQL and libpq about a connection that went away or was
// refused: none may reach an operator's screen or the admin tool's output.
QStringList rawConnectionWords();

class ServerControl {
public:
    explicit ServerControl(const QString &databaseName);
    ~ServerControl();
    ServerControl(const ServerControl &) = delete;
    ServerControl &operator=(const ServerControl &) = delete;

    // Refuses new connections, then terminates every backend of the database.
    void refuseConnections();
    void allowConnections();
    // Terminates every backend of the database; returns how many.
    int terminateBackends();
    // Backends of the database waiting for `waitType` (e.g. "Lock"), and for
    // `waitEvent` when given (e.g. "SyncRep").
    int waiting(const QString &waitType, const QString &waitEvent = {});
    // What the database's backends are doing (for failure messages).
    QString activity();
    // synchronous_standby_names for the whole cluster (reloaded at once): a
    // name no standby has makes every commit wait, after it is durable, until
    // this is cleared. Suites that use it must be RUN_SERIAL.
    void setStandby(const QString &name);

private:
    QString quotedName() const;
    void run(const QString &statement);

    Database m_admin;
    QString m_name;
};

} // namespace reissuedesk::test
