<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlertDetailQuery</name>
    <message>
        <source>Alert %1 is not in the database.</source>
        <translation>L&apos;alerte %1 n&apos;est pas dans la base de données.</translation>
    </message>
</context>
<context>
    <name>AlertTableQueries</name>
    <message>
        <source>Alert %1 is not in the database.</source>
        <translation>L&apos;alerte %1 n&apos;est pas dans la base de données.</translation>
    </message>
</context>
<context>
    <name>AlertWorkflow</name>
    <message>
        <source>Updating alerts</source>
        <translation>Mise à jour des alertes</translation>
    </message>
    <message>
        <source>Selecting matching alerts</source>
        <translation>Sélection des alertes correspondantes</translation>
    </message>
    <message>
        <source>Change %1 cannot be undone: it is unknown or already undone.</source>
        <translation>La modification %1 ne peut pas être annulée : elle est inconnue ou déjà annulée.</translation>
    </message>
    <message>
        <source>Change %1 cannot be redone: it is unknown or not undone.</source>
        <translation>La modification %1 ne peut pas être rétablie : elle est inconnue ou n&apos;a pas été annulée.</translation>
    </message>
    <message>
        <source>The change was cancelled; no alert was changed.</source>
        <translation>La modification a été annulée ; aucune alerte n&apos;a été modifiée.</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Sensor alerts with the intel they match, highest priority first.</source>
        <translation>Alertes des capteurs avec le renseignement auquel elles correspondent, par priorité décroissante.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON unique.</translation>
    </message>
    <message>
        <source>Only alerts that match intelligence.</source>
        <translation>Uniquement les alertes corrélées au renseignement.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>At most N alerts (default 100).</source>
        <translation>Au plus N alertes (par défaut : 100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>alerts: unknown status &apos;%1&apos;; use %2.</source>
        <translation>alerts: statut inconnu &apos;%1&apos; ; utilisez %2.</translation>
    </message>
    <message>
        <source>alerts: --limit needs a positive number.</source>
        <translation>alerts: --limit exige un nombre positif.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only alerts in this status (%1) or closed with this resolution (%2).</source>
        <translation>Seulement les alertes dans cet état (%1) ou clôturées avec cette résolution (%2).</translation>
    </message>
</context>
<context>
    <name>AttackMatrix</name>
    <message>
        <source>%1, byte %2: not JSON (%3).</source>
        <translation>%1, octet %2 : pas du JSON (%3).</translation>
    </message>
    <message>
        <source>%1: not an ATT&amp;CK Navigator layer (no &quot;domain&quot; and &quot;techniques&quot;).</source>
        <translation>%1 : pas une couche ATT&amp;CK Navigator (ni « domain » ni « techniques »).</translation>
    </message>
    <message>
        <source>%1, techniques[%2]: no techniqueID such as T1059.</source>
        <translation>%1, techniques[%2] : pas de techniqueID comme T1059.</translation>
    </message>
</context>
<context>
    <name>BundleCommand</name>
    <message>
        <source>Write a signed STIX 2.1 bundle (FILE and FILE.minisig) for an air-gapped transfer.</source>
        <translation>Écrire un bundle STIX 2.1 signé (FICHIER et FICHIER.minisig) pour un transfert vers un réseau isolé.</translation>
    </message>
    <message>
        <source>Print the result as one JSON document.</source>
        <translation>Afficher le résultat sous forme d&apos;un document JSON unique.</translation>
    </message>
    <message>
        <source>The bundle file to write; the signature goes to FILE.minisig.</source>
        <translation>Le fichier bundle à écrire ; la signature est écrite dans FICHIER.minisig.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Only objects modified or received at or after TIME (RFC 3339, or a date YYYY-MM-DD in UTC).</source>
        <translation>Uniquement les objets modifiés ou reçus à partir de DATE (RFC 3339, ou une date AAAA-MM-JJ en UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Leave out objects marked above LEVEL (clear, green, amber, amber+strict, red) and objects with a marking Lagebild does not recognise. Without it every object is included.</source>
        <translation>Omettre les objets marqués au-dessus de NIVEAU (clear, green, amber, amber+strict, red) et ceux dont Lagebild ne reconnaît pas le marquage. Sans cette option, tous les objets sont inclus.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>minisign secret key file to sign with; a password-protected key reads its password from the environment variable LAGEBILD_SIGN_PASSWORD.</source>
        <translation>Fichier de clé secrète minisign pour signer ; une clé protégée par mot de passe lit son mot de passe dans la variable d&apos;environnement LAGEBILD_SIGN_PASSWORD.</translation>
    </message>
    <message>
        <source>SECRET_KEY_FILE</source>
        <translation>FICHIER_CLÉ_SECRÈTE</translation>
    </message>
    <message>
        <source>Producer name in the signed trusted comment (default: this computer&apos;s host name).</source>
        <translation>Nom du producteur dans le commentaire de confiance signé (par défaut : le nom d&apos;hôte de cet ordinateur).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>create</source>
        <translation>create</translation>
    </message>
    <message>
        <source>bundle: use &apos;bundle create --out FILE --sign SECRET_KEY_FILE [--since TIME] [--max-tlp LEVEL]&apos;.</source>
        <translation>bundle: utilisez &apos;bundle create --out FICHIER --sign FICHIER_CLÉ_SECRÈTE [--since DATE] [--max-tlp NIVEAU]&apos;.</translation>
    </message>
    <message>
        <source>bundle create: --out FILE is required.</source>
        <translation>bundle create: --out FICHIER est obligatoire.</translation>
    </message>
    <message>
        <source>bundle create: --sign SECRET_KEY_FILE is required; bundles are always signed.</source>
        <translation>bundle create: --sign FICHIER_CLÉ_SECRÈTE est obligatoire ; les bundles sont toujours signés.</translation>
    </message>
    <message>
        <source>bundle create: --since needs a time such as 2026-03-01 or 2026-03-01T12:00:00Z, not &apos;%1&apos;.</source>
        <translation>bundle create: --since exige une date telle que 2026-03-01 ou 2026-03-01T12:00:00Z, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>bundle create: unknown TLP level &apos;%1&apos;.</source>
        <translation>bundle create: niveau TLP inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>bundle create: %1</source>
        <translation>bundle create: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s), signed by key %2 as producer &quot;%3&quot;, sequence %4; signature %5.</source>
        <translation>
            <numerusform>%1 : %n objet, signé par la clé %2 en tant que producteur &quot;%3&quot;, séquence %4 ; signature %5.</numerusform>
            <numerusform>%1 : %n objets, signés par la clé %2 en tant que producteur &quot;%3&quot;, séquence %4 ; signature %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) left out by --max-tlp (above the level or with an unrecognised marking).</source>
        <translation>
            <numerusform>%n objet omis par --max-tlp (au-dessus du niveau ou avec un marquage non reconnu).</numerusform>
            <numerusform>%n objets omis par --max-tlp (au-dessus du niveau ou avec un marquage non reconnu).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>&quot;%1&quot; is not a usable producer name: use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de producteur utilisable : utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ou &apos;@&apos;.</translation>
    </message>
    <message>
        <source>Bundle creation cancelled; %1 was not written.</source>
        <translation>Création du bundle annulée ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
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
    <name>CaseActions</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more signature(s))</source>
        <translation>
            <numerusform>%1 (+%n autre signature)</numerusform>
            <numerusform>%1 (+%n autres signatures)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 depuis %2</translation>
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
    <name>DemoCommand</name>
    <message>
        <source>Fill an empty database with the deterministic demo situation.</source>
        <translation>Remplir une base de données vide avec la situation de démonstration déterministe.</translation>
    </message>
    <message>
        <source>Exactly N sensor alerts over 30 days (default 5000).</source>
        <translation>Exactement N alertes de capteurs sur 30 jours (par défaut : 5000).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seed S of the generator; the same seed gives the same situation (default 1).</source>
        <translation>Graine S du générateur ; la même graine produit la même situation (par défaut : 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>End of the 30 days of alerts, RFC 3339 (default: now); fixes every time in the situation.</source>
        <translation>Fin des 30 jours d&apos;alertes, RFC 3339 (par défaut : maintenant) ; fixe toutes les dates de la situation.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON unique.</translation>
    </message>
    <message>
        <source>demo: --alerts needs a number of 0 or more.</source>
        <translation>demo: --alerts exige un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>demo: --seed needs a non-negative whole number.</source>
        <translation>demo: --seed exige un nombre entier non négatif.</translation>
    </message>
    <message>
        <source>demo: --end needs an RFC 3339 time such as 2026-05-01T00:00:00Z, not &apos;%1&apos;.</source>
        <translation>demo: --end exige une date RFC 3339 telle que 2026-05-01T00:00:00Z, pas &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Demo situation (seed %1) loaded into %2:</source>
        <translation>Situation de démonstration (graine %1) chargée dans %2 :</translation>
    </message>
    <message>
        <source>  %1 intel objects from %2 sources</source>
        <translation>  %1 objets de renseignement issus de %2 sources</translation>
    </message>
    <message>
        <source>  %1 alerts from %2 to %3, %4 of them matching intelligence (%5 matches)</source>
        <translation>  %1 alertes du %2 au %3, dont %4 corrélées au renseignement (%5 corrélations)</translation>
    </message>
    <message>
        <source>  %1 partner warnings, %2 incidents</source>
        <translation>  %1 alertes précoces des partenaires, %2 incidents</translation>
    </message>
</context>
<context>
    <name>DemoSituation</name>
    <message>
        <source>%1 already holds intelligence, alerts or incidents; the demo situation is only loaded into an empty database. Name a new file with --db.</source>
        <translation>%1 contient déjà du renseignement, des alertes ou des incidents ; la situation de démonstration n&apos;est chargée que dans une base de données vide. Indiquez un nouveau fichier avec --db.</translation>
    </message>
    <message>
        <source>Writing intelligence</source>
        <translation>Écriture du renseignement</translation>
    </message>
    <message>
        <source>Matching alerts with intelligence</source>
        <translation>Corrélation des alertes avec le renseignement</translation>
    </message>
    <message>
        <source>Opening incidents</source>
        <translation>Ouverture des incidents</translation>
    </message>
    <message>
        <source>Writing alerts</source>
        <translation>Écriture des alertes</translation>
    </message>
    <message>
        <source>Loading the demo situation was cancelled.</source>
        <translation>Le chargement de la situation de démonstration a été annulé.</translation>
    </message>
    <message>
        <source>Indexing alerts</source>
        <translation>Indexation des alertes</translation>
    </message>
    <message>
        <source>The number of demo alerts cannot be negative.</source>
        <translation>Le nombre d&apos;alertes de démonstration ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Working the alert queue</source>
        <translation>Traitement de la file d’alertes</translation>
    </message>
    <message>
        <source>The demo generator wrote an invalid STIX object (%1): %2</source>
        <translation>Le générateur de démonstration a écrit un objet STIX invalide (%1) : %2</translation>
    </message>
    <message>
        <source>Freezing the weekly situation pictures</source>
        <translation>Enregistrement des situations hebdomadaires</translation>
    </message>
</context>
<context>
    <name>EveReader</name>
    <message>
        <source>Reading Suricata EVE</source>
        <translation>Lecture de Suricata EVE</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>%1 is not Suricata EVE JSON: no record in it is a JSON object (first problem at %2: %3). Check that the file is an eve.json log or a JSON array of EVE records.</source>
        <translation>%1 n&apos;est pas du JSON Suricata EVE : aucun de ses enregistrements n&apos;est un objet JSON (premier problème à %2 : %3). Vérifiez que le fichier est un journal eve.json ou un tableau JSON d&apos;enregistrements EVE.</translation>
    </message>
    <message>
        <source>Event type &quot;%1&quot; is not an alert: counted, not imported.</source>
        <translation>Le type d&apos;événement &quot;%1&quot; n&apos;est pas une alerte : compté, non importé.</translation>
    </message>
    <message>
        <source>Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged local time, import again with that zone offset.</source>
        <translation>Les horodatages de %1 ne comportent pas de fuseau horaire ; ils ont été lus comme %2. Si le capteur a journalisé l&apos;heure locale, importez à nouveau avec ce décalage horaire.</translation>
    </message>
    <message>
        <source>Line is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>La ligne fait %1 octets ; la limite est de %2 octets. Elle a été omise.</translation>
    </message>
    <message>
        <source>%1 The rest of the file was not read.</source>
        <translation>%1 Le reste du fichier n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The JSON array is not closed at the end of the file.</source>
        <translation>Le tableau JSON n&apos;est pas fermé à la fin du fichier.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON array.</source>
        <translation>Données inattendues après la fin du tableau JSON.</translation>
    </message>
    <message>
        <source>Record is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>L&apos;enregistrement fait %1 octets ; la limite est de %2 octets. Il a été omis.</translation>
    </message>
    <message>
        <source>Record is nested %1 levels deep; the cap is %2.</source>
        <translation>L&apos;enregistrement est imbriqué sur %1 niveaux ; la limite est de %2.</translation>
    </message>
    <message>
        <source>Record contains a string longer than the cap of %1 KB.</source>
        <translation>L&apos;enregistrement contient une chaîne plus longue que la limite de %1 Ko.</translation>
    </message>
    <message>
        <source>%1 holds no EVE records.</source>
        <translation>%1 ne contient aucun enregistrement EVE.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1).</source>
        <translation>JSON invalide (%1).</translation>
    </message>
    <message>
        <source>Not an EVE record: a JSON object was expected.</source>
        <translation>Pas un enregistrement EVE : un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>Not an EVE record: the &quot;event_type&quot; string is missing.</source>
        <translation>Pas un enregistrement EVE : la chaîne &quot;event_type&quot; est manquante.</translation>
    </message>
    <message>
        <source>Alert without a &quot;timestamp&quot;.</source>
        <translation>Alerte sans &quot;timestamp&quot;.</translation>
    </message>
    <message>
        <source>Alert with an unreadable timestamp &quot;%1&quot;.</source>
        <translation>Alerte avec un horodatage illisible &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Alert record without an &quot;alert&quot; object.</source>
        <translation>Enregistrement d&apos;alerte sans objet &quot;alert&quot;.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; inattendu.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>ligne %1, octet %2</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Write data out: navigator (an ATT&amp;CK Navigator layer 4.5 of the technique scores).</source>
        <translation>Exporter des données : navigator (une couche ATT&amp;CK Navigator 4.5 des scores par technique).</translation>
    </message>
    <message>
        <source>navigator (stix and csv are not part of this version yet).</source>
        <translation>navigator (stix et csv ne font pas encore partie de cette version).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>navigator: the alerts counted, 24h, 7d, 30d, all or FROM..TO (default all).</source>
        <translation>navigator : les alertes comptées, 24h, 7d, 30d, all ou DU..AU (par défaut all).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>navigator: enterprise-attack, ics-attack or mobile-attack (default: enterprise-attack, or the domain of the imported ATT&amp;CK data).</source>
        <translation>navigator : enterprise-attack, ics-attack ou mobile-attack (par défaut : enterprise-attack, ou le domaine des données ATT&amp;CK importées).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Leave out what is marked above LEVEL (a layer holds technique ids and counts only, no marked content).</source>
        <translation>Omet ce qui est marqué au-dessus de NIVEAU (une couche ne contient que des identifiants de techniques et des nombres, aucun contenu marqué).</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>stix: only objects of this type (repeatable).</source>
        <translation>stix : seulement les objets de ce type (répétable).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos;.</source>
        <translation>export : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>export: name a format with --format navigator.</source>
        <translation>export : indiquez un format avec --format navigator.</translation>
    </message>
    <message>
        <source>export: --format %1 is not part of this version yet; it arrives with the briefing and export work. This version writes --format navigator.</source>
        <translation>export : --format %1 ne fait pas encore partie de cette version ; il arrive avec le travail sur les notes de synthèse et les exports. Cette version écrit --format navigator.</translation>
    </message>
    <message>
        <source>export: unknown format &apos;%1&apos; (stix, csv or navigator).</source>
        <translation>export : format inconnu « %1 » (stix, csv ou navigator).</translation>
    </message>
    <message>
        <source>export: name the file to write with --out FILE.</source>
        <translation>export : indiquez le fichier à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <source>export: --type belongs to --format stix.</source>
        <translation>export : --type va avec --format stix.</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export : %1</translation>
    </message>
    <message>
        <source>export: unknown domain &apos;%1&apos; (enterprise-attack, ics-attack or mobile-attack).</source>
        <translation>export : domaine inconnu « %1 » (enterprise-attack, ics-attack ou mobile-attack).</translation>
    </message>
    <message>
        <source>Lagebild – techniques (%1)</source>
        <translation>Lagebild – techniques (%1)</translation>
    </message>
    <message>
        <source>Score = alerts carrying the technique + intel objects using it + incidents; window %1, made %2.</source>
        <translation>Score = alertes portant la technique + objets de renseignement qui l&apos;utilisent + incidents ; période %1, produit le %2.</translation>
    </message>
    <message>
        <source>export: cannot write %1: %2</source>
        <translation>export : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 technique entries for %3.</source>
        <translation>%1 écrit : %2 entrées de technique pour %3.</translation>
    </message>
