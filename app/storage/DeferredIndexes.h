#pragma once
// For bulk loads (seeding a million applications): drops secondary indexes that
// the load itself does not read, and re-creates them from their own definitions
// (read back from the database's catalogue, so nothing is written twice) once
// the rows are in. Building an index over sorted data at the end is several
// times faster than keeping it up to date row by row. If the load fails, the
// destructor still re-creates them.

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace reissuedesk {

class Database;

class DeferredIndexes {
public:
    // Drops the secondary indexes of `tables`, except those named in `keep`.
    DeferredIndexes(const Database &database, const QStringList &tables, const QStringList &keep);
    ~DeferredIndexes();
    DeferredIndexes(const DeferredIndexes &) = delete;
    DeferredIndexes &operator=(const DeferredIndexes &) = delete;

    // Re-creates the indexes (and refreshes planner statistics). Throws StorageError.
    void restore();

    QStringList droppedNames() const;

private:
    struct Index {
        QString name;
        QString definition;
    };
    const Database &m_database;
    QList<Index> m_dropped;
};

} // namespace reissuedesk
