-- The supervisors' reports (issue 11, docs/REPORTS.md).
--
-- decision_claims: when the deciding operator had claimed the application. A
-- decision clears applications.claimed_at in the same statement that changes
-- the status, so the claim time was lost; this trigger keeps it, per
-- application and review round (the key of a decision), as the application
-- leaves in_review with a decision. Decisions recorded before this migration
-- (and seeded demo decisions) have no row: the report measures
-- "claimed -> decided" over the decisions that have one and says how many.
-- Indexes: the report reads decisions by their final time (decided_at, or
-- confirmed_at for approvals that needed a second review), and the open backlog by age.
-- Keep in step with ../postgresql/0015_reports.sql (only types differ).

CREATE TABLE decision_claims (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    review_round INTEGER NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    claimed_at INTEGER NOT NULL,
    PRIMARY KEY (application_id, review_round)
);

CREATE TRIGGER applications_keep_decision_claim
AFTER UPDATE OF status ON applications FOR EACH ROW
WHEN OLD.status = 'in_review' AND NEW.status IN ('approved', 'rejected', 'awaiting_second_review')
     AND OLD.claimed_by IS NOT NULL AND OLD.claimed_at IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO decision_claims (application_id, review_round, operator_id, claimed_at)
    VALUES (OLD.id, OLD.review_round, OLD.claimed_by, OLD.claimed_at);
END;

CREATE INDEX decisions_decided ON decisions (decided_at);
CREATE INDEX decisions_confirmed ON decisions (confirmed_at) WHERE confirmed_at IS NOT NULL;
CREATE INDEX applications_backlog ON applications (submitted_at)
    WHERE status IN ('pending', 'in_review', 'awaiting_second_review');
