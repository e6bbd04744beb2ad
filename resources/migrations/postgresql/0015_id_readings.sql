-- What the OCR ID reader read off each ID scan (issue 12), and the queue of
-- scans still to read. One row per image (sha256), not per document: a scan
-- uploaded for several applications is read once.
--
-- Work states:
--   pending  waiting for a reader (queued by the documents trigger below, or
--            given back: a failed attempt below the maximum, a stopped precheck)
--   reading  claimed by a `precheck` (claimed_by) until lease_expires_at; an
--            expired lease is claimable again (the process died)
--   done     reading holds IdCardReading::toJson() of reader_version
--   failed   the document could not be fetched or read max-attempts times;
--            last_error says why
-- A done or failed row of an older reader_version is claimable again: the
-- precheck passes its reader's version to the claim.
--
-- Who may do what (kept here, not by the client):
--   reissuedesk_prechecker (new, NOLOGIN; give it to the precheck service's
--     login) reads documents' URLs and the readings, claims and records.
--   reissuedesk_operator (and supervisors, its members) read readings; a desk
--     may record a reading only for an image with no finished reading (the
--     desk's own pre-check of an application no precheck has reached), never
--     change or delete a finished one. Who recorded it and when is set here.
--   Nobody but the owner deletes a reading.
-- A separate role rather than reissuedesk_dispatcher: the dispatcher's login
-- sends messages to customers, the prechecker's fetches ID scans; a leaked
-- password of one should not give the other.

CREATE TABLE id_readings (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'reading', 'done', 'failed')),
    reader_version INTEGER CHECK (reader_version > 0),
    reading TEXT CHECK (reading IS NULL OR (length(reading) <= 16384 AND reading::jsonb IS NOT NULL)),
    read_at TIMESTAMPTZ,
    read_by TEXT,
    claimed_by TEXT CHECK (length(claimed_by) <= 200),
    lease_expires_at TIMESTAMPTZ,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT CHECK (length(last_error) <= 2000),
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    queued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (state <> 'done' OR (reading IS NOT NULL AND reader_version IS NOT NULL AND read_at IS NOT NULL)),
    CHECK (state <> 'reading' OR (claimed_by IS NOT NULL AND lease_expires_at IS NOT NULL))
);
CREATE INDEX id_readings_claimable ON id_readings (next_attempt_at) WHERE state IN ('pending', 'reading');

-- Every ID scan is queued as it arrives. SECURITY DEFINER: the web form's
-- intake role inserts documents and may not touch id_readings itself.
CREATE FUNCTION reissuedesk_queue_id_reading() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.kind IN ('id_front', 'id_back') THEN
        INSERT INTO id_readings (sha256) VALUES (NEW.sha256) ON CONFLICT (sha256) DO NOTHING;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_queue_id_reading AFTER INSERT ON documents
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_queue_id_reading();

-- A precheck in --watch waits on this channel (poll as a fallback).
CREATE FUNCTION reissuedesk_notify_id_readings_queued() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    PERFORM pg_notify('reissuedesk_id_readings', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER id_readings_queued AFTER INSERT ON id_readings
    FOR EACH STATEMENT EXECUTE FUNCTION reissuedesk_notify_id_readings_queued();

-- The scans already stored.
INSERT INTO id_readings (sha256)
SELECT DISTINCT sha256 FROM documents WHERE kind IN ('id_front', 'id_back')
ON CONFLICT (sha256) DO NOTHING;

-- Changes by the desk and the prechecker, held to what IdReadingRepository does.
CREATE FUNCTION reissuedesk_check_id_reading_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
BEGIN
    IF public.reissuedesk_session_is_trusted() THEN
        RETURN NEW;
    END IF;
    IF NEW.sha256 <> OLD.sha256 THEN
        PERFORM reissuedesk_refuse('a reading stays with the image it was read from');
    END IF;
    IF pg_has_role(session_user, 'reissuedesk_prechecker', 'MEMBER') THEN
        IF NEW.state = 'reading' AND (NEW.claimed_by IS DISTINCT FROM session_user::text
                                      AND NEW.claimed_by NOT LIKE session_user::text || '@%') THEN
            PERFORM reissuedesk_refuse('a prechecker claims readings in its own name');
        END IF;
    ELSE
        -- The desk: only the first finished reading of an image.
        IF OLD.state = 'done' THEN
            PERFORM reissuedesk_refuse('a finished ID reading is never changed at the desk');
        END IF;
        IF NEW.state <> 'done' OR NEW.reading IS NULL OR NEW.attempts <> OLD.attempts THEN
            PERFORM reissuedesk_refuse('the desk may only record a finished ID reading');
        END IF;
        NEW.claimed_by := NULL;
        NEW.lease_expires_at := NULL;
        NEW.last_error := NULL;
    END IF;
    IF NEW.state = 'done' THEN
        NEW.read_by := session_user::text;
        NEW.read_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER id_readings_changes BEFORE UPDATE ON id_readings
    FOR EACH ROW EXECUTE FUNCTION reissuedesk_check_id_reading_change();

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'reissuedesk_prechecker') THEN
        BEGIN
            CREATE ROLE reissuedesk_prechecker NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO reissuedesk_prechecker', current_database());
END;
$$;

