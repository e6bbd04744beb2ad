-- Nothing to do here: ../postgresql/0014_outbox_rules.sql holds the
-- PostgreSQL dispatcher and supervisor logins to their part of the outbox, and SQLite has no
-- logins. The file keeps the two back ends' schema versions in step.
SELECT 1;
