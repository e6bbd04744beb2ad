-- The review workflow (claim, decide, four eyes, deliveries).
--
-- account_cards: the cards (MSISDN or ICCID, normalised) registered on each
-- account, for the "old card belongs to the account" check.
-- holidays: public holidays skipped when promising a delivery date.
-- decisions.needs_second_review / confirmed_by / confirmed_at: approvals with a
-- failing proxy or reused-document check wait for a second person.
-- applications.applicant_id_valid_until: the ID card's expiry when known.
-- applications.claimed_at: when the current holder claimed it ("being reviewed by X since 14:03").
-- Keep in step with ../sqlite/0004_review.sql (only types differ).

CREATE TABLE account_cards (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    card_number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('msisdn', 'iccid')),
    PRIMARY KEY (account_id, card_number)
);

CREATE TABLE holidays (
    day DATE PRIMARY KEY,
    name TEXT NOT NULL
);

ALTER TABLE applications ADD COLUMN applicant_id_valid_until DATE;
ALTER TABLE applications ADD COLUMN claimed_at TIMESTAMPTZ;
ALTER TABLE decisions ADD COLUMN needs_second_review BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE decisions ADD COLUMN confirmed_by BIGINT REFERENCES operators (id);
ALTER TABLE decisions ADD COLUMN confirmed_at TIMESTAMPTZ;

CREATE INDEX applications_lease ON applications (lease_expires_at) WHERE lease_expires_at IS NOT NULL;
CREATE INDEX decisions_application ON decisions (application_id);
