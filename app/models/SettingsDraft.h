#pragma once
// What the Settings dialog edits, without widgets: the values as the dialog
// shows them (minutes, not seconds), the sentences that say what is wrong with
// them, and how they go back into Settings and the SecretStore. The dialog only
// copies between its fields and a draft; the rules live here and are tested
// without a window.
//
// Secrets are not loaded into a draft (the dialog never shows one): a secret
// field is "unchanged" until the operator types a new value or asks to forget it.

#include "core/SecretStore.h"
#include "models/Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

namespace reissuedesk {

class SettingsDraft {
    Q_DECLARE_TR_FUNCTIONS(SettingsDraft)

public:
    static constexpr int MinLeaseMinutes = 5;
    static constexpr int MaxLeaseMinutes = 120;
    static constexpr int MaxIdleLockMinutes = 240;

    QString databaseUrl; // empty: the embedded database
    QStringList documentOrigins;
    QStringList documentInternalOrigins;
    QStringList documentDirectories;
    QString documentTokenFile;
    QString documentClientCertificate;
    QString documentClientKey;
    QString documentCaFile;
    QString gatewayUrl; // empty: this desk sends nothing
    QString gatewayTokenFile;
    QString language = QStringLiteral("system"); // "system", "zh_CN", "en"
    int leaseMinutes = 15;
    bool autoAdvance = true;
    int idleLockMinutes = 10; // 0: never

    // A secret typed in the dialog: nullopt leaves the stored one alone, an
    // empty string forgets it.
    std::optional<QString> databasePassword;
    std::optional<QString> gatewayToken;
    std::optional<QString> documentStoreToken;

    static SettingsDraft load(const Settings &settings);

    // What is wrong, one sentence each; empty when the draft can be saved.
    // With `loaded`, a lease or idle lock left as loaded is not judged (a
    // REISSUEDESK_LEASE_SECONDS override of 60 s must not block saving).
    QStringList problems(const SettingsDraft *loaded = nullptr) const;

    // Writes the settings that differ (Settings::set emits changed(), which the
    // window audits) and returns the keys that changed.
    QList<Settings::Key> apply(Settings &settings) const;

    // Whether a change of `key` takes effect only when the desk starts again.
    static bool needsRestart(Settings::Key key);

    struct SecretChange {
        SecretId id;
        std::optional<QString> secret; // nullopt: remove
        QString auditName;             // "GatewayToken": the audit log's key (never the value)
    };
    // The secrets to store or forget, against the database URL of the draft.
    QList<SecretChange> secretChanges() const;
    // Runs `changes` against `store` (blocks: off the GUI thread). Returns
    // the sentences of those that failed.
    static QStringList saveSecrets(SecretStore &store, const QList<SecretChange> &changes);

    // The database URL the password belongs to, as displayed ("" if invalid):
    // the name of the DatabasePassword secret.
    static QString databaseSecretName(const QString &urlText);
};

} // namespace reissuedesk
