-- The outbox rows a dispatcher may insert and the changes a supervisor may make,
-- held to what the desk itself does (issue 10, hostile tests).
--
-- Reminders: held to what SecondReviewReminders writes.
--
-- 0009's dispatcher_reminds policy checks only the kind, the status and the
-- attempt count of a row the dispatcher inserts. A dispatcher login (a
-- service account whose password sits on a server) could therefore queue a
-- "second review pending" message with any text to any number or address, for
-- any application: found with psql as a dispatcher (issue 10, hostile tests).
-- This trigger lets a dispatcher session insert only the reminder itself: for
-- an application awaiting its second review, tied to that round's pending
-- decision, to the application's own contact phone or e-mail in its language,
-- under the key reminder:<application id>:<round>:<channel>, with a body that
-- names the application. Trusted sessions (owner, superuser, admin) and the
-- desk's operators (0008's rules) are not this trigger's business.
-- SQLite has no logins: ../sqlite/0014_outbox_rules.sql is empty.

CREATE FUNCTION reissuedesk_check_dispatcher_reminder() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    a applications%ROWTYPE;
BEGIN
    IF public.reissuedesk_session_is_trusted()
       OR NOT pg_has_role(session_user, 'reissuedesk_dispatcher', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    SELECT * INTO a FROM applications WHERE id = NEW.application_id;
    IF NOT FOUND OR a.status <> 'awaiting_second_review' THEN
        PERFORM reissuedesk_refuse('a dispatcher queues only the second-review reminder, for an application '
                                   'awaiting its second review');
    END IF;
    IF NEW.kind <> 'second_review_pending'
       OR NEW.idempotency_key IS DISTINCT FROM format('reminder:%s:%s:%s', a.id, a.review_round, NEW.channel)
       OR NEW.language IS DISTINCT FROM a.language
       OR NEW.recipient IS DISTINCT FROM (CASE NEW.channel WHEN 'sms' THEN a.contact_phone
                                                          WHEN 'email' THEN a.contact_email END)
       OR NOT EXISTS (SELECT 1 FROM decisions d WHERE d.id = NEW.decision_id AND d.application_id = a.id
                      AND d.review_round = a.review_round)
       OR strpos(NEW.body, a.application_number) = 0 THEN
        PERFORM reissuedesk_refuse(format('a dispatcher queues only the second-review reminder of application %s, '
                                          'to its own contact and in its language', a.application_number));
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER notifications_dispatcher_reminders BEFORE INSERT ON notifications
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_dispatcher_reminder();

-- A supervisor's change to a message, held to what the desk's retry and
-- cancel do (MessageSupervision). 0010's policy allows the columns status,
-- attempts and next_attempt_at on a queued or dead message, so with psql a
-- "retry" could set a next try a year away (hiding the message) or an attempt
-- count past the dispatcher's maximum (dead at the next failure), and the
-- audit trigger called it a retry. Now a supervisor session may only cancel
-- (attempts and next try left as they are) or queue the message again with no
-- attempts counted, due within the next minute.
CREATE FUNCTION reissuedesk_check_supervisor_outbox_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.reissuedesk_session_is_trusted()
       OR NOT pg_has_role(session_user, 'reissuedesk_supervisor', 'MEMBER') THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'cancelled' AND NEW.attempts = OLD.attempts
       AND NEW.next_attempt_at IS NOT DISTINCT FROM OLD.next_attempt_at THEN
        RETURN NEW;
    END IF;
    IF NEW.status = 'queued' AND NEW.attempts = 0 AND NEW.next_attempt_at <= now() + interval '1 minute' THEN
        RETURN NEW;
    END IF;
    PERFORM reissuedesk_refuse('a supervisor may only send a message again now, with no attempts counted, '
                               'or cancel it');
    RETURN NEW;
END;
$$;

CREATE TRIGGER notifications_supervisor_changes BEFORE UPDATE ON notifications
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_supervisor_outbox_change();
