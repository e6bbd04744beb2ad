#pragma once
// A number that moves whenever applications change, read by desks that poll
// for changes (ChangeWatcher, and the idle desks of `bench idle-desks`).
// SQLite: PRAGMA data_version, which moves when another connection commits.
// PostgreSQL: the change clock of migration 0024, SUM(n) of the queue
// counters' kind 7, to which every statement that changes applications adds
// the rows it changed in the same transaction, so a reader never sees the
// tick without the change. Only a difference between two readings means
// anything.

#include <QtGlobal>

namespace reissuedesk {

class Database;

class ChangeClock {
public:
    explicit ChangeClock(const Database &database);

    // One round trip on the calling thread's connection; throws StorageError.
    qint64 read() const;

private:
    const Database &m_database;
};

} // namespace reissuedesk
