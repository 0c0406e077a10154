<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ByteSource</name>
    <message>
        <source>Read error: %1</source>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>Damaged gzip data: %1</source>
        <translation>Beschädigte gzip-Daten: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 as gzip.</source>
        <translation>%1 kann nicht als gzip geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity and Lagebild&apos;s invariants.</source>
        <translation>Integrität der Datenbank und Invarianten von Lagebild prüfen.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>check: %1 failed an integrity check.</source>
        <translation>check: %1 hat eine Integritätsprüfung nicht bestanden.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database file (default: the per-user data folder&apos;s cache.sqlite).</source>
        <translation>Datenbankdatei (Standard: cache.sqlite im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Language of messages and reports: de, en or fr.</source>
        <translation>Sprache der Meldungen und Berichte: de, en oder fr.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPRACHE</translation>
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
        <translation>Aufruf: lagebild [--db DATEI] [--lang de|en|fr] [UNTERBEFEHL [OPTIONEN]]

Lagebild führt Bedrohungsinformationen von Partnern und Sensor-Alarme zu einem Lagebild zusammen.
Ohne Unterbefehl startet das Fenster.

Globale Optionen:
  --db DATEI      Datenbankdatei (Standard: %1)
  --lang SPRACHE  Sprache: de, en oder fr
  --json          (wo angeboten) ein einzelnes JSON-Dokument auf stdout
  -h, --help      diese Hilfe; &apos;lagebild help UNTERBEFEHL&apos; für einen Unterbefehl
  -v, --version   die Version

Unterbefehle:
</translation>
    </message>
    <message>
        <source>&lt;data folder&gt;/cache.sqlite</source>
        <translation>&lt;Datenordner&gt;/cache.sqlite</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 input rejected, 4 signature or trust failure.
</source>
        <translation>
Exit-Codes: 0 Erfolg, 1 Laufzeitfehler, 2 Aufruffehler, 3 Eingabe abgelehnt, 4 Signatur- oder Vertrauensfehler.
</translation>
    </message>
    <message>
        <source>Run &apos;lagebild --help&apos; for usage.</source>
        <translation>Hinweise zum Aufruf: &apos;lagebild --help&apos;.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use de, en or fr.</source>
        <translation>unbekannte Sprache &apos;%1&apos;: de, en oder fr verwenden.</translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos;. Run &apos;lagebild --help&apos; for the list.</source>
        <translation>unbekannter Unterbefehl &apos;%1&apos;. Liste mit &apos;lagebild --help&apos; anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;lagebild help %1&apos; for usage.</source>
        <translation>Hinweise zum Aufruf: &apos;lagebild help %1&apos;.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database or is damaged: %2</source>
        <translation>%1 ist keine SQLite-Datenbank oder ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is not a Lagebild database (unknown application id). Choose another file with --db.</source>
        <translation>%1 ist keine Lagebild-Datenbank (unbekannte Anwendungs-ID). Mit --db eine andere Datei wählen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lagebild (schema %2, this version knows %3). Update Lagebild to open it.</source>
        <translation>%1 wurde von einer neueren Lagebild-Version geschrieben (Schema %2, diese Version kennt %3). Zum Öffnen Lagebild aktualisieren.</translation>
    </message>
    <message>
        <source>Migration %1 failed on %2: %3</source>
        <translation>Migration %1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler in %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare a query on %1: %2</source>
        <translation>Abfrage auf %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import STIX 2.x files or folders (bundles, arrays, .json.gz).</source>
        <translation>STIX-2.x-Dateien oder -Ordner importieren (Bundles, Arrays, .json.gz).</translation>
    </message>
    <message>
        <source>Print the per-file account as one JSON document.</source>
        <translation>Bericht je Datei als ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Input format: auto, stix, misp, misp-feed, csv, eve, zeek, sigma, misp-galaxy, misp-taxonomy (default auto).</source>
        <translation>Eingabeformat: auto, stix, misp, misp-feed, csv, eve, zeek, sigma, misp-galaxy, misp-taxonomy (Standard: auto).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TLP for objects that carry no marking: clear, green, amber, amber+strict, red.</source>
        <translation>TLP für Objekte ohne Kennzeichnung: clear, green, amber, amber+strict, red.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Name the source (feed) instead of the file path.</source>
        <translation>Name der Quelle (Feed) anstelle des Dateipfads.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Refuse files without a valid minisign signature beside them.</source>
        <translation>Dateien ohne daneben liegende gültige minisign-Signatur ablehnen.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Zu importierende Dateien oder Ordner.</translation>
    </message>
    <message>
        <source>import: no PATH given. Run &apos;lagebild help import&apos;.</source>
        <translation>import: kein PATH angegeben. Siehe &apos;lagebild help import&apos;.</translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos;.</source>
        <translation>import: unbekanntes Format &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: unknown TLP level &apos;%1&apos;.</source>
        <translation>import: unbekannte TLP-Stufe &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: --require-signature: no trusted keys are configured and signature checking is not available in this version; nothing was imported.</source>
        <translation>import: --require-signature: Es sind keine vertrauenswürdigen Schlüssel konfiguriert, und die Signaturprüfung ist in dieser Version nicht verfügbar; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>import: no importable files (*.json, *.json.gz) under %1.</source>
        <translation>import: keine importierbaren Dateien (*.json, *.json.gz) unter %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed.</source>
        <translation>
            <numerusform>%n weiteres Problem nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Probleme nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 older, %7 rejected, %8 skipped</source>
        <translation>%1 (%2): %3 hinzugefügt, %4 aktualisiert, %5 unverändert, %6 älter, %7 abgelehnt, %8 übersprungen</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot read %1: the file does not exist or is not readable.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei existiert nicht oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Format not recognised; the file was skipped.</source>
        <translation>Format nicht erkannt; die Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the format could not be recognised; name it with --format.</source>
        <translation>%1: Format nicht erkannt; mit --format angeben.</translation>
    </message>
    <message>
        <source>%1: the format &quot;%2&quot; is not supported by this version of Lagebild.</source>
        <translation>%1: Das Format &quot;%2&quot; wird von dieser Lagebild-Version nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1: no valid STIX object in the file; first problem: %2 (%3)</source>
        <translation>%1: kein gültiges STIX-Objekt in der Datei; erstes Problem: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>rows reference missing rows</source>
        <translation>Zeilen verweisen auf fehlende Zeilen</translation>
    </message>
    <message>
        <source>objects whose id does not start with their type</source>
        <translation>Objekte, deren ID nicht mit ihrem Typ beginnt</translation>
    </message>
    <message>
        <source>objects missing from the full-text index (or extra index rows)</source>
        <translation>Objekte fehlen im Volltextindex (oder überzählige Indexzeilen)</translation>
    </message>
    <message>
        <source>history versions newer than the current version</source>
        <translation>Verlaufsversionen neuer als die aktuelle Version</translation>
    </message>
    <message>
        <source>objects modified before they were created</source>
        <translation>Objekte vor ihrer Erstellung geändert</translation>
    </message>
    <message>
        <source>observables without their object</source>
        <translation>Observables ohne zugehöriges Objekt</translation>
    </message>
    <message>
        <source>append-only triggers missing on the audit log</source>
        <translation>Append-only-Trigger fehlen im Audit-Log</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; but found %2</source>
        <translation>&apos;%1&apos; erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>Expected an object key (a string)</source>
        <translation>Objektschlüssel (ein String) erwartet</translation>
    </message>
    <message>
        <source>Object key is too long</source>
        <translation>Objektschlüssel ist zu lang</translation>
    </message>
    <message>
        <source>Invalid escape in object key</source>
        <translation>Ungültige Escape-Sequenz im Objektschlüssel</translation>
    </message>
    <message>
        <source>Unexpected end of input, a value was expected</source>
        <translation>Unerwartetes Ende der Eingabe, ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>Unterminated string at end of input</source>
        <translation>Nicht abgeschlossener String am Ende der Eingabe</translation>
    </message>
    <message>
        <source>Unexpected end of input inside a value that began at byte %1</source>
        <translation>Unerwartetes Ende der Eingabe in einem Wert, der bei Byte %1 begann</translation>
    </message>
    <message>
        <source>Control character inside a string</source>
        <translation>Steuerzeichen in einem String</translation>
    </message>
    <message>
        <source>Unbalanced &apos;%1&apos;</source>
        <translation>Unpaariges &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Mismatched &apos;%1&apos;</source>
        <translation>Nicht passendes &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lagebild</source>
        <translation>Lagebild</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>Full-text search over intel names, descriptions, labels and values.</source>
        <translation>Volltextsuche in Namen, Beschreibungen, Labels und Werten der Erkenntnisse.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Only objects of this STIX type (repeatable).</source>
        <translation>Nur Objekte dieses STIX-Typs (wiederholbar).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Höchstens N Treffer (Standard: 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words to find; a trailing * searches by prefix.</source>
        <translation>Suchbegriffe; ein abschließendes * sucht nach Präfix.</translation>
    </message>
    <message>
        <source>search: no QUERY given.</source>
        <translation>search: keine QUERY angegeben.</translation>
    </message>
    <message>
        <source>search: --limit needs a positive number.</source>
        <translation>search: --limit erfordert eine positive Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Counts of intel objects, observables, alerts, incidents and feeds.</source>
        <translation>Anzahl der Erkenntnisse, Observables, Alarme, Vorfälle und Feeds.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Datenbank: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>Intel objects: %1 (%2 revoked)</source>
        <translation>Erkenntnisse: %1 (%2 widerrufen)</translation>
    </message>
    <message>
        <source>Observables: %1</source>
        <translation>Observables: %1</translation>
    </message>
    <message>
        <source>Alerts: %1 (%2 matched intel)</source>
        <translation>Alarme: %1 (%2 mit Erkenntnis-Treffer)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Vorfälle: %1</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Feeds: %1</translation>
    </message>
</context>
<context>
    <name>StixReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation>Zeile %1, Byte %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Not JSON: the file must start with &apos;{&apos; or &apos;[&apos; but starts with &apos;%1&apos;.</source>
        <translation>Kein JSON: Die Datei muss mit &apos;{&apos; oder &apos;[&apos; beginnen, beginnt aber mit &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document.</source>
        <translation>Unerwartete Daten nach dem Ende des JSON-Dokuments.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>The top-level member &quot;%1&quot; exceeds the size, depth or string caps.</source>
        <translation>Das Element &quot;%1&quot; der obersten Ebene überschreitet die Obergrenze für Größe, Tiefe oder Stringlänge.</translation>
    </message>
    <message>
        <source>A top-level &quot;objects&quot; array was found, but the document is not a STIX bundle (type &quot;%1&quot;).</source>
        <translation>Auf oberster Ebene wurde ein Array &quot;objects&quot; gefunden, aber das Dokument ist kein STIX-Bundle (Typ &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>STIX 2.0 bundle: accepted and read as STIX 2.1.</source>
        <translation>STIX-2.0-Bundle: akzeptiert und als STIX 2.1 gelesen.</translation>
    </message>
    <message>
        <source>Not STIX: the JSON object has no &quot;type&quot; property.</source>
        <translation>Kein STIX: Das JSON-Objekt hat keine Eigenschaft &quot;type&quot;.</translation>
    </message>
    <message>
        <source>Object is larger than the cap of %1 MB (%2 bytes).</source>
        <translation>Objekt überschreitet die Obergrenze von %1 MB (%2 Byte).</translation>
    </message>
    <message>
        <source>Object is nested %1 levels deep; the cap is %2.</source>
        <translation>Objekt ist %1 Ebenen tief verschachtelt; die Obergrenze ist %2.</translation>
    </message>
    <message>
        <source>Object contains a string longer than the cap of %1 KB.</source>
        <translation>Objekt enthält einen String, der die Obergrenze von %1 KB überschreitet.</translation>
    </message>
    <message>
        <source>Invalid JSON in the object starting here: %1.</source>
        <translation>Ungültiges JSON im hier beginnenden Objekt: %1.</translation>
    </message>
    <message>
        <source>Array element is not a JSON object.</source>
        <translation>Array-Element ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Missing or empty &quot;type&quot;.</source>
        <translation>&quot;type&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>Malformed type &quot;%1&quot;: lower-case letters, digits and &apos;-&apos;, 3 to 250 characters.</source>
        <translation>Fehlerhafter Typ &quot;%1&quot;: Kleinbuchstaben, Ziffern und &apos;-&apos;, 3 bis 250 Zeichen.</translation>
    </message>
    <message>
        <source>Missing &quot;id&quot; on a %1 object.</source>
        <translation>&quot;id&quot; fehlt bei einem %1-Objekt.</translation>
    </message>
    <message>
        <source>Malformed id &quot;%1&quot;: expected %2--&lt;UUID&gt;.</source>
        <translation>Fehlerhafte ID &quot;%1&quot;: erwartet %2--&lt;UUID&gt;.</translation>
    </message>
    <message>
        <source>Malformed &quot;created&quot; timestamp &quot;%1&quot;: expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.</source>
        <translation>Fehlerhafter Zeitstempel &quot;created&quot; &quot;%1&quot;: erwartet RFC 3339 in UTC, z. B. 2024-05-01T12:00:00.000Z.</translation>
    </message>
    <message>
        <source>Malformed &quot;modified&quot; timestamp &quot;%1&quot;: expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.</source>
        <translation>Fehlerhafter Zeitstempel &quot;modified&quot; &quot;%1&quot;: erwartet RFC 3339 in UTC, z. B. 2024-05-01T12:00:00.000Z.</translation>
    </message>
    <message>
        <source>Missing &quot;created&quot; on %1.</source>
        <translation>&quot;created&quot; fehlt bei %1.</translation>
    </message>
    <message>
        <source>Missing &quot;modified&quot; on %1: every version of an SDO or SRO needs it.</source>
        <translation>&quot;modified&quot; fehlt bei %1: Jede Version eines SDO oder SRO benötigt diese Eigenschaft.</translation>
    </message>
    <message>
        <source>&quot;modified&quot; (%1) is earlier than &quot;created&quot; (%2).</source>
        <translation>&quot;modified&quot; (%1) liegt vor &quot;created&quot; (%2).</translation>
    </message>
    <message>
        <source>Pattern is not valid STIX patterning (%1); stored, never matched.</source>
        <translation>Muster ist kein gültiges STIX Patterning (%1); gespeichert, wird aber nie abgeglichen.</translation>
    </message>
</context>
<context>
    <name>lagebild::items::IntelTypeModel</name>
    <message>
        <source>STIX type</source>
        <translation>STIX-Typ</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AboutDialog</name>
    <message>
        <source>About Lagebild</source>
        <translation>Über Lagebild</translation>
    </message>
    <message>
        <source>Lagebild %1</source>
        <translation>Lagebild %1</translation>
    </message>
    <message>
        <source>The situation picture for security operations centres: partner threat intelligence and sensor alerts in one local cache. No network access is needed at run time and no telemetry is sent.

Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2).</source>
        <translation>Das Lagebild für Security Operations Center: Bedrohungsinformationen von Partnern und Sensor-Alarme in einem lokalen Cache. Zur Laufzeit ist kein Netzwerkzugriff nötig, und es werden keine Telemetriedaten gesendet.

Lizenziert unter der Open-Source-Lizenz für die Europäische Union v. 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Lizenzen von Drittanbietern</translation>
    </message>
    <message>
        <source>Licence (EUPL-1.2)</source>
        <translation>Lizenz (EUPL-1.2)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Import intelligence</source>
        <translation>Bedrohungsinformationen importieren</translation>
    </message>
    <message>
        <source>STIX JSON (*.json *.json.gz);;All files (*)</source>
        <translation>STIX JSON (*.json *.json.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: %1 objects added, %2 updated.</source>
        <translation>
            <numerusform>%n Datei gelesen: %1 Objekte hinzugefügt, %2 aktualisiert.</numerusform>
            <numerusform>%n Dateien gelesen: %1 Objekte hinzugefügt, %2 aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; nothing of them was stored.</source>
        <translation>
            <numerusform>%n Datei abgelehnt; nichts davon wurde gespeichert.</numerusform>
            <numerusform>%n Dateien abgelehnt; nichts davon wurde gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the unfinished file was rolled back.</source>
        <translation>Abgebrochen: Die unvollständige Datei wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>File / issue</source>
        <translation>Datei / Problem</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Älter</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed.</source>
        <translation>
            <numerusform>%n weiteres Problem nicht aufgeführt.</numerusform>
            <numerusform>%n weitere Probleme nicht aufgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IntelPage</name>
    <message>
        <source>No intelligence yet</source>
        <translation>Noch keine Bedrohungsinformationen</translation>
    </message>
    <message>
        <source>Threat intelligence from partners will be listed here by STIX type: indicators, malware, threat actors, attack patterns, reports and their relationships.

Import STIX 2.1 files or folders (bundles, .json.gz) with File → Import… or drop them onto this window.</source>
        <translation>Bedrohungsinformationen von Partnern werden hier nach STIX-Typ aufgelistet: Indikatoren, Malware, Bedrohungsakteure, Angriffsmuster, Berichte und ihre Beziehungen.

STIX-2.1-Dateien oder -Ordner (Bundles, .json.gz) mit Datei → Importieren… importieren oder in dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>%1 intel objects in %2 types, %3 revoked, %4 observables indexed for matching.</source>
        <translation>%1 Erkenntnisse in %2 Typen, %3 widerrufen, %4 Observables für den Abgleich indiziert.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::MainWindow</name>
    <message>
        <source>Lagebild</source>
        <translation>Lagebild</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import STIX 2.1 files or folders into the local cache</source>
        <translation>STIX-2.1-Dateien oder -Ordner in den lokalen Cache importieren</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>No alerts to triage</source>
        <translation>Keine Alarme zur Triage</translation>
    </message>
    <message>
        <source>Alerts from your sensors (Suricata EVE, Zeek, Sigma) will queue here, correlated with partner intelligence, for keyboard-first triage.

Alert import is not part of this version yet; intelligence can already be imported with File → Import…</source>
        <translation>Alarme der eigenen Sensoren (Suricata EVE, Zeek, Sigma) werden hier, korreliert mit Bedrohungsinformationen der Partner, für eine tastaturorientierte Triage eingereiht.

Der Alarm-Import ist noch nicht Teil dieser Version; Bedrohungsinformationen können bereits importiert werden: Datei → Importieren…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Keine Vorfälle</translation>
    </message>
    <message>
        <source>Incidents group related alerts and intelligence into a timeline you can brief from.

Incidents are opened from the Triage page, which arrives with alert import.</source>
        <translation>Vorfälle fassen zusammenhängende Alarme und Erkenntnisse zu einer Zeitleiste zusammen, die als Grundlage für Lageberichte dient.

Vorfälle werden auf der Triage-Seite eröffnet, die mit dem Alarm-Import verfügbar wird.</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>No partner feeds</source>
        <translation>Keine Partner-Feeds</translation>
    </message>
    <message>
        <source>TAXII 2.1 collections and MISP servers of your partners will be listed here with their sync state.

Feed synchronisation is not part of this version yet. Air-gapped sites import files with File → Import…</source>
        <translation>TAXII-2.1-Collections und MISP-Server der Partner werden hier mit ihrem Synchronisationsstatus aufgelistet.

Die Feed-Synchronisation ist noch nicht Teil dieser Version. Standorte ohne Netzanbindung (Air Gap) importieren Dateien über Datei → Importieren…</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Lageberichte</translation>
    </message>
    <message>
        <source>No briefings</source>
        <translation>Keine Lageberichte</translation>
    </message>
    <message>
        <source>TLP-marked briefing PDFs for managers (German, English, French) will be made here from the situation picture.

Briefing export is not part of this version yet.</source>
        <translation>TLP-gekennzeichnete Lageberichte als PDF für Führungskräfte (Deutsch, Englisch, Französisch) werden hier aus dem Lagebild erstellt.

Der Export von Lageberichten ist noch nicht Teil dieser Version.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation>Ü&amp;ber Lagebild</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Datenbank öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Lagebild database (*.sqlite);;All files (*)</source>
        <translation>Lagebild-Datenbank (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationPage</name>
    <message>
        <source>Quiet</source>
        <translation>Ruhig</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>Wachsam</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Erhöht</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>No situation picture yet</source>
        <translation>Noch kein Lagebild</translation>
    </message>
    <message>
        <source>The situation picture brings partner intelligence and your own sensors&apos; alerts together: threat level, matched alerts, the most active threats.

Start by importing intelligence (STIX 2.1) with File → Import…</source>
        <translation>Das Lagebild führt Bedrohungsinformationen der Partner und Alarme der eigenen Sensoren zusammen: Bedrohungslage, Alarme mit Treffer, die aktivsten Bedrohungen.

Zunächst Bedrohungsinformationen (STIX 2.1) importieren: Datei → Importieren…</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Bedrohungslage</translation>
    </message>
    <message>
        <source>Intel objects</source>
        <translation>Erkenntnisse</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts matching intel</source>
        <translation>Alarme mit Erkenntnis-Treffer</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
</context>
</TS>
