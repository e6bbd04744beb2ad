#pragma once
// Where the desk keeps its secrets — the database password, the gateway token,
// the document store token — so that none of them sits in the plain settings
// file (DESIGN.md "Trust boundaries"). Two back ends: the desktop's Secret
// Service (models/LibsecretSecretStore) and owner-only files (FileSecretStore);
// models/DeskSecretStore picks one at run time.
//
// Every call may block (D-Bus, the disk): call it off the GUI thread (a
// JobRunner job, the dispatcher's thread). Errors are sentences for people and
// never contain the secret.

#include <QString>
#include <optional>

namespace reissuedesk {

enum class SecretKind {
    DatabasePassword,   // name: the database URL as displayed (no password in it)
    GatewayToken,       // name: "gateway"
    DocumentStoreToken, // name: "document-store"
};

struct SecretId {
    SecretKind kind = SecretKind::GatewayToken;
    QString name;

    // "database-password", "gateway-token", "document-store-token": the
    // Secret Service's `kind` attribute and the file name's prefix.
    static QString kindName(SecretKind kind);
    static SecretId gatewayToken() { return {SecretKind::GatewayToken, QStringLiteral("gateway")}; }
    static SecretId documentStoreToken() { return {SecretKind::DocumentStoreToken, QStringLiteral("document-store")}; }
    static SecretId databasePassword(const QString &urlDisplay) { return {SecretKind::DatabasePassword, urlDisplay}; }
};

class SecretStore {
public:
    struct Lookup {
        std::optional<QString> secret; // nullopt: none stored (or an error)
        QString error;                 // a sentence; empty on success

        bool ok() const { return error.isEmpty(); }
    };

    virtual ~SecretStore() = default;

    // Where secrets go, for people: "the Secret Service (GNOME Keyring, KWallet)"
    // or "owner-only files in /home/…/secrets".
    virtual QString where() const = 0;
    virtual Lookup lookup(const SecretId &id) const = 0;
    // Replaces what is stored under `id`. Returns "" or a sentence. A secret is
    // one line: line breaks are refused (it may end up in an HTTP header).
    virtual QString store(const SecretId &id, const QString &secret) = 0;
    // Forgets `id`; nothing stored is not an error. Returns "" or a sentence.
    virtual QString remove(const SecretId &id) = 0;

    // The line-break rule shared by the back ends: "" or a sentence.
    static QString secretProblem(const QString &secret);
};

} // namespace reissuedesk
