#pragma once
// The counts a desk shows, two ways. scanned(): COUNT(*)s over applications,
// exact by definition, which on a big PostgreSQL database cost 100+ ms of
// server time per refresh, per desk. fromCounters() (PostgreSQL): sums of the
// delta rows that migration 0018's statement triggers keep, plus an index
// range of one minute for the "overdue" line the clock moves (see that
// migration for the design and its cost). Both in one statement, so each answer is one
// snapshot. SQLite keeps the scan: it serves one desk from a local file, where
// the counts are a few milliseconds and nobody else pays for them.

#include "storage/QueueRepository.h"

namespace reissuedesk {

class Database;

class QueueCountReader {
public:
    QueueCountReader(const Database &database, qint64 operatorId);

    // What the desk uses: the counters where the database keeps them, else the scan.
    QueueCounts counts(const QDateTime &now) const;
    QueueCounts scanned(const QDateTime &now) const;
    QueueCounts fromCounters(const QDateTime &now) const; // PostgreSQL only

    static bool hasCounters(const Database &database);

private:
    const Database &m_database;
    qint64 m_operatorId;
};

} // namespace reissuedesk
