-- Schema 12 (issue 15): the situation picture.
--
-- alert_rollup: alert counts per hour x severity x sensor x status x resolution x matched, so the
-- Situation page and `lagebild situation` never scan the alert table. It counts the alerts up to
-- alert_rollup_mark.rid. Writers that insert alerts move the mark once per transaction, before the
-- commit (store::recordAlertZones: a set-based GROUP BY over the new rid range; an INSERT trigger
-- would give every single-row INSERT a statement journal holding a copy of each index page it
-- touches, which made EVE imports 2x slower). Alerts above the mark are read from the table
-- (readers stay exact, only slower). Workflow changes, undo, correlation and deletes of counted
-- alerts keep the rollup in step through the triggers below, inside the transaction that changes
-- the alert. `check` verifies it (invariant alert_rollup). hour = floor(time / 1 h) (times are
-- microseconds UTC; the CASE floors negative times too). Rows whose count fell to 0 are removed.
CREATE TABLE alert_rollup (
  hour       INTEGER NOT NULL,
  severity   INTEGER NOT NULL,
  sensor     TEXT NOT NULL,
  status     TEXT NOT NULL,
  resolution TEXT NOT NULL,
  matched    INTEGER NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (hour, severity, sensor, status, resolution, matched)
) STRICT, WITHOUT ROWID;

CREATE TABLE alert_rollup_mark (rid INTEGER NOT NULL) STRICT;
INSERT INTO alert_rollup_mark (rid) SELECT coalesce(max(rid), 0) FROM alert;

INSERT INTO alert_rollup (hour, severity, sensor, status, resolution, matched, n)
SELECT CASE WHEN time >= 0 THEN time / 3600000000 ELSE (time + 1) / 3600000000 - 1 END,
       severity, sensor, status, resolution, matches > 0, count(*)
FROM alert GROUP BY 1, 2, 3, 4, 5, 6;

-- A counted alert is deleted: one less; if it was the highest, the mark moves down with it, so
-- that a new alert that reuses the row id is counted when the mark moves up again.
CREATE TRIGGER alert_rollup_delete AFTER DELETE ON alert
WHEN OLD.rid <= (SELECT rid FROM alert_rollup_mark)
BEGIN
  UPDATE alert_rollup SET n = n - 1
  WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND severity = OLD.severity AND sensor = OLD.sensor AND status = OLD.status
    AND resolution = OLD.resolution AND matched = (OLD.matches > 0);
  DELETE FROM alert_rollup
  WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND severity = OLD.severity AND sensor = OLD.sensor AND status = OLD.status
    AND resolution = OLD.resolution AND matched = (OLD.matches > 0) AND n = 0;
  UPDATE alert_rollup_mark SET rid = (SELECT coalesce(max(rid), 0) FROM alert)
  WHERE rid > (SELECT coalesce(max(rid), 0) FROM alert);
END;

-- A counted alert changes what the rollup counts it by: out of its old cell, into its new one.
CREATE TRIGGER alert_rollup_update AFTER UPDATE OF time, severity, sensor, status, resolution, matches ON alert
WHEN OLD.rid <= (SELECT rid FROM alert_rollup_mark)
  AND (OLD.time IS NOT NEW.time OR OLD.severity IS NOT NEW.severity OR OLD.sensor IS NOT NEW.sensor
       OR OLD.status IS NOT NEW.status OR OLD.resolution IS NOT NEW.resolution
       OR (OLD.matches > 0) IS NOT (NEW.matches > 0))