GRANT USAGE ON SCHEMA public TO reissuedesk_prechecker;
GRANT EXECUTE ON FUNCTION reissuedesk_session_is_trusted() TO reissuedesk_prechecker;
GRANT SELECT ON id_readings, schema_migrations TO reissuedesk_prechecker;
GRANT SELECT (id, kind, url, media_type, size_bytes, sha256) ON documents TO reissuedesk_prechecker;
CREATE POLICY prechecker_reads ON documents FOR SELECT TO reissuedesk_prechecker
    USING (kind IN ('id_front', 'id_back'));
GRANT UPDATE (state, reader_version, reading, read_at, read_by, claimed_by, lease_expires_at, attempts, last_error,
              next_attempt_at) ON id_readings TO reissuedesk_prechecker;

GRANT SELECT ON id_readings TO reissuedesk_operator, reissuedesk_admin;
GRANT UPDATE (state, reader_version, reading, read_at, read_by, claimed_by, lease_expires_at, last_error)
    ON id_readings TO reissuedesk_operator;

-- ---------------------------------------------------------------------------
-- The review policy learns the ID card checks (app/core/IdCardChecks,
-- ReviewPolicy): a number read off the front that differs from the form, or a
-- card read as expired at submission, sends an approval to a second reviewer
-- ("card_number", "card_validity"); and the back's date stands in for
-- applicant_id_valid_until where the import did not give one ("id_number").
-- The readings judged are those of the application's first ID front and first
-- ID back (lowest document id), finished and without a whole-image error, as
-- ReviewContextRepository reads them.

CREATE FUNCTION reissuedesk_id_reading_of(application BIGINT, document_kind TEXT) RETURNS JSONB
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT CASE WHEN r.state = 'done' AND NOT (r.reading::jsonb ? 'error') THEN r.reading::jsonb END
    FROM documents d LEFT JOIN id_readings r ON r.sha256 = d.sha256
    WHERE d.application_id = application AND d.kind = document_kind
    ORDER BY d.id LIMIT 1
$$;

-- IdCardReading::validUntilValue(): a YYYY-MM-DD date, NULL for long-term or unread.
CREATE FUNCTION reissuedesk_reading_valid_until(reading JSONB) RETURNS DATE
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog AS $$
    SELECT CASE WHEN reading ->> 'valid_until' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                THEN (reading ->> 'valid_until')::DATE END
$$;

CREATE OR REPLACE FUNCTION reissuedesk_second_review_checks(application BIGINT) RETURNS TEXT
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
DECLARE
    a applications%ROWTYPE;
    checks TEXT[] := '{}';
    card_kind TEXT;
    front JSONB;
    back JSONB;
    card_valid_until DATE;
BEGIN
    SELECT * INTO a FROM applications WHERE id = application;
    IF NOT FOUND THEN
        RETURN NULL;
    END IF;
    front := reissuedesk_id_reading_of(a.id, 'id_front');
    back := reissuedesk_id_reading_of(a.id, 'id_back');
    card_valid_until := reissuedesk_reading_valid_until(back);
    IF NOT reissuedesk_resident_id_valid(a.applicant_id_number, current_date)
       OR coalesce(a.applicant_id_valid_until, card_valid_until) < current_date THEN
        checks := checks || 'id_number'::TEXT;
    END IF;
    card_kind := reissuedesk_card_kind(a.old_card_number);
    IF card_kind <> 'empty' AND (NOT reissuedesk_card_valid(a.old_card_number) OR NOT EXISTS (
            SELECT 1 FROM account_cards c WHERE c.account_id = a.account_id
               AND reissuedesk_normalize_card(c.card_number, card_kind)
                   = reissuedesk_normalize_card(a.old_card_number, card_kind))) THEN
        checks := checks || 'old_card'::TEXT;
    END IF;
    IF EXISTS (SELECT 1 FROM documents mine
               JOIN documents theirs ON theirs.sha256 = mine.sha256
               JOIN applications other ON other.id = theirs.application_id
               WHERE mine.application_id = a.id AND other.account_id <> a.account_id) THEN
        checks := checks || 'reused_document'::TEXT;
    END IF;
    -- The window of RepeatReplacementWindowSeconds, in seconds as the client counts it.
    IF EXISTS (SELECT 1 FROM applications other
               WHERE other.account_id = a.account_id AND other.id <> a.id AND other.status <> 'cancelled'
                 AND other.submitted_at <= a.submitted_at
                 AND other.submitted_at > a.submitted_at - INTERVAL '7776000 seconds') THEN
        checks := checks || 'repeat_replacement'::TEXT;
    END IF;
    IF a.special_service_fee_cents <> 0 THEN
        checks := checks || 'special_service_fee'::TEXT;
    END IF;
    IF front ->> 'id_number' IS NOT NULL
       AND front ->> 'id_number' <> reissuedesk_normalize_resident_id(a.applicant_id_number) THEN
        checks := checks || 'card_number'::TEXT;
    END IF;
    IF card_valid_until < a.submitted_at::DATE THEN
        checks := checks || 'card_validity'::TEXT;
    END IF;
    RETURN array_to_string(checks, ',');
END;
$$;

-- New functions are executable by PUBLIC by default; 0007 took that away from
-- every function before it. The web form's intake role reads nothing.
REVOKE ALL ON FUNCTION reissuedesk_queue_id_reading(), reissuedesk_notify_id_readings_queued(),
    reissuedesk_check_id_reading_change(), reissuedesk_id_reading_of(BIGINT, TEXT),
    reissuedesk_reading_valid_until(JSONB) FROM PUBLIC;
