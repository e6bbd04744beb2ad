#include "models/DeskSecretStore.h"

#include "core/FileSecretStore.h"
#include "models/LibsecretSecretStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace reissuedesk {

DeskSecretStore::Backend DeskSecretStore::choose(const Facts &facts, QString *why)
{
    why->clear();
    if (facts.requested == QLatin1String("file"))
        return Backend::File;
    if (facts.requested == QLatin1String("secret-service"))
        return Backend::SecretService;
    if (!facts.sessionBus) {
        *why = QCoreApplication::translate("DeskSecretStore", "this session has no D-Bus session bus");
        return Backend::File;
    }
    const QString problem = facts.probe ? facts.probe() : QString();
    if (!problem.isEmpty()) {
        *why = QCoreApplication::translate("DeskSecretStore", "the Secret Service did not answer (%1)").arg(problem);
        return Backend::File;
    }
    return Backend::SecretService;
}

DeskSecretStore::Facts DeskSecretStore::environmentFacts()
{
    Facts facts;
    facts.requested = qEnvironmentVariable("REISSUEDESK_SECRET_STORE");
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    facts.sessionBus = !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty() ||
                       (!runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus")));
    facts.probe = &LibsecretSecretStore::probe;
    return facts;
}

DeskSecretStore::DeskSecretStore(Facts facts, QString fileFolder)
    : m_facts(std::move(facts))
    , m_fileFolder(fileFolder.isEmpty() ? FileSecretStore::defaultFolder() : std::move(fileFolder))
{
}

DeskSecretStore::~DeskSecretStore() = default;

SecretStore &DeskSecretStore::chosen() const
{
    QMutexLocker lock(&m_mutex);
    if (!m_chosen) {
        m_backend = choose(m_facts, &m_why);
        if (m_backend == Backend::SecretService)
            m_chosen = std::make_unique<LibsecretSecretStore>();
        else
            m_chosen = std::make_unique<FileSecretStore>(m_fileFolder);
    }
    return *m_chosen;
}

DeskSecretStore::Backend DeskSecretStore::backend() const
{
    chosen();
    QMutexLocker lock(&m_mutex);
    return m_backend;
}

QString DeskSecretStore::where() const
{
    const QString where = chosen().where();
    QMutexLocker lock(&m_mutex);
    if (m_why.isEmpty())
        return where;
    return QCoreApplication::translate("DeskSecretStore", "%1 (%2)").arg(where, m_why);
}

SecretStore::Lookup DeskSecretStore::lookup(const SecretId &id) const
{
    return chosen().lookup(id);
}

QString DeskSecretStore::store(const SecretId &id, const QString &secret)
{
    return chosen().store(id, secret);
}

QString DeskSecretStore::remove(const SecretId &id)
{
    return chosen().remove(id);
}

} // namespace reissuedesk
