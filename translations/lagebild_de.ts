<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertDetailQuery</name>
    <message>
        <source>Alert %1 is not in the database.</source>
        <translation>Alarm %1 ist nicht in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>AlertTableQueries</name>
    <message>
        <source>Alert %1 is not in the database.</source>
        <translation>Alarm %1 ist nicht in der Datenbank.</translation>
    </message>
</context>
<context>
    <name>AlertWorkflow</name>
    <message>
        <source>Updating alerts</source>
        <translation>Alarme werden aktualisiert</translation>
    </message>
    <message>
        <source>Selecting matching alerts</source>
        <translation>Passende Alarme werden ausgewählt</translation>
    </message>
    <message>
        <source>Change %1 cannot be undone: it is unknown or already undone.</source>
        <translation>Änderung %1 kann nicht rückgängig gemacht werden: unbekannt oder bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Change %1 cannot be redone: it is unknown or not undone.</source>
        <translation>Änderung %1 kann nicht wiederholt werden: unbekannt oder nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The change was cancelled; no alert was changed.</source>
        <translation>Die Änderung wurde abgebrochen; kein Alarm wurde geändert.</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Sensor alerts with the intel they match, highest priority first.</source>
        <translation>Sensor-Alarme mit den passenden Erkenntnissen, höchste Priorität zuerst.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>Only alerts that match intelligence.</source>
        <translation>Nur Alarme mit Erkenntnis-Treffer.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>At most N alerts (default 100).</source>
        <translation>Höchstens N Alarme (Standard: 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>alerts: unknown status &apos;%1&apos;; use %2.</source>
        <translation>alerts: unbekannter Status &apos;%1&apos;; %2 verwenden.</translation>
    </message>
    <message>
        <source>alerts: --limit needs a positive number.</source>
        <translation>alerts: --limit erfordert eine positive Zahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Only alerts in this status (%1) or closed with this resolution (%2).</source>
        <translation>Nur Alarme in diesem Status (%1) oder mit dieser Erledigung geschlossen (%2).</translation>
    </message>
</context>
<context>
    <name>AttackMatrix</name>
    <message>
        <source>%1, byte %2: not JSON (%3).</source>
        <translation>%1, Byte %2: kein JSON (%3).</translation>
    </message>
    <message>
        <source>%1: not an ATT&amp;CK Navigator layer (no &quot;domain&quot; and &quot;techniques&quot;).</source>
        <translation>%1: keine ATT&amp;CK-Navigator-Ebene (kein „domain“ und „techniques“).</translation>
    </message>
    <message>
        <source>%1, techniques[%2]: no techniqueID such as T1059.</source>
        <translation>%1, techniques[%2]: keine techniqueID wie T1059.</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Write a signed STIX 2.1 bundle (FILE and FILE.minisig) for an air-gapped transfer.</source>
        <translation>Ein signiertes STIX-2.1-Bundle (DATEI und DATEI.minisig) für eine Offline-Übertragung schreiben.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Ergebnis als ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>The bundle file to write; the signature goes to FILE.minisig.</source>
        <translation>Zu schreibende Bundle-Datei; die Signatur wird in DATEI.minisig geschrieben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Only objects modified or received at or after TIME (RFC 3339, or a date YYYY-MM-DD in UTC).</source>
        <translation>Nur Objekte, die ab ZEIT geändert oder empfangen wurden (RFC 3339 oder ein Datum JJJJ-MM-TT in UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Leave out objects marked above LEVEL (clear, green, amber, amber+strict, red) and objects with a marking Lagebild does not recognise. Without it every object is included.</source>
        <translation>Objekte mit einer Kennzeichnung über STUFE (clear, green, amber, amber+strict, red) sowie Objekte mit einer Kennzeichnung, die Lagebild nicht erkennt, auslassen. Ohne diese Option werden alle Objekte aufgenommen.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>minisign secret key file to sign with; a password-protected key reads its password from the environment variable LAGEBILD_SIGN_PASSWORD.</source>
        <translation>minisign-Geheimschlüsseldatei zum Signieren; bei einem passwortgeschützten Schlüssel wird das Passwort aus der Umgebungsvariable LAGEBILD_SIGN_PASSWORD gelesen.</translation>
    </message>
    <message>
        <source>SECRET_KEY_FILE</source>
        <translation>SCHLÜSSELDATEI</translation>
    </message>
    <message>
        <source>Producer name in the signed trusted comment (default: this computer&apos;s host name).</source>
        <translation>Name des Erzeugers im signierten vertrauenswürdigen Kommentar (Standard: Hostname dieses Computers).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>bundle: use &apos;bundle create --out FILE --sign SECRET_KEY_FILE [--since TIME] [--max-tlp LEVEL]&apos;.</source>
        <translation>bundle: &apos;bundle create --out DATEI --sign SCHLÜSSELDATEI [--since ZEIT] [--max-tlp STUFE]&apos; verwenden.</translation>
    </message>
    <message>
        <source>bundle create: --out FILE is required.</source>
        <translation>bundle create: --out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>bundle create: --sign SECRET_KEY_FILE is required; bundles are always signed.</source>
        <translation>bundle create: --sign SCHLÜSSELDATEI ist erforderlich; Bundles werden immer signiert.</translation>
    </message>
    <message>
        <source>bundle create: --since needs a time such as 2026-03-01 or 2026-03-01T12:00:00Z, not &apos;%1&apos;.</source>
        <translation>bundle create: --since erfordert eine Zeit wie 2026-03-01 oder 2026-03-01T12:00:00Z, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>bundle create: unknown TLP level &apos;%1&apos;.</source>
        <translation>bundle create: unbekannte TLP-Stufe &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>bundle create: %1</source>
        <translation>bundle create: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s), signed by key %2 as producer &quot;%3&quot;, sequence %4; signature %5.</source>
        <translation>
            <numerusform>%1: %n Objekt, signiert mit Schlüssel %2 als Erzeuger &quot;%3&quot;, Sequenz %4; Signatur %5.</numerusform>
            <numerusform>%1: %n Objekte, signiert mit Schlüssel %2 als Erzeuger &quot;%3&quot;, Sequenz %4; Signatur %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out by --max-tlp (above the level or with an unrecognised marking).</source>
        <translation>
            <numerusform>%n Objekt durch --max-tlp ausgelassen (über der Stufe oder mit unbekannter Kennzeichnung).</numerusform>
            <numerusform>%n Objekte durch --max-tlp ausgelassen (über der Stufe oder mit unbekannter Kennzeichnung).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>&quot;%1&quot; is not a usable producer name: use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>&quot;%1&quot; ist kein verwendbarer Erzeugername: 1-64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;@&apos; verwenden.</translation>
    </message>
    <message>
        <source>Bundle creation cancelled; %1 was not written.</source>
        <translation>Erstellung des Bundles abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
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
    <name>CaseActions</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more signature(s))</source>
        <translation>
            <numerusform>%1 (+%n weitere Signatur)</numerusform>
            <numerusform>%1 (+%n weitere Signaturen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
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
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty database with the deterministic demo situation.</source>
        <translation>Eine leere Datenbank mit der deterministischen Demo-Lage füllen.</translation>
    </message>
    <message>
        <source>Exactly N sensor alerts over 30 days (default 5000).</source>
        <translation>Genau N Sensor-Alarme über 30 Tage (Standard: 5000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed S of the generator; the same seed gives the same situation (default 1).</source>
        <translation>Startwert S des Generators; derselbe Startwert ergibt dieselbe Lage (Standard: 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>End of the 30 days of alerts, RFC 3339 (default: now); fixes every time in the situation.</source>
        <translation>Ende der 30 Tage mit Alarmen, RFC 3339 (Standard: jetzt); legt alle Zeiten der Lage fest.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>demo: --alerts needs a number of 0 or more.</source>
        <translation>demo: --alerts erfordert eine Zahl ab 0.</translation>
    </message>
    <message>
        <source>demo: --seed needs a non-negative whole number.</source>
        <translation>demo: --seed erfordert eine nicht negative ganze Zahl.</translation>
    </message>
    <message>
        <source>demo: --end needs an RFC 3339 time such as 2026-05-01T00:00:00Z, not &apos;%1&apos;.</source>
        <translation>demo: --end erfordert eine Zeit nach RFC 3339 wie 2026-05-01T00:00:00Z, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Demo situation (seed %1) loaded into %2:</source>
        <translation>Demo-Lage (Startwert %1) in %2 geladen:</translation>
    </message>
    <message>
        <source>  %1 intel objects from %2 sources</source>
        <translation>  %1 Erkenntnisse aus %2 Quellen</translation>
    </message>
    <message>
        <source>  %1 alerts from %2 to %3, %4 of them matching intelligence (%5 matches)</source>
        <translation>  %1 Alarme von %2 bis %3, davon %4 mit Erkenntnis-Treffer (%5 Treffer)</translation>
    </message>
    <message>
        <source>  %1 partner warnings, %2 incidents</source>
        <translation>  %1 Partnerwarnungen, %2 Vorfälle</translation>
    </message>
</context>
<context>
    <name>DemoSituation</name>
    <message>
        <source>%1 already holds intelligence, alerts or incidents; the demo situation is only loaded into an empty database. Name a new file with --db.</source>
        <translation>%1 enthält bereits Erkenntnisse, Alarme oder Vorfälle; die Demo-Lage wird nur in eine leere Datenbank geladen. Mit --db eine neue Datei angeben.</translation>
    </message>
    <message>
        <source>Writing intelligence</source>
        <translation>Erkenntnisse werden geschrieben</translation>
    </message>
    <message>
        <source>Matching alerts with intelligence</source>
        <translation>Alarme werden mit Erkenntnissen abgeglichen</translation>
    </message>
    <message>
        <source>Opening incidents</source>
        <translation>Vorfälle werden eröffnet</translation>
    </message>
    <message>
        <source>Writing alerts</source>
        <translation>Alarme werden geschrieben</translation>
    </message>
    <message>
        <source>Loading the demo situation was cancelled.</source>
        <translation>Das Laden der Demo-Lage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Indexing alerts</source>
        <translation>Alarme werden indiziert</translation>
    </message>
    <message>
        <source>The number of demo alerts cannot be negative.</source>
        <translation>Die Anzahl der Demo-Alarme darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Working the alert queue</source>
        <translation>Abarbeitung der Alarm-Warteschlange</translation>
    </message>
    <message>
        <source>The demo generator wrote an invalid STIX object (%1): %2</source>
        <translation>Der Demo-Generator hat ein ungültiges STIX-Objekt geschrieben (%1): %2</translation>
    </message>
    <message>
        <source>Freezing the weekly situation pictures</source>
        <translation>Die wöchentlichen Lagebilder werden festgehalten</translation>
    </message>
</context>
<context>
    <name>EveReader</name>
    <message>
        <source>Reading Suricata EVE</source>
        <translation>Suricata EVE wird gelesen</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not Suricata EVE JSON: no record in it is a JSON object (first problem at %2: %3). Check that the file is an eve.json log or a JSON array of EVE records.</source>
        <translation>%1 ist kein Suricata-EVE-JSON: Kein Datensatz darin ist ein JSON-Objekt (erstes Problem bei %2: %3). Prüfen, ob die Datei ein eve.json-Log oder ein JSON-Array aus EVE-Datensätzen ist.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; is not an alert: counted, not imported.</source>
        <translation>Ereignistyp &quot;%1&quot; ist kein Alarm: gezählt, nicht importiert.</translation>
    </message>
    <message>
        <source>Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged local time, import again with that zone offset.</source>
        <translation>Die Zeitstempel in %1 enthalten keine Zeitzone; sie wurden als %2 gelesen. Falls der Sensor Ortszeit protokolliert hat, mit diesem Zeitzonen-Offset erneut importieren.</translation>
    </message>
    <message>
        <source>Line is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>Zeile ist %1 Byte lang; die Obergrenze ist %2 Byte. Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 The rest of the file was not read.</source>
        <translation>%1 Der Rest der Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The JSON array is not closed at the end of the file.</source>
        <translation>Das JSON-Array ist am Ende der Datei nicht geschlossen.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON array.</source>
        <translation>Unerwartete Daten nach dem Ende des JSON-Arrays.</translation>
    </message>
    <message>
        <source>Record is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>Datensatz ist %1 Byte lang; die Obergrenze ist %2 Byte. Er wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Record is nested %1 levels deep; the cap is %2.</source>
        <translation>Datensatz ist %1 Ebenen tief verschachtelt; die Obergrenze ist %2.</translation>
    </message>
    <message>
        <source>Record contains a string longer than the cap of %1 KB.</source>
        <translation>Datensatz enthält einen String, der die Obergrenze von %1 KB überschreitet.</translation>
    </message>
    <message>
        <source>%1 holds no EVE records.</source>
        <translation>%1 enthält keine EVE-Datensätze.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1).</source>
        <translation>Kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>Not an EVE record: a JSON object was expected.</source>
        <translation>Kein EVE-Datensatz: Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>Not an EVE record: the &quot;event_type&quot; string is missing.</source>
        <translation>Kein EVE-Datensatz: Der String &quot;event_type&quot; fehlt.</translation>
    </message>
    <message>
        <source>Alert without a &quot;timestamp&quot;.</source>
        <translation>Alarm ohne &quot;timestamp&quot;.</translation>
    </message>
    <message>
        <source>Alert with an unreadable timestamp &quot;%1&quot;.</source>
        <translation>Alarm mit unlesbarem Zeitstempel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Alert record without an &quot;alert&quot; object.</source>
        <translation>Alarm-Datensatz ohne &quot;alert&quot;-Objekt.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>Unerwartetes &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>Zeile %1, Byte %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write data out: navigator (an ATT&amp;CK Navigator layer 4.5 of the technique scores).</source>
        <translation>Daten ausgeben: navigator (eine ATT&amp;CK-Navigator-Ebene 4.5 mit den Technik-Werten).</translation>
    </message>
    <message>
        <source>navigator (stix and csv are not part of this version yet).</source>
        <translation>navigator (stix und csv sind noch nicht Teil dieser Version).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>navigator: the alerts counted, 24h, 7d, 30d, all or FROM..TO (default all).</source>
        <translation>navigator: die gezählten Alarme, 24h, 7d, 30d, all oder VON..BIS (Vorgabe all).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>navigator: enterprise-attack, ics-attack or mobile-attack (default: enterprise-attack, or the domain of the imported ATT&amp;CK data).</source>
        <translation>navigator: enterprise-attack, ics-attack oder mobile-attack (Vorgabe: enterprise-attack oder die Domäne der importierten ATT&amp;CK-Daten).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÄNE</translation>
    </message>
    <message>
        <source>Leave out what is marked above LEVEL (a layer holds technique ids and counts only, no marked content).</source>
        <translation>Lässt aus, was höher als LEVEL markiert ist (eine Ebene enthält nur Technik-IDs und Zahlen, keine markierten Inhalte).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>stix: only objects of this type (repeatable).</source>
        <translation>stix: nur Objekte dieses Typs (wiederholbar).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;.</source>
        <translation>export: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>export: name a format with --format navigator.</source>
        <translation>export: Format angeben mit --format navigator.</translation>
    </message>
    <message>
        <source>export: --format %1 is not part of this version yet; it arrives with the briefing and export work. This version writes --format navigator.</source>
        <translation>export: --format %1 ist noch nicht Teil dieser Version; es kommt mit der Arbeit an Lageberichten und Exporten. Diese Version schreibt --format navigator.</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (stix, csv or navigator).</source>
        <translation>export: unbekanntes Format „%1“ (stix, csv oder navigator).</translation>
    </message>
    <message>
        <source>export: name the file to write with --out FILE.</source>
        <translation>export: die zu schreibende Datei mit --out DATEI angeben.</translation>
    </message>
    <message>
        <source>export: --type belongs to --format stix.</source>
        <translation>export: --type gehört zu --format stix.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>export: unknown domain &apos;%1&apos; (enterprise-attack, ics-attack or mobile-attack).</source>
        <translation>export: unbekannte Domäne „%1“ (enterprise-attack, ics-attack oder mobile-attack).</translation>
    </message>
    <message>
        <source>Lagebild – techniques (%1)</source>
        <translation>Lagebild – Techniken (%1)</translation>
    </message>
    <message>
        <source>Score = alerts carrying the technique + intel objects using it + incidents; window %1, made %2.</source>
        <translation>Wert = Alarme mit der Technik + Intel-Objekte, die sie nutzen + Vorfälle; Zeitraum %1, erstellt %2.</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 technique entries for %3.</source>
        <translation>%1 geschrieben: %2 Technik-Einträge für %3.</translation>
    </message>
</context>
<context>
    <name>FeedClient</name>
    <message>
        <source>Feed %1: unknown kind &quot;%2&quot; (expected one of %3).</source>
        <translation>Feed %1: unbekannte Art &quot;%2&quot; (erwartet: %3).</translation>
    </message>
    <message>
        <source>Feed %1: %2</source>
        <translation>Feed %1: %2</translation>
    </message>
    <message>
        <source>Feed %1: no secret available. Set the environment variable %2 (or store the secret in the keychain) before syncing.</source>
        <translation>Feed %1: kein Geheimnis verfügbar. Vor der Synchronisierung die Umgebungsvariable %2 setzen (oder das Geheimnis im Schlüsselbund speichern).</translation>
    </message>
    <message>
        <source>named in the feed</source>
        <translation>im Feed angegeben</translation>
    </message>
    <message>
        <source>Feed %1: the secret contains control characters (a line break?) and cannot be sent in an HTTP header.</source>
        <translation>Feed %1: Das Geheimnis enthält Steuerzeichen (einen Zeilenumbruch?) und kann nicht in einem HTTP-Header gesendet werden.</translation>
    </message>
    <message>
        <source>Feed %1: the user name must not contain &apos;:&apos; or control characters.</source>
        <translation>Feed %1: Der Benutzername darf weder &apos;:&apos; noch Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Feed %1: client certificate authentication needs a certificate file.</source>
        <translation>Feed %1: Authentifizierung per Client-Zertifikat erfordert eine Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>Feed %1: a TAXII feed needs a collection (its id or title).</source>
        <translation>Feed %1: Ein TAXII-Feed erfordert eine Collection (ihre ID oder ihren Titel).</translation>
    </message>
    <message>
        <source>Feed %1: the pin must look like sha256/&lt;base64 of the SHA-256 of the public key&gt;.</source>
        <translation>Feed %1: Der Pin muss die Form sha256/&lt;Base64 des SHA-256 des öffentlichen Schlüssels&gt; haben.</translation>
    </message>
    <message>
        <source>Feed %1: %2 is not a MISP feed manifest (a JSON object of event uuids); truncated or not JSON. Check the feed URL.</source>
        <translation>Feed %1: %2 ist kein MISP-Feed-Manifest (ein JSON-Objekt mit Ereignis-UUIDs); abgeschnitten oder kein JSON. Feed-URL prüfen.</translation>
    </message>
    <message>
        <source>Feed %1: cancelled.</source>
        <translation>Feed %1: abgebrochen.</translation>
    </message>
    <message>
        <source>manifest: no events after %1</source>
        <translation>Manifest: keine Ereignisse nach %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>The stored MISP resume point of this feed is unreadable. Reset the feed&apos;s cursor to sync from the beginning.</source>
        <translation>Der gespeicherte MISP-Fortsetzungspunkt dieses Feeds ist unlesbar. Den Cursor des Feeds zurücksetzen, um von Anfang an zu synchronisieren.</translation>
    </message>
    <message>
        <source>Feed %1: the restSearch answer of %2 (page %3) is not a MISP event list (truncated or not JSON). Nothing of this page was stored.</source>
        <translation>Feed %1: Die restSearch-Antwort von %2 (Seite %3) ist keine MISP-Ereignisliste (abgeschnitten oder kein JSON). Von dieser Seite wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>restSearch page %1 (events since %2, %3 events)</source>
        <translation>restSearch-Seite %1 (Ereignisse seit %2, %3 Ereignisse)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted certificate authority</source>
        <translation>das Zertifikat des Servers ist nicht von einer vertrauenswürdigen Zertifizierungsstelle signiert</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked</source>
        <translation>das Zertifikat des Servers wurde widerrufen</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is issued for another host name</source>
        <translation>das Zertifikat des Servers ist für einen anderen Hostnamen ausgestellt</translation>
    </message>
    <message>
        <source>Feed %1: %2 failed: %3. Check the network, the proxy and that the server is running.</source>
        <translation>Feed %1: %2 fehlgeschlagen: %3. Netzwerk und Proxy prüfen und ob der Server läuft.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <source>Feed %1: the %2 &quot;%3&quot; cannot be read.</source>
        <translation>Feed %1: %2 &quot;%3&quot; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Feed %1: the TLS settings cannot be used (CA file, client certificate or key): %2</source>
        <translation>Feed %1: Die TLS-Einstellungen sind nicht verwendbar (CA-Datei, Client-Zertifikat oder Schlüssel): %2</translation>
    </message>
    <message>
        <source>the proxy refused the tunnel (HTTP %1)</source>
        <translation>der Proxy hat den Tunnel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: the server&apos;s public key does not match the configured pin. Nothing was sent. If the partner changed its key, confirm the new pin with them and update the feed.</source>
        <translation>Feed %1: Die TLS-Verbindung zu %2 wurde abgelehnt: Der öffentliche Schlüssel des Servers passt nicht zum konfigurierten Pin. Es wurde nichts gesendet. Falls der Partner seinen Schlüssel geändert hat, den neuen Pin mit ihm bestätigen und den Feed aktualisieren.</translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: %3. Ask the partner for a valid certificate; there is no way to accept it anyway.</source>
        <translation>Feed %1: Die TLS-Verbindung zu %2 wurde abgelehnt: %3. Den Partner um ein gültiges Zertifikat bitten; es gibt keine Möglichkeit, es trotzdem zu akzeptieren.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not issued for host %1</source>
        <translation>das Zertifikat des Servers ist nicht für den Host %1 ausgestellt</translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: %3. Check the feed&apos;s CA file; there is no way to accept the certificate anyway.</source>
        <translation>Feed %1: Die TLS-Verbindung zu %2 wurde abgelehnt: %3. Die CA-Datei des Feeds prüfen; es gibt keine Möglichkeit, das Zertifikat trotzdem zu akzeptieren.</translation>
    </message>
    <message>
        <source>Feed %1: the TLS handshake with %2 failed (the server may not support TLS 1.2 or later, or requires a client certificate).</source>
        <translation>Feed %1: Der TLS-Handshake mit %2 ist fehlgeschlagen (der Server unterstützt evtl. kein TLS 1.2 oder höher oder verlangt ein Client-Zertifikat).</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>der Hostname konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the response headers exceed %1 KB</source>
        <translation>die Antwort-Header überschreiten %1 KB</translation>
    </message>
    <message>
        <source>the server closed the connection before sending a complete answer</source>
        <translation>der Server hat die Verbindung vor einer vollständigen Antwort geschlossen</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP</source>
        <translation>die Antwort des Servers ist kein gültiges HTTP</translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length</source>
        <translation>der Server hat eine ungültige Content-Length gesendet</translation>
    </message>
    <message>
        <source>Feed %1: the answer of %2 is %3 MB, more than the limit of %4 MB per page. Use a smaller page size or raise the limit.</source>
        <translation>Feed %1: Die Antwort von %2 ist %3 MB groß, mehr als die Obergrenze von %4 MB pro Seite. Eine kleinere Seitengröße verwenden oder die Obergrenze erhöhen.</translation>
    </message>
    <message>
        <source>Feed %1: the answer of %2 exceeds the limit of %3 MB per page. Use a smaller page size or raise the limit.</source>
        <translation>Feed %1: Die Antwort von %2 überschreitet die Obergrenze von %3 MB pro Seite. Eine kleinere Seitengröße verwenden oder die Obergrenze erhöhen.</translation>
    </message>
    <message>
        <source>the server sent a malformed chunked body</source>
        <translation>der Server hat einen fehlerhaften Chunked-Body gesendet</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the answer; the data is incomplete and was not used</source>
        <translation>die Verbindung wurde nach %1 Byte der Antwort geschlossen; die Daten sind unvollständig und wurden nicht verwendet</translation>
    </message>
    <message>
        <source>Feed %1: invalid request URL.</source>
        <translation>Feed %1: ungültige Anfrage-URL.</translation>
    </message>
    <message>
        <source>Feed %1: plain http:// to %2 refused; only https:// is allowed (plain http:// to loopback hosts only).</source>
        <translation>Feed %1: unverschlüsseltes http:// zu %2 abgelehnt; nur https:// ist erlaubt (http:// nur zu Loopback-Hosts).</translation>
    </message>
    <message>
        <source>Feed %1: %2 returned an HTML page instead of data (a login page, portal or proxy error?). Nothing was imported; check the URL and the proxy.</source>
        <translation>Feed %1: %2 hat statt Daten eine HTML-Seite geliefert (Anmeldeseite, Portal oder Proxy-Fehler?). Es wurde nichts importiert; URL und Proxy prüfen.</translation>
    </message>
    <message>
        <source>Feed %1: %2 returned content of type &quot;%3&quot;, expected %4. Nothing was imported; check the URL and the feed kind.</source>
        <translation>Feed %1: %2 hat Inhalt vom Typ &quot;%3&quot; geliefert, erwartet war %4. Es wurde nichts importiert; URL und Feed-Art prüfen.</translation>
    </message>
    <message>
        <source>Feed %1: %2 redirected (%3) to an invalid location.</source>
        <translation>Feed %1: %2 hat (%3) an eine ungültige Adresse weitergeleitet.</translation>
    </message>
    <message>
        <source>Feed %1: %2 redirected to another server (%3); redirects are followed only within the same scheme, host and port, so nothing was sent there. Configure the final URL if the move is legitimate.</source>
        <translation>Feed %1: %2 hat an einen anderen Server weitergeleitet (%3); Weiterleitungen werden nur bei gleichem Schema, Host und Port verfolgt, daher wurde nichts dorthin gesendet. Bei einem legitimen Umzug die endgültige URL konfigurieren.</translation>
    </message>
    <message>
        <source>Feed %1: too many redirects starting at %2.</source>
        <translation>Feed %1: zu viele Weiterleitungen ab %2.</translation>
    </message>
    <message>
        <source>Feed %1: %2 refused access (%3). Check the feed&apos;s credentials (secret, user, client certificate) and that the account may read this data.</source>
        <translation>Feed %1: %2 hat den Zugriff verweigert (%3). Die Zugangsdaten des Feeds (Geheimnis, Benutzer, Client-Zertifikat) prüfen und ob das Konto diese Daten lesen darf.</translation>
    </message>
    <message>
        <source>Feed %1: %2 answered %3 and still failed after %4 retries. Try again later.</source>
        <translation>Feed %1: %2 hat %3 geantwortet und ist nach %4 Wiederholungen weiterhin fehlgeschlagen. Später erneut versuchen.</translation>
    </message>
    <message>
        <source>Check the URL and the collection.</source>
        <translation>URL und Collection prüfen.</translation>
    </message>
    <message>
        <source>The server does not offer the requested media type; check that it speaks the protocol of the feed kind.</source>
        <translation>Der Server bietet den angeforderten Medientyp nicht an; prüfen, ob er das Protokoll der Feed-Art unterstützt.</translation>
    </message>
    <message>
        <source>Check the feed configuration.</source>
        <translation>Konfiguration des Feeds prüfen.</translation>
    </message>
    <message>
        <source>Feed %1: %2 answered %3. %4</source>
        <translation>Feed %1: %2 hat %3 geantwortet. %4</translation>
    </message>
    <message>
        <source>The feed URL &quot;%1&quot; is not a valid http(s) URL. Give an absolute https:// URL without user name or password in it.</source>
        <translation>Die Feed-URL &quot;%1&quot; ist keine gültige http(s)-URL. Eine absolute https://-URL ohne Benutzername oder Passwort angeben.</translation>
    </message>
    <message>
        <source>The feed URL %1 uses plain http://. Only https:// is allowed, except for loopback hosts (127.0.0.1, ::1, localhost).</source>
        <translation>Die Feed-URL %1 verwendet unverschlüsseltes http://. Nur https:// ist erlaubt, außer für Loopback-Hosts (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>Feed %1: the TAXII answer of %2 is not usable: %3. The server does not follow TAXII 2.1 here; check the URL (discovery or API root).</source>
        <translation>Feed %1: Die TAXII-Antwort von %2 ist nicht verwendbar: %3. Der Server hält sich hier nicht an TAXII 2.1; URL prüfen (Discovery oder API-Root).</translation>
    </message>
    <message>
        <source>it is declared as another TAXII version</source>
        <translation>sie ist als andere TAXII-Version deklariert</translation>
    </message>
    <message>
        <source>the API root information is not a JSON object</source>
        <translation>die API-Root-Information ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the API root does not offer TAXII 2.1</source>
        <translation>der API-Root bietet kein TAXII 2.1 an</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>it is neither a discovery document nor API root information</source>
        <translation>sie ist weder ein Discovery-Dokument noch eine API-Root-Information</translation>
    </message>
    <message>
        <source>Feed %1: the discovery document lists %2 API roots and no default. Configure one of them as the feed URL.</source>
        <translation>Feed %1: Das Discovery-Dokument listet %2 API-Roots und keinen Standard. Einen davon als Feed-URL konfigurieren.</translation>
    </message>
    <message>
        <source>its API root URL is invalid</source>
        <translation>seine API-Root-URL ist ungültig</translation>
    </message>
    <message>
        <source>the collections answer is not a JSON object</source>
        <translation>die Collections-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Feed %1: the API root has no collection &quot;%2&quot;. Available: %3.</source>
        <translation>Feed %1: Der API-Root hat keine Collection &quot;%2&quot;. Verfügbar: %3.</translation>
    </message>
    <message>
        <source>Feed %1: several collections are titled &quot;%2&quot;; configure the collection by its id. Available: %3.</source>
        <translation>Feed %1: Mehrere Collections heißen &quot;%2&quot;; die Collection über ihre ID konfigurieren. Verfügbar: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Feed %1: the collection &quot;%2&quot; may not be read with these credentials (can_read is false).</source>
        <translation>Feed %1: Die Collection &quot;%2&quot; darf mit diesen Zugangsdaten nicht gelesen werden (can_read ist false).</translation>
    </message>
    <message>
        <source>the envelope is empty (expected at least {})</source>
        <translation>der Umschlag ist leer (erwartet mindestens {})</translation>
    </message>
    <message>
        <source>the envelope is not a JSON object (truncated or not JSON)</source>
        <translation>der Umschlag ist kein JSON-Objekt (abgeschnitten oder kein JSON)</translation>
    </message>
    <message>
        <source>&quot;objects&quot; is not a list</source>
        <translation>&quot;objects&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>das Manifest ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the versions answer is not a JSON object</source>
        <translation>die Versions-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the status resource is not a JSON object</source>
        <translation>die Status-Ressource ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the status resource has no id or status</source>
        <translation>die Status-Ressource hat weder ID noch Status</translation>
    </message>
    <message>
        <source>the status resource has no status</source>
        <translation>die Status-Ressource hat keinen Status</translation>
    </message>
    <message>
        <source>Feed %1: the server had not finished adding the objects after %2 status checks (%3 of %4 pending). Check the status %5 later.</source>
        <translation>Feed %1: Der Server hatte das Hinzufügen der Objekte nach %2 Statusabfragen nicht abgeschlossen (%3 von %4 ausstehend). Den Status %5 später prüfen.</translation>
    </message>
    <message>
        <source>The stored TAXII resume point of this feed is unreadable. Reset the feed&apos;s cursor to sync from the beginning.</source>
        <translation>Der gespeicherte TAXII-Fortsetzungspunkt dieses Feeds ist unlesbar. Den Cursor des Feeds zurücksetzen, um von Anfang an zu synchronisieren.</translation>
    </message>
    <message>
        <source>Feed %1: stopped after %2 pages, the limit per run. The pages so far are stored; the next run continues from there.</source>
        <translation>Feed %1: nach %2 Seiten gestoppt, der Obergrenze pro Lauf. Die bisherigen Seiten sind gespeichert; der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <source>Feed %1: stopped after %2 MB, the limit per run. The pages so far are stored; the next run continues from there.</source>
        <translation>Feed %1: nach %2 MB gestoppt, der Obergrenze pro Lauf. Die bisherigen Seiten sind gespeichert; der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <source>the server announces more data but sends neither &quot;next&quot; nor X-TAXII-Date-Added-Last</source>
        <translation>der Server kündigt weitere Daten an, sendet aber weder &quot;next&quot; noch X-TAXII-Date-Added-Last</translation>
    </message>
    <message>
        <source>next=%1</source>
        <translation>next=%1</translation>
    </message>
    <message>
        <source>added after %1</source>
        <translation>hinzugefügt nach %1</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>von Anfang an</translation>
    </message>
    <message>
        <source>page %1 of collection &quot;%2&quot; (%3, %4 objects)</source>
        <translation>Seite %1 der Collection &quot;%2&quot; (%3, %4 Objekte)</translation>
    </message>
    <message>
        <source>The stored resume point of feed %1 is unreadable. Reset the feed&apos;s cursor to fetch the file again.</source>
        <translation>Der gespeicherte Fortsetzungspunkt von Feed %1 ist unlesbar. Den Cursor des Feeds zurücksetzen, um die Datei erneut abzurufen.</translation>
    </message>
    <message>
        <source>%1 (unchanged since the last run)</source>
        <translation>%1 (seit dem letzten Lauf unverändert)</translation>
    </message>
    <message>
        <source>event %1 is listed in the manifest but the server answered HTTP %2</source>
        <translation>Ereignis %1 steht im Manifest, aber der Server antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>Feed %1: the events on the server kept changing while they were paged (%2 restarts); the pages before were stored, the next run tries again.</source>
        <translation>Feed %1: Die Ereignisse auf dem Server änderten sich während des Abrufs fortlaufend (%2 Neustarts); die Seiten davor wurden gespeichert, der nächste Lauf versucht es erneut.</translation>
    </message>
    <message>
        <source>restSearch page %1: %2 events instead of %3 on the server, the query starts again</source>
        <translation>restSearch-Seite %1: %2 statt %3 Ereignisse auf dem Server, die Abfrage beginnt neu</translation>
    </message>
    <message>
        <source>Feed %1: %2 did not answer completely within %3 s, the feed&apos;s time limit per request. The server is slow or stalled; try again later or raise the limit (feeds add --timeout, or the feed&apos;s settings in the window).</source>
        <translation>Feed %1: %2 hat nicht innerhalb von %3 s vollständig geantwortet, dem Zeitlimit des Feeds pro Anfrage. Der Server ist langsam oder hängt; später erneut versuchen oder das Limit erhöhen (feeds add --timeout oder die Einstellungen des Feeds im Fenster).</translation>
    </message>
    <message>
        <source>Feed %1: the discovery document points to an API root on another server (%2). Credentials are only sent to the configured server; to trust that server, make %2 the feed&apos;s URL (the Feeds page offers it).</source>
        <translation>Feed %1: Das Discovery-Dokument verweist auf einen API-Root auf einem anderen Server (%2). Zugangsdaten gehen nur an den konfigurierten Server; um jenem Server zu vertrauen, %2 als URL des Feeds eintragen (die Seite Feeds bietet es an).</translation>
    </message>
    <message>
        <source>Feed %1: server paging did not progress at %2: %3. The pages before were stored; the run ends here instead of looping and the next run resumes after the last stored page. Report it to the feed&apos;s operator.</source>
        <translation>Feed %1: Das Blättern des Servers kam bei %2 nicht voran: %3. Die Seiten davor wurden gespeichert; der Lauf endet hier, statt in einer Schleife zu laufen, und der nächste Lauf setzt nach der letzten gespeicherten Seite fort. Bitte dem Betreiber des Feeds melden.</translation>
    </message>
    <message>
        <source>Feed %1: the server&apos;s paging failed %2 times in a row without bringing anything new; the pages before were stored and the next run resumes after them. Last failure: %3</source>
        <translation>Feed %1: Das Blättern des Servers schlug %2-mal in Folge fehl, ohne etwas Neues zu liefern; die Seiten davor wurden gespeichert und der nächste Lauf setzt danach fort. Letzter Fehler: %3</translation>
    </message>
    <message>
        <source>two pages in a row announced more data but brought no object not already received in this query</source>
        <translation>zwei Seiten in Folge kündigten weitere Daten an, brachten aber kein Objekt, das in dieser Abfrage nicht schon empfangen war</translation>
    </message>
</context>
<context>
    <name>FeedKind</name>
    <message>
        <source>TAXII 2.1 collection</source>
        <translation>TAXII-2.1-Collection</translation>
    </message>
    <message>
        <source>MISP server (REST)</source>
        <translation>MISP-Server (REST)</translation>
    </message>
    <message>
        <source>MISP feed (manifest + events)</source>
        <translation>MISP-Feed (Manifest + Ereignisse)</translation>
    </message>
    <message>
        <source>STIX file at a URL</source>
        <translation>STIX-Datei unter einer URL</translation>
    </message>
    <message>
        <source>CSV indicator list at a URL</source>
        <translation>CSV-Indikatorliste unter einer URL</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>A feed named &quot;%1&quot; exists already; remove it first or choose another name.</source>
        <translation>Ein Feed namens &quot;%1&quot; existiert bereits; zuerst entfernen oder einen anderen Namen wählen.</translation>
    </message>
    <message>
        <source>There is no feed named &quot;%1&quot;; &apos;lagebild feeds list&apos; shows the configured ones.</source>
        <translation>Es gibt keinen Feed namens &quot;%1&quot;; &apos;lagebild feeds list&apos; zeigt die konfigurierten.</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>Configure partner feeds: add, list, show, remove.</source>
        <translation>Partner-Feeds konfigurieren: add, list, show, remove.</translation>
    </message>
    <message>
        <source>add, list, show or remove.</source>
        <translation>add, list, show oder remove.</translation>
    </message>
    <message>
        <source>The feed&apos;s name (add, show, remove).</source>
        <translation>Name des Feeds (add, show, remove).</translation>
    </message>
    <message>
        <source>Print one JSON document (list, show).</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben (list, show).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>add: https:// URL (TAXII: discovery or API root; MISP: the instance).</source>
        <translation>add: https://-URL (TAXII: Discovery oder API-Root; MISP: die Instanz).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: TAXII collection id or title.</source>
        <translation>add: ID oder Titel der TAXII-Collection.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>add: user name for basic authentication.</source>
        <translation>add: Benutzername für Basic-Authentifizierung.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>add: environment variable holding the password, API key or token (never stored).</source>
        <translation>add: Umgebungsvariable mit Passwort, API-Schlüssel oder Token (wird nie gespeichert).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>add: none, basic, bearer, apikey or cert (default: from --user/--secret-env).</source>
        <translation>add: none, basic, bearer, apikey oder cert (Standard: aus --user/--secret-env).</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>add: client certificate (PEM) for cert authentication.</source>
        <translation>add: Client-Zertifikat (PEM) für cert-Authentifizierung.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>add: key of the client certificate (PEM).</source>
        <translation>add: Schlüssel des Client-Zertifikats (PEM).</translation>
    </message>
    <message>
        <source>add: CA certificates (PEM) trusted for this feed.</source>
        <translation>add: CA-Zertifikate (PEM), denen für diesen Feed vertraut wird.</translation>
    </message>
    <message>
        <source>add: pin of the server key, sha256/BASE64.</source>
        <translation>add: Pin des Serverschlüssels, sha256/BASE64.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>add: HTTP proxy host:port.</source>
        <translation>add: HTTP-Proxy host:port.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HOST:PORT</translation>
    </message>
    <message>
        <source>add: TLP for data that carries no marking.</source>
        <translation>add: TLP für Daten ohne Kennzeichnung.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>add: confidence 0-100 for indicators that carry none.</source>
        <translation>add: Konfidenz 0-100 für Indikatoren ohne eigene Angabe.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add: sync every N minutes while the window runs (default: manual).</source>
        <translation>add: alle N Minuten synchronisieren, solange das Fenster läuft (Standard: manuell).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <source>add: store the feed switched off.</source>
        <translation>add: Feed ausgeschaltet speichern.</translation>
    </message>
    <message>
        <source>feeds: name an action: add, list, show or remove.</source>
        <translation>feeds: eine Aktion angeben: add, list, show oder remove.</translation>
    </message>
    <message>
        <source>feeds %1: name the feed.</source>
        <translation>feeds %1: den Feed angeben.</translation>
    </message>
    <message>
        <source>feeds %1: unexpected argument &apos;%2&apos;.</source>
        <translation>feeds %1: unerwartetes Argument &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>feeds %1: --%2 belongs to &apos;feeds add&apos;.</source>
        <translation>feeds %1: --%2 gehört zu &apos;feeds add&apos;.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot; added. &apos;lagebild sync %1&apos; fetches it.</source>
        <translation>Feed &quot;%1&quot; hinzugefügt. &apos;lagebild sync %1&apos; ruft ihn ab.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot; removed; what it brought stays in the cache.</source>
        <translation>Feed &quot;%1&quot; entfernt; was er geliefert hat, bleibt im Cache.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n Feed</numerusform>
            <numerusform>%n Feeds</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds add: --kind and --url are required.</source>
        <translation>feeds add: --kind und --url sind erforderlich.</translation>
    </message>
    <message>
        <source>feeds add: &apos;%1&apos; is not a TLP level; use clear, green, amber, amber+strict or red.</source>
        <translation>feeds add: &apos;%1&apos; ist keine TLP-Stufe; clear, green, amber, amber+strict oder red verwenden.</translation>
    </message>
    <message>
        <source>feeds add: --confidence needs a number from 0 to 100.</source>
        <translation>feeds add: --confidence erfordert eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>feeds add: --every needs a number of minutes.</source>
        <translation>feeds add: --every erfordert eine Anzahl Minuten.</translation>
    </message>
    <message>
        <source>feeds add: unknown --auth &apos;%1&apos;; use none, basic, bearer, apikey or cert.</source>
        <translation>feeds add: unbekannter Wert für --auth &apos;%1&apos;; none, basic, bearer, apikey oder cert verwenden.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>fehlgeschlagen %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Secret variable</source>
        <translation>Geheimnis-Variable</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Pin</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>TLP of unmarked data</source>
        <translation>TLP unmarkierter Daten</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>alle %n Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>add: read the password, API key or token from standard input and keep it in the OS keychain (never in the database).</source>
        <translation>add: Passwort, API-Schlüssel oder Token von der Standardeingabe lesen und im Schlüsselbund des Betriebssystems ablegen (nie in der Datenbank).</translation>
    </message>
    <message>
        <source>feeds add: --secret-stdin read no secret from standard input.</source>
        <translation>feeds add: --secret-stdin hat kein Geheimnis von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>feeds add: %1 Use --secret-env VAR instead (the environment variable that holds the secret).</source>
        <translation>feeds add: %1 Verwenden Sie stattdessen --secret-env VAR (die Umgebungsvariable, die das Geheimnis enthält).</translation>
    </message>
    <message>
        <source>Its secret is in the OS keychain (entry &quot;%1&quot; of Lagebild), not in the database.</source>
        <translation>Sein Geheimnis liegt im Schlüsselbund des Betriebssystems (Eintrag „%1“ von Lagebild), nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>feeds add: give either --secret-stdin (OS keychain) or --secret-env VAR, not both.</source>
        <translation>feeds add: Geben Sie entweder --secret-stdin (Schlüsselbund) oder --secret-env VAR an, nicht beides.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>in the OS keychain (entry &quot;%1&quot; of Lagebild)</source>
        <translation>im Schlüsselbund des Betriebssystems (Eintrag „%1“ von Lagebild)</translation>
    </message>
    <message>
        <source>add: time limit of one request in seconds, from sending it to the last byte of the answer (default: %1; raise it for servers that think long before they answer).</source>
        <translation>add: Zeitlimit einer Anfrage in Sekunden, vom Senden bis zum letzten Byte der Antwort (Standard: %1; für Server erhöhen, die vor der Antwort lange rechnen).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>feeds add: --timeout needs a number of seconds from 1 to %1.</source>
        <translation>feeds add: --timeout erfordert eine Anzahl Sekunden von 1 bis %1.</translation>
    </message>
    <message>
        <source>Time limit per request</source>
        <translation>Zeitlimit pro Anfrage</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>add: one of %1.</source>
        <translation>add: eine von %1.</translation>
    </message>
    <message numerus="yes">
        <source>ok %1: %Ln page(s), +%2 ~%3 =%4 !%5</source>
        <translation>
            <numerusform>ok %1: %Ln Seite, +%2 ~%3 =%4 !%5</numerusform>
            <numerusform>ok %1: %Ln Seiten, +%2 ~%3 =%4 !%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>STIX 2.x bundles and objects</source>
        <translation>STIX-2.x-Bundles und -Objekte</translation>
    </message>
    <message>
        <source>misp-galaxy clusters</source>
        <translation>misp-galaxy-Cluster</translation>
    </message>
    <message>
        <source>misp-taxonomies</source>
        <translation>misp-taxonomies</translation>
    </message>
    <message>
        <source>MISP feed folders (manifest.json)</source>
        <translation>MISP-Feed-Ordner (manifest.json)</translation>
    </message>
    <message>
        <source>MISP events</source>
        <translation>MISP-Ereignisse</translation>
    </message>
    <message>
        <source>Suricata EVE alerts</source>
        <translation>Suricata-EVE-Alarme</translation>
    </message>
    <message>
        <source>Zeek notice logs</source>
        <translation>Zeek-Notice-Logs</translation>
    </message>
    <message>
        <source>Sigma matches (rule folder with events)</source>
        <translation>Sigma-Treffer (Regelordner mit Ereignissen)</translation>
    </message>
    <message>
        <source>indicator lists (CSV, TSV, one per line)</source>
        <translation>Indikatorlisten (CSV, TSV, einer pro Zeile)</translation>
    </message>
    <message>
        <source>Intelligence and alerts (%1)</source>
        <translation>Erkenntnisse und Alarme (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FtsBulkBuild</name>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>Die Tabelle %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The full-text index is no longer empty; nothing was replaced.</source>
        <translation>Der Volltextindex ist nicht mehr leer; nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Building the full-text index failed.</source>
        <translation>Der Volltextindex konnte nicht aufgebaut werden.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Print the per-file account as one JSON document.</source>
        <translation>Bericht je Datei als ein einzelnes JSON-Dokument ausgeben.</translation>
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
    <message>
        <source>Import intelligence (STIX, MISP, indicator lists) and sensor alerts (Suricata EVE, Zeek, Sigma).</source>
        <translation>Bedrohungsinformationen (STIX, MISP, Indikatorlisten) und Sensor-Alarme (Suricata EVE, Zeek, Sigma) importieren.</translation>
    </message>
    <message>
        <source>Indicator lists: every value is of this type (ipv4-addr, ipv6-addr, domain-name, url, email-addr, file:md5, file:sha1, file:sha256, file:sha512).</source>
        <translation>Indikatorlisten: Jeder Wert ist von diesem Typ (ipv4-addr, ipv6-addr, domain-name, url, email-addr, file:md5, file:sha1, file:sha256, file:sha512).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>Indicator lists: confidence 0-100 of rows without one.</source>
        <translation>Indikatorlisten: Konfidenz 0-100 für Zeilen ohne eigene Angabe.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Alerts: time zone of timestamps written without one, as +HH:MM or -HH:MM (default UTC).</source>
        <translation>Alarme: Zeitzone für Zeitstempel ohne Zeitzonenangabe, als +HH:MM oder -HH:MM (Standard: UTC).</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>OFFSET</translation>
    </message>
    <message>
        <source>Report progress on stderr while files are read.</source>
        <translation>Fortschritt beim Lesen der Dateien auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Reject objects larger than this (default 16 MiB).</source>
        <translation>Größere Objekte ablehnen (Standard: 16 MiB).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTE</translation>
    </message>
    <message>
        <source>Reject objects with a longer string (default 1 MiB).</source>
        <translation>Objekte mit einem längeren String ablehnen (Standard: 1 MiB).</translation>
    </message>
    <message>
        <source>Reject objects nested deeper (default 64).</source>
        <translation>Tiefer verschachtelte Objekte ablehnen (Standard: 64).</translation>
    </message>
    <message>
        <source>import: unknown indicator type &apos;%1&apos;.</source>
        <translation>import: unbekannter Indikatortyp &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: --confidence needs a number from 0 to 100.</source>
        <translation>import: --confidence erfordert eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>import: --assume-zone needs an offset such as +01:00 or -05:00.</source>
        <translation>import: --assume-zone erfordert einen Offset wie +01:00 oder -05:00.</translation>
    </message>
    <message>
        <source>import: --max-object-bytes, --max-string-bytes and --max-depth need positive numbers.</source>
        <translation>import: --max-object-bytes, --max-string-bytes und --max-depth erfordern positive Zahlen.</translation>
    </message>
    <message>
        <source>import: no importable files under %1.</source>
        <translation>import: keine importierbaren Dateien unter %1.</translation>
    </message>
    <message>
        <source>Refuse files without a minisign signature (FILE.minisig) beside them. Signed files are always checked against the trusted keys (&apos;lagebild trust&apos;) before they are read.</source>
        <translation>Dateien ohne daneben liegende minisign-Signatur (DATEI.minisig) ablehnen. Signierte Dateien werden vor dem Lesen immer gegen die vertrauenswürdigen Schlüssel (&apos;lagebild trust&apos;) geprüft.</translation>
    </message>
    <message>
        <source>Input format: %1 (default auto).</source>
        <translation>Eingabeformat: %1 (Standard: auto).</translation>
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
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>A signature file, not data: checked with the file it signs, not imported.</source>
        <translation>Eine Signaturdatei, keine Daten: wird mit der signierten Datei geprüft, nicht importiert.</translation>
    </message>
    <message>
        <source>%1: no signature file %2 beside it, and --require-signature refuses unsigned files; nothing imported.</source>
        <translation>%1: keine Signaturdatei %2 daneben, und --require-signature lehnt unsignierte Dateien ab; nichts importiert.</translation>
    </message>
    <message>
        <source>%1: no valid record in the file; first problem: %2 (%3)</source>
        <translation>%1: kein gültiger Datensatz in der Datei; erstes Problem: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: sequence %2 from producer &quot;%3&quot; was accepted by another import meanwhile; nothing imported.</source>
        <translation>%1: Sequenz %2 vom Erzeuger &quot;%3&quot; wurde inzwischen von einem anderen Import akzeptiert; nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert match(es) with the new or changed indicators.</source>
        <translation>
            <numerusform>%n Alarm-Treffer mit den neuen oder geänderten Indikatoren.</numerusform>
            <numerusform>%n Alarm-Treffer mit den neuen oder geänderten Indikatoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of the new alerts with intelligence.</source>
        <translation>
            <numerusform>%n Treffer der neuen Alarme mit Erkenntnissen.</numerusform>
            <numerusform>%n Treffer der neuen Alarme mit Erkenntnissen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>There is no incident with number %1.</source>
        <translation>Es gibt keinen Vorfall mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Vorfall %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorListReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation>Zeile %1, Byte %2</translation>
    </message>
    <message>
        <source>The file contains a NUL byte: it is binary, not a text list of indicators.</source>
        <translation>Die Datei enthält ein NUL-Byte: Sie ist binär, keine Textliste von Indikatoren.</translation>
    </message>
    <message>
        <source>A line is longer than %1 MB: this is not a list of indicators.</source>
        <translation>Eine Zeile ist länger als %1 MB: Dies ist keine Indikatorliste.</translation>
    </message>
    <message>
        <source>A record starting on line %1 is longer than %2 MB: probably a quote that is never closed.</source>
        <translation>Ein in Zeile %1 beginnender Datensatz ist länger als %2 MB: vermutlich ein nie geschlossenes Anführungszeichen.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>comma-separated values</source>
        <translation>kommagetrennte Werte</translation>
    </message>
    <message>
        <source>tab-separated values</source>
        <translation>tabulatorgetrennte Werte</translation>
    </message>
    <message>
        <source>semicolon-separated values</source>
        <translation>semikolongetrennte Werte</translation>
    </message>
    <message>
        <source>pipe-separated values</source>
        <translation>durch Pipe-Zeichen getrennte Werte</translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation>ein Wert pro Zeile</translation>
    </message>
    <message>
        <source>values separated by &apos;%1&apos;</source>
        <translation>durch &apos;%1&apos; getrennte Werte</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;)</source>
        <translation>Spalte %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Read as %1 with a header row; indicators from %2.</source>
        <translation>Gelesen als %1 mit Kopfzeile; Indikatoren aus %2.</translation>
    </message>
    <message>
        <source>Read as %1 without a header row; indicators from %2.</source>
        <translation>Gelesen als %1 ohne Kopfzeile; Indikatoren aus %2.</translation>
    </message>
    <message>
        <source>Types from %1; where a type contradicts its value, the type the value itself shows is used.</source>
        <translation>Typen aus %1; wo ein Typ seinem Wert widerspricht, wird der Typ verwendet, den der Wert selbst erkennen lässt.</translation>
    </message>
    <message>
        <source>The hash columns %1 are read as the hashes of one file per row: one indicator each.</source>
        <translation>Die Hash-Spalten %1 werden als Hashes jeweils einer Datei pro Zeile gelesen: ein Indikator je Zeile.</translation>
    </message>
    <message>
        <source>%1 also holds indicator-like values but is not imported: one indicator is read per row, from %2. To import it, save that column as a list of its own.</source>
        <translation>%1 enthält ebenfalls indikatorähnliche Werte, wird aber nicht importiert: Pro Zeile wird ein Indikator gelesen, aus %2. Zum Importieren diese Spalte als eigene Liste speichern.</translation>
    </message>
    <message>
        <source>Text that is not valid UTF-8 was read as Latin-1 (ISO 8859-1); save the list as UTF-8 to avoid this.</source>
        <translation>Text, der kein gültiges UTF-8 ist, wurde als Latin-1 (ISO 8859-1) gelesen; um dies zu vermeiden, die Liste als UTF-8 speichern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a file hash; left out of this row&apos;s indicator.</source>
        <translation>&quot;%1&quot; in %2 ist kein Datei-Hash; im Indikator dieser Zeile ausgelassen.</translation>
    </message>
    <message>
        <source>%1 holds a second hash of one algorithm (&quot;%2&quot;); the first one is kept.</source>
        <translation>%1 enthält einen zweiten Hash desselben Algorithmus (&quot;%2&quot;); der erste wird beibehalten.</translation>
    </message>
    <message>
        <source>The row has no value in its hash columns.</source>
        <translation>Die Zeile hat keinen Wert in ihren Hash-Spalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file hash (MD5, SHA-1, SHA-256 or SHA-512).</source>
        <translation>&quot;%1&quot; ist kein Datei-Hash (MD5, SHA-1, SHA-256 oder SHA-512).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a hash but has %2 hex digits; MD5, SHA-1, SHA-256 and SHA-512 have 32, 40, 64 and 128.</source>
        <translation>&quot;%1&quot; sieht wie ein Hash aus, hat aber %2 Hexadezimalziffern; MD5, SHA-1, SHA-256 und SHA-512 haben 32, 40, 64 und 128.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator: it contains blanks (free text?).</source>
        <translation>&quot;%1&quot; ist kein Indikator: Der Wert enthält Leerzeichen (Freitext?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recognised as an IP address or network, domain, URL, e-mail address or file hash.</source>
        <translation>&quot;%1&quot; wird nicht als IP-Adresse oder -Netz, Domain, URL, E-Mail-Adresse oder Datei-Hash erkannt.</translation>
    </message>
    <message>
        <source>The row has no value in %1.</source>
        <translation>Die Zeile hat keinen Wert in %1.</translation>
    </message>
    <message>
        <source>The value is %1 bytes long: not one indicator.</source>
        <translation>Der Wert ist %1 Byte lang: kein einzelner Indikator.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text.</source>
        <translation>Der Wert ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2, the type this import requires.</source>
        <translation>&quot;%1&quot; ist kein gültiger Wert vom Typ %2, den dieser Import verlangt.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: values of this type are recognised by their form.</source>
        <translation>Unbekannter Typ &quot;%1&quot;: Werte dieses Typs werden an ihrer Form erkannt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is context, not an indicator (type &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; ist Kontext, kein Indikator (Typ &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; cannot be matched: only IP addresses and networks, domains, URLs, e-mail addresses, file hashes (MD5, SHA-1, SHA-256, SHA-512), registry keys, mutexes and user agents can.</source>
        <translation>Typ &quot;%1&quot; kann nicht abgeglichen werden: Das ist nur bei IP-Adressen und -Netzen, Domains, URLs, E-Mail-Adressen, Datei-Hashes (MD5, SHA-1, SHA-256, SHA-512), Registry-Schlüsseln, Mutexen und User-Agents möglich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of type &quot;%2&quot;, nor any other indicator.</source>
        <translation>&quot;%1&quot; ist weder ein gültiger Wert vom Typ &quot;%2&quot; noch ein anderer Indikator.</translation>
    </message>
    <message>
        <source>The type says &quot;%1&quot;, but &quot;%2&quot; is not of that type; imported as %3.</source>
        <translation>Der Typ lautet &quot;%1&quot;, aber &quot;%2&quot; ist nicht von diesem Typ; als %3 importiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete hash (%2 hex digits); the indicator uses the other hashes of the row.</source>
        <translation>&quot;%1&quot; ist kein vollständiger Hash (%2 Hexadezimalziffern); der Indikator verwendet die übrigen Hashes der Zeile.</translation>
    </message>
    <message>
        <source>Internal error: the generated source identity was refused: %1</source>
        <translation>Interner Fehler: Die erzeugte Quellidentität wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Internal error: the indicator generated for &quot;%1&quot; was refused: %2</source>
        <translation>Interner Fehler: Der für &quot;%1&quot; erzeugte Indikator wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>This is the hashes.csv of a MISP feed: its MD5s are lookup hashes of attribute values, not file hashes. Import the feed folder instead.</source>
        <translation>Dies ist die hashes.csv eines MISP-Feeds: Die MD5-Werte darin sind Nachschlage-Hashes von Attributwerten, keine Datei-Hashes. Stattdessen den Feed-Ordner importieren.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed: the rest of the file was read as part of it.</source>
        <translation>Ein in dieser Zeile geöffnetes Feld in Anführungszeichen wird nie geschlossen: Der Rest der Datei wurde als Teil davon gelesen.</translation>
    </message>
    <message>
        <source>The list holds no values.</source>
        <translation>Die Liste enthält keine Werte.</translation>
    </message>
    <message>
        <source>The element is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>Das Element ist %1 Byte lang; die Obergrenze ist %2 Byte. Es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>The element is nested %1 levels deep; the cap is %2.</source>
        <translation>Das Element ist %1 Ebenen tief verschachtelt; die Obergrenze ist %2.</translation>
    </message>
    <message>
        <source>The element contains a string longer than the cap of %1 KB.</source>
        <translation>Das Element enthält einen String, der die Obergrenze von %1 KB überschreitet.</translation>
    </message>
    <message>
        <source>The element is not valid JSON (%1).</source>
        <translation>Das Element ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The element has no text in its value member (%1).</source>
        <translation>Das Element hat keinen Text in seinem Wertfeld (%1).</translation>
    </message>
    <message>
        <source>The element has no value member (ip, value, indicator, ioc, domain, url, hash, sha256, md5, address, ...).</source>
        <translation>Das Element hat kein Wertfeld (ip, value, indicator, ioc, domain, url, hash, sha256, md5, address, ...).</translation>
    </message>
    <message>
        <source>The element is neither a value (a string) nor an object with a value member.</source>
        <translation>Das Element ist weder ein Wert (ein String) noch ein Objekt mit einem Wertfeld.</translation>
    </message>
    <message>
        <source>The JSON document has no array of indicators (items, indicators, data, iocs, entries, results or blocklist).</source>
        <translation>Das JSON-Dokument enthält kein Array von Indikatoren (items, indicators, data, iocs, entries, results oder blocklist).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Not JSON: the file must start with &apos;{&apos; or &apos;[&apos;.</source>
        <translation>Kein JSON: Die Datei muss mit &apos;{&apos; oder &apos;[&apos; beginnen.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document.</source>
        <translation>Unerwartete Daten nach dem Ende des JSON-Dokuments.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Die Datei ist UTF-16-Text. Als UTF-8 speichern (in Excel: &quot;CSV UTF-8&quot;) und erneut importieren.</translation>
    </message>
    <message>
        <source>The file is full of control characters: it is binary, not a text list of indicators.</source>
        <translation>Die Datei ist voller Steuerzeichen: Sie ist binär, keine Textliste von Indikatoren.</translation>
    </message>
    <message>
        <source>The file is a JSON document, not an indicator list. Import STIX and MISP files with their own formats.</source>
        <translation>Die Datei ist ein JSON-Dokument, keine Indikatorliste. STIX- und MISP-Dateien mit ihrem jeweiligen Format importieren.</translation>
    </message>
    <message>
        <source>The file is an XML or HTML document, not an indicator list.</source>
        <translation>Die Datei ist ein XML- oder HTML-Dokument, keine Indikatorliste.</translation>
    </message>
    <message>
        <source>%1 of the first %2 lines are not valid UTF-8 text: the file is binary or in another encoding. Save it as UTF-8 and import it again.</source>
        <translation>%1 der ersten %2 Zeilen sind kein gültiger UTF-8-Text: Die Datei ist binär oder anders kodiert. Als UTF-8 speichern und erneut importieren.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate value(s) merged: each distinct value becomes one indicator.</source>
        <translation>
            <numerusform>%n doppelter Wert zusammengeführt: Jeder eindeutige Wert wird zu einem Indikator.</numerusform>
            <numerusform>%n doppelte Werte zusammengeführt: Jeder eindeutige Wert wird zu einem Indikator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more note(s) of the same kind were left out.</source>
        <translation>
            <numerusform>%n weiterer Hinweis derselben Art wurde ausgelassen.</numerusform>
            <numerusform>%n weitere Hinweise derselben Art wurden ausgelassen.</numerusform>
        </translation>
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
    <message>
        <source>alerts missing from the full-text index</source>
        <translation>Alarme fehlen im Volltextindex</translation>
    </message>
    <message>
        <source>alerts whose match count is out of date</source>
        <translation>Alarme mit veralteter Trefferanzahl</translation>
    </message>
    <message>
        <source>alert matches that point to something other than an indicator</source>
        <translation>Alarm-Treffer, die auf etwas anderes als einen Indikator verweisen</translation>
    </message>
    <message>
        <source>alerts outside the time range their zone map block records</source>
        <translation>Alarme außerhalb des Zeitbereichs, den ihr Zonenblock verzeichnet</translation>
    </message>
    <message>
        <source>alerts outside the status model (a resolution without &apos;closed&apos;, or schema 1&apos;s status)</source>
        <translation>Alarme außerhalb des Statusmodells (eine Erledigung ohne &apos;closed&apos; oder der Status von Schema 1)</translation>
    </message>
    <message>
        <source>hourly alert counts (the Situation page&apos;s rollup) that differ from the alerts they count</source>
        <translation>stündliche Alarmzahlen (Verdichtung der Lagebild-Seite), die von den gezählten Alarmen abweichen</translation>
    </message>
    <message>
        <source>hourly technique counts (the Situation page&apos;s top list) that differ from the alerts they count</source>
        <translation>stündliche Technik-Zahlen (Liste der Lagebild-Seite), die von den gezählten Alarmen abweichen</translation>
    </message>
    <message>
        <source>hourly indicator counts (the Situation page&apos;s top list) that differ from the matches they count</source>
        <translation>stündliche Indikator-Zahlen (Liste der Lagebild-Seite), die von den gezählten Treffern abweichen</translation>
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
    <name>Minisign</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>too large for a minisign key or signature file (%1 bytes).</source>
        <translation>zu groß für eine minisign-Schlüssel- oder Signaturdatei (%1 Byte).</translation>
    </message>
    <message>
        <source>not a minisign public key file (expected an &quot;untrusted comment:&quot; line and a base64 line).</source>
        <translation>keine minisign-Datei mit öffentlichem Schlüssel (erwartet eine Zeile &quot;untrusted comment:&quot; und eine Base64-Zeile).</translation>
    </message>
    <message>
        <source>the public key is not valid base64 of the expected length.</source>
        <translation>der öffentliche Schlüssel ist kein gültiges Base64 der erwarteten Länge.</translation>
    </message>
    <message>
        <source>unsupported public key algorithm (minisign keys are &quot;Ed&quot;).</source>
        <translation>nicht unterstützter Algorithmus des öffentlichen Schlüssels (minisign-Schlüssel sind &quot;Ed&quot;).</translation>
    </message>
    <message>
        <source>the cryptography library could not be initialised.</source>
        <translation>die Kryptografie-Bibliothek konnte nicht initialisiert werden.</translation>
    </message>
    <message>
        <source>not a minisign secret key file.</source>
        <translation>keine minisign-Geheimschlüsseldatei.</translation>
    </message>
    <message>
        <source>the secret key is not valid base64 of the expected length.</source>
        <translation>der geheime Schlüssel ist kein gültiges Base64 der erwarteten Länge.</translation>
    </message>
    <message>
        <source>out of memory for the secret key.</source>
        <translation>nicht genug Speicher für den geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>unsupported signature algorithm in the secret key.</source>
        <translation>nicht unterstützter Signaturalgorithmus im geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>unsupported checksum algorithm in the secret key.</source>
        <translation>nicht unterstützter Prüfsummenalgorithmus im geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>unsupported key derivation in the secret key.</source>
        <translation>nicht unterstützte Schlüsselableitung im geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>the secret key is protected by a password; set LAGEBILD_SIGN_PASSWORD.</source>
        <translation>der geheime Schlüssel ist passwortgeschützt; LAGEBILD_SIGN_PASSWORD setzen.</translation>
    </message>
    <message>
        <source>the secret key asks for more key-derivation memory than allowed.</source>
        <translation>der geheime Schlüssel verlangt mehr Speicher für die Schlüsselableitung als erlaubt.</translation>
    </message>
    <message>
        <source>the key derivation failed (out of memory?).</source>
        <translation>die Schlüsselableitung ist fehlgeschlagen (zu wenig Speicher?).</translation>
    </message>
    <message>
        <source>wrong password for this secret key.</source>
        <translation>falsches Passwort für diesen geheimen Schlüssel.</translation>
    </message>
    <message>
        <source>the secret key&apos;s checksum does not match; the file is damaged.</source>
        <translation>die Prüfsumme des geheimen Schlüssels stimmt nicht; die Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>the secret key is damaged (its public half does not match).</source>
        <translation>der geheime Schlüssel ist beschädigt (sein öffentlicher Teil passt nicht).</translation>
    </message>
    <message>
        <source>not a minisign signature file (expected 4 lines, found %1).</source>
        <translation>keine minisign-Signaturdatei (erwartet 4 Zeilen, gefunden %1).</translation>
    </message>
    <message>
        <source>line 1 must start with &quot;untrusted comment: &quot;.</source>
        <translation>Zeile 1 muss mit &quot;untrusted comment: &quot; beginnen.</translation>
    </message>
    <message>
        <source>line 3 must start with &quot;trusted comment: &quot;.</source>
        <translation>Zeile 3 muss mit &quot;trusted comment: &quot; beginnen.</translation>
    </message>
    <message>
        <source>the untrusted comment is not one line of valid UTF-8 text.</source>
        <translation>der nicht vertrauenswürdige Kommentar ist nicht eine Zeile gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>the trusted comment is not one line of valid UTF-8 text.</source>
        <translation>der vertrauenswürdige Kommentar ist nicht eine Zeile gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>line 2 is not a base64 signature of the expected length.</source>
        <translation>Zeile 2 ist keine Base64-Signatur der erwarteten Länge.</translation>
    </message>
    <message>
        <source>unsupported signature algorithm.</source>
        <translation>nicht unterstützter Signaturalgorithmus.</translation>
    </message>
    <message>
        <source>line 4 is not a base64 global signature of the expected length.</source>
        <translation>Zeile 4 ist keine globale Base64-Signatur der erwarteten Länge.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>signed by key %1, not by key %2.</source>
        <translation>signiert mit Schlüssel %1, nicht mit Schlüssel %2.</translation>
    </message>
    <message>
        <source>the signature does not match the file&apos;s content (altered or not signed by key %1).</source>
        <translation>die Signatur passt nicht zum Inhalt der Datei (verändert oder nicht mit Schlüssel %1 signiert).</translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature does not match (the comment was altered).</source>
        <translation>die Signatur des vertrauenswürdigen Kommentars passt nicht (der Kommentar wurde verändert).</translation>
    </message>
</context>
<context>
    <name>MispReader</name>
    <message>
        <source>The value of this %1 attribute is not &quot;address|port&quot;.</source>
        <translation>Der Wert dieses %1-Attributs hat nicht die Form &quot;address|port&quot;.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; of this %2 attribute is not a number from 0 to 65535.</source>
        <translation>Der Port &quot;%1&quot; dieses %2-Attributs ist keine Zahl von 0 bis 65535.</translation>
    </message>
    <message>
        <source>The value of this domain|ip attribute is not &quot;domain|address&quot;.</source>
        <translation>Der Wert dieses domain|ip-Attributs hat nicht die Form &quot;domain|address&quot;.</translation>
    </message>
    <message>
        <source>The value of this %1 attribute is not &quot;filename|hash&quot;.</source>
        <translation>Der Wert dieses %1-Attributs hat nicht die Form &quot;filename|hash&quot;.</translation>
    </message>
    <message>
        <source>The value of this regkey|value attribute is not &quot;key|data&quot;.</source>
        <translation>Der Wert dieses regkey|value-Attributs hat nicht die Form &quot;key|data&quot;.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of this AS attribute is not an autonomous system number.</source>
        <translation>Der Wert &quot;%1&quot; dieses AS-Attributs ist keine Nummer eines autonomen Systems.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of this %2 attribute is not a number.</source>
        <translation>Der Wert &quot;%1&quot; dieses %2-Attributs ist keine Zahl.</translation>
    </message>
    <message>
        <source>Unrecognised TLP tag &quot;%1&quot;: the objects it marks are treated as TLP unknown (never released).</source>
        <translation>Nicht erkanntes TLP-Tag &quot;%1&quot;: Die damit gekennzeichneten Objekte werden als TLP unknown behandelt (nie freigegeben).</translation>
    </message>
    <message>
        <source>Galaxy is not a JSON object and was left out.</source>
        <translation>Galaxy ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Attribute is not a JSON object and was left out.</source>
        <translation>Attribut ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Attribute without a type or value was left out; correct it in MISP and export the event again.</source>
        <translation>Attribut ohne Typ oder Wert wurde ausgelassen; in MISP korrigieren und das Ereignis erneut exportieren.</translation>
    </message>
    <message>
        <source>Kept as a custom x-misp-attribute object.</source>
        <translation>Als benutzerdefiniertes x-misp-attribute-Objekt beibehalten.</translation>
    </message>
    <message>
        <source>MISP object is not a JSON object and was left out.</source>
        <translation>MISP-Objekt ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>MISP object without a template name was left out.</source>
        <translation>MISP-Objekt ohne Vorlagennamen wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Attribute without a type or value in MISP object &quot;%1&quot; was left out.</source>
        <translation>Attribut ohne Typ oder Wert im MISP-Objekt &quot;%1&quot; wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of MISP type &quot;%1&quot; have no STIX equivalent and were kept as x-misp-attribute objects (not matched against sensor data).</source>
        <translation>
            <numerusform>%n Attribut vom MISP-Typ &quot;%1&quot; hat keine STIX-Entsprechung und wurde als x-misp-attribute-Objekt beibehalten (kein Abgleich mit Sensordaten).</numerusform>
            <numerusform>%n Attribute vom MISP-Typ &quot;%1&quot; haben keine STIX-Entsprechung und wurden als x-misp-attribute-Objekte beibehalten (kein Abgleich mit Sensordaten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object reference(s) point to records that are not in this event; no relationship was created.</source>
        <translation>
            <numerusform>%n Objektverweis zeigt auf Datensätze, die nicht in diesem Ereignis enthalten sind; es wurde keine Beziehung angelegt.</numerusform>
            <numerusform>%n Objektverweise zeigen auf Datensätze, die nicht in diesem Ereignis enthalten sind; es wurde keine Beziehung angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s) were not imported: false positives, expirations, undated sightings and sightings of non-indicator attributes have no STIX sighting here.</source>
        <translation>
            <numerusform>%n Sichtung wurde nicht importiert: Falsch-Positive, Ablaufmeldungen, undatierte Sichtungen und Sichtungen von Attributen, die keine Indikatoren sind, ergeben hier kein STIX-sighting.</numerusform>
            <numerusform>%n Sichtungen wurden nicht importiert: Falsch-Positive, Ablaufmeldungen, undatierte Sichtungen und Sichtungen von Attributen, die keine Indikatoren sind, ergeben hier kein STIX-sighting.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) (shadow attributes) were not imported: they are unconfirmed suggestions.</source>
        <translation>
            <numerusform>%n Vorschlag (Shadow-Attribut) wurde nicht importiert: Es handelt sich um unbestätigte Vorschläge.</numerusform>
            <numerusform>%n Vorschläge (Shadow-Attribute) wurden nicht importiert: Es handelt sich um unbestätigte Vorschläge.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no valid uuid; its id was derived from its title, date and attribute values, so editing those in MISP will import it as a new event.</source>
        <translation>Das Ereignis &quot;%1&quot; hat keine gültige uuid; seine ID wurde aus Titel, Datum und Attributwerten abgeleitet. Werden diese in MISP geändert, wird es als neues Ereignis importiert.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>it has no &quot;namespace&quot; and &quot;predicates&quot;, so it is not a taxonomy.</source>
        <translation>es fehlen &quot;namespace&quot; und &quot;predicates&quot;, daher ist es keine Taxonomie.</translation>
    </message>
    <message>
        <source>it has no galaxy clusters, so it is not a galaxy.</source>
        <translation>es enthält keine Galaxy-Cluster und ist daher keine Galaxy.</translation>
    </message>
    <message>
        <source>the JSON object has neither an &quot;Event&quot;, a &quot;response&quot; nor event or attribute fields.</source>
        <translation>das JSON-Objekt hat weder &quot;Event&quot; noch &quot;response&quot; noch Ereignis- oder Attributfelder.</translation>
    </message>
    <message>
        <source>its &quot;response&quot; holds neither events nor attributes.</source>
        <translation>das Feld &quot;response&quot; enthält weder Ereignisse noch Attribute.</translation>
    </message>
    <message>
        <source>the document is neither a JSON object nor an array.</source>
        <translation>das Dokument ist weder ein JSON-Objekt noch ein Array.</translation>
    </message>
    <message>
        <source>This element is neither a MISP event nor an attribute and was left out.</source>
        <translation>Dieses Element ist weder ein MISP-Ereignis noch ein Attribut und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>MISP events</source>
        <translation>MISP-Ereignisse</translation>
    </message>
    <message>
        <source>%1 is not a MISP feed folder: it has no manifest.json.</source>
        <translation>%1 ist kein MISP-Feed-Ordner: manifest.json fehlt.</translation>
    </message>
    <message>
        <source>Galaxy cluster without a value in galaxy &quot;%1&quot; was left out.</source>
        <translation>Galaxy-Cluster ohne Wert in Galaxy &quot;%1&quot; wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; MISP files that large are not supported. Split the export into several files.</source>
        <translation>%1 ist größer als %2 MB; so große MISP-Dateien werden nicht unterstützt. Den Export auf mehrere Dateien aufteilen.</translation>
    </message>
    <message>
        <source>The STIX object generated from this MISP record was refused (%1). This is a defect in the MISP reader; please report it together with the file.</source>
        <translation>Das aus diesem MISP-Datensatz erzeugte STIX-Objekt wurde abgelehnt (%1). Dies ist ein Fehler im MISP-Leser; bitte zusammen mit der Datei melden.</translation>
    </message>
    <message>
        <source>manifest.json in %1 is not a JSON object of event uuids; this is not a MISP feed.</source>
        <translation>manifest.json in %1 ist kein JSON-Objekt mit Ereignis-UUIDs; dies ist kein MISP-Feed.</translation>
    </message>
    <message>
        <source>The manifest entry &quot;%1&quot; is not an event uuid; it was skipped and no file was opened for it. The feed may have been tampered with.</source>
        <translation>Der Manifest-Eintrag &quot;%1&quot; ist keine Ereignis-UUID; er wurde übersprungen, und es wurde keine Datei dafür geöffnet. Der Feed wurde möglicherweise manipuliert.</translation>
    </message>
    <message>
        <source>Event %1 is listed in manifest.json but its file %1.json is missing; the copy of the feed may be incomplete.</source>
        <translation>Ereignis %1 ist in manifest.json aufgeführt, aber seine Datei %1.json fehlt; die Kopie des Feeds ist möglicherweise unvollständig.</translation>
    </message>
    <message>
        <source>%1 is in the feed folder but not listed in manifest.json; it was not imported.</source>
        <translation>%1 liegt im Feed-Ordner, ist aber nicht in manifest.json aufgeführt und wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Feed events</source>
        <translation>Feed-Ereignisse</translation>
    </message>
    <message>
        <source>%1 does not hold the event %2 that manifest.json announces for it.</source>
        <translation>%1 enthält nicht das Ereignis %2, das manifest.json dafür angibt.</translation>
    </message>
    <message>
        <source>%1 is not MISP data: %2 Expected a MISP event export, a feed folder, a misp-galaxy cluster file or a misp-taxonomies machinetag.json.</source>
        <translation>%1 enthält keine MISP-Daten: %2 Erwartet wird ein MISP-Ereignisexport, ein Feed-Ordner, eine misp-galaxy-Clusterdatei oder eine machinetag.json aus misp-taxonomies.</translation>
    </message>
    <message>
        <source>Galaxy cluster is not a JSON object and was left out.</source>
        <translation>Galaxy-Cluster ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Galaxy clusters</source>
        <translation>Galaxy-Cluster</translation>
    </message>
    <message>
        <source>This is a galaxy definition without clusters; nothing to import. Import the matching file from the misp-galaxy &quot;clusters&quot; folder instead.</source>
        <translation>Dies ist eine Galaxy-Definition ohne Cluster; nichts zu importieren. Stattdessen die passende Datei aus dem Ordner &quot;clusters&quot; von misp-galaxy importieren.</translation>
    </message>
    <message>
        <source>%1 is a taxonomy without a namespace and cannot be imported.</source>
        <translation>%1 ist eine Taxonomie ohne Namespace und kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2) and cannot be read as MISP data; check that the file was copied completely.</source>
        <translation>%1 ist kein gültiges JSON (%2) und kann nicht als MISP-Daten gelesen werden; prüfen, ob die Datei vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>Zeile %1, Byte %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event report(s) were not imported.</source>
        <translation>
            <numerusform>%n Ereignisbericht wurde nicht importiert.</numerusform>
            <numerusform>%n Ereignisberichte wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of hashes.csv are not &quot;event uuid, MD5&quot; in either order and were ignored.</source>
        <translation>
            <numerusform>%n Zeile der hashes.csv entspricht nicht &quot;event uuid, MD5&quot; (in beliebiger Reihenfolge) und wurde ignoriert.</numerusform>
            <numerusform>%n Zeilen der hashes.csv entsprechen nicht &quot;event uuid, MD5&quot; (in beliebiger Reihenfolge) und wurden ignoriert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of hashes.csv name events that manifest.json does not list.</source>
        <translation>
            <numerusform>%n Zeile der hashes.csv nennt Ereignisse, die manifest.json nicht aufführt.</numerusform>
            <numerusform>%n Zeilen der hashes.csv nennen Ereignisse, die manifest.json nicht aufführt.</numerusform>
        </translation>
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
    <name>SigmaReader</name>
    <message>
        <source>Reading Sigma matches</source>
        <translation>Sigma-Treffer werden gelesen</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3</source>
        <translation>%1, Zeile %2, Byte %3</translation>
    </message>
    <message>
        <source>No rule.yml next to the events in %1; the rule id and title were taken from info.yml, level and tags are unknown.</source>
        <translation>Keine rule.yml neben den Ereignissen in %1; Regel-ID und Titel wurden aus info.yml übernommen, Stufe und Tags sind unbekannt.</translation>
    </message>
    <message>
        <source>No rule.yml next to the events in %1; the alerts carry no rule id, level or tags.</source>
        <translation>Keine rule.yml neben den Ereignissen in %1; die Alarme haben keine Regel-ID, Stufe oder Tags.</translation>
    </message>
    <message>
        <source>The rule has no level; its alerts are rated medium.</source>
        <translation>Die Regel hat keine Stufe; ihre Alarme werden als medium eingestuft.</translation>
    </message>
    <message>
        <source>Unknown rule level &quot;%1&quot;; its alerts are rated medium.</source>
        <translation>Unbekannte Regelstufe &quot;%1&quot;; ihre Alarme werden als medium eingestuft.</translation>
    </message>
    <message>
        <source>Event is not valid JSON (%1).</source>
        <translation>Ereignis ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>Not a Windows event: a JSON object was expected.</source>
        <translation>Kein Windows-Ereignis: Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>Not a Windows event: the &quot;System&quot; section is missing.</source>
        <translation>Kein Windows-Ereignis: Der Abschnitt &quot;System&quot; fehlt.</translation>
    </message>
    <message>
        <source>Unreadable event time &quot;%1&quot;.</source>
        <translation>Unlesbare Ereigniszeit &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Events in %1 carry no time; the info.yml date %2 (00:00 UTC) was used for them.</source>
        <translation>Die Ereignisse in %1 enthalten keine Zeit; für sie wurde das Datum %2 aus info.yml (00:00 UTC) verwendet.</translation>
    </message>
    <message>
        <source>Event without a time (System/TimeCreated) and no info.yml date to fall back on.</source>
        <translation>Ereignis ohne Zeitangabe (System/TimeCreated) und ohne Datum in info.yml als Ersatz.</translation>
    </message>
    <message>
        <source>%1 The rest of the file was not read.</source>
        <translation>%1 Der Rest der Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 holds no Windows event JSON object (first problem at %2: %3).</source>
        <translation>%1 enthält kein JSON-Objekt eines Windows-Ereignisses (erstes Problem bei %2: %3).</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>The JSON array is not closed at the end of the file.</source>
        <translation>Das JSON-Array ist am Ende der Datei nicht geschlossen.</translation>
    </message>
    <message>
        <source>Event is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>Ereignis ist %1 Byte lang; die Obergrenze ist %2 Byte. Es wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Event is nested %1 levels deep; the cap is %2.</source>
        <translation>Ereignis ist %1 Ebenen tief verschachtelt; die Obergrenze ist %2.</translation>
    </message>
    <message>
        <source>Event contains a string longer than the cap of %1 KB.</source>
        <translation>Ereignis enthält einen String, der die Obergrenze von %1 KB überschreitet.</translation>
    </message>
    <message>
        <source>%1 holds no event-*.json file; a Sigma match folder needs rule.yml and the matching events.</source>
        <translation>%1 enthält keine event-*.json-Datei; ein Sigma-Trefferordner benötigt rule.yml und die zugehörigen Ereignisse.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder.</source>
        <translation>%1 kann nicht geöffnet werden: Datei oder Ordner nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1 holds no events.</source>
        <translation>%1 enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>Unerwartetes &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>SignedFile</name>
    <message>
        <source>Signature verified: key &quot;%1&quot; (%2), producer &quot;%3&quot;, sequence %4.</source>
        <translation>Signatur verifiziert: Schlüssel &quot;%1&quot; (%2), Erzeuger &quot;%3&quot;, Sequenz %4.</translation>
    </message>
    <message>
        <source>%1 is too large to be a minisign signature.</source>
        <translation>%1 ist zu groß für eine minisign-Signatur.</translation>
    </message>
    <message>
        <source>signed with key %1, which is not trusted here. If the producer is known, add its public key with &apos;lagebild trust add NAME KEYFILE&apos;.</source>
        <translation>signiert mit Schlüssel %1, dem hier nicht vertraut wird. Wenn der Erzeuger bekannt ist, seinen öffentlichen Schlüssel mit &apos;lagebild trust add NAME KEYFILE&apos; hinzufügen.</translation>
    </message>
    <message>
        <source>trusted key &quot;%1&quot;</source>
        <translation>vertrauenswürdiger Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder to check %1: %2</source>
        <translation>Privater temporärer Ordner zum Prüfen von %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>legacy (unhashed) signatures are limited to 1 GiB; sign with minisign&apos;s default (prehashed) mode.</source>
        <translation>Legacy-Signaturen (ohne Hash) sind auf 1 GiB begrenzt; im Standardmodus von minisign (prehashed) signieren.</translation>
    </message>
    <message>
        <source>the file grew beyond 1 GiB while it was read.</source>
        <translation>die Datei ist während des Lesens über 1 GiB gewachsen.</translation>
    </message>
    <message>
        <source>Cannot write the private copy of %1: %2</source>
        <translation>Private Kopie von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the signed trusted comment carries no &quot;producer=NAME seq=N&quot;, so a replayed file could not be told apart; trusted comment: &quot;%1&quot;</source>
        <translation>der signierte vertrauenswürdige Kommentar enthält kein &quot;producer=NAME seq=N&quot;, daher wäre eine wiedereingespielte Datei nicht erkennbar; vertrauenswürdiger Kommentar: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replayed or out-of-date bundle: sequence %1 from producer &quot;%2&quot; is not above the last one accepted (%3).</source>
        <translation>wiedereingespieltes oder veraltetes Bundle: Sequenz %1 vom Erzeuger &quot;%2&quot; liegt nicht über der zuletzt akzeptierten (%3).</translation>
    </message>
    <message>
        <source>signed as producer &quot;%1&quot;, but its key %2 is trusted as producer &quot;%3&quot;; a key signs only for the producer it was trusted as. Ask the sender to sign as &quot;%3&quot;, or, if the key belongs to &quot;%1&quot;, &apos;lagebild trust remove %3&apos; and &apos;lagebild trust add %1 KEYFILE&apos;.</source>
        <translation>als Erzeuger „%1“ signiert, aber sein Schlüssel %2 ist als Erzeuger „%3“ vertraut; ein Schlüssel signiert nur für den Erzeuger, als der er vertraut wurde. Bitten Sie den Absender, als „%3“ zu signieren, oder, falls der Schlüssel zu „%1“ gehört: &apos;lagebild trust remove %3&apos; und &apos;lagebild trust add %1 KEYFILE&apos;.</translation>
    </message>
    <message>
        <source>%1: signature check failed, nothing imported: %2</source>
        <translation>%1: Signaturprüfung fehlgeschlagen, nichts importiert: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Sequence gap: the last bundle accepted from producer &quot;%1&quot; was number %2, this one is %3; %n bundle(s) in between never arrived here. Ask the producer for them.</source>
        <translation>
            <numerusform>Sequenzlücke: Das letzte vom Erzeuger &quot;%1&quot; akzeptierte Bundle hatte die Nummer %2, dieses hat %3; %n Bundle dazwischen ist hier nie angekommen. Den Erzeuger darum bitten.</numerusform>
            <numerusform>Sequenzlücke: Das letzte vom Erzeuger &quot;%1&quot; akzeptierte Bundle hatte die Nummer %2, dieses hat %3; %n Bundles dazwischen sind hier nie angekommen. Den Erzeuger darum bitten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>The window &apos;%1&apos; is not FROM..TO with FROM before TO (RFC 3339 times or dates YYYY-MM-DD).</source>
        <translation>Der Zeitraum „%1“ ist nicht VON..BIS mit VON vor BIS (RFC-3339-Zeiten oder Daten JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; is not one of 24h, 7d, 30d, all or FROM..TO.</source>
        <translation>Der Zeitraum „%1“ ist keiner von 24h, 7d, 30d, all oder VON..BIS.</translation>
    </message>
    <message>
        <source>The threat level changed from %1 to %2.</source>
        <translation>Die Bedrohungslage wechselte von %1 zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new campaign(s): %1</source>
        <translation>
            <numerusform>%n neue Kampagne: %1</numerusform>
            <numerusform>%n neue Kampagnen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new intrusion set(s): %1</source>
        <translation>
            <numerusform>%n neues Intrusion Set: %1</numerusform>
            <numerusform>%n neue Intrusion Sets: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new threat actor(s): %1</source>
        <translation>
            <numerusform>%n neuer Bedrohungsakteur: %1</numerusform>
            <numerusform>%n neue Bedrohungsakteure: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new open partner warning(s): %1</source>
        <translation>
            <numerusform>%n neue offene Partnerwarnung: %1</numerusform>
            <numerusform>%n neue offene Partnerwarnungen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) opened: %1</source>
        <translation>
            <numerusform>%n Vorfall eröffnet: %1</numerusform>
            <numerusform>%n Vorfälle eröffnet: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed: %1</source>
        <translation>
            <numerusform>%n Vorfall geschlossen: %1</numerusform>
            <numerusform>%n Vorfälle geschlossen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts matching intelligence: %L1 (%2).</source>
        <translation>Alarme mit Treffer in Erkenntnissen: %L1 (%2).</translation>
    </message>
    <message>
        <source>Alerts: %L1 (%2).</source>
        <translation>Alarme: %L1 (%2).</translation>
    </message>
</context>
<context>
    <name>SituationCommand</name>
    <message>
        <source>The figures of the Situation page: threat level and the rule behind it, alert counts, top techniques, indicators and campaigns; set or clear an override of the threat level.</source>
        <translation>Die Zahlen der Lagebild-Seite: Bedrohungslage und die Regel dahinter, Alarmzahlen, häufigste Techniken, Indikatoren und Kampagnen; manuelle Festlegung der Bedrohungslage setzen oder beenden.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>24h, 7d, 30d, all or FROM..TO (RFC 3339 or YYYY-MM-DD; default 7d).</source>
        <translation>24h, 7d, 30d, all oder VON..BIS (RFC 3339 oder JJJJ-MM-TT; Vorgabe 7d).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>Set the threat level by hand (1-4); needs --reason and --until.</source>
        <translation>Bedrohungslage von Hand festlegen (1-4); braucht --reason und --until.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>Why the level is set by hand (audited, shown on the page).</source>
        <translation>Warum die Stufe von Hand festgelegt wird (protokolliert, auf der Seite gezeigt).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>When the override ends: a duration (90m, 8h, 3d) or an RFC 3339 time.</source>
        <translation>Wann die Festlegung endet: eine Dauer (90m, 8h, 3d) oder eine RFC-3339-Zeit.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WANN</translation>
    </message>
    <message>
        <source>End the running override now.</source>
        <translation>Die laufende Festlegung jetzt beenden.</translation>
    </message>
    <message>
        <source>situation: unexpected argument &apos;%1&apos;.</source>
        <translation>situation: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>situation: %1</source>
        <translation>situation: %1</translation>
    </message>
    <message>
        <source>situation: --override and --clear-override exclude each other.</source>
        <translation>situation: --override und --clear-override schließen einander aus.</translation>
    </message>
    <message>
        <source>situation: --reason and --until belong to --override.</source>
        <translation>situation: --reason und --until gehören zu --override.</translation>
    </message>
    <message>
        <source>situation: --override takes a level 1, 2, 3 or 4.</source>
        <translation>situation: --override nimmt eine Stufe 1, 2, 3 oder 4.</translation>
    </message>
    <message>
        <source>situation: --override needs --reason TEXT.</source>
        <translation>situation: --override braucht --reason TEXT.</translation>
    </message>
    <message>
        <source>situation: --override needs --until with a duration (8h, 3d) or a time in the future.</source>
        <translation>situation: --override braucht --until mit einer Dauer (8h, 3d) oder einer Zeit in der Zukunft.</translation>
    </message>
    <message>
        <source>situation: no override of the threat level is running.</source>
        <translation>situation: es läuft keine manuelle Festlegung der Bedrohungslage.</translation>
    </message>
    <message>
        <source>Window: %1 (%2 – %3)</source>
        <translation>Zeitraum: %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Threat level: %1 (%2)</source>
        <translation>Bedrohungslage: %1 (%2)</translation>
    </message>
    <message>
        <source>set by hand by %1: %2 (until %3); the rules say %4</source>
        <translation>von Hand festgelegt von %1: %2 (bis %3); die Regeln sagen %4</translation>
    </message>
    <message>
        <source>Alerts: %1 (%2 matched intel)</source>
        <translation>Alarme: %1 (%2 mit Treffer in Erkenntnissen)</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>Top techniques:</source>
        <translation>Häufigste Techniken:</translation>
    </message>
    <message>
        <source>Top indicators:</source>
        <translation>Häufigste Indikatoren:</translation>
    </message>
    <message>
        <source>Active campaigns and actors:</source>
        <translation>Aktive Kampagnen und Akteure:</translation>
    </message>
    <message>
        <source>Open incidents: %1; open partner warnings: %2</source>
        <translation>Offene Vorfälle: %1; offene Partnerwarnungen: %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Freeze the situation picture (create), list snapshots, or show what changed between two (diff A [B], B defaults to now).</source>
        <translation>Lagebild festhalten (create), Schnappschüsse auflisten oder zeigen, was sich zwischen zweien geändert hat (diff A [B], B ist sonst jetzt).</translation>
    </message>
    <message>
        <source>create, list or diff A [B].</source>
        <translation>create, list oder diff A [B].</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>create: a label for the snapshot.</source>
        <translation>create: eine Bezeichnung für den Schnappschuss.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>create: the window of the frozen figures (default 7d).</source>
        <translation>create: der Zeitraum der festgehaltenen Zahlen (Vorgabe 7d).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>snapshot: name an action: create, list or diff.</source>
        <translation>snapshot: eine Aktion angeben: create, list oder diff.</translation>
    </message>
    <message>
        <source>snapshot %1: unexpected argument &apos;%2&apos;.</source>
        <translation>snapshot %1: unerwartetes Argument „%2“.</translation>
    </message>
    <message>
        <source>snapshot diff: name one snapshot (compared with now) or two.</source>
        <translation>snapshot diff: einen Schnappschuss (mit jetzt verglichen) oder zwei angeben.</translation>
    </message>
    <message>
        <source>snapshot: unknown action &apos;%1&apos; (create, list or diff).</source>
        <translation>snapshot: unbekannte Aktion „%1“ (create, list oder diff).</translation>
    </message>
    <message>
        <source>snapshot %1: --label and --window belong to &apos;snapshot create&apos;.</source>
        <translation>snapshot %1: --label und --window gehören zu „snapshot create“.</translation>
    </message>
    <message>
        <source>snapshot diff: &apos;%1&apos; is not a snapshot id (see &apos;snapshot list&apos;).</source>
        <translation>snapshot diff: „%1“ ist keine Schnappschuss-Nummer (siehe „snapshot list“).</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>snapshot: %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>No snapshots yet: &apos;lagebild snapshot create&apos; freezes the situation picture.</source>
        <translation>Noch keine Schnappschüsse: „lagebild snapshot create“ hält das Lagebild fest.</translation>
    </message>
    <message>
        <source>Threat level: %1 → %2</source>
        <translation>Bedrohungslage: %1 → %2</translation>
    </message>
    <message>
        <source>alerts %1</source>
        <translation>Alarme %1</translation>
    </message>
</context>
<context>
    <name>SnapshotRepository</name>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Es gibt keinen Schnappschuss %1.</translation>
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
    <message>
        <source>closed, %1</source>
        <translation>geschlossen, %1</translation>
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
    <name>Sync</name>
    <message>
        <source>%1: the environment variable %2 that should hold the secret is not set.</source>
        <translation>%1: Die Umgebungsvariable %2, die das Geheimnis enthalten soll, ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>%1: no temporary folder for the downloaded pages (%2).</source>
        <translation>%1: kein temporärer Ordner für die heruntergeladenen Seiten (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the downloaded page to %2.</source>
        <translation>%1: Die heruntergeladene Seite kann nicht nach %2 geschrieben werden.</translation>
    </message>
    <message>
        <source>%1: %2 was not stored: %3</source>
        <translation>%1: %2 wurde nicht gespeichert: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be deleted from the OS keychain (%2); delete the entry &quot;%3&quot; of Lagebild there yourself.</source>
        <translation>Das Geheimnis von „%1“ konnte nicht aus dem Schlüsselbund gelöscht werden (%2); löschen Sie den Eintrag „%3“ von Lagebild dort selbst.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: enter the secret to keep in the OS keychain.</source>
        <translation>Feed „%1“: Geben Sie das Geheimnis ein, das im Schlüsselbund abgelegt werden soll.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the OS keychain holds no secret for it; enter the secret again.</source>
        <translation>Feed „%1“: Der Schlüsselbund enthält kein Geheimnis dafür; geben Sie das Geheimnis erneut ein.</translation>
    </message>
    <message>
        <source>no OS keychain is available here</source>
        <translation>hier ist kein Schlüsselbund des Betriebssystems verfügbar</translation>
    </message>
    <message>
        <source>%1: the secret is kept in the OS keychain, but no keychain is available to this program. Run it where the keychain is, or add the feed again with --secret-env VAR.</source>
        <translation>%1: Das Geheimnis liegt im Schlüsselbund des Betriebssystems, aber diesem Programm steht kein Schlüsselbund zur Verfügung. Starten Sie es dort, wo der Schlüsselbund ist, oder fügen Sie den Feed mit --secret-env VAR erneut hinzu.</translation>
    </message>
    <message>
        <source>%1: cannot read the secret from the OS keychain: %2</source>
        <translation>%1: Das Geheimnis kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the OS keychain holds no secret for this feed (entry &quot;%2&quot; of Lagebild). Enter it again in the feed&apos;s settings, or remove the feed and add it again with --secret-stdin.</source>
        <translation>%1: Der Schlüsselbund enthält kein Geheimnis für diesen Feed (Eintrag „%2“ von Lagebild). Geben Sie es in den Feed-Einstellungen erneut ein oder entfernen Sie den Feed und fügen Sie ihn mit --secret-stdin erneut hinzu.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: no OS keychain is available here; name an environment variable that holds the secret instead (--secret-env VAR).</source>
        <translation>Feed „%1“: Hier ist kein Schlüsselbund verfügbar; nennen Sie stattdessen eine Umgebungsvariable, die das Geheimnis enthält (--secret-env VAR).</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: cannot keep the secret in the OS keychain: %2</source>
        <translation>Feed „%1“: Das Geheimnis kann nicht im Schlüsselbund abgelegt werden: %2</translation>
    </message>
    <message>
        <source>A feed needs a name.</source>
        <translation>Ein Feed benötigt einen Namen.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: %2</source>
        <translation>Feed &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: &quot;%2&quot; is not a TLP level; use clear, green, amber, amber+strict or red.</source>
        <translation>Feed &quot;%1&quot;: &quot;%2&quot; ist keine TLP-Stufe; clear, green, amber, amber+strict oder red verwenden.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: a TAXII feed needs --collection (the collection&apos;s id or title).</source>
        <translation>Feed &quot;%1&quot;: Ein TAXII-Feed erfordert --collection (ID oder Titel der Collection).</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: this authentication needs a secret: --secret-stdin keeps it in the OS keychain, --secret-env VAR names the environment variable that holds it.</source>
        <translation>Feed „%1“: Diese Authentifizierung braucht ein Geheimnis: --secret-stdin legt es im Schlüsselbund ab, --secret-env VAR nennt die Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the secret is either in the OS keychain or in an environment variable, not both.</source>
        <translation>Feed „%1“: Das Geheimnis liegt entweder im Schlüsselbund oder in einer Umgebungsvariable, nicht in beiden.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: this authentication uses no secret; choose basic, bearer or apikey to keep one in the keychain.</source>
        <translation>Feed „%1“: Diese Authentifizierung verwendet kein Geheimnis; wählen Sie basic, bearer oder apikey, um eines im Schlüsselbund abzulegen.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: client-certificate authentication needs a certificate and a key file.</source>
        <translation>Feed &quot;%1&quot;: Authentifizierung per Client-Zertifikat erfordert eine Zertifikats- und eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: confidence must be between 0 and 100.</source>
        <translation>Feed &quot;%1&quot;: Die Konfidenz muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>the OS keychain refused access (%1); unlock it and try again.</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1); entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>no usable OS keychain here (%1).</source>
        <translation>hier ist kein nutzbarer Schlüsselbund vorhanden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled after %n page(s); the next sync resumes there.</source>
        <translation>
            <numerusform>%1: nach %n Seite abgebrochen; die nächste Synchronisierung setzt dort fort.</numerusform>
            <numerusform>%1: nach %n Seiten abgebrochen; die nächste Synchronisierung setzt dort fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1: %n Seite</numerusform>
            <numerusform>%1: %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the OS keychain did not answer within %n second(s); if it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; falls er entsperrt werden will, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; falls er entsperrt werden will, entsperren Sie ihn und versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the time limit must be between 1 and %2 seconds.</source>
        <translation>Feed „%1“: Das Zeitlimit muss zwischen 1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>%1: the server is still working on page %2 (%3 s of at most %4 s)</source>
        <translation>%1: Der Server arbeitet noch an Seite %2 (%3 s von höchstens %4 s)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) the feed lists could not be fetched; everything else was stored and the next sync tries them again: %2</source>
        <translation>
            <numerusform>%1: %n Eintrag, den der Feed auflistet, konnte nicht abgerufen werden; alles andere wurde gespeichert, und die nächste Synchronisierung versucht ihn erneut: %2</numerusform>
            <numerusform>%1: %n Einträge, die der Feed auflistet, konnten nicht abgerufen werden; alles andere wurde gespeichert, und die nächste Synchronisierung versucht sie erneut: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: unknown kind &quot;%2&quot;; use one of %3.</source>
        <translation>Feed „%1“: unbekannte Art „%2“; eine von %3 verwenden.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch what is new from the configured feeds.</source>
        <translation>Neues von den konfigurierten Feeds abrufen.</translation>
    </message>
    <message>
        <source>Feeds to sync (default: every enabled feed).</source>
        <translation>Zu synchronisierende Feeds (Standard: alle aktivierten Feeds).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>No enabled feed is configured; &apos;lagebild feeds add&apos; adds one.</source>
        <translation>Kein aktivierter Feed konfiguriert; &apos;lagebild feeds add&apos; fügt einen hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), %1 added, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>
            <numerusform>%Ln Seite, %1 neu, %2 aktualisiert, %3 unverändert, %4 abgelehnt</numerusform>
            <numerusform>%Ln Seiten, %1 neu, %2 aktualisiert, %3 unverändert, %4 abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatLevel</name>
    <message numerus="yes">
        <source>%n open incident(s) of severity 1 (critical)</source>
        <translation>
            <numerusform>%n offener Vorfall mit Schweregrad 1 (kritisch)</numerusform>
            <numerusform>%n offene Vorfälle mit Schweregrad 1 (kritisch)</numerusform>
        </translation>
    </message>
    <message>
        <source>An open incident of severity 1 (critical)</source>
        <translation>Ein offener Vorfall mit Schweregrad 1 (kritisch)</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) of severity 1 match partner intelligence</source>
        <translation>
            <numerusform>%n offener Alarm mit Schweregrad 1 trifft Partner-Erkenntnisse</numerusform>
            <numerusform>%n offene Alarme mit Schweregrad 1 treffen Partner-Erkenntnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts matching intelligence rose to %L1 from %L2 in the previous period</source>
        <translation>Alarme mit Treffer in Erkenntnissen stiegen auf %L1 von %L2 im vorigen Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n offener Vorfall</numerusform>
            <numerusform>%n offene Vorfälle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the period match partner intelligence</source>
        <translation>
            <numerusform>%n Alarm im Zeitraum trifft Partner-Erkenntnisse</numerusform>
            <numerusform>%n Alarme im Zeitraum treffen Partner-Erkenntnisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner warning(s) are new or marked as applying</source>
        <translation>
            <numerusform>%n Partnerwarnung ist neu oder als zutreffend markiert</numerusform>
            <numerusform>%n Partnerwarnungen sind neu oder als zutreffend markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner report(s) in the period state a high threat level</source>
        <translation>
            <numerusform>%n Partnerbericht im Zeitraum nennt eine hohe Bedrohungsstufe</numerusform>
            <numerusform>%n Partnerberichte im Zeitraum nennen eine hohe Bedrohungsstufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No open incident, no alert matching intelligence, no open partner warning</source>
        <translation>Kein offener Vorfall, kein Alarm mit Treffer in Erkenntnissen, keine offene Partnerwarnung</translation>
    </message>
    <message>
        <source>Grey – no notable findings</source>
        <translation>Grau – ohne wesentliche Auffälligkeiten</translation>
    </message>
    <message>
        <source>Yellow – increased watch</source>
        <translation>Gelb – verstärkte Beobachtung</translation>
    </message>
    <message>
        <source>Orange – business-critical</source>
        <translation>Orange – geschäftskritisch</translation>
    </message>
    <message>
        <source>Red – extremely critical</source>
        <translation>Rot – extrem kritisch</translation>
    </message>
    <message>
        <source>The IT threat situation is at a persistently high level without notable findings.</source>
        <translation>Die IT-Bedrohungslage ist ohne wesentliche Auffälligkeiten auf anhaltend hohem Niveau.</translation>
    </message>
    <message>
        <source>IT threat situation with increased watch of findings and temporary impairment of regular operations.</source>
        <translation>IT-Bedrohungslage mit verstärkter Beobachtung von Auffälligkeiten unter temporärer Beeinträchtigung des Regelbetriebs.</translation>
    </message>
    <message>
        <source>The IT threat situation is business-critical: massive impairment of regular operations.</source>
        <translation>Die IT-Bedrohungslage ist geschäftskritisch: massive Beeinträchtigung des Regelbetriebs.</translation>
    </message>
    <message>
        <source>The IT threat situation is extremely critical: many services fail, regular operations cannot be maintained.</source>
        <translation>Die IT-Bedrohungslage ist extrem kritisch: Ausfall vieler Dienste, der Regelbetrieb kann nicht aufrechterhalten werden.</translation>
    </message>
</context>
<context>
    <name>ThreatOverrides</name>
    <message>
        <source>The threat level is 1, 2, 3 or 4, not %1.</source>
        <translation>Die Bedrohungslage ist 1, 2, 3 oder 4, nicht %1.</translation>
    </message>
    <message>
        <source>An override of the threat level needs a reason.</source>
        <translation>Eine manuelle Festlegung der Bedrohungslage braucht eine Begründung.</translation>
    </message>
    <message>
        <source>An override must end in the future.</source>
        <translation>Eine manuelle Festlegung muss in der Zukunft enden.</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>Manage the producers&apos; minisign public keys that signed files are verified against.</source>
        <translation>Die öffentlichen minisign-Schlüssel der Erzeuger verwalten, gegen die signierte Dateien geprüft werden.</translation>
    </message>
    <message>
        <source>list: print the trusted keys as one JSON document.</source>
        <translation>list: vertrauenswürdige Schlüssel als ein einzelnes JSON-Dokument ausgeben.</translation>
    </message>
    <message>
        <source>add NAME PUBKEY_FILE (a minisign public key file), list, or remove NAME.</source>
        <translation>add NAME PUBKEY_FILE (eine öffentliche minisign-Schlüsseldatei), list oder remove NAME.</translation>
    </message>
    <message>
        <source>The producer name, and for add the public key file.</source>
        <translation>Name des Erzeugers und bei add die Datei mit dem öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>trust: use &apos;trust add NAME PUBKEY_FILE&apos;, &apos;trust list [--json]&apos; or &apos;trust remove NAME&apos;.</source>
        <translation>trust: &apos;trust add NAME PUBKEY_FILE&apos;, &apos;trust list [--json]&apos; oder &apos;trust remove NAME&apos; verwenden.</translation>
    </message>
    <message>
        <source>trust add: &quot;%1&quot; is not a usable name: use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>trust add: &quot;%1&quot; ist kein verwendbarer Name: 1-64 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; oder &apos;@&apos; verwenden.</translation>
    </message>
    <message>
        <source>trust add: %1</source>
        <translation>trust add: %1</translation>
    </message>
    <message>
        <source>Trusted producer &quot;%1&quot; with key %2.</source>
        <translation>Vertrauenswürdiger Erzeuger &quot;%1&quot; mit Schlüssel %2.</translation>
    </message>
    <message>
        <source>trust list: %1</source>
        <translation>trust list: %1</translation>
    </message>
    <message>
        <source>last sequence: %1</source>
        <translation>letzte Sequenz: %1</translation>
    </message>
    <message>
        <source>No trusted keys. Add one with &apos;lagebild trust add NAME PUBKEY_FILE&apos;.</source>
        <translation>Keine vertrauenswürdigen Schlüssel. Mit &apos;lagebild trust add NAME PUBKEY_FILE&apos; einen hinzufügen.</translation>
    </message>
    <message>
        <source>trust remove: %1</source>
        <translation>trust remove: %1</translation>
    </message>
    <message>
        <source>trust remove: no trusted producer named &quot;%1&quot; (&apos;lagebild trust list&apos;).</source>
        <translation>trust remove: kein vertrauenswürdiger Erzeuger namens &quot;%1&quot; (&apos;lagebild trust list&apos;).</translation>
    </message>
    <message>
        <source>Removed the trusted producer &quot;%1&quot;; files signed with its key are refused from now on.</source>
        <translation>Vertrauenswürdiger Erzeuger &quot;%1&quot; entfernt; mit seinem Schlüssel signierte Dateien werden ab jetzt abgelehnt.</translation>
    </message>
</context>
<context>
    <name>TrustRepository</name>
    <message>
        <source>A producer named &quot;%1&quot; is already trusted; remove it first.</source>
        <translation>Einem Erzeuger namens &quot;%1&quot; wird bereits vertraut; zuerst entfernen.</translation>
    </message>
    <message>
        <source>The key %1 is already trusted as &quot;%2&quot;.</source>
        <translation>Dem Schlüssel %1 wird bereits als &quot;%2&quot; vertraut.</translation>
    </message>
    <message>
        <source>Could not reserve a bundle sequence number.</source>
        <translation>Es konnte keine Bundle-Sequenznummer reserviert werden.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>There is no warning %1 in %2.</source>
        <translation>Es gibt keine Warnung %1 in %2.</translation>
    </message>
    <message>
        <source>%1 is not a recommendation of the warning %2.</source>
        <translation>%1 ist keine Empfehlung der Warnung %2.</translation>
    </message>
</context>
<context>
    <name>ZeekReader</name>
    <message>
        <source>Reading Zeek notices</source>
        <translation>Zeek-Notices werden gelesen</translation>
    </message>
    <message>
        <source>no notices found</source>
        <translation>keine Notices gefunden</translation>
    </message>
    <message>
        <source>%1 is not a Zeek notice log: neither a TSV log with a #fields header nor JSON lines (first problem at %2: %3).</source>
        <translation>%1 ist kein Zeek-Notice-Log: weder ein TSV-Log mit #fields-Kopfzeile noch JSON-Zeilen (erstes Problem bei %2: %3).</translation>
    </message>
    <message>
        <source>Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged local time, import again with that zone offset.</source>
        <translation>Die Zeitstempel in %1 enthalten keine Zeitzone; sie wurden als %2 gelesen. Falls der Sensor Ortszeit protokolliert hat, mit diesem Zeitzonen-Offset erneut importieren.</translation>
    </message>
    <message>
        <source>Notice without a &quot;note&quot;.</source>
        <translation>Notice ohne &quot;note&quot;.</translation>
    </message>
    <message>
        <source>%1 is a Zeek &quot;%2&quot; log, not a notice log; only notice.log can be imported as alerts.</source>
        <translation>%1 ist ein Zeek-Log vom Typ &quot;%2&quot;, kein Notice-Log; nur notice.log kann als Alarme importiert werden.</translation>
    </message>
    <message>
        <source>%1 is a Zeek log without &quot;ts&quot; and &quot;note&quot; columns, not a notice log.</source>
        <translation>%1 ist ein Zeek-Log ohne die Spalten &quot;ts&quot; und &quot;note&quot;, kein Notice-Log.</translation>
    </message>
    <message>
        <source>Data before the #fields header.</source>
        <translation>Daten vor der #fields-Kopfzeile.</translation>
    </message>
    <message>
        <source>The line has %1 fields; the #fields header names %2.</source>
        <translation>Die Zeile hat %1 Felder; die #fields-Kopfzeile nennt %2.</translation>
    </message>
    <message>
        <source>Notice without a time stamp (ts).</source>
        <translation>Notice ohne Zeitstempel (ts).</translation>
    </message>
    <message>
        <source>Unreadable time stamp &quot;%1&quot;.</source>
        <translation>Unlesbarer Zeitstempel &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1).</source>
        <translation>Kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>Not a Zeek record: a JSON object was expected.</source>
        <translation>Kein Zeek-Datensatz: Ein JSON-Objekt wurde erwartet.</translation>
    </message>
    <message>
        <source>Zeek &quot;%1&quot; record, not a notice: counted, not imported.</source>
        <translation>Zeek-Datensatz vom Typ &quot;%1&quot;, keine Notice: gezählt, nicht importiert.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import abgebrochen.</translation>
    </message>
    <message>
        <source>Line is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>Zeile ist %1 Byte lang; die Obergrenze ist %2 Byte. Sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 holds no notices.</source>
        <translation>%1 enthält keine Notices.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>Zeile %1, Byte %2</translation>
    </message>
</context>
<context>
    <name>lagebild::items::AlertTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Intel matches</source>
        <translation>Erkenntnis-Treffer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Closed: false positive</source>
        <translation>Geschlossen: Fehlalarm</translation>
    </message>
    <message>
        <source>Closed: true positive</source>
        <translation>Geschlossen: echter Treffer</translation>
    </message>
    <message>
        <source>Closed: benign</source>
        <translation>Geschlossen: harmlos</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>1 high</source>
        <translation>1 hoch</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 mittel</translation>
    </message>
    <message>
        <source>3 low</source>
        <translation>3 niedrig</translation>
    </message>
    <message>
        <source>4 info</source>
        <translation>4 Info</translation>
    </message>
    <message>
        <source>Closed: no resolution</source>
        <translation>Geschlossen: ohne Erledigung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Threat actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Intrusion set</source>
        <translation>Angriffsgruppe</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Schadsoftware</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Schwachstelle</translation>
    </message>
</context>
<context>
    <name>lagebild::items::FeedTableModel</name>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n page(s), %1 added, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>
            <numerusform>ok: %n Seite, %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 abgelehnt</numerusform>
            <numerusform>ok: %n Seiten, %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (aus)</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>alle %n min</numerusform>
            <numerusform>alle %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>wird synchronisiert…</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Letzter Erfolg</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
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
    <name>lagebild::items::WarningModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Applies to us</source>
        <translation>Betrifft uns</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigiert</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
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
    <name>lagebild::ui::AlertDetailPane</name>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Alarm auswählen, um Details anzuzeigen.</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alarm %1</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>ATT&amp;CK-Techniken: %1</translation>
    </message>
    <message>
        <source>Matched intelligence</source>
        <translation>Passende Erkenntnisse</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>nicht gekennzeichnet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Related alerts</source>
        <translation>Verwandte Alarme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>Rohdatensatz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signature ID</source>
        <translation>Signatur-ID</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>Flow-ID</translation>
    </message>
    <message>
        <source>Intel matches</source>
        <translation>Erkenntnis-Treffer</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>%1 %2 · TLP %3 · confidence %4 · from %5</source>
        <translation>%1 %2 · TLP %3 · Konfidenz %4 · von %5</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indikator: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message numerus="yes">
        <source>Same source %1: %n other alert(s)</source>
        <translation>
            <numerusform>Gleiche Quelle %1: %n weiterer Alarm</numerusform>
            <numerusform>Gleiche Quelle %1: %n weitere Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same destination %1: %n other alert(s)</source>
        <translation>
            <numerusform>Gleiches Ziel %1: %n weiterer Alarm</numerusform>
            <numerusform>Gleiches Ziel %1: %n weitere Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same signature %1: %n other alert(s)</source>
        <translation>
            <numerusform>Gleiche Signatur %1: %n weiterer Alarm</numerusform>
            <numerusform>Gleiche Signatur %1: %n weitere Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the selected alerts (Enter)</source>
        <translation>Notiz zu den gewählten Alarmen (Enter)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AttackHeatmap</name>
    <message numerus="yes">
        <source>(+%n sub)</source>
        <translation>
            <numerusform>(+%n Untertechnik)</numerusform>
            <numerusform>(+%n Untertechniken)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm</numerusform>
            <numerusform>%Ln Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intel</source>
        <translation>
            <numerusform>%Ln Intel</numerusform>
            <numerusform>%Ln Intel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln incident(s)</source>
        <translation>
            <numerusform>%Ln Vorfall</numerusform>
            <numerusform>%Ln Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer: %1</source>
        <translation>Ebene: %1</translation>
    </message>
    <message>
        <source>Enter or a click opens these alerts in Triage.</source>
        <translation>Enter oder ein Klick öffnet diese Alarme in der Triage.</translation>
    </message>
    <message>
        <source>No alert in the window carries this technique.</source>
        <translation>Kein Alarm im Zeitraum trägt diese Technik.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type to find an action</source>
        <translation>Tippen, um eine Aktion zu finden</translation>
    </message>
    <message>
        <source>%1    %2</source>
        <translation>%1    %2</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>No action matches “%1”.</source>
        <translation>Keine Aktion passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::DemoController</name>
    <message>
        <source>Load &amp;Demo Situation</source>
        <translation>&amp;Demo-Lage laden</translation>
    </message>
    <message>
        <source>Fill the empty database with a realistic, made-up situation to explore Lagebild</source>
        <translation>Die leere Datenbank mit einer realistischen, erfundenen Lage füllen, um Lagebild zu erkunden</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Loading the demo situation…</source>
        <translation>Demo-Lage wird geladen…</translation>
    </message>
    <message>
        <source>Loading the demo situation was cancelled.</source>
        <translation>Das Laden der Demo-Lage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Demo situation loaded: %Ln alert(s), </source>
        <translation>
            <numerusform>Demo-Lage geladen: %Ln Alarm, </numerusform>
            <numerusform>Demo-Lage geladen: %Ln Alarme, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner warning(s), </source>
        <translation>
            <numerusform>%n Partnerwarnung, </numerusform>
            <numerusform>%n Partnerwarnungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n Vorfall.</numerusform>
            <numerusform>%n Vorfälle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FacetButton</name>
    <message>
        <source>%1 (%L2)</source>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>%1: %2 +%3</source>
        <translation>%1: %2 +%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Feed bearbeiten</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Feed hinzufügen</translation>
    </message>
    <message>
        <source>e.g. cert-eu</source>
        <translation>z. B. cert-eu</translation>
    </message>
    <message>
        <source>https://… (TAXII: discovery or API root)</source>
        <translation>https://… (TAXII: Discovery oder API-Root)</translation>
    </message>
    <message>
        <source>collection id or title</source>
        <translation>ID oder Titel der Collection</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Benutzer und Passwort</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key (MISP)</source>
        <translation>API-Schlüssel (MISP)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>name of the environment variable holding the secret</source>
        <translation>Name der Umgebungsvariable mit dem Geheimnis</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>PEM-Datei</translation>
    </message>
    <message>
        <source>PEM file with the CA certificates for this feed (optional)</source>
        <translation>PEM-Datei mit den CA-Zertifikaten für diesen Feed (optional)</translation>
    </message>
    <message>
        <source>sha256/BASE64 of the server key (optional)</source>
        <translation>sha256/BASE64 des Serverschlüssels (optional)</translation>
    </message>
    <message>
        <source>host:port (optional)</source>
        <translation>host:port (optional)</translation>
    </message>
    <message>
        <source>(keep unmarked)</source>
        <translation>(unmarkiert lassen)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>manual only</source>
        <translation>nur manuell</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Collection:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Secret &amp;variable:</source>
        <translation>&amp;Geheimnis-Variable:</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>C&amp;A-Datei:</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>&amp;Pin:</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>&amp;TLP of unmarked data:</source>
        <translation>&amp;TLP unmarkierter Daten:</translation>
    </message>
    <message>
        <source>C&amp;onfidence of unmarked indicators:</source>
        <translation>K&amp;onfidenz unmarkierter Indikatoren:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronisierung a&amp;lle:</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>im Schlüsselbund abgelegt; leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <source>Secret &amp;kept in:</source>
        <translation>Geheimnis &amp;abgelegt in:</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>Pass&amp;wort oder Token:</translation>
    </message>
    <message>
        <source>Secrets are never stored in the database: Lagebild keeps them in the OS keychain, or reads them at sync time from an environment variable you name.</source>
        <translation>Geheimnisse werden nie in der Datenbank gespeichert: Lagebild legt sie im Schlüsselbund des Betriebssystems ab oder liest sie beim Abgleich aus einer Umgebungsvariable, die Sie nennen.</translation>
    </message>
    <message>
        <source>This authentication uses no secret.</source>
        <translation>Diese Authentifizierung verwendet kein Geheimnis.</translation>
    </message>
    <message>
        <source>The secret is kept in the OS keychain (entry &quot;%1&quot; of Lagebild), never in the database.</source>
        <translation>Das Geheimnis liegt im Schlüsselbund des Betriebssystems (Eintrag „%1“ von Lagebild), nie in der Datenbank.</translation>
    </message>
    <message>
        <source>The secret is read at sync time from the environment variable named above.</source>
        <translation>Das Geheimnis wird beim Abgleich aus der oben genannten Umgebungsvariable gelesen.</translation>
    </message>
    <message>
        <source>No OS keychain is available here (%1). The secret is read at sync time from the environment variable named above.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar (%1). Das Geheimnis wird beim Abgleich aus der oben genannten Umgebungsvariable gelesen.</translation>
    </message>
    <message>
        <source>Enter the password or token to keep in the OS keychain.</source>
        <translation>Geben Sie das Passwort oder Token ein, das im Schlüsselbund abgelegt werden soll.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one request may take, from sending it to the last byte of the answer. Some servers think for half a minute or more before they answer a large query.</source>
        <translation>Wie lange eine Anfrage dauern darf, vom Senden bis zum letzten Byte der Antwort. Manche Server rechnen eine halbe Minute oder länger, bevor sie eine große Abfrage beantworten.</translation>
    </message>
    <message>
        <source>Time li&amp;mit per request:</source>
        <translation>Zeit&amp;limit pro Anfrage:</translation>
    </message>
    <message>
        <source>Key of the client certificate</source>
        <translation>Schlüssel des Client-Zertifikats</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FeedsPage</name>
    <message>
        <source>&amp;Add feed…</source>
        <translation>Feed &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No partner feeds</source>
        <translation>Keine Partner-Feeds</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync a&amp;ll</source>
        <translation>&amp;Alle synchronisieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Feed added.</source>
        <translation>Feed hinzugefügt.</translation>
    </message>
    <message>
        <source>Feed saved.</source>
        <translation>Feed gespeichert.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Feed entfernen</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot;? What it brought stays in the cache.</source>
        <translation>Feed &quot;%1&quot; entfernen? Was er geliefert hat, bleibt im Cache.</translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation>Feed entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>%n Feed wird synchronisiert…</numerusform>
            <numerusform>%n Feeds werden synchronisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: Verbindung wird aufgebaut…</translation>
    </message>
    <message>
        <source>Cancelling… the page being fetched is not stored; the next sync resumes after the last stored page.</source>
        <translation>Wird abgebrochen… Die gerade abgerufene Seite wird nicht gespeichert; die nächste Synchronisierung setzt nach der letzten gespeicherten Seite fort.</translation>
    </message>
    <message>
        <source>this window runs without one</source>
        <translation>dieses Fenster läuft ohne einen</translation>
    </message>
    <message>
        <source>Asking the OS keychain…</source>
        <translation>Schlüsselbund wird abgefragt …</translation>
    </message>
    <message>
        <source>API root on another server</source>
        <translation>API-Root auf einem anderen Server</translation>
    </message>
    <message>
        <source>The discovery document of feed &quot;%1&quot; names its API root on another server:

%2

Lagebild did not follow it: the feed&apos;s credentials would go to that server. Make this URL the feed&apos;s URL, so that the next sync uses it?</source>
        <translation>Das Discovery-Dokument des Feeds „%1“ nennt seinen API-Root auf einem anderen Server:

%2

Lagebild ist dem nicht gefolgt: Die Zugangsdaten des Feeds gingen an jenen Server. Diese URL als URL des Feeds eintragen, damit die nächste Synchronisierung sie verwendet?</translation>
    </message>
    <message>
        <source>%1: the API root is now the feed&apos;s URL; sync again.</source>
        <translation>%1: Der API-Root ist jetzt die URL des Feeds; erneut synchronisieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %Ln page(s), %2 added, %3 updated</source>
        <translation>
            <numerusform>%1: ok, %Ln Seite, %2 neu, %3 aktualisiert</numerusform>
            <numerusform>%1: ok, %Ln Seiten, %2 neu, %3 aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the TAXII 2.1 collections, MISP servers and feeds of your partners; Lagebild syncs them on demand or on a schedule and shows each feed&apos;s last run here.

Nothing connects anywhere until you add and enable a feed. Air-gapped sites import files (signed bundles included) with File → Import files… or Import folder…</source>
        <translation>Fügen Sie die TAXII-2.1-Collections, MISP-Server und Feeds Ihrer Partner hinzu; Lagebild synchronisiert sie auf Anforderung oder nach Zeitplan und zeigt hier den letzten Lauf jedes Feeds.

Nichts verbindet sich irgendwohin, bevor Sie einen Feed hinzufügen und aktivieren. Abgeschottete Standorte importieren Dateien (auch signierte Bundles) mit Datei → Dateien importieren… oder Ordner importieren…</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportController</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Ordner importieren</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportOptionsDialog</name>
    <message>
        <source>Import options</source>
        <translation>Importoptionen</translation>
    </message>
    <message>
        <source>As marked in the files</source>
        <translation>Wie in den Dateien markiert</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Recognise each value</source>
        <translation>Jeden Wert erkennen</translation>
    </message>
    <message>
        <source>TLP of unmarked objects:</source>
        <translation>TLP unmarkierter Objekte:</translation>
    </message>
    <message>
        <source>Source (partner):</source>
        <translation>Quelle (Partner):</translation>
    </message>
    <message>
        <source>Indicator lists, type of every value:</source>
        <translation>Indikatorlisten, Typ jedes Werts:</translation>
    </message>
    <message>
        <source>intelligence</source>
        <translation>Erkenntnissen</translation>
    </message>
    <message>
        <source>sensor alerts</source>
        <translation>Sensor-Alarmen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source> in no format Lagebild recognises.</source>
        <translation> in keinem Format, das Lagebild erkennt.</translation>
    </message>
    <message>
        <source> with %1.</source>
        <translation> mit %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Zeitzone dieses Rechners (%1)</translation>
    </message>
    <message>
        <source>Sensor timestamps without a zone are in:</source>
        <translation>Sensor-Zeitstempel ohne Zone sind in:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Importübersicht</translation>
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
    <message numerus="yes">
        <source>%n intel object(s) added</source>
        <translation>
            <numerusform>%n Erkenntnisobjekt neu</numerusform>
            <numerusform>%n Erkenntnisobjekte neu</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 updated</source>
        <translation>, %L1 aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) added</source>
        <translation>
            <numerusform>%n Alarm neu</numerusform>
            <numerusform>%n Alarme neu</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 already stored</source>
        <translation>, %L1 bereits gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n Datei gelesen</numerusform>
            <numerusform>%n Dateien gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Select a file or an issue to see all of it here.</source>
        <translation>Eine Datei oder einen Hinweis auswählen, um ihn hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objekt: %1</translation>
    </message>
    <message>
        <source>Alerts: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.</source>
        <translation>Alarme: %L1 neu, %L2 aktualisiert, %L3 unverändert, %L4 abgelehnt.</translation>
    </message>
    <message>
        <source>Intel objects: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.</source>
        <translation>Erkenntnisobjekte: %L1 neu, %L2 aktualisiert, %L3 unverändert, %L4 abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s).</source>
        <translation>
            <numerusform>%n Hinweis.</numerusform>
            <numerusform>%n Hinweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>In der Datei:</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IncidentPickerDialog</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln alert(s) to an incident</source>
        <translation>
            <numerusform>%Ln Alarm einem Vorfall hinzufügen</numerusform>
            <numerusform>%Ln Alarme einem Vorfall hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find an incident, or the title of a new one</source>
        <translation>Tippen, um einen Vorfall zu finden, oder den Titel eines neuen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Loading incidents…</source>
        <translation>Vorfälle werden geladen …</translation>
    </message>
    <message>
        <source>&amp;Add to incident</source>
        <translation>Zum Vorfall &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Neuer Vorfall …</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Neuer Vorfall …</translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation>Neuer Vorfall: %1</translation>
    </message>
    <message>
        <source>No incident matches. Enter creates a new incident with this title.</source>
        <translation>Kein Vorfall passt. Enter legt einen neuen Vorfall mit diesem Titel an.</translation>
    </message>
    <message>
        <source>Type the title of the new incident first, then press Enter on &quot;New incident&quot;.</source>
        <translation>Geben Sie zuerst den Titel des neuen Vorfalls ein und drücken Sie dann Enter auf „Neuer Vorfall“.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln incident(s). Enter adds the alerts to the highlighted one.</source>
        <translation>
            <numerusform>%L1 von %Ln Vorfall. Eingabe fügt die Alarme dem markierten hinzu.</numerusform>
            <numerusform>%L1 von %Ln Vorfällen. Eingabe fügt die Alarme dem markierten hinzu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IntelPage</name>
    <message>
        <source>No intelligence yet</source>
        <translation>Noch keine Bedrohungsinformationen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln intel object(s)</source>
        <translation>
            <numerusform>%Ln Erkenntnisobjekt</numerusform>
            <numerusform>%Ln Erkenntnisobjekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n type(s), </source>
        <translation>
            <numerusform> in %n Typ, </numerusform>
            <numerusform> in %n Typen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 revoked, %Ln observable(s) indexed for matching.</source>
        <translation>
            <numerusform>%L1 widerrufen, %Ln Observable für den Abgleich indiziert.</numerusform>
            <numerusform>%L1 widerrufen, %Ln Observables für den Abgleich indiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat intelligence from partners will be listed here by STIX type: indicators, malware, threat actors, attack patterns, reports and their relationships.

Import STIX 2.1, MISP events and feeds or indicator lists with File → Import files… or Import folder… or drop files and folders onto this window.</source>
        <translation>Erkenntnisse der Partner werden hier nach STIX-Typ aufgelistet: Indikatoren, Schadsoftware, Akteure, Angriffsmuster, Berichte und ihre Beziehungen.

Importieren Sie STIX 2.1, MISP-Events und -Feeds oder Indikatorlisten mit Datei → Dateien importieren… oder Ordner importieren…, oder ziehen Sie Dateien und Ordner auf dieses Fenster.</translation>
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
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
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
        <source>Incidents</source>
        <translation>Vorfälle</translation>
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
        <source>Briefings</source>
        <translation>Lageberichte</translation>
    </message>
    <message>
        <source>No briefings</source>
        <translation>Keine Lageberichte</translation>
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
    <message>
        <source>Import intelligence and sensor alerts into the local cache</source>
        <translation>Erkenntnisse und Sensor-Alarme in den lokalen Cache importieren</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>The incident list is still to come</source>
        <translation>Die Vorfallsliste folgt noch</translation>
    </message>
    <message>
        <source>Incidents group related alerts and intelligence into a timeline you can brief from.

Open and extend them on the Triage page: select alerts, then &quot;Create incident from selection…&quot; (Ctrl+Shift+N) or &quot;Add selection to incident…&quot; (Ctrl+Shift+E). This page does not list them yet; the Situation page counts them.</source>
        <translation>Vorfälle fassen zusammengehörige Alarme und Erkenntnisse zu einer Zeitleiste zusammen, aus der Sie berichten können.

Sie werden auf der Seite Triage angelegt und erweitert: Alarme auswählen, dann „Vorfall aus Auswahl erstellen…“ (Strg+Umschalt+N) oder „Auswahl zu Vorfall hinzufügen…“ (Strg+Umschalt+E). Diese Seite listet sie noch nicht auf; die Seite Lage zählt sie.</translation>
    </message>
    <message>
        <source>TLP-marked briefing PDFs for managers (German, English, French) will be made here from the situation picture.

Lagebild cannot write briefings yet.</source>
        <translation>TLP-gekennzeichnete Lageberichte als PDF für Führungskräfte (Deutsch, Englisch, Französisch) werden hier aus dem Lagebild erstellt.

Lagebild kann noch keine Lageberichte schreiben.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import every file in a folder and below it (removable media, MISP feeds)</source>
        <translation>Jede Datei in einem Ordner und darunter importieren (Wechseldatenträger, MISP-Feeds)</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Return to the page a chart or card opened Triage from</source>
        <translation>Zur Seite zurückkehren, von der ein Diagramm oder eine Kachel die Triage geöffnet hat</translation>
    </message>
    <message>
        <source>Opened from the %1 page; Alt+Left goes back.</source>
        <translation>Von der Seite %1 geöffnet; Alt+Links geht zurück.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::OverrideDialog</name>
    <message>
        <source>Set the threat level by hand</source>
        <translation>Bedrohungslage von Hand festlegen</translation>
    </message>
    <message>
        <source>Why (kept in the audit log and shown on the page)</source>
        <translation>Warum (im Prüfprotokoll festgehalten und auf der Seite gezeigt)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Set level</source>
        <translation>Stufe festlegen</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ProgressFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::RankedList</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ShortcutHelpDialog</name>
    <message>
        <source>Triage keyboard shortcuts</source>
        <translation>Tastenkürzel der Triage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationCharts</name>
    <message>
        <source>Alerts over time, by severity</source>
        <translation>Alarme im Zeitverlauf, nach Schweregrad</translation>
    </message>
    <message>
        <source>Alerts matching intelligence over time</source>
        <translation>Alarme mit Treffer in Erkenntnissen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Alerts by status</source>
        <translation>Alarme nach Status</translation>
    </message>
    <message>
        <source>Alerts by sensor</source>
        <translation>Alarme nach Sensor</translation>
    </message>
    <message>
        <source>Click or press Enter to open in Triage.</source>
        <translation>Klicken oder Enter drücken, um in der Triage zu öffnen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %Ln alert(s)</source>
        <translation>
            <numerusform>%1 · %2: %Ln Alarm</numerusform>
            <numerusform>%1 · %2: %Ln Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln alert(s) match intelligence</source>
        <translation>
            <numerusform>%1: %Ln Alarm trifft Erkenntnisse</numerusform>
            <numerusform>%1: %Ln Alarme treffen Erkenntnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched alerts</source>
        <translation>Alarme mit Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln alert(s)</source>
        <translation>
            <numerusform>%1: %Ln Alarm</numerusform>
            <numerusform>%1: %Ln Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationPage</name>
    <message>
        <source>No situation picture yet</source>
        <translation>Noch kein Lagebild</translation>
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
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>The situation picture brings partner intelligence and your own sensors&apos; alerts together: threat level, matched alerts, the most active threats.

The database is empty. Load the demo situation to explore Lagebild with made-up partner intelligence, alerts and incidents, or import your own data (STIX 2.1, MISP, indicator lists, Suricata, Zeek, Sigma).</source>
        <translation>Das Lagebild führt Erkenntnisse der Partner und Alarme Ihrer eigenen Sensoren zusammen: Bedrohungslage, Alarme mit Treffern, die aktivsten Bedrohungen.

Die Datenbank ist leer. Laden Sie die Demo-Lage, um Lagebild mit erfundenen Partner-Erkenntnissen, Alarmen und Vorfällen zu erkunden, oder importieren Sie eigene Daten (STIX 2.1, MISP, Indikatorlisten, Suricata, Zeek, Sigma).</translation>
    </message>
    <message>
        <source>Open the Intel page</source>
        <translation>Seite Erkenntnisse öffnen</translation>
    </message>
    <message>
        <source>Open the Incidents page</source>
        <translation>Seite Vorfälle öffnen</translation>
    </message>
    <message>
        <source>Open the Feeds page</source>
        <translation>Seite Feeds öffnen</translation>
    </message>
    <message>
        <source>&amp;Freeze situation picture</source>
        <translation>Lagebild &amp;festhalten</translation>
    </message>
    <message>
        <source>Store a snapshot of the figures and of the versions of every object behind them</source>
        <translation>Einen Schnappschuss der Zahlen und der Versionen aller Objekte dahinter speichern</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>Schna&amp;ppschüsse…</translation>
    </message>
    <message>
        <source>List snapshots and compare one with now or two with each other</source>
        <translation>Schnappschüsse auflisten und einen mit jetzt oder zwei miteinander vergleichen</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Alerts in the window</source>
        <translation>Alarme im Zeitraum</translation>
    </message>
    <message>
        <source>Matching intelligence</source>
        <translation>Mit Treffer in Erkenntnissen</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
    <message>
        <source>Open partner warnings</source>
        <translation>Offene Partnerwarnungen</translation>
    </message>
    <message>
        <source>Open the alerts of the window in Triage</source>
        <translation>Die Alarme des Zeitraums in der Triage öffnen</translation>
    </message>
    <message>
        <source>Open the alerts of the window that match intelligence in Triage</source>
        <translation>Die Alarme des Zeitraums mit Treffer in Erkenntnissen in der Triage öffnen</translation>
    </message>
    <message>
        <source>Open the Warnings page</source>
        <translation>Die Seite Warnungen öffnen</translation>
    </message>
    <message>
        <source>Key developments since the last snapshot</source>
        <translation>Wichtige Entwicklungen seit dem letzten Schnappschuss</translation>
    </message>
    <message>
        <source>Top ATT&amp;&amp;CK techniques</source>
        <translation>Häufigste ATT&amp;&amp;CK-Techniken</translation>
    </message>
    <message>
        <source>Top matched indicators</source>
        <translation>Häufigste getroffene Indikatoren</translation>
    </message>
    <message>
        <source>Active campaigns and threat actors</source>
        <translation>Aktive Kampagnen und Bedrohungsakteure</translation>
    </message>
    <message>
        <source>Custom window</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Von (erster Tag):</translation>
    </message>
    <message>
        <source>&amp;To (last day):</source>
        <translation>&amp;Bis (letzter Tag):</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No snapshot yet. &quot;Freeze situation picture&quot; (Ctrl+Shift+F) stores one; from then on this box says what changed since.</source>
        <translation>Noch kein Schnappschuss. „Lagebild festhalten“ (Strg+Umschalt+F) speichert einen; danach steht hier, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Since %1:</source>
        <translation>Seit %1:</translation>
    </message>
    <message>
        <source>Nothing of note changed.</source>
        <translation>Nichts Nennenswertes hat sich geändert.</translation>
    </message>
    <message>
        <source>No alert in the window carries an ATT&amp;CK technique.</source>
        <translation>Kein Alarm im Zeitraum trägt eine ATT&amp;CK-Technik.</translation>
    </message>
    <message>
        <source>No alert in the window matches an indicator.</source>
        <translation>Kein Alarm im Zeitraum trifft einen Indikator.</translation>
    </message>
    <message>
        <source>No campaign or threat actor is linked to this window&apos;s alerts or new in it.</source>
        <translation>Keine Kampagne und kein Bedrohungsakteur ist mit den Alarmen des Zeitraums verknüpft oder darin neu.</translation>
    </message>
    <message numerus="yes">
        <source>Situation picture frozen as snapshot %1 (%Ln object(s)).</source>
        <translation>
            <numerusform>Lagebild als Schnappschuss %1 festgehalten (%Ln Objekt).</numerusform>
            <numerusform>Lagebild als Schnappschuss %1 festgehalten (%Ln Objekte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay a Navigator layer over it…</source>
        <translation>Navigator-Ebene darüberlegen…</translation>
    </message>
    <message>
        <source>ATT&amp;CK Navigator layer</source>
        <translation>ATT&amp;CK-Navigator-Ebene</translation>
    </message>
    <message>
        <source>Navigator layers (*.json);;All files (*)</source>
        <translation>Navigator-Ebenen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove the layer</source>
        <translation>Ebene entfernen</translation>
    </message>
    <message>
        <source>The Navigator layer is no longer shown.</source>
        <translation>Die Navigator-Ebene wird nicht mehr gezeigt.</translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK heatmap (score = alerts + intel + incidents)</source>
        <translation>ATT&amp;&amp;CK-Heatmap (Wert = Alarme + Intel + Vorfälle)</translation>
    </message>
    <message>
        <source>No ATT&amp;CK data in the cache: import an ATT&amp;CK bundle (Enterprise, ICS or Mobile) to see the heatmap.</source>
        <translation>Keine ATT&amp;CK-Daten im Cache: ein ATT&amp;CK-Bundle (Enterprise, ICS oder Mobile) importieren, um die Heatmap zu sehen.</translation>
    </message>
    <message>
        <source>Domain %1: tactics as columns, techniques with their sub-techniques folded in, the most active on top. Enter or a click opens the alerts.</source>
        <translation>Domäne %1: Taktiken als Spalten, Techniken mit ihren Untertechniken zusammengefasst, die aktivsten oben. Enter oder ein Klick öffnet die Alarme.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Navigator layer %1 laid over the heatmap: %Ln technique(s) with a score.</source>
        <translation>
            <numerusform>Navigator-Ebene %1 über die Heatmap gelegt: %Ln Technik mit Wert.</numerusform>
            <numerusform>Navigator-Ebene %1 über die Heatmap gelegt: %Ln Techniken mit Wert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SnapshotDialog</name>
    <message>
        <source>Snapshots of the situation picture</source>
        <translation>Schnappschüsse des Lagebilds</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Festgehalten</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Bedrohungslage</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Select one snapshot to compare it with now, or two to compare them.</source>
        <translation>Einen Schnappschuss wählen, um ihn mit jetzt zu vergleichen, oder zwei, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare the two</source>
        <translation>Die beiden &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare with now</source>
        <translation>Mit jetzt &amp;vergleichen</translation>
    </message>
    <message>
        <source>No snapshots yet. &quot;Freeze situation picture&quot; on the Situation page makes one.</source>
        <translation>Noch keine Schnappschüsse. „Lagebild festhalten“ auf der Lagebild-Seite erstellt einen.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Vergleiche %1 mit %2…</translation>
    </message>
    <message>
        <source>Comparing %1 with now…</source>
        <translation>Vergleiche %1 mit jetzt…</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 bis %2</translation>
    </message>
    <message>
        <source>From %1 to now</source>
        <translation>Von %1 bis jetzt</translation>
    </message>
    <message>
        <source>Key developments</source>
        <translation>Wichtige Entwicklungen</translation>
    </message>
    <message>
        <source>Nothing of note changed.</source>
        <translation>Nichts Nennenswertes hat sich geändert.</translation>
    </message>
    <message>
        <source>Level (1–4)</source>
        <translation>Stufe (1–4)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Alarme</translation>
    </message>
    <message>
        <source>Matching intelligence</source>
        <translation>Mit Treffer in Erkenntnissen</translation>
    </message>
    <message>
        <source>Intelligence objects: added / removed / changed</source>
        <translation>Intel-Objekte: hinzugekommen / entfernt / geändert</translation>
    </message>
    <message>
        <source>No object added, removed or changed.</source>
        <translation>Kein Objekt hinzugekommen, entfernt oder geändert.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ThreatLevelBanner</name>
    <message>
        <source>Set level by hand…</source>
        <translation>Stufe von Hand festlegen…</translation>
    </message>
    <message>
        <source>End override</source>
        <translation>Festlegung beenden</translation>
    </message>
    <message>
        <source>Threat level (BSI scale)</source>
        <translation>Bedrohungslage (BSI-Skala)</translation>
    </message>
    <message>
        <source>The rules say %1 · %2: %3</source>
        <translation>Die Regeln sagen %1 · %2: %3</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Set by hand by %1 until %2: %3</source>
        <translation>Von Hand festgelegt von %1 bis %2: %3</translation>
    </message>
    <message>
        <source>Rules that hold (the first sets the level):</source>
        <translation>Zutreffende Regeln (die erste bestimmt die Stufe):</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::TriageFilterBar</name>
    <message>
        <source>Search signatures, categories, addresses… ( / )</source>
        <translation>Signaturen, Kategorien, Adressen suchen… ( / )</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>All sensors</source>
        <translation>Alle Sensoren</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Bearbeiter</translation>
    </message>
    <message>
        <source>&amp;Matched intel only</source>
        <translation>Nur mit &amp;Erkenntnis-Treffer</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Incident </source>
        <translation>Vorfall </translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>Beliebiger Vorfall</translation>
    </message>
    <message>
        <source>Technique (T1059)</source>
        <translation>Technik (T1059)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Sensor</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <source>Searches the alerts&apos; own fields: whole words, all of which must occur. End a word with * to match its beginning (emot*). Threat actors, campaigns and malware whose name matches are offered below the search as filters.</source>
        <translation>Durchsucht die Felder der Alarme selbst: ganze Wörter, die alle vorkommen müssen. Ein Wort mit * am Ende findet seinen Anfang (emot*). Akteure, Kampagnen und Schadsoftware, deren Name passt, werden unter der Suche als Filter angeboten.</translation>
    </message>
    <message>
        <source>Intel: %1  ✕</source>
        <translation>Erkenntnis: %1  ✕</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 – %Ln alert(s)</source>
        <translation>
            <numerusform>%1 %2 – %Ln Alarm</numerusform>
            <numerusform>%1 %2 – %Ln Alarme</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the alerts matched by the indicators of %1 (and of what it is linked to)</source>
        <translation>Die Alarme zeigen, die auf Indikatoren von %1 (und mit ihm Verknüpftem) passen</translation>
    </message>
    <message>
        <source>Intel with this name (Alt+I):</source>
        <translation>Erkenntnisse mit diesem Namen (Alt+I):</translation>
    </message>
    <message>
        <source>Time: %1 – %2  ✕</source>
        <translation>Zeit: %1 – %2  ✕</translation>
    </message>
    <message>
        <source>Only alerts of this time range (click to show all times)</source>
        <translation>Nur Alarme dieses Zeitraums (Klick zeigt alle Zeiten)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::TriagePage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Noch keine Alarme</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>Als neu markieren</translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation>Als in Bearbeitung markieren</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Close as true positive</source>
        <translation>Als echten Treffer schließen</translation>
    </message>
    <message>
        <source>Close as false positive</source>
        <translation>Als Fehlalarm schließen</translation>
    </message>
    <message>
        <source>Close as benign</source>
        <translation>Als harmlos schließen</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Zuweisen an…</translation>
    </message>
    <message>
        <source>Set priority…</source>
        <translation>Priorität setzen…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Create incident from selection…</source>
        <translation>Vorfall aus Auswahl erstellen…</translation>
    </message>
    <message>
        <source>Add selection to incident…</source>
        <translation>Auswahl zu Vorfall hinzufügen…</translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation>Nächster Alarm</translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation>Vorheriger Alarm</translation>
    </message>
    <message>
        <source>Select everything matching the filter</source>
        <translation>Alles auswählen, was dem Filter entspricht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Go to the alert table</source>
        <translation>Zur Alarmtabelle wechseln</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Spalten auswählen…</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Neu zählen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>There are no alerts to change.</source>
        <translation>Es gibt keine Alarme zum Ändern.</translation>
    </message>
    <message>
        <source>The current alert is still loading; try again in a moment.</source>
        <translation>Der aktuelle Alarm wird noch geladen; bitte gleich erneut versuchen.</translation>
    </message>
    <message>
        <source>Some selected alerts are not loaded (row %L1). Scroll through them or select everything matching the filter (Ctrl+A).</source>
        <translation>Einige ausgewählte Alarme sind nicht geladen (Zeile %L1). Durch sie scrollen oder alles auswählen, was dem Filter entspricht (Ctrl+A).</translation>
    </message>
    <message>
        <source>Another change is still running; wait for it or cancel it in the status bar.</source>
        <translation>Eine andere Änderung läuft noch; darauf warten oder sie in der Statusleiste abbrechen.</translation>
    </message>
    <message>
        <source>%1 (all %L2 matching the filter)</source>
        <translation>%1 (alle %L2 Treffer des Filters)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln alert(s))</source>
        <translation>
            <numerusform>%1 (%Ln Alarm)</numerusform>
            <numerusform>%1 (%Ln Alarme)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no alert was changed.</source>
        <translation>Abgebrochen; kein Alarm wurde geändert.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Wird wiederholt…</translation>
    </message>
    <message>
        <source>Cancelled; the undo history was cleared.</source>
        <translation>Abgebrochen; der Rückgängig-Verlauf wurde gelöscht.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Wiederholt.</translation>
    </message>
    <message>
        <source>Notes are added to a selection, not to everything matching the filter.</source>
        <translation>Notizen werden einer Auswahl hinzugefügt, nicht allem, was dem Filter entspricht.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Notiz hinzugefügt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select the alerts for the incident (up to %L1), not everything matching the filter.</source>
        <translation>Die Alarme für den Vorfall auswählen (bis zu %L1), nicht alles, was dem Filter entspricht.</translation>
    </message>
    <message>
        <source>Incident %1 created.</source>
        <translation>Vorfall %1 erstellt.</translation>
    </message>
    <message>
        <source>Select the alerts to add, not everything matching the filter.</source>
        <translation>Die hinzuzufügenden Alarme auswählen, nicht alles, was dem Filter entspricht.</translation>
    </message>
    <message>
        <source>Alerts added to incident %1.</source>
        <translation>Alarme zu Vorfall %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Create incident</source>
        <translation>Vorfall erstellen</translation>
    </message>
    <message>
        <source>Assign alerts</source>
        <translation>Alarme zuweisen</translation>
    </message>
    <message>
        <source>Assign to (empty: unassigned):</source>
        <translation>Zuweisen an (leer: nicht zugewiesen):</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>An %1 zuweisen</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>Priorität setzen</translation>
    </message>
    <message>
        <source>Priority (higher comes first):</source>
        <translation>Priorität (höhere zuerst):</translation>
    </message>
    <message>
        <source>Set priority %1</source>
        <translation>Priorität %1 setzen</translation>
    </message>
    <message>
        <source>(current filter)</source>
        <translation>(aktueller Filter)</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Ansicht &quot;%1&quot; gespeichert.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>No alert matches the filter or search.</source>
        <translation>Kein Alarm passt zu Filter oder Suche.</translation>
    </message>
    <message>
        <source>No alert selected.</source>
        <translation>Kein Alarm ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln alert(s) matching the filter are selected; actions apply to all of them.</source>
        <translation>
            <numerusform>Der %Ln Alarm, der dem Filter entspricht, ist ausgewählt; Aktionen gelten für ihn.</numerusform>
            <numerusform>Alle %Ln Alarme, die dem Filter entsprechen, sind ausgewählt; Aktionen gelten für alle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln Alarm</numerusform>
            <numerusform>%Ln Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) are selected. Select fewer than %L1, or everything matching the filter (Ctrl+A).</source>
        <translation>
            <numerusform>%Ln Alarm ist ausgewählt. Weniger als %L1 auswählen oder alles, was dem Filter entspricht (Strg+A).</numerusform>
            <numerusform>%Ln Alarme sind ausgewählt. Weniger als %L1 auswählen oder alles, was dem Filter entspricht (Strg+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln Alarm geändert. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%Ln Alarme geändert. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title of the new incident from %n selected alert(s):</source>
        <translation>
            <numerusform>Titel des neuen Vorfalls aus %n ausgewähltem Alarm:</numerusform>
            <numerusform>Titel des neuen Vorfalls aus %n ausgewählten Alarmen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sensor alerts (Suricata EVE, Zeek, Sigma) with File → Import files… or Import folder…; they are matched against your partners&apos; intelligence and queue up here for triage.</source>
        <translation>Importieren Sie Sensor-Alarme (Suricata EVE, Zeek, Sigma) mit Datei → Dateien importieren… oder Ordner importieren…; sie werden mit den Erkenntnissen Ihrer Partner abgeglichen und stehen hier zur Triage an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: status keys, notes and incident actions apply to all of them.</source>
        <translation>%1: Status-Tasten, Notizen und Vorfallsaktionen gelten für alle.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::WarningsPage</name>
    <message>
        <source>No partner warnings</source>
        <translation>Keine Partnerwarnungen</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Wer ist zuständig</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Applies to us (A)</source>
        <translation>Betrifft uns (A)</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>Nicht zutreffend (N)</translation>
    </message>
    <message>
        <source>Mitigated (M)</source>
        <translation>Mitigiert (M)</translation>
    </message>
    <message>
        <source>Mark as new (U)</source>
        <translation>Als neu markieren (U)</translation>
    </message>
    <message>
        <source>%1 · %2 · published %3 · state: %4</source>
        <translation>%1 · %2 · veröffentlicht %3 · Zustand: %4</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>no TLP</source>
        <translation>kein TLP</translation>
    </message>
    <message>
        <source>(The warning has no description.)</source>
        <translation>(Die Warnung hat keine Beschreibung.)</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Erledigt von %1</translation>
    </message>
    <message>
        <source>The warning names no course of action.</source>
        <translation>Die Warnung nennt keine Empfehlung.</translation>
    </message>
    <message>
        <source>Early warnings of your partners are listed here to decide whether they apply to you: STIX threat reports, notes and MISP events tagged as warnings, and everything from a feed marked as a warning source. Their recommendations become a checklist.

Import your partners&apos; warnings with File → Import files… or Import folder…</source>
        <translation>Frühwarnungen Ihrer Partner werden hier aufgelistet, damit Sie entscheiden, ob sie Sie betreffen: STIX-Bedrohungsberichte, als Warnung markierte Notizen und MISP-Events sowie alles aus einem als Warnquelle markierten Feed. Ihre Empfehlungen werden zur Checkliste.

Importieren Sie die Warnungen Ihrer Partner mit Datei → Dateien importieren… oder Ordner importieren…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message numerus="yes">
        <source>Recommendations: %1 of %n done (Space ticks the highlighted one)</source>
        <translation>
            <numerusform>Empfehlungen: %1 von %n erledigt (Leertaste hakt die markierte ab)</numerusform>
            <numerusform>Empfehlungen: %1 von %n erledigt (Leertaste hakt die markierte ab)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · published %2 · state: %3</source>
        <translation>%1 · veröffentlicht %2 · Zustand: %3</translation>
    </message>
</context>
</TS>