</context>
<context>
    <name>FeedClient</name>
    <message>
        <source>Feed %1: unknown kind &quot;%2&quot; (expected one of %3).</source>
        <translation>Flux %1 : type inconnu &quot;%2&quot; (attendu : %3).</translation>
    </message>
    <message>
        <source>Feed %1: %2</source>
        <translation>Flux %1 : %2</translation>
    </message>
    <message>
        <source>Feed %1: no secret available. Set the environment variable %2 (or store the secret in the keychain) before syncing.</source>
        <translation>Flux %1 : aucun secret disponible. Définissez la variable d&apos;environnement %2 (ou enregistrez le secret dans le trousseau) avant de synchroniser.</translation>
    </message>
    <message>
        <source>named in the feed</source>
        <translation>indiquée dans le flux</translation>
    </message>
    <message>
        <source>Feed %1: the secret contains control characters (a line break?) and cannot be sent in an HTTP header.</source>
        <translation>Flux %1 : le secret contient des caractères de contrôle (un saut de ligne ?) et ne peut pas être envoyé dans un en-tête HTTP.</translation>
    </message>
    <message>
        <source>Feed %1: the user name must not contain &apos;:&apos; or control characters.</source>
        <translation>Flux %1 : le nom d&apos;utilisateur ne doit contenir ni &apos;:&apos; ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>Feed %1: client certificate authentication needs a certificate file.</source>
        <translation>Flux %1 : l&apos;authentification par certificat client nécessite un fichier de certificat.</translation>
    </message>
    <message>
        <source>Feed %1: a TAXII feed needs a collection (its id or title).</source>
        <translation>Flux %1 : un flux TAXII nécessite une collection (son id ou son titre).</translation>
    </message>
    <message>
        <source>Feed %1: the pin must look like sha256/&lt;base64 of the SHA-256 of the public key&gt;.</source>
        <translation>Flux %1 : l&apos;empreinte épinglée doit avoir la forme sha256/&lt;base64 du SHA-256 de la clé publique&gt;.</translation>
    </message>
    <message>
        <source>Feed %1: %2 is not a MISP feed manifest (a JSON object of event uuids); truncated or not JSON. Check the feed URL.</source>
        <translation>Flux %1 : %2 n&apos;est pas un manifeste de flux MISP (un objet JSON d&apos;uuid d&apos;événements) ; tronqué ou pas du JSON. Vérifiez l&apos;URL du flux.</translation>
    </message>
    <message>
        <source>Feed %1: cancelled.</source>
        <translation>Flux %1 : annulé.</translation>
    </message>
    <message>
        <source>manifest: no events after %1</source>
        <translation>manifeste : aucun événement après %1</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>The stored MISP resume point of this feed is unreadable. Reset the feed&apos;s cursor to sync from the beginning.</source>
        <translation>Le point de reprise MISP enregistré pour ce flux est illisible. Réinitialisez le curseur du flux pour synchroniser depuis le début.</translation>
    </message>
    <message>
        <source>Feed %1: the restSearch answer of %2 (page %3) is not a MISP event list (truncated or not JSON). Nothing of this page was stored.</source>
        <translation>Flux %1 : la réponse restSearch de %2 (page %3) n&apos;est pas une liste d&apos;événements MISP (tronquée ou pas du JSON). Rien de cette page n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>restSearch page %1 (events since %2, %3 events)</source>
        <translation>page restSearch %1 (événements depuis %2, %3 événements)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>le certificat du serveur n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted certificate authority</source>
        <translation>le certificat du serveur n&apos;est pas signé par une autorité de certification de confiance</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has been revoked</source>
        <translation>le certificat du serveur a été révoqué</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is issued for another host name</source>
        <translation>le certificat du serveur est émis pour un autre nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Feed %1: %2 failed: %3. Check the network, the proxy and that the server is running.</source>
        <translation>Flux %1 : %2 a échoué : %3. Vérifiez le réseau, le proxy et que le serveur fonctionne.</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>fichier CA</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>certificat client</translation>
    </message>
    <message>
        <source>client key</source>
        <translation>clé client</translation>
    </message>
    <message>
        <source>Feed %1: the %2 &quot;%3&quot; cannot be read.</source>
        <translation>Flux %1 : %2 &quot;%3&quot; illisible.</translation>
    </message>
    <message>
        <source>Feed %1: the TLS settings cannot be used (CA file, client certificate or key): %2</source>
        <translation>Flux %1 : les paramètres TLS sont inutilisables (fichier CA, certificat client ou clé) : %2</translation>
    </message>
    <message>
        <source>the proxy refused the tunnel (HTTP %1)</source>
        <translation>le proxy a refusé le tunnel (HTTP %1)</translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: the server&apos;s public key does not match the configured pin. Nothing was sent. If the partner changed its key, confirm the new pin with them and update the feed.</source>
        <translation>Flux %1 : la connexion TLS à %2 a été refusée : la clé publique du serveur ne correspond pas à l&apos;empreinte épinglée configurée. Rien n&apos;a été envoyé. Si le partenaire a changé de clé, confirmez avec lui la nouvelle empreinte et mettez à jour le flux.</translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: %3. Ask the partner for a valid certificate; there is no way to accept it anyway.</source>
        <translation>Flux %1 : la connexion TLS à %2 a été refusée : %3. Demandez au partenaire un certificat valide ; il n&apos;est pas possible de l&apos;accepter malgré tout.</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not issued for host %1</source>
        <translation>le certificat du serveur n&apos;est pas émis pour l&apos;hôte %1</translation>
    </message>
    <message>
        <source>Feed %1: the TLS connection to %2 was refused: %3. Check the feed&apos;s CA file; there is no way to accept the certificate anyway.</source>
        <translation>Flux %1 : la connexion TLS à %2 a été refusée : %3. Vérifiez le fichier CA du flux ; il n&apos;est pas possible d&apos;accepter le certificat malgré tout.</translation>
    </message>
    <message>
        <source>Feed %1: the TLS handshake with %2 failed (the server may not support TLS 1.2 or later, or requires a client certificate).</source>
        <translation>Flux %1 : la négociation TLS avec %2 a échoué (le serveur ne prend peut-être pas en charge TLS 1.2 ou ultérieur, ou exige un certificat client).</translation>
    </message>
    <message>
        <source>the host name could not be resolved</source>
        <translation>le nom d&apos;hôte n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the response headers exceed %1 KB</source>
        <translation>les en-têtes de réponse dépassent %1 Ko</translation>
    </message>
    <message>
        <source>the server closed the connection before sending a complete answer</source>
        <translation>le serveur a fermé la connexion avant d&apos;envoyer une réponse complète</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid HTTP</source>
        <translation>la réponse du serveur n&apos;est pas du HTTP valide</translation>
    </message>
    <message>
        <source>the server sent an invalid Content-Length</source>
        <translation>le serveur a envoyé un Content-Length invalide</translation>
    </message>
    <message>
        <source>Feed %1: the answer of %2 is %3 MB, more than the limit of %4 MB per page. Use a smaller page size or raise the limit.</source>
        <translation>Flux %1 : la réponse de %2 fait %3 Mo, plus que la limite de %4 Mo par page. Utilisez une taille de page plus petite ou augmentez la limite.</translation>
    </message>
    <message>
        <source>Feed %1: the answer of %2 exceeds the limit of %3 MB per page. Use a smaller page size or raise the limit.</source>
        <translation>Flux %1 : la réponse de %2 dépasse la limite de %3 Mo par page. Utilisez une taille de page plus petite ou augmentez la limite.</translation>
    </message>
    <message>
        <source>the server sent a malformed chunked body</source>
        <translation>le serveur a envoyé un corps chunked mal formé</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the answer; the data is incomplete and was not used</source>
        <translation>la connexion a été fermée après %1 octets de la réponse ; les données sont incomplètes et n&apos;ont pas été utilisées</translation>
    </message>
    <message>
        <source>Feed %1: invalid request URL.</source>
        <translation>Flux %1 : URL de requête invalide.</translation>
    </message>
    <message>
        <source>Feed %1: plain http:// to %2 refused; only https:// is allowed (plain http:// to loopback hosts only).</source>
        <translation>Flux %1 : http:// en clair vers %2 refusé ; seul https:// est autorisé (http:// en clair uniquement vers les hôtes de bouclage).</translation>
    </message>
    <message>
        <source>Feed %1: %2 returned an HTML page instead of data (a login page, portal or proxy error?). Nothing was imported; check the URL and the proxy.</source>
        <translation>Flux %1 : %2 a renvoyé une page HTML au lieu de données (page de connexion, portail ou erreur de proxy ?). Rien n&apos;a été importé ; vérifiez l&apos;URL et le proxy.</translation>
    </message>
    <message>
        <source>Feed %1: %2 returned content of type &quot;%3&quot;, expected %4. Nothing was imported; check the URL and the feed kind.</source>
        <translation>Flux %1 : %2 a renvoyé un contenu de type &quot;%3&quot;, %4 attendu. Rien n&apos;a été importé ; vérifiez l&apos;URL et le type de flux.</translation>
    </message>
    <message>
        <source>Feed %1: %2 redirected (%3) to an invalid location.</source>
        <translation>Flux %1 : %2 a redirigé (%3) vers un emplacement invalide.</translation>
    </message>
    <message>
        <source>Feed %1: %2 redirected to another server (%3); redirects are followed only within the same scheme, host and port, so nothing was sent there. Configure the final URL if the move is legitimate.</source>
        <translation>Flux %1 : %2 a redirigé vers un autre serveur (%3) ; les redirections ne sont suivies qu&apos;avec le même schéma, hôte et port, donc rien n&apos;y a été envoyé. Configurez l&apos;URL finale si le déplacement est légitime.</translation>
    </message>
    <message>
        <source>Feed %1: too many redirects starting at %2.</source>
        <translation>Flux %1 : trop de redirections à partir de %2.</translation>
    </message>
    <message>
        <source>Feed %1: %2 refused access (%3). Check the feed&apos;s credentials (secret, user, client certificate) and that the account may read this data.</source>
        <translation>Flux %1 : %2 a refusé l&apos;accès (%3). Vérifiez les identifiants du flux (secret, utilisateur, certificat client) et que le compte peut lire ces données.</translation>
    </message>
    <message>
        <source>Feed %1: %2 answered %3 and still failed after %4 retries. Try again later.</source>
        <translation>Flux %1 : %2 a répondu %3 et échoue toujours après %4 tentatives. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Check the URL and the collection.</source>
        <translation>Vérifiez l&apos;URL et la collection.</translation>
    </message>
    <message>
        <source>The server does not offer the requested media type; check that it speaks the protocol of the feed kind.</source>
        <translation>Le serveur ne propose pas le type de média demandé ; vérifiez qu&apos;il parle le protocole du type de flux.</translation>
    </message>
    <message>
        <source>Check the feed configuration.</source>
        <translation>Vérifiez la configuration du flux.</translation>
    </message>
    <message>
        <source>Feed %1: %2 answered %3. %4</source>
        <translation>Flux %1 : %2 a répondu %3. %4</translation>
    </message>
    <message>
        <source>The feed URL &quot;%1&quot; is not a valid http(s) URL. Give an absolute https:// URL without user name or password in it.</source>
        <translation>L&apos;URL de flux &quot;%1&quot; n&apos;est pas une URL http(s) valide. Indiquez une URL https:// absolue sans nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The feed URL %1 uses plain http://. Only https:// is allowed, except for loopback hosts (127.0.0.1, ::1, localhost).</source>
        <translation>L&apos;URL de flux %1 utilise http:// en clair. Seul https:// est autorisé, sauf pour les hôtes de bouclage (127.0.0.1, ::1, localhost).</translation>
    </message>
    <message>
        <source>Feed %1: the TAXII answer of %2 is not usable: %3. The server does not follow TAXII 2.1 here; check the URL (discovery or API root).</source>
        <translation>Flux %1 : la réponse TAXII de %2 est inutilisable : %3. Le serveur ne respecte pas TAXII 2.1 ici ; vérifiez l&apos;URL (discovery ou API root).</translation>
    </message>
    <message>
        <source>it is declared as another TAXII version</source>
        <translation>elle est déclarée comme une autre version de TAXII</translation>
    </message>
    <message>
        <source>the API root information is not a JSON object</source>
        <translation>les informations de l&apos;API root ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>the API root does not offer TAXII 2.1</source>
        <translation>l&apos;API root ne propose pas TAXII 2.1</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>it is neither a discovery document nor API root information</source>
        <translation>ce n&apos;est ni un document discovery ni des informations d&apos;API root</translation>
    </message>
    <message>
        <source>Feed %1: the discovery document lists %2 API roots and no default. Configure one of them as the feed URL.</source>
        <translation>Flux %1 : le document discovery liste %2 API roots sans défaut. Configurez l&apos;une d&apos;elles comme URL du flux.</translation>
    </message>
    <message>
        <source>its API root URL is invalid</source>
        <translation>l&apos;URL de son API root est invalide</translation>
    </message>
    <message>
        <source>the collections answer is not a JSON object</source>
        <translation>la réponse des collections n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>Feed %1: the API root has no collection &quot;%2&quot;. Available: %3.</source>
        <translation>Flux %1 : l&apos;API root n&apos;a pas de collection &quot;%2&quot;. Disponibles : %3.</translation>
    </message>
    <message>
        <source>Feed %1: several collections are titled &quot;%2&quot;; configure the collection by its id. Available: %3.</source>
        <translation>Flux %1 : plusieurs collections ont pour titre &quot;%2&quot; ; configurez la collection par son id. Disponibles : %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Feed %1: the collection &quot;%2&quot; may not be read with these credentials (can_read is false).</source>
        <translation>Flux %1 : la collection &quot;%2&quot; ne peut pas être lue avec ces identifiants (can_read vaut false).</translation>
    </message>
    <message>
        <source>the envelope is empty (expected at least {})</source>
        <translation>l&apos;enveloppe est vide (au moins {} attendu)</translation>
    </message>
    <message>
        <source>the envelope is not a JSON object (truncated or not JSON)</source>
        <translation>l&apos;enveloppe n&apos;est pas un objet JSON (tronquée ou pas du JSON)</translation>
    </message>
    <message>
        <source>&quot;objects&quot; is not a list</source>
        <translation>&quot;objects&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object</source>
        <translation>le manifeste n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the versions answer is not a JSON object</source>
        <translation>la réponse des versions n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the status resource is not a JSON object</source>
        <translation>la ressource de statut n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the status resource has no id or status</source>
        <translation>la ressource de statut n&apos;a ni id ni statut</translation>
    </message>
    <message>
        <source>the status resource has no status</source>
        <translation>la ressource de statut n&apos;a pas de statut</translation>
    </message>
    <message>
        <source>Feed %1: the server had not finished adding the objects after %2 status checks (%3 of %4 pending). Check the status %5 later.</source>
        <translation>Flux %1 : le serveur n&apos;avait pas fini d&apos;ajouter les objets après %2 vérifications de statut (%3 sur %4 en attente). Vérifiez le statut %5 plus tard.</translation>
    </message>
    <message>
        <source>The stored TAXII resume point of this feed is unreadable. Reset the feed&apos;s cursor to sync from the beginning.</source>
        <translation>Le point de reprise TAXII enregistré pour ce flux est illisible. Réinitialisez le curseur du flux pour synchroniser depuis le début.</translation>
    </message>
    <message>
        <source>Feed %1: stopped after %2 pages, the limit per run. The pages so far are stored; the next run continues from there.</source>
        <translation>Flux %1 : arrêt après %2 pages, la limite par exécution. Les pages obtenues sont enregistrées ; la prochaine exécution reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Feed %1: stopped after %2 MB, the limit per run. The pages so far are stored; the next run continues from there.</source>
        <translation>Flux %1 : arrêt après %2 Mo, la limite par exécution. Les pages obtenues sont enregistrées ; la prochaine exécution reprendra à partir de là.</translation>
    </message>
    <message>
        <source>the server announces more data but sends neither &quot;next&quot; nor X-TAXII-Date-Added-Last</source>
        <translation>le serveur annonce davantage de données mais n&apos;envoie ni &quot;next&quot; ni X-TAXII-Date-Added-Last</translation>
    </message>
    <message>
        <source>next=%1</source>
        <translation>next=%1</translation>
    </message>
    <message>
        <source>added after %1</source>
        <translation>ajoutés après %1</translation>
    </message>
    <message>
        <source>from the beginning</source>
        <translation>depuis le début</translation>
    </message>
    <message>
        <source>page %1 of collection &quot;%2&quot; (%3, %4 objects)</source>
        <translation>page %1 de la collection &quot;%2&quot; (%3, %4 objets)</translation>
    </message>
    <message>
        <source>The stored resume point of feed %1 is unreadable. Reset the feed&apos;s cursor to fetch the file again.</source>
        <translation>Le point de reprise enregistré du flux %1 est illisible. Réinitialisez le curseur du flux pour récupérer à nouveau le fichier.</translation>
    </message>
    <message>
        <source>%1 (unchanged since the last run)</source>
        <translation>%1 (inchangé depuis la dernière exécution)</translation>
    </message>
    <message>
        <source>event %1 is listed in the manifest but the server answered HTTP %2</source>
        <translation>l&apos;événement %1 figure dans le manifeste mais le serveur a répondu HTTP %2</translation>
    </message>
    <message>
        <source>Feed %1: the events on the server kept changing while they were paged (%2 restarts); the pages before were stored, the next run tries again.</source>
        <translation>Flux %1 : les événements du serveur n&apos;ont cessé de changer pendant la pagination (%2 redémarrages) ; les pages précédentes ont été enregistrées, la prochaine exécution réessaie.</translation>
    </message>
    <message>
        <source>restSearch page %1: %2 events instead of %3 on the server, the query starts again</source>
        <translation>restSearch page %1 : %2 événements au lieu de %3 sur le serveur, la requête recommence</translation>
    </message>
    <message>
        <source>Feed %1: %2 did not answer completely within %3 s, the feed&apos;s time limit per request. The server is slow or stalled; try again later or raise the limit (feeds add --timeout, or the feed&apos;s settings in the window).</source>
        <translation>Flux %1 : %2 n&apos;a pas répondu entièrement en %3 s, la limite de temps du flux par requête. Le serveur est lent ou bloqué ; réessayez plus tard ou augmentez la limite (feeds add --timeout, ou les paramètres du flux dans la fenêtre).</translation>
    </message>
    <message>
        <source>Feed %1: the discovery document points to an API root on another server (%2). Credentials are only sent to the configured server; to trust that server, make %2 the feed&apos;s URL (the Feeds page offers it).</source>
        <translation>Flux %1 : le document de découverte pointe vers une racine d&apos;API sur un autre serveur (%2). Les identifiants ne sont envoyés qu&apos;au serveur configuré ; pour faire confiance à ce serveur, faites de %2 l&apos;URL du flux (la page Flux le propose).</translation>
    </message>
    <message>
        <source>Feed %1: server paging did not progress at %2: %3. The pages before were stored; the run ends here instead of looping and the next run resumes after the last stored page. Report it to the feed&apos;s operator.</source>
        <translation>Flux %1 : la pagination du serveur n&apos;a pas progressé à %2 : %3. Les pages précédentes ont été enregistrées ; l&apos;exécution s&apos;arrête ici au lieu de boucler et la suivante reprend après la dernière page enregistrée. Signalez-le à l&apos;opérateur du flux.</translation>
    </message>
    <message>
        <source>Feed %1: the server&apos;s paging failed %2 times in a row without bringing anything new; the pages before were stored and the next run resumes after them. Last failure: %3</source>
        <translation>Flux %1 : la pagination du serveur a échoué %2 fois de suite sans rien apporter de nouveau ; les pages précédentes ont été enregistrées et la prochaine exécution reprend après elles. Dernier échec : %3</translation>
    </message>
    <message>
        <source>two pages in a row announced more data but brought no object not already received in this query</source>
        <translation>deux pages de suite annonçaient d&apos;autres données sans apporter d&apos;objet non encore reçu dans cette requête</translation>
    </message>
</context>
<context>
    <name>FeedKind</name>
    <message>
        <source>TAXII 2.1 collection</source>
        <translation>Collection TAXII 2.1</translation>
    </message>
    <message>
        <source>MISP server (REST)</source>
        <translation>Serveur MISP (REST)</translation>
    </message>
    <message>
        <source>MISP feed (manifest + events)</source>
        <translation>Flux MISP (manifeste + événements)</translation>
    </message>
    <message>
        <source>STIX file at a URL</source>
        <translation>Fichier STIX à une URL</translation>
    </message>
    <message>
        <source>CSV indicator list at a URL</source>
        <translation>Liste d&apos;indicateurs CSV à une URL</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>A feed named &quot;%1&quot; exists already; remove it first or choose another name.</source>
        <translation>Un flux nommé &quot;%1&quot; existe déjà ; supprimez-le d&apos;abord ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>There is no feed named &quot;%1&quot;; &apos;lagebild feeds list&apos; shows the configured ones.</source>
        <translation>Il n&apos;existe aucun flux nommé &quot;%1&quot; ; &apos;lagebild feeds list&apos; affiche les flux configurés.</translation>
    </message>
