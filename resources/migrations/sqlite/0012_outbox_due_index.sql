-- The dispatcher's claim, in due order without a sort; see
-- ../postgresql/0012_outbox_due_index.sql.
CREATE INDEX notifications_to_send ON notifications (next_attempt_at, id)
    WHERE status IN ('queued', 'sending');
