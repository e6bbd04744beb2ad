#include "models/DeskConnection.h"

#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/Migrator.h"
#include "storage/StorageError.h"

#include <QTimer>

namespace reissuedesk {

struct DeskConnection::Opened {
    std::shared_ptr<const Database> database;
    OperatorIdentity identity;
    QString operatorProblem;
};

DeskConnection::DeskConnection(JobRunner &runner, QObject *parent)
    : QObject(parent)
    , m_runner(runner)
{
    qRegisterMetaType<OperatorIdentity>();
}

DeskConnection::~DeskConnection() = default;

void DeskConnection::connectTo(const QString &urlText, const QString &password, const QString &operatorLogin)
{
    m_operatorLogin = operatorLogin;
    DatabaseUrl url;
    try {
        url = DatabaseUrl::resolve(urlText); // parsing only: no file, no network
    } catch (const StorageError &error) {
        m_slot.cancel();
        m_urlDisplay = urlText;
        // Said after the caller has finished setting up, like any other answer.
        QTimer::singleShot(0, this, [this, message = error.message()] { Q_EMIT failed(m_urlDisplay, message); });
        return;
    }
    if (!password.isEmpty())
        url = url.withPassword(password);
    m_urlDisplay = url.display();
    Q_EMIT connecting(m_urlDisplay);
    m_runner.run(
        JobRunner::Lane::Database, m_slot, this,
        [url, operatorLogin] {
            Opened opened;
            // Opens this lane's connection (and throws if it cannot).
            auto database = std::make_shared<const Database>(url);
            Migrator(*database).migrate();
            try {
                opened.identity = OperatorIdentity::resolve(*database, operatorLogin);
            } catch (const StorageError &error) {
                opened.operatorProblem = error.message();
            }
            opened.database = std::move(database);
            return opened;
        },
        [this](Opened opened) {
            m_database = opened.database;
            m_identity = opened.identity;
            m_runner.setDatabase(m_database);
            if (!opened.operatorProblem.isEmpty())
                Q_EMIT operatorProblem(opened.operatorProblem);
            Q_EMIT connected(m_identity);
        },
        [this](const JobError &error) { Q_EMIT failed(m_urlDisplay, error.message); });
}

void DeskConnection::useOpenDatabase(std::shared_ptr<const Database> database, const OperatorIdentity &identity)
{
    m_slot.cancel();
    m_urlDisplay = database->url().display();
    m_database = std::move(database);
    m_identity = identity;
    m_runner.setDatabase(m_database);
    Q_EMIT connected(m_identity);
}

} // namespace reissuedesk
