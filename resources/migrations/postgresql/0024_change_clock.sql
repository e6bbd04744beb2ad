-- Desks learn of changes from a change clock they poll, not from NOTIFY
-- (issue 13, item 6: decide latency at 32 desks).
--
-- 0003 and 0020 sent NOTIFY reissuedesk_changes from every statement that
-- changed applications: every claim and every decision. PostgreSQL takes one
-- lock for the whole cluster at the COMMIT of any transaction that sent a
-- NOTIFY ("AccessExclusiveLock on object 0 of class 1262") and holds it until
-- the commit is done, so those commits ran one at a time. Sampling
-- pg_stat_activity under `stress --operators 32` (2 cores): 1,528 of 1,685
-- samples of active backends waited on that lock (Lock:object). With it gone
-- decide's p99 went from 3.3x to 2.3x pgbench's in a pair of runs.
--
-- The clock is kind 7 of the queue counters (0018): every statement that
-- changes applications adds the number of rows it changed (inserted, updated
-- or deleted), in the same INSERT that writes its count deltas, so the clock
-- is exact under MVCC: a reader sees a change and its tick in the same
-- snapshot, never one without the other, and compaction keeps the sum. A desk
-- reads SUM(n) of kind 7 every second (ChangeClock) and refreshes when it
-- moved: the same one-second poll SQLite desks make of PRAGMA data_version.
-- Desks of a version before this one wait for a NOTIFY that no longer comes:
-- upgrade every desk together with the database (docs/ADMINISTRATION.md).

ALTER TABLE queue_count_deltas DROP CONSTRAINT queue_count_deltas_kind_check;
ALTER TABLE queue_count_deltas ADD CONSTRAINT queue_count_deltas_kind_check CHECK (kind BETWEEN 1 AND 7);

DROP TRIGGER applications_notify_inserts ON applications;
DROP TRIGGER applications_notify_updates ON applications;
DROP TRIGGER applications_notify_deletes ON applications;
DROP FUNCTION reissuedesk_notify_applications_changed();

-- As 0018 wrote it, plus the clock's row (kind 7, bucket 0) in each branch.
CREATE OR REPLACE FUNCTION reissuedesk_count_applications() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
AS $$
DECLARE
    written INTEGER;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.queue_count_deltas (kind, bucket, n)
        SELECT c.kind, c.bucket, sum(c.n) FROM (
            SELECT v.kind, v.bucket, 1::bigint AS n FROM new_rows r CROSS JOIN LATERAL (VALUES
                (1::smallint, 0::bigint, r.status = 'pending'),
                (2::smallint, 0::bigint, r.status = 'awaiting_second_review'),
                (3::smallint, r.claimed_by, r.claimed_by IS NOT NULL),
                (4::smallint, 0::bigint, r.status IN ('pending', 'in_review')),
                (5::smallint, public.reissuedesk_due_slot(r.due_at), r.status IN ('pending', 'in_review')),
                (6::smallint, public.reissuedesk_due_minute(r.due_at), r.status IN ('pending', 'in_review')),
                (7::smallint, 0::bigint, TRUE)
            ) AS v(kind, bucket, counted) WHERE v.counted
        ) AS c GROUP BY c.kind, c.bucket HAVING sum(c.n) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO public.queue_count_deltas (kind, bucket, n)
        SELECT c.kind, c.bucket, sum(c.n) FROM (
            SELECT v.kind, v.bucket, CASE WHEN v.kind = 7 THEN 1::bigint ELSE -1::bigint END AS n
            FROM old_rows r CROSS JOIN LATERAL (VALUES
                (1::smallint, 0::bigint, r.status = 'pending'),
                (2::smallint, 0::bigint, r.status = 'awaiting_second_review'),
                (3::smallint, r.claimed_by, r.claimed_by IS NOT NULL),
                (4::smallint, 0::bigint, r.status IN ('pending', 'in_review')),
                (5::smallint, public.reissuedesk_due_slot(r.due_at), r.status IN ('pending', 'in_review')),
                (6::smallint, public.reissuedesk_due_minute(r.due_at), r.status IN ('pending', 'in_review')),
                (7::smallint, 0::bigint, TRUE)
            ) AS v(kind, bucket, counted) WHERE v.counted
        ) AS c GROUP BY c.kind, c.bucket HAVING sum(c.n) <> 0;
    ELSE
        -- The clock counts the new rows only: an update is one change per row.
        INSERT INTO public.queue_count_deltas (kind, bucket, n)
        SELECT c.kind, c.bucket, sum(c.n) FROM (
            SELECT v.kind, v.bucket, s.sign AS n
            FROM (SELECT r.status, r.claimed_by, r.due_at, 1::bigint AS sign FROM new_rows r
                  UNION ALL
                  SELECT r.status, r.claimed_by, r.due_at, -1::bigint FROM old_rows r) AS s
            CROSS JOIN LATERAL (VALUES
                (1::smallint, 0::bigint, s.status = 'pending'),
                (2::smallint, 0::bigint, s.status = 'awaiting_second_review'),
                (3::smallint, s.claimed_by, s.claimed_by IS NOT NULL),
                (4::smallint, 0::bigint, s.status IN ('pending', 'in_review')),
                (5::smallint, public.reissuedesk_due_slot(s.due_at), s.status IN ('pending', 'in_review')),
                (6::smallint, public.reissuedesk_due_minute(s.due_at), s.status IN ('pending', 'in_review')),
                (7::smallint, 0::bigint, s.sign > 0)
            ) AS v(kind, bucket, counted) WHERE v.counted
        ) AS c GROUP BY c.kind, c.bucket HAVING sum(c.n) <> 0;
    END IF;
    GET DIAGNOSTICS written = ROW_COUNT;
    IF written > 0 AND random() < 1.0 / 64 THEN
        PERFORM public.reissuedesk_compact_queue_counts();
    END IF;
    RETURN NULL;
END;
$$;

-- Any start will do: desks compare the clock only with what they read a
-- second ago.
INSERT INTO queue_count_deltas (kind, bucket, n, compacted) VALUES (7, 0, 1, TRUE);
