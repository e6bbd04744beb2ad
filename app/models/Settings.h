#pragma once
// The desk's preferences as typed keys with defaults (after KeePassXC's
// src/core/Config.h): code asks for Settings::LeaseSeconds, never for a string
// it might misspell, and a page that shows a preference listens to changed(key)
// instead of re-reading QSettings. QSettings stays underneath (the organisation
// and application names choose the file), so existing desks keep their choices.

#include <QHash>
#include <QObject>
#include <QSettings>
#include <QVariant>
#include <memory>

namespace reissuedesk {

class SecretStore;

class Settings : public QObject {
    Q_OBJECT

public:
    enum class Key {
        LeaseSeconds,    // int: how long a claim lasts without renewal
        AutoAdvance,     // bool: after a decision, open the next application
        QueueFilter,     // QVariantMap (QueueFilter::toVariant): the last filter
        QueueHeader,     // QByteArray: the queue's column order, widths, hidden
        QueueSplitter,   // QByteArray: list | detail pane
        WindowGeometry,  // QByteArray: QMainWindow::saveGeometry
        WindowState,     // QByteArray: QMainWindow::saveState
        LastDatabaseUrl, // QString: shown in the connection dialog (never a password)
        IdleLockSeconds, // int: idle time before the desk locks itself (0: never)
        // The document store (docs/ADMINISTRATION.md "Document store"): where
        // document URLs may point. Secrets only as paths to owner-only files.
        DocumentStoreOrigins,           // QStringList: "https://host/prefix/"
        DocumentStoreInternalOrigins,   // QStringList: same, may be loopback/private
        DocumentStoreDirectories,       // QStringList: folders for file: documents
        DocumentStoreTokenFile,         // QString: file whose first line is the bearer token
        DocumentStoreClientCertificate, // QString: PEM certificate file
        DocumentStoreClientKey,         // QString: PEM key file (owner-only)
        DocumentStoreCaFile,            // QString: extra CA certificates (PEM)
        // The notification gateway for the embedded one-desk setup (SQLite
        // only; PostgreSQL desks leave it to the dispatcher service).
        GatewayUrl,       // QString: base URL; empty: this desk sends nothing
        GatewayTokenFile, // QString: file whose first line is the bearer token
        // The desk's language (docs/OPERATOR-GUIDE.md "Language"): "system"
        // follows the system locale; "zh_CN" or "en" choose. Read at start-up.
        Language, // QString
        KEY_COUNT
    };
    Q_ENUM(Key)

    // Reads and writes the application's QSettings.
    explicit Settings(QObject *parent = nullptr);
    // Reads and writes `fileName` (INI): for tests.
    explicit Settings(const QString &fileName, QObject *parent = nullptr);
    ~Settings() override;

    // The settings an administrator answers for (claims, locking, where
    // documents may come from, which database): their changes are audited.
    static bool isAudited(Key key);
    // "IdleLockSeconds": the key's name, for the audit log.
    static QString keyName(Key key);

    QVariant get(Key key) const;
    // Stores `value` (the default: removes the key); emits changed() when the
    // effective value differs.
    void set(Key key, const QVariant &value);
    void reset(Key key);
    // For this process only, not stored, and stronger than the stored value
    // (gui_main's environment variables, e.g. REISSUEDESK_LEASE_SECONDS).
    void setOverride(Key key, const QVariant &value);

    static QVariant defaultValue(Key key);
    static QString storageKey(Key key);

    // Typed shorthands for the keys read in many places.
    int leaseSeconds() const;
    bool autoAdvance() const { return get(Key::AutoAdvance).toBool(); }

    void sync();

    // Where the secrets the settings refer to live (models/DeskSecretStore;
    // set by gui_main, nullptr in tests that do not need it). Settings never
    // writes a secret into its own file.
    void setSecretStore(std::shared_ptr<SecretStore> store) { m_secrets = std::move(store); }
    std::shared_ptr<SecretStore> secretStore() const { return m_secrets; }

Q_SIGNALS:
    void changed(reissuedesk::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
    QHash<Key, QVariant> m_overrides;
    std::shared_ptr<SecretStore> m_secrets;
};

} // namespace reissuedesk
