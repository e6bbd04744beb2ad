-- Who is trusted, answered without a query (issue 13, item 6: decide latency).
--
-- Every rule trigger (0008, 0014) and every audit row's trigger (0007) asks
-- first whether the session is trusted: superuser, the schema owner or an
-- administrator. 0008 and 0019 answered with two catalogue queries per call
-- (pg_roles for rolsuper, pg_class for the owner of applications): about 12 of
-- the ~15 microseconds of each call, 7-8 calls to reissuedesk_review_rules_apply
-- and 3-4 to reissuedesk_session_is_trusted per claim and decision
-- (pg_stat_user_functions under `stress`). Here each is one expression of
-- built-in functions, which PL/pgSQL evaluates without the executor:
--   * superuser: the is_superuser setting, which PostgreSQL keeps for the
--     session's role and no one can set (a superuser who did SET ROLE is still
--     trusted through the next test, as a superuser is a member of every role);
--   * the schema owner: inside these SECURITY DEFINER functions current_user
--     is their owner, the role that ran migrate and owns the tables (the same
--     role as pg_class.relowner of applications, unless someone hands the
--     tables alone to another role; do not: docs/ADMINISTRATION.md);
--   * administrators and the desk's groups: pg_has_role, from PostgreSQL's
--     per-session cache of role memberships.
-- Same names, results, volatility, owner's rights, search_path and grants.

CREATE OR REPLACE FUNCTION reissuedesk_session_is_trusted() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    RETURN pg_catalog.current_setting('is_superuser') OPERATOR(pg_catalog.=) 'on'
        OR pg_catalog.pg_has_role(session_user, current_user, 'MEMBER')
        OR pg_catalog.pg_has_role(session_user, 'reissuedesk_admin', 'MEMBER');
END;
$$;

-- One definition of who is trusted: the function above (same owner, so its
-- current_user is the same).
CREATE OR REPLACE FUNCTION reissuedesk_review_rules_apply() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp
AS $$
BEGIN
    IF public.reissuedesk_session_is_trusted() THEN
        RETURN FALSE;
    END IF;
    RETURN pg_catalog.pg_has_role(session_user, 'reissuedesk_operator', 'MEMBER')
        OR pg_catalog.pg_has_role(session_user, 'reissuedesk_supervisor', 'MEMBER');
END;
$$;
