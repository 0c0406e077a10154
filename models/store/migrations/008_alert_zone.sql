-- Schema 8: a zone map of alert times per block of 4096 rids (issue 6, free-text search at 10^7).
-- Full-text hits come out of FTS5 in rid order; alerts arrive roughly in time order, so the newest
-- hits are among the highest rids. The zone map bounds the time of every alert below a rid, which
-- lets the triage table stop reading hits as soon as no remaining one can reach the page
-- (store/alert_table_queries.cpp, pageByZones). It covers the alerts up to alert_zone_mark.rid;
-- writers extend it once per import (store::recordAlertZones), not per row (a trigger cost 43 % of
-- the EVE import time), and readers bound the alerts above the mark by reading them. An alert's
-- time never changes; a deleted alert only leaves its block's range wider than needed.
CREATE TABLE alert_zone (
  block    INTEGER PRIMARY KEY,  -- rid >> 12
  min_time INTEGER NOT NULL,
  max_time INTEGER NOT NULL
) STRICT;

CREATE TABLE alert_zone_mark (
  id  INTEGER PRIMARY KEY CHECK (id = 1),
  rid INTEGER NOT NULL           -- every alert with a rid up to this one is in alert_zone
) STRICT;

INSERT INTO alert_zone (block, min_time, max_time)
  SELECT rid >> 12, min(time), max(time) FROM alert GROUP BY rid >> 12;
INSERT INTO alert_zone_mark (id, rid) SELECT 1, coalesce(max(rid), 0) FROM alert;
