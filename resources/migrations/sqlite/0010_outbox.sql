-- What the notification dispatcher needs (issue 10); see ../postgresql/0009
-- for the meaning of each column. SQLite cannot change a CHECK constraint in
-- place, so notifications is rebuilt (nothing references it).
--
-- While a row is 'sending', next_attempt_at is the end of the dispatcher's
-- claim: status IN ('queued', 'sending') AND next_attempt_at <= now finds
-- every row to (re)send.

ALTER TABLE applications ADD COLUMN language TEXT NOT NULL DEFAULT 'zh_CN'
    CHECK (language IN ('zh_CN', 'en'));

CREATE TABLE notifications_0010 (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    decision_id INTEGER REFERENCES decisions (id),
    kind TEXT NOT NULL CHECK (kind IN ('approved', 'rejected', 'shipped', 'second_review_pending')),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'zh_CN',
    subject TEXT CHECK (channel = 'email' OR subject IS NULL),
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'dead', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    last_attempt_at INTEGER,
    last_error TEXT,
    gateway_message_id TEXT,
    claimed_by TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);

INSERT INTO notifications_0010 (id, application_id, decision_id, kind, channel, recipient, language, body, status,
                                attempts, next_attempt_at, last_error, idempotency_key, created_at, sent_at)
SELECT n.id, n.application_id, n.decision_id,
       CASE (SELECT d.outcome FROM decisions d WHERE d.id = n.decision_id) WHEN 'reject' THEN 'rejected'
                                                                           ELSE 'approved' END,
       n.channel, n.recipient, n.language, n.body, n.status, n.attempts, n.next_attempt_at, n.last_error,
       n.idempotency_key, n.created_at, n.sent_at
  FROM notifications n;

DROP TABLE notifications;
ALTER TABLE notifications_0010 RENAME TO notifications;
CREATE INDEX notifications_due ON notifications (status, next_attempt_at);
CREATE INDEX notifications_application ON notifications (application_id);
