#pragma once
// `reissuedesk-admin bench queue`: times the queue's reads (QueueRepository::page
// with the filters, searches and sort orders operators use, a 50-page keyset
// scroll, and the status-bar counts) on an existing, seeded database, and each
// page statement again through the database's own client (SqlClientTimer) as
// the floor we are compared with.
//
// Search values come from the database itself: the first application at or
// after the median id that the default queue (pending and in review) shows, so
// the searches run on the default filter and the exact-number search finds one row.

#include "cli/Benchmark.h"
#include "cli/SqlClientTimer.h"
#include "core/QueueFilter.h"

#include <QDateTime>
#include <QStringList>
#include <functional>
#include <optional>

namespace reissuedesk {
class Database;
class QueueRepository;
struct QueueRow;
} // namespace reissuedesk

namespace reissuedesk::cli {

class QueueBenchmark {
public:
    QueueBenchmark(const Database &database, const BenchOptions &options);

    // Measures every case, telling `progress` which one starts and handing each
    // result to `report` as soon as it is measured. Throws StorageError, or
    // std::runtime_error when the queue is empty.
    void run(const std::function<void(const QString &)> &progress,
             const std::function<void(const BenchCase &)> &report);

    // Figures for the summary line, valid after run().
    qint64 applications() const { return m_applications; }
    QString floorClient() const { return m_floorClient; }
    QDateTime now() const { return m_now; }

    static constexpr int pageSize = 100;
    static constexpr int scrollPages = 50;

private:
    struct Sample {
        QString number;
        QString phone;
        QString name;
        QString cardLast4;
    };
    Sample pickSample(const QueueRepository &repository) const;
    BenchCase measurePage(const QueueRepository &repository, const SqlClientTimer &timer, const QString &name,
                          const QueueFilter &filter) const;
    BenchCase measureScroll(const QueueRepository &repository, const SqlClientTimer &timer) const;
    BenchCase measureCounts(const QueueRepository &repository) const;
    // The page statement for `filter` after `after` with its values written in.
    QString inlinedStatement(const QueueRepository &repository, const QueueFilter &filter,
                             const std::optional<QueueRow> &after) const;
    // The page statement for `filter` after `after`, timed by the database's client.
    SqlClientTimer::Result measureFloor(const QueueRepository &repository, const SqlClientTimer &timer,
                                        const QueueFilter &filter, const std::optional<QueueRow> &after,
                                        double estimateMs) const;

    const Database &m_database;
    BenchOptions m_options;
    qint64 m_applications = 0;
    QString m_floorClient;
    QDateTime m_now;
};

} // namespace reissuedesk::cli
