-- Most of a mature database is decided applications, and they are the oldest:
-- walking the whole due_at index to the first open one read ~40,000 rows for
-- every first page (bench queue, 1M rows). Partial indexes over the open
-- statuses only, one per sort order the queue offers. The queue writes the
-- default status filter as this very expression so that the planner can use
-- them (SQLite only does when the query repeats the index's WHERE term).
-- Keep in step with ../postgresql/0005_open_queue.sql.

CREATE INDEX applications_open_due ON applications (due_at, id) WHERE status IN ('pending', 'in_review');
CREATE INDEX applications_open_submitted ON applications (submitted_at, id) WHERE status IN ('pending', 'in_review');
CREATE INDEX applications_open_number ON applications (application_number) WHERE status IN ('pending', 'in_review');