</context>
<context>
    <name>FeedsCommand</name>
    <message>
        <source>Configure partner feeds: add, list, show, remove.</source>
        <translation>Configurer les flux des partenaires : add, list, show, remove.</translation>
    </message>
    <message>
        <source>add, list, show or remove.</source>
        <translation>add, list, show ou remove.</translation>
    </message>
    <message>
        <source>The feed&apos;s name (add, show, remove).</source>
        <translation>Le nom du flux (add, show, remove).</translation>
    </message>
    <message>
        <source>Print one JSON document (list, show).</source>
        <translation>Afficher un document JSON unique (list, show).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>add: https:// URL (TAXII: discovery or API root; MISP: the instance).</source>
        <translation>add: URL https:// (TAXII : discovery ou API root ; MISP : l&apos;instance).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>add: TAXII collection id or title.</source>
        <translation>add: id ou titre de la collection TAXII.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>add: user name for basic authentication.</source>
        <translation>add: nom d&apos;utilisateur pour l&apos;authentification basic.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>add: environment variable holding the password, API key or token (never stored).</source>
        <translation>add: variable d&apos;environnement contenant le mot de passe, la clé d&apos;API ou le jeton (jamais enregistré).</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>add: none, basic, bearer, apikey or cert (default: from --user/--secret-env).</source>
        <translation>add: none, basic, bearer, apikey ou cert (par défaut : d&apos;après --user/--secret-env).</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>add: client certificate (PEM) for cert authentication.</source>
        <translation>add: certificat client (PEM) pour l&apos;authentification cert.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>add: key of the client certificate (PEM).</source>
        <translation>add: clé du certificat client (PEM).</translation>
    </message>
    <message>
        <source>add: CA certificates (PEM) trusted for this feed.</source>
        <translation>add: certificats CA (PEM) de confiance pour ce flux.</translation>
    </message>
    <message>
        <source>add: pin of the server key, sha256/BASE64.</source>
        <translation>add: empreinte épinglée de la clé du serveur, sha256/BASE64.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>add: HTTP proxy host:port.</source>
        <translation>add: proxy HTTP hôte:port.</translation>
    </message>
    <message>
        <source>HOST:PORT</source>
        <translation>HÔTE:PORT</translation>
    </message>
    <message>
        <source>add: TLP for data that carries no marking.</source>
        <translation>add: TLP des données sans marquage.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>add: confidence 0-100 for indicators that carry none.</source>
        <translation>add: confiance 0-100 des indicateurs qui n&apos;en indiquent pas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>add: sync every N minutes while the window runs (default: manual).</source>
        <translation>add: synchroniser toutes les N minutes tant que la fenêtre est ouverte (par défaut : manuel).</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>add: store the feed switched off.</source>
        <translation>add: enregistrer le flux désactivé.</translation>
    </message>
    <message>
        <source>feeds: name an action: add, list, show or remove.</source>
        <translation>feeds: indiquez une action : add, list, show ou remove.</translation>
    </message>
    <message>
        <source>feeds %1: name the feed.</source>
        <translation>feeds %1: indiquez le flux.</translation>
    </message>
    <message>
        <source>feeds %1: unexpected argument &apos;%2&apos;.</source>
        <translation>feeds %1: argument inattendu &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>feeds %1: --%2 belongs to &apos;feeds add&apos;.</source>
        <translation>feeds %1: --%2 relève de &apos;feeds add&apos;.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot; added. &apos;lagebild sync %1&apos; fetches it.</source>
        <translation>Flux &quot;%1&quot; ajouté. &apos;lagebild sync %1&apos; le récupère.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot; removed; what it brought stays in the cache.</source>
        <translation>Flux &quot;%1&quot; supprimé ; ce qu&apos;il a apporté reste dans le cache.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s)</source>
        <translation>
            <numerusform>%n flux</numerusform>
            <numerusform>%n flux</numerusform>
        </translation>
    </message>
    <message>
        <source>feeds add: --kind and --url are required.</source>
        <translation>feeds add: --kind et --url sont obligatoires.</translation>
    </message>
    <message>
        <source>feeds add: &apos;%1&apos; is not a TLP level; use clear, green, amber, amber+strict or red.</source>
        <translation>feeds add: &apos;%1&apos; n&apos;est pas un niveau TLP ; utilisez clear, green, amber, amber+strict ou red.</translation>
    </message>
    <message>
        <source>feeds add: --confidence needs a number from 0 to 100.</source>
        <translation>feeds add: --confidence exige un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>feeds add: --every needs a number of minutes.</source>
        <translation>feeds add: --every exige un nombre de minutes.</translation>
    </message>
    <message>
        <source>feeds add: unknown --auth &apos;%1&apos;; use none, basic, bearer, apikey or cert.</source>
        <translation>feeds add: --auth inconnu &apos;%1&apos; ; utilisez none, basic, bearer, apikey ou cert.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>failed %1: %2</source>
        <translation>échec %1 : %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Secret variable</source>
        <translation>Variable du secret</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Empreinte épinglée</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>TLP of unmarked data</source>
        <translation>TLP des données non marquées</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message numerus="yes">
        <source>every %n minute(s)</source>
        <translation>
            <numerusform>toutes les %n minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>add: read the password, API key or token from standard input and keep it in the OS keychain (never in the database).</source>
        <translation>add : lire le mot de passe, la clé d’API ou le jeton sur l’entrée standard et le conserver dans le trousseau du système (jamais dans la base).</translation>
    </message>
    <message>
        <source>feeds add: --secret-stdin read no secret from standard input.</source>
        <translation>feeds add : --secret-stdin n’a lu aucun secret sur l’entrée standard.</translation>
    </message>
    <message>
        <source>feeds add: %1 Use --secret-env VAR instead (the environment variable that holds the secret).</source>
        <translation>feeds add : %1 Utilisez plutôt --secret-env VAR (la variable d’environnement qui contient le secret).</translation>
    </message>
    <message>
        <source>Its secret is in the OS keychain (entry &quot;%1&quot; of Lagebild), not in the database.</source>
        <translation>Son secret est dans le trousseau du système (entrée « %1 » de Lagebild), pas dans la base.</translation>
    </message>
    <message>
        <source>feeds add: give either --secret-stdin (OS keychain) or --secret-env VAR, not both.</source>
        <translation>feeds add : indiquez soit --secret-stdin (trousseau du système), soit --secret-env VAR, pas les deux.</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>in the OS keychain (entry &quot;%1&quot; of Lagebild)</source>
        <translation>dans le trousseau du système (entrée « %1 » de Lagebild)</translation>
    </message>
    <message>
        <source>add: time limit of one request in seconds, from sending it to the last byte of the answer (default: %1; raise it for servers that think long before they answer).</source>
        <translation>add : limite de temps d&apos;une requête en secondes, de l&apos;envoi au dernier octet de la réponse (par défaut : %1 ; à augmenter pour les serveurs qui réfléchissent longtemps avant de répondre).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>feeds add: --timeout needs a number of seconds from 1 to %1.</source>
        <translation>feeds add : --timeout exige un nombre de secondes de 1 à %1.</translation>
    </message>
    <message>
        <source>Time limit per request</source>
        <translation>Limite de temps par requête</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>add: one of %1.</source>
        <translation>add : un parmi %1.</translation>
    </message>
    <message numerus="yes">
        <source>ok %1: %Ln page(s), +%2 ~%3 =%4 !%5</source>
        <translation>
            <numerusform>ok %1 : %Ln page, +%2 ~%3 =%4 !%5</numerusform>
            <numerusform>ok %1 : %Ln pages, +%2 ~%3 =%4 !%5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>STIX 2.x bundles and objects</source>
        <translation>Bundles et objets STIX 2.x</translation>
    </message>
    <message>
        <source>misp-galaxy clusters</source>
        <translation>Clusters misp-galaxy</translation>
    </message>
    <message>
        <source>misp-taxonomies</source>
        <translation>misp-taxonomies</translation>
    </message>
    <message>
        <source>MISP feed folders (manifest.json)</source>
        <translation>Dossiers de flux MISP (manifest.json)</translation>
    </message>
    <message>
        <source>MISP events</source>
        <translation>Événements MISP</translation>
    </message>
    <message>
        <source>Suricata EVE alerts</source>
        <translation>Alertes Suricata EVE</translation>
    </message>
    <message>
        <source>Zeek notice logs</source>
        <translation>Journaux notice de Zeek</translation>
    </message>
    <message>
        <source>Sigma matches (rule folder with events)</source>
        <translation>Correspondances Sigma (dossier de règles avec événements)</translation>
    </message>
    <message>
        <source>indicator lists (CSV, TSV, one per line)</source>
        <translation>Listes d&apos;indicateurs (CSV, TSV, un par ligne)</translation>
    </message>
    <message>
        <source>Intelligence and alerts (%1)</source>
        <translation>Renseignement et alertes (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>FtsBulkBuild</name>
    <message>
        <source>The table %1 does not exist.</source>
        <translation>La table %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The full-text index is no longer empty; nothing was replaced.</source>
        <translation>L&apos;index plein texte n&apos;est plus vide ; rien n&apos;a été remplacé.</translation>
    </message>
    <message>
        <source>Building the full-text index failed.</source>
        <translation>La construction de l&apos;index plein texte a échoué.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Print the per-file account as one JSON document.</source>
        <translation>Afficher le compte rendu par fichier sous forme d&apos;un document JSON unique.</translation>
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
    <message>
        <source>Import intelligence (STIX, MISP, indicator lists) and sensor alerts (Suricata EVE, Zeek, Sigma).</source>
        <translation>Importer du renseignement (STIX, MISP, listes d&apos;indicateurs) et des alertes de capteurs (Suricata EVE, Zeek, Sigma).</translation>
    </message>
    <message>
        <source>Indicator lists: every value is of this type (ipv4-addr, ipv6-addr, domain-name, url, email-addr, file:md5, file:sha1, file:sha256, file:sha512).</source>
        <translation>Listes d&apos;indicateurs : chaque valeur est de ce type (ipv4-addr, ipv6-addr, domain-name, url, email-addr, file:md5, file:sha1, file:sha256, file:sha512).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Indicator lists: confidence 0-100 of rows without one.</source>
        <translation>Listes d&apos;indicateurs : confiance 0-100 des lignes qui n&apos;en indiquent pas.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Alerts: time zone of timestamps written without one, as +HH:MM or -HH:MM (default UTC).</source>
        <translation>Alertes : fuseau horaire des horodatages écrits sans fuseau, sous la forme +HH:MM ou -HH:MM (par défaut : UTC).</translation>
    </message>
    <message>
        <source>OFFSET</source>
        <translation>DÉCALAGE</translation>
    </message>
    <message>
        <source>Report progress on stderr while files are read.</source>
        <translation>Afficher la progression sur stderr pendant la lecture des fichiers.</translation>
    </message>
    <message>
        <source>Reject objects larger than this (default 16 MiB).</source>
        <translation>Rejeter les objets plus volumineux (par défaut : 16 Mio).</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>Reject objects with a longer string (default 1 MiB).</source>
        <translation>Rejeter les objets contenant une chaîne plus longue (par défaut : 1 Mio).</translation>
    </message>
    <message>
        <source>Reject objects nested deeper (default 64).</source>
        <translation>Rejeter les objets plus profondément imbriqués (par défaut : 64).</translation>
    </message>
    <message>
        <source>import: unknown indicator type &apos;%1&apos;.</source>
        <translation>import: type d&apos;indicateur inconnu &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>import: --confidence needs a number from 0 to 100.</source>
        <translation>import: --confidence exige un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>import: --assume-zone needs an offset such as +01:00 or -05:00.</source>
        <translation>import: --assume-zone exige un décalage tel que +01:00 ou -05:00.</translation>
    </message>
    <message>
        <source>import: --max-object-bytes, --max-string-bytes and --max-depth need positive numbers.</source>
        <translation>import: --max-object-bytes, --max-string-bytes et --max-depth exigent des nombres positifs.</translation>
    </message>
    <message>
        <source>import: no importable files under %1.</source>
        <translation>import: aucun fichier importable sous %1.</translation>
    </message>
    <message>
        <source>Refuse files without a minisign signature (FILE.minisig) beside them. Signed files are always checked against the trusted keys (&apos;lagebild trust&apos;) before they are read.</source>
        <translation>Refuser les fichiers sans signature minisign (FICHIER.minisig) à côté d&apos;eux. Les fichiers signés sont toujours vérifiés avec les clés de confiance (&apos;lagebild trust&apos;) avant d&apos;être lus.</translation>
    </message>
    <message>
        <source>Input format: %1 (default auto).</source>
        <translation>Format d&apos;entrée : %1 (par défaut auto).</translation>
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
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignoré : %1</translation>
    </message>
    <message>
        <source>A signature file, not data: checked with the file it signs, not imported.</source>
        <translation>Un fichier de signature, pas des données : vérifié avec le fichier qu&apos;il signe, non importé.</translation>
    </message>
    <message>
        <source>%1: no signature file %2 beside it, and --require-signature refuses unsigned files; nothing imported.</source>
        <translation>%1 : aucun fichier de signature %2 à côté, et --require-signature refuse les fichiers non signés ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: no valid record in the file; first problem: %2 (%3)</source>
        <translation>%1 : aucun enregistrement valide dans le fichier ; premier problème : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: sequence %2 from producer &quot;%3&quot; was accepted by another import meanwhile; nothing imported.</source>
        <translation>%1 : la séquence %2 du producteur &quot;%3&quot; a entre-temps été acceptée par un autre import ; rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert match(es) with the new or changed indicators.</source>
        <translation>
            <numerusform>%n corrélation d&apos;alerte avec les indicateurs nouveaux ou modifiés.</numerusform>
            <numerusform>%n corrélations d&apos;alertes avec les indicateurs nouveaux ou modifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) of the new alerts with intelligence.</source>
        <translation>
            <numerusform>%n corrélation des nouvelles alertes avec le renseignement.</numerusform>
            <numerusform>%n corrélations des nouvelles alertes avec le renseignement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>There is no incident with number %1.</source>
        <translation>Il n&apos;existe aucun incident numéro %1.</translation>
    </message>
    <message>
        <source>There is no incident %1.</source>
        <translation>Il n&apos;existe aucun incident %1.</translation>
    </message>
