-- A day's application number counter stays within the numbers' range
-- (ApplicationNumber::MaxCountedSequence: at most 9 sequence digits). An import once
-- moved a counter to 9223372036854775807, after which every allocation for
-- that day overflowed. A counter already past the range goes back to the
-- highest in-range number issued that day (0 if none), then the CHECK keeps
-- it there.
UPDATE application_number_counters AS c
SET last_sequence = COALESCE((SELECT max(substr(a.application_number, 12)::bigint)
                              FROM applications a
                              WHERE a.application_number LIKE 'BK' || c.day || '-%'
                                AND length(a.application_number) BETWEEN 17 AND 20), 0)
WHERE c.last_sequence > 999999999;

ALTER TABLE application_number_counters
    ADD CONSTRAINT application_number_counters_in_range CHECK (last_sequence <= 999999999);
