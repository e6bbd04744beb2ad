-- One search path for the desks' statements and for the functions they call
-- (issue 13, item 6: decide latency).
--
-- PostgreSQL 15 keeps a cached plan only while the search path it was planned
-- under is still the one in force (plancache.c, RevalidateCachedQuery). The
-- functions of 0007-0021 run under SET search_path = pg_catalog, public; a
-- desk's own statements under the default "$user", public. Both find the same
-- objects, but they are different paths (the first creates in pg_catalog), so
-- every foreign-key check and every trigger function's statement that runs in
-- both places - an audit row written by a claim, and another written inside
-- reissuedesk_decide() - was parsed and planned again each time a desk went
-- from one to the other. Under `stress` with 32 desks: 6.7 s of planning in a
-- 28 s run, 1.6 s after this migration (docs/BENCHMARKS.md).
--
-- public, pg_temp resolves to the default path of a session without temporary
-- tables (pg_catalog is searched first when it is not named), and it is the
-- form the PostgreSQL manual gives for SECURITY DEFINER functions: pg_temp
-- last, so no temporary table can stand in for one of ours. Every function of
-- this schema that sets a search path gets this one; tst_migrator checks that
-- none sets another.
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure
        FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public'
          AND EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%')
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = public, pg_temp', f);
    END LOOP;
END;
$$;
