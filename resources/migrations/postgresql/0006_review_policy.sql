-- The review policy kept by the service (ReviewPolicy, issue 8).
--
-- decisions.second_review_checks: which checks sent an approval to a second
-- reviewer, as ReviewPolicy::checkKeys() writes them ("id_number,old_card");
-- empty for decisions that did not need one.
-- decisions.email_only: the contact phone is the lost card's number, so the
-- customer is told by e-mail only (also when a second reviewer confirms later).
-- review_skips: "not now" per operator (N on the review page): claimNext()
-- does not offer the application to that operator until skip_until; others
-- still get it by due time. One row per operator and application, upserted.
-- applications_claimable_due: claimNext() walks pending applications and
-- approvals waiting for a second reviewer together, by due time; the queue's
-- partial indexes in 0005 cover other statuses.
-- Keep in step with ../sqlite/0006_review_policy.sql (only types differ).

ALTER TABLE decisions ADD COLUMN second_review_checks TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN email_only BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE review_skips (
    operator_id BIGINT NOT NULL REFERENCES operators (id),
    application_id BIGINT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    skipped_at TIMESTAMPTZ NOT NULL,
    skip_until TIMESTAMPTZ NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (operator_id, application_id)
);

CREATE INDEX applications_claimable_due ON applications (due_at, id)
    WHERE status IN ('pending', 'awaiting_second_review');
