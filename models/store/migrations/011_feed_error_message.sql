-- Schema 11 (issue 14): a feed run's error as template and arguments (core::Message JSON), so it
-- reads in the language of whoever looks at it, not of the run that wrote it. `error` keeps the
-- text as written (older runs have only that).
ALTER TABLE feed_run ADD COLUMN error_message TEXT NOT NULL DEFAULT '';
