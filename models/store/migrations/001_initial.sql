-- Lagebild schema 1: intel objects (STIX 2.1 as the common model), observables for matching,
-- full-text search, alerts, incidents, timelines, feeds and the audit log.
-- Times are INTEGER microseconds since the Unix epoch (UTC); STIX timestamps are also kept as
-- text inside the verbatim JSON.

-- Where an object came from: a file path or a feed name.
CREATE TABLE source (
  rid        INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('file', 'feed', 'demo', 'local')),
  name       TEXT NOT NULL,
  UNIQUE (kind, name)
) STRICT;

-- Current version of every STIX object, keyed by id. `json` is the object exactly as received, so
-- unknown and custom properties leave again unchanged.
CREATE TABLE stix_object (
  rid          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  type         TEXT NOT NULL,
  spec_version TEXT,
  created      INTEGER,
  modified     INTEGER,          -- version key: modified, else created, else NULL (immutable)
  revoked      INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
  name         TEXT,
  labels       TEXT NOT NULL DEFAULT '', -- labels, aliases, external ids (space separated; full-text input)
  tlp          TEXT NOT NULL DEFAULT '' CHECK (tlp IN ('', 'clear', 'green', 'amber', 'amber+strict', 'red', 'unknown')),
  confidence   INTEGER,
  valid_until  INTEGER,          -- indicators: past it, the indicator stops matching
  pattern_state INTEGER NOT NULL DEFAULT 0, -- 0 no pattern, 1 matchable, 2 not matchable, 3 invalid
  json         TEXT NOT NULL,
  source_rid   INTEGER REFERENCES source(rid),
  first_seen   INTEGER NOT NULL,
  last_seen    INTEGER NOT NULL
) STRICT;
CREATE INDEX stix_object_type ON stix_object (type, modified);
CREATE INDEX stix_object_valid_until ON stix_object (valid_until) WHERE valid_until IS NOT NULL;

-- Earlier versions, replaced by a newer `modified`; a snapshot diff shows what changed.
CREATE TABLE stix_object_history (
  rid         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL,
  modified    INTEGER,
  json        TEXT NOT NULL,
  source_rid  INTEGER REFERENCES source(rid),
  replaced_at INTEGER NOT NULL
) STRICT;
CREATE INDEX stix_object_history_id ON stix_object_history (id, modified);

-- object_marking_refs (selector '') and granular_markings (selector = the JSON path).
CREATE TABLE object_marking (
  object_rid INTEGER NOT NULL REFERENCES stix_object(rid) ON DELETE CASCADE,
  marking_id TEXT NOT NULL,
  selector   TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (object_rid, marking_id, selector)
) STRICT, WITHOUT ROWID;
CREATE INDEX object_marking_marking ON object_marking (marking_id);

-- Relationships, sightings and other references, indexed both ways.
CREATE TABLE stix_edge (
  object_rid INTEGER NOT NULL REFERENCES stix_object(rid) ON DELETE CASCADE,
  kind       TEXT NOT NULL,     -- relationship_type, or 'sighting-of' / 'observed-data' / 'where-sighted'
  source_ref TEXT NOT NULL,
  target_ref TEXT NOT NULL
) STRICT;
CREATE INDEX stix_edge_source ON stix_edge (source_ref, kind);
CREATE INDEX stix_edge_target ON stix_edge (target_ref, kind);
CREATE INDEX stix_edge_object ON stix_edge (object_rid);

-- Normalised (type, value) keys from SCOs and from indicator patterns; matchable = 0 keeps keys
-- of patterns we cannot match exactly (shown and searched, never used to correlate).
-- IPv4 addresses and networks also carry their numeric range [lo, hi] for CIDR matching.
CREATE TABLE observable (
  object_rid INTEGER NOT NULL REFERENCES stix_object(rid) ON DELETE CASCADE,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  matchable  INTEGER NOT NULL CHECK (matchable IN (0, 1)),
  lo         INTEGER,
  hi         INTEGER
) STRICT;
CREATE INDEX observable_key ON observable (type, value);
CREATE INDEX observable_object ON observable (object_rid);
CREATE INDEX observable_net ON observable (lo, hi) WHERE type = 'ipv4-net';

