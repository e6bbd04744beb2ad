-- Supervisors retry and cancel customer messages (../postgresql/0010). On
-- SQLite (one desk, no logins but the desk's own) there are no roles to grant
-- and MessageSupervision writes the audit row itself, in the same
-- transaction as the change. This no-op keeps the version numbers of both back
-- ends in step.
SELECT 1;
