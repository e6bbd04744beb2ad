#include "models/ChangeWatcherThread.h"

#include "storage/ChangeWatcher.h"
#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace reissuedesk {
namespace {

// Keeps the database alive for as long as the watcher on it.
class WatcherHolder : public QObject {
public:
    explicit WatcherHolder(std::shared_ptr<const Database> database)
        : m_database(std::move(database))
    {
    }
    ~WatcherHolder() override
    {
        delete m_watcher;
        m_database->dropThreadConnection(); // on the thread that opened it
    }
    const Database &database() const { return *m_database; }
    void adopt(ChangeWatcher *watcher) { m_watcher = watcher; }

private:
    std::shared_ptr<const Database> m_database;
    ChangeWatcher *m_watcher = nullptr;
};

} // namespace

ChangeWatcherThread::ChangeWatcherThread(std::shared_ptr<const Database> database, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
{
    auto *holder = new WatcherHolder(std::move(database));
    m_context = holder;
    m_thread->setObjectName(QStringLiteral("change-watcher"));
    holder->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, holder, &QObject::deleteLater);
    m_thread->start();
    QPointer<ChangeWatcherThread> self(this);
    QMetaObject::invokeMethod(
        holder,
        [holder, self] {
            auto *watcher = new ChangeWatcher(holder->database());
            holder->adopt(watcher);
            if (!self)
                return;
            // `self` is only connected to, never touched, from here: the
            // connections are queued to its thread and die with it.
            ChangeWatcherThread *owner = self.data();
            QObject::connect(watcher, &ChangeWatcher::changed, owner, &ChangeWatcherThread::changed);
            QObject::connect(watcher, &ChangeWatcher::connectionLost, owner, &ChangeWatcherThread::connectionLost);
            QObject::connect(watcher, &ChangeWatcher::connectionRestored, owner,
                             &ChangeWatcherThread::connectionRestored);
            watcher->start();
            // Whatever changed between the owner's first read and the watcher's
            // first look would otherwise go unnoticed: catch up once.
            Q_EMIT watcher->changed();
        },
        Qt::QueuedConnection);
}

ChangeWatcherThread::~ChangeWatcherThread()
{
    m_thread->quit();
    if (m_thread->wait(stopTimeoutMs())) {
        delete m_thread;
        return;
    }
    // Stuck in a query on a server that does not answer: let it go.
    qWarning("ReissueDesk: the change watcher did not stop within %d ms; abandoning it", stopTimeoutMs());
}

} // namespace reissuedesk
