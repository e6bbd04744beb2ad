-- The queue at call-centre scale: risk flags and the card's last four digits
-- kept on the row (computed when the application is written) so that "flagged
-- only" and "search by last 4 digits" are index lookups, and indexes for every
-- sort order and search the queue offers.
--
-- risk_flags bits: 1 suspected proxy application (applicant is not the account
-- holder), 2 invalid applicant ID number, 4 repeat replacement (another
-- application on the account within 90 days), 8 reused document (a document
-- whose sha256 appears on another account's application).

ALTER TABLE applications ADD COLUMN risk_flags INTEGER NOT NULL DEFAULT 0 CHECK (risk_flags BETWEEN 0 AND 15);
ALTER TABLE applications ADD COLUMN card_last4 TEXT;

CREATE INDEX applications_due ON applications (due_at, id);
CREATE INDEX applications_submitted ON applications (submitted_at, id);
CREATE INDEX applications_contact_phone ON applications (contact_phone);
CREATE INDEX applications_applicant_name ON applications (applicant_name);
CREATE INDEX applications_card_last4 ON applications (card_last4);
CREATE INDEX applications_claimed_by ON applications (claimed_by) WHERE claimed_by IS NOT NULL;