</context>
<context>
    <name>IndicatorListReader</name>
    <message>
        <source>line %1, byte %2</source>
        <translation>ligne %1, octet %2</translation>
    </message>
    <message>
        <source>The file contains a NUL byte: it is binary, not a text list of indicators.</source>
        <translation>Le fichier contient un octet NUL : il est binaire, ce n&apos;est pas une liste textuelle d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>A line is longer than %1 MB: this is not a list of indicators.</source>
        <translation>Une ligne dépasse %1 Mo : ce n&apos;est pas une liste d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>A record starting on line %1 is longer than %2 MB: probably a quote that is never closed.</source>
        <translation>Un enregistrement commençant à la ligne %1 dépasse %2 Mo : probablement un guillemet jamais fermé.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>comma-separated values</source>
        <translation>valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>tab-separated values</source>
        <translation>valeurs séparées par des tabulations</translation>
    </message>
    <message>
        <source>semicolon-separated values</source>
        <translation>valeurs séparées par des points-virgules</translation>
    </message>
    <message>
        <source>pipe-separated values</source>
        <translation>valeurs séparées par des barres verticales</translation>
    </message>
    <message>
        <source>one value per line</source>
        <translation>une valeur par ligne</translation>
    </message>
    <message>
        <source>values separated by &apos;%1&apos;</source>
        <translation>valeurs séparées par &apos;%1&apos;</translation>
    </message>
    <message>
        <source>column %1 (&quot;%2&quot;)</source>
        <translation>colonne %1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <source>Read as %1 with a header row; indicators from %2.</source>
        <translation>Lu comme %1 avec ligne d&apos;en-tête ; indicateurs issus de %2.</translation>
    </message>
    <message>
        <source>Read as %1 without a header row; indicators from %2.</source>
        <translation>Lu comme %1 sans ligne d&apos;en-tête ; indicateurs issus de %2.</translation>
    </message>
    <message>
        <source>Types from %1; where a type contradicts its value, the type the value itself shows is used.</source>
        <translation>Types issus de %1 ; lorsqu&apos;un type contredit sa valeur, c&apos;est le type indiqué par la valeur elle-même qui est utilisé.</translation>
    </message>
    <message>
        <source>The hash columns %1 are read as the hashes of one file per row: one indicator each.</source>
        <translation>Les colonnes de hachage %1 sont lues comme les hachages d&apos;un seul fichier par ligne : un indicateur par ligne.</translation>
    </message>
    <message>
        <source>%1 also holds indicator-like values but is not imported: one indicator is read per row, from %2. To import it, save that column as a list of its own.</source>
        <translation>%1 contient aussi des valeurs ressemblant à des indicateurs, mais n&apos;est pas importée : un seul indicateur est lu par ligne, depuis %2. Pour l&apos;importer, enregistrez cette colonne comme liste distincte.</translation>
    </message>
    <message>
        <source>Text that is not valid UTF-8 was read as Latin-1 (ISO 8859-1); save the list as UTF-8 to avoid this.</source>
        <translation>Le texte qui n&apos;est pas de l&apos;UTF-8 valide a été lu comme Latin-1 (ISO 8859-1) ; enregistrez la liste en UTF-8 pour éviter cela.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a file hash; left out of this row&apos;s indicator.</source>
        <translation>&quot;%1&quot; dans %2 n&apos;est pas un hachage de fichier ; omis de l&apos;indicateur de cette ligne.</translation>
    </message>
    <message>
        <source>%1 holds a second hash of one algorithm (&quot;%2&quot;); the first one is kept.</source>
        <translation>%1 contient un second hachage du même algorithme (&quot;%2&quot;) ; le premier est conservé.</translation>
    </message>
    <message>
        <source>The row has no value in its hash columns.</source>
        <translation>La ligne n&apos;a aucune valeur dans ses colonnes de hachage.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file hash (MD5, SHA-1, SHA-256 or SHA-512).</source>
        <translation>&quot;%1&quot; n&apos;est pas un hachage de fichier (MD5, SHA-1, SHA-256 ou SHA-512).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a hash but has %2 hex digits; MD5, SHA-1, SHA-256 and SHA-512 have 32, 40, 64 and 128.</source>
        <translation>&quot;%1&quot; ressemble à un hachage mais compte %2 chiffres hexadécimaux ; MD5, SHA-1, SHA-256 et SHA-512 en ont 32, 40, 64 et 128.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an indicator: it contains blanks (free text?).</source>
        <translation>&quot;%1&quot; n&apos;est pas un indicateur : il contient des espaces (texte libre ?).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not recognised as an IP address or network, domain, URL, e-mail address or file hash.</source>
        <translation>&quot;%1&quot; n&apos;est pas reconnu comme adresse ou réseau IP, domaine, URL, adresse e-mail ou hachage de fichier.</translation>
    </message>
    <message>
        <source>The row has no value in %1.</source>
        <translation>La ligne n&apos;a aucune valeur dans %1.</translation>
    </message>
    <message>
        <source>The value is %1 bytes long: not one indicator.</source>
        <translation>La valeur fait %1 octets : ce n&apos;est pas un indicateur unique.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text.</source>
        <translation>La valeur n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2, the type this import requires.</source>
        <translation>&quot;%1&quot; n&apos;est pas un %2 valide, le type exigé par cet import.</translation>
    </message>
    <message>
        <source>Unknown type &quot;%1&quot;: values of this type are recognised by their form.</source>
        <translation>Type inconnu &quot;%1&quot; : les valeurs de ce type sont reconnues d&apos;après leur forme.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is context, not an indicator (type &quot;%2&quot;).</source>
        <translation>&quot;%1&quot; est du contexte, pas un indicateur (type &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; cannot be matched: only IP addresses and networks, domains, URLs, e-mail addresses, file hashes (MD5, SHA-1, SHA-256, SHA-512), registry keys, mutexes and user agents can.</source>
        <translation>Le type &quot;%1&quot; ne peut pas être corrélé : seuls les adresses et réseaux IP, domaines, URL, adresses e-mail, hachages de fichiers (MD5, SHA-1, SHA-256, SHA-512), clés de registre, mutex et user agents peuvent l&apos;être.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of type &quot;%2&quot;, nor any other indicator.</source>
        <translation>&quot;%1&quot; n&apos;est ni une valeur valide de type &quot;%2&quot;, ni un autre indicateur.</translation>
    </message>
    <message>
        <source>The type says &quot;%1&quot;, but &quot;%2&quot; is not of that type; imported as %3.</source>
        <translation>Le type indique &quot;%1&quot;, mais &quot;%2&quot; n&apos;est pas de ce type ; importé comme %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete hash (%2 hex digits); the indicator uses the other hashes of the row.</source>
        <translation>&quot;%1&quot; n&apos;est pas un hachage complet (%2 chiffres hexadécimaux) ; l&apos;indicateur utilise les autres hachages de la ligne.</translation>
    </message>
    <message>
        <source>Internal error: the generated source identity was refused: %1</source>
        <translation>Erreur interne : l&apos;identité de source générée a été refusée : %1</translation>
    </message>
    <message>
        <source>Internal error: the indicator generated for &quot;%1&quot; was refused: %2</source>
        <translation>Erreur interne : l&apos;indicateur généré pour &quot;%1&quot; a été refusé : %2</translation>
    </message>
    <message>
        <source>This is the hashes.csv of a MISP feed: its MD5s are lookup hashes of attribute values, not file hashes. Import the feed folder instead.</source>
        <translation>Il s&apos;agit du hashes.csv d&apos;un flux MISP : ses MD5 sont des hachages de recherche de valeurs d&apos;attributs, pas des hachages de fichiers. Importez plutôt le dossier du flux.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>A quoted field opened on this line is never closed: the rest of the file was read as part of it.</source>
        <translation>Un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé : le reste du fichier a été lu comme en faisant partie.</translation>
    </message>
    <message>
        <source>The list holds no values.</source>
        <translation>La liste ne contient aucune valeur.</translation>
    </message>
    <message>
        <source>The element is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>L&apos;élément fait %1 octets ; la limite est de %2 octets. Il a été omis.</translation>
    </message>
    <message>
        <source>The element is nested %1 levels deep; the cap is %2.</source>
        <translation>L&apos;élément est imbriqué sur %1 niveaux ; la limite est de %2.</translation>
    </message>
    <message>
        <source>The element contains a string longer than the cap of %1 KB.</source>
        <translation>L&apos;élément contient une chaîne plus longue que la limite de %1 Ko.</translation>
    </message>
    <message>
        <source>The element is not valid JSON (%1).</source>
        <translation>L&apos;élément n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>The element has no text in its value member (%1).</source>
        <translation>L&apos;élément n&apos;a pas de texte dans son membre de valeur (%1).</translation>
    </message>
    <message>
        <source>The element has no value member (ip, value, indicator, ioc, domain, url, hash, sha256, md5, address, ...).</source>
        <translation>L&apos;élément n&apos;a pas de membre de valeur (ip, value, indicator, ioc, domain, url, hash, sha256, md5, address, ...).</translation>
    </message>
    <message>
        <source>The element is neither a value (a string) nor an object with a value member.</source>
        <translation>L&apos;élément n&apos;est ni une valeur (une chaîne) ni un objet avec un membre de valeur.</translation>
    </message>
    <message>
        <source>The JSON document has no array of indicators (items, indicators, data, iocs, entries, results or blocklist).</source>
        <translation>Le document JSON ne contient pas de tableau d&apos;indicateurs (items, indicators, data, iocs, entries, results ou blocklist).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Not JSON: the file must start with &apos;{&apos; or &apos;[&apos;.</source>
        <translation>Pas du JSON : le fichier doit commencer par &apos;{&apos; ou &apos;[&apos;.</translation>
    </message>
    <message>
        <source>Unexpected data after the end of the JSON document.</source>
        <translation>Données inattendues après la fin du document JSON.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text. Save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and import it again.</source>
        <translation>Le fichier est un texte UTF-16. Enregistrez-le en UTF-8 (dans Excel : &quot;CSV UTF-8&quot;) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is full of control characters: it is binary, not a text list of indicators.</source>
        <translation>Le fichier est rempli de caractères de contrôle : il est binaire, ce n&apos;est pas une liste textuelle d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>The file is a JSON document, not an indicator list. Import STIX and MISP files with their own formats.</source>
        <translation>Le fichier est un document JSON, pas une liste d&apos;indicateurs. Importez les fichiers STIX et MISP avec leurs propres formats.</translation>
    </message>
    <message>
        <source>The file is an XML or HTML document, not an indicator list.</source>
        <translation>Le fichier est un document XML ou HTML, pas une liste d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>%1 of the first %2 lines are not valid UTF-8 text: the file is binary or in another encoding. Save it as UTF-8 and import it again.</source>
        <translation>%1 des %2 premières lignes ne sont pas du texte UTF-8 valide : le fichier est binaire ou dans un autre encodage. Enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate value(s) merged: each distinct value becomes one indicator.</source>
        <translation>
            <numerusform>%n valeur en double fusionnée : chaque valeur distincte devient un indicateur.</numerusform>
            <numerusform>%n valeurs en double fusionnées : chaque valeur distincte devient un indicateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more note(s) of the same kind were left out.</source>
        <translation>
            <numerusform>%n autre remarque du même type a été omise.</numerusform>
            <numerusform>%n autres remarques du même type ont été omises.</numerusform>
        </translation>
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
    <message>
        <source>alerts missing from the full-text index</source>
        <translation>alertes absentes de l&apos;index plein texte</translation>
    </message>
    <message>
        <source>alerts whose match count is out of date</source>
        <translation>alertes dont le nombre de corrélations est obsolète</translation>
    </message>
    <message>
        <source>alert matches that point to something other than an indicator</source>
        <translation>corrélations d&apos;alertes qui pointent vers autre chose qu&apos;un indicateur</translation>
    </message>
    <message>
        <source>alerts outside the time range their zone map block records</source>
        <translation>alertes hors de la plage horaire enregistrée par leur bloc de zone</translation>
    </message>
    <message>
        <source>alerts outside the status model (a resolution without &apos;closed&apos;, or schema 1&apos;s status)</source>
        <translation>alertes hors du modèle d&apos;états (une résolution sans &apos;closed&apos;, ou l&apos;état du schéma 1)</translation>
    </message>
    <message>
        <source>hourly alert counts (the Situation page&apos;s rollup) that differ from the alerts they count</source>
        <translation>comptes horaires d&apos;alertes (agrégat de la page Situation) qui diffèrent des alertes comptées</translation>
    </message>
    <message>
        <source>hourly technique counts (the Situation page&apos;s top list) that differ from the alerts they count</source>
        <translation>comptes horaires par technique (liste de la page Situation) qui diffèrent des alertes comptées</translation>
    </message>
    <message>
        <source>hourly indicator counts (the Situation page&apos;s top list) that differ from the matches they count</source>
        <translation>comptes horaires par indicateur (liste de la page Situation) qui diffèrent des correspondances comptées</translation>
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
    <name>Minisign</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>too large for a minisign key or signature file (%1 bytes).</source>
        <translation>trop volumineux pour un fichier de clé ou de signature minisign (%1 octets).</translation>
    </message>
    <message>
        <source>not a minisign public key file (expected an &quot;untrusted comment:&quot; line and a base64 line).</source>
        <translation>pas un fichier de clé publique minisign (une ligne &quot;untrusted comment:&quot; et une ligne base64 attendues).</translation>
    </message>
    <message>
        <source>the public key is not valid base64 of the expected length.</source>
        <translation>la clé publique n&apos;est pas du base64 valide de la longueur attendue.</translation>
    </message>
    <message>
        <source>unsupported public key algorithm (minisign keys are &quot;Ed&quot;).</source>
        <translation>algorithme de clé publique non pris en charge (les clés minisign sont &quot;Ed&quot;).</translation>
    </message>
    <message>
        <source>the cryptography library could not be initialised.</source>
        <translation>la bibliothèque cryptographique n&apos;a pas pu être initialisée.</translation>
    </message>
    <message>
        <source>not a minisign secret key file.</source>
        <translation>pas un fichier de clé secrète minisign.</translation>
    </message>
    <message>
        <source>the secret key is not valid base64 of the expected length.</source>
        <translation>la clé secrète n&apos;est pas du base64 valide de la longueur attendue.</translation>
    </message>
    <message>
        <source>out of memory for the secret key.</source>
        <translation>mémoire insuffisante pour la clé secrète.</translation>
    </message>
    <message>
        <source>unsupported signature algorithm in the secret key.</source>
        <translation>algorithme de signature non pris en charge dans la clé secrète.</translation>
    </message>
    <message>
        <source>unsupported checksum algorithm in the secret key.</source>
        <translation>algorithme de somme de contrôle non pris en charge dans la clé secrète.</translation>
    </message>
    <message>
        <source>unsupported key derivation in the secret key.</source>
        <translation>dérivation de clé non prise en charge dans la clé secrète.</translation>
    </message>
    <message>
        <source>the secret key is protected by a password; set LAGEBILD_SIGN_PASSWORD.</source>
        <translation>la clé secrète est protégée par un mot de passe ; définissez LAGEBILD_SIGN_PASSWORD.</translation>
    </message>
    <message>
        <source>the secret key asks for more key-derivation memory than allowed.</source>
        <translation>la clé secrète demande plus de mémoire de dérivation de clé qu&apos;autorisé.</translation>
    </message>
    <message>
        <source>the key derivation failed (out of memory?).</source>
        <translation>la dérivation de clé a échoué (mémoire insuffisante ?).</translation>
    </message>
    <message>
        <source>wrong password for this secret key.</source>
        <translation>mot de passe incorrect pour cette clé secrète.</translation>
    </message>
    <message>
        <source>the secret key&apos;s checksum does not match; the file is damaged.</source>
        <translation>la somme de contrôle de la clé secrète ne correspond pas ; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>the secret key is damaged (its public half does not match).</source>
        <translation>la clé secrète est endommagée (sa moitié publique ne correspond pas).</translation>
    </message>
    <message>
        <source>not a minisign signature file (expected 4 lines, found %1).</source>
        <translation>pas un fichier de signature minisign (4 lignes attendues, %1 trouvées).</translation>
    </message>
    <message>
        <source>line 1 must start with &quot;untrusted comment: &quot;.</source>
        <translation>la ligne 1 doit commencer par &quot;untrusted comment: &quot;.</translation>
    </message>
    <message>
        <source>line 3 must start with &quot;trusted comment: &quot;.</source>
        <translation>la ligne 3 doit commencer par &quot;trusted comment: &quot;.</translation>
    </message>
    <message>
        <source>the untrusted comment is not one line of valid UTF-8 text.</source>
        <translation>le commentaire non fiable n&apos;est pas une ligne unique de texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>the trusted comment is not one line of valid UTF-8 text.</source>
        <translation>le commentaire de confiance n&apos;est pas une ligne unique de texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>line 2 is not a base64 signature of the expected length.</source>
        <translation>la ligne 2 n&apos;est pas une signature base64 de la longueur attendue.</translation>
    </message>
    <message>
        <source>unsupported signature algorithm.</source>
        <translation>algorithme de signature non pris en charge.</translation>
    </message>
    <message>
        <source>line 4 is not a base64 global signature of the expected length.</source>
        <translation>la ligne 4 n&apos;est pas une signature globale base64 de la longueur attendue.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>signed by key %1, not by key %2.</source>
        <translation>signé par la clé %1, et non par la clé %2.</translation>
    </message>
    <message>
        <source>the signature does not match the file&apos;s content (altered or not signed by key %1).</source>
        <translation>la signature ne correspond pas au contenu du fichier (modifié ou non signé par la clé %1).</translation>
    </message>
    <message>
        <source>the trusted comment&apos;s signature does not match (the comment was altered).</source>
        <translation>la signature du commentaire de confiance ne correspond pas (le commentaire a été modifié).</translation>
    </message>
</context>
<context>
    <name>MispReader</name>
    <message>
        <source>The value of this %1 attribute is not &quot;address|port&quot;.</source>
        <translation>La valeur de cet attribut %1 n&apos;est pas de la forme &quot;address|port&quot;.</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; of this %2 attribute is not a number from 0 to 65535.</source>
        <translation>Le port &quot;%1&quot; de cet attribut %2 n&apos;est pas un nombre de 0 à 65535.</translation>
    </message>
    <message>
        <source>The value of this domain|ip attribute is not &quot;domain|address&quot;.</source>
        <translation>La valeur de cet attribut domain|ip n&apos;est pas de la forme &quot;domain|address&quot;.</translation>
    </message>
    <message>
        <source>The value of this %1 attribute is not &quot;filename|hash&quot;.</source>
        <translation>La valeur de cet attribut %1 n&apos;est pas de la forme &quot;filename|hash&quot;.</translation>
    </message>
    <message>
        <source>The value of this regkey|value attribute is not &quot;key|data&quot;.</source>
        <translation>La valeur de cet attribut regkey|value n&apos;est pas de la forme &quot;key|data&quot;.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of this AS attribute is not an autonomous system number.</source>
        <translation>La valeur &quot;%1&quot; de cet attribut AS n&apos;est pas un numéro de système autonome.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; of this %2 attribute is not a number.</source>
        <translation>La valeur &quot;%1&quot; de cet attribut %2 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>Unrecognised TLP tag &quot;%1&quot;: the objects it marks are treated as TLP unknown (never released).</source>
        <translation>Tag TLP non reconnu &quot;%1&quot; : les objets qu&apos;il marque sont traités comme TLP unknown (jamais diffusés).</translation>
    </message>
    <message>
        <source>Galaxy is not a JSON object and was left out.</source>
        <translation>La galaxie n&apos;est pas un objet JSON et a été omise.</translation>
    </message>
    <message>
        <source>Attribute is not a JSON object and was left out.</source>
        <translation>L&apos;attribut n&apos;est pas un objet JSON et a été omis.</translation>
    </message>
    <message>
        <source>Attribute without a type or value was left out; correct it in MISP and export the event again.</source>
        <translation>Attribut sans type ni valeur omis ; corrigez-le dans MISP et exportez à nouveau l&apos;événement.</translation>
    </message>
    <message>
        <source>Kept as a custom x-misp-attribute object.</source>
        <translation>Conservé comme objet personnalisé x-misp-attribute.</translation>
    </message>
    <message>
        <source>MISP object is not a JSON object and was left out.</source>
        <translation>L&apos;objet MISP n&apos;est pas un objet JSON et a été omis.</translation>
    </message>
    <message>
        <source>MISP object without a template name was left out.</source>
        <translation>Objet MISP sans nom de modèle omis.</translation>
    </message>
    <message>
        <source>Attribute without a type or value in MISP object &quot;%1&quot; was left out.</source>
        <translation>Attribut sans type ni valeur dans l&apos;objet MISP &quot;%1&quot; omis.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n attribute(s) of MISP type &quot;%1&quot; have no STIX equivalent and were kept as x-misp-attribute objects (not matched against sensor data).</source>
        <translation>
            <numerusform>%n attribut de type MISP &quot;%1&quot; n&apos;a pas d&apos;équivalent STIX et a été conservé comme objet x-misp-attribute (non corrélé aux données des capteurs).</numerusform>
            <numerusform>%n attributs de type MISP &quot;%1&quot; n&apos;ont pas d&apos;équivalent STIX et ont été conservés comme objets x-misp-attribute (non corrélés aux données des capteurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object reference(s) point to records that are not in this event; no relationship was created.</source>
        <translation>
            <numerusform>%n référence d&apos;objet pointe vers des enregistrements absents de cet événement ; aucune relation n&apos;a été créée.</numerusform>
            <numerusform>%n références d&apos;objets pointent vers des enregistrements absents de cet événement ; aucune relation n&apos;a été créée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sighting(s) were not imported: false positives, expirations, undated sightings and sightings of non-indicator attributes have no STIX sighting here.</source>
        <translation>
            <numerusform>%n observation n&apos;a pas été importée : les faux positifs, les expirations, les observations non datées et les observations d&apos;attributs qui ne sont pas des indicateurs ne donnent ici aucun sighting STIX.</numerusform>
            <numerusform>%n observations n&apos;ont pas été importées : les faux positifs, les expirations, les observations non datées et les observations d&apos;attributs qui ne sont pas des indicateurs ne donnent ici aucun sighting STIX.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s) (shadow attributes) were not imported: they are unconfirmed suggestions.</source>
        <translation>
            <numerusform>%n proposition (shadow attribute) n&apos;a pas été importée : il s&apos;agit de suggestions non confirmées.</numerusform>
            <numerusform>%n propositions (shadow attributes) n&apos;ont pas été importées : il s&apos;agit de suggestions non confirmées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; has no valid uuid; its id was derived from its title, date and attribute values, so editing those in MISP will import it as a new event.</source>
        <translation>L&apos;événement &quot;%1&quot; n&apos;a pas d&apos;uuid valide ; son identifiant a été dérivé de son titre, de sa date et des valeurs de ses attributs : s&apos;ils sont modifiés dans MISP, il sera importé comme un nouvel événement.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>it has no &quot;namespace&quot; and &quot;predicates&quot;, so it is not a taxonomy.</source>
        <translation>il n&apos;a ni &quot;namespace&quot; ni &quot;predicates&quot;, ce n&apos;est donc pas une taxonomie.</translation>
    </message>
    <message>
        <source>it has no galaxy clusters, so it is not a galaxy.</source>
        <translation>il ne contient aucun cluster de galaxie, ce n&apos;est donc pas une galaxie.</translation>
    </message>
    <message>
        <source>the JSON object has neither an &quot;Event&quot;, a &quot;response&quot; nor event or attribute fields.</source>
        <translation>l&apos;objet JSON n&apos;a ni &quot;Event&quot;, ni &quot;response&quot;, ni champs d&apos;événement ou d&apos;attribut.</translation>
    </message>
    <message>
        <source>its &quot;response&quot; holds neither events nor attributes.</source>
        <translation>son &quot;response&quot; ne contient ni événements ni attributs.</translation>
    </message>
    <message>
        <source>the document is neither a JSON object nor an array.</source>
        <translation>le document n&apos;est ni un objet JSON ni un tableau.</translation>
    </message>
    <message>
        <source>This element is neither a MISP event nor an attribute and was left out.</source>
        <translation>Cet élément n&apos;est ni un événement MISP ni un attribut et a été omis.</translation>
    </message>
    <message>
        <source>MISP events</source>
        <translation>Événements MISP</translation>
    </message>
    <message>
        <source>%1 is not a MISP feed folder: it has no manifest.json.</source>
        <translation>%1 n&apos;est pas un dossier de flux MISP : il ne contient pas de manifest.json.</translation>
    </message>
    <message>
        <source>Galaxy cluster without a value in galaxy &quot;%1&quot; was left out.</source>
        <translation>Cluster de galaxie sans valeur dans la galaxie &quot;%1&quot; omis.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; MISP files that large are not supported. Split the export into several files.</source>
        <translation>%1 dépasse %2 Mo ; les fichiers MISP de cette taille ne sont pas pris en charge. Répartissez l&apos;export sur plusieurs fichiers.</translation>
    </message>
    <message>
        <source>The STIX object generated from this MISP record was refused (%1). This is a defect in the MISP reader; please report it together with the file.</source>
        <translation>L&apos;objet STIX généré à partir de cet enregistrement MISP a été refusé (%1). Il s&apos;agit d&apos;un défaut du lecteur MISP ; veuillez le signaler en joignant le fichier.</translation>
    </message>
    <message>
        <source>manifest.json in %1 is not a JSON object of event uuids; this is not a MISP feed.</source>
        <translation>manifest.json dans %1 n&apos;est pas un objet JSON d&apos;uuid d&apos;événements ; ce n&apos;est pas un flux MISP.</translation>
    </message>
    <message>
        <source>The manifest entry &quot;%1&quot; is not an event uuid; it was skipped and no file was opened for it. The feed may have been tampered with.</source>
        <translation>L&apos;entrée de manifeste &quot;%1&quot; n&apos;est pas un uuid d&apos;événement ; elle a été ignorée et aucun fichier n&apos;a été ouvert pour elle. Le flux a peut-être été altéré.</translation>
    </message>
    <message>
        <source>Event %1 is listed in manifest.json but its file %1.json is missing; the copy of the feed may be incomplete.</source>
        <translation>L&apos;événement %1 est répertorié dans manifest.json, mais son fichier %1.json est manquant ; la copie du flux est peut-être incomplète.</translation>
    </message>
    <message>
        <source>%1 is in the feed folder but not listed in manifest.json; it was not imported.</source>
        <translation>%1 se trouve dans le dossier du flux mais n&apos;est pas répertorié dans manifest.json ; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Feed events</source>
        <translation>Événements du flux</translation>
    </message>
    <message>
        <source>%1 does not hold the event %2 that manifest.json announces for it.</source>
        <translation>%1 ne contient pas l&apos;événement %2 que manifest.json annonce pour ce fichier.</translation>
    </message>
    <message>
        <source>%1 is not MISP data: %2 Expected a MISP event export, a feed folder, a misp-galaxy cluster file or a misp-taxonomies machinetag.json.</source>
        <translation>%1 ne contient pas de données MISP : %2 Attendu : un export d&apos;événements MISP, un dossier de flux, un fichier de clusters misp-galaxy ou un machinetag.json de misp-taxonomies.</translation>
    </message>
    <message>
        <source>Galaxy cluster is not a JSON object and was left out.</source>
        <translation>Le cluster de galaxie n&apos;est pas un objet JSON et a été omis.</translation>
    </message>
    <message>
        <source>Galaxy clusters</source>
        <translation>Clusters de galaxie</translation>
    </message>
    <message>
        <source>This is a galaxy definition without clusters; nothing to import. Import the matching file from the misp-galaxy &quot;clusters&quot; folder instead.</source>
        <translation>Il s&apos;agit d&apos;une définition de galaxie sans clusters ; rien à importer. Importez plutôt le fichier correspondant du dossier &quot;clusters&quot; de misp-galaxy.</translation>
    </message>
    <message>
        <source>%1 is a taxonomy without a namespace and cannot be imported.</source>
        <translation>%1 est une taxonomie sans namespace et ne peut pas être importée.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2) and cannot be read as MISP data; check that the file was copied completely.</source>
        <translation>%1 n&apos;est pas du JSON valide (%2) et ne peut pas être lu comme données MISP ; vérifiez que le fichier a été copié intégralement.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>ligne %1, octet %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event report(s) were not imported.</source>
        <translation>
            <numerusform>%n rapport d&apos;événement n&apos;a pas été importé.</numerusform>
            <numerusform>%n rapports d&apos;événement n&apos;ont pas été importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of hashes.csv are not &quot;event uuid, MD5&quot; in either order and were ignored.</source>
        <translation>
            <numerusform>%n ligne de hashes.csv ne correspond pas à &quot;event uuid, MD5&quot; (dans un ordre ou dans l&apos;autre) et a été ignorée.</numerusform>
            <numerusform>%n lignes de hashes.csv ne correspondent pas à &quot;event uuid, MD5&quot; (dans un ordre ou dans l&apos;autre) et ont été ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of hashes.csv name events that manifest.json does not list.</source>
        <translation>
            <numerusform>%n ligne de hashes.csv désigne des événements que manifest.json ne répertorie pas.</numerusform>
            <numerusform>%n lignes de hashes.csv désignent des événements que manifest.json ne répertorie pas.</numerusform>
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
    <name>SigmaReader</name>
    <message>
        <source>Reading Sigma matches</source>
        <translation>Lecture des correspondances Sigma</translation>
    </message>
    <message>
        <source>%1, line %2, byte %3</source>
        <translation>%1, ligne %2, octet %3</translation>
    </message>
    <message>
        <source>No rule.yml next to the events in %1; the rule id and title were taken from info.yml, level and tags are unknown.</source>
        <translation>Aucun rule.yml à côté des événements dans %1 ; l&apos;identifiant et le titre de la règle proviennent d&apos;info.yml, le niveau et les tags sont inconnus.</translation>
    </message>
    <message>
        <source>No rule.yml next to the events in %1; the alerts carry no rule id, level or tags.</source>
        <translation>Aucun rule.yml à côté des événements dans %1 ; les alertes ne comportent ni identifiant de règle, ni niveau, ni tags.</translation>
    </message>
    <message>
        <source>The rule has no level; its alerts are rated medium.</source>
        <translation>La règle n&apos;a pas de niveau ; ses alertes sont classées medium.</translation>
    </message>
    <message>
        <source>Unknown rule level &quot;%1&quot;; its alerts are rated medium.</source>
        <translation>Niveau de règle inconnu &quot;%1&quot; ; ses alertes sont classées medium.</translation>
    </message>
    <message>
        <source>Event is not valid JSON (%1).</source>
        <translation>L&apos;événement n&apos;est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>Not a Windows event: a JSON object was expected.</source>
        <translation>Pas un événement Windows : un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>Not a Windows event: the &quot;System&quot; section is missing.</source>
        <translation>Pas un événement Windows : la section &quot;System&quot; est manquante.</translation>
    </message>
    <message>
        <source>Unreadable event time &quot;%1&quot;.</source>
        <translation>Heure d&apos;événement illisible &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Events in %1 carry no time; the info.yml date %2 (00:00 UTC) was used for them.</source>
        <translation>Les événements de %1 ne comportent pas d&apos;heure ; la date %2 d&apos;info.yml (00:00 UTC) a été utilisée.</translation>
    </message>
    <message>
        <source>Event without a time (System/TimeCreated) and no info.yml date to fall back on.</source>
        <translation>Événement sans heure (System/TimeCreated) et sans date d&apos;info.yml à utiliser à la place.</translation>
    </message>
    <message>
        <source>%1 The rest of the file was not read.</source>
        <translation>%1 Le reste du fichier n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 holds no Windows event JSON object (first problem at %2: %3).</source>
        <translation>%1 ne contient aucun objet JSON d&apos;événement Windows (premier problème à %2 : %3).</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>The JSON array is not closed at the end of the file.</source>
        <translation>Le tableau JSON n&apos;est pas fermé à la fin du fichier.</translation>
    </message>
    <message>
        <source>Event is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>L&apos;événement fait %1 octets ; la limite est de %2 octets. Il a été omis.</translation>
    </message>
    <message>
        <source>Event is nested %1 levels deep; the cap is %2.</source>
        <translation>L&apos;événement est imbriqué sur %1 niveaux ; la limite est de %2.</translation>
    </message>
    <message>
        <source>Event contains a string longer than the cap of %1 KB.</source>
        <translation>L&apos;événement contient une chaîne plus longue que la limite de %1 Ko.</translation>
    </message>
    <message>
        <source>%1 holds no event-*.json file; a Sigma match folder needs rule.yml and the matching events.</source>
        <translation>%1 ne contient aucun fichier event-*.json ; un dossier de correspondances Sigma nécessite rule.yml et les événements correspondants.</translation>
    </message>
    <message>
        <source>Cannot open %1: no such file or folder.</source>
        <translation>Impossible d&apos;ouvrir %1 : fichier ou dossier introuvable.</translation>
    </message>
    <message>
        <source>%1 holds no events.</source>
        <translation>%1 ne contient aucun événement.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; inattendu.</translation>
    </message>
</context>
<context>
    <name>SignedFile</name>
    <message>
        <source>Signature verified: key &quot;%1&quot; (%2), producer &quot;%3&quot;, sequence %4.</source>
        <translation>Signature vérifiée : clé &quot;%1&quot; (%2), producteur &quot;%3&quot;, séquence %4.</translation>
    </message>
    <message>
        <source>%1 is too large to be a minisign signature.</source>
        <translation>%1 est trop volumineux pour être une signature minisign.</translation>
    </message>
    <message>
        <source>signed with key %1, which is not trusted here. If the producer is known, add its public key with &apos;lagebild trust add NAME KEYFILE&apos;.</source>
        <translation>signé avec la clé %1, qui n&apos;est pas de confiance ici. Si le producteur est connu, ajoutez sa clé publique avec &apos;lagebild trust add NOM FICHIER_CLÉ&apos;.</translation>
    </message>
    <message>
        <source>trusted key &quot;%1&quot;</source>
        <translation>clé de confiance &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder to check %1: %2</source>
        <translation>Impossible de créer un dossier temporaire privé pour vérifier %1 : %2</translation>
    </message>
    <message>
        <source>legacy (unhashed) signatures are limited to 1 GiB; sign with minisign&apos;s default (prehashed) mode.</source>
        <translation>les signatures legacy (non prehashed) sont limitées à 1 Gio ; signez avec le mode par défaut (prehashed) de minisign.</translation>
    </message>
    <message>
        <source>the file grew beyond 1 GiB while it was read.</source>
        <translation>le fichier a dépassé 1 Gio pendant sa lecture.</translation>
    </message>
    <message>
        <source>Cannot write the private copy of %1: %2</source>
        <translation>Impossible d&apos;écrire la copie privée de %1 : %2</translation>
    </message>
    <message>
        <source>the signed trusted comment carries no &quot;producer=NAME seq=N&quot;, so a replayed file could not be told apart; trusted comment: &quot;%1&quot;</source>
        <translation>le commentaire de confiance signé ne comporte pas &quot;producer=NAME seq=N&quot;, un fichier rejoué ne pourrait donc pas être distingué ; commentaire de confiance : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>replayed or out-of-date bundle: sequence %1 from producer &quot;%2&quot; is not above the last one accepted (%3).</source>
        <translation>bundle rejoué ou périmé : la séquence %1 du producteur &quot;%2&quot; n&apos;est pas supérieure à la dernière acceptée (%3).</translation>
    </message>
    <message>
        <source>signed as producer &quot;%1&quot;, but its key %2 is trusted as producer &quot;%3&quot;; a key signs only for the producer it was trusted as. Ask the sender to sign as &quot;%3&quot;, or, if the key belongs to &quot;%1&quot;, &apos;lagebild trust remove %3&apos; and &apos;lagebild trust add %1 KEYFILE&apos;.</source>
        <translation>signé en tant que producteur « %1 », mais sa clé %2 est approuvée pour le producteur « %3 » ; une clé ne signe que pour le producteur pour lequel elle a été approuvée. Demandez à l’expéditeur de signer en tant que « %3 » ou, si la clé appartient à « %1 », &apos;lagebild trust remove %3&apos; puis &apos;lagebild trust add %1 KEYFILE&apos;.</translation>
    </message>
    <message>
        <source>%1: signature check failed, nothing imported: %2</source>
        <translation>%1 : échec de la vérification de signature, rien n&apos;a été importé : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Sequence gap: the last bundle accepted from producer &quot;%1&quot; was number %2, this one is %3; %n bundle(s) in between never arrived here. Ask the producer for them.</source>
        <translation>
            <numerusform>Trou de séquence : le dernier bundle accepté du producteur &quot;%1&quot; portait le numéro %2, celui-ci le %3 ; %n bundle intermédiaire n&apos;est jamais arrivé ici. Demandez-le au producteur.</numerusform>
            <numerusform>Trou de séquence : le dernier bundle accepté du producteur &quot;%1&quot; portait le numéro %2, celui-ci le %3 ; %n bundles intermédiaires ne sont jamais arrivés ici. Demandez-les au producteur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>The window &apos;%1&apos; is not FROM..TO with FROM before TO (RFC 3339 times or dates YYYY-MM-DD).</source>
        <translation>La période « %1 » n&apos;est pas DU..AU avec DU avant AU (heures RFC 3339 ou dates AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The window &apos;%1&apos; is not one of 24h, 7d, 30d, all or FROM..TO.</source>
        <translation>La période « %1 » n&apos;est ni 24h, ni 7d, ni 30d, ni all, ni DU..AU.</translation>
    </message>
    <message>
        <source>The threat level changed from %1 to %2.</source>
        <translation>Le niveau de menace est passé de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new campaign(s): %1</source>
        <translation>
            <numerusform>%n nouvelle campagne : %1</numerusform>
            <numerusform>%n nouvelles campagnes : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new intrusion set(s): %1</source>
        <translation>
            <numerusform>%n nouveau mode opératoire : %1</numerusform>
            <numerusform>%n nouveaux modes opératoires : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new threat actor(s): %1</source>
        <translation>
            <numerusform>%n nouvel acteur de la menace : %1</numerusform>
            <numerusform>%n nouveaux acteurs de la menace : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new open partner warning(s): %1</source>
        <translation>
            <numerusform>%n nouvel avertissement partenaire ouvert : %1</numerusform>
            <numerusform>%n nouveaux avertissements partenaires ouverts : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) opened: %1</source>
        <translation>
            <numerusform>%n incident ouvert : %1</numerusform>
            <numerusform>%n incidents ouverts : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) closed: %1</source>
        <translation>
            <numerusform>%n incident clos : %1</numerusform>
            <numerusform>%n incidents clos : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts matching intelligence: %L1 (%2).</source>
        <translation>Alertes correspondant au renseignement : %L1 (%2).</translation>
    </message>
    <message>
        <source>Alerts: %L1 (%2).</source>
        <translation>Alertes : %L1 (%2).</translation>
    </message>
</context>
<context>
    <name>SituationCommand</name>
    <message>
        <source>The figures of the Situation page: threat level and the rule behind it, alert counts, top techniques, indicators and campaigns; set or clear an override of the threat level.</source>
        <translation>Les chiffres de la page Situation : niveau de menace et la règle qui le fixe, nombres d&apos;alertes, techniques, indicateurs et campagnes principaux ; fixer ou lever un niveau de menace manuel.</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON.</translation>
    </message>
    <message>
        <source>24h, 7d, 30d, all or FROM..TO (RFC 3339 or YYYY-MM-DD; default 7d).</source>
        <translation>24h, 7d, 30d, all ou DU..AU (RFC 3339 ou AAAA-MM-JJ ; par défaut 7d).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>Set the threat level by hand (1-4); needs --reason and --until.</source>
        <translation>Fixer le niveau de menace à la main (1-4) ; demande --reason et --until.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>Why the level is set by hand (audited, shown on the page).</source>
        <translation>Pourquoi le niveau est fixé à la main (journalisé, affiché sur la page).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>When the override ends: a duration (90m, 8h, 3d) or an RFC 3339 time.</source>
        <translation>Fin du niveau manuel : une durée (90m, 8h, 3d) ou une heure RFC 3339.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>QUAND</translation>
    </message>
    <message>
        <source>End the running override now.</source>
        <translation>Lever maintenant le niveau manuel en cours.</translation>
    </message>
    <message>
        <source>situation: unexpected argument &apos;%1&apos;.</source>
        <translation>situation : argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>situation: %1</source>
        <translation>situation : %1</translation>
    </message>
    <message>
        <source>situation: --override and --clear-override exclude each other.</source>
        <translation>situation : --override et --clear-override s&apos;excluent.</translation>
    </message>
    <message>
        <source>situation: --reason and --until belong to --override.</source>
        <translation>situation : --reason et --until vont avec --override.</translation>
    </message>
    <message>
        <source>situation: --override takes a level 1, 2, 3 or 4.</source>
        <translation>situation : --override prend un niveau 1, 2, 3 ou 4.</translation>
    </message>
    <message>
        <source>situation: --override needs --reason TEXT.</source>
        <translation>situation : --override demande --reason TEXTE.</translation>
    </message>
    <message>
        <source>situation: --override needs --until with a duration (8h, 3d) or a time in the future.</source>
        <translation>situation : --override demande --until avec une durée (8h, 3d) ou une heure future.</translation>
    </message>
    <message>
        <source>situation: no override of the threat level is running.</source>
        <translation>situation : aucun niveau de menace manuel n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Window: %1 (%2 – %3)</source>
        <translation>Période : %1 (%2 – %3)</translation>
    </message>
    <message>
        <source>Threat level: %1 (%2)</source>
        <translation>Niveau de menace : %1 (%2)</translation>
    </message>
    <message>
        <source>set by hand by %1: %2 (until %3); the rules say %4</source>
        <translation>fixé à la main par %1 : %2 (jusqu&apos;au %3) ; les règles disent %4</translation>
    </message>
    <message>
        <source>Alerts: %1 (%2 matched intel)</source>
        <translation>Alertes : %1 (%2 correspondant au renseignement)</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>gravité %1</translation>
    </message>
    <message>
        <source>Top techniques:</source>
        <translation>Techniques principales :</translation>
    </message>
    <message>
        <source>Top indicators:</source>
        <translation>Indicateurs principaux :</translation>
    </message>
    <message>
        <source>Active campaigns and actors:</source>
        <translation>Campagnes et acteurs actifs :</translation>
    </message>
    <message>
        <source>Open incidents: %1; open partner warnings: %2</source>
        <translation>Incidents ouverts : %1 ; avertissements partenaires ouverts : %2</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Freeze the situation picture (create), list snapshots, or show what changed between two (diff A [B], B defaults to now).</source>
        <translation>Figer la situation (create), lister les instantanés ou montrer ce qui a changé entre deux (diff A [B], B vaut maintenant par défaut).</translation>
    </message>
    <message>
        <source>create, list or diff A [B].</source>
        <translation>create, list ou diff A [B].</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON.</translation>
    </message>
    <message>
        <source>create: a label for the snapshot.</source>
        <translation>create : un libellé pour l&apos;instantané.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>create: the window of the frozen figures (default 7d).</source>
        <translation>create : la période des chiffres figés (par défaut 7d).</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>PÉRIODE</translation>
    </message>
    <message>
        <source>snapshot: name an action: create, list or diff.</source>
        <translation>snapshot : indiquez une action : create, list ou diff.</translation>
    </message>
    <message>
        <source>snapshot %1: unexpected argument &apos;%2&apos;.</source>
        <translation>snapshot %1 : argument inattendu « %2 ».</translation>
    </message>
    <message>
        <source>snapshot diff: name one snapshot (compared with now) or two.</source>
        <translation>snapshot diff : indiquez un instantané (comparé à maintenant) ou deux.</translation>
    </message>
    <message>
        <source>snapshot: unknown action &apos;%1&apos; (create, list or diff).</source>
        <translation>snapshot : action inconnue « %1 » (create, list ou diff).</translation>
    </message>
    <message>
        <source>snapshot %1: --label and --window belong to &apos;snapshot create&apos;.</source>
        <translation>snapshot %1 : --label et --window vont avec « snapshot create ».</translation>
    </message>
    <message>
        <source>snapshot diff: &apos;%1&apos; is not a snapshot id (see &apos;snapshot list&apos;).</source>
        <translation>snapshot diff : « %1 » n&apos;est pas un identifiant d&apos;instantané (voir « snapshot list »).</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>snapshot : %1</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objets</translation>
    </message>
    <message>
        <source>No snapshots yet: &apos;lagebild snapshot create&apos; freezes the situation picture.</source>
        <translation>Pas encore d&apos;instantané : « lagebild snapshot create » fige la situation.</translation>
    </message>
    <message>
        <source>Threat level: %1 → %2</source>
        <translation>Niveau de menace : %1 → %2</translation>
    </message>
    <message>
        <source>alerts %1</source>
        <translation>alertes %1</translation>
    </message>
</context>
<context>
    <name>SnapshotRepository</name>
    <message>
        <source>There is no snapshot %1.</source>
        <translation>Il n&apos;y a pas d&apos;instantané %1.</translation>
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
    <message>
        <source>closed, %1</source>
        <translation>clôturées, %1</translation>
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
    <name>Sync</name>
    <message>
        <source>%1: the environment variable %2 that should hold the secret is not set.</source>
        <translation>%1 : la variable d&apos;environnement %2 qui doit contenir le secret n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>%1: no temporary folder for the downloaded pages (%2).</source>
        <translation>%1 : pas de dossier temporaire pour les pages téléchargées (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the downloaded page to %2.</source>
        <translation>%1 : impossible d&apos;écrire la page téléchargée dans %2.</translation>
    </message>
    <message>
        <source>%1: %2 was not stored: %3</source>
        <translation>%1 : %2 n&apos;a pas été enregistré : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The secret of &quot;%1&quot; could not be deleted from the OS keychain (%2); delete the entry &quot;%3&quot; of Lagebild there yourself.</source>
        <translation>Le secret de « %1 » n’a pas pu être supprimé du trousseau du système (%2) ; supprimez vous-même l’entrée « %3 » de Lagebild.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: enter the secret to keep in the OS keychain.</source>
        <translation>Flux « %1 » : saisissez le secret à conserver dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the OS keychain holds no secret for it; enter the secret again.</source>
        <translation>Flux « %1 » : le trousseau du système ne contient aucun secret pour lui ; saisissez à nouveau le secret.</translation>
    </message>
    <message>
        <source>no OS keychain is available here</source>
        <translation>aucun trousseau du système n’est disponible ici</translation>
    </message>
    <message>
        <source>%1: the secret is kept in the OS keychain, but no keychain is available to this program. Run it where the keychain is, or add the feed again with --secret-env VAR.</source>
        <translation>%1 : le secret est conservé dans le trousseau du système, mais aucun trousseau n’est disponible pour ce programme. Lancez-le là où se trouve le trousseau, ou ajoutez à nouveau le flux avec --secret-env VAR.</translation>
    </message>
    <message>
        <source>%1: cannot read the secret from the OS keychain: %2</source>
        <translation>%1 : impossible de lire le secret dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>%1: the OS keychain holds no secret for this feed (entry &quot;%2&quot; of Lagebild). Enter it again in the feed&apos;s settings, or remove the feed and add it again with --secret-stdin.</source>
        <translation>%1 : le trousseau du système ne contient aucun secret pour ce flux (entrée « %2 » de Lagebild). Saisissez-le à nouveau dans les réglages du flux, ou supprimez le flux et ajoutez-le à nouveau avec --secret-stdin.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: no OS keychain is available here; name an environment variable that holds the secret instead (--secret-env VAR).</source>
        <translation>Flux « %1 » : aucun trousseau du système n’est disponible ici ; indiquez plutôt une variable d’environnement qui contient le secret (--secret-env VAR).</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: cannot keep the secret in the OS keychain: %2</source>
        <translation>Flux « %1 » : impossible de conserver le secret dans le trousseau du système : %2</translation>
    </message>
    <message>
        <source>A feed needs a name.</source>
        <translation>Un flux doit avoir un nom.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: %2</source>
        <translation>Flux &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: &quot;%2&quot; is not a TLP level; use clear, green, amber, amber+strict or red.</source>
        <translation>Flux &quot;%1&quot; : &quot;%2&quot; n&apos;est pas un niveau TLP ; utilisez clear, green, amber, amber+strict ou red.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: a TAXII feed needs --collection (the collection&apos;s id or title).</source>
        <translation>Flux &quot;%1&quot; : un flux TAXII nécessite --collection (l&apos;id ou le titre de la collection).</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: this authentication needs a secret: --secret-stdin keeps it in the OS keychain, --secret-env VAR names the environment variable that holds it.</source>
        <translation>Flux « %1 » : cette authentification nécessite un secret : --secret-stdin le conserve dans le trousseau du système, --secret-env VAR désigne la variable d’environnement qui le contient.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the secret is either in the OS keychain or in an environment variable, not both.</source>
        <translation>Flux « %1 » : le secret est soit dans le trousseau du système, soit dans une variable d’environnement, pas les deux.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: this authentication uses no secret; choose basic, bearer or apikey to keep one in the keychain.</source>
        <translation>Flux « %1 » : cette authentification n’utilise aucun secret ; choisissez basic, bearer ou apikey pour en conserver un dans le trousseau.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: client-certificate authentication needs a certificate and a key file.</source>
        <translation>Flux &quot;%1&quot; : l&apos;authentification par certificat client nécessite un certificat et un fichier de clé.</translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: confidence must be between 0 and 100.</source>
        <translation>Flux &quot;%1&quot; : la confiance doit être comprise entre 0 et 100.</translation>
    </message>
    <message>
        <source>the OS keychain refused access (%1); unlock it and try again.</source>
        <translation>le trousseau du système a refusé l’accès (%1) ; déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>no usable OS keychain here (%1).</source>
        <translation>aucun trousseau du système utilisable ici (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled after %n page(s); the next sync resumes there.</source>
        <translation>
            <numerusform>%1 : annulé après %n page ; la prochaine synchronisation reprendra à partir de là.</numerusform>
            <numerusform>%1 : annulé après %n pages ; la prochaine synchronisation reprendra à partir de là.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s)</source>
        <translation>
            <numerusform>%1 : %n page</numerusform>
            <numerusform>%1 : %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the OS keychain did not answer within %n second(s); if it asks to be unlocked, unlock it and try again.</source>
        <translation>
            <numerusform>le trousseau du système n’a pas répondu en %n seconde ; s’il demande à être déverrouillé, déverrouillez-le et réessayez.</numerusform>
            <numerusform>le trousseau du système n’a pas répondu en %n secondes ; s’il demande à être déverrouillé, déverrouillez-le et réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: the time limit must be between 1 and %2 seconds.</source>
        <translation>Flux « %1 » : la limite de temps doit être comprise entre 1 et %2 secondes.</translation>
    </message>
    <message>
        <source>%1: the server is still working on page %2 (%3 s of at most %4 s)</source>
        <translation>%1 : le serveur travaille encore sur la page %2 (%3 s sur %4 s au plus)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s) the feed lists could not be fetched; everything else was stored and the next sync tries them again: %2</source>
        <translation>
            <numerusform>%1 : %n élément listé par le flux n&apos;a pas pu être récupéré ; tout le reste a été enregistré et la prochaine synchronisation le réessaie : %2</numerusform>
            <numerusform>%1 : %n éléments listés par le flux n&apos;ont pas pu être récupérés ; tout le reste a été enregistré et la prochaine synchronisation les réessaie : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Feed &quot;%1&quot;: unknown kind &quot;%2&quot;; use one of %3.</source>
        <translation>Flux « %1 » : type « %2 » inconnu ; utilisez un parmi %3.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Fetch what is new from the configured feeds.</source>
        <translation>Récupérer les nouveautés des flux configurés.</translation>
    </message>
    <message>
        <source>Feeds to sync (default: every enabled feed).</source>
        <translation>Flux à synchroniser (par défaut : tous les flux activés).</translation>
    </message>
    <message>
        <source>Print one JSON document.</source>
        <translation>Afficher un document JSON unique.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>No enabled feed is configured; &apos;lagebild feeds add&apos; adds one.</source>
        <translation>Aucun flux activé n&apos;est configuré ; &apos;lagebild feeds add&apos; en ajoute un.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s), %1 added, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>
            <numerusform>%Ln page, %1 ajoutés, %2 mis à jour, %3 inchangés, %4 rejetés</numerusform>
            <numerusform>%Ln pages, %1 ajoutés, %2 mis à jour, %3 inchangés, %4 rejetés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreatLevel</name>
    <message numerus="yes">
        <source>%n open incident(s) of severity 1 (critical)</source>
        <translation>
            <numerusform>%n incident ouvert de gravité 1 (critique)</numerusform>
            <numerusform>%n incidents ouverts de gravité 1 (critique)</numerusform>
        </translation>
    </message>
    <message>
        <source>An open incident of severity 1 (critical)</source>
        <translation>Un incident ouvert de gravité 1 (critique)</translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) of severity 1 match partner intelligence</source>
        <translation>
            <numerusform>%n alerte ouverte de gravité 1 correspond au renseignement des partenaires</numerusform>
            <numerusform>%n alertes ouvertes de gravité 1 correspondent au renseignement des partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts matching intelligence rose to %L1 from %L2 in the previous period</source>
        <translation>Les alertes correspondant au renseignement sont passées à %L1 contre %L2 sur la période précédente</translation>
    </message>
    <message numerus="yes">
        <source>%n open incident(s)</source>
        <translation>
            <numerusform>%n incident ouvert</numerusform>
            <numerusform>%n incidents ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) in the period match partner intelligence</source>
        <translation>
            <numerusform>%n alerte de la période correspond au renseignement des partenaires</numerusform>
            <numerusform>%n alertes de la période correspondent au renseignement des partenaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner warning(s) are new or marked as applying</source>
        <translation>
            <numerusform>%n avertissement partenaire est nouveau ou marqué comme applicable</numerusform>
            <numerusform>%n avertissements partenaires sont nouveaux ou marqués comme applicables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner report(s) in the period state a high threat level</source>
        <translation>
            <numerusform>%n rapport partenaire de la période indique un niveau de menace élevé</numerusform>
            <numerusform>%n rapports partenaires de la période indiquent un niveau de menace élevé</numerusform>
        </translation>
    </message>
    <message>
        <source>No open incident, no alert matching intelligence, no open partner warning</source>
        <translation>Aucun incident ouvert, aucune alerte correspondant au renseignement, aucun avertissement partenaire ouvert</translation>
    </message>
    <message>
        <source>Grey – no notable findings</source>
        <translation>Gris – sans anomalie notable</translation>
    </message>
    <message>
        <source>Yellow – increased watch</source>
        <translation>Jaune – surveillance renforcée</translation>
    </message>
    <message>
        <source>Orange – business-critical</source>
        <translation>Orange – critique pour l&apos;activité</translation>
    </message>
    <message>
        <source>Red – extremely critical</source>
        <translation>Rouge – extrêmement critique</translation>
    </message>
    <message>
        <source>The IT threat situation is at a persistently high level without notable findings.</source>
        <translation>La menace informatique se maintient à un niveau élevé, sans anomalie notable.</translation>
    </message>
    <message>
        <source>IT threat situation with increased watch of findings and temporary impairment of regular operations.</source>
        <translation>Menace informatique avec surveillance renforcée des anomalies et perturbation temporaire de l&apos;activité normale.</translation>
    </message>
    <message>
        <source>The IT threat situation is business-critical: massive impairment of regular operations.</source>
        <translation>La menace informatique est critique pour l&apos;activité : perturbation massive de l&apos;activité normale.</translation>
    </message>
    <message>
        <source>The IT threat situation is extremely critical: many services fail, regular operations cannot be maintained.</source>
        <translation>La menace informatique est extrêmement critique : de nombreux services sont en panne, l&apos;activité normale ne peut être maintenue.</translation>
    </message>
