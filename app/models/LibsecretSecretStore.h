#pragma once
// Secrets in the desktop's Secret Service (GNOME Keyring, KWallet, KeePassXC)
// through libsecret, under the schema io.github.reissuedesk.Secret with the
// attributes {kind, name} (SecretId). The calls are libsecret's synchronous
// ones: they wait on D-Bus (and may wait for the user to unlock the keyring),
// so like every SecretStore call they run off the GUI thread.

#include "core/SecretStore.h"

namespace reissuedesk {

class LibsecretSecretStore final : public SecretStore {
public:
    QString where() const override;
    Lookup lookup(const SecretId &id) const override;
    QString store(const SecretId &id, const QString &secret) override;
    QString remove(const SecretId &id) override;

    // Asks the session bus for the Secret Service with a lookup that matches
    // nothing: "" when it answered, else why not (no bus, no service, locked).
    static QString probe();
};

} // namespace reissuedesk
