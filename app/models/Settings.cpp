#include "models/Settings.h"

#include <QMetaEnum>

#include "core/SecretStore.h"
#include "storage/ReviewService.h"

namespace reissuedesk {

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::storageKey(Key key)
{
    // The names the desk used before the keys were typed: saved layouts survive.
    switch (key) {
    case Key::LeaseSeconds:
        return QStringLiteral("review/leaseSeconds");
    case Key::AutoAdvance:
        return QStringLiteral("review/autoAdvance");
    case Key::QueueFilter:
        return QStringLiteral("queue/lastFilter");
    case Key::QueueHeader:
        return QStringLiteral("queue/header");
    case Key::QueueSplitter:
        return QStringLiteral("queue/splitter");
    case Key::WindowGeometry:
        return QStringLiteral("mainWindow/geometry");
    case Key::WindowState:
        return QStringLiteral("mainWindow/state");
    case Key::LastDatabaseUrl:
        return QStringLiteral("database/lastUrl");
    case Key::IdleLockSeconds:
        return QStringLiteral("security/idleLockSeconds");
    case Key::DocumentStoreOrigins:
        return QStringLiteral("documentStore/origins");
    case Key::DocumentStoreInternalOrigins:
        return QStringLiteral("documentStore/internalOrigins");
    case Key::DocumentStoreDirectories:
        return QStringLiteral("documentStore/directories");
    case Key::DocumentStoreTokenFile:
        return QStringLiteral("documentStore/tokenFile");
    case Key::DocumentStoreClientCertificate:
        return QStringLiteral("documentStore/clientCertificate");
    case Key::DocumentStoreClientKey:
        return QStringLiteral("documentStore/clientKey");
    case Key::DocumentStoreCaFile:
        return QStringLiteral("documentStore/caFile");
    case Key::GatewayUrl:
        return QStringLiteral("gateway/url");
    case Key::GatewayTokenFile:
        return QStringLiteral("gateway/tokenFile");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::KEY_COUNT:
        break;
    }
    return {};
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::LeaseSeconds:
        return ReviewService::DefaultLeaseSeconds;
    case Key::AutoAdvance:
        return true;
    case Key::QueueFilter:
        return QVariantMap();
    case Key::QueueHeader:
    case Key::QueueSplitter:
    case Key::WindowGeometry:
    case Key::WindowState:
        return QByteArray();
    case Key::LastDatabaseUrl:
    case Key::DocumentStoreTokenFile:
    case Key::DocumentStoreClientCertificate:
    case Key::DocumentStoreClientKey:
    case Key::DocumentStoreCaFile:
    case Key::GatewayUrl:
    case Key::GatewayTokenFile:
        return QString();
    case Key::IdleLockSeconds:
        return 10 * 60;
    case Key::Language:
        return QStringLiteral("system");
    case Key::DocumentStoreOrigins:
    case Key::DocumentStoreInternalOrigins:
    case Key::DocumentStoreDirectories:
        return QStringList();
    case Key::KEY_COUNT:
        break;
    }
    return {};
}

QVariant Settings::get(Key key) const
{
    if (const auto found = m_overrides.constFind(key); found != m_overrides.cend())
        return *found;
    const QVariant fallback = defaultValue(key);
    const QVariant stored = m_settings->value(storageKey(key));
    if (!stored.isValid())
        return fallback;
    // INI files give strings back: convert to the default's type.
    QVariant converted = stored;
    if (fallback.isValid() && converted.metaType() != fallback.metaType() && !converted.convert(fallback.metaType()))
        return fallback;
    return converted;
}

void Settings::set(Key key, const QVariant &value)
{
    const QVariant before = get(key);
    if (value == defaultValue(key))
        m_settings->remove(storageKey(key));
    else
        m_settings->setValue(storageKey(key), value);
    if (get(key) != before)
        Q_EMIT changed(key);
}

void Settings::setOverride(Key key, const QVariant &value)
{
    const QVariant before = get(key);
    m_overrides.insert(key, value);
    if (get(key) != before)
        Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    set(key, defaultValue(key));
}

int Settings::leaseSeconds() const
{
    const int seconds = get(Key::LeaseSeconds).toInt();
    return seconds > 0 ? seconds : ReviewService::DefaultLeaseSeconds;
}

void Settings::sync()
{
    m_settings->sync();
}

bool Settings::isAudited(Key key)
{
    switch (key) {
    case Key::LeaseSeconds:
    case Key::LastDatabaseUrl:
    case Key::IdleLockSeconds:
    case Key::DocumentStoreOrigins:
    case Key::DocumentStoreInternalOrigins:
    case Key::DocumentStoreDirectories:
    case Key::DocumentStoreTokenFile:
    case Key::DocumentStoreClientCertificate:
    case Key::DocumentStoreClientKey:
    case Key::DocumentStoreCaFile:
    case Key::GatewayUrl:
    case Key::GatewayTokenFile:
        return true;
    case Key::AutoAdvance: // personal preferences and layout
    case Key::QueueFilter:
    case Key::QueueHeader:
    case Key::QueueSplitter:
    case Key::WindowGeometry:
    case Key::WindowState:
    case Key::Language:
    case Key::KEY_COUNT:
        break;
    }
    return false;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(QMetaEnum::fromType<Key>().valueToKey(int(key)));
}

} // namespace reissuedesk
