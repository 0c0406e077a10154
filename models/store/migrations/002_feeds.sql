-- Issue 5: everything a partner feed needs besides the columns schema 1 already had.
-- Secrets are never stored: only the name of the environment variable holding one.
ALTER TABLE feed ADD COLUMN auth TEXT NOT NULL DEFAULT 'none'
  CHECK (auth IN ('none', 'basic', 'bearer', 'apikey', 'cert'));
ALTER TABLE feed ADD COLUMN client_cert TEXT NOT NULL DEFAULT '';
ALTER TABLE feed ADD COLUMN client_key TEXT NOT NULL DEFAULT '';
ALTER TABLE feed ADD COLUMN pin TEXT NOT NULL DEFAULT '';
ALTER TABLE feed ADD COLUMN proxy TEXT NOT NULL DEFAULT '';
ALTER TABLE feed ADD COLUMN confidence INTEGER NOT NULL DEFAULT -1 CHECK (confidence BETWEEN -1 AND 100);
ALTER TABLE feed ADD COLUMN schedule_minutes INTEGER NOT NULL DEFAULT 0 CHECK (schedule_minutes >= 0);
ALTER TABLE feed ADD COLUMN enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1));
ALTER TABLE feed ADD COLUMN last_success INTEGER;

-- One row per sync run of a feed: what the window shows as "last run" and the history behind it.
CREATE TABLE feed_run (
  rid       INTEGER PRIMARY KEY,
  feed_rid  INTEGER NOT NULL REFERENCES feed(rid) ON DELETE CASCADE,
  started   INTEGER NOT NULL,
  finished  INTEGER NOT NULL,
  ok        INTEGER NOT NULL CHECK (ok IN (0, 1)),
  pages     INTEGER NOT NULL DEFAULT 0,
  added     INTEGER NOT NULL DEFAULT 0,
  updated   INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  rejected  INTEGER NOT NULL DEFAULT 0,
  error     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX feed_run_feed ON feed_run (feed_rid, started);
