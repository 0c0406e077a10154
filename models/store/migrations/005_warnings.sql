-- Schema 5: the early-warning inbox (issue 6).
-- A warning is a partner STIX report or note that is either a threat report
-- (report_types contains 'threat-report'), labelled as a warning (a label containing 'warning',
-- e.g. the MISP tags 'early-warning' or 'cert:warning', which the MISP reader keeps as labels), or
-- stored from a feed marked as a warning source (feed.warning_source). Which objects are warnings
-- is decided when the inbox is read (store/warning_repository), so nothing here has to be kept in
-- step with imports; these tables hold only what the analyst decided.

-- The analyst's state of one warning; no row means 'new' (unread). Times: microseconds, UTC.
CREATE TABLE warning_state (
  stix_id TEXT PRIMARY KEY,  -- report--... or note--...
  state   TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'applies', 'not-applicable', 'mitigated')),
  owner   TEXT NOT NULL DEFAULT '',
  due     INTEGER,
  updated INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- One checklist item per recommendation (course-of-action id) of a warning.
CREATE TABLE warning_checklist (
  stix_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  done    INTEGER NOT NULL CHECK (done IN (0, 1)),
  done_by TEXT NOT NULL DEFAULT '',
  done_at INTEGER,
  PRIMARY KEY (stix_id, item_id)
) STRICT, WITHOUT ROWID;

-- Everything a feed marked as a warning source delivers is a warning (set by the feeds work; the
-- feed's objects are those whose source is ('feed', 'feed:' || name) as FeedSyncService names it).
ALTER TABLE feed ADD COLUMN warning_source INTEGER NOT NULL DEFAULT 0 CHECK (warning_source IN (0, 1));
