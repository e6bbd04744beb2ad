-- Partial indexes over the open statuses, one per queue sort order: see
-- ../sqlite/0005_open_queue.sql for why. Better statistics for the prefix
-- searches on application numbers, whose ranges the planner otherwise
-- overestimates.

CREATE INDEX applications_open_due ON applications (due_at, id) WHERE status IN ('pending', 'in_review');
CREATE INDEX applications_open_submitted ON applications (submitted_at, id) WHERE status IN ('pending', 'in_review');
CREATE INDEX applications_open_number ON applications (application_number COLLATE "C") WHERE status IN ('pending', 'in_review');
ALTER TABLE applications ALTER COLUMN application_number SET STATISTICS 1000;
