-- Schema 8: a zone map of alert times per block of 4096 rids (issue 6, free-text search at 10^7).
-- Full-text hits come out of FTS5 in rid order; alerts arrive roughly in time order, so the newest
-- hits are among the highest rids. The zone map bounds the time of every alert below a rid, which
-- lets the triage table stop reading hits as soon as no remaining one can reach the page
-- (store/alert_table_queries.cpp, pageByZones). An alert's time never changes; a deleted alert only
-- leaves its block's range wider than needed, which keeps every bound true.
CREATE TABLE alert_zone (
  block    INTEGER PRIMARY KEY,  -- rid >> 12
  min_time INTEGER NOT NULL,
  max_time INTEGER NOT NULL
) STRICT;

INSERT INTO alert_zone (block, min_time, max_time)
  SELECT rid >> 12, min(time), max(time) FROM alert GROUP BY rid >> 12;

CREATE TRIGGER alert_zone_insert AFTER INSERT ON alert BEGIN
  INSERT INTO alert_zone (block, min_time, max_time) VALUES (NEW.rid >> 12, NEW.time, NEW.time)
    ON CONFLICT (block) DO UPDATE SET min_time = min(min_time, excluded.min_time),
                                      max_time = max(max_time, excluded.max_time);
END;
