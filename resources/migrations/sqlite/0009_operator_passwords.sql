-- Logins for the embedded (one-desk) database. PostgreSQL keeps its operators'
-- passwords itself (each operator is a login role, SCRAM-SHA-256); SQLite has no
-- such thing, so the desk checks an argon2id hash (libsodium crypto_pwhash_str)
-- and locks a login for a while after repeated failures. A disabled operator is
-- active = 0 (0001), history kept.
ALTER TABLE operators ADD COLUMN password_hash TEXT CHECK (password_hash IS NULL OR password_hash LIKE '$argon2id$%');
ALTER TABLE operators ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0);
-- Milliseconds since the epoch (like every SQLite time here); NULL: not locked.
ALTER TABLE operators ADD COLUMN locked_until INTEGER;
