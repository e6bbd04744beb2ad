#pragma once
// Passwords of the embedded (one-desk) database, hashed with argon2id through
// libsodium's crypto_pwhash_str: the stored string carries the algorithm, salt
// and cost, so a later change of cost still verifies old hashes.
//
// Cost: crypto_pwhash_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (2 passes over
// 64 MiB, about 0.1 s on one desk core). MODERATE (256 MiB, ~0.7 s) would slow an
// offline attack on a stolen file more, but whoever holds the SQLite file
// already holds every application in it; the hash guards the login at this
// desk, where the lock-out (OperatorLogin) limits guessing, and the desk has to
// verify at every login and every unlock of the idle lock.
//
// PostgreSQL passwords never come here: the server keeps them (SCRAM-SHA-256).

#include <QString>

namespace reissuedesk {

class PasswordHasher {
public:
    // The storable argon2id string ("$argon2id$v=19$m=65536,t=2,p=1$...").
    // Throws std::runtime_error when libsodium cannot start or memory runs out.
    static QString hash(const QString &password);
    // True when `password` matches `storedHash`; false for a wrong password or
    // a string that is not an argon2id hash.
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace reissuedesk
