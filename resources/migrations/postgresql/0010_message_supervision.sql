-- Supervisors retry and cancel customer messages (issue 10, the dead-letter
-- list), and the database keeps who may and records that they did.
--
-- * A plain operator cannot update notifications at all (0007 granted only
--   SELECT and INSERT; nothing here changes that for reissuedesk_operator).
-- * reissuedesk_supervisor may update three columns (status, attempts,
--   next_attempt_at) of a message that is queued or dead, and leave it queued
--   (retry) or cancelled (cancel). Sent, sending and cancelled messages are out
--   of reach; a message cannot be marked sent, nor its text or recipient
--   changed. The RLS policy's USING hides other rows from the UPDATE; its WITH
--   CHECK refuses any other result with SQLSTATE 42501.
-- * Every retry or cancel is audited by the database itself, so one made with
--   psql is audited too. The desk (MessageSupervision) writes its own audit row
--   in the same transaction, with the same detail on SQLite and PostgreSQL; the
--   trigger below runs at COMMIT (a deferred constraint trigger, so the order
--   of the client's statements does not matter) and writes a row only when
--   that transaction has not already written one for this notification and
--   action. We chose "the trigger skips" over "the client writes none on
--   PostgreSQL" because the desk's row then names the supervisor even when an
--   administrator's trusted session acts for them, and both back ends produce
--   the same audit rows; a client cannot avoid auditing by this, since the
--   row it must write is itself an audit row whose actor the database sets
--   (0007's audit_log_set_actor).
--
-- Which updates count: any transition to 'cancelled'; queued or dead back to
-- queued with attempts reset to 0 (what the dispatcher never does: it only
-- counts attempts up); and any change at all made by a reissuedesk_supervisor
-- member who is not trusted (pg_has_role answers yes for superusers, and the
-- owner or a superuser may run the dispatcher). The dispatcher's own updates
-- are not audited. The trigger's WHEN clause keeps it off the dispatcher's
-- hot path: a supervisor's change always ends queued or cancelled (the
-- policy's WITH CHECK), while claiming, sending and giving up end otherwise.

CREATE POLICY supervisor_retries_or_cancels ON notifications FOR UPDATE TO reissuedesk_supervisor
    USING (status IN ('queued', 'dead'))
    WITH CHECK (status IN ('queued', 'cancelled'));
GRANT UPDATE (status, attempts, next_attempt_at) ON notifications TO reissuedesk_supervisor;

CREATE FUNCTION reissuedesk_audit_notification_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    audit_action TEXT;
BEGIN
    IF NEW.status = 'cancelled' AND OLD.status <> 'cancelled' THEN
        audit_action := 'notification.cancelled';
    ELSIF NEW.status = 'queued' AND NEW.attempts = 0 AND OLD.status IN ('queued', 'dead')
          AND (OLD.status = 'dead' OR OLD.attempts > 0) THEN
        audit_action := 'notification.retried';
    ELSIF pg_has_role(session_user, 'reissuedesk_supervisor', 'MEMBER')
          AND NOT public.reissuedesk_session_is_trusted() THEN
        audit_action := CASE WHEN NEW.status = 'cancelled' THEN 'notification.cancelled'
                             ELSE 'notification.retried' END;
    ELSE
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM public.audit_log a
               WHERE a.application_id = NEW.application_id AND a.action = audit_action
                 AND a.detail ->> 'notification_id' = NEW.id::text
                 AND public.reissuedesk_written_in_this_transaction(a.xmin)) THEN
        RETURN NULL;
    END IF;
    INSERT INTO public.audit_log (occurred_at, actor, operator_id, action, application_id, detail)
    VALUES (now(), session_user::text, public.reissuedesk_current_operator_id(), audit_action, NEW.application_id,
            jsonb_build_object('notification_id', NEW.id, 'previous_status', OLD.status,
                               'previous_attempts', OLD.attempts, 'recorded_by', 'database'));
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER notifications_supervision_audit AFTER UPDATE ON notifications
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status IN ('queued', 'cancelled')
          AND (OLD.status IS DISTINCT FROM NEW.status OR OLD.attempts IS DISTINCT FROM NEW.attempts
               OR OLD.next_attempt_at IS DISTINCT FROM NEW.next_attempt_at))
    EXECUTE FUNCTION reissuedesk_audit_notification_change();
