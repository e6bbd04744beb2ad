#include "models/EmbeddedDispatcher.h"

#include "core/GatewayAccess.h"
#include "core/SecretStore.h"
#include "models/Settings.h"
#include "net/NotificationDispatcher.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSemaphore>
#include <QSysInfo>
#include <QThread>

namespace reissuedesk {
namespace {

// Lives on the dispatcher's thread: keeps the database alive for as long as
// the dispatcher that uses it, and opens and drops that thread's connection.
class DispatcherHolder : public QObject {
public:
    explicit DispatcherHolder(std::shared_ptr<const Database> database)
        : m_database(std::move(database))
    {
    }
    ~DispatcherHolder() override
    {
        m_dispatcher.reset();
        m_database->dropThreadConnection(); // on the thread that opened it
    }
    const Database &database() const { return *m_database; }
    NotificationDispatcher *dispatcher() const { return m_dispatcher.get(); }
    void adopt(std::unique_ptr<NotificationDispatcher> dispatcher) { m_dispatcher = std::move(dispatcher); }

private:
    std::shared_ptr<const Database> m_database;
    std::unique_ptr<NotificationDispatcher> m_dispatcher;
};

} // namespace

bool EmbeddedDispatcher::wanted(const Settings &settings, const Database &database, Config *config, QString *why)
{
    why->clear();
    const QString url = settings.get(Settings::Key::GatewayUrl).toString().trimmed();
    if (url.isEmpty())
        return false;
    if (database.dialect().name() != QLatin1String("sqlite")) {
        // Not a problem: the shared database's dispatcher service sends.
        return false;
    }
    config->gateway = QUrl(url, QUrl::StrictMode);
    config->tokenFile = settings.get(Settings::Key::GatewayTokenFile).toString();
    config->secrets = settings.secretStore();
    if (const QString problem = GatewayAccess::urlProblem(config->gateway); !problem.isEmpty()) {
        *why = problem;
        return false;
    }
    return true;
}

EmbeddedDispatcher::EmbeddedDispatcher(std::shared_ptr<const Database> database, Config config, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
{
    auto *holder = new DispatcherHolder(std::move(database));
    m_context = holder;
    m_thread->setObjectName(QStringLiteral("notification-dispatcher"));
    holder->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, holder, &QObject::deleteLater);
    m_thread->start();
    QPointer<EmbeddedDispatcher> self(this);
    QMetaObject::invokeMethod(
        holder,
        [holder, self, config] {
            // Everything from here on runs on the dispatcher's thread; `self`
            // is only signalled (queued to the GUI thread), never touched.
            // A named token file wins; else the token the Settings dialog
            // stored (the Secret Service or an owner-only file); else the environment.
            QByteArray stored;
            if (config.tokenFile.isEmpty() && config.secrets) {
                const SecretStore::Lookup found = config.secrets->lookup(SecretId::gatewayToken());
                if (!found.ok()) {
                    if (self)
                        Q_EMIT self->problem(found.error);
                    return;
                }
                stored = found.secret.value_or(QString()).toUtf8();
            }
            const GatewayAccess::Token token = stored.isEmpty() ? GatewayAccess::readToken(config.tokenFile)
                                                                : GatewayAccess::readToken(QString(), stored);
            if (!token.ok()) {
                if (self)
                    Q_EMIT self->problem(token.error);
                return;
            }
            DispatcherOptions options;
            options.gateway = config.gateway;
            options.token = token.value;
            options.name =
                QStringLiteral("desk %1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid());
            // One desk queues a handful of messages an hour: small batches,
            // few requests, and a short timeout so that closing the desk is quick.
            options.batchSize = 20;
            options.concurrency = 2;
            options.timeout = std::chrono::seconds(2);
            options.idlePoll = std::chrono::seconds(5);
            auto dispatcher = std::make_unique<NotificationDispatcher>(holder->database(), options);
            // Inside the desk's bounded shutdown (stopTimeoutMs()), with time to record the answers.
            dispatcher->setStopTimeout(std::chrono::milliseconds(stopTimeoutMs() / 2));
            if (self) {
                EmbeddedDispatcher *owner = self.data();
                auto failing = std::make_shared<bool>(false);
                QObject::connect(dispatcher.get(), &NotificationDispatcher::problem, owner,
                                 [owner, failing](const QString &sentence) {
                                     *failing = true;
                                     Q_EMIT owner->problem(sentence);
                                 });
                QObject::connect(dispatcher.get(), &NotificationDispatcher::progress, owner,
                                 [owner, failing](const DispatchCounts &counts) {
                                     if (*failing) {
                                         *failing = false;
                                         Q_EMIT owner->recovered();
                                     }
                                     Q_EMIT owner->delivered(counts.sent, counts.retried, counts.dead);
                                 });
            }
            NotificationDispatcher *raw = dispatcher.get();
            holder->adopt(std::move(dispatcher));
            raw->start();
        },
        Qt::QueuedConnection);
}

EmbeddedDispatcher::~EmbeddedDispatcher()
{
    shutdown();
}

void EmbeddedDispatcher::shutdown()
{
    if (!m_thread)
        return;
    auto *holder = static_cast<DispatcherHolder *>(m_context);
    QThread *thread = m_thread;
    m_thread = nullptr;
    // On the dispatcher's thread: stop, and end the thread once it finished
    // (or at once, when it never started: a token problem).
    QMetaObject::invokeMethod(
        holder,
        [holder, thread] {
            NotificationDispatcher *dispatcher = holder->dispatcher();
            if (!dispatcher || !dispatcher->isRunning()) {
                thread->quit();
                return;
            }
            QObject::connect(dispatcher, &NotificationDispatcher::finished, holder, [thread] { thread->quit(); });
            dispatcher->stop();
        },
        Qt::QueuedConnection);
    if (thread->wait(stopTimeoutMs())) {
        delete thread;
        return;
    }
    // Stuck on a database or a request that does not answer: let it go (the
    // holder keeps the database alive; the process is ending).
    qWarning("ReissueDesk: the notification dispatcher did not stop within %d ms; abandoning it", stopTimeoutMs());
}

} // namespace reissuedesk
