-- What the OCR ID reader read off each ID scan (issue 12), and the queue of
-- scans still to read: one row per image (sha256), so a scan uploaded for
-- several applications is read once. States and columns as in
-- ../postgresql/0015_id_readings.sql; SQLite has no logins, so no roles here.
-- Times are milliseconds since the epoch, as everywhere in the SQLite schema.

CREATE TABLE id_readings (
    sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'reading', 'done', 'failed')),
    reader_version INTEGER CHECK (reader_version > 0),
    reading TEXT CHECK (reading IS NULL OR (length(reading) <= 16384 AND json_valid(reading))),
    read_at INTEGER,
    read_by TEXT,
    claimed_by TEXT CHECK (length(claimed_by) <= 200),
    lease_expires_at INTEGER,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error TEXT CHECK (length(last_error) <= 2000),
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    queued_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    CHECK (state <> 'done' OR (reading IS NOT NULL AND reader_version IS NOT NULL AND read_at IS NOT NULL)),
    CHECK (state <> 'reading' OR (claimed_by IS NOT NULL AND lease_expires_at IS NOT NULL))
);
CREATE INDEX id_readings_claimable ON id_readings (next_attempt_at) WHERE state IN ('pending', 'reading');

CREATE TRIGGER documents_queue_id_reading AFTER INSERT ON documents FOR EACH ROW
WHEN NEW.kind IN ('id_front', 'id_back')
BEGIN
    INSERT OR IGNORE INTO id_readings (sha256) VALUES (NEW.sha256);
END;

INSERT OR IGNORE INTO id_readings (sha256)
SELECT DISTINCT sha256 FROM documents WHERE kind IN ('id_front', 'id_back');
