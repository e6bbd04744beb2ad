-- The due-slot helpers of the queue counters (0018) as expressions the
-- planner inlines (issue 13, item 5: idle desks).
--
-- 0019 made them PL/pgSQL with a SET search_path, so every call was a
-- function call with its settings saved and restored. The counting triggers
-- call them twice per changed row, and a desk's count calls them in its
-- conditions: when the planner read the delta table sequentially (a bloated
-- table right after a bulk load), it called reissuedesk_due_minute once per
-- row, 2,881 calls and 6 ms for one count, and 64 idle desks cost a quarter
-- of a core. A SQL function with a standard body (RETURN) and no SET clause
-- is inlined into the statement that calls it; its names are resolved now,
-- when it is created, so no search path can change what it calls. An
-- IMMUTABLE function is only inlined if its expression is immutable too, and
-- extract(epoch FROM timestamptz) is only STABLE: the seconds are taken from
-- the interval since the epoch instead, which is the same number.
CREATE OR REPLACE FUNCTION reissuedesk_due_slot(due TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN floor(extract(epoch FROM due - TIMESTAMPTZ '1970-01-01 00:00:00+00') / 600)::bigint;

CREATE OR REPLACE FUNCTION reissuedesk_due_minute(due TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN floor(extract(epoch FROM due - TIMESTAMPTZ '1970-01-01 00:00:00+00') / 60)::bigint;
