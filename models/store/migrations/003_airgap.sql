-- Air-gap transfer (issue 5): producers' minisign public keys we trust, the last sequence number
-- accepted from each producer, and our own outgoing bundle counter.

-- A trusted producer key (`lagebild trust add NAME PUBKEY_FILE`). key_id is the minisign key id as
-- minisign prints it (16 upper-case hex digits); public_key the base64 line of the key file.
CREATE TABLE trusted_key (
  rid        INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  key_id     TEXT NOT NULL UNIQUE,
  public_key TEXT NOT NULL,
  comment    TEXT NOT NULL DEFAULT '',
  added      INTEGER NOT NULL
) STRICT;

-- Highest sequence number accepted per (signing key, producer named in the signed trusted
-- comment). Deliberately not tied to trusted_key by a foreign key: removing and re-adding a key
-- must not reset its counter, or an old bundle could be replayed (RELIABILITY §1.7, TUF rollback).
-- Written in the same transaction as the bundle's data.
CREATE TABLE producer_sequence (
  key_id    TEXT NOT NULL,
  producer  TEXT NOT NULL,
  last_seq  INTEGER NOT NULL CHECK (last_seq >= 0),
  last_time INTEGER NOT NULL,
  PRIMARY KEY (key_id, producer)
) STRICT, WITHOUT ROWID;

-- Our own counter for `lagebild bundle create`, per producer name we sign as.
CREATE TABLE outgoing_sequence (
  producer TEXT PRIMARY KEY,
  last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
) STRICT, WITHOUT ROWID;
