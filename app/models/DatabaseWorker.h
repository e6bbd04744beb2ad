#pragma once
// A thread that runs database work for one screen, so that a slow query or a
// server that has gone away never freezes the window. Work is posted as a
// function; it runs on the worker thread with that thread's own connection
// (Database::connection()). Results go back with post-to-object: if the
// receiver is gone by then, the result is dropped.

#include <QObject>
#include <QThread>
#include <functional>

namespace reissuedesk {

class Database;

class DatabaseWorker : public QObject {
    Q_OBJECT

public:
    explicit DatabaseWorker(const Database &database, QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Runs `work` on the worker thread.
    void post(std::function<void()> work);

    // An object living on the worker thread, for timers and notifications that
    // must run there.
    QObject *context() const { return m_context; }

    const Database &database() const { return m_database; }

    // Runs `function` on `receiver`'s thread, unless `receiver` was deleted.
    static void deliver(QObject *receiver, std::function<void()> function);

private:
    const Database &m_database;
    QThread m_thread;
    QObject *m_context = nullptr;
};

} // namespace reissuedesk