</context>
<context>
    <name>ThreatOverrides</name>
    <message>
        <source>The threat level is 1, 2, 3 or 4, not %1.</source>
        <translation>Le niveau de menace est 1, 2, 3 ou 4, pas %1.</translation>
    </message>
    <message>
        <source>An override of the threat level needs a reason.</source>
        <translation>Un niveau de menace manuel demande une raison.</translation>
    </message>
    <message>
        <source>An override must end in the future.</source>
        <translation>Un niveau manuel doit prendre fin dans le futur.</translation>
    </message>
</context>
<context>
    <name>TrustCommand</name>
    <message>
        <source>Manage the producers&apos; minisign public keys that signed files are verified against.</source>
        <translation>Gérer les clés publiques minisign des producteurs, avec lesquelles les fichiers signés sont vérifiés.</translation>
    </message>
    <message>
        <source>list: print the trusted keys as one JSON document.</source>
        <translation>list: afficher les clés de confiance sous forme d&apos;un document JSON unique.</translation>
    </message>
    <message>
        <source>add NAME PUBKEY_FILE (a minisign public key file), list, or remove NAME.</source>
        <translation>add NOM FICHIER_CLÉ_PUB (un fichier de clé publique minisign), list, ou remove NOM.</translation>
    </message>
    <message>
        <source>The producer name, and for add the public key file.</source>
        <translation>Le nom du producteur et, pour add, le fichier de clé publique.</translation>
    </message>
    <message>
        <source>trust: use &apos;trust add NAME PUBKEY_FILE&apos;, &apos;trust list [--json]&apos; or &apos;trust remove NAME&apos;.</source>
        <translation>trust: utilisez &apos;trust add NOM FICHIER_CLÉ_PUB&apos;, &apos;trust list [--json]&apos; ou &apos;trust remove NOM&apos;.</translation>
    </message>
    <message>
        <source>trust add: &quot;%1&quot; is not a usable name: use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation>trust add: &quot;%1&quot; n&apos;est pas un nom utilisable : utilisez 1 à 64 lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; ou &apos;@&apos;.</translation>
    </message>
    <message>
        <source>trust add: %1</source>
        <translation>trust add: %1</translation>
    </message>
    <message>
        <source>Trusted producer &quot;%1&quot; with key %2.</source>
        <translation>Producteur de confiance &quot;%1&quot; avec la clé %2.</translation>
    </message>
    <message>
        <source>trust list: %1</source>
        <translation>trust list: %1</translation>
    </message>
    <message>
        <source>last sequence: %1</source>
        <translation>dernière séquence : %1</translation>
    </message>
    <message>
        <source>No trusted keys. Add one with &apos;lagebild trust add NAME PUBKEY_FILE&apos;.</source>
        <translation>Aucune clé de confiance. Ajoutez-en une avec &apos;lagebild trust add NOM FICHIER_CLÉ_PUB&apos;.</translation>
    </message>
    <message>
        <source>trust remove: %1</source>
        <translation>trust remove: %1</translation>
    </message>
    <message>
        <source>trust remove: no trusted producer named &quot;%1&quot; (&apos;lagebild trust list&apos;).</source>
        <translation>trust remove: aucun producteur de confiance nommé &quot;%1&quot; (&apos;lagebild trust list&apos;).</translation>
    </message>
    <message>
        <source>Removed the trusted producer &quot;%1&quot;; files signed with its key are refused from now on.</source>
        <translation>Producteur de confiance &quot;%1&quot; supprimé ; les fichiers signés avec sa clé sont désormais refusés.</translation>
    </message>
