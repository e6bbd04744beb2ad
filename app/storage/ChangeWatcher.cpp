#include "storage/ChangeWatcher.h"

#include "storage/ChangeClock.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

namespace reissuedesk {

ChangeWatcher::ChangeWatcher(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::start()
{
    poll();
    m_timer.start();
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
        const qint64 clock = ChangeClock(m_database).read();
        const bool moved = m_clock && *m_clock != clock;
        m_clock = clock;
        if (!m_connected) {
            m_connected = true;
            Q_EMIT connectionRestored();
            Q_EMIT changed(); // catch up with whatever happened while we were away
        } else if (moved) {
            Q_EMIT changed();
        }
    } catch (const StorageError &error) {
        markLost(error.message());
    }
}

} // namespace reissuedesk
