#include "models/LibsecretSecretStore.h"

#include <QCoreApplication>

#include <libsecret/secret.h>

namespace reissuedesk {
namespace {

const SecretSchema *schema()
{
    static const SecretSchema value = [] {
        SecretSchema s{};
        s.name = "io.github.reissuedesk.Secret";
        s.flags = SECRET_SCHEMA_NONE;
        s.attributes[0] = {"kind", SECRET_SCHEMA_ATTRIBUTE_STRING};
        s.attributes[1] = {"name", SECRET_SCHEMA_ATTRIBUTE_STRING};
        return s;
    }();
    return &value;
}

// The attributes as libsecret's *v calls take them; owns the strings.
class Attributes {
public:
    explicit Attributes(const SecretId &id)
        : m_kind(SecretId::kindName(id.kind).toUtf8())
        , m_name(id.name.toUtf8())
        , m_table(g_hash_table_new(g_str_hash, g_str_equal))
    {
        g_hash_table_insert(m_table, const_cast<char *>("kind"), m_kind.data());
        g_hash_table_insert(m_table, const_cast<char *>("name"), m_name.data());
    }
    ~Attributes() { g_hash_table_unref(m_table); }
    Attributes(const Attributes &) = delete;
    Attributes &operator=(const Attributes &) = delete;
    GHashTable *table() const { return m_table; }

private:
    QByteArray m_kind;
    QByteArray m_name;
    GHashTable *m_table;
};

// Takes the GError's message and frees it.
QString takeError(GError *error)
{
    const QString message = QString::fromUtf8(error->message);
    g_error_free(error);
    return message;
}

} // namespace

QString LibsecretSecretStore::where() const
{
    return QCoreApplication::translate("LibsecretSecretStore", "the desktop's Secret Service (the keyring)");
}

SecretStore::Lookup LibsecretSecretStore::lookup(const SecretId &id) const
{
    Lookup result;
    const Attributes attributes(id);
    GError *error = nullptr;
    gchar *secret = secret_password_lookupv_sync(schema(), attributes.table(), nullptr, &error);
    if (error) {
        result.error =
            QCoreApplication::translate("LibsecretSecretStore", "The Secret Service could not be asked for the %1: %2")
                .arg(SecretId::kindName(id.kind), takeError(error));
    } else if (secret) {
        result.secret = QString::fromUtf8(secret);
    }
    if (secret)
        secret_password_free(secret);
    return result;
}

QString LibsecretSecretStore::store(const SecretId &id, const QString &secret)
{
    if (QString problem = secretProblem(secret); !problem.isEmpty())
        return problem;
    const Attributes attributes(id);
    const QByteArray label = QStringLiteral("ReissueDesk %1 (%2)").arg(SecretId::kindName(id.kind), id.name).toUtf8();
    const QByteArray bytes = secret.toUtf8();
    GError *error = nullptr;
    secret_password_storev_sync(schema(), attributes.table(), SECRET_COLLECTION_DEFAULT, label.constData(),
                                bytes.constData(), nullptr, &error);
    if (error)
        return QCoreApplication::translate("LibsecretSecretStore", "The Secret Service did not store the %1: %2")
            .arg(SecretId::kindName(id.kind), takeError(error));
    return {};
}

QString LibsecretSecretStore::remove(const SecretId &id)
{
    const Attributes attributes(id);
    GError *error = nullptr;
    secret_password_clearv_sync(schema(), attributes.table(), nullptr, &error);
    if (error)
        return QCoreApplication::translate("LibsecretSecretStore", "The Secret Service did not remove the %1: %2")
            .arg(SecretId::kindName(id.kind), takeError(error));
    return {};
}

QString LibsecretSecretStore::probe()
{
    const Lookup found = LibsecretSecretStore().lookup({SecretKind::GatewayToken, QStringLiteral("(probe)")});
    return found.error;
}

} // namespace reissuedesk
