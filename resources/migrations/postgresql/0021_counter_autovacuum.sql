-- Autovacuum for the queue counters' delta rows (0018) as for a queue table.
--
-- Every write statement on applications inserts a few delta rows and now and
-- then a compaction deletes them and rewrites the compacted rows: a small
-- table with a high turnover. With the default thresholds (20 % of the table
-- dead) autovacuum came seldom, and every desk's count read past the dead
-- versions: after a 1,000,000-application seed, 25,201 index entries for 144
-- live rows, count median 4.2 ms instead of 0.9 ms, and 64 idle desks cost
-- 15 % of a core instead of 3 % (docs/BENCHMARKS.md). A fixed threshold keeps
-- it small whatever its size.
ALTER TABLE queue_count_deltas SET (
    autovacuum_vacuum_scale_factor = 0,
    autovacuum_vacuum_threshold = 2000,
    autovacuum_analyze_scale_factor = 0,
    autovacuum_analyze_threshold = 2000
);
