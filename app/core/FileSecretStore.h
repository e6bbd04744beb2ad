#pragma once
// Secrets in files only their owner can read, for desks without a Secret
// Service (no desktop session, a kiosk, ssh -X): one file per secret under
// QStandardPaths::AppConfigLocation/secrets (a 0700 folder), mode 0600, the
// secret on the first line. Reading applies core/PasswordFile's rule, as ssh
// does for keys: a file that group or others may read is refused, not used.
// Files are written to a temporary name and renamed, so a crash never leaves
// half a token behind.

#include "core/SecretStore.h"

namespace reissuedesk {

class FileSecretStore final : public SecretStore {
public:
    // `folder`: where the files go (created 0700 on the first store()).
    explicit FileSecretStore(QString folder);
    // AppConfigLocation/secrets.
    static QString defaultFolder();

    QString where() const override;
    Lookup lookup(const SecretId &id) const override;
    QString store(const SecretId &id, const QString &secret) override;
    QString remove(const SecretId &id) override;

    // The file that holds `id` (whether or not it exists): the kind's name and
    // a hash of the name (a database URL is no file name).
    QString filePath(const SecretId &id) const;

private:
    QString m_folder;
};

} // namespace reissuedesk