-- Full-text search over intel. rowid = stix_object.rid, kept in step by the repository inside
-- the import transaction, so search never answers from a half-built index. Contentless: the
-- text already lives in stix_object (name, labels, the JSON description) and in observable,
-- which is where a replaced version's tokens are read back to delete them. This halves the
-- index's size and shortens its build (measured in the issue note).
CREATE VIRTUAL TABLE intel_fts USING fts5 (
  name, description, labels, value,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Sensor alerts (Suricata, Zeek, Sigma). `dedup_key` (sensor, flow/uid, signature, time,
-- endpoints) de-duplicates re-imports. priority: higher first; matched alerts rank above all
-- unmatched ones (see analysis/correlator).
CREATE TABLE alert (
  rid        INTEGER PRIMARY KEY,
  dedup_key  TEXT NOT NULL UNIQUE,
  time       INTEGER NOT NULL,
  sensor     TEXT NOT NULL,
  signature  TEXT NOT NULL DEFAULT '',
  signature_id TEXT NOT NULL DEFAULT '',
  category   TEXT NOT NULL DEFAULT '',
  severity   INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 4),
  priority   INTEGER NOT NULL DEFAULT 0,
  matches    INTEGER NOT NULL DEFAULT 0,
  status     TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'in-progress', 'escalated', 'false-positive', 'closed')),
  src        TEXT NOT NULL DEFAULT '',
  src_port   INTEGER,
  dst        TEXT NOT NULL DEFAULT '',
  dst_port   INTEGER,
  proto      TEXT NOT NULL DEFAULT '',
  app_proto  TEXT NOT NULL DEFAULT '',
  flow_id    TEXT NOT NULL DEFAULT '',
  raw        TEXT NOT NULL,
  source_rid INTEGER REFERENCES source(rid),
  incident_rid INTEGER REFERENCES incident(rid) ON DELETE SET NULL
) STRICT;
CREATE INDEX alert_time ON alert (time, rid);
CREATE INDEX alert_status_time ON alert (status, time, rid);
CREATE INDEX alert_severity_time ON alert (severity, time, rid);
CREATE INDEX alert_priority_time ON alert (priority, time, rid);
CREATE INDEX alert_matched_time ON alert (time, rid) WHERE matches > 0;

-- What of an alert can match intel (addresses, domains, URLs, hashes), normalised like
-- observable; num = the IPv4 address as an integer for CIDR matching.
CREATE TABLE alert_observable (
  alert_rid INTEGER NOT NULL REFERENCES alert(rid) ON DELETE CASCADE,
  type      TEXT NOT NULL,
  value     TEXT NOT NULL,
  num       INTEGER
) STRICT;
CREATE INDEX alert_observable_key ON alert_observable (type, value);
CREATE INDEX alert_observable_alert ON alert_observable (alert_rid);
CREATE INDEX alert_observable_num ON alert_observable (num) WHERE num IS NOT NULL;

-- Full-text search over alerts (signature, category, observable values); rowid = alert.rid.
-- Contentless: alerts never change their text, so rows are never deleted one by one.
CREATE VIRTUAL TABLE alert_fts USING fts5 (
  signature, category, observables,
  content = '',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- ATT&CK techniques named by the rule that raised the alert (Sigma tags).
CREATE TABLE alert_technique (
  alert_rid INTEGER NOT NULL REFERENCES alert(rid) ON DELETE CASCADE,
  technique TEXT NOT NULL,
  PRIMARY KEY (alert_rid, technique)
) STRICT, WITHOUT ROWID;
CREATE INDEX alert_technique_technique ON alert_technique (technique);

-- Alert <-> indicator matches, with the observable that matched (value: the indicator's key,
-- e.g. the CIDR network for a range match).
CREATE TABLE alert_match (
  alert_rid  INTEGER NOT NULL REFERENCES alert(rid) ON DELETE CASCADE,
  object_rid INTEGER NOT NULL REFERENCES stix_object(rid) ON DELETE CASCADE,
  observable_type TEXT NOT NULL,
  value      TEXT NOT NULL,
  PRIMARY KEY (alert_rid, object_rid, observable_type, value)
) STRICT, WITHOUT ROWID;
CREATE INDEX alert_match_object ON alert_match (object_rid);

CREATE TABLE incident (
  rid        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'contained', 'closed')),
  severity   INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 4),
  tlp        TEXT NOT NULL DEFAULT 'amber' CHECK (tlp IN ('clear', 'green', 'amber', 'amber+strict', 'red', 'unknown')),
  summary    TEXT NOT NULL DEFAULT '',
  created    INTEGER NOT NULL,
  updated    INTEGER NOT NULL
) STRICT;

CREATE TABLE timeline_entry (
  rid          INTEGER PRIMARY KEY,
  incident_rid INTEGER NOT NULL REFERENCES incident(rid) ON DELETE CASCADE,
  time         INTEGER NOT NULL,
  kind         TEXT NOT NULL,   -- 'alert', 'note', 'intel', 'action'
  text         TEXT NOT NULL,
  ref          TEXT NOT NULL DEFAULT '',
  author       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX timeline_entry_incident ON timeline_entry (incident_rid, time);

-- Partner feeds. Secrets are never stored: `secret_env` names the environment variable.
CREATE TABLE feed (
  rid        INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK (kind IN ('taxii21', 'misp', 'misp-feed', 'stix-url', 'csv-url')),
  url        TEXT NOT NULL,
  collection TEXT NOT NULL DEFAULT '',
  user       TEXT NOT NULL DEFAULT '',
  secret_env TEXT NOT NULL DEFAULT '',
  ca_file    TEXT NOT NULL DEFAULT '',
  tlp        TEXT NOT NULL DEFAULT '',
  cursor     TEXT NOT NULL DEFAULT '',
  last_sync  INTEGER,
  last_error TEXT NOT NULL DEFAULT '',
  created    INTEGER NOT NULL
) STRICT;

-- Append-only audit log: UPDATE and DELETE are refused by triggers.
CREATE TABLE audit_log (
  rid    INTEGER PRIMARY KEY,
  time   INTEGER NOT NULL,
  actor  TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
