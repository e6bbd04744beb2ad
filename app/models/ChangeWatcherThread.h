#pragma once
// Runs a ChangeWatcher on a thread (and so a connection) of its own, started
// without the caller waiting: the watcher is created and connects over there,
// and its signals arrive queued. Once it watches it reports one change, so that
// whatever happened before it started looking is caught up with. Stopping is bounded too: a watcher stuck on a
// server that does not answer is abandoned after stopTimeoutMs() (it keeps the
// Database alive through its own handle, so nothing dangles).

#include <QObject>
#include <memory>

class QThread;

namespace reissuedesk {

class Database;

class ChangeWatcherThread : public QObject {
    Q_OBJECT

public:
    explicit ChangeWatcherThread(std::shared_ptr<const Database> database, QObject *parent = nullptr);
    ~ChangeWatcherThread() override;

    static int stopTimeoutMs() { return 1000; }

Q_SIGNALS:
    void changed();
    void connectionLost(const QString &message);
    void connectionRestored();

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread; holds the watcher and the database handle
};

} // namespace reissuedesk
