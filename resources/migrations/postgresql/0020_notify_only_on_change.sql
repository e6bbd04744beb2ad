-- Desks hear about a change only when a statement changed a row (issue 13,
-- item 6: decide latency at 32 desks).
--
-- 0003 sent NOTIFY reissuedesk_changes from a statement trigger on every
-- INSERT, UPDATE or DELETE of applications, including statements that matched
-- no row. A transaction that has sent a NOTIFY takes one lock for the whole
-- cluster at commit (PostgreSQL's notification queue lock, "AccessExclusiveLock
-- on object 0 of class 1262") and holds it until its commit record is on disk,
-- so notifying commits run one at a time. Every claim began with a lease sweep
-- (ReviewService::expireLeases) that almost always changes nothing and still
-- notified: a third of all notifying commits of a decision cycle. Measured with
-- log_lock_waits under `stress --operators 32`: 910 commits waited on that lock
-- for 20 ms or more in 27 s.
--
-- Transition tables let the trigger see whether the statement changed a row;
-- PostgreSQL allows them only on single-event triggers, hence three triggers
-- sharing one function. The payload (the table name) is unchanged.

DROP TRIGGER applications_notify ON applications;
DROP FUNCTION notify_reissuedesk_change();

CREATE FUNCTION reissuedesk_notify_applications_changed() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, public
AS $$
BEGIN
    -- Separate branches: each query is planned only when reached, and a
    -- trigger has only the transition table its event defines.
    IF TG_OP = 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM old_rows) THEN
            PERFORM pg_notify('reissuedesk_changes', TG_TABLE_NAME);
        END IF;
    ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
        PERFORM pg_notify('reissuedesk_changes', TG_TABLE_NAME);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER applications_notify_inserts AFTER INSERT ON applications
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_notify_applications_changed();
CREATE TRIGGER applications_notify_updates AFTER UPDATE ON applications
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_notify_applications_changed();
CREATE TRIGGER applications_notify_deletes AFTER DELETE ON applications
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_notify_applications_changed();
