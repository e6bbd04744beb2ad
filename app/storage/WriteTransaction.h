#pragma once
// A write transaction on the calling thread's connection: BEGIN IMMEDIATE on
// SQLite (takes the write lock up front, waiting up to the busy timeout), BEGIN on
// PostgreSQL. Rolled back on destruction unless commit() succeeded, so an
// exception anywhere in between leaves nothing half-written.

#include <QSqlDatabase>

namespace reissuedesk {

class Database;

class WriteTransaction {
public:
    explicit WriteTransaction(const Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    QSqlDatabase &connection() { return m_db; }
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace reissuedesk
