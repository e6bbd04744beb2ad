-- The dispatcher's claim (issue 10): "status IN ('queued', 'sending') AND
-- next_attempt_at <= now() ORDER BY next_attempt_at LIMIT n". With
-- notifications_due (status, next_attempt_at) the two statuses are two index
-- ranges whose union must be sorted: every due row read on every claim, which
-- with a backlog of thousands costs more than the gateway. This partial index
-- holds only the rows still to send, already in due order, and stays small
-- because sent rows leave it.
CREATE INDEX notifications_to_send ON notifications (next_attempt_at, id)
    WHERE status IN ('queued', 'sending');
