-- A login that is a member of reissuedesk_dispatcher (0009) could not work:
-- 0007 revoked CONNECT on the database from PUBLIC and granted it, and USAGE
-- on the schema, to the desk's roles only. Found by running the second-review
-- reminders as a dispatcher (tst_secondreviewreminders).

GRANT USAGE ON SCHEMA public TO reissuedesk_dispatcher;

DO $$
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO reissuedesk_dispatcher', current_database());
END;
$$;
