-- The rule helpers with plans that are kept (issue 13, item 6: decide latency).
--
-- 0007, 0008 and 0018 wrote these small helpers in LANGUAGE sql with
-- SECURITY DEFINER or SET search_path. Either one stops PostgreSQL (15) from
-- inlining a SQL function, and a SQL function that is not inlined parses and
-- plans its query again on every call: no plan is cached. They are called per
-- row by the row-level security policies (0007), by every audit row's trigger
-- (audit_log_set_actor), by the outbox and ID-reading rules and, five times a
-- statement, by the queue counters' trigger (0018). Measured under `stress`
-- with 32 desks: reissuedesk_session_is_trusted alone took 0.42 ms of server
-- time per call, the due-slot functions 0.05 ms per call, about 1 ms of each
-- decision's server time in all.
--
-- Here they are the same queries in PL/pgSQL, which prepares each statement
-- once per session and keeps the plan. Same names, arguments, results,
-- volatility, owner's rights, search_path and grants (CREATE OR REPLACE keeps
-- the grants): every policy and trigger that calls them answers as before.

CREATE OR REPLACE FUNCTION reissuedesk_current_operator_id() RETURNS BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    RETURN (SELECT id FROM public.operators WHERE login = session_user::text AND active);
END;
$$;

CREATE OR REPLACE FUNCTION reissuedesk_session_is_trusted() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
BEGIN
    RETURN (SELECT COALESCE(bool_or(r.rolsuper OR pg_has_role(session_user, c.relowner, 'MEMBER')
                                    OR pg_has_role(session_user, 'reissuedesk_admin', 'MEMBER')), FALSE)
            FROM pg_catalog.pg_roles r, pg_catalog.pg_class c
            WHERE r.rolname = session_user AND c.oid = 'public.audit_log'::regclass);
END;
$$;

CREATE OR REPLACE FUNCTION reissuedesk_written_in_this_transaction(row_xmin XID) RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public
AS $$
BEGIN
    RETURN COALESCE(row_xmin = pg_current_xact_id_if_assigned()::xid, FALSE);
END;
$$;

CREATE OR REPLACE FUNCTION reissuedesk_application_in_my_hands(application BIGINT) RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public
AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM public.applications a
                   WHERE a.id = application
                     AND ((a.claimed_by = public.reissuedesk_current_operator_id() AND a.lease_expires_at >= now())
                          OR public.reissuedesk_written_in_this_transaction(a.xmin)));
END;
$$;

CREATE OR REPLACE FUNCTION reissuedesk_is_supervisor() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public
AS $$
BEGIN
    RETURN pg_has_role(session_user, 'reissuedesk_supervisor', 'MEMBER');
END;
$$;

CREATE OR REPLACE FUNCTION reissuedesk_due_slot(due TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
AS $$
BEGIN
    RETURN floor(extract(epoch FROM due) / 600)::bigint;
END;
$$;

CREATE OR REPLACE FUNCTION reissuedesk_due_minute(due TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog
AS $$
BEGIN
    RETURN floor(extract(epoch FROM due) / 60)::bigint;
END;
$$;
