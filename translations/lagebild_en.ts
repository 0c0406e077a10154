<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AlertDetailQuery</name>
    <message>
        <source>Alert %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTableQueries</name>
    <message>
        <source>Alert %1 is not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertWorkflow</name>
    <message>
        <source>The change was cancelled; no alert was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting matching alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 cannot be undone: it is unknown or already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 cannot be redone: it is unknown or not undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Sensor alerts with the intel they match, highest priority first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alerts that match intelligence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alerts in this status (%1) or closed with this resolution (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N alerts (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts: unknown status &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts: --limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttackMatrix</name>
    <message>
        <source>%1, byte %2: not JSON (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an ATT&amp;CK Navigator layer (no &quot;domain&quot; and &quot;techniques&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, techniques[%2]: no techniqueID such as T1059.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Write a signed STIX 2.1 bundle (FILE and FILE.minisig) for an air-gapped transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file to write; the signature goes to FILE.minisig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only objects modified or received at or after TIME (RFC 3339, or a date YYYY-MM-DD in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out objects marked above LEVEL (clear, green, amber, amber+strict, red) and objects with a marking Lagebild does not recognise. Without it every object is included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign secret key file to sign with; a password-protected key reads its password from the environment variable LAGEBILD_SIGN_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET_KEY_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer name in the signed trusted comment (default: this computer&apos;s host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle: use &apos;bundle create --out FILE --sign SECRET_KEY_FILE [--since TIME] [--max-tlp LEVEL]&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create: --out FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create: --sign SECRET_KEY_FILE is required; bundles are always signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create: --since needs a time such as 2026-03-01 or 2026-03-01T12:00:00Z, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create: unknown TLP level &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundle create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s), signed by key %2 as producer &quot;%3&quot;, sequence %4; signature %5.</source>
        <translation>
            <numerusform>%1: %n object, signed by key %2 as producer &quot;%3&quot;, sequence %4; signature %5.</numerusform>
            <numerusform>%1: %n objects, signed by key %2 as producer &quot;%3&quot;, sequence %4; signature %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out by --max-tlp (above the level or with an unrecognised marking).</source>
        <translation>
            <numerusform>%n object left out by --max-tlp (above the level or with an unrecognised marking).</numerusform>
            <numerusform>%n objects left out by --max-tlp (above the level or with an unrecognised marking).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable producer name: use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle creation cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ByteSource</name>
    <message>
        <source>Read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged gzip data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 as gzip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more signature(s))</source>
        <translation>
            <numerusform>%1 (+%n more signature)</numerusform>
            <numerusform>%1 (+%n more signatures)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity and Lagebild&apos;s invariants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: %1 failed an integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database file (default: the per-user data folder&apos;s cache.sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages and reports: de, en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lagebild [--db FILE] [--lang de|en|fr] [SUBCOMMAND [OPTIONS]]

Lagebild turns partner threat intelligence and sensor alerts into a situation picture.
Without a sub-command the window starts.

Global options:
  --db FILE       database file (default: %1)
  --lang LANG     language: de, en or fr
  --json          (where offered) one JSON document on stdout
  -h, --help      this help; &apos;lagebild help SUBCOMMAND&apos; for one sub-command
  -v, --version   the version

Sub-commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;data folder&gt;/cache.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 input rejected, 4 signature or trust failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;lagebild --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use de, en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos;. Run &apos;lagebild --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;lagebild help %1&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database or is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lagebild database (unknown application id). Choose another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Lagebild (schema %2, this version knows %3). Update Lagebild to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare a query on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty database with the deterministic demo situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly N sensor alerts over 30 days (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed S of the generator; the same seed gives the same situation (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the 30 days of alerts, RFC 3339 (default: now); fixes every time in the situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --alerts needs a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --seed needs a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --end needs an RFC 3339 time such as 2026-05-01T00:00:00Z, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo situation (seed %1) loaded into %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 intel objects from %2 sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 alerts from %2 to %3, %4 of them matching intelligence (%5 matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 partner warnings, %2 incidents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSituation</name>
    <message>
        <source>The demo generator wrote an invalid STIX object (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds intelligence, alerts or incidents; the demo situation is only loaded into an empty database. Name a new file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching alerts with intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working the alert queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo situation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo alerts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing the weekly situation pictures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Suricata EVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not Suricata EVE JSON: no record in it is a JSON object (first problem at %2: %3). Check that the file is an eve.json log or a JSON array of EVE records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; is not an alert: counted, not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged local time, import again with that zone offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The rest of the file was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON array is not closed at the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record is nested %1 levels deep; the cap is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record contains a string longer than the cap of %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no EVE records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an EVE record: a JSON object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an EVE record: the &quot;event_type&quot; string is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert without a &quot;timestamp&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert with an unreadable timestamp &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert record without an &quot;alert&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write data out: navigator (an ATT&amp;CK Navigator layer 4.5 of the technique scores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigator (stix and csv are not part of this version yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigator: the alerts counted, 24h, 7d, 30d, all or FROM..TO (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>navigator: enterprise-attack, ics-attack or mobile-attack (default: enterprise-attack, or the domain of the imported ATT&amp;CK data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out what is marked above LEVEL (a layer holds technique ids and counts only, no marked content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stix: only objects of this type (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: name a format with --format navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format %1 is not part of this version yet; it arrives with the briefing and export work. This version writes --format navigator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (stix, csv or navigator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: name the file to write with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --type belongs to --format stix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown domain &apos;%1&apos; (enterprise-attack, ics-attack or mobile-attack).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagebild – techniques (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score = alerts carrying the technique + intel objects using it + incidents; window %1, made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2 technique entries for %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedClient</name>
    <message>
        <source>Feed %1: unknown kind &quot;%2&quot; (expected one of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: no secret available. Set the environment variable %2 (or store the secret in the keychain) before syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named in the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the secret contains control characters (a line break?) and cannot be sent in an HTTP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the user name must not contain &apos;:&apos; or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: client certificate authentication needs a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: a TAXII feed needs a collection (its id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the pin must look like sha256/&lt;base64 of the SHA-256 of the public key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 is not a MISP feed manifest (a JSON object of event uuids); truncated or not JSON. Check the feed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest: no events after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 is listed in the manifest but the server answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: stopped after %2 pages, the limit per run. The pages so far are stored; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: stopped after %2 MB, the limit per run. The pages so far are stored; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored MISP resume point of this feed is unreadable. Reset the feed&apos;s cursor to sync from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the restSearch answer of %2 (page %3) is not a MISP event list (truncated or not JSON). Nothing of this page was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the events on the server kept changing while they were paged (%2 restarts); the pages before were stored, the next run tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restSearch page %1: %2 events instead of %3 on the server, the query starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restSearch page %1 (events since %2, %3 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is issued for another host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 did not answer completely within %3 s, the feed&apos;s time limit per request. The server is slow or stalled; try again later or raise the limit (feeds add --timeout, or the feed&apos;s settings in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 failed: %3. Check the network, the proxy and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the %2 &quot;%3&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the TLS settings cannot be used (CA file, client certificate or key): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy refused the tunnel (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: the server&apos;s public key does not match the configured pin. Nothing was sent. If the partner changed its key, confirm the new pin with them and update the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: %3. Ask the partner for a valid certificate; there is no way to accept it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not issued for host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: %3. Check the feed&apos;s CA file; there is no way to accept the certificate anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the TLS handshake with %2 failed (the server may not support TLS 1.2 or later, or requires a client certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response headers exceed %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before sending a complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the answer of %2 is %3 MB, more than the limit of %4 MB per page. Use a smaller page size or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the answer of %2 exceeds the limit of %3 MB per page. Use a smaller page size or raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a malformed chunked body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the answer; the data is incomplete and was not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: invalid request URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: plain http:// to %2 refused; only https:// is allowed (plain http:// to loopback hosts only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 returned an HTML page instead of data (a login page, portal or proxy error?). Nothing was imported; check the URL and the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 returned content of type &quot;%3&quot;, expected %4. Nothing was imported; check the URL and the feed kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 redirected (%3) to an invalid location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 redirected to another server (%3); redirects are followed only within the same scheme, host and port, so nothing was sent there. Configure the final URL if the move is legitimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: too many redirects starting at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 refused access (%3). Check the feed&apos;s credentials (secret, user, client certificate) and that the account may read this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 answered %3 and still failed after %4 retries. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL and the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the requested media type; check that it speaks the protocol of the feed kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the feed configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: %2 answered %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed URL &quot;%1&quot; is not a valid http(s) URL. Give an absolute https:// URL without user name or password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed URL %1 uses plain http://. Only https:// is allowed, except for loopback hosts (127.0.0.1, ::1, localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the TAXII answer of %2 is not usable: %3. The server does not follow TAXII 2.1 here; check the URL (discovery or API root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is declared as another TAXII version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API root information is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API root does not offer TAXII 2.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is neither a discovery document nor API root information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the discovery document lists %2 API roots and no default. Configure one of them as the feed URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its API root URL is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the discovery document points to an API root on another server (%2). Credentials are only sent to the configured server; to trust that server, make %2 the feed&apos;s URL (the Feeds page offers it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the collections answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the API root has no collection &quot;%2&quot;. Available: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: several collections are titled &quot;%2&quot;; configure the collection by its id. Available: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the collection &quot;%2&quot; may not be read with these credentials (can_read is false).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope is empty (expected at least {})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the envelope is not a JSON object (truncated or not JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;objects&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status resource is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status resource has no id or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status resource has no status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the server had not finished adding the objects after %2 status checks (%3 of %4 pending). Check the status %5 later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored TAXII resume point of this feed is unreadable. Reset the feed&apos;s cursor to sync from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: server paging did not progress at %2: %3. The pages before were stored; the run ends here instead of looping and the next run resumes after the last stored page. Report it to the feed&apos;s operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed %1: the server&apos;s paging failed %2 times in a row without bringing anything new; the pages before were stored and the next run resumes after them. Last failure: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two pages in a row announced more data but brought no object not already received in this query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server announces more data but sends neither &quot;next&quot; nor X-TAXII-Date-Added-Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of collection &quot;%2&quot; (%3, %4 objects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored resume point of feed %1 is unreadable. Reset the feed&apos;s cursor to fetch the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged since the last run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedKind</name>
    <message>
        <source>TAXII 2.1 collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP server (REST)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP feed (manifest + events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX file at a URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV indicator list at a URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>There is no feed named &quot;%1&quot;; &apos;lagebild feeds list&apos; shows the configured ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed named &quot;%1&quot; exists already; remove it first or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>Configure partner feeds: add, list, show, remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, show or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed&apos;s name (add, show, remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document (list, show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: https:// URL (TAXII: discovery or API root; MISP: the instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: TAXII collection id or title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: user name for basic authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: environment variable holding the password, API key or token (never stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: read the password, API key or token from standard input and keep it in the OS keychain (never in the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: none, basic, bearer, apikey or cert (default: from --user/--secret-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: client certificate (PEM) for cert authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: key of the client certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: CA certificates (PEM) trusted for this feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: pin of the server key, sha256/BASE64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: HTTP proxy host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: TLP for data that carries no marking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: confidence 0-100 for indicators that carry none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: sync every N minutes while the window runs (default: manual).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: time limit of one request in seconds, from sending it to the last byte of the answer (default: %1; raise it for servers that think long before they answer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: store the feed switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds: name an action: add, list, show or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds %1: name the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds %1: unexpected argument &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds %1: --%2 belongs to &apos;feeds add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: --secret-stdin read no secret from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: %1 Use --secret-env VAR instead (the environment variable that holds the secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot; added. &apos;lagebild sync %1&apos; fetches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its secret is in the OS keychain (entry &quot;%1&quot; of Lagebild), not in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot; removed; what it brought stays in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n feed</numerusform>
            <numerusform>%n feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds add: --kind and --url are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: give either --secret-stdin (OS keychain) or --secret-env VAR, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: &apos;%1&apos; is not a TLP level; use clear, green, amber, amber+strict or red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: --confidence needs a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: --every needs a number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: --timeout needs a number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds add: unknown --auth &apos;%1&apos;; use none, basic, bearer, apikey or cert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok %1: %Ln page(s), +%2 ~%3 =%4 !%5</source>
        <translation>
            <numerusform>ok %1: %Ln page, +%2 ~%3 =%4 !%5</numerusform>
            <numerusform>ok %1: %Ln pages, +%2 ~%3 =%4 !%5</numerusform>
        </translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the OS keychain (entry &quot;%1&quot; of Lagebild)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP of unmarked data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>STIX 2.x bundles and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misp-galaxy clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misp-taxonomies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP feed folders (manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suricata EVE alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeek notice logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigma matches (rule folder with events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator lists (CSV, TSV, one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence and alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FtsBulkBuild</name>
    <message>
        <source>Building the full-text index failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full-text index is no longer empty; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import intelligence (STIX, MISP, indicator lists) and sensor alerts (Suricata EVE, Zeek, Sigma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the per-file account as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input format: %1 (default auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP for objects that carry no marking: clear, green, amber, amber+strict, red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source (feed) instead of the file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse files without a minisign signature (FILE.minisig) beside them. Signed files are always checked against the trusted keys (&apos;lagebild trust&apos;) before they are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator lists: every value is of this type (ipv4-addr, ipv6-addr, domain-name, url, email-addr, file:md5, file:sha1, file:sha256, file:sha512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator lists: confidence 0-100 of rows without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: time zone of timestamps written without one, as +HH:MM or -HH:MM (default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on stderr while files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject objects larger than this (default 16 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject objects with a longer string (default 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject objects nested deeper (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: no PATH given. Run &apos;lagebild help import&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown TLP level &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: unknown indicator type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --confidence needs a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --assume-zone needs an offset such as +01:00 or -05:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --max-object-bytes, --max-string-bytes and --max-depth need positive numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: no importable files under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed.</source>
        <translation>
            <numerusform>%n more issue not listed.</numerusform>
            <numerusform>%n more issues not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 older, %7 rejected, %8 skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the format &quot;%2&quot; is not supported by this version of Lagebild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no valid record in the file; first problem: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sequence %2 from producer &quot;%3&quot; was accepted by another import meanwhile; nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature file, not data: checked with the file it signs, not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no signature file %2 beside it, and --require-signature refuses unsigned files; nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format not recognised; the file was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the format could not be recognised; name it with --format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert match(es) with the new or changed indicators.</source>
        <translation>
            <numerusform>%n alert match with the new or changed indicators.</numerusform>
            <numerusform>%n alert matches with the new or changed indicators.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of the new alerts with intelligence.</source>
        <translation>
            <numerusform>%n match of the new alerts with intelligence.</numerusform>
            <numerusform>%n matches of the new alerts with intelligence.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>There is no incident with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorListReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL byte: it is binary, not a text list of indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line is longer than %1 MB: this is not a list of indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record starting on line %1 is longer than %2 MB: probably a quote that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the generated source identity was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the indicator generated for &quot;%1&quot; was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe-separated values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 with a header row; indicators from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 without a header row; indicators from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types from %1; where a type contradicts its value, the type the value itself shows is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hash columns %1 are read as the hashes of one file per row: one indicator each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 also holds indicator-like values but is not imported: one indicator is read per row, from %2. To import it, save that column as a list of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text that is not valid UTF-8 was read as Latin-1 (ISO 8859-1); save the list as UTF-8 to avoid this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a file hash; left out of this row&apos;s indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a second hash of one algorithm (&quot;%2&quot;); the first one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no value in its hash columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file hash (MD5, SHA-1, SHA-256 or SHA-512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a hash but has %2 hex digits; MD5, SHA-1, SHA-256 and SHA-512 have 32, 40, 64 and 128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator: it contains blanks (free text?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recognised as an IP address or network, domain, URL, e-mail address or file hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no value in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 bytes long: not one indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2, the type this import requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: values of this type are recognised by their form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is context, not an indicator (type &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; cannot be matched: only IP addresses and networks, domains, URLs, e-mail addresses, file hashes (MD5, SHA-1, SHA-256, SHA-512), registry keys, mutexes and user agents can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of type &quot;%2&quot;, nor any other indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type says &quot;%1&quot;, but &quot;%2&quot; is not of that type; imported as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete hash (%2 hex digits); the indicator uses the other hashes of the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the hashes.csv of a MISP feed: its MD5s are lookup hashes of attribute values, not file hashes. Import the feed folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed: the rest of the file was read as part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate value(s) merged: each distinct value becomes one indicator.</source>
        <translation>
            <numerusform>%n duplicate value merged: each distinct value becomes one indicator.</numerusform>
            <numerusform>%n duplicate values merged: each distinct value becomes one indicator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more note(s) of the same kind were left out.</source>
        <translation>
            <numerusform>%n more note of the same kind was left out.</numerusform>
            <numerusform>%n more notes of the same kind were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list holds no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is nested %1 levels deep; the cap is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element contains a string longer than the cap of %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element has no text in its value member (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element has no value member (ip, value, indicator, ioc, domain, url, hash, sha256, md5, address, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element is neither a value (a string) nor an object with a value member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON document has no array of indicators (items, indicators, data, iocs, entries, results or blocklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: the file must start with &apos;{&apos; or &apos;[&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is full of control characters: it is binary, not a text list of indicators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a JSON document, not an indicator list. Import STIX and MISP files with their own formats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is an XML or HTML document, not an indicator list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the first %2 lines are not valid UTF-8 text: the file is binary or in another encoding. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>rows reference missing rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects whose id does not start with their type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects missing from the full-text index (or extra index rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts missing from the full-text index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts outside the time range their zone map block records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts whose match count is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts outside the status model (a resolution without &apos;closed&apos;, or schema 1&apos;s status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert matches that point to something other than an indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history versions newer than the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objects modified before they were created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observables without their object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>append-only triggers missing on the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly alert counts (the Situation page&apos;s rollup) that differ from the alerts they count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly technique counts (the Situation page&apos;s top list) that differ from the alerts they count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly indicator counts (the Situation page&apos;s top list) that differ from the matches they count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; but found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an object key (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object key is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid escape in object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of input, a value was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string at end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected end of input inside a value that began at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mismatched &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Minisign</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large for a minisign key or signature file (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign public key file (expected an &quot;untrusted comment:&quot; line and a base64 line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not valid base64 of the expected length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported public key algorithm (minisign keys are &quot;Ed&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign secret key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is not valid base64 of the expected length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory for the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported signature algorithm in the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported checksum algorithm in the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported key derivation in the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is protected by a password; set LAGEBILD_SIGN_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key asks for more key-derivation memory than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key derivation failed (out of memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password for this secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key&apos;s checksum does not match; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret key is damaged (its public half does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a minisign signature file (expected 4 lines, found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 1 must start with &quot;untrusted comment: &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 3 must start with &quot;trusted comment: &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the untrusted comment is not one line of valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment is not one line of valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 2 is not a base64 signature of the expected length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported signature algorithm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line 4 is not a base64 global signature of the expected length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by key %1, not by key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature does not match the file&apos;s content (altered or not signed by key %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature does not match (the comment was altered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MispReader</name>
    <message>
        <source>The value of this %1 attribute is not &quot;address|port&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; of this %2 attribute is not a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this domain|ip attribute is not &quot;domain|address&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this %1 attribute is not &quot;filename|hash&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of this regkey|value attribute is not &quot;key|data&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of this AS attribute is not an autonomous system number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of this %2 attribute is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecognised TLP tag &quot;%1&quot;: the objects it marks are treated as TLP unknown (never released).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galaxy is not a JSON object and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute is not a JSON object and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute without a type or value was left out; correct it in MISP and export the event again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as a custom x-misp-attribute object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP object is not a JSON object and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP object without a template name was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute without a type or value in MISP object &quot;%1&quot; was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of MISP type &quot;%1&quot; have no STIX equivalent and were kept as x-misp-attribute objects (not matched against sensor data).</source>
        <translation>
            <numerusform>%n attribute of MISP type &quot;%1&quot; has no STIX equivalent and was kept as an x-misp-attribute object (not matched against sensor data).</numerusform>
            <numerusform>%n attributes of MISP type &quot;%1&quot; have no STIX equivalent and were kept as x-misp-attribute objects (not matched against sensor data).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object reference(s) point to records that are not in this event; no relationship was created.</source>
        <translation>
            <numerusform>%n object reference points to a record that is not in this event; no relationship was created.</numerusform>
            <numerusform>%n object references point to records that are not in this event; no relationship was created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s) were not imported: false positives, expirations, undated sightings and sightings of non-indicator attributes have no STIX sighting here.</source>
        <translation>
            <numerusform>%n sighting was not imported: false positives, expirations, undated sightings and sightings of non-indicator attributes have no STIX sighting here.</numerusform>
            <numerusform>%n sightings were not imported: false positives, expirations, undated sightings and sightings of non-indicator attributes have no STIX sighting here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) (shadow attributes) were not imported: they are unconfirmed suggestions.</source>
        <translation>
            <numerusform>%n proposal (shadow attribute) was not imported: it is an unconfirmed suggestion.</numerusform>
            <numerusform>%n proposals (shadow attributes) were not imported: they are unconfirmed suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no valid uuid; its id was derived from its title, date and attribute values, so editing those in MISP will import it as a new event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event report(s) were not imported.</source>
        <translation>
            <numerusform>%n event report was not imported.</numerusform>
            <numerusform>%n event reports were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of hashes.csv are not &quot;event uuid, MD5&quot; in either order and were ignored.</source>
        <translation>
            <numerusform>%n row of hashes.csv is not &quot;event uuid, MD5&quot; in either order and was ignored.</numerusform>
            <numerusform>%n rows of hashes.csv are not &quot;event uuid, MD5&quot; in either order and were ignored.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of hashes.csv name events that manifest.json does not list.</source>
        <translation>
            <numerusform>%n row of hashes.csv names an event that manifest.json does not list.</numerusform>
            <numerusform>%n rows of hashes.csv name events that manifest.json does not list.</numerusform>
        </translation>
    </message>
    <message>
        <source>manifest.json in %1 is not a JSON object of event uuids; this is not a MISP feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest entry &quot;%1&quot; is not an event uuid; it was skipped and no file was opened for it. The feed may have been tampered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1 is listed in manifest.json but its file %1.json is missing; the copy of the feed may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the feed folder but not listed in manifest.json; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold the event %2 that manifest.json announces for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not MISP data: %2 Expected a MISP event export, a feed folder, a misp-galaxy cluster file or a misp-taxonomies machinetag.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;namespace&quot; and &quot;predicates&quot;, so it is not a taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no galaxy clusters, so it is not a galaxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON object has neither an &quot;Event&quot;, a &quot;response&quot; nor event or attribute fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;response&quot; holds neither events nor attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is neither a JSON object nor an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This element is neither a MISP event nor an attribute and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISP events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a MISP feed folder: it has no manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galaxy cluster without a value in galaxy &quot;%1&quot; was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galaxy cluster is not a JSON object and was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Galaxy clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a galaxy definition without clusters; nothing to import. Import the matching file from the misp-galaxy &quot;clusters&quot; folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a taxonomy without a namespace and cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2) and cannot be read as MISP data; check that the file was copied completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; MISP files that large are not supported. Split the export into several files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STIX object generated from this MISP record was refused (%1). This is a defect in the MISP reader; please report it together with the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Full-text search over intel names, descriptions, labels and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only objects of this STIX type (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find; a trailing * searches by prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: no QUERY given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: --limit needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SigmaReader</name>
    <message>
        <source>Reading Sigma matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2, byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule.yml next to the events in %1; the rule id and title were taken from info.yml, level and tags are unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule.yml next to the events in %1; the alerts carry no rule id, level or tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule has no level; its alerts are rated medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule level &quot;%1&quot;; its alerts are rated medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Windows event: a JSON object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Windows event: the &quot;System&quot; section is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable event time &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in %1 carry no time; the info.yml date %2 (00:00 UTC) was used for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event without a time (System/TimeCreated) and no info.yml date to fall back on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The rest of the file was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Windows event JSON object (first problem at %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON array is not closed at the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event is nested %1 levels deep; the cap is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event contains a string longer than the cap of %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no event-*.json file; a Sigma match folder needs rule.yml and the matching events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignedFile</name>
    <message>
        <source>%1: signature check failed, nothing imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sequence gap: the last bundle accepted from producer &quot;%1&quot; was number %2, this one is %3; %n bundle(s) in between never arrived here. Ask the producer for them.</source>
        <translation>
            <numerusform>Sequence gap: the last bundle accepted from producer &quot;%1&quot; was number %2, this one is %3; %n bundle in between never arrived here. Ask the producer for them.</numerusform>
            <numerusform>Sequence gap: the last bundle accepted from producer &quot;%1&quot; was number %2, this one is %3; %n bundles in between never arrived here. Ask the producer for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature verified: key &quot;%1&quot; (%2), producer &quot;%3&quot;, sequence %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a minisign signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed with key %1, which is not trusted here. If the producer is known, add its public key with &apos;lagebild trust add NAME KEYFILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder to check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legacy (unhashed) signatures are limited to 1 GiB; sign with minisign&apos;s default (prehashed) mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file grew beyond 1 GiB while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the private copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed trusted comment carries no &quot;producer=NAME seq=N&quot;, so a replayed file could not be told apart; trusted comment: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed as producer &quot;%1&quot;, but its key %2 is trusted as producer &quot;%3&quot;; a key signs only for the producer it was trusted as. Ask the sender to sign as &quot;%3&quot;, or, if the key belongs to &quot;%1&quot;, &apos;lagebild trust remove %3&apos; and &apos;lagebild trust add %1 KEYFILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replayed or out-of-date bundle: sequence %1 from producer &quot;%2&quot; is not above the last one accepted (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>The window &apos;%1&apos; is not FROM..TO with FROM before TO (RFC 3339 times or dates YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; is not one of 24h, 7d, 30d, all or FROM..TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threat level changed from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new campaign(s): %1</source>
        <translation>
            <numerusform>%n new campaign: %1</numerusform>
            <numerusform>%n new campaigns: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new intrusion set(s): %1</source>
        <translation>
            <numerusform>%n new intrusion set: %1</numerusform>
            <numerusform>%n new intrusion sets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new threat actor(s): %1</source>
        <translation>
            <numerusform>%n new threat actor: %1</numerusform>
            <numerusform>%n new threat actors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new open partner warning(s): %1</source>
        <translation>
            <numerusform>%n new open partner warning: %1</numerusform>
            <numerusform>%n new open partner warnings: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) opened: %1</source>
        <translation>
            <numerusform>%n incident opened: %1</numerusform>
            <numerusform>%n incidents opened: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed: %1</source>
        <translation>
            <numerusform>%n incident closed: %1</numerusform>
            <numerusform>%n incidents closed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts matching intelligence: %L1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %L1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationCommand</name>
    <message>
        <source>The figures of the Situation page: threat level and the rule behind it, alert counts, top techniques, indicators and campaigns; set or clear an override of the threat level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24h, 7d, 30d, all or FROM..TO (RFC 3339 or YYYY-MM-DD; default 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the threat level by hand (1-4); needs --reason and --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the level is set by hand (audited, shown on the page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the override ends: a duration (90m, 8h, 3d) or an RFC 3339 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the running override now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: --override and --clear-override exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: --reason and --until belong to --override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: --override takes a level 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: --override needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: --override needs --until with a duration (8h, 3d) or a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation: no override of the threat level is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat level: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand by %1: %2 (until %3); the rules say %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1 (%2 matched intel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top techniques:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top indicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active campaigns and actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents: %1; open partner warnings: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Freeze the situation picture (create), list snapshots, or show what changed between two (diff A [B], B defaults to now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, list or diff A [B].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a label for the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the window of the frozen figures (default 7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: name an action: create, list or diff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1: unexpected argument &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot diff: name one snapshot (compared with now) or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: unknown action &apos;%1&apos; (create, list or diff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot %1: --label and --window belong to &apos;snapshot create&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot diff: &apos;%1&apos; is not a snapshot id (see &apos;snapshot list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet: &apos;lagebild snapshot create&apos; freezes the situation picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat level: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotRepository</name>
    <message>
        <source>There is no snapshot %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Counts of intel objects, observables, alerts, incidents and feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel objects: %1 (%2 revoked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1 (%2 matched intel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StixReader</name>
    <message>
        <source>Invalid JSON in the object starting here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array element is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing or empty &quot;type&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed type &quot;%1&quot;: lower-case letters, digits and &apos;-&apos;, 3 to 250 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &quot;id&quot; on a %1 object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed id &quot;%1&quot;: expected %2--&lt;UUID&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed &quot;created&quot; timestamp &quot;%1&quot;: expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed &quot;modified&quot; timestamp &quot;%1&quot;: expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &quot;created&quot; on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &quot;modified&quot; on %1: every version of an SDO or SRO needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;modified&quot; (%1) is earlier than &quot;created&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern is not valid STIX patterning (%1); stored, never matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: the file must start with &apos;{&apos; or &apos;[&apos; but starts with &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top-level member &quot;%1&quot; exceeds the size, depth or string caps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A top-level &quot;objects&quot; array was found, but the document is not a STIX bundle (type &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STIX 2.0 bundle: accepted and read as STIX 2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not STIX: the JSON object has no &quot;type&quot; property.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object is larger than the cap of %1 MB (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object is nested %1 levels deep; the cap is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object contains a string longer than the cap of %1 KB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Feed &quot;%1&quot;: no OS keychain is available here; name an environment variable that holds the secret instead (--secret-env VAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: cannot keep the secret in the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be deleted from the OS keychain (%2); delete the entry &quot;%3&quot; of Lagebild there yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: enter the secret to keep in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the OS keychain holds no secret for it; enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OS keychain is available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: unknown kind &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: &quot;%2&quot; is not a TLP level; use clear, green, amber, amber+strict or red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: a TAXII feed needs --collection (the collection&apos;s id or title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: this authentication needs a secret: --secret-stdin keeps it in the OS keychain, --secret-env VAR names the environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the secret is either in the OS keychain or in an environment variable, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: this authentication uses no secret; choose basic, bearer or apikey to keep one in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: client-certificate authentication needs a certificate and a key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the time limit must be between 1 and %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: confidence must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the environment variable %2 that should hold the secret is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server is still working on page %2 (%3 s of at most %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no temporary folder for the downloaded pages (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled after %n page(s); the next sync resumes there.</source>
        <translation>
            <numerusform>%1: cancelled after %n page; the next sync resumes there.</numerusform>
            <numerusform>%1: cancelled after %n pages; the next sync resumes there.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot write the downloaded page to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 was not stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n page</numerusform>
            <numerusform>%1: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) the feed lists could not be fetched; everything else was stored and the next sync tries them again: %2</source>
        <translation>
            <numerusform>%1: %n item the feed lists could not be fetched; everything else was stored and the next sync tries them again: %2</numerusform>
            <numerusform>%1: %n items the feed lists could not be fetched; everything else was stored and the next sync tries them again: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the OS keychain did not answer within %n second(s); if it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>the OS keychain did not answer within %n second; if it asks to be unlocked, unlock it and try again.</numerusform>
            <numerusform>the OS keychain did not answer within %n seconds; if it asks to be unlocked, unlock it and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>the OS keychain refused access (%1); unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable OS keychain here (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the secret is kept in the OS keychain, but no keychain is available to this program. Run it where the keychain is, or add the feed again with --secret-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the secret from the OS keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the OS keychain holds no secret for this feed (entry &quot;%2&quot; of Lagebild). Enter it again in the feed&apos;s settings, or remove the feed and add it again with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch what is new from the configured feeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds to sync (default: every enabled feed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), %1 added, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>
            <numerusform>%Ln page, %1 added, %2 updated, %3 unchanged, %4 rejected</numerusform>
            <numerusform>%Ln pages, %1 added, %2 updated, %3 unchanged, %4 rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>No enabled feed is configured; &apos;lagebild feeds add&apos; adds one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatLevel</name>
    <message numerus="yes">
        <source>%n open incident(s) of severity 1 (critical)</source>
        <translation>
            <numerusform>%n open incident of severity 1 (critical)</numerusform>
            <numerusform>%n open incidents of severity 1 (critical)</numerusform>
        </translation>
    </message>
    <message>
        <source>An open incident of severity 1 (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) of severity 1 match partner intelligence</source>
        <translation>
            <numerusform>%n open alert of severity 1 matches partner intelligence</numerusform>
            <numerusform>%n open alerts of severity 1 match partner intelligence</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts matching intelligence rose to %L1 from %L2 in the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n open incident</numerusform>
            <numerusform>%n open incidents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the period match partner intelligence</source>
        <translation>
            <numerusform>%n alert in the period matches partner intelligence</numerusform>
            <numerusform>%n alerts in the period match partner intelligence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner warning(s) are new or marked as applying</source>
        <translation>
            <numerusform>%n partner warning is new or marked as applying</numerusform>
            <numerusform>%n partner warnings are new or marked as applying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner report(s) in the period state a high threat level</source>
        <translation>
            <numerusform>%n partner report in the period states a high threat level</numerusform>
            <numerusform>%n partner reports in the period state a high threat level</numerusform>
        </translation>
    </message>
    <message>
        <source>No open incident, no alert matching intelligence, no open partner warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey – no notable findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow – increased watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange – business-critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red – extremely critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT threat situation is at a persistently high level without notable findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT threat situation with increased watch of findings and temporary impairment of regular operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT threat situation is business-critical: massive impairment of regular operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IT threat situation is extremely critical: many services fail, regular operations cannot be maintained.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreatOverrides</name>
    <message>
        <source>The threat level is 1, 2, 3 or 4, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override of the threat level needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override must end in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>Manage the producers&apos; minisign public keys that signed files are verified against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: print the trusted keys as one JSON document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add NAME PUBKEY_FILE (a minisign public key file), list, or remove NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The producer name, and for add the public key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust: use &apos;trust add NAME PUBKEY_FILE&apos;, &apos;trust list [--json]&apos; or &apos;trust remove NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust add: &quot;%1&quot; is not a usable name: use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust add: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted producer &quot;%1&quot; with key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sequence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trusted keys. Add one with &apos;lagebild trust add NAME PUBKEY_FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust remove: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust remove: no trusted producer named &quot;%1&quot; (&apos;lagebild trust list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the trusted producer &quot;%1&quot;; files signed with its key are refused from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustRepository</name>
    <message>
        <source>A producer named &quot;%1&quot; is already trusted; remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is already trusted as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reserve a bundle sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>There is no warning %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a recommendation of the warning %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZeekReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Zeek notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notices found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Zeek notice log: neither a TSV log with a #fields header nor JSON lines (first problem at %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged local time, import again with that zone offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice without a &quot;note&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Zeek &quot;%2&quot; log, not a notice log; only notice.log can be imported as alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Zeek log without &quot;ts&quot; and &quot;note&quot; columns, not a notice log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data before the #fields header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields; the #fields header names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice without a time stamp (ts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable time stamp &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Zeek record: a JSON object was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zeek &quot;%1&quot; record, not a notice: counted, not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no notices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::items::AlertTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: true positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: benign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: no resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrusion set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::items::FeedTableModel</name>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ok: %n page(s), %1 added, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>
            <numerusform>ok: %n page, %1 added, %2 updated, %3 unchanged, %4 rejected</numerusform>
            <numerusform>ok: %n pages, %1 added, %2 updated, %3 unchanged, %4 rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>every %n min</numerusform>
            <numerusform>every %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::items::IntelTypeModel</name>
    <message>
        <source>STIX type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::items::WarningModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AboutDialog</name>
    <message>
        <source>About Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagebild %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation picture for security operations centres: partner threat intelligence and sensor alerts in one local cache. No network access is needed at run time and no telemetry is sent.

Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence (EUPL-1.2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AlertDetailPane</name>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · TLP %3 · confidence %4 · from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Same source %1: %n other alert(s)</source>
        <translation>
            <numerusform>Same source %1: %n other alert</numerusform>
            <numerusform>Same source %1: %n other alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same destination %1: %n other alert(s)</source>
        <translation>
            <numerusform>Same destination %1: %n other alert</numerusform>
            <numerusform>Same destination %1: %n other alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same signature %1: %n other alert(s)</source>
        <translation>
            <numerusform>Same signature %1: %n other alert</numerusform>
            <numerusform>Same signature %1: %n other alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the selected alerts (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AttackHeatmap</name>
    <message numerus="yes">
        <source>(+%n sub)</source>
        <translation>
            <numerusform>(+%n sub)</numerusform>
            <numerusform>(+%n sub)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intel</source>
        <translation>
            <numerusform>%Ln intel</numerusform>
            <numerusform>%Ln intel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln incident</numerusform>
            <numerusform>%Ln incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click opens these alerts in Triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert in the window carries this technique.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find an action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::DemoController</name>
    <message>
        <source>Load &amp;Demo Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the empty database with a realistic, made-up situation to explore Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo situation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo situation loaded: %Ln alert(s), </source>
        <translation>
            <numerusform>Demo situation loaded: %Ln alert, </numerusform>
            <numerusform>Demo situation loaded: %Ln alerts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner warning(s), </source>
        <translation>
            <numerusform>%n partner warning, </numerusform>
            <numerusform>%n partner warnings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the demo situation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FacetButton</name>
    <message>
        <source>%1 (%L2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 +%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cert-eu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (TAXII: discovery or API root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection id or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (MISP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the environment variable holding the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with the CA certificates for this feed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256/BASE64 of the server key (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keep unmarked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long one request may take, from sending it to the last byte of the answer. Some servers think for half a minute or more before they answer a large query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;kept in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLP of unmarked data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfidence of unmarked indicators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time li&amp;mit per request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never stored in the database: Lagebild keeps them in the OS keychain, or reads them at sync time from an environment variable you name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This authentication uses no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the OS keychain (entry &quot;%1&quot; of Lagebild), never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is read at sync time from the environment variable named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available here (%1). The secret is read at sync time from the environment variable named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password or token to keep in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FeedsPage</name>
    <message>
        <source>&amp;Add feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this window runs without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot;? What it brought stays in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>Syncing %n feed…</numerusform>
            <numerusform>Syncing %n feeds…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %Ln page(s), %2 added, %3 updated</source>
        <translation>
            <numerusform>%1: ok, %Ln page, %2 added, %3 updated</numerusform>
            <numerusform>%1: ok, %Ln pages, %2 added, %3 updated</numerusform>
        </translation>
    </message>
    <message>
        <source>API root on another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document of feed &quot;%1&quot; names its API root on another server:

%2

Lagebild did not follow it: the feed&apos;s credentials would go to that server. Make this URL the feed&apos;s URL, so that the next sync uses it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API root is now the feed&apos;s URL; sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the page being fetched is not stored; the next sync resumes after the last stored page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the TAXII 2.1 collections, MISP servers and feeds of your partners; Lagebild syncs them on demand or on a schedule and shows each feed&apos;s last run here.

Nothing connects anywhere until you add and enable a feed. Air-gapped sites import files (signed bundles included) with File → Import files… or Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportController</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportOptionsDialog</name>
    <message>
        <source>Import options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As marked in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise each value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP of unmarked objects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source (partner):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator lists, type of every value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source> in no format Lagebild recognises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor timestamps without a zone are in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n intel object(s) added</source>
        <translation>
            <numerusform>%n intel object added</numerusform>
            <numerusform>%n intel objects added</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) added</source>
        <translation>
            <numerusform>%n alert added</numerusform>
            <numerusform>%n alerts added</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n file read</numerusform>
            <numerusform>%n files read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; nothing of them was stored.</source>
        <translation>
            <numerusform>%n file rejected; nothing of it was stored.</numerusform>
            <numerusform>%n files rejected; nothing of them was stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the unfinished file was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File / issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed.</source>
        <translation>
            <numerusform>%n more issue not listed.</numerusform>
            <numerusform>%n more issues not listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a file or an issue to see all of it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel objects: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s).</source>
        <translation>
            <numerusform>%n issue.</numerusform>
            <numerusform>%n issues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IncidentPickerDialog</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln alert(s) to an incident</source>
        <translation>
            <numerusform>Add %Ln alert to an incident</numerusform>
            <numerusform>Add %Ln alerts to an incident</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find an incident, or the title of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident matches. Enter creates a new incident with this title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln incident(s). Enter adds the alerts to the highlighted one.</source>
        <translation>
            <numerusform>%L1 of %Ln incident. Enter adds the alerts to the highlighted one.</numerusform>
            <numerusform>%L1 of %Ln incidents. Enter adds the alerts to the highlighted one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the title of the new incident first, then press Enter on &quot;New incident&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IntelPage</name>
    <message>
        <source>No intelligence yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln intel object(s)</source>
        <translation>
            <numerusform>%Ln intel object</numerusform>
            <numerusform>%Ln intel objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n type(s), </source>
        <translation>
            <numerusform> in %n type, </numerusform>
            <numerusform> in %n types, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 revoked, %Ln observable(s) indexed for matching.</source>
        <translation>
            <numerusform>%L1 revoked, %Ln observable indexed for matching.</numerusform>
            <numerusform>%L1 revoked, %Ln observables indexed for matching.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat intelligence from partners will be listed here by STIX type: indicators, malware, threat actors, attack patterns, reports and their relationships.

Import STIX 2.1, MISP events and feeds or indicator lists with File → Import files… or Import folder… or drop files and folders onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::MainWindow</name>
    <message>
        <source>Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import intelligence and sensor alerts into the local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident list is still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents group related alerts and intelligence into a timeline you can brief from.

Open and extend them on the Triage page: select alerts, then &quot;Create incident from selection…&quot; (Ctrl+Shift+N) or &quot;Add selection to incident…&quot; (Ctrl+Shift+E). This page does not list them yet; the Situation page counts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No briefings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLP-marked briefing PDFs for managers (German, English, French) will be made here from the situation picture.

Lagebild cannot write briefings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lagebild database (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import every file in a folder and below it (removable media, MISP feeds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the page a chart or card opened Triage from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened from the %1 page; Alt+Left goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::OverrideDialog</name>
    <message>
        <source>Set the threat level by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (kept in the audit log and shown on the page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ProgressFrame</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::RankedList</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ShortcutHelpDialog</name>
    <message>
        <source>Triage keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationCharts</name>
    <message>
        <source>Alerts over time, by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts matching intelligence over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts by sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to open in Triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %Ln alert(s)</source>
        <translation>
            <numerusform>%1 · %2: %Ln alert</numerusform>
            <numerusform>%1 · %2: %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln alert(s) match intelligence</source>
        <translation>
            <numerusform>%1: %Ln alert matches intelligence</numerusform>
            <numerusform>%1: %Ln alerts match intelligence</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln alert(s)</source>
        <translation>
            <numerusform>%1: %Ln alert</numerusform>
            <numerusform>%1: %Ln alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationPage</name>
    <message>
        <source>No situation picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation picture brings partner intelligence and your own sensors&apos; alerts together: threat level, matched alerts, the most active threats.

The database is empty. Load the demo situation to explore Lagebild with made-up partner intelligence, alerts and incidents, or import your own data (STIX 2.1, MISP, indicator lists, Suricata, Zeek, Sigma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Intel page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Incidents page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Feeds page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Freeze situation picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a snapshot of the figures and of the versions of every object behind them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List snapshots and compare one with now or two with each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open partner warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the alerts of the window in Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the alerts of the window that match intelligence in Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Warnings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key developments since the last snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top ATT&amp;&amp;CK techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top matched indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active campaigns and threat actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (last day):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot yet. &quot;Freeze situation picture&quot; (Ctrl+Shift+F) stores one; from then on this box says what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of note changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert in the window carries an ATT&amp;CK technique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert in the window matches an indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign or threat actor is linked to this window&apos;s alerts or new in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Situation picture frozen as snapshot %1 (%Ln object(s)).</source>
        <translation>
            <numerusform>Situation picture frozen as snapshot %1 (%Ln object).</numerusform>
            <numerusform>Situation picture frozen as snapshot %1 (%Ln objects).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay a Navigator layer over it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;CK Navigator layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator layers (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Navigator layer is no longer shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK heatmap (score = alerts + intel + incidents)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ATT&amp;CK data in the cache: import an ATT&amp;CK bundle (Enterprise, ICS or Mobile) to see the heatmap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain %1: tactics as columns, techniques with their sub-techniques folded in, the most active on top. Enter or a click opens the alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Navigator layer %1 laid over the heatmap: %Ln technique(s) with a score.</source>
        <translation>
            <numerusform>Navigator layer %1 laid over the heatmap: %Ln technique with a score.</numerusform>
            <numerusform>Navigator layer %1 laid over the heatmap: %Ln techniques with a score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SnapshotDialog</name>
    <message>
        <source>Snapshots of the situation picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one snapshot to compare it with now, or two to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare the two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshots yet. &quot;Freeze situation picture&quot; on the Situation page makes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 with now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key developments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of note changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (1–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intelligence objects: added / removed / changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No object added, removed or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ThreatLevelBanner</name>
    <message>
        <source>Set level by hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threat level (BSI scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules say %1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand by %1 until %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules that hold (the first sets the level):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::TriageFilterBar</name>
    <message>
        <source>Search signatures, categories, addresses… ( / )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matched intel only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technique (T1059)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the alerts&apos; own fields: whole words, all of which must occur. End a word with * to match its beginning (emot*). Threat actors, campaigns and malware whose name matches are offered below the search as filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel: %1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 – %Ln alert(s)</source>
        <translation>
            <numerusform>%1 %2 – %Ln alert</numerusform>
            <numerusform>%1 %2 – %Ln alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the alerts matched by the indicators of %1 (and of what it is linked to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intel with this name (Alt+I):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 – %2  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only alerts of this time range (click to show all times)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::TriagePage</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as true positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as benign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create incident from selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selection to incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select everything matching the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln alert(s) matching the filter are selected; actions apply to all of them.</source>
        <translation>
            <numerusform>The %Ln alert matching the filter is selected; actions apply to it.</numerusform>
            <numerusform>All %Ln alerts matching the filter are selected; actions apply to all of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the alert table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no alerts to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current alert is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) are selected. Select fewer than %L1, or everything matching the filter (Ctrl+A).</source>
        <translation>
            <numerusform>%Ln alert is selected. Select fewer than %L1, or everything matching the filter (Ctrl+A).</numerusform>
            <numerusform>%Ln alerts are selected. Select fewer than %L1, or everything matching the filter (Ctrl+A).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some selected alerts are not loaded (row %L1). Scroll through them or select everything matching the filter (Ctrl+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is still running; wait for it or cancel it in the status bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (all %L2 matching the filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln alert(s))</source>
        <translation>
            <numerusform>%1 (%Ln alert)</numerusform>
            <numerusform>%1 (%Ln alerts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no alert was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln alert changed. Undo with Ctrl+Z.</numerusform>
            <numerusform>%Ln alerts changed. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the undo history was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are added to a selection, not to everything matching the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert matches the filter or search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the alerts for the incident (up to %L1), not everything matching the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the alerts to add, not everything matching the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts added to incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Title of the new incident from %n selected alert(s):</source>
        <translation>
            <numerusform>Title of the new incident from %n selected alert:</numerusform>
            <numerusform>Title of the new incident from %n selected alerts:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to (empty: unassigned):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (higher comes first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sensor alerts (Suricata EVE, Zeek, Sigma) with File → Import files… or Import folder…; they are matched against your partners&apos; intelligence and queue up here for triage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: status keys, notes and incident actions apply to all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lagebild::ui::WarningsPage</name>
    <message>
        <source>No partner warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to us (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigated (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as new (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · published %3 · state: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The warning has no description.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warning names no course of action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings of your partners are listed here to decide whether they apply to you: STIX threat reports, notes and MISP events tagged as warnings, and everything from a feed marked as a warning source. Their recommendations become a checklist.

Import your partners&apos; warnings with File → Import files… or Import folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recommendations: %1 of %n done (Space ticks the highlighted one)</source>
        <translation>
            <numerusform>Recommendations: %1 of %n done (Space ticks the highlighted one)</numerusform>
            <numerusform>Recommendations: %1 of %n done (Space ticks the highlighted one)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · published %2 · state: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
