-- Queue counts kept by triggers (issue 13, item 5), and decide in one round trip
-- (item 6, at the end of this file).
--
-- The counts every desk shows (pending, overdue, held by me, awaiting a second
-- review) without scanning applications (issue 13, item 5). Before this, each
-- desk's COUNT(*)s walked the open indexes: 108-136 ms of server time per
-- refresh on 1,000,000 applications, more than a core for 32 desks.
--
-- Why delta rows, not one counter row per number: a counter row updated by
-- every decision would be a lock every deciding desk queues on until commit
-- (the queue is worked by due time, so they would all hit the same row). Here
-- writers only INSERT: statement triggers on applications add one signed
-- delta row per (kind, bucket) a statement changed, computed from the
-- transition tables (a 2,000-row import batch is one INSERT ... SELECT, not
-- 2,000 row triggers). A count is SUM(n) over its kind's rows. Now and then
-- (about one statement in 64, under a try-lock so compactions never queue on
-- each other) the trigger folds the uncompacted deltas into one compacted row
-- per key: the sum is unchanged and exact under MVCC, and a reader sums the
-- compacted row plus a few hundred deltas at most.
--
-- Kinds and buckets:
--   1 pending                  bucket 0
--   2 awaiting_second_review   bucket 0
--   3 held (claimed_by)        bucket = operator id, any status, as the old scan
--   4 open (pending/in_review) bucket 0
--   5 open, by due slot        bucket = floor(epoch(due_at) / 600), ten minutes
--   6 open, by due minute      bucket = floor(epoch(due_at) / 60)
-- "Overdue" moves with the clock, which no trigger sees. Since due_at is
-- submitted_at + 24 h, open work due in the future lies in at most ~145 slots:
--   overdue(now) = open - SUM(slots after now's slot)
--                       - SUM(minutes after now's minute, within now's slot)
--                       - COUNT(open rows due in now's minute, at or after now)
-- the last term a range scan of one minute of applications_open_due (0005).
-- Cost: one small INSERT per write statement that changes a count (a decision:
-- 3-5 rows), a rare compaction, and per read at most ~155 counter rows (plus
-- uncompacted deltas) and one minute of index entries, instead of hundreds of
-- thousands. The compacted rows: one per key, i.e. one per minute that still
-- has open work (~130,000 for three months of a big backlog), read only by
-- the ranges above.
--
-- Privileges: the trigger functions are SECURITY DEFINER (the schema owner) so
-- that operators, who may only read this table, never write it themselves.

CREATE TABLE queue_count_deltas (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind SMALLINT NOT NULL CHECK (kind BETWEEN 1 AND 6),
    bucket BIGINT NOT NULL,
    n BIGINT NOT NULL,
    compacted BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX queue_count_deltas_key ON queue_count_deltas (kind, bucket) INCLUDE (n);
CREATE INDEX queue_count_deltas_uncompacted ON queue_count_deltas (id) WHERE NOT compacted;

-- The ten-minute due slot and the due minute of a time.
CREATE FUNCTION reissuedesk_due_slot(due TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
AS $$
    SELECT floor(extract(epoch FROM due) / 600)::bigint
$$;
CREATE FUNCTION reissuedesk_due_minute(due TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
AS $$
    SELECT floor(extract(epoch FROM due) / 60)::bigint
$$;

-- Folds the uncompacted deltas into one compacted row per key. Only in READ
-- COMMITTED (a REPEATABLE READ snapshot could try to delete rows a newer
-- compaction already folded, and fail the caller's transaction), and only
-- when no other compaction runs.
CREATE FUNCTION reissuedesk_compact_queue_counts() RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed'
       OR NOT pg_try_advisory_xact_lock(hashtext('reissuedesk.queue_count_deltas')) THEN
        RETURN;
    END IF;
    WITH fresh AS (
        DELETE FROM public.queue_count_deltas WHERE NOT compacted RETURNING kind, bucket, n
    ), touched AS (
        SELECT DISTINCT kind, bucket FROM fresh
    ), folded AS (
        DELETE FROM public.queue_count_deltas d USING touched t
        WHERE d.compacted AND d.kind = t.kind AND d.bucket = t.bucket
        RETURNING d.kind, d.bucket, d.n
    )
    INSERT INTO public.queue_count_deltas (kind, bucket, n, compacted)
    SELECT kind, bucket, sum(n), TRUE
    FROM (SELECT kind, bucket, n FROM fresh UNION ALL SELECT kind, bucket, n FROM folded) AS d
    GROUP BY kind, bucket HAVING sum(n) <> 0;
END;
$$;

-- The statement triggers: what the statement's old rows counted, negated,
-- plus what its new rows count, per key; keys whose sum is 0 write nothing
-- (a lease renewal, a note) .
CREATE FUNCTION reissuedesk_count_applications() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
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
                (6::smallint, public.reissuedesk_due_minute(r.due_at), r.status IN ('pending', 'in_review'))
            ) AS v(kind, bucket, counted) WHERE v.counted
        ) AS c GROUP BY c.kind, c.bucket HAVING sum(c.n) <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO public.queue_count_deltas (kind, bucket, n)
        SELECT c.kind, c.bucket, sum(c.n) FROM (
            SELECT v.kind, v.bucket, -1::bigint AS n FROM old_rows r CROSS JOIN LATERAL (VALUES
                (1::smallint, 0::bigint, r.status = 'pending'),
                (2::smallint, 0::bigint, r.status = 'awaiting_second_review'),
                (3::smallint, r.claimed_by, r.claimed_by IS NOT NULL),
                (4::smallint, 0::bigint, r.status IN ('pending', 'in_review')),
                (5::smallint, public.reissuedesk_due_slot(r.due_at), r.status IN ('pending', 'in_review')),
                (6::smallint, public.reissuedesk_due_minute(r.due_at), r.status IN ('pending', 'in_review'))
            ) AS v(kind, bucket, counted) WHERE v.counted
        ) AS c GROUP BY c.kind, c.bucket HAVING sum(c.n) <> 0;
    ELSE
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
                (6::smallint, public.reissuedesk_due_minute(s.due_at), s.status IN ('pending', 'in_review'))
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

CREATE TRIGGER applications_count_inserts AFTER INSERT ON applications
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_count_applications();
CREATE TRIGGER applications_count_updates AFTER UPDATE ON applications
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_count_applications();
CREATE TRIGGER applications_count_deletes AFTER DELETE ON applications
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_count_applications();

-- TRUNCATE fires no row-set trigger: forbid it rather than let the counts lie.
CREATE FUNCTION reissuedesk_refuse_applications_truncate() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public
AS $$
BEGIN
    RAISE EXCEPTION 'applications cannot be truncated: the queue counters (queue_count_deltas) would be wrong; '
                    'delete the rows instead';
END;
$$;
CREATE TRIGGER applications_no_truncate BEFORE TRUNCATE ON applications
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_refuse_applications_truncate();

-- The backfill: one compacted row per key from today's applications. The
-- migration runs in one transaction holding the migration lock; writers of
-- applications that commit meanwhile are counted by the triggers above only
-- once they exist, so take the table lock that excludes them for the scan.
LOCK TABLE applications IN SHARE MODE;
INSERT INTO queue_count_deltas (kind, bucket, n, compacted)
SELECT v.kind, v.bucket, count(*), TRUE FROM applications r CROSS JOIN LATERAL (VALUES
    (1::smallint, 0::bigint, r.status = 'pending'),
    (2::smallint, 0::bigint, r.status = 'awaiting_second_review'),
    (3::smallint, r.claimed_by, r.claimed_by IS NOT NULL),
    (4::smallint, 0::bigint, r.status IN ('pending', 'in_review')),
    (5::smallint, reissuedesk_due_slot(r.due_at), r.status IN ('pending', 'in_review')),
    (6::smallint, reissuedesk_due_minute(r.due_at), r.status IN ('pending', 'in_review'))
) AS v(kind, bucket, counted) WHERE v.counted
GROUP BY v.kind, v.bucket;

-- Read by every desk; written only by the functions above.
ALTER TABLE queue_count_deltas ENABLE ROW LEVEL SECURITY;
CREATE POLICY staff_read ON queue_count_deltas FOR SELECT TO reissuedesk_operator, reissuedesk_admin USING (TRUE);
GRANT SELECT ON queue_count_deltas TO reissuedesk_operator, reissuedesk_admin;
GRANT EXECUTE ON FUNCTION reissuedesk_due_slot(TIMESTAMPTZ), reissuedesk_due_minute(TIMESTAMPTZ)
    TO reissuedesk_operator, reissuedesk_admin;
REVOKE ALL ON FUNCTION reissuedesk_compact_queue_counts() FROM PUBLIC;

-- Decide in one round trip (issue 13, item 6). ReviewService reads what the
-- review policy and the customer's messages need without a lock, then calls
-- this once: it takes the row only if it is still the version that was read,
-- held by the caller with a live lease, and in review (else NULL: the client
-- reads again and answers from what it finds), then writes the decision, its
-- reasons, the shipment, the outbox rows and the audit row, and the statement
-- commits. The row lock lives for this one statement instead of a dozen round
-- trips. Invoker's rights: the caller's privileges, row-level security (0007)
-- and every rule trigger (0008, 0013, 0014) apply exactly as to the same
-- statements sent one by one; no exception block, so no subtransaction alters
-- the "written in this transaction" test of 0007.
CREATE FUNCTION reissuedesk_decide(
    p_application BIGINT, p_version INTEGER, p_operator BIGINT, p_status TEXT, p_round INTEGER, p_outcome TEXT,
    p_resubmission_allowed BOOLEAN, p_customer_message TEXT, p_internal_note TEXT, p_key TEXT,
    p_needs_second_review BOOLEAN, p_second_review_checks TEXT, p_email_only BOOLEAN, p_reason_codes JSONB,
    p_expected_delivery DATE, p_notifications JSONB, p_notified_at TIMESTAMPTZ, p_audit_action TEXT,
    p_audit_detail JSONB) RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE SET search_path = pg_catalog, public
AS $$
DECLARE
    v_decision BIGINT;
BEGIN
    UPDATE public.applications a
    SET status = p_status, claimed_by = NULL, claimed_at = NULL, lease_expires_at = NULL, version = a.version + 1,
        updated_at = now()
    WHERE a.id = p_application AND a.version = p_version AND a.claimed_by = p_operator AND a.status = 'in_review'
      AND a.lease_expires_at >= now();
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.decisions (application_id, review_round, operator_id, outcome, resubmission_allowed,
                                  customer_message, internal_note, idempotency_key, decided_at, needs_second_review,
                                  second_review_checks, email_only)
    VALUES (p_application, p_round, p_operator, p_outcome, p_resubmission_allowed, p_customer_message,
            p_internal_note, p_key, now(), p_needs_second_review, p_second_review_checks, p_email_only)
    RETURNING id INTO v_decision;
    INSERT INTO public.decision_reasons (decision_id, reason_code)
    SELECT v_decision, r.code FROM jsonb_array_elements_text(p_reason_codes) WITH ORDINALITY AS r(code, position)
    ORDER BY r.position;
    IF p_expected_delivery IS NOT NULL THEN
        INSERT INTO public.shipments (application_id, decision_id, address, expected_delivery, created_at)
        SELECT a.id, v_decision, a.shipping_address, p_expected_delivery, now()
        FROM public.applications a WHERE a.id = p_application;
    END IF;
    INSERT INTO public.notifications (application_id, decision_id, kind, channel, recipient, language, subject, body,
                                      next_attempt_at, idempotency_key, created_at)
    SELECT p_application, v_decision, x.n ->> 'kind', x.n ->> 'channel', x.n ->> 'recipient', x.n ->> 'language',
           x.n ->> 'subject', x.n ->> 'body', p_notified_at, x.n ->> 'idempotency_key', p_notified_at
    FROM jsonb_array_elements(p_notifications) WITH ORDINALITY AS x(n, position)
    ORDER BY x.position;
    INSERT INTO public.audit_log (occurred_at, actor, operator_id, action, application_id, detail)
    VALUES (now(), (SELECT o.login FROM public.operators o WHERE o.id = p_operator), p_operator, p_audit_action,
            p_application, jsonb_build_object('decision_id', v_decision) || p_audit_detail);
    RETURN v_decision;
END;
$$;
GRANT EXECUTE ON FUNCTION reissuedesk_decide(BIGINT, INTEGER, BIGINT, TEXT, INTEGER, TEXT, BOOLEAN, TEXT, TEXT, TEXT,
                                             BOOLEAN, TEXT, BOOLEAN, JSONB, DATE, JSONB, TIMESTAMPTZ, TEXT, JSONB)
    TO reissuedesk_operator;
