#pragma once
// `bench idle-desks`: what a room of desks that nobody is typing at costs the
// shared PostgreSQL server. Each simulated desk is one connection doing what
// QueueModel and ChangeWatcher do on their timers when nothing is asked of
// them: the change watcher's "SELECT 1" every 3 s, and the status bar's counts
// at the throttled rate of a busy office (every 2 s by default: other desks'
// decisions keep notifying). The server's cost is read from the kernel, not
// guessed from client timings: utime + stime of each desk's backend process
// (its pid from pg_backend_pid(); /proc/<pid>/stat, so the server must run on
// this machine) over the measured window, as a percentage of one core.
// --scan runs the counts the old way (COUNT(*) over applications) for the
// "before" figure.

#include "cli/CommandOutput.h"

#include <optional>

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class IdleDeskBenchmark {
public:
    struct Options {
        int desks = 64;
        int seconds = 60;
        double countEverySeconds = 2.0;
        double pollEverySeconds = 3.0;
        bool scan = false; // the pre-0018 COUNT(*) queries
    };

    IdleDeskBenchmark(const Database &database, const Options &options);

    // Prints one record; returns the exit code.
    int run(const CommandOutput &out);

    // utime + stime of a process in seconds (nullopt: not readable here).
    static std::optional<double> processCpuSeconds(qint64 pid);

private:
    const Database &m_database;
    Options m_options;
};

} // namespace reissuedesk::cli
