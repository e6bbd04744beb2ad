-- The queue at call-centre scale: see ../sqlite/0003_queue.sql for the columns
-- and indexes (identical). PostgreSQL also tells every desk about changes:
-- a statement-level trigger sends one NOTIFY reissuedesk_changes per changing
-- statement, which desks LISTEN for (the payload names the table).

ALTER TABLE applications ADD COLUMN risk_flags INTEGER NOT NULL DEFAULT 0 CHECK (risk_flags BETWEEN 0 AND 15);
ALTER TABLE applications ADD COLUMN card_last4 TEXT;

CREATE INDEX applications_due ON applications (due_at, id);
CREATE INDEX applications_submitted ON applications (submitted_at, id);
-- Prefix searches are ranges (x >= 'p' AND x < 'q') compared byte-wise, as in
-- SQLite: COLLATE "C" makes the index order match, whatever the database locale.
CREATE INDEX applications_number_c ON applications (application_number COLLATE "C");
CREATE INDEX applications_contact_phone ON applications (contact_phone COLLATE "C");
CREATE INDEX applications_applicant_name ON applications (applicant_name COLLATE "C");
CREATE INDEX applications_card_last4 ON applications (card_last4 COLLATE "C");
CREATE INDEX applications_claimed_by ON applications (claimed_by) WHERE claimed_by IS NOT NULL;

CREATE FUNCTION notify_reissuedesk_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('reissuedesk_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

CREATE TRIGGER applications_notify AFTER INSERT OR UPDATE OR DELETE ON applications
    FOR EACH STATEMENT EXECUTE FUNCTION notify_reissuedesk_change();
