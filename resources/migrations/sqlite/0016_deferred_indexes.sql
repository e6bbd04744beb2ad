-- Indexes a bulk load dropped and has not yet built again; see
-- ../postgresql/0016_deferred_indexes.sql. Times in UTC epoch milliseconds.
CREATE TABLE deferred_indexes (
    name        TEXT PRIMARY KEY,
    table_name  TEXT NOT NULL,
    definition  TEXT NOT NULL,
    deferred_at INTEGER NOT NULL,
    deferred_by TEXT NOT NULL
);
