#pragma once
// Lets a PostgreSQL server settle before a timed phase of `stress`, so that
// what is timed is the phase and not the cleanup of the phase before it. Both
// of stress's phases get the same treatment: the decide phase after seeding,
// and the pgbench floor after deciding. Without it the floor ran while
// autovacuum was still busy with the decide phase's writes (see
// docs/BENCHMARKS.md, "Decide, seventh pass").
//
// VACUUM (ANALYZE) of every table that holds something, as far as the
// connected role may (tables it may not vacuum are skipped by the server with
// a warning, not shown). Empty tables are left alone: vacuumed, a table is
// known to be empty (reltuples 0) instead of assumed to be ten pages, and
// every desk's prepared statements and foreign-key checks planned against it
// keep scanning it whole as it fills during the phase — decisions and
// decision_claims were read sequentially 9,927 times in one 20,000-application
// run, 94 million rows, and nothing but autovacuum's next ANALYZE would have
// replanned them (docs/BENCHMARKS.md, "Decide, eighth pass").
// No CHECKPOINT: measured, one makes the phase after it slower, not quieter —
// every page it touches first is written whole to the WAL again
// (full_page_writes), so both phases' p99 rose by a third.

namespace reissuedesk {
class Database;
}

namespace reissuedesk::cli {

class QuietServer {
public:
    // Nothing on SQLite. Throws StorageError if VACUUM fails.
    static void settle(const Database &database);
};

} // namespace reissuedesk::cli