</context>
<context>
    <name>TrustRepository</name>
    <message>
        <source>A producer named &quot;%1&quot; is already trusted; remove it first.</source>
        <translation>Un producteur nommé &quot;%1&quot; est déjà de confiance ; supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The key %1 is already trusted as &quot;%2&quot;.</source>
        <translation>La clé %1 est déjà de confiance sous le nom &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Could not reserve a bundle sequence number.</source>
        <translation>Impossible de réserver un numéro de séquence de bundle.</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>There is no warning %1 in %2.</source>
        <translation>Il n&apos;existe aucune alerte précoce %1 dans %2.</translation>
    </message>
    <message>
        <source>%1 is not a recommendation of the warning %2.</source>
        <translation>%1 n&apos;est pas une recommandation de l&apos;alerte précoce %2.</translation>
    </message>
</context>
<context>
    <name>ZeekReader</name>
    <message>
        <source>Reading Zeek notices</source>
        <translation>Lecture des notices Zeek</translation>
    </message>
    <message>
        <source>no notices found</source>
        <translation>aucune notice trouvée</translation>
    </message>
    <message>
        <source>%1 is not a Zeek notice log: neither a TSV log with a #fields header nor JSON lines (first problem at %2: %3).</source>
        <translation>%1 n&apos;est pas un journal de notices Zeek : ni un journal TSV avec un en-tête #fields, ni des lignes JSON (premier problème à %2 : %3).</translation>
    </message>
    <message>
        <source>Timestamps in %1 carry no time zone; they were read as %2. If the sensor logged local time, import again with that zone offset.</source>
        <translation>Les horodatages de %1 ne comportent pas de fuseau horaire ; ils ont été lus comme %2. Si le capteur a journalisé l&apos;heure locale, importez à nouveau avec ce décalage horaire.</translation>
    </message>
    <message>
        <source>Notice without a &quot;note&quot;.</source>
        <translation>Notice sans &quot;note&quot;.</translation>
    </message>
    <message>
        <source>%1 is a Zeek &quot;%2&quot; log, not a notice log; only notice.log can be imported as alerts.</source>
        <translation>%1 est un journal Zeek &quot;%2&quot;, pas un journal de notices ; seul notice.log peut être importé comme alertes.</translation>
    </message>
    <message>
        <source>%1 is a Zeek log without &quot;ts&quot; and &quot;note&quot; columns, not a notice log.</source>
        <translation>%1 est un journal Zeek sans colonnes &quot;ts&quot; et &quot;note&quot;, pas un journal de notices.</translation>
    </message>
    <message>
        <source>Data before the #fields header.</source>
        <translation>Données avant l&apos;en-tête #fields.</translation>
    </message>
    <message>
        <source>The line has %1 fields; the #fields header names %2.</source>
        <translation>La ligne compte %1 champs ; l&apos;en-tête #fields en nomme %2.</translation>
    </message>
    <message>
        <source>Notice without a time stamp (ts).</source>
        <translation>Notice sans horodatage (ts).</translation>
    </message>
    <message>
        <source>Unreadable time stamp &quot;%1&quot;.</source>
        <translation>Horodatage illisible &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not valid JSON (%1).</source>
        <translation>JSON invalide (%1).</translation>
    </message>
    <message>
        <source>Not a Zeek record: a JSON object was expected.</source>
        <translation>Pas un enregistrement Zeek : un objet JSON était attendu.</translation>
    </message>
    <message>
        <source>Zeek &quot;%1&quot; record, not a notice: counted, not imported.</source>
        <translation>Enregistrement Zeek &quot;%1&quot;, pas une notice : compté, non importé.</translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Import annulé.</translation>
    </message>
    <message>
        <source>Line is %1 bytes long; the cap is %2 bytes. It was left out.</source>
        <translation>La ligne fait %1 octets ; la limite est de %2 octets. Elle a été omise.</translation>
    </message>
    <message>
        <source>%1 holds no notices.</source>
        <translation>%1 ne contient aucune notice.</translation>
    </message>
    <message>
        <source>line %1, byte %2</source>
        <translation>ligne %1, octet %2</translation>
    </message>
</context>
<context>
    <name>lagebild::items::AlertTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Intel matches</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladé</translation>
    </message>
    <message>
        <source>Closed: false positive</source>
        <translation>Clos : faux positif</translation>
    </message>
    <message>
        <source>Closed: true positive</source>
        <translation>Clos : vrai positif</translation>
    </message>
    <message>
        <source>Closed: benign</source>
        <translation>Clos : bénin</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>1 high</source>
        <translation>1 haute</translation>
    </message>
    <message>
        <source>2 medium</source>
        <translation>2 moyenne</translation>
    </message>
    <message>
        <source>3 low</source>
        <translation>3 basse</translation>
    </message>
    <message>
        <source>4 info</source>
        <translation>4 info</translation>
    </message>
    <message>
        <source>Closed: no resolution</source>
        <translation>Clôturée : sans résolution</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Threat actor</source>
        <translation>Acteur de la menace</translation>
    </message>
    <message>
        <source>Intrusion set</source>
        <translation>Mode opératoire</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>Malware</source>
        <translation>Logiciel malveillant</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnérabilité</translation>
    </message>
