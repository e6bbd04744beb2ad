-- Schema v1 (SQLite). Keep in step with ../postgresql/0001_initial.sql: same
-- tables, columns and constraints; only types differ. Timestamps are UTC epoch
-- milliseconds (INTEGER); booleans are 0/1.

CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 63),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);

CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    account_number TEXT NOT NULL UNIQUE,
    holder_name TEXT NOT NULL CHECK (length(holder_name) > 0),
    holder_id_number TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    address TEXT NOT NULL,
    created_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
);
CREATE INDEX accounts_holder_id_number ON accounts (holder_id_number);

CREATE TABLE applications (
    id INTEGER PRIMARY KEY,
    application_number TEXT NOT NULL UNIQUE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    applicant_name TEXT NOT NULL CHECK (length(applicant_name) > 0),
    applicant_id_number TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    contact_email TEXT,
    old_card_number TEXT,
    reason TEXT NOT NULL CHECK (reason IN ('lost', 'damaged', 'other')),
    reason_text TEXT NOT NULL DEFAULT '',
    channel TEXT NOT NULL CHECK (channel IN ('direct', 'agent')),
    agent_name TEXT,
    shipping_address TEXT NOT NULL CHECK (length(shipping_address) > 0),
    special_service_fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (special_service_fee_cents >= 0),
    submitted_at INTEGER NOT NULL,
    due_at INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_review', 'awaiting_second_review',
                                                              'approved', 'rejected', 'shipped', 'cancelled')),
    review_round INTEGER NOT NULL DEFAULT 1 CHECK (review_round >= 1),
    claimed_by INTEGER REFERENCES operators (id),
    lease_expires_at INTEGER,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    updated_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    CHECK (due_at = submitted_at + 86400000),
    CHECK (channel = 'direct' OR (agent_name IS NOT NULL AND length(agent_name) > 0)),
    CHECK ((claimed_by IS NULL) = (lease_expires_at IS NULL)),
    CHECK (claimed_by IS NULL OR status IN ('in_review', 'awaiting_second_review'))
);
CREATE INDEX applications_account ON applications (account_id, submitted_at);
CREATE INDEX applications_status_due ON applications (status, due_at, id);

-- Today's last sequence number per day, for BKyyyyMMdd-NNNNNN numbers.
CREATE TABLE application_number_counters (
    day TEXT PRIMARY KEY CHECK (length(day) = 8),
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0)
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('id_front', 'id_back', 'purchase_proof', 'other')),
    url TEXT NOT NULL CHECK (length(url) > 0),
    media_type TEXT NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    uploaded_at INTEGER NOT NULL
);
CREATE INDEX documents_application ON documents (application_id);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TABLE reject_reasons (
    code TEXT PRIMARY KEY,
    title_zh TEXT NOT NULL,
    title_en TEXT NOT NULL,
    customer_text_zh TEXT NOT NULL,
    customer_text_en TEXT NOT NULL,
    resubmission_allowed INTEGER NOT NULL CHECK (resubmission_allowed IN (0, 1)),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    review_round INTEGER NOT NULL,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('approve', 'reject')),
    resubmission_allowed INTEGER CHECK (resubmission_allowed IN (0, 1)),
    customer_message TEXT NOT NULL DEFAULT '',
    internal_note TEXT NOT NULL DEFAULT '',
    idempotency_key TEXT NOT NULL UNIQUE,
    decided_at INTEGER NOT NULL,
    CHECK (outcome = 'approve' OR resubmission_allowed IS NOT NULL),
    UNIQUE (application_id, review_round)
);

CREATE TABLE decision_reasons (
    decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    reason_code TEXT NOT NULL REFERENCES reject_reasons (code),
    PRIMARY KEY (decision_id, reason_code)
);

CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions (id),
    address TEXT NOT NULL,
    expected_delivery TEXT NOT NULL CHECK (length(expected_delivery) = 10), -- YYYY-MM-DD
    status TEXT NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'shipped', 'delivered', 'returned')),
    carrier TEXT,
    tracking_number TEXT,
    created_at INTEGER NOT NULL,
    shipped_at INTEGER
);
CREATE INDEX shipments_application ON shipments (application_id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications (id),
    decision_id INTEGER REFERENCES decisions (id),
    channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
    recipient TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'zh_CN',
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX notifications_due ON notifications (status, next_attempt_at);
CREATE INDEX notifications_application ON notifications (application_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at INTEGER NOT NULL DEFAULT (CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)),
    actor TEXT NOT NULL,
    operator_id INTEGER REFERENCES operators (id),
    action TEXT NOT NULL,
    application_id INTEGER REFERENCES applications (id),
    document_id INTEGER REFERENCES documents (id),
    detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
);
CREATE INDEX audit_log_application ON audit_log (application_id, occurred_at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
