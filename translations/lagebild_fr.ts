<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ByteSource</name>
    <message>
        <source>Read error: %1</source>
        <translation>Erreur de lecture : %1</translation>
    </message>
    <message>
        <source>Damaged gzip data: %1</source>
        <translation>Données gzip endommagées : %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1 as gzip.</source>
        <translation>Impossible d&apos;ouvrir %1 comme fichier gzip.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database&apos;s integrity and Lagebild&apos;s invariants.</source>
        <translation>Vérifier l&apos;intégrité de la base de données et les invariants de Lagebild.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON unique.</translation>
    </message>
    <message>
        <source>check: %1 failed an integrity check.</source>
        <translation>check: %1 a échoué à un contrôle d&apos;intégrité.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database file (default: the per-user data folder&apos;s cache.sqlite).</source>
        <translation>Fichier de base de données (par défaut : cache.sqlite dans le dossier de données de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Language of messages and reports: de, en or fr.</source>
        <translation>Langue des messages et des rapports : de, en ou fr.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
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
        <translation>Usage : lagebild [--db FICHIER] [--lang de|en|fr] [SOUS-COMMANDE [OPTIONS]]

Lagebild transforme le renseignement sur la menace des partenaires et les alertes des capteurs en un tableau de situation.
Sans sous-commande, la fenêtre s&apos;ouvre.

Options globales :
  --db FICHIER    fichier de base de données (par défaut : %1)
  --lang LANGUE   langue : de, en ou fr
  --json          (si proposé) un document JSON unique sur stdout
  -h, --help      cette aide ; &apos;lagebild help SOUS-COMMANDE&apos; pour une sous-commande
  -v, --version   la version

Sous-commandes :
</translation>
    </message>
    <message>
        <source>&lt;data folder&gt;/cache.sqlite</source>
        <translation>&lt;dossier de données&gt;/cache.sqlite</translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 runtime failure, 2 usage error, 3 input rejected, 4 signature or trust failure.
</source>
        <translation>
Codes de sortie : 0 succès, 1 échec d&apos;exécution, 2 erreur d&apos;utilisation, 3 entrée rejetée, 4 échec de signature ou de confiance.
</translation>
    </message>
    <message>
        <source>Run &apos;lagebild --help&apos; for usage.</source>
        <translation>Voir &apos;lagebild --help&apos; pour l&apos;utilisation.</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;: use de, en or fr.</source>
        <translation>langue inconnue &apos;%1&apos; : utilisez de, en ou fr.</translation>
    </message>
    <message>
        <source>unknown sub-command &apos;%1&apos;. Run &apos;lagebild --help&apos; for the list.</source>
        <translation>sous-commande inconnue &apos;%1&apos;. Lancez &apos;lagebild --help&apos; pour la liste.</translation>
    </message>
    <message>
        <source>Run &apos;lagebild help %1&apos; for usage.</source>
        <translation>Voir &apos;lagebild help %1&apos; pour l&apos;utilisation.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database or is damaged: %2</source>
        <translation>%1 n&apos;est pas une base de données SQLite ou est endommagé : %2</translation>
    </message>
    <message>
        <source>%1 is not a Lagebild database (unknown application id). Choose another file with --db.</source>
        <translation>%1 n&apos;est pas une base de données Lagebild (identifiant d&apos;application inconnu). Choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lagebild (schema %2, this version knows %3). Update Lagebild to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Lagebild (schéma %2, cette version connaît %3). Mettez Lagebild à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Migration %1 failed on %2: %3</source>
        <translation>La migration %1 a échoué sur %2 : %3</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Erreur de base de données dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare a query on %1: %2</source>
        <translation>Impossible de préparer une requête sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import STIX 2.x files or folders (bundles, arrays, .json.gz).</source>
        <translation>Importer des fichiers ou dossiers STIX 2.x (bundles, tableaux, .json.gz).</translation>
    </message>
    <message>
        <source>Print the per-file account as one JSON document.</source>
        <translation>Afficher le compte rendu par fichier sous forme d&apos;un document JSON unique.</translation>
    </message>
    <message>
        <source>Input format: auto, stix, misp, misp-feed, csv, eve, zeek, sigma, misp-galaxy, misp-taxonomy (default auto).</source>
        <translation>Format d&apos;entrée : auto, stix, misp, misp-feed, csv, eve, zeek, sigma, misp-galaxy, misp-taxonomy (par défaut : auto).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>TLP for objects that carry no marking: clear, green, amber, amber+strict, red.</source>
        <translation>TLP pour les objets sans marquage : clear, green, amber, amber+strict, red.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Name the source (feed) instead of the file path.</source>
        <translation>Nommer la source (flux) au lieu du chemin du fichier.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Refuse files without a valid minisign signature beside them.</source>
        <translation>Refuser les fichiers dépourvus d&apos;une signature minisign valide placée à côté.</translation>
    </message>
    <message>
        <source>Files or folders to import.</source>
        <translation>Fichiers ou dossiers à importer.</translation>
    </message>
    <message>
        <source>import: no PATH given. Run &apos;lagebild help import&apos;.</source>
        <translation>import: aucun PATH indiqué. Voir &apos;lagebild help import&apos;.</translation>
    </message>
    <message>
        <source>import: unknown format &apos;%1&apos;.</source>
        <translation>import: format inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: unknown TLP level &apos;%1&apos;.</source>
        <translation>import: niveau TLP inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: --require-signature: no trusted keys are configured and signature checking is not available in this version; nothing was imported.</source>
        <translation>import: --require-signature : aucune clé de confiance n&apos;est configurée et la vérification des signatures n&apos;est pas disponible dans cette version ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>import: no importable files (*.json, *.json.gz) under %1.</source>
        <translation>import: aucun fichier importable (*.json, *.json.gz) dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed.</source>
        <translation>
            <numerusform>%n autre problème non listé.</numerusform>
            <numerusform>%n autres problèmes non listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3 added, %4 updated, %5 unchanged, %6 older, %7 rejected, %8 skipped</source>
        <translation>%1 (%2) : %3 ajoutés, %4 mis à jour, %5 inchangés, %6 plus anciens, %7 rejetés, %8 ignorés</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Cannot read %1: the file does not exist or is not readable.</source>
        <translation>Impossible de lire %1 : le fichier n&apos;existe pas ou n&apos;est pas lisible.</translation>
    </message>
    <message>
        <source>Format not recognised; the file was skipped.</source>
        <translation>Format non reconnu ; le fichier a été ignoré.</translation>
    </message>
    <message>
        <source>%1: the format could not be recognised; name it with --format.</source>
        <translation>%1 : le format n&apos;a pas pu être reconnu ; indiquez-le avec --format.</translation>
    </message>
    <message>
        <source>%1: the format &quot;%2&quot; is not supported by this version of Lagebild.</source>
        <translation>%1 : le format &quot;%2&quot; n&apos;est pas pris en charge par cette version de Lagebild.</translation>
    </message>
    <message>
        <source>%1: no valid STIX object in the file; first problem: %2 (%3)</source>
        <translation>%1 : aucun objet STIX valide dans le fichier ; premier problème : %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>rows reference missing rows</source>
        <translation>lignes font référence à des lignes manquantes</translation>
    </message>
    <message>
        <source>objects whose id does not start with their type</source>
        <translation>objets dont l&apos;id ne commence pas par leur type</translation>
    </message>
    <message>
        <source>objects missing from the full-text index (or extra index rows)</source>
        <translation>objets absents de l&apos;index plein texte (ou lignes d&apos;index en trop)</translation>
    </message>
    <message>
        <source>history versions newer than the current version</source>
        <translation>versions d&apos;historique plus récentes que la version courante</translation>
    </message>
    <message>
        <source>objects modified before they were created</source>
        <translation>objets modifiés avant leur création</translation>
    </message>
    <message>
        <source>observables without their object</source>
        <translation>observables sans leur objet</translation>
    </message>
    <message>
        <source>append-only triggers missing on the audit log</source>
        <translation>déclencheurs append-only manquants sur le journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>end of input</source>
        <translation>fin de l&apos;entrée</translation>
    </message>
    <message>
        <source>Expected &apos;%1&apos; but found %2</source>
        <translation>&apos;%1&apos; attendu, mais %2 trouvé</translation>
    </message>
    <message>
        <source>Expected an object key (a string)</source>
        <translation>Clé d&apos;objet attendue (une chaîne)</translation>
    </message>
    <message>
        <source>Object key is too long</source>
        <translation>Clé d&apos;objet trop longue</translation>
    </message>
    <message>
        <source>Invalid escape in object key</source>
        <translation>Séquence d&apos;échappement invalide dans la clé d&apos;objet</translation>
    </message>
    <message>
        <source>Unexpected end of input, a value was expected</source>
        <translation>Fin inattendue de l&apos;entrée, une valeur était attendue</translation>
    </message>
    <message>
        <source>Unterminated string at end of input</source>
        <translation>Chaîne non terminée en fin d&apos;entrée</translation>
    </message>
    <message>
        <source>Unexpected end of input inside a value that began at byte %1</source>
        <translation>Fin inattendue de l&apos;entrée dans une valeur commencée à l&apos;octet %1</translation>
    </message>
    <message>
        <source>Control character inside a string</source>
        <translation>Caractère de contrôle dans une chaîne</translation>
    </message>
    <message>
        <source>Unbalanced &apos;%1&apos;</source>
        <translation>&apos;%1&apos; non équilibré</translation>
    </message>
    <message>
        <source>Mismatched &apos;%1&apos;</source>
        <translation>&apos;%1&apos; mal apparié</translation>
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
        <translation>Recherche plein texte dans les noms, descriptions, labels et valeurs du renseignement.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON unique.</translation>
    </message>
    <message>
        <source>Only objects of this STIX type (repeatable).</source>
        <translation>Uniquement les objets de ce type STIX (répétable).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Au plus N résultats (par défaut : 50).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Words to find; a trailing * searches by prefix.</source>
        <translation>Mots à rechercher ; un * final recherche par préfixe.</translation>
    </message>
    <message>
        <source>search: no QUERY given.</source>
        <translation>search: aucune QUERY indiquée.</translation>
    </message>
    <message>
        <source>search: --limit needs a positive number.</source>
        <translation>search: --limit exige un nombre positif.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Counts of intel objects, observables, alerts, incidents and feeds.</source>
        <translation>Nombre d&apos;objets de renseignement, d&apos;observables, d&apos;alertes, d&apos;incidents et de flux.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON unique.</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Base de données : %1 (schéma %2)</translation>
    </message>
    <message>
        <source>Intel objects: %1 (%2 revoked)</source>
        <translation>Objets de renseignement : %1 (%2 révoqués)</translation>
    </message>
    <message>
        <source>Observables: %1</source>
        <translation>Observables : %1</translation>
    </message>
    <message>
        <source>Alerts: %1 (%2 matched intel)</source>
        <translation>Alertes : %1 (%2 corrélées au renseignement)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidents : %1</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Flux : %1</translation>
    </message>
</context>
<context>
    <name>StixReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation>ligne %1, octet %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Not JSON: the file must start with &apos;{&apos; or &apos;[&apos; but starts with &apos;%1&apos;.</source>
        <translation>Pas du JSON : le fichier doit commencer par &apos;{&apos; ou &apos;[&apos; mais commence par &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document.</source>
        <translation>Données inattendues après la fin du document JSON.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>The top-level member &quot;%1&quot; exceeds the size, depth or string caps.</source>
        <translation>Le membre de premier niveau &quot;%1&quot; dépasse les limites de taille, de profondeur ou de longueur de chaîne.</translation>
    </message>
    <message>
        <source>A top-level &quot;objects&quot; array was found, but the document is not a STIX bundle (type &quot;%1&quot;).</source>
        <translation>Un tableau &quot;objects&quot; de premier niveau a été trouvé, mais le document n&apos;est pas un bundle STIX (type &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>STIX 2.0 bundle: accepted and read as STIX 2.1.</source>
        <translation>Bundle STIX 2.0 : accepté et lu comme STIX 2.1.</translation>
    </message>
    <message>
        <source>Not STIX: the JSON object has no &quot;type&quot; property.</source>
        <translation>Pas du STIX : l&apos;objet JSON n&apos;a pas de propriété &quot;type&quot;.</translation>
    </message>
    <message>
        <source>Object is larger than the cap of %1 MB (%2 bytes).</source>
        <translation>L&apos;objet dépasse la limite de %1 Mo (%2 octets).</translation>
    </message>
    <message>
        <source>Object is nested %1 levels deep; the cap is %2.</source>
        <translation>L&apos;objet est imbriqué sur %1 niveaux ; la limite est de %2.</translation>
    </message>
    <message>
        <source>Object contains a string longer than the cap of %1 KB.</source>
        <translation>L&apos;objet contient une chaîne plus longue que la limite de %1 Ko.</translation>
    </message>
    <message>
        <source>Invalid JSON in the object starting here: %1.</source>
        <translation>JSON invalide dans l&apos;objet commençant ici : %1.</translation>
    </message>
    <message>
        <source>Array element is not a JSON object.</source>
        <translation>L&apos;élément du tableau n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Missing or empty &quot;type&quot;.</source>
        <translation>&quot;type&quot; manquant ou vide.</translation>
    </message>
    <message>
        <source>Malformed type &quot;%1&quot;: lower-case letters, digits and &apos;-&apos;, 3 to 250 characters.</source>
        <translation>Type mal formé &quot;%1&quot; : lettres minuscules, chiffres et &apos;-&apos;, de 3 à 250 caractères.</translation>
    </message>
    <message>
        <source>Missing &quot;id&quot; on a %1 object.</source>
        <translation>&quot;id&quot; manquant sur un objet %1.</translation>
    </message>
    <message>
        <source>Malformed id &quot;%1&quot;: expected %2--&lt;UUID&gt;.</source>
        <translation>Identifiant mal formé &quot;%1&quot; : %2--&lt;UUID&gt; attendu.</translation>
    </message>
    <message>
        <source>Malformed &quot;created&quot; timestamp &quot;%1&quot;: expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.</source>
        <translation>Horodatage &quot;created&quot; mal formé &quot;%1&quot; : RFC 3339 en UTC attendu, p. ex. 2024-05-01T12:00:00.000Z.</translation>
    </message>
    <message>
        <source>Malformed &quot;modified&quot; timestamp &quot;%1&quot;: expected RFC 3339 in UTC, e.g. 2024-05-01T12:00:00.000Z.</source>
        <translation>Horodatage &quot;modified&quot; mal formé &quot;%1&quot; : RFC 3339 en UTC attendu, p. ex. 2024-05-01T12:00:00.000Z.</translation>
    </message>
    <message>
        <source>Missing &quot;created&quot; on %1.</source>
        <translation>&quot;created&quot; manquant sur %1.</translation>
    </message>
    <message>
        <source>Missing &quot;modified&quot; on %1: every version of an SDO or SRO needs it.</source>
        <translation>&quot;modified&quot; manquant sur %1 : chaque version d&apos;un SDO ou d&apos;un SRO doit la comporter.</translation>
    </message>
    <message>
        <source>&quot;modified&quot; (%1) is earlier than &quot;created&quot; (%2).</source>
        <translation>&quot;modified&quot; (%1) est antérieur à &quot;created&quot; (%2).</translation>
    </message>
    <message>
        <source>Pattern is not valid STIX patterning (%1); stored, never matched.</source>
        <translation>Le motif n&apos;est pas un STIX Patterning valide (%1) ; enregistré, mais jamais corrélé.</translation>
    </message>
</context>
<context>
    <name>lagebild::items::IntelTypeModel</name>
    <message>
        <source>STIX type</source>
        <translation>Type STIX</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AboutDialog</name>
    <message>
        <source>About Lagebild</source>
        <translation>À propos de Lagebild</translation>
    </message>
    <message>
        <source>Lagebild %1</source>
        <translation>Lagebild %1</translation>
    </message>
    <message>
        <source>The situation picture for security operations centres: partner threat intelligence and sensor alerts in one local cache. No network access is needed at run time and no telemetry is sent.

Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2).</source>
        <translation>Le tableau de situation pour les centres opérationnels de sécurité : le renseignement sur la menace des partenaires et les alertes des capteurs dans un cache local. Aucun accès réseau n&apos;est nécessaire à l&apos;exécution et aucune télémétrie n&apos;est envoyée.

Distribué sous la Licence publique de l&apos;Union européenne v. 1.2 (EUPL-1.2).</translation>
    </message>
    <message>
        <source>Third-party licences</source>
        <translation>Licences tierces</translation>
    </message>
    <message>
        <source>Licence (EUPL-1.2)</source>
        <translation>Licence (EUPL-1.2)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportController</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Import intelligence</source>
        <translation>Importer du renseignement</translation>
    </message>
    <message>
        <source>STIX JSON (*.json *.json.gz);;All files (*)</source>
        <translation>STIX JSON (*.json *.json.gz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Récapitulatif de l&apos;import</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read: %1 objects added, %2 updated.</source>
        <translation>
            <numerusform>%n fichier lu : %1 objets ajoutés, %2 mis à jour.</numerusform>
            <numerusform>%n fichiers lus : %1 objets ajoutés, %2 mis à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) rejected; nothing of them was stored.</source>
        <translation>
            <numerusform>%n fichier rejeté ; rien n&apos;en a été enregistré.</numerusform>
            <numerusform>%n fichiers rejetés ; rien n&apos;en a été enregistré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the unfinished file was rolled back.</source>
        <translation>Annulé : les modifications du fichier inachevé ont été annulées.</translation>
    </message>
    <message>
        <source>File / issue</source>
        <translation>Fichier / problème</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>Plus anciens</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejeté : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more issue(s) not listed.</source>
        <translation>
            <numerusform>%n autre problème non listé.</numerusform>
            <numerusform>%n autres problèmes non listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IntelPage</name>
    <message>
        <source>No intelligence yet</source>
        <translation>Aucun renseignement pour l&apos;instant</translation>
    </message>
    <message>
        <source>Threat intelligence from partners will be listed here by STIX type: indicators, malware, threat actors, attack patterns, reports and their relationships.

Import STIX 2.1 files or folders (bundles, .json.gz) with File → Import… or drop them onto this window.</source>
        <translation>Le renseignement sur la menace fourni par les partenaires sera listé ici par type STIX : indicateurs, malwares, acteurs de la menace, modèles d&apos;attaque, rapports et leurs relations.

Importez des fichiers ou dossiers STIX 2.1 (bundles, .json.gz) avec Fichier → Importer… ou déposez-les sur cette fenêtre.</translation>
    </message>
    <message>
        <source>%1 intel objects in %2 types, %3 revoked, %4 observables indexed for matching.</source>
        <translation>%1 objets de renseignement dans %2 types, %3 révoqués, %4 observables indexés pour la corrélation.</translation>
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
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Import STIX 2.1 files or folders into the local cache</source>
        <translation>Importer des fichiers ou dossiers STIX 2.1 dans le cache local</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>No alerts to triage</source>
        <translation>Aucune alerte à trier</translation>
    </message>
    <message>
        <source>Alerts from your sensors (Suricata EVE, Zeek, Sigma) will queue here, correlated with partner intelligence, for keyboard-first triage.

Alert import is not part of this version yet; intelligence can already be imported with File → Import…</source>
        <translation>Les alertes de vos capteurs (Suricata EVE, Zeek, Sigma) seront placées ici en file d&apos;attente, corrélées au renseignement des partenaires, pour un triage piloté au clavier.

L&apos;import d&apos;alertes ne fait pas encore partie de cette version ; le renseignement peut déjà être importé avec Fichier → Importer…</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>No incidents</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>Incidents group related alerts and intelligence into a timeline you can brief from.

Incidents are opened from the Triage page, which arrives with alert import.</source>
        <translation>Les incidents regroupent les alertes et le renseignement liés dans une chronologie servant de base aux notes de synthèse.

Les incidents sont ouverts depuis la page Triage, qui arrivera avec l&apos;import d&apos;alertes.</translation>
    </message>
    <message>
        <source>Intel</source>
        <translation>Renseignement</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>No partner feeds</source>
        <translation>Aucun flux partenaire</translation>
    </message>
    <message>
        <source>TAXII 2.1 collections and MISP servers of your partners will be listed here with their sync state.

Feed synchronisation is not part of this version yet. Air-gapped sites import files with File → Import…</source>
        <translation>Les collections TAXII 2.1 et les serveurs MISP de vos partenaires seront listés ici avec leur état de synchronisation.

La synchronisation des flux ne fait pas encore partie de cette version. Les sites isolés (air gap) importent des fichiers avec Fichier → Importer…</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Notes de synthèse</translation>
    </message>
    <message>
        <source>No briefings</source>
        <translation>Aucune note de synthèse</translation>
    </message>
    <message>
        <source>TLP-marked briefing PDFs for managers (German, English, French) will be made here from the situation picture.

Briefing export is not part of this version yet.</source>
        <translation>Les notes de synthèse PDF marquées TLP pour les responsables (allemand, anglais, français) seront produites ici à partir du tableau de situation.

L&apos;export des notes de synthèse ne fait pas encore partie de cette version.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Lagebild</source>
        <translation>À &amp;propos de Lagebild</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open or create a database</source>
        <translation>Ouvrir ou créer une base de données</translation>
    </message>
    <message>
        <source>Lagebild database (*.sqlite);;All files (*)</source>
        <translation>Base de données Lagebild (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationPage</name>
    <message>
        <source>Quiet</source>
        <translation>Calme</translation>
    </message>
    <message>
        <source>Guarded</source>
        <translation>Vigilance</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>No situation picture yet</source>
        <translation>Pas encore de tableau de situation</translation>
    </message>
    <message>
        <source>The situation picture brings partner intelligence and your own sensors&apos; alerts together: threat level, matched alerts, the most active threats.

Start by importing intelligence (STIX 2.1) with File → Import…</source>
        <translation>Le tableau de situation réunit le renseignement des partenaires et les alertes de vos propres capteurs : niveau de menace, alertes corrélées, menaces les plus actives.

Commencez par importer du renseignement (STIX 2.1) avec Fichier → Importer…</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Niveau de menace</translation>
    </message>
    <message>
        <source>Intel objects</source>
        <translation>Objets de renseignement</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>Observables</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Alerts matching intel</source>
        <translation>Alertes corrélées au renseignement</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
</context>
</TS>
