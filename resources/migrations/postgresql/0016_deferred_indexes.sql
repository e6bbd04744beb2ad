-- Indexes a bulk load (seed-demo) dropped to build them again at its end
-- (issue 13). Rows are written in the same transaction as the DROP INDEX, and
-- deleted in the same transaction as the CREATE INDEX that brings one back, so
-- after a crash (kill -9, power loss) this table says exactly which indexes are
-- missing: every start (migrate, the desk, each admin command) re-creates them
-- before going on.
CREATE TABLE deferred_indexes (
    name        text PRIMARY KEY,
    table_name  text NOT NULL,
    definition  text NOT NULL,     -- the CREATE INDEX statement, from pg_indexes
    deferred_at timestamptz NOT NULL DEFAULT now(),
    deferred_by text NOT NULL      -- the program that dropped it, for the log
);

-- Desks read it to tell an operator why the queue is slow and who must act
-- (only the tables' owner can create the indexes).
GRANT SELECT ON deferred_indexes TO reissuedesk_operator, reissuedesk_admin;
