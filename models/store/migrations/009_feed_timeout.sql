-- Issue 12: a per-feed time limit for one HTTP request (seconds; 0 = the default of 60 s). Slow
-- servers such as the OASIS reference TAXII server spend 20-40 s before the first byte of a query.
ALTER TABLE feed ADD COLUMN timeout_seconds INTEGER NOT NULL DEFAULT 0 CHECK (timeout_seconds >= 0);
