#pragma once
// Runs `work` (one whole transaction) again after errors that a retry can
// cure: serialization failures and deadlocks (40001, 40P01), a busy SQLite
// file, and a lost connection (reopened first), up to six tries with a
// growing pause. Work that is not idempotent by itself must make itself so
// (a decision checks its idempotency key first; a shipment line finds itself
// shipped).

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QThread>

namespace reissuedesk {

template <typename Work> auto retryTransaction(const Database &database, Work work)
{
    constexpr int maxAttempts = 6;
    for (int attempt = 1;; ++attempt) {
        try {
            return work();
        } catch (const StorageError &error) {
            const bool retryable =
                error.kind() == StorageError::Kind::Retryable || error.kind() == StorageError::Kind::Connection;
            if (!retryable || attempt >= maxAttempts)
                throw;
            if (error.kind() == StorageError::Kind::Connection)
                database.dropThreadConnection();
            QThread::msleep(static_cast<unsigned long>(20 * attempt * attempt));
        }
    }
}

} // namespace reissuedesk
