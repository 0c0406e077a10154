-- Schema 10 (issue 14): one status model for alerts. The workflow is new, in-progress, escalated,
-- closed; a closed alert says why in `resolution` (true-positive, false-positive, benign or '' when
-- nobody said). Schema 1's 'false-positive' status becomes 'closed' + resolution 'false-positive',
-- here and in the before-images of undo, so that the F key, imports, the demo, the facets and
-- `stats` all count one way. The CHECK of schema 1 stays (rebuilding a table of millions of rows
-- would cascade-delete alert_observable/alert_match rows); `check` verifies the model instead.
UPDATE alert SET status = 'closed', resolution = 'false-positive' WHERE status = 'false-positive';
UPDATE alert SET resolution = '' WHERE status <> 'closed' AND resolution <> '';
UPDATE alert_change_row SET status = 'closed', resolution = 'false-positive' WHERE status = 'false-positive';

-- The status facet counts per (status, resolution); this index answers it without the table.
CREATE INDEX alert_status_resolution ON alert (status, resolution);
