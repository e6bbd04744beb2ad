-- The review rules PostgreSQL keeps for operator logins (../postgresql/0008)
-- have no SQLite counterpart: one desk, one file, no logins but the desk's own.
-- This no-op keeps the version numbers of both back ends in step.
SELECT 1;
