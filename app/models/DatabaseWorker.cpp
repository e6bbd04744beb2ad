#include "models/DatabaseWorker.h"

#include "storage/Database.h"

#include <QMetaObject>

namespace reissuedesk {

DatabaseWorker::DatabaseWorker(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("database-worker"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

DatabaseWorker::~DatabaseWorker()
{
    // Close this thread's connection on the thread that opened it, then stop.
    QMetaObject::invokeMethod(
        m_context, [this] { m_database.dropThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void DatabaseWorker::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void DatabaseWorker::deliver(QObject *receiver, std::function<void()> function)
{
    QMetaObject::invokeMethod(receiver, std::move(function), Qt::QueuedConnection);
}

} // namespace reissuedesk