BEGIN
  UPDATE alert_rollup SET n = n - 1
  WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND severity = OLD.severity AND sensor = OLD.sensor AND status = OLD.status
    AND resolution = OLD.resolution AND matched = (OLD.matches > 0);
  DELETE FROM alert_rollup
  WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND severity = OLD.severity AND sensor = OLD.sensor AND status = OLD.status
    AND resolution = OLD.resolution AND matched = (OLD.matches > 0) AND n = 0;
  INSERT INTO alert_rollup (hour, severity, sensor, status, resolution, matched, n)
  VALUES (CASE WHEN NEW.time >= 0 THEN NEW.time / 3600000000 ELSE (NEW.time + 1) / 3600000000 - 1 END,
          NEW.severity, NEW.sensor, NEW.status, NEW.resolution, NEW.matches > 0, 1)
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- The top lists of the page, per hour, over the same counted alerts (rid <= the mark):
-- alert_technique_rollup: `technique` as tagged ("T1059.001") counts the alerts carrying it;
-- '*' || parent ("*T1059") counts the alerts carrying the parent or any of its sub-techniques,
-- each once (what the triage filter for "T1059" shows). alert_match_rollup: per indicator the
-- alerts it matched, each once (alert_match has a row per matching observable).
CREATE TABLE alert_technique_rollup (
  hour      INTEGER NOT NULL,
  technique TEXT NOT NULL,
  n         INTEGER NOT NULL,
  PRIMARY KEY (hour, technique)
) STRICT, WITHOUT ROWID;
CREATE TABLE alert_match_rollup (
  hour       INTEGER NOT NULL,
  object_rid INTEGER NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (hour, object_rid)
) STRICT, WITHOUT ROWID;

INSERT INTO alert_technique_rollup (hour, technique, n)
SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, t.technique, count(*) FROM alert_technique t JOIN alert a ON a.rid = t.alert_rid GROUP BY 1, 2
UNION ALL
SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, '*' || CASE WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE t.technique END, count(DISTINCT t.alert_rid) FROM alert_technique t JOIN alert a ON a.rid = t.alert_rid GROUP BY 1, 2;
INSERT INTO alert_match_rollup (hour, object_rid, n)
SELECT CASE WHEN a.time >= 0 THEN a.time / 3600000000 ELSE (a.time + 1) / 3600000000 - 1 END, m.object_rid, count(DISTINCT m.alert_rid) FROM alert_match m JOIN alert a ON a.rid = m.alert_rid GROUP BY 1, 2;

-- A counted alert about to be deleted leaves the top lists (its techniques and matches are still
-- there before the delete; the cascade that removes them then finds no alert and counts nothing).
CREATE TRIGGER alert_rollup_lists_delete BEFORE DELETE ON alert
WHEN OLD.rid <= (SELECT rid FROM alert_rollup_mark)
BEGIN
  UPDATE alert_technique_rollup SET n = n - 1 WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND (technique IN (SELECT technique FROM alert_technique WHERE alert_rid = OLD.rid)
         OR technique IN (SELECT DISTINCT '*' || CASE WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE t.technique END FROM alert_technique t WHERE t.alert_rid = OLD.rid));
  DELETE FROM alert_technique_rollup WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END AND n = 0;
  UPDATE alert_match_rollup SET n = n - 1 WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND object_rid IN (SELECT object_rid FROM alert_match WHERE alert_rid = OLD.rid);
  DELETE FROM alert_match_rollup WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END AND n = 0;
END;

