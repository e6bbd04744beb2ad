-- What the notification dispatcher needs (issue 10).
--
-- * applications.language: the customer's language; the templates are chosen
--   by it (zh_CN or en).
-- * notifications.kind: which template the row was made from (approved,
--   rejected, shipped, second_review_pending); subject: the e-mail's subject
--   (NULL for SMS); gateway_message_id: the gateway's id once it accepted the
--   message; claimed_by: which dispatcher holds a 'sending' row;
--   last_attempt_at: when it was last tried; status 'cancelled': a supervisor
--   stopped it.
--
-- While a row is 'sending', next_attempt_at is the end of the dispatcher's
-- claim: a dispatcher that died mid-batch leaves rows that become due again
-- when the claim runs out, and the next try carries the same Idempotency-Key,
-- so a gateway that already accepted the message does not send it twice. One
-- condition, status IN ('queued', 'sending') AND next_attempt_at <= now(),
-- finds every row to (re)send, through notifications_due.
--
-- reissuedesk_dispatcher: the login a dispatcher service runs as. It reads what
-- it sends, updates the delivery columns, and queues the "second review still
-- pending" reminders; nothing else.

ALTER TABLE applications ADD COLUMN language TEXT NOT NULL DEFAULT 'zh_CN'
    CONSTRAINT applications_language_known CHECK (language IN ('zh_CN', 'en'));

ALTER TABLE notifications ADD COLUMN kind TEXT;
UPDATE notifications n
   SET kind = CASE d.outcome WHEN 'approve' THEN 'approved' ELSE 'rejected' END
  FROM decisions d
 WHERE d.id = n.decision_id;
UPDATE notifications SET kind = 'approved' WHERE kind IS NULL;
ALTER TABLE notifications ALTER COLUMN kind SET NOT NULL;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_known
    CHECK (kind IN ('approved', 'rejected', 'shipped', 'second_review_pending'));
ALTER TABLE notifications ADD COLUMN subject TEXT;
ALTER TABLE notifications ADD COLUMN gateway_message_id TEXT;
ALTER TABLE notifications ADD COLUMN claimed_by TEXT;
ALTER TABLE notifications ADD COLUMN last_attempt_at TIMESTAMPTZ;
ALTER TABLE notifications DROP CONSTRAINT notifications_status_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_status_check
    CHECK (status IN ('queued', 'sending', 'sent', 'dead', 'cancelled'));
ALTER TABLE notifications ADD CONSTRAINT notifications_subject_for_email
    CHECK (channel = 'email' OR subject IS NULL);

DO $$
BEGIN
    EXECUTE 'CREATE ROLE reissuedesk_dispatcher NOLOGIN';
EXCEPTION
    WHEN duplicate_object OR unique_violation THEN
        NULL;
END
$$;

GRANT SELECT ON applications, decisions, decision_reasons, shipments, notifications, holidays,
    schema_migrations TO reissuedesk_dispatcher;
GRANT UPDATE (status, attempts, next_attempt_at, last_error, sent_at, gateway_message_id, claimed_by,
              last_attempt_at) ON notifications TO reissuedesk_dispatcher;
GRANT INSERT ON notifications TO reissuedesk_dispatcher;
GRANT EXECUTE ON FUNCTION reissuedesk_session_is_trusted() TO reissuedesk_dispatcher;

CREATE POLICY dispatcher_reads ON applications FOR SELECT TO reissuedesk_dispatcher USING (TRUE);
CREATE POLICY dispatcher_reads ON decisions FOR SELECT TO reissuedesk_dispatcher USING (TRUE);
CREATE POLICY dispatcher_reads ON decision_reasons FOR SELECT TO reissuedesk_dispatcher USING (TRUE);
CREATE POLICY dispatcher_reads ON shipments FOR SELECT TO reissuedesk_dispatcher USING (TRUE);
CREATE POLICY dispatcher_reads ON notifications FOR SELECT TO reissuedesk_dispatcher USING (TRUE);
CREATE POLICY dispatcher_delivers ON notifications FOR UPDATE TO reissuedesk_dispatcher
    USING (status IN ('queued', 'sending')) WITH CHECK (status IN ('queued', 'sending', 'sent', 'dead'));
-- Reminders only: everything else the customer hears follows a decision,
-- which an operator writes.
CREATE POLICY dispatcher_reminds ON notifications FOR INSERT TO reissuedesk_dispatcher
    WITH CHECK (kind = 'second_review_pending' AND status = 'queued' AND attempts = 0);
