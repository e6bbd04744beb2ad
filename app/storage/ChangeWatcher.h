#pragma once
// Tells when another desk (or tool) changed applications, so that screens can
// refresh themselves: reads the ChangeClock every second (SQLite's
// data_version, PostgreSQL's change clock of migration 0024) and reports a
// change when it moved. Until 0024 PostgreSQL desks listened for a NOTIFY sent
// by every claim and decision, whose commits then ran one at a time
// (docs/BENCHMARKS.md). Also notices a lost connection, keeps trying to get it
// back, and after reconnecting reports a change so that the screen catches up.
//
// Lives on a thread of its own (models/ChangeWatcherThread), so that its reads
// never wait behind the screen's queries. Create it on that thread (start()
// too): connections belong to the thread that opened them.

#include <QObject>
#include <QTimer>
#include <optional>

namespace reissuedesk {

class Database;

class ChangeWatcher : public QObject {
    Q_OBJECT

public:
    explicit ChangeWatcher(const Database &database, QObject *parent = nullptr);

    void start();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void changed();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    void poll();
    void markLost(const QString &message);

    const Database &m_database;
    QTimer m_timer;
    std::optional<qint64> m_clock;
    bool m_connected = true;
};

} // namespace reissuedesk
