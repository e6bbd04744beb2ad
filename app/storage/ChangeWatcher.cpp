#include "storage/ChangeWatcher.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlDriver>

namespace reissuedesk {

ChangeWatcher::ChangeWatcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(database.url().isSqlite() ? 1000 : 3000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::start()
{
    if (!m_database.url().isSqlite())
        subscribe();
    poll();
    m_timer.start();
}

bool ChangeWatcher::subscribe()
{
    try {
        QSqlDriver *driver = m_database.connection().driver();
        if (driver->subscribedToNotifications().contains(channelName()))
            return true;
        connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification, Qt::UniqueConnection);
        return driver->subscribeToNotification(channelName());
    } catch (const StorageError &error) {
        markLost(error.message());
        return false;
    }
}

void ChangeWatcher::onNotification(const QString &name)
{
    if (name == channelName())
        Q_EMIT changed();
}

void ChangeWatcher::markLost(const QString &message)
{
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectionLost(message);
    }
    m_database.dropThreadConnection();
}

void ChangeWatcher::poll()
{
    try {
        const QSqlDatabase db = m_database.connection();
        if (m_database.url().isSqlite()) {
            const qint64 version = sql::scalar(db, QStringLiteral("PRAGMA data_version"),
                                               QCoreApplication::translate("ChangeWatcher", "watching for changes"))
                                       .toLongLong();
            const bool first = m_dataVersion < 0;
            if (!first && version != m_dataVersion)
                Q_EMIT changed();
            m_dataVersion = version;
        } else {
            // A cheap round trip: notices a dead server, and lets the driver read
            // any notification that arrived meanwhile.
            sql::scalar(db, QStringLiteral("SELECT 1"),
                        QCoreApplication::translate("ChangeWatcher", "checking the connection"));
            if (!m_connected && !subscribe())
                return;
        }
        if (!m_connected) {
            m_connected = true;
            Q_EMIT connectionRestored();
            Q_EMIT changed(); // catch up with whatever happened while we were away
        }
    } catch (const StorageError &error) {
        markLost(error.message());
    }
}

} // namespace reissuedesk
