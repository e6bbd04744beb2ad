#pragma once
// The desk's SecretStore: the Secret Service when the session has one, else
// owner-only files (docs/ADMINISTRATION.md "Settings and secrets"). The choice
// waits on D-Bus, so it is made on the first call — which, like every
// SecretStore call, runs off the GUI thread — and kept for the process.
//
// $REISSUEDESK_SECRET_STORE=file or =secret-service forces a back end (an
// administrator who wants files on a desktop, tests). A forced Secret Service
// that does not answer stays chosen: its calls fail with the reason rather
// than silently writing files.

#include "core/SecretStore.h"

#include <QMutex>
#include <QString>
#include <functional>
#include <memory>

namespace reissuedesk {

class DeskSecretStore final : public SecretStore {
public:
    enum class Backend { SecretService, File };

    // What the choice is made from; `probe` runs only when a bus is there.
    struct Facts {
        QString requested;              // $REISSUEDESK_SECRET_STORE: "", "file", "secret-service"
        bool sessionBus = false;        // $DBUS_SESSION_BUS_ADDRESS or $XDG_RUNTIME_DIR/bus
        std::function<QString()> probe; // "" when the Secret Service answered
    };
    // The rule, kept apart so tests can check it without a bus. `*why` says
    // why files were chosen ("" for the Secret Service, or when forced).
    static Backend choose(const Facts &facts, QString *why);
    // The facts of this process's environment.
    static Facts environmentFacts();

    // `fileFolder`: where the file back end writes (default: FileSecretStore::defaultFolder()).
    explicit DeskSecretStore(Facts facts = environmentFacts(), QString fileFolder = {});
    ~DeskSecretStore() override;

    QString where() const override;
    Lookup lookup(const SecretId &id) const override;
    QString store(const SecretId &id, const QString &secret) override;
    QString remove(const SecretId &id) override;

    // Which back end (chooses if not done yet: blocks).
    Backend backend() const;

private:
    SecretStore &chosen() const;

    Facts m_facts;
    QString m_fileFolder;
    mutable QMutex m_mutex;
    mutable std::unique_ptr<SecretStore> m_chosen;
    mutable Backend m_backend = Backend::File;
    mutable QString m_why;
};

} // namespace reissuedesk