</context>
<context>
    <name>lagebild::items::FeedTableModel</name>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message numerus="yes">
        <source>ok: %n page(s), %1 added, %2 updated, %3 unchanged, %4 rejected</source>
        <translation>
            <numerusform>ok : %n page, %1 ajoutés, %2 mis à jour, %3 inchangés, %4 rejetés</numerusform>
            <numerusform>ok : %n pages, %1 ajoutés, %2 mis à jour, %3 inchangés, %4 rejetés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (désactivé)</translation>
    </message>
    <message numerus="yes">
        <source>every %n min</source>
        <translation>
            <numerusform>toutes les %n min</numerusform>
            <numerusform>toutes les %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>pas encore synchronisé</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Dernier succès</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
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
    <name>lagebild::items::WarningModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Applies to us</source>
        <translation>Nous concerne</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Alerte précoce</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
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
    <name>lagebild::ui::AlertDetailPane</name>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation>Sélectionnez une alerte pour en voir les détails.</translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation>Alerte %1</translation>
    </message>
    <message>
        <source>ATT&amp;CK techniques: %1</source>
        <translation>Techniques ATT&amp;CK : %1</translation>
    </message>
    <message>
        <source>Matched intelligence</source>
        <translation>Renseignement corrélé</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>non marqué</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Related alerts</source>
        <translation>Alertes liées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Raw record</source>
        <translation>Enregistrement brut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature ID</source>
        <translation>ID de signature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignée à</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>non assignée</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Flow ID</source>
        <translation>ID de flux</translation>
    </message>
    <message>
        <source>Intel matches</source>
        <translation>Correspondances</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importée de</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>%1 %2 · TLP %3 · confidence %4 · from %5</source>
        <translation>%1 %2 · TLP %3 · confiance %4 · de %5</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicateur : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message numerus="yes">
        <source>Same source %1: %n other alert(s)</source>
        <translation>
            <numerusform>Même source %1 : %n autre alerte</numerusform>
            <numerusform>Même source %1 : %n autres alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same destination %1: %n other alert(s)</source>
        <translation>
            <numerusform>Même destination %1 : %n autre alerte</numerusform>
            <numerusform>Même destination %1 : %n autres alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same signature %1: %n other alert(s)</source>
        <translation>
            <numerusform>Même signature %1 : %n autre alerte</numerusform>
            <numerusform>Même signature %1 : %n autres alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the selected alerts (Enter)</source>
        <translation>Note sur les alertes choisies (Entrée)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::AttackHeatmap</name>
    <message numerus="yes">
        <source>(+%n sub)</source>
        <translation>
            <numerusform>(+%n sous-technique)</numerusform>
            <numerusform>(+%n sous-techniques)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln intel</source>
        <translation>
            <numerusform>%Ln renseignement</numerusform>
            <numerusform>%Ln renseignements</numerusform>
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
        <translation>Couche : %1</translation>
    </message>
    <message>
        <source>Enter or a click opens these alerts in Triage.</source>
        <translation>Entrée ou un clic ouvre ces alertes dans le tri.</translation>
    </message>
    <message>
        <source>No alert in the window carries this technique.</source>
        <translation>Aucune alerte de la période ne porte cette technique.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type to find an action</source>
        <translation>Tapez pour trouver une action</translation>
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
        <translation>Aucune action ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::DemoController</name>
    <message>
        <source>Load &amp;Demo Situation</source>
        <translation>Charger la situation de &amp;démonstration</translation>
    </message>
    <message>
        <source>Fill the empty database with a realistic, made-up situation to explore Lagebild</source>
        <translation>Remplir la base de données vide avec une situation réaliste mais fictive pour découvrir Lagebild</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Loading the demo situation…</source>
        <translation>Chargement de la situation de démonstration…</translation>
    </message>
    <message>
        <source>Loading the demo situation was cancelled.</source>
        <translation>Le chargement de la situation de démonstration a été annulé.</translation>
    </message>
    <message numerus="yes">
        <source>Demo situation loaded: %Ln alert(s), </source>
        <translation>
            <numerusform>Situation de démonstration chargée : %Ln alerte, </numerusform>
            <numerusform>Situation de démonstration chargée : %Ln alertes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partner warning(s), </source>
        <translation>
            <numerusform>%n avertissement de partenaire, </numerusform>
            <numerusform>%n avertissements de partenaires, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s).</source>
        <translation>
            <numerusform>%n incident.</numerusform>
            <numerusform>%n incidents.</numerusform>
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
        <translation>%1 : %2 +%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FeedDialog</name>
    <message>
        <source>Edit feed</source>
        <translation>Modifier le flux</translation>
    </message>
    <message>
        <source>Add feed</source>
        <translation>Ajouter un flux</translation>
    </message>
    <message>
        <source>e.g. cert-eu</source>
        <translation>p. ex. cert-eu</translation>
    </message>
    <message>
        <source>https://… (TAXII: discovery or API root)</source>
        <translation>https://… (TAXII : discovery ou API root)</translation>
    </message>
    <message>
        <source>collection id or title</source>
        <translation>id ou titre de la collection</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>User and password</source>
        <translation>Utilisateur et mot de passe</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>API key (MISP)</source>
        <translation>Clé d&apos;API (MISP)</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Certificat client</translation>
    </message>
    <message>
        <source>name of the environment variable holding the secret</source>
        <translation>nom de la variable d&apos;environnement contenant le secret</translation>
    </message>
    <message>
        <source>PEM file</source>
        <translation>Fichier PEM</translation>
    </message>
    <message>
        <source>PEM file with the CA certificates for this feed (optional)</source>
        <translation>Fichier PEM contenant les certificats CA de ce flux (facultatif)</translation>
    </message>
    <message>
        <source>sha256/BASE64 of the server key (optional)</source>
        <translation>sha256/BASE64 de la clé du serveur (facultatif)</translation>
    </message>
    <message>
        <source>host:port (optional)</source>
        <translation>hôte:port (facultatif)</translation>
    </message>
    <message>
        <source>(keep unmarked)</source>
        <translation>(laisser non marqué)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>manual only</source>
        <translation>manuelle uniquement</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>&amp;Collection:</source>
        <translation>&amp;Collection :</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification :</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Utili&amp;sateur :</translation>
    </message>
    <message>
        <source>Secret &amp;variable:</source>
        <translation>&amp;Variable du secret :</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>&amp;Fichier CA :</translation>
    </message>
    <message>
        <source>&amp;Pin:</source>
        <translation>É&amp;pinglage :</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>&amp;TLP of unmarked data:</source>
        <translation>&amp;TLP des données non marquées :</translation>
    </message>
    <message>
        <source>C&amp;onfidence of unmarked indicators:</source>
        <translation>C&amp;onfiance des indicateurs non marqués :</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Synchronis&amp;er toutes les :</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Variable d’environnement</translation>
    </message>
    <message>
        <source>stored in the keychain; leave empty to keep it</source>
        <translation>conservé dans le trousseau ; laisser vide pour le garder</translation>
    </message>
    <message>
        <source>Secret &amp;kept in:</source>
        <translation>Secret &amp;conservé dans :</translation>
    </message>
    <message>
        <source>Pass&amp;word or token:</source>
        <translation>&amp;Mot de passe ou jeton :</translation>
    </message>
    <message>
        <source>Secrets are never stored in the database: Lagebild keeps them in the OS keychain, or reads them at sync time from an environment variable you name.</source>
        <translation>Les secrets ne sont jamais enregistrés dans la base : Lagebild les conserve dans le trousseau du système, ou les lit au moment de la synchronisation dans une variable d’environnement que vous désignez.</translation>
    </message>
    <message>
        <source>This authentication uses no secret.</source>
        <translation>Cette authentification n’utilise aucun secret.</translation>
    </message>
    <message>
        <source>The secret is kept in the OS keychain (entry &quot;%1&quot; of Lagebild), never in the database.</source>
        <translation>Le secret est conservé dans le trousseau du système (entrée « %1 » de Lagebild), jamais dans la base.</translation>
    </message>
    <message>
        <source>The secret is read at sync time from the environment variable named above.</source>
        <translation>Le secret est lu au moment de la synchronisation dans la variable d’environnement indiquée ci-dessus.</translation>
    </message>
    <message>
        <source>No OS keychain is available here (%1). The secret is read at sync time from the environment variable named above.</source>
        <translation>Aucun trousseau du système n’est disponible ici (%1). Le secret est lu au moment de la synchronisation dans la variable d’environnement indiquée ci-dessus.</translation>
    </message>
    <message>
        <source>Enter the password or token to keep in the OS keychain.</source>
        <translation>Saisissez le mot de passe ou le jeton à conserver dans le trousseau du système.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one request may take, from sending it to the last byte of the answer. Some servers think for half a minute or more before they answer a large query.</source>
        <translation>Durée maximale d&apos;une requête, de l&apos;envoi au dernier octet de la réponse. Certains serveurs réfléchissent une demi-minute ou plus avant de répondre à une grosse requête.</translation>
    </message>
    <message>
        <source>Time li&amp;mit per request:</source>
        <translation>Li&amp;mite de temps par requête :</translation>
    </message>
    <message>
        <source>Key of the client certificate</source>
        <translation>Clé du certificat client</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::FeedsPage</name>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>No partner feeds</source>
        <translation>Aucun flux partenaire</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync a&amp;ll</source>
        <translation>&amp;Tout synchroniser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Feed added.</source>
        <translation>Flux ajouté.</translation>
    </message>
    <message>
        <source>Feed saved.</source>
        <translation>Flux enregistré.</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Supprimer le flux</translation>
    </message>
    <message>
        <source>Remove the feed &quot;%1&quot;? What it brought stays in the cache.</source>
        <translation>Supprimer le flux &quot;%1&quot; ? Ce qu&apos;il a apporté reste dans le cache.</translation>
    </message>
    <message>
        <source>Feed removed.</source>
        <translation>Flux supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n feed(s)…</source>
        <translation>
            <numerusform>Synchronisation de %n flux…</numerusform>
            <numerusform>Synchronisation de %n flux…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1 : connexion…</translation>
    </message>
    <message>
        <source>Cancelling… the page being fetched is not stored; the next sync resumes after the last stored page.</source>
        <translation>Annulation… la page en cours de récupération n&apos;est pas enregistrée ; la prochaine synchronisation reprendra après la dernière page enregistrée.</translation>
    </message>
    <message>
        <source>this window runs without one</source>
        <translation>cette fenêtre fonctionne sans trousseau</translation>
    </message>
    <message>
        <source>Asking the OS keychain…</source>
        <translation>Interrogation du trousseau du système…</translation>
    </message>
    <message>
        <source>API root on another server</source>
        <translation>Racine d&apos;API sur un autre serveur</translation>
    </message>
    <message>
        <source>The discovery document of feed &quot;%1&quot; names its API root on another server:

%2

Lagebild did not follow it: the feed&apos;s credentials would go to that server. Make this URL the feed&apos;s URL, so that the next sync uses it?</source>
        <translation>Le document de découverte du flux « %1 » désigne sa racine d&apos;API sur un autre serveur :

%2

Lagebild ne l&apos;a pas suivi : les identifiants du flux iraient à ce serveur. Faire de cette URL l&apos;URL du flux, pour que la prochaine synchronisation l&apos;utilise ?</translation>
    </message>
    <message>
        <source>%1: the API root is now the feed&apos;s URL; sync again.</source>
        <translation>%1 : la racine d&apos;API est maintenant l&apos;URL du flux ; synchronisez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%1: ok, %Ln page(s), %2 added, %3 updated</source>
        <translation>
            <numerusform>%1 : ok, %Ln page, %2 ajoutés, %3 mis à jour</numerusform>
            <numerusform>%1 : ok, %Ln pages, %2 ajoutés, %3 mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the TAXII 2.1 collections, MISP servers and feeds of your partners; Lagebild syncs them on demand or on a schedule and shows each feed&apos;s last run here.

Nothing connects anywhere until you add and enable a feed. Air-gapped sites import files (signed bundles included) with File → Import files… or Import folder…</source>
        <translation>Ajoutez les collections TAXII 2.1, serveurs et flux MISP de vos partenaires ; Lagebild les synchronise à la demande ou selon un calendrier et affiche ici la dernière exécution de chaque flux.

Rien ne se connecte tant que vous n&apos;avez pas ajouté et activé un flux. Les sites isolés importent des fichiers (y compris des lots signés) avec Fichier → Importer des fichiers… ou Importer un dossier…</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportController</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importer un dossier</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportOptionsDialog</name>
    <message>
        <source>Import options</source>
        <translation>Options d&apos;import</translation>
    </message>
    <message>
        <source>As marked in the files</source>
        <translation>Tel que marqué dans les fichiers</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Recognise each value</source>
        <translation>Reconnaître chaque valeur</translation>
    </message>
    <message>
        <source>TLP of unmarked objects:</source>
        <translation>TLP des objets non marqués :</translation>
    </message>
    <message>
        <source>Source (partner):</source>
        <translation>Source (partenaire) :</translation>
    </message>
    <message>
        <source>Indicator lists, type of every value:</source>
        <translation>Listes d&apos;indicateurs, type de chaque valeur :</translation>
    </message>
    <message>
        <source>intelligence</source>
        <translation>du renseignement</translation>
    </message>
    <message>
        <source>sensor alerts</source>
        <translation>des alertes de capteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source> in no format Lagebild recognises.</source>
        <translation> dans aucun format reconnu par Lagebild.</translation>
    </message>
    <message>
        <source> with %1.</source>
        <translation> avec %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>This computer&apos;s zone (%1)</source>
        <translation>Fuseau de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Sensor timestamps without a zone are in:</source>
        <translation>Les horodatages sans fuseau sont en :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ImportSummaryDialog</name>
    <message>
        <source>Import summary</source>
        <translation>Récapitulatif de l&apos;import</translation>
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
    <message numerus="yes">
        <source>%n intel object(s) added</source>
        <translation>
            <numerusform>%n objet de renseignement ajouté</numerusform>
            <numerusform>%n objets de renseignement ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 updated</source>
        <translation>, %L1 mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) added</source>
        <translation>
            <numerusform>%n alerte ajoutée</numerusform>
            <numerusform>%n alertes ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>, %L1 already stored</source>
        <translation>, %L1 déjà enregistrées</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>%n fichier lu</numerusform>
            <numerusform>%n fichiers lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Select a file or an issue to see all of it here.</source>
        <translation>Sélectionnez un fichier ou un problème pour le voir ici en entier.</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format : %1</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Alerts: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.</source>
        <translation>Alertes : %L1 ajoutées, %L2 mises à jour, %L3 inchangées, %L4 rejetées.</translation>
    </message>
    <message>
        <source>Intel objects: %L1 added, %L2 updated, %L3 unchanged, %L4 rejected.</source>
        <translation>Objets de renseignement : %L1 ajoutés, %L2 mis à jour, %L3 inchangés, %L4 rejetés.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s).</source>
        <translation>
            <numerusform>%n problème.</numerusform>
            <numerusform>%n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position : %1</translation>
    </message>
    <message>
        <source>In the file:</source>
        <translation>Dans le fichier :</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IncidentPickerDialog</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln alert(s) to an incident</source>
        <translation>
            <numerusform>Ajouter %Ln alerte à un incident</numerusform>
            <numerusform>Ajouter %Ln alertes à un incident</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find an incident, or the title of a new one</source>
        <translation>Tapez pour trouver un incident, ou le titre d’un nouvel incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Loading incidents…</source>
        <translation>Chargement des incidents…</translation>
    </message>
    <message>
        <source>&amp;Add to incident</source>
        <translation>&amp;Ajouter à l’incident</translation>
    </message>
    <message>
        <source>&amp;New incident…</source>
        <translation>&amp;Nouvel incident…</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>New incident: %1</source>
        <translation>Nouvel incident : %1</translation>
    </message>
    <message>
        <source>No incident matches. Enter creates a new incident with this title.</source>
        <translation>Aucun incident ne correspond. Entrée crée un nouvel incident avec ce titre.</translation>
    </message>
    <message>
        <source>Type the title of the new incident first, then press Enter on &quot;New incident&quot;.</source>
        <translation>Tapez d’abord le titre du nouvel incident, puis appuyez sur Entrée sur « Nouvel incident ».</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln incident(s). Enter adds the alerts to the highlighted one.</source>
        <translation>
            <numerusform>%L1 sur %Ln incident. Entrée ajoute les alertes à celui qui est en surbrillance.</numerusform>
            <numerusform>%L1 sur %Ln incidents. Entrée ajoute les alertes à celui qui est en surbrillance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::IntelPage</name>
    <message>
        <source>No intelligence yet</source>
        <translation>Aucun renseignement pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln intel object(s)</source>
        <translation>
            <numerusform>%Ln objet de renseignement</numerusform>
            <numerusform>%Ln objets de renseignement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n type(s), </source>
        <translation>
            <numerusform> en %n type, </numerusform>
            <numerusform> en %n types, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 revoked, %Ln observable(s) indexed for matching.</source>
        <translation>
            <numerusform>%L1 révoqués, %Ln observable indexé pour la corrélation.</numerusform>
            <numerusform>%L1 révoqués, %Ln observables indexés pour la corrélation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Threat intelligence from partners will be listed here by STIX type: indicators, malware, threat actors, attack patterns, reports and their relationships.

Import STIX 2.1, MISP events and feeds or indicator lists with File → Import files… or Import folder… or drop files and folders onto this window.</source>
        <translation>Le renseignement des partenaires sera listé ici par type STIX : indicateurs, logiciels malveillants, acteurs, modes d&apos;attaque, rapports et leurs relations.

Importez du STIX 2.1, des événements et flux MISP ou des listes d&apos;indicateurs avec Fichier → Importer des fichiers… ou Importer un dossier…, ou déposez des fichiers et dossiers sur cette fenêtre.</translation>
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
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
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
        <source>Incidents</source>
        <translation>Incidents</translation>
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
        <source>Briefings</source>
        <translation>Notes de synthèse</translation>
    </message>
    <message>
        <source>No briefings</source>
        <translation>Aucune note de synthèse</translation>
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
    <message>
        <source>Import intelligence and sensor alerts into the local cache</source>
        <translation>Importer le renseignement et les alertes des capteurs dans le cache local</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes précoces</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Alertes précoces (%1)</translation>
    </message>
    <message>
        <source>The incident list is still to come</source>
        <translation>La liste des incidents reste à venir</translation>
    </message>
    <message>
        <source>Incidents group related alerts and intelligence into a timeline you can brief from.

Open and extend them on the Triage page: select alerts, then &quot;Create incident from selection…&quot; (Ctrl+Shift+N) or &quot;Add selection to incident…&quot; (Ctrl+Shift+E). This page does not list them yet; the Situation page counts them.</source>
        <translation>Les incidents regroupent alertes et renseignements liés dans une chronologie dont on peut faire un briefing.

Ouvrez-les et complétez-les sur la page Triage : sélectionnez des alertes, puis « Créer un incident à partir de la sélection… » (Ctrl+Maj+N) ou « Ajouter la sélection à un incident… » (Ctrl+Maj+E). Cette page ne les liste pas encore ; la page Situation les compte.</translation>
    </message>
    <message>
        <source>TLP-marked briefing PDFs for managers (German, English, French) will be made here from the situation picture.

Lagebild cannot write briefings yet.</source>
        <translation>Les briefings PDF marqués TLP pour les responsables (allemand, anglais, français) seront produits ici à partir de la situation.

Lagebild ne sait pas encore écrire de briefings.</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import f&amp;older…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import every file in a folder and below it (removable media, MISP feeds)</source>
        <translation>Importer chaque fichier d&apos;un dossier et de ses sous-dossiers (supports amovibles, flux MISP)</translation>
    </message>
    <message>
        <source>&amp;Command palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Return to the page a chart or card opened Triage from</source>
        <translation>Revenir à la page d&apos;où un graphique ou une carte a ouvert le tri</translation>
    </message>
    <message>
        <source>Opened from the %1 page; Alt+Left goes back.</source>
        <translation>Ouvert depuis la page %1 ; Alt+Gauche revient.</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::OverrideDialog</name>
    <message>
        <source>Set the threat level by hand</source>
        <translation>Fixer le niveau de menace à la main</translation>
    </message>
    <message>
        <source>Why (kept in the audit log and shown on the page)</source>
        <translation>Pourquoi (conservé dans le journal d&apos;audit et affiché sur la page)</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Set level</source>
        <translation>Fixer le niveau</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ProgressFrame</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::RankedList</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ShortcutHelpDialog</name>
    <message>
        <source>Triage keyboard shortcuts</source>
        <translation>Raccourcis clavier du triage</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationCharts</name>
    <message>
        <source>Alerts over time, by severity</source>
        <translation>Alertes dans le temps, par gravité</translation>
    </message>
    <message>
        <source>Alerts matching intelligence over time</source>
        <translation>Alertes correspondant au renseignement dans le temps</translation>
    </message>
    <message>
        <source>Alerts by status</source>
        <translation>Alertes par statut</translation>
    </message>
    <message>
        <source>Alerts by sensor</source>
        <translation>Alertes par capteur</translation>
    </message>
    <message>
        <source>Click or press Enter to open in Triage.</source>
        <translation>Cliquez ou appuyez sur Entrée pour ouvrir dans le tri.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %Ln alert(s)</source>
        <translation>
            <numerusform>%1 · %2 : %Ln alerte</numerusform>
            <numerusform>%1 · %2 : %Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln alert(s) match intelligence</source>
        <translation>
            <numerusform>%1 : %Ln alerte correspond au renseignement</numerusform>
            <numerusform>%1 : %Ln alertes correspondent au renseignement</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched alerts</source>
        <translation>Alertes correspondantes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln alert(s)</source>
        <translation>
            <numerusform>%1 : %Ln alerte</numerusform>
            <numerusform>%1 : %Ln alertes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SituationPage</name>
    <message>
        <source>No situation picture yet</source>
        <translation>Pas encore de tableau de situation</translation>
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
        <source>Feeds</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>The situation picture brings partner intelligence and your own sensors&apos; alerts together: threat level, matched alerts, the most active threats.

