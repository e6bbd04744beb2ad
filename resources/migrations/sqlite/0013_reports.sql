-- The supervisors' reports (issue 11, docs/REPORTS.md).
--
-- decision_claims: when the deciding operator had claimed the application. A
-- decision clears applications.claimed_at in the same statement that changes
-- the status, so the claim time was lost; a trigger keeps it, per application
-- and review round (the key of a decision), as the application leaves
-- in_review with a decision. The decision row, inserted next in the same
-- transaction, copies it into decisions.claimed_at (when the claim was the
-- deciding operator's) and the application's submission time into
-- decisions.application_submitted_at, so that every figure of a period is read
-- from one covering index over the decisions, never by a lookup per decision
-- into the (large) applications table. Decisions recorded before this
-- migration (and seeded demo decisions) have no claim time: the report
-- measures "claimed -> decided" over those that have one and says how many.
-- Keep in step with ../postgresql/0013_reports.sql (only types differ).

CREATE TABLE decision_claims (
    application_id INTEGER NOT NULL REFERENCES applications (id),
    review_round INTEGER NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    claimed_at INTEGER NOT NULL,
    PRIMARY KEY (application_id, review_round)
) WITHOUT ROWID;

CREATE TRIGGER applications_keep_decision_claim
AFTER UPDATE OF status ON applications FOR EACH ROW
WHEN OLD.status = 'in_review' AND NEW.status IN ('approved', 'rejected', 'awaiting_second_review')
     AND OLD.claimed_by IS NOT NULL AND OLD.claimed_at IS NOT NULL
BEGIN
    INSERT OR REPLACE INTO decision_claims (application_id, review_round, operator_id, claimed_at)
    VALUES (OLD.id, OLD.review_round, OLD.claimed_by, OLD.claimed_at);
END;

ALTER TABLE decisions ADD COLUMN application_submitted_at INTEGER;
ALTER TABLE decisions ADD COLUMN claimed_at INTEGER;
UPDATE decisions SET application_submitted_at =
    (SELECT a.submitted_at FROM applications a WHERE a.id = decisions.application_id);

CREATE TRIGGER decisions_report_times
AFTER INSERT ON decisions FOR EACH ROW
BEGIN
    UPDATE decisions SET
        application_submitted_at = (SELECT a.submitted_at FROM applications a WHERE a.id = NEW.application_id),
        claimed_at = (SELECT c.claimed_at FROM decision_claims c WHERE c.application_id = NEW.application_id
                      AND c.review_round = NEW.review_round AND c.operator_id = NEW.operator_id)
    WHERE id = NEW.id;
END;

-- The report reads the period's decisions by final time: decided_at, or
-- confirmed_at for approvals that needed a second review.
CREATE INDEX decisions_report_decided ON decisions (decided_at, needs_second_review, outcome, operator_id,
                                                    application_submitted_at, claimed_at);
CREATE INDEX decisions_report_confirmed ON decisions (confirmed_at, needs_second_review, outcome, operator_id,
                                                      application_submitted_at, claimed_at, decided_at)
    WHERE confirmed_at IS NOT NULL;
