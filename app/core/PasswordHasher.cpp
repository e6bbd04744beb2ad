#include "core/PasswordHasher.h"

#include <sodium.h>

#include <stdexcept>

namespace reissuedesk {
namespace {

void initialiseSodium()
{
    // Safe to call from any thread, any number of times.
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    initialiseSodium();
    const QByteArray bytes = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, bytes.constData(), static_cast<unsigned long long>(bytes.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash the password (argon2id needs 64 MiB)");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!storedHash.startsWith(QLatin1String("$argon2id$")))
        return false;
    initialiseSodium();
    const QByteArray hashBytes = storedHash.toLatin1();
    const QByteArray bytes = password.toUtf8();
    return crypto_pwhash_str_verify(hashBytes.constData(), bytes.constData(),
                                    static_cast<unsigned long long>(bytes.size())) == 0;
}

} // namespace reissuedesk