-- A counted alert moves to another hour: its techniques and matches move with it.
CREATE TRIGGER alert_rollup_lists_move AFTER UPDATE OF time ON alert
WHEN OLD.rid <= (SELECT rid FROM alert_rollup_mark) AND (CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END) <> (CASE WHEN NEW.time >= 0 THEN NEW.time / 3600000000 ELSE (NEW.time + 1) / 3600000000 - 1 END)
BEGIN
  UPDATE alert_technique_rollup SET n = n - 1 WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND (technique IN (SELECT technique FROM alert_technique WHERE alert_rid = OLD.rid)
         OR technique IN (SELECT DISTINCT '*' || CASE WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE t.technique END FROM alert_technique t WHERE t.alert_rid = OLD.rid));
  DELETE FROM alert_technique_rollup WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END AND n = 0;
  INSERT INTO alert_technique_rollup (hour, technique, n)
  SELECT CASE WHEN NEW.time >= 0 THEN NEW.time / 3600000000 ELSE (NEW.time + 1) / 3600000000 - 1 END, technique, 1 FROM alert_technique WHERE alert_rid = NEW.rid
  UNION SELECT CASE WHEN NEW.time >= 0 THEN NEW.time / 3600000000 ELSE (NEW.time + 1) / 3600000000 - 1 END, '*' || CASE WHEN instr(t.technique, '.') > 0 THEN substr(t.technique, 1, instr(t.technique, '.') - 1) ELSE t.technique END, 1 FROM alert_technique t WHERE t.alert_rid = NEW.rid
  ON CONFLICT DO UPDATE SET n = n + 1;
  UPDATE alert_match_rollup SET n = n - 1 WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END
    AND object_rid IN (SELECT object_rid FROM alert_match WHERE alert_rid = OLD.rid);
  DELETE FROM alert_match_rollup WHERE hour = CASE WHEN OLD.time >= 0 THEN OLD.time / 3600000000 ELSE (OLD.time + 1) / 3600000000 - 1 END AND n = 0;
  INSERT INTO alert_match_rollup (hour, object_rid, n)
  SELECT DISTINCT CASE WHEN NEW.time >= 0 THEN NEW.time / 3600000000 ELSE (NEW.time + 1) / 3600000000 - 1 END, object_rid, 1 FROM alert_match WHERE alert_rid = NEW.rid
  ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- Matches of counted alerts found later (retro-hunt) or dropped (an indicator revoked, expired,
-- deleted): the first row of an (alert, indicator) pair counts it, the last one gone uncounts it.
CREATE TRIGGER alert_match_rollup_insert AFTER INSERT ON alert_match
WHEN NEW.alert_rid <= (SELECT rid FROM alert_rollup_mark)
  AND (SELECT count(*) FROM alert_match WHERE alert_rid = NEW.alert_rid AND object_rid = NEW.object_rid) = 1
BEGIN
  INSERT INTO alert_match_rollup (hour, object_rid, n)
  SELECT CASE WHEN time >= 0 THEN time / 3600000000 ELSE (time + 1) / 3600000000 - 1 END, NEW.object_rid, 1
  FROM alert WHERE rid = NEW.alert_rid
  ON CONFLICT DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER alert_match_rollup_delete AFTER DELETE ON alert_match
WHEN OLD.alert_rid <= (SELECT rid FROM alert_rollup_mark)
  AND NOT EXISTS (SELECT 1 FROM alert_match WHERE alert_rid = OLD.alert_rid AND object_rid = OLD.object_rid)
  AND EXISTS (SELECT 1 FROM alert WHERE rid = OLD.alert_rid)
BEGIN
  UPDATE alert_match_rollup SET n = n - 1
  WHERE object_rid = OLD.object_rid
    AND hour = (SELECT CASE WHEN time >= 0 THEN time / 3600000000 ELSE (time + 1) / 3600000000 - 1 END
                FROM alert WHERE rid = OLD.alert_rid);
  DELETE FROM alert_match_rollup WHERE object_rid = OLD.object_rid AND n = 0;
END;

-- An analyst's override of the computed threat level: level 1-4, why, until when. Rows are never
-- changed except `cleared` (set when someone ends it early); every set and clear is also in the
-- audit log. The active override is the newest row not cleared whose `expires` lies ahead.
CREATE TABLE threat_level_override (
  rid      INTEGER PRIMARY KEY,
  level    INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  reason   TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  set_by   TEXT NOT NULL,
  set_at   INTEGER NOT NULL,
  expires  INTEGER NOT NULL,
  cleared  INTEGER
) STRICT;

-- A frozen situation picture. It keeps ids and versions, not copies: `objects` is the sorted list
-- "stix-id TAB modified-µs" of every current object, one per line, zlib-compressed (qCompress);
-- `figures` is the JSON the Situation page showed (threat level and its rule, alert counts per
-- status and severity, top lists). Times: microseconds UTC.
CREATE TABLE snapshot (
  rid       INTEGER PRIMARY KEY,
  created   INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  label     TEXT NOT NULL DEFAULT '',
  level     INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
  figures   TEXT NOT NULL,
  objects   BLOB NOT NULL,
  object_count INTEGER NOT NULL
) STRICT;
