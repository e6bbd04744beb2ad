#include "models/SettingsDraft.h"

#include "core/GatewayAccess.h"
#include "net/DocumentStore.h"
#include "storage/DatabaseUrl.h"
#include "storage/StorageError.h"

#include <QUrl>

namespace reissuedesk {
namespace {

QStringList trimmedNonEmpty(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        if (const QString trimmed = line.trimmed(); !trimmed.isEmpty())
            result.append(trimmed);
    }
    return result;
}

} // namespace

SettingsDraft SettingsDraft::load(const Settings &settings)
{
    SettingsDraft draft;
    draft.databaseUrl = settings.get(Settings::Key::LastDatabaseUrl).toString();
    draft.documentOrigins = settings.get(Settings::Key::DocumentStoreOrigins).toStringList();
    draft.documentInternalOrigins = settings.get(Settings::Key::DocumentStoreInternalOrigins).toStringList();
    draft.documentDirectories = settings.get(Settings::Key::DocumentStoreDirectories).toStringList();
    draft.documentTokenFile = settings.get(Settings::Key::DocumentStoreTokenFile).toString();
    draft.documentClientCertificate = settings.get(Settings::Key::DocumentStoreClientCertificate).toString();
    draft.documentClientKey = settings.get(Settings::Key::DocumentStoreClientKey).toString();
    draft.documentCaFile = settings.get(Settings::Key::DocumentStoreCaFile).toString();
    draft.gatewayUrl = settings.get(Settings::Key::GatewayUrl).toString();
    draft.gatewayTokenFile = settings.get(Settings::Key::GatewayTokenFile).toString();
    draft.language = settings.get(Settings::Key::Language).toString();
    draft.leaseMinutes = (settings.leaseSeconds() + 59) / 60;
    draft.autoAdvance = settings.autoAdvance();
    draft.idleLockMinutes = (qMax(0, settings.get(Settings::Key::IdleLockSeconds).toInt()) + 59) / 60;
    return draft;
}

QString SettingsDraft::databaseSecretName(const QString &urlText)
{
    try {
        return urlText.trimmed().isEmpty() ? DatabaseUrl::defaultEmbedded().display()
                                           : DatabaseUrl::parse(urlText.trimmed()).display();
    } catch (const StorageError &) {
        return {};
    }
}

QStringList SettingsDraft::problems(const SettingsDraft *loaded) const
{
    QStringList problems;
    if (!databaseUrl.trimmed().isEmpty()) {
        try {
            const DatabaseUrl url = DatabaseUrl::parse(databaseUrl.trimmed());
            if (!url.password().isEmpty())
                problems.append(tr("The database URL holds a password: remove it from the URL and type it in the "
                                   "password field, which keeps it out of the settings file."));
            if (url.isSqlite() && databasePassword.has_value() && !databasePassword->isEmpty())
                problems.append(tr("An SQLite database has no password; operators log in to it instead."));
        } catch (const StorageError &error) {
            problems.append(tr("The database URL is not valid: %1").arg(error.message()));
        }
    }

    DocumentStoreConfig store;
    store.origins = trimmedNonEmpty(documentOrigins);
    store.internalOrigins = trimmedNonEmpty(documentInternalOrigins);
    store.directories = trimmedNonEmpty(documentDirectories);
    QStringList storeProblems;
    DocumentStore::fromConfig(store, &storeProblems);
    for (const QString &problem : std::as_const(storeProblems))
        problems.append(tr("Document store: %1").arg(problem));
    if (documentClientCertificate.trimmed().isEmpty() != documentClientKey.trimmed().isEmpty())
        problems.append(tr("The document store needs both a client certificate and its key, or neither."));

    if (!gatewayUrl.trimmed().isEmpty()) {
        const QUrl url(gatewayUrl.trimmed(), QUrl::StrictMode);
        if (const QString problem = GatewayAccess::urlProblem(url); !problem.isEmpty())
            problems.append(tr("The gateway URL cannot be used: %1").arg(problem));
    }

    const bool leaseAsLoaded = loaded && loaded->leaseMinutes == leaseMinutes;
    if (!leaseAsLoaded && (leaseMinutes < MinLeaseMinutes || leaseMinutes > MaxLeaseMinutes))
        problems.append(tr("The lease must last between %1 and %2 minutes.").arg(MinLeaseMinutes).arg(MaxLeaseMinutes));
    const bool idleAsLoaded = loaded && loaded->idleLockMinutes == idleLockMinutes;
    if (!idleAsLoaded && (idleLockMinutes < 0 || idleLockMinutes > MaxIdleLockMinutes))
        problems.append(tr("The idle lock must come after at most %1 minutes (0: never).").arg(MaxIdleLockMinutes));
    if (language != QLatin1String("system") && language != QLatin1String("zh_CN") && language != QLatin1String("en"))
        problems.append(tr("The language \"%1\" is not offered.").arg(language));

    const auto checkSecret = [&problems](const std::optional<QString> &secret, const QString &what) {
        if (secret && !secret->isEmpty())
            if (const QString problem = SecretStore::secretProblem(*secret); !problem.isEmpty())
                problems.append(tr("%1: %2").arg(what, problem));
    };
    checkSecret(databasePassword, tr("Database password"));
    checkSecret(gatewayToken, tr("Gateway token"));
    checkSecret(documentStoreToken, tr("Document store token"));
    return problems;
}

