#pragma once
// The audit log as a CSV file for a spreadsheet (issue 9: "CSV export"). Read
// in keyset pages with AuditRepository::page, written as UTF-8 with a byte
// order mark (so Excel reads Chinese correctly), every field quoted, and any
// field that a spreadsheet would take for a formula (= + - @, tab, carriage
// return first) prefixed with a quote: the detail holds text operators typed.
// The export itself is audited ('audit.exported', with the filter and the row
// count). Runs SQL and writes a file: call it on a worker (the JobRunner).

#include "storage/AuditRepository.h"

#include <atomic>
#include <functional>

class QIODevice;

namespace reissuedesk {

class Database;

class AuditCsvExport {
public:
    static constexpr int PageSize = 500;

    AuditCsvExport(const Database &database, qint64 exporterId);

    // Writes every row matching `filter` to `path` (replaced atomically), newest
    // first, and returns how many. `rowsWritten` (when given) is updated as
    // pages are written, for a progress bar on another thread; `cancel` set to
    // true stops before the next page and nothing is written. Throws
    // StorageError (the database) or std::runtime_error (the file).
    qint64 exportTo(const QString &path, const AuditFilter &filter, std::atomic<qint64> *rowsWritten = nullptr,
                    const std::atomic<bool> *cancel = nullptr) const;

    // The same into an open device, without the audit row.
    qint64 write(QIODevice &device, const AuditFilter &filter, std::atomic<qint64> *rowsWritten = nullptr,
                 const std::atomic<bool> *cancel = nullptr) const;

    // One CSV field: quoted, quotes doubled, formula starts defused.
    static QString field(const QString &value);
    static QString header();

private:
    const Database &m_database;
    qint64 m_exporterId;
};

} // namespace reissuedesk
