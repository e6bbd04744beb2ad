-- Nothing to do here: ../postgresql/0014_reminder_rules.sql holds a
-- PostgreSQL dispatcher login to the reminders it may queue, and SQLite has no
-- logins. The file keeps the two back ends' schema versions in step.
SELECT 1;