QList<Settings::Key> SettingsDraft::apply(Settings &settings) const
{
    QList<Settings::Key> changed;
    const auto put = [&settings, &changed](Settings::Key key, const QVariant &value) {
        if (settings.get(key) == value)
            return;
        settings.set(key, value);
        changed.append(key);
    };
    put(Settings::Key::LastDatabaseUrl, databaseUrl.trimmed());
    put(Settings::Key::DocumentStoreOrigins, trimmedNonEmpty(documentOrigins));
    put(Settings::Key::DocumentStoreInternalOrigins, trimmedNonEmpty(documentInternalOrigins));
    put(Settings::Key::DocumentStoreDirectories, trimmedNonEmpty(documentDirectories));
    put(Settings::Key::DocumentStoreTokenFile, documentTokenFile.trimmed());
    put(Settings::Key::DocumentStoreClientCertificate, documentClientCertificate.trimmed());
    put(Settings::Key::DocumentStoreClientKey, documentClientKey.trimmed());
    put(Settings::Key::DocumentStoreCaFile, documentCaFile.trimmed());
    put(Settings::Key::GatewayUrl, gatewayUrl.trimmed());
    put(Settings::Key::GatewayTokenFile, gatewayTokenFile.trimmed());
    put(Settings::Key::Language, language);
    // Unchanged minutes keep seconds that are not whole minutes (an override, an old file).
    if ((settings.leaseSeconds() + 59) / 60 != leaseMinutes)
        put(Settings::Key::LeaseSeconds, leaseMinutes * 60);
    put(Settings::Key::AutoAdvance, autoAdvance);
    if ((qMax(0, settings.get(Settings::Key::IdleLockSeconds).toInt()) + 59) / 60 != idleLockMinutes)
        put(Settings::Key::IdleLockSeconds, idleLockMinutes * 60);
    settings.sync();
    return changed;
}

bool SettingsDraft::needsRestart(Settings::Key key)
{
    switch (key) {
    case Settings::Key::AutoAdvance: // the window follows Settings::changed
    case Settings::Key::IdleLockSeconds:
        return false;
    default:
        return true;
    }
}

QList<SettingsDraft::SecretChange> SettingsDraft::secretChanges() const
{
    QList<SecretChange> changes;
    const auto add = [&changes](const std::optional<QString> &secret, const SecretId &id, const QString &audit) {
        if (!secret)
            return;
        changes.append({id, secret->isEmpty() ? std::nullopt : secret, audit});
    };
    if (const QString name = databaseSecretName(databaseUrl); !name.isEmpty())
        add(databasePassword, SecretId::databasePassword(name), QStringLiteral("DatabasePassword"));
    add(gatewayToken, SecretId::gatewayToken(), QStringLiteral("GatewayToken"));
    add(documentStoreToken, SecretId::documentStoreToken(), QStringLiteral("DocumentStoreToken"));
    return changes;
}

QStringList SettingsDraft::saveSecrets(SecretStore &store, const QList<SecretChange> &changes)
{
    QStringList failures;
    for (const SecretChange &change : changes) {
        const QString error = change.secret ? store.store(change.id, *change.secret) : store.remove(change.id);
        if (!error.isEmpty())
            failures.append(error);
    }
    return failures;
}

} // namespace reissuedesk