The database is empty. Load the demo situation to explore Lagebild with made-up partner intelligence, alerts and incidents, or import your own data (STIX 2.1, MISP, indicator lists, Suricata, Zeek, Sigma).</source>
        <translation>Le tableau de situation réunit le renseignement des partenaires et les alertes de vos propres capteurs : niveau de menace, alertes corrélées, menaces les plus actives.

La base de données est vide. Chargez la situation de démonstration pour découvrir Lagebild avec du renseignement de partenaires, des alertes et des incidents fictifs, ou importez vos propres données (STIX 2.1, MISP, listes d&apos;indicateurs, Suricata, Zeek, Sigma).</translation>
    </message>
    <message>
        <source>Open the Intel page</source>
        <translation>Ouvrir la page Renseignement</translation>
    </message>
    <message>
        <source>Open the Incidents page</source>
        <translation>Ouvrir la page Incidents</translation>
    </message>
    <message>
        <source>Open the Feeds page</source>
        <translation>Ouvrir la page Flux</translation>
    </message>
    <message>
        <source>&amp;Freeze situation picture</source>
        <translation>&amp;Figer la situation</translation>
    </message>
    <message>
        <source>Store a snapshot of the figures and of the versions of every object behind them</source>
        <translation>Enregistrer un instantané des chiffres et des versions de chaque objet sous-jacent</translation>
    </message>
    <message>
        <source>S&amp;napshots…</source>
        <translation>I&amp;nstantanés…</translation>
    </message>
    <message>
        <source>List snapshots and compare one with now or two with each other</source>
        <translation>Lister les instantanés et en comparer un avec maintenant ou deux entre eux</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Alerts in the window</source>
        <translation>Alertes de la période</translation>
    </message>
    <message>
        <source>Matching intelligence</source>
        <translation>Correspondant au renseignement</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>Incidents ouverts</translation>
    </message>
    <message>
        <source>Open partner warnings</source>
        <translation>Avertissements partenaires ouverts</translation>
    </message>
    <message>
        <source>Open the alerts of the window in Triage</source>
        <translation>Ouvrir les alertes de la période dans le tri</translation>
    </message>
    <message>
        <source>Open the alerts of the window that match intelligence in Triage</source>
        <translation>Ouvrir dans le tri les alertes de la période qui correspondent au renseignement</translation>
    </message>
    <message>
        <source>Open the Warnings page</source>
        <translation>Ouvrir la page Avertissements</translation>
    </message>
    <message>
        <source>Key developments since the last snapshot</source>
        <translation>Évolutions clés depuis le dernier instantané</translation>
    </message>
    <message>
        <source>Top ATT&amp;&amp;CK techniques</source>
        <translation>Techniques ATT&amp;&amp;CK principales</translation>
    </message>
    <message>
        <source>Top matched indicators</source>
        <translation>Indicateurs les plus correspondants</translation>
    </message>
    <message>
        <source>Active campaigns and threat actors</source>
        <translation>Campagnes et acteurs de la menace actifs</translation>
    </message>
    <message>
        <source>Custom window</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation>&amp;Du (premier jour) :</translation>
    </message>
    <message>
        <source>&amp;To (last day):</source>
        <translation>&amp;Au (dernier jour) :</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No snapshot yet. &quot;Freeze situation picture&quot; (Ctrl+Shift+F) stores one; from then on this box says what changed since.</source>
        <translation>Pas encore d&apos;instantané. « Figer la situation » (Ctrl+Maj+F) en enregistre un ; ensuite, ce cadre indique ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>Since %1:</source>
        <translation>Depuis %1 :</translation>
    </message>
    <message>
        <source>Nothing of note changed.</source>
        <translation>Rien de notable n&apos;a changé.</translation>
    </message>
    <message>
        <source>No alert in the window carries an ATT&amp;CK technique.</source>
        <translation>Aucune alerte de la période ne porte de technique ATT&amp;CK.</translation>
    </message>
    <message>
        <source>No alert in the window matches an indicator.</source>
        <translation>Aucune alerte de la période ne correspond à un indicateur.</translation>
    </message>
    <message>
        <source>No campaign or threat actor is linked to this window&apos;s alerts or new in it.</source>
        <translation>Aucune campagne ni aucun acteur de la menace n&apos;est lié aux alertes de la période ni nouveau dans celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Situation picture frozen as snapshot %1 (%Ln object(s)).</source>
        <translation>
            <numerusform>Situation figée dans l&apos;instantané %1 (%Ln objet).</numerusform>
            <numerusform>Situation figée dans l&apos;instantané %1 (%Ln objets).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lay a Navigator layer over it…</source>
        <translation>Superposer une couche Navigator…</translation>
    </message>
    <message>
        <source>ATT&amp;CK Navigator layer</source>
        <translation>Couche ATT&amp;CK Navigator</translation>
    </message>
    <message>
        <source>Navigator layers (*.json);;All files (*)</source>
        <translation>Couches Navigator (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove the layer</source>
        <translation>Retirer la couche</translation>
    </message>
    <message>
        <source>The Navigator layer is no longer shown.</source>
        <translation>La couche Navigator n&apos;est plus affichée.</translation>
    </message>
    <message>
        <source>ATT&amp;&amp;CK heatmap (score = alerts + intel + incidents)</source>
        <translation>Carte de chaleur ATT&amp;&amp;CK (score = alertes + renseignement + incidents)</translation>
    </message>
    <message>
        <source>No ATT&amp;CK data in the cache: import an ATT&amp;CK bundle (Enterprise, ICS or Mobile) to see the heatmap.</source>
        <translation>Aucune donnée ATT&amp;CK dans le cache : importez un bundle ATT&amp;CK (Enterprise, ICS ou Mobile) pour voir la carte de chaleur.</translation>
    </message>
    <message>
        <source>Domain %1: tactics as columns, techniques with their sub-techniques folded in, the most active on top. Enter or a click opens the alerts.</source>
        <translation>Domaine %1 : tactiques en colonnes, techniques avec leurs sous-techniques regroupées, les plus actives en haut. Entrée ou un clic ouvre les alertes.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Navigator layer %1 laid over the heatmap: %Ln technique(s) with a score.</source>
        <translation>
            <numerusform>Couche Navigator %1 superposée à la carte : %Ln technique avec un score.</numerusform>
            <numerusform>Couche Navigator %1 superposée à la carte : %Ln techniques avec un score.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lagebild::ui::SnapshotDialog</name>
    <message>
        <source>Snapshots of the situation picture</source>
        <translation>Instantanés de la situation</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Figé le</translation>
    </message>
    <message>
        <source>Threat level</source>
        <translation>Niveau de menace</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Select one snapshot to compare it with now, or two to compare them.</source>
        <translation>Sélectionnez un instantané pour le comparer à maintenant, ou deux pour les comparer.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Compare the two</source>
        <translation>&amp;Comparer les deux</translation>
    </message>
    <message>
        <source>&amp;Compare with now</source>
        <translation>&amp;Comparer à maintenant</translation>
    </message>
    <message>
        <source>No snapshots yet. &quot;Freeze situation picture&quot; on the Situation page makes one.</source>
        <translation>Pas encore d&apos;instantané. « Figer la situation » sur la page Situation en crée un.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <source>Comparing %1 with now…</source>
        <translation>Comparaison de %1 avec maintenant…</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>From %1 to now</source>
        <translation>Du %1 à maintenant</translation>
    </message>
    <message>
        <source>Key developments</source>
        <translation>Évolutions clés</translation>
    </message>
    <message>
        <source>Nothing of note changed.</source>
        <translation>Rien de notable n&apos;a changé.</translation>
    </message>
    <message>
        <source>Level (1–4)</source>
        <translation>Niveau (1–4)</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <source>Matching intelligence</source>
        <translation>Correspondant au renseignement</translation>
    </message>
    <message>
        <source>Intelligence objects: added / removed / changed</source>
        <translation>Objets de renseignement : ajoutés / retirés / modifiés</translation>
    </message>
    <message>
        <source>No object added, removed or changed.</source>
        <translation>Aucun objet ajouté, retiré ou modifié.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::ThreatLevelBanner</name>
    <message>
        <source>Set level by hand…</source>
        <translation>Fixer le niveau à la main…</translation>
    </message>
    <message>
        <source>End override</source>
        <translation>Lever le niveau manuel</translation>
    </message>
    <message>
        <source>Threat level (BSI scale)</source>
        <translation>Niveau de menace (échelle du BSI)</translation>
    </message>
    <message>
        <source>The rules say %1 · %2: %3</source>
        <translation>Les règles disent %1 · %2 : %3</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Règle : %1</translation>
    </message>
    <message>
        <source>Set by hand by %1 until %2: %3</source>
        <translation>Fixé à la main par %1 jusqu&apos;au %2 : %3</translation>
    </message>
    <message>
        <source>Rules that hold (the first sets the level):</source>
        <translation>Règles vérifiées (la première fixe le niveau) :</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::TriageFilterBar</name>
    <message>
        <source>Search signatures, categories, addresses… ( / )</source>
        <translation>Rechercher signatures, catégories, adresses… ( / )</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>All sensors</source>
        <translation>Tous les capteurs</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>&amp;Matched intel only</source>
        <translation>Renseignement &amp;corrélé uniquement</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>24 dernières heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Incident </source>
        <translation>Incident </translation>
    </message>
    <message>
        <source>Any incident</source>
        <translation>Tout incident</translation>
    </message>
    <message>
        <source>Technique (T1059)</source>
        <translation>Technique (T1059)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribuée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation>Capteur</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Searches the alerts&apos; own fields: whole words, all of which must occur. End a word with * to match its beginning (emot*). Threat actors, campaigns and malware whose name matches are offered below the search as filters.</source>
        <translation>Cherche dans les champs des alertes : des mots entiers, qui doivent tous apparaître. Un mot terminé par * trouve son début (emot*). Les acteurs, campagnes et logiciels malveillants dont le nom correspond sont proposés sous la recherche comme filtres.</translation>
    </message>
    <message>
        <source>Intel: %1  ✕</source>
        <translation>Renseignement : %1  ✕</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 – %Ln alert(s)</source>
        <translation>
            <numerusform>%1 %2 – %Ln alerte</numerusform>
            <numerusform>%1 %2 – %Ln alertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the alerts matched by the indicators of %1 (and of what it is linked to)</source>
        <translation>Afficher les alertes correspondant aux indicateurs de %1 (et de ce qui y est lié)</translation>
    </message>
    <message>
        <source>Intel with this name (Alt+I):</source>
        <translation>Renseignement de ce nom (Alt+I) :</translation>
    </message>
    <message>
        <source>Time: %1 – %2  ✕</source>
        <translation>Période : %1 – %2  ✕</translation>
    </message>
    <message>
        <source>Only alerts of this time range (click to show all times)</source>
        <translation>Seulement les alertes de cette période (un clic montre toutes les périodes)</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::TriagePage</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vue :</translation>
    </message>
    <message>
        <source>No alerts yet</source>
        <translation>Aucune alerte pour l&apos;instant</translation>
    </message>
    <message>
        <source>Mark as new</source>
        <translation>Marquer comme nouveau</translation>
    </message>
    <message>
        <source>Mark as in progress</source>
        <translation>Marquer comme en cours</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Close as true positive</source>
        <translation>Clore : vrai positif</translation>
    </message>
    <message>
        <source>Close as false positive</source>
        <translation>Clore : faux positif</translation>
    </message>
    <message>
        <source>Close as benign</source>
        <translation>Clore : bénin</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>M&apos;attribuer</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer l&apos;attribution</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Attribuer à…</translation>
    </message>
    <message>
        <source>Set priority…</source>
        <translation>Définir la priorité…</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Create incident from selection…</source>
        <translation>Créer un incident à partir de la sélection…</translation>
    </message>
    <message>
        <source>Add selection to incident…</source>
        <translation>Ajouter la sélection à un incident…</translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation>Alerte suivante</translation>
    </message>
    <message>
        <source>Previous alert</source>
        <translation>Alerte précédente</translation>
    </message>
    <message>
        <source>Select everything matching the filter</source>
        <translation>Sélectionner tout ce qui correspond au filtre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Go to the alert table</source>
        <translation>Aller au tableau des alertes</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Choisir les colonnes…</translation>
    </message>
    <message>
        <source>Recount</source>
        <translation>Recompter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>There are no alerts to change.</source>
        <translation>Aucune alerte à modifier.</translation>
    </message>
    <message>
        <source>The current alert is still loading; try again in a moment.</source>
        <translation>L&apos;alerte courante est encore en cours de chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Some selected alerts are not loaded (row %L1). Scroll through them or select everything matching the filter (Ctrl+A).</source>
        <translation>Certaines alertes sélectionnées ne sont pas chargées (ligne %L1). Faites-les défiler ou sélectionnez tout ce qui correspond au filtre (Ctrl+A).</translation>
    </message>
    <message>
        <source>Another change is still running; wait for it or cancel it in the status bar.</source>
        <translation>Une autre modification est en cours ; attendez-la ou annulez-la dans la barre d&apos;état.</translation>
    </message>
    <message>
        <source>%1 (all %L2 matching the filter)</source>
        <translation>%1 (les %L2 correspondant au filtre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln alert(s))</source>
        <translation>
            <numerusform>%1 (%Ln alerte)</numerusform>
            <numerusform>%1 (%Ln alertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no alert was changed.</source>
        <translation>Annulé ; aucune alerte n&apos;a été modifiée.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation de la modification…</translation>
    </message>
    <message>
        <source>Redoing…</source>
        <translation>Rétablissement…</translation>
    </message>
    <message>
        <source>Cancelled; the undo history was cleared.</source>
        <translation>Annulé ; l&apos;historique d&apos;annulation a été effacé.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Modification annulée.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Modification rétablie.</translation>
    </message>
    <message>
        <source>Notes are added to a selection, not to everything matching the filter.</source>
        <translation>Les notes sont ajoutées à une sélection, pas à tout ce qui correspond au filtre.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note ajoutée.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select the alerts for the incident (up to %L1), not everything matching the filter.</source>
        <translation>Sélectionnez les alertes de l&apos;incident (jusqu&apos;à %L1), pas tout ce qui correspond au filtre.</translation>
    </message>
    <message>
        <source>Incident %1 created.</source>
        <translation>Incident %1 créé.</translation>
    </message>
    <message>
        <source>Select the alerts to add, not everything matching the filter.</source>
        <translation>Sélectionnez les alertes à ajouter, pas tout ce qui correspond au filtre.</translation>
    </message>
    <message>
        <source>Alerts added to incident %1.</source>
        <translation>Alertes ajoutées à l&apos;incident %1.</translation>
    </message>
    <message>
        <source>Create incident</source>
        <translation>Créer un incident</translation>
    </message>
    <message>
        <source>Assign alerts</source>
        <translation>Attribuer les alertes</translation>
    </message>
    <message>
        <source>Assign to (empty: unassigned):</source>
        <translation>Attribuer à (vide : non attribuée) :</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message>
        <source>Set priority</source>
        <translation>Définir la priorité</translation>
    </message>
    <message>
        <source>Priority (higher comes first):</source>
        <translation>Priorité (la plus haute en premier) :</translation>
    </message>
    <message>
        <source>Set priority %1</source>
        <translation>Définir la priorité %1</translation>
    </message>
    <message>
        <source>(current filter)</source>
        <translation>(filtre actuel)</translation>
    </message>
    <message>
        <source>View &quot;%1&quot; saved.</source>
        <translation>Vue &quot;%1&quot; enregistrée.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Nom de la vue :</translation>
    </message>
    <message>
        <source>No alert matches the filter or search.</source>
        <translation>Aucune alerte ne correspond au filtre ou à la recherche.</translation>
    </message>
    <message>
        <source>No alert selected.</source>
        <translation>Aucune alerte sélectionnée.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln alert(s) matching the filter are selected; actions apply to all of them.</source>
        <translation>
            <numerusform>L&apos;alerte (%Ln) correspondant au filtre est sélectionnée ; les actions s&apos;y appliquent.</numerusform>
            <numerusform>Les %Ln alertes correspondant au filtre sont sélectionnées ; les actions s&apos;appliquent à toutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alerte</numerusform>
            <numerusform>%Ln alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) are selected. Select fewer than %L1, or everything matching the filter (Ctrl+A).</source>
        <translation>
            <numerusform>%Ln alerte est sélectionnée. Sélectionnez-en moins de %L1, ou tout ce qui correspond au filtre (Ctrl+A).</numerusform>
            <numerusform>%Ln alertes sont sélectionnées. Sélectionnez-en moins de %L1, ou tout ce qui correspond au filtre (Ctrl+A).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s) changed. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln alerte modifiée. Annuler avec Ctrl+Z.</numerusform>
            <numerusform>%Ln alertes modifiées. Annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Title of the new incident from %n selected alert(s):</source>
        <translation>
            <numerusform>Titre du nouvel incident à partir de %n alerte sélectionnée :</numerusform>
            <numerusform>Titre du nouvel incident à partir de %n alertes sélectionnées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Import sensor alerts (Suricata EVE, Zeek, Sigma) with File → Import files… or Import folder…; they are matched against your partners&apos; intelligence and queue up here for triage.</source>
        <translation>Importez les alertes de capteurs (Suricata EVE, Zeek, Sigma) avec Fichier → Importer des fichiers… ou Importer un dossier… ; elles sont corrélées au renseignement de vos partenaires et attendent ici le tri.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionnée</numerusform>
            <numerusform>%Ln sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: status keys, notes and incident actions apply to all of them.</source>
        <translation>%1 : les touches d&apos;état, les notes et les actions d&apos;incident s&apos;appliquent à toutes.</translation>
    </message>
</context>
<context>
    <name>lagebild::ui::WarningsPage</name>
    <message>
        <source>No partner warnings</source>
        <translation>Aucune alerte précoce des partenaires</translation>
    </message>
    <message>
        <source>Who handles it</source>
        <translation>Qui s&apos;en charge</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>Applies to us (A)</source>
        <translation>Nous concerne (A)</translation>
    </message>
    <message>
        <source>Not applicable (N)</source>
        <translation>Non applicable (N)</translation>
    </message>
    <message>
        <source>Mitigated (M)</source>
        <translation>Atténué (M)</translation>
    </message>
    <message>
        <source>Mark as new (U)</source>
        <translation>Marquer comme nouveau (U)</translation>
    </message>
    <message>
        <source>%1 · %2 · published %3 · state: %4</source>
        <translation>%1 · %2 · publiée %3 · état : %4</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>source inconnue</translation>
    </message>
    <message>
        <source>no TLP</source>
        <translation>sans TLP</translation>
    </message>
    <message>
        <source>(The warning has no description.)</source>
        <translation>(L&apos;alerte précoce n&apos;a pas de description.)</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Fait par %1</translation>
    </message>
    <message>
        <source>The warning names no course of action.</source>
        <translation>L&apos;alerte précoce ne nomme aucune recommandation.</translation>
    </message>
    <message>
        <source>Early warnings of your partners are listed here to decide whether they apply to you: STIX threat reports, notes and MISP events tagged as warnings, and everything from a feed marked as a warning source. Their recommendations become a checklist.

Import your partners&apos; warnings with File → Import files… or Import folder…</source>
        <translation>Les alertes précoces de vos partenaires sont listées ici pour décider si elles vous concernent : rapports de menace STIX, notes et événements MISP marqués comme avertissements, et tout ce qui vient d&apos;un flux marqué comme source d&apos;avertissements. Leurs recommandations deviennent une liste de contrôle.

Importez les avertissements de vos partenaires avec Fichier → Importer des fichiers… ou Importer un dossier…</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message numerus="yes">
        <source>Recommendations: %1 of %n done (Space ticks the highlighted one)</source>
        <translation>
            <numerusform>Recommandations : %1 sur %n faite (Espace coche celle en surbrillance)</numerusform>
            <numerusform>Recommandations : %1 sur %n faites (Espace coche celle en surbrillance)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · published %2 · state: %3</source>
        <translation>%1 · publié le %2 · état : %3</translation>
    </message>
</context>
</TS>
