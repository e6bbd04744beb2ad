-- SQLite has no roles: one desk, one file (see ../postgresql/0007 for the
-- PostgreSQL privileges). Only the audit log's client address column, so that
-- both back ends have the same audit_log columns; on SQLite it stays NULL.

ALTER TABLE audit_log ADD COLUMN client_addr TEXT;
