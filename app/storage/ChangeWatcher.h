#pragma once
// Tells when another desk (or tool) changed applications, so that screens can
// refresh themselves. PostgreSQL: LISTEN reissuedesk_changes (sent by the
// trigger of migration 0003). SQLite: PRAGMA data_version, polled every second,
// which changes whenever another connection commits. Both also notice a lost
// connection, keep trying to get it back, and after reconnecting (and
// re-subscribing) report a change so that the screen catches up.
//
// Lives on a thread of its own (models/ChangeWatcherThread) whose connection runs no
// other queries: Qt's PostgreSQL driver only looks for notifications when the
// socket becomes readable, so a notification that arrives while another query
// runs on the same connection would wait in libpq until the next one. Create
// it on that thread (start() too): connections belong to the thread that opened them.

#include <QObject>
#include <QTimer>

namespace reissuedesk {

class Database;

class ChangeWatcher : public QObject {
    Q_OBJECT

public:
    explicit ChangeWatcher(const Database &database, QObject *parent = nullptr);

    void start();
    bool isConnected() const { return m_connected; }

    static QString channelName() { return QStringLiteral("reissuedesk_changes"); }

Q_SIGNALS:
    void changed();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void onNotification(const QString &name);
    void poll();
    bool subscribe();
    void markLost(const QString &message);

    const Database &m_database;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_connected = true;
};

} // namespace reissuedesk
