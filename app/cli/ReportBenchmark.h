#pragma once
// `reissuedesk-admin bench report`: times what the reports page loads
// (ReportRepository::load) for today, the last 7 and the last 30 days, and for
// the 30 days each part on its own, on an existing, seeded database. The page's
// promise is under a second on 1,000,000 applications (docs/BENCHMARKS.md).
// There is no reference client to compare with: every case is SQL already.

#include "cli/Benchmark.h"

#include <functional>

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class ReportBenchmark {
public:
    ReportBenchmark(const Database &database, const BenchOptions &options);

    void run(const std::function<void(const QString &)> &progress,
             const std::function<void(const BenchCase &)> &report);

    qint64 applications() const { return m_applications; }

private:
    BenchCase measure(const QString &name, const std::function<qint64()> &work) const;

    const Database &m_database;
    BenchOptions m_options;
    qint64 m_applications = 0;
};

} // namespace reissuedesk::cli
