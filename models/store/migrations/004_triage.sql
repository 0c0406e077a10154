-- Schema 4: the triage workbench (issue 6). Workflow columns on alert, analyst notes, one index
-- per sortable column for keyset paging, saved views, and the before-image of every workflow
-- change (audit detail and undo).
--
-- The status CHECK of schema 1 stays as it is: 'new', 'in-progress', 'escalated', 'closed' are the
-- workflow, a closed alert says why in `resolution`. The old 'false-positive' status remains valid
-- (imports, `stats` and `alerts --status` use it) and reads as "closed, false positive". Keeping
-- the constraint avoids rebuilding a table of millions of rows, which with foreign_keys=ON inside
-- the migration transaction would also cascade-delete alert_observable/alert_match rows.
ALTER TABLE alert ADD COLUMN assignee TEXT NOT NULL DEFAULT '';
ALTER TABLE alert ADD COLUMN resolution TEXT NOT NULL DEFAULT ''
  CHECK (resolution IN ('', 'true-positive', 'false-positive', 'benign'));
ALTER TABLE alert ADD COLUMN updated INTEGER;
UPDATE alert SET resolution = 'false-positive' WHERE status = 'false-positive';

-- Keyset paging seeks on (sort column, time, rid); every index below ends in the implicit rid.
-- alert_time (time, rid) and the (status|severity|priority, time, rid) indexes of schema 1
-- already serve those columns. Measured write cost on import in the issue note.
CREATE INDEX alert_sensor_time ON alert (sensor, time);
CREATE INDEX alert_signature_time ON alert (signature, time);
CREATE INDEX alert_src_time ON alert (src, time);
CREATE INDEX alert_dst_time ON alert (dst, time);
CREATE INDEX alert_matches_time ON alert (matches, time);
CREATE INDEX alert_assignee_time ON alert (assignee, time);
CREATE INDEX alert_incident ON alert (incident_rid) WHERE incident_rid IS NOT NULL;

-- Analyst notes on an alert, oldest first.
CREATE TABLE alert_note (
  rid       INTEGER PRIMARY KEY,
  alert_rid INTEGER NOT NULL REFERENCES alert(rid) ON DELETE CASCADE,
  time      INTEGER NOT NULL,
  author    TEXT NOT NULL,
  text      TEXT NOT NULL
) STRICT;
CREATE INDEX alert_note_alert ON alert_note (alert_rid, time);

-- One workflow change (on a selection or on everything matching a filter). `change` and
-- `target` are small JSON documents; `undone` flips on undo and back on redo.
CREATE TABLE alert_change (
  rid     INTEGER PRIMARY KEY,
  time    INTEGER NOT NULL,
  actor   TEXT NOT NULL,
  change  TEXT NOT NULL,
  target  TEXT NOT NULL,
  count   INTEGER NOT NULL DEFAULT 0,
  undone  INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
) STRICT;

-- The before-image of every alert a change touched: undo restores it, redo re-applies the change
-- to exactly these alerts.
CREATE TABLE alert_change_row (
  change_rid INTEGER NOT NULL REFERENCES alert_change(rid) ON DELETE CASCADE,
  alert_rid  INTEGER NOT NULL,
  status     TEXT NOT NULL,
  resolution TEXT NOT NULL,
  assignee   TEXT NOT NULL,
  priority   INTEGER NOT NULL,
  PRIMARY KEY (change_rid, alert_rid)
) STRICT, WITHOUT ROWID;

-- Saved views: a named filter + sort (+ visible columns), as JSON.
CREATE TABLE saved_view (
  rid     INTEGER PRIMARY KEY,
  name    TEXT NOT NULL UNIQUE,
  spec    TEXT NOT NULL,
  created INTEGER NOT NULL
) STRICT;
