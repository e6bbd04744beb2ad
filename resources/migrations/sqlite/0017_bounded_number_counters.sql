-- A day's application number counter stays within the numbers' range
-- (ApplicationNumber::MaxCountedSequence: at most 9 sequence digits). An import once
-- moved a counter to 9223372036854775807, after which every allocation for
-- that day overflowed. A counter already past the range goes back to the
-- highest in-range number issued that day (0 if none), then the CHECK keeps
-- it there. SQLite adds a CHECK by rebuilding the table.
CREATE TABLE application_number_counters_bounded (
    day TEXT PRIMARY KEY CHECK (length(day) = 8),
    last_sequence INTEGER NOT NULL CHECK (last_sequence >= 0 AND last_sequence <= 999999999)
);

INSERT INTO application_number_counters_bounded (day, last_sequence)
SELECT c.day,
       CASE WHEN c.last_sequence <= 999999999 THEN c.last_sequence
            ELSE COALESCE((SELECT max(CAST(substr(a.application_number, 12) AS INTEGER))
                           FROM applications a
                           WHERE a.application_number LIKE 'BK' || c.day || '-%'
                             AND length(a.application_number) BETWEEN 17 AND 20), 0)
       END
FROM application_number_counters c;

DROP TABLE application_number_counters;

ALTER TABLE application_number_counters_bounded RENAME TO application_number_counters;
