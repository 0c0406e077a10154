-- Issue 5: where a feed's secret lives. Only a marker, never the secret itself:
--   'env'      the environment variable named in secret_env (empty: the feed needs no secret);
--   'keychain' the OS keychain (qtkeychain), service "Lagebild", entry "feed:<name>".
ALTER TABLE feed ADD COLUMN secret_source TEXT NOT NULL DEFAULT 'env' CHECK (secret_source IN ('env', 'keychain'));
