<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Torii Sync</source>
        <translation>Über Torii Sync</translation>
    </message>
    <message>
        <source>Torii Sync %1</source>
        <translation>Torii Sync %1</translation>
    </message>
    <message>
        <source>Syncs a SaaS application&apos;s user export into Torii as a custom integration.</source>
        <translation>Überträgt den Benutzerexport einer SaaS-Anwendung als benutzerdefinierte Integration nach Torii.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, version 2.0 (%1).</source>
        <translation>Lizenziert unter der Apache License, Version 2.0 (%1).</translation>
    </message>
    <message>
        <source>Libraries used, with their licences:</source>
        <translation>Verwendete Bibliotheken und ihre Lizenzen:</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Libraries used, with their licences</source>
        <translation>Verwendete Bibliotheken und ihre Lizenzen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AliasTable</name>
    <message>
        <source>&quot;%1&quot; is a known name for %2</source>
        <translation>„%1“ ist ein bekannter Name für %2</translation>
    </message>
    <message>
        <source>header mentions e-mail</source>
        <translation>Spaltenname erwähnt E-Mail</translation>
    </message>
    <message>
        <source>header names a last sign-in time</source>
        <translation>Spaltenname bezeichnet den Zeitpunkt der letzten Anmeldung</translation>
    </message>
    <message>
        <source>header names a user identifier</source>
        <translation>Spaltenname bezeichnet eine Benutzerkennung</translation>
    </message>
    <message>
        <source>header mentions a licence</source>
        <translation>Spaltenname erwähnt eine Lizenz</translation>
    </message>
    <message>
        <source>header names a licence status</source>
        <translation>Spaltenname bezeichnet einen Lizenzstatus</translation>
    </message>
    <message>
        <source>header mentions roles</source>
        <translation>Spaltenname erwähnt Rollen</translation>
    </message>
    <message>
        <source>header mentions a status</source>
        <translation>Spaltenname erwähnt einen Status</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Stop &amp;Loading</source>
        <translation>&amp;Laden beenden</translation>
    </message>
    <message>
        <source>Choose the Torii app</source>
        <translation>Torii-App wählen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Search the apps</source>
        <translation>Apps durchsuchen</translation>
    </message>
    <message>
        <source>Type part of the app&apos;s name or ID</source>
        <translation>Teil des App-Namens oder der ID eingeben</translation>
    </message>
    <message>
        <source>The org&apos;s apps</source>
        <translation>Die Apps der Organisation</translation>
    </message>
    <message>
        <source>Loading the apps</source>
        <translation>Apps werden geladen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Use This App</source>
        <translation>Diese App &amp;verwenden</translation>
    </message>
    <message>
        <source>Loading the org&apos;s apps… %1 so far</source>
        <translation>Apps der Organisation werden geladen … bisher %1</translation>
    </message>
    <message>
        <source>Loading the org&apos;s apps…</source>
        <translation>Apps der Organisation werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n app(s) loaded.</source>
        <translation>
            <numerusform>Angehalten: %n App geladen.</numerusform>
            <numerusform>Angehalten: %n Apps geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The apps could not be listed: %1</source>
        <translation>Die Apps konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) in this org.</source>
        <translation>
            <numerusform>%n App in dieser Organisation.</numerusform>
            <numerusform>%n Apps in dieser Organisation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppsCommand</name>
    <message>
        <source>list the org&apos;s apps in Torii (to find the app id)</source>
        <translation>die Apps der Organisation in Torii auflisten (um die App-ID zu finden)</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli apps [--search TEXT] [--profile NAME] [--api-url URL] [--json]

Lists the apps of the Torii organisation (GET /apps, all pages) with their ids. The app id lets
diff and sync compare the file with the app account&apos;s current users (--app, or saved in the profile).
  --search TEXT   only apps whose name contains TEXT (Torii&apos;s search)
  --profile NAME  the profile (API URL, key); default: the current one
  --api-url URL   Torii&apos;s API URL (overrides the profile&apos;s)
  --json          print {&quot;apps&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;state&quot;, &quot;isCustom&quot;}]}
The key comes from TORII_API_KEY, else the profile&apos;s keychain entry (&apos;key set&apos;).
Exit codes: 0 ok, 2 usage error, 3 Torii or network failure, 4 key rejected or keychain unavailable.
</source>
        <translation>Aufruf: torii-sync-cli apps [--search TEXT] [--profile NAME] [--api-url URL] [--json]

Listet die Apps der Torii-Organisation (GET /apps, alle Seiten) mit ihren IDs. Mit der App-ID vergleichen
diff und sync die Datei mit den aktuellen Benutzern des App-Kontos (--app oder im Profil gespeichert).
  --search TEXT   nur Apps, deren Name TEXT enthält (Toriis Suche)
  --profile NAME  das Profil (API-URL, Schlüssel); Standard: das aktuelle
  --api-url URL   Toriis API-URL (überschreibt die des Profils)
  --json          {&quot;apps&quot;: [{&quot;id&quot;, &quot;name&quot;, &quot;state&quot;, &quot;isCustom&quot;}]} ausgeben
Der Schlüssel kommt aus TORII_API_KEY, sonst aus dem Schlüsselbund-Eintrag des Profils (&apos;key set&apos;).
Exit-Codes: 0 in Ordnung, 2 Aufruffehler, 3 Torii- oder Netzwerkfehler, 4 Schlüssel abgelehnt oder kein Schlüsselbund.
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos; (see apps --help)</source>
        <translation>unbekanntes Argument „%1“ (siehe apps --help)</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s)</source>
        <translation>
            <numerusform>%n App</numerusform>
            <numerusform>%n Apps</numerusform>
        </translation>
    </message>
    <message>
        <source>; * marks profile &quot;%1&quot;&apos;s app</source>
        <translation>; * markiert die App des Profils „%1“</translation>
    </message>
</context>
<context>
    <name>ArgumentReader</name>
    <message>
        <source>--sheet needs a sheet name</source>
        <translation>--sheet erwartet den Namen eines Tabellenblatts</translation>
    </message>
    <message>
        <source>--encoding needs one of UTF-8, UTF-16LE, UTF-16BE, Windows-1252</source>
        <translation>--encoding erwartet UTF-8, UTF-16LE, UTF-16BE oder Windows-1252</translation>
    </message>
    <message>
        <source>--delimiter needs one of , ; tab | or one ASCII character</source>
        <translation>--delimiter erwartet , ; tab | oder ein einzelnes ASCII-Zeichen</translation>
    </message>
    <message>
        <source>--header-row needs a row number (1 or more)</source>
        <translation>--header-row erwartet eine Zeilennummer (ab 1)</translation>
    </message>
</context>
<context>
    <name>AutoMatcher</name>
    <message>
        <source>column name &quot;%1&quot; appears more than once (columns %2 and %3); only the first is used</source>
        <translation>Spaltenname „%1“ kommt mehrfach vor (Spalten %2 und %3); nur die erste wird verwendet</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; also fits %2; it is used for %3 only</source>
        <translation>Spalte „%1“ passt auch zu %2; sie wird nur für %3 verwendet</translation>
    </message>
    <message>
        <source>; &quot;%1&quot; when empty</source>
        <translation>; „%1“, wenn leer</translation>
    </message>
    <message>
        <source>rows without an address cannot be sent</source>
        <translation>Zeilen ohne Adresse können nicht gesendet werden</translation>
    </message>
    <message>
        <source>no licences will be sent for those rows</source>
        <translation>für diese Zeilen werden keine Lizenzen gesendet</translation>
    </message>
    <message>
        <source>Torii treats users without a status as active</source>
        <translation>Torii behandelt Benutzer ohne Status als aktiv</translation>
    </message>
    <message>
        <source>%1 stays empty for those rows</source>
        <translation>%1 bleibt für diese Zeilen leer</translation>
    </message>
    <message>
        <source>no licences will be sent</source>
        <translation>es werden keine Lizenzen gesendet</translation>
    </message>
    <message>
        <source>%1 is empty in every row: %2</source>
        <translation>%1 ist in jeder Zeile leer: %2</translation>
    </message>
    <message>
        <source>%1 is empty in %2% of the rows: %3</source>
        <translation>%1 ist in %2 % der Zeilen leer: %3</translation>
    </message>
    <message>
        <source>device list: the user of each device; repeated people are merged</source>
        <translation>Geräteliste: der Benutzer jedes Geräts; wiederholte Personen werden zusammengeführt</translation>
    </message>
    <message>
        <source>device list: the user&apos;s name</source>
        <translation>Geräteliste: der Name des Benutzers</translation>
    </message>
</context>
<context>
    <name>BoundedDevice</name>
    <message>
        <source>An entry of the workbook inflates beyond its limit</source>
        <translation>Ein Eintrag der Arbeitsmappe wird beim Entpacken größer als erlaubt</translation>
    </message>
</context>
<context>
    <name>ColumnDelegate</name>
    <message>
        <source>Column for %1</source>
        <translation>Spalte für %1</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
        <source>%1 — empty</source>
        <translation>%1 — leer</translation>
    </message>
    <message>
        <source>%1 — %2% blank — %3</source>
        <translation>%1 — %2 % leer — %3</translation>
    </message>
    <message>
        <source>Type to filter the columns</source>
        <translation>Tippen, um die Spalten zu filtern</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &apos;%1&apos; (see torii-sync-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe torii-sync-cli --help)</translation>
    </message>
    <message>
        <source>torii-sync-cli %1: sync a SaaS application&apos;s user export into Torii.

Usage: torii-sync-cli COMMAND [OPTIONS]

Commands:
</source>
        <translation>torii-sync-cli %1: den Benutzerexport einer SaaS-Anwendung mit Torii synchronisieren.

Aufruf: torii-sync-cli BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <source>
  --version   print the version
  --help      this text; &apos;torii-sync-cli COMMAND --help&apos; for a command

Exit codes: 0 success, 1 data blocked by validation, 2 usage error or unreadable input,
3 Torii or network failure, 4 authentication or keychain failure, 130 cancelled.
The API key comes from the OS keychain (&apos;key set&apos;) or the TORII_API_KEY variable.
</source>
        <translation>
  --version   die Version ausgeben
  --help      dieser Text; „torii-sync-cli BEFEHL --help“ für einen Befehl

Exit-Codes: 0 Erfolg, 1 Daten von der Prüfung blockiert, 2 Aufruffehler oder unlesbare Eingabe,
3 Torii- oder Netzwerkfehler, 4 Authentifizierungs- oder Schlüsselbundfehler, 130 abgebrochen.
Der API-Schlüssel kommt aus dem Schlüsselbund des Betriebssystems („key set“) oder aus der
Umgebungsvariablen TORII_API_KEY.
</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Choose the Torii org and the custom integration (app account) to sync into.</source>
        <translation>Wählen Sie die Torii-Organisation und die benutzerdefinierte Integration (App-Konto) als Ziel der Synchronisierung.</translation>
    </message>
    <message>
        <source>&amp;New Profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>Save to &amp;Keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the key from Settings &gt; API Access</source>
        <translation>Schlüssel aus Settings &gt; API Access einfügen</translation>
    </message>
    <message>
        <source>Show the key while typing</source>
        <translation>Schlüssel bei der Eingabe anzeigen</translation>
    </message>
    <message>
        <source>Save the API key to the keychain</source>
        <translation>API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Validate the API key</source>
        <translation>API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>App account ID</source>
        <translation>App-Konto-ID</translation>
    </message>
    <message>
        <source>e.g. 123456</source>
        <translation>z. B. 123456</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Pro&amp;fil:</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>&amp;App account ID:</source>
        <translation>&amp;App-Konto-ID:</translation>
    </message>
    <message>
        <source>Continue to &amp;Load</source>
        <translation>Weiter zum &amp;Laden</translation>
    </message>
    <message>
        <source>Demo (sandbox)</source>
        <translation>Demo (Sandbox)</translation>
    </message>
    <message>
        <source>Looking for a saved key…</source>
        <translation>Gespeicherter Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <source>Sandbox not started</source>
        <translation>Sandbox nicht gestartet</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo uses the sandbox&apos;s own key; nothing is stored.</source>
        <translation>Die Demo verwendet den eigenen Schlüssel der Sandbox; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>Enter the API key first.</source>
        <translation>Geben Sie zuerst den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking the key with Torii…</source>
        <translation>Schlüssel wird bei Torii geprüft…</translation>
    </message>
    <message>
        <source>Torii answered, but not with an organisation.</source>
        <translation>Torii hat geantwortet, aber ohne Organisation.</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>Saving to the keychain…</source>
        <translation>Wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Key loaded from the keychain.</source>
        <translation>Schlüssel aus dem Schlüsselbund geladen.</translation>
    </message>
    <message>
        <source>No key saved for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Key saved in the keychain.</source>
        <translation>Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Key removed from the keychain.</source>
        <translation>Schlüssel aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The keychain is not available: the key is used for this session only.</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: Der Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>Profile name (e.g. the Torii org or the app):</source>
        <translation>Profilname (z. B. die Torii-Organisation oder die App):</translation>
    </message>
    <message>
        <source>Profile not created</source>
        <translation>Profil nicht angelegt</translation>
    </message>
    <message>
        <source>Not saved: Torii did not accept this key.</source>
        <translation>Nicht gespeichert: Torii hat diesen Schlüssel nicht angenommen.</translation>
    </message>
    <message>
        <source>Checking the key with Torii before saving it…</source>
        <translation>Der Schlüssel wird vor dem Speichern bei Torii geprüft …</translation>
    </message>
    <message>
        <source>No app account ID yet?</source>
        <translation>Noch keine App-Konto-ID?</translation>
    </message>
    <message>
        <source>In Torii, open “Integrations” and choose “Add Custom Integration”; associate it with an app from Torii&apos;s catalog, or first add a custom application under “Settings”. Torii then shows the app account ID (later also when you hover over the integration&apos;s tile).</source>
        <translation>Öffnen Sie in Torii „Integrations“ und wählen Sie „Add Custom Integration“; verknüpfen Sie die Integration mit einer App aus dem Torii-Katalog oder legen Sie zuerst unter „Settings“ eine eigene Anwendung an. Torii zeigt dann die App-Konto-ID (später auch, wenn Sie mit der Maus über die Kachel der Integration fahren).</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>generate one under “Settings &gt; API Access” with full access. Torii shows it only once; Torii Sync keeps it in your system keychain and nowhere else.</source>
        <translation>Erzeugen Sie unter „Settings &gt; API Access“ einen Schlüssel mit Vollzugriff. Torii zeigt ihn nur einmal an; Torii Sync bewahrt ihn im Schlüsselbund Ihres Systems auf und nirgends sonst.</translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation>Nur ausprobieren?</translation>
    </message>
    <message>
        <source>Choose “Demo (sandbox)”: a built-in Torii runs inside the app, so every step works offline.</source>
        <translation>Wählen Sie „Demo (Sandbox)“: Ein eingebautes Torii läuft in der Anwendung, sodass jeder Schritt offline funktioniert.</translation>
    </message>
    <message>
        <source>No keychain, so the API key cannot be saved.</source>
        <translation>Kein Schlüsselbund, daher kann der API-Schlüssel nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Torii Sync never writes the key anywhere else. On Linux install and start a Secret Service provider, e.g. gnome-keyring (with libsecret-1-0) or KeePassXC with Secret Service enabled, then restart Torii Sync. You can still paste the key and validate: it is kept in memory until you quit.</source>
        <translation>Torii Sync schreibt den Schlüssel nie an einen anderen Ort. Installieren und starten Sie unter Linux einen Secret-Service-Anbieter, z. B. gnome-keyring (mit libsecret-1-0) oder KeePassXC mit aktiviertem Secret Service, und starten Sie Torii Sync dann neu. Sie können den Schlüssel trotzdem einfügen und prüfen: Er bleibt bis zum Beenden im Speicher.</translation>
    </message>
    <message>
        <source>C&amp;hoose App…</source>
        <translation>App &amp;wählen …</translation>
    </message>
    <message>
        <source>Torii app ID</source>
        <translation>Torii-App-ID</translation>
    </message>
    <message>
        <source>e.g. 31337</source>
        <translation>z. B. 31337</translation>
    </message>
    <message>
        <source>Choose the Torii app from the org&apos;s apps</source>
        <translation>Die Torii-App aus den Apps der Organisation wählen</translation>
    </message>
    <message>
        <source>Removal guard: share of the account&apos;s users</source>
        <translation>Entfernungsschutz: Anteil der Benutzer des Kontos</translation>
    </message>
    <message>
        <source>Removal guard: least number of users</source>
        <translation>Entfernungsschutz: Mindestzahl an Benutzern</translation>
    </message>
    <message>
        <source>Torii a&amp;pp:</source>
        <translation>Torii-A&amp;pp:</translation>
    </message>
    <message>
        <source>of the users, and at least</source>
        <translation>der Benutzer und mindestens</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Stop removing &amp;more than:</source>
        <translation>Entfernen &amp;stoppen ab mehr als:</translation>
    </message>
    <message>
        <source>No app chosen: the change is compared with the last sync.</source>
        <translation>Keine App gewählt: Die Änderung wird mit der letzten Synchronisierung verglichen.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>kein Profil namens „%1“</translation>
    </message>
    <message>
        <source>no API key for profile &quot;%1&quot;: run &apos;torii-sync-cli key set&apos; or set TORII_API_KEY</source>
        <translation>kein API-Schlüssel für Profil „%1“: führen Sie „torii-sync-cli key set“ aus oder setzen Sie TORII_API_KEY</translation>
    </message>
</context>
<context>
    <name>ContentEvidence</name>
    <message>
        <source>its cells are user types or roles, not licence names</source>
        <translation>seine Zellen sind Benutzertypen oder Rollen, keine Lizenznamen</translation>
    </message>
    <message>
        <source>its cells are not licence names</source>
        <translation>seine Zellen sind keine Lizenznamen</translation>
    </message>
    <message>
        <source>its cells do not look like %1</source>
        <translation>seine Zellen sehen nicht wie %1 aus</translation>
    </message>
    <message>
        <source>its cells are e-mail addresses, not names</source>
        <translation>seine Zellen sind E-Mail-Adressen, keine Namen</translation>
    </message>
    <message>
        <source>its cells are not names</source>
        <translation>seine Zellen sind keine Namen</translation>
    </message>
    <message>
        <source>only %1% of its cells are dates</source>
        <translation>nur %1 % seiner Zellen sind Datumsangaben</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; looks like %2, but 100% of its cells are empty</source>
        <translation>Spaltenkopf „%1“ sieht nach %2 aus, aber 100 % seiner Zellen sind leer</translation>
    </message>
    <message>
        <source>%1% of its cells are empty</source>
        <translation>%1 % seiner Zellen sind leer</translation>
    </message>
    <message>
        <source>header &quot;%1&quot; looks like %2, but %3</source>
        <translation>Spaltenkopf „%1“ sieht nach %2 aus, aber %3</translation>
    </message>
    <message>
        <source>%1% of its cells are e-mail addresses</source>
        <translation>%1 % seiner Zellen sind E-Mail-Adressen</translation>
    </message>
    <message>
        <source>only %1% of its cells are e-mail addresses</source>
        <translation>nur %1 % seiner Zellen sind E-Mail-Adressen</translation>
    </message>
    <message>
        <source>%1% of its cells are yes/no values</source>
        <translation>%1 % seiner Zellen sind Ja/Nein-Werte</translation>
    </message>
    <message>
        <source>its cells are not yes/no values (e.g. &quot;%1&quot;)</source>
        <translation>seine Zellen sind keine Ja/Nein-Werte (z. B. „%1“)</translation>
    </message>
    <message>
        <source>%1% of its cells are status words</source>
        <translation>%1 % seiner Zellen sind Statuswörter</translation>
    </message>
    <message>
        <source>its cells are not status words (e.g. &quot;%1&quot;)</source>
        <translation>seine Zellen sind keine Statuswörter (z. B. „%1“)</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>--preset needs a preset file or name</source>
        <translation>--preset erwartet eine Vorlagendatei oder einen Vorlagennamen</translation>
    </message>
    <message>
        <source>--out needs the payload file to write</source>
        <translation>--out erwartet die zu schreibende Nutzdatendatei</translation>
    </message>
    <message>
        <source>--rejects needs a CSV file to write</source>
        <translation>--rejects erwartet eine zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see convert --help)</source>
        <translation>unbekannte Option „%1“ (siehe convert --help)</translation>
    </message>
    <message>
        <source>convert takes one FILE (got &apos;%1&apos; too)</source>
        <translation>convert erwartet genau eine DATEI (zusätzlich erhalten: „%1“)</translation>
    </message>
    <message>
        <source>convert needs a FILE (see convert --help)</source>
        <translation>convert erwartet eine DATEI (siehe convert --help)</translation>
    </message>
    <message>
        <source>convert needs exactly one of --preset or --auto</source>
        <translation>convert erwartet genau eine der Optionen --preset oder --auto</translation>
    </message>
    <message>
        <source>convert needs --out PAYLOAD.json</source>
        <translation>convert erwartet --out NUTZDATEN.json</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>converting</source>
        <translation>Umwandeln</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Abgelehnte Zeilen nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Unknown status words (map them in a preset): %1</source>
        <translation>Unbekannte Statuswörter (in einer Vorlage zuordnen): %1</translation>
    </message>
    <message>
        <source>cancelled; no payload was written</source>
        <translation>abgebrochen; es wurden keine Nutzdaten geschrieben</translation>
    </message>
    <message>
        <source>map and validate a file and write Torii&apos;s JSON payload</source>
        <translation>eine Datei zuordnen, prüfen und Toriis JSON-Nutzdaten schreiben</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli convert FILE (--preset FILE|NAME | --auto) --out PAYLOAD.json
                              [--rejects REJECTS.csv] [--policy limit|block|skip]
                              [--max-invalid PERCENT] [--json]
                              [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]

Reads FILE, maps its columns to Torii&apos;s fields, validates every row and writes the JSON Torii&apos;s
custom integration accepts.
  --preset FILE|NAME  use a preset (a .json file, or a name from &apos;presets list&apos;)
  --auto              match columns by their names and cells (see &apos;inspect&apos; for what it picks)
  --out PAYLOAD.json  where to write the payload (written atomically, mode 0600)
  --rejects FILE.csv  write rows with errors there: original columns plus a reason column
  --policy limit|block|skip  rows with errors: limit (default, or the preset&apos;s) leaves them out
                      while they are at most --max-invalid of the data rows and blocks above;
                      block: any row with an error stops the conversion; skip: any number is left out
  --max-invalid PERCENT  the share of data rows that may be invalid under limit (default 10)
  --json              print users, licenses, rejected, issues, payload, sha256 as one JSON object
  --sheet, --encoding, --delimiter, --header-row  override how FILE is read (as for inspect)
Refuses an --out or --rejects that is FILE, the preset or the other output (links included).
Exit codes: 0 payload written, 1 blocked by validation (or no valid user), 2 usage error,
unreadable input or an output that cannot be written (e.g. the disk is full), 130 cancelled.
</source>
        <translation>Aufruf: torii-sync-cli convert DATEI (--preset DATEI|NAME | --auto) --out NUTZDATEN.json
                               [--rejects ABGELEHNT.csv] [--policy limit|block|skip]
                               [--max-invalid PROZENT] [--json]
                               [--sheet NAME] [--encoding NAME] [--delimiter ZEICHEN] [--header-row N]

Liest DATEI, ordnet ihre Spalten Toriis Feldern zu, prüft jede Zeile und schreibt das JSON, das Toriis
benutzerdefinierte Integration annimmt.
  --preset DATEI|NAME eine Vorlage verwenden (eine .json-Datei oder ein Name aus &apos;presets list&apos;)
  --auto              Spalten anhand ihrer Namen und Zellen zuordnen (&apos;inspect&apos; zeigt, was gewählt wird)
  --out NUTZDATEN.json wohin die Nutzdaten geschrieben werden (atomar, Modus 0600)
  --rejects DATEI.csv Zeilen mit Fehlern dorthin schreiben: ursprüngliche Spalten plus eine Spalte mit dem Grund
  --policy limit|block|skip  Zeilen mit Fehlern: limit (Standard, oder die der Vorlage) lässt sie aus,
                      solange sie höchstens --max-invalid der Datenzeilen sind, und blockiert darüber;
                      block: jede Zeile mit einem Fehler stoppt die Umwandlung; skip: beliebig viele werden ausgelassen
  --max-invalid PROZENT  der Anteil der Datenzeilen, der bei limit ungültig sein darf (Standard 10)
  --json              users, licenses, rejected, issues, payload, sha256 als ein JSON-Objekt ausgeben
  --sheet, --encoding, --delimiter, --header-row  festlegen, wie DATEI gelesen wird (wie bei inspect)
Lehnt ein --out oder --rejects ab, das DATEI, die Vorlage oder die andere Ausgabe ist (auch über Links).
Exit-Codes: 0 Nutzdaten geschrieben, 1 durch Prüfung blockiert (oder kein gültiger Benutzer), 2 Aufruffehler,
unlesbare Eingabe oder eine Ausgabe, die nicht geschrieben werden kann (z. B. volle Festplatte), 130 abgebrochen.
</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); use --json or --rejects to see them all</source>
        <translation>
            <numerusform>... und %n weitere Meldung; --json oder --rejects zeigt alle</numerusform>
            <numerusform>... und %n weitere Meldungen; --json oder --rejects zeigt alle</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %3 (users: %1, licences: %2, %4 bytes, sha256 %5)</source>
        <translation>%3 geschrieben (Benutzer: %1, Lizenzen: %2, %4 Bytes, sha256 %5)</translation>
    </message>
    <message>
        <source>Rows read: %1, rejected: %2, errors: %3, warnings: %4</source>
        <translation>Gelesene Zeilen: %1, abgelehnt: %2, Fehler: %3, Warnungen: %4</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>the file has too many rows</source>
        <translation>die Datei hat zu viele Zeilen</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>A quoted cell opened here is never closed (missing closing quote)</source>
        <translation>Eine hier begonnene Zelle in Anführungszeichen wird nie geschlossen (schließendes Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>The record starting here is longer than %1 MiB without a line break; this is not a delimited text file, or a quote is never closed</source>
        <translation>Der hier beginnende Datensatz ist länger als %1 MiB ohne Zeilenumbruch; dies ist keine Textdatei mit Trennzeichen, oder ein Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>A record has more than %1 cells; is the delimiter right?</source>
        <translation>Ein Datensatz hat mehr als %1 Zellen; stimmt das Trennzeichen?</translation>
    </message>
    <message>
        <source>The text is larger than 4 GiB after conversion to UTF-8; split the file</source>
        <translation>Der Text ist nach der Umwandlung in UTF-8 größer als 4 GiB; teilen Sie die Datei auf</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not valid UTF-8; it was read as Windows-1252 (Excel&apos;s &quot;CSV&quot; on Windows). Choose another encoding if the accents look wrong.</source>
        <translation>Die Datei ist kein gültiges UTF-8; sie wurde als Windows-1252 gelesen (Excels „CSV“ unter Windows). Wählen Sie eine andere Kodierung, wenn Umlaute oder Akzente falsch aussehen.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header and no rows</source>
        <translation>Die Datei ist leer: keine Kopfzeile und keine Zeilen</translation>
    </message>
    <message>
        <source>There is no row %1 to use as the header (the file has %2 rows)</source>
        <translation>Es gibt keine Zeile %1 für die Kopfzeile (die Datei hat %2 Zeilen)</translation>
    </message>
    <message>
        <source>The file has a header row but no data rows</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>Text after a closing quote was kept in the cell; check the quoting</source>
        <translation>Text nach einem schließenden Anführungszeichen wurde in der Zelle behalten; prüfen Sie die Anführungszeichen</translation>
    </message>
    <message>
        <source>This is not a text file (it contains a NUL byte); choose a CSV, TXT or XLSX export</source>
        <translation>Dies ist keine Textdatei (sie enthält ein NUL-Byte); wählen Sie einen CSV-, TXT- oder XLSX-Export</translation>
    </message>
    <message>
        <source>This is not UTF-16 text (it decodes to NUL characters); choose the encoding</source>
        <translation>Dies ist kein UTF-16-Text (er ergibt NUL-Zeichen); wählen Sie die Kodierung</translation>
    </message>
    <message>
        <source>The delimiter must be one ASCII character other than a quote or a line break</source>
        <translation>Das Trennzeichen muss ein einzelnes ASCII-Zeichen sein, aber kein Anführungszeichen und kein Zeilenumbruch</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 (the rest of the file is): its odd bytes were read as Windows-1252; check its spelling</source>
        <translation>Diese Zeile ist kein gültiges UTF-8 (der Rest der Datei schon): ihre abweichenden Bytes wurden als Windows-1252 gelesen; prüfen Sie ihre Schreibweise</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more line(s) that are not valid UTF-8</source>
        <translation>
            <numerusform>... und %n weitere Zeile, die kein gültiges UTF-8 ist</numerusform>
            <numerusform>... und %n weitere Zeilen, die kein gültiges UTF-8 sind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceWriter</name>
    <message>
        <source>the write failed</source>
        <translation>das Schreiben ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>DialectBar</name>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The row that holds the column names, as a spreadsheet numbers it</source>
        <translation>Die Zeile mit den Spaltennamen, nummeriert wie in der Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Header row:</source>
        <translation>Kopf&amp;zeile:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export &amp;List…</source>
        <translation>&amp;Liste exportieren …</translation>
    </message>
    <message>
        <source>Comparing with the account&apos;s users</source>
        <translation>Vergleich mit den Benutzern des Kontos</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>Vergleich beenden</translation>
    </message>
    <message>
        <source>Which changes to list</source>
        <translation>Welche Änderungen aufgelistet werden</translation>
    </message>
    <message>
        <source>Search the e-mails</source>
        <translation>E-Mail-Adressen durchsuchen</translation>
    </message>
    <message>
        <source>Search e-mails</source>
        <translation>E-Mail-Adressen suchen</translation>
    </message>
    <message>
        <source>Export the listed e-mails as CSV</source>
        <translation>Die aufgelisteten E-Mail-Adressen als CSV exportieren</translation>
    </message>
    <message>
        <source>Users the sync changes</source>
        <translation>Benutzer, die die Synchronisierung ändert</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users in Torii… %1 so far</source>
        <translation>Benutzer des Kontos in Torii werden gelesen … bisher %1</translation>
    </message>
    <message>
        <source>What the sync changes in Torii shows here after the dry run.</source>
        <translation>Was die Synchronisierung in Torii ändert, erscheint hier nach dem Probelauf.</translation>
    </message>
    <message>
        <source>Enter the app account ID on the Connect page to see what the sync changes.</source>
        <translation>Geben Sie auf der Seite „Verbinden“ die App-Konto-ID ein, um zu sehen, was die Synchronisierung ändert.</translation>
    </message>
    <message>
        <source>Reading the account&apos;s users in Torii…</source>
        <translation>Benutzer des Kontos in Torii werden gelesen …</translation>
    </message>
    <message>
        <source>Comparing with the last sync…</source>
        <translation>Vergleich mit der letzten Synchronisierung …</translation>
    </message>
    <message>
        <source>Not compared: stopped. Continue to Review again to compare.</source>
        <translation>Nicht verglichen: angehalten. Öffnen Sie „Prüfen“ erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Compared with the users of app account %1 in Torii (app “%2”).</source>
        <translation>Verglichen mit den Benutzern des App-Kontos %1 in Torii (App „%2“).</translation>
    </message>
    <message>
        <source>Compared with the last accepted sync to this app account (saved %1), not with Torii.</source>
        <translation>Verglichen mit der letzten angenommenen Synchronisierung in dieses App-Konto (gespeichert %1), nicht mit Torii.</translation>
    </message>
    <message>
        <source>Nothing to compare with (no app chosen and no earlier sync): every user counts as added.</source>
        <translation>Nichts zum Vergleichen (keine App gewählt und keine frühere Synchronisierung): Jeder Benutzer zählt als hinzugefügt.</translation>
    </message>
    <message>
        <source>+%1 added · −%2 removed · %3 deactivated · %4 reactivated · %5 unchanged · %6 licence changes</source>
        <translation>+%1 hinzugefügt · −%2 entfernt · %3 deaktiviert · %4 reaktiviert · %5 unverändert · %6 Lizenzänderungen</translation>
    </message>
    <message>
        <source>The removal guard will stop this sync: %1 You can allow the removals on the Sync page.</source>
        <translation>Der Entfernungsschutz wird diese Synchronisierung stoppen: %1 Sie können die Entfernungen auf der Seite „Synchronisieren“ erlauben.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>List not exported</source>
        <translation>Liste nicht exportiert</translation>
    </message>
    <message>
        <source>%1 is the export being synced; choose another file.</source>
        <translation>%1 ist der Export, der synchronisiert wird; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1</source>
        <translation>
            <numerusform>%n Zeile in %1 gespeichert</numerusform>
            <numerusform>%n Zeilen in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>removed &quot;mailto:&quot;</source>
        <translation>„mailto:“ entfernt</translation>
    </message>
    <message>
        <source>removed the domain&apos;s trailing dot</source>
        <translation>abschließenden Punkt der Domain entfernt</translation>
    </message>
    <message>
        <source>no @</source>
        <translation>kein @</translation>
    </message>
    <message>
        <source>more than one @ (two addresses in one cell?)</source>
        <translation>mehr als ein @ (zwei Adressen in einer Zelle?)</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>nichts vor dem @</translation>
    </message>
    <message>
        <source>the part before the @ is longer than 64 characters</source>
        <translation>der Teil vor dem @ ist länger als 64 Zeichen</translation>
    </message>
    <message>
        <source>invalid character in the quoted part before the @</source>
        <translation>ungültiges Zeichen im Teil in Anführungszeichen vor dem @</translation>
    </message>
    <message>
        <source>the part before the @ starts or ends with a dot</source>
        <translation>der Teil vor dem @ beginnt oder endet mit einem Punkt</translation>
    </message>
    <message>
        <source>two dots in a row</source>
        <translation>zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>contains an invisible character</source>
        <translation>enthält ein unsichtbares Zeichen</translation>
    </message>
    <message>
        <source>contains a space</source>
        <translation>enthält ein Leerzeichen</translation>
    </message>
    <message>
        <source>contains the character &apos;%1&apos;</source>
        <translation>enthält das Zeichen „%1“</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>nichts nach dem @</translation>
    </message>
    <message>
        <source>the domain is longer than 253 characters</source>
        <translation>die Domain ist länger als 253 Zeichen</translation>
    </message>
    <message>
        <source>an IP address instead of a domain</source>
        <translation>eine IP-Adresse statt einer Domain</translation>
    </message>
    <message>
        <source>the domain has an empty part (two dots, or a dot at an end)</source>
        <translation>die Domain hat einen leeren Teil (zwei Punkte hintereinander oder ein Punkt am Anfang oder Ende)</translation>
    </message>
    <message>
        <source>a domain part is longer than 63 characters</source>
        <translation>ein Teil der Domain ist länger als 63 Zeichen</translation>
    </message>
    <message>
        <source>a domain part starts or ends with a hyphen</source>
        <translation>ein Teil der Domain beginnt oder endet mit einem Bindestrich</translation>
    </message>
    <message>
        <source>the domain contains the character &apos;%1&apos;</source>
        <translation>die Domain enthält das Zeichen „%1“</translation>
    </message>
    <message>
        <source>the domain has no top-level part (like .com)</source>
        <translation>die Domain hat keine Top-Level-Domain (wie .de)</translation>
    </message>
    <message>
        <source>the top-level domain is a number</source>
        <translation>die Top-Level-Domain ist eine Zahl</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>Transform</source>
        <translation>Umwandlung</translation>
    </message>
    <message>
        <source>&amp;Trim spaces</source>
        <translation>Leerzeichen &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Lower-case</source>
        <translation>&amp;Kleinschreibung</translation>
    </message>
    <message>
        <source>Trim spaces</source>
        <translation>Leerzeichen entfernen</translation>
    </message>
    <message>
        <source>Lower-case</source>
        <translation>Kleinschreibung</translation>
    </message>
    <message>
        <source>List separator</source>
        <translation>Listentrennzeichen</translation>
    </message>
    <message>
        <source>one value per cell</source>
        <translation>ein Wert pro Zelle</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Decide from the values</source>
        <translation>Anhand der Werte entscheiden</translation>
    </message>
    <message>
        <source>Constant value</source>
        <translation>Fester Wert</translation>
    </message>
    <message>
        <source>used when no column is mapped</source>
        <translation>wird verwendet, wenn keine Spalte zugeordnet ist</translation>
    </message>
    <message>
        <source>Fallback column</source>
        <translation>Ersatzspalte</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>&amp;Datumsreihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Fallback:</source>
        <translation>E&amp;rsatz:</translation>
    </message>
    <message>
        <source>C&amp;onstant:</source>
        <translation>F&amp;ester Wert:</translation>
    </message>
    <message>
        <source>Trim %1</source>
        <translation>%1 von Leerzeichen befreien</translation>
    </message>
    <message>
        <source>Lower-case %1</source>
        <translation>%1 kleinschreiben</translation>
    </message>
    <message>
        <source>Separator of %1</source>
        <translation>Trennzeichen für %1</translation>
    </message>
    <message>
        <source>Date order of %1</source>
        <translation>Datumsreihenfolge für %1</translation>
    </message>
    <message>
        <source>Fallback of %1</source>
        <translation>Ersatz für %1</translation>
    </message>
    <message>
        <source>Constant for %1</source>
        <translation>Fester Wert für %1</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <source>Transform: %1</source>
        <translation>Umwandlung: %1</translation>
    </message>
    <message>
        <source>Trimmed, lower-cased and checked; invalid addresses are listed on Review.</source>
        <translation>Leerzeichen entfernt, kleingeschrieben und geprüft; ungültige Adressen stehen unter Prüfen.</translation>
    </message>
    <message>
        <source>Parsed to ISO 8601 UTC; “Never” leaves the date out.</source>
        <translation>Nach ISO 8601 UTC umgewandelt; „Never“ lässt das Datum weg.</translation>
    </message>
    <message>
        <source>Split into several values with the separator.</source>
        <translation>Mit dem Trennzeichen in mehrere Werte aufgeteilt.</translation>
    </message>
    <message>
        <source>Split into first and last name when those are not mapped.</source>
        <translation>In Vor- und Nachname aufgeteilt, wenn diese nicht zugeordnet sind.</translation>
    </message>
    <message>
        <source>Builds Torii&apos;s licence list; see Licences.</source>
        <translation>Erstellt die Lizenzliste für Torii; siehe Lizenzen.</translation>
    </message>
    <message>
        <source>Copied as text.</source>
        <translation>Als Text übernommen.</translation>
    </message>
    <message>
        <source>Time zone of dates without one</source>
        <translation>Zeitzone für Datumsangaben ohne eigene</translation>
    </message>
    <message>
        <source>UTC (dates without a zone)</source>
        <translation>UTC (Datumsangaben ohne Zone)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Time zone of %1</source>
        <translation>Zeitzone von %1</translation>
    </message>
    <message>
        <source>Each word below becomes active or deleted in Torii; the raw word is kept as the external status.</source>
        <translation>Jedes Wort unten wird in Torii zu aktiv oder gelöscht; das ursprüngliche Wort bleibt als externer Status erhalten.</translation>
    </message>
</context>
<context>
    <name>FieldMapping</name>
    <message>
        <source>&quot;%1.extract&quot;: unknown value &quot;%2&quot; (known: primarySmtp)</source>
        <translation>„%1.extract“: unbekannter Wert „%2“ (bekannt: primarySmtp)</translation>
    </message>
    <message>
        <source>&quot;%1.dateOrder&quot;: unknown value &quot;%2&quot; (auto, DMY, MDY, YMD)</source>
        <translation>„%1.dateOrder“: unbekannter Wert „%2“ (auto, DMY, MDY, YMD)</translation>
    </message>
</context>
<context>
    <name>FileShapeDetector</name>
    <message>
        <source>this is a device list (one row per device): users come from column &quot;%1&quot;, one per person; devices of the same person are merged, device columns are not used</source>
        <translation>dies ist eine Geräteliste (eine Zeile pro Gerät): die Benutzer kommen aus der Spalte „%1“, einer pro Person; Geräte derselben Person werden zusammengeführt, Gerätespalten werden nicht verwendet</translation>
    </message>
    <message>
        <source>this is a device list (one row per device) with no column of user addresses: nothing was matched automatically</source>
        <translation>dies ist eine Geräteliste (eine Zeile pro Gerät) ohne Spalte mit Benutzeradressen: nichts wurde automatisch zugeordnet</translation>
    </message>
    <message>
        <source>no column holds e-mail addresses or user names: nothing was matched automatically (is this a user list?)</source>
        <translation>keine Spalte enthält E-Mail-Adressen oder Benutzernamen: nichts wurde automatisch zugeordnet (ist das eine Benutzerliste?)</translation>
    </message>
    <message>
        <source>no column holds e-mail addresses (&quot;%1&quot; holds user names, and Torii needs an address per user): nothing was matched automatically</source>
        <translation>keine Spalte enthält E-Mail-Adressen („%1“ enthält Benutzernamen, und Torii braucht eine Adresse pro Benutzer): nichts wurde automatisch zugeordnet</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No app account</source>
        <translation>Kein App-Konto</translation>
    </message>
    <message>
        <source>App account %1</source>
        <translation>App-Konto %1</translation>
    </message>
    <message>
        <source>Demo (sandbox)</source>
        <translation>Demo (Sandbox)</translation>
    </message>
    <message>
        <source>Syncing into %1, %2</source>
        <translation>Synchronisiert nach %1, %2</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>--limit needs a number (1 or more)</source>
        <translation>--limit erwartet eine Zahl (ab 1)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see history --help)</source>
        <translation>unbekannte Option „%1“ (siehe history --help)</translation>
    </message>
    <message>
        <source>No runs yet.</source>
        <translation>Noch keine Läufe.</translation>
    </message>
    <message>
        <source>, Torii file %1</source>
        <translation>, Torii-Datei %1</translation>
    </message>
    <message>
        <source>list past sync runs</source>
        <translation>frühere Synchronisierungsläufe auflisten</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli history [--json | --csv FILE] [--limit N] [--job NAME] [--profile NAME]
                              [--outcome OUTCOME] [--since DATE] [--until DATE]
       torii-sync-cli history run-again ID [--json]

Lists past runs, newest first: when, outcome, job, source file, app account, profile, counts
and Torii&apos;s file id. --json prints every field, including per-stage results and timings; --csv
FILE exports the listed runs as CSV (&apos;-&apos; for stdout). The filters combine: --job, --profile,
--outcome (succeeded, failed, blocked, cancelled, unknown, interrupted, running, dry-run) and
--since/--until (YYYY-MM-DD, local days, both included).
run-again ID runs the job that made run ID once more (its source as it is now).
</source>
        <translation>Aufruf: torii-sync-cli history [--json | --csv DATEI] [--limit N] [--job NAME] [--profile NAME]
                              [--outcome ERGEBNIS] [--since DATUM] [--until DATUM]
       torii-sync-cli history run-again ID [--json]

Listet frühere Läufe, neueste zuerst: Zeitpunkt, Ergebnis, Job, Quelldatei, App-Konto, Profil,
Zahlen und Toriis Datei-ID. --json gibt jedes Feld aus, auch Ergebnisse und Zeiten je Stufe; --csv
DATEI exportiert die gelisteten Läufe als CSV („-“ für die Standardausgabe). Die Filter lassen sich
kombinieren: --job, --profile, --outcome (succeeded, failed, blocked, cancelled, unknown, interrupted,
running, dry-run) und --since/--until (JJJJ-MM-TT, lokale Tage, beide eingeschlossen).
run-again ID führt den Job, der Lauf ID erzeugt hat, noch einmal aus (mit seiner Quelle, wie sie jetzt ist).
</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>%1 needs a date (YYYY-MM-DD)</source>
        <translation>%1 erwartet ein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>give --json or --csv, not both</source>
        <translation>bitte --json oder --csv angeben, nicht beides</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4%5 -&gt; app account %6  %7  users %8, rejected %9</source>
        <translation>#%1  %2  %3  %4%5 -&gt; App-Konto %6  %7  Benutzer %8, abgewiesen %9</translation>
    </message>
    <message>
        <source>[job %1] </source>
        <translation>[Job %1] </translation>
    </message>
    <message>
        <source>--csv cannot overwrite the history itself</source>
        <translation>--csv darf den Verlauf selbst nicht überschreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) exported to %1.</source>
        <translation>
            <numerusform>%n Lauf nach %1 exportiert.</numerusform>
            <numerusform>%n Läufe nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>history run-again needs a run ID (see &apos;history&apos;)</source>
        <translation>history run-again erwartet eine Lauf-ID (siehe „history“)</translation>
    </message>
    <message>
        <source>no run #%1 in the history</source>
        <translation>kein Lauf #%1 im Verlauf</translation>
    </message>
    <message>
        <source>run #%1 was a one-off sync of %2, not a job: run &apos;torii-sync-cli sync&apos; with the file again, or save it as a job</source>
        <translation>Lauf #%1 war ein einmaliger Sync von %2, kein Job: „torii-sync-cli sync“ mit der Datei erneut ausführen oder ihn als Job speichern</translation>
    </message>
    <message>
        <source>Running job &quot;%1&quot; again (run #%2).</source>
        <translation>Job „%1“ wird erneut ausgeführt (Lauf #%2).</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Runs the selected run&apos;s job once more, with its source as it is now</source>
        <translation>Führt den Job des gewählten Laufs noch einmal aus, mit seiner Quelle, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>All jobs and syncs</source>
        <translation>Alle Jobs und Syncs</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Profile · app account</source>
        <translation>Profil · App-Konto</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every run, newest first: what was sent where, and how each stage went.</source>
        <translation>Alle Läufe, neueste zuerst: was wohin gesendet wurde und wie jeder Schritt verlief.</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>The history database could not be opened: %1</source>
        <translation>Die Verlaufsdatenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>No runs yet. Finished and failed syncs appear here.</source>
        <translation>Noch keine Läufe. Abgeschlossene und fehlgeschlagene Synchronisierungen erscheinen hier.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> in %1 · attempts: %2</source>
        <translation> in %1 · Versuche: %2</translation>
    </message>
    <message>
        <source>auto-match</source>
        <translation>automatische Zuordnung</translation>
    </message>
    <message>
        <source>%1 (sandbox on this computer)</source>
        <translation>%1 (Sandbox auf diesem Computer)</translation>
    </message>
    <message>
        <source>%1 (app account %2)</source>
        <translation>%1 (App-Konto %2)</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Preset: %1 · %2 users, %3 licences, %4 rejected</source>
        <translation>Vorlage: %1 · %2 Benutzer, %3 Lizenzen, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Torii file ID %1</source>
        <translation>Torii-Datei-ID %1</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Job “%1”: %2. %3</source>
        <translation>Job „%1“: %2. %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>This run was a one-off sync of %1, not a job. Open the file again, or save a sync as a job (Jobs menu) to repeat it with one click.</source>
        <translation>Dieser Lauf war ein einmaliger Sync von %1, kein Job. Öffnen Sie die Datei erneut, oder speichern Sie einen Sync als Job (Menü Jobs), um ihn mit einem Klick zu wiederholen.</translation>
    </message>
    <message>
        <source>Running job “%1” again…</source>
        <translation>Job „%1“ wird erneut ausgeführt…</translation>
    </message>
    <message>
        <source>Job: %1</source>
        <translation>Auftrag: %1</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The SQLite driver for Qt is missing (install libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber für Qt fehlt (installieren Sie libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the history %1: %2</source>
        <translation>Der Verlauf %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The history %1 was written by a newer version of Torii Sync.</source>
        <translation>Der Verlauf %1 wurde von einer neueren Version von Torii Sync geschrieben.</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>the answer stopped after %1 bytes</source>
        <translation>die Antwort brach nach %1 Bytes ab</translation>
    </message>
    <message>
        <source>a line of the answer is longer than %1 bytes</source>
        <translation>eine Zeile der Antwort ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the answer&apos;s headers are longer than %1 bytes</source>
        <translation>die Header der Antwort sind länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk of the answer does not end where its size says</source>
        <translation>ein Chunk der Antwort endet nicht dort, wo seine Größe es angibt</translation>
    </message>
    <message>
        <source>the answer is not HTTP (it starts with &quot;%1&quot;)</source>
        <translation>die Antwort ist kein HTTP (sie beginnt mit „%1“)</translation>
    </message>
    <message>
        <source>a header line of the answer has no name</source>
        <translation>eine Header-Zeile der Antwort hat keinen Namen</translation>
    </message>
    <message>
        <source>the server switched protocols, which was not asked for</source>
        <translation>der Server hat ungefragt das Protokoll gewechselt</translation>
    </message>
    <message>
        <source>the answer&apos;s Content-Length is not one valid number</source>
        <translation>die Content-Length der Antwort ist keine einzelne gültige Zahl</translation>
    </message>
    <message>
        <source>the answer&apos;s chunk size is not valid</source>
        <translation>die Chunk-Größe der Antwort ist ungültig</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes of the answer, before its end</source>
        <translation>die Verbindung wurde nach %1 Bytes der Antwort vor deren Ende geschlossen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes; stopped reading it</source>
        <translation>die Antwort ist größer als %1 Bytes; das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ImportError</name>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source> (byte offset %1)</source>
        <translation> (Byte-Position %1)</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>--rows needs a number of rows (0 or more)</source>
        <translation>--rows erwartet eine Zeilenanzahl (ab 0)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see inspect --help)</source>
        <translation>unbekannte Option „%1“ (siehe inspect --help)</translation>
    </message>
    <message>
        <source>inspect takes one FILE (got &apos;%1&apos; too)</source>
        <translation>inspect erwartet genau eine DATEI (zusätzlich erhalten: „%1“)</translation>
    </message>
    <message>
        <source>inspect needs a FILE (see inspect --help)</source>
        <translation>inspect erwartet eine DATEI (siehe inspect --help)</translation>
    </message>
    <message>
        <source>File:       %1 (%2 bytes)</source>
        <translation>Datei:      %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Format:     XLSX workbook, sheet &quot;%1&quot; (sheets: %2)</source>
        <translation>Format:     XLSX-Arbeitsmappe, Tabellenblatt „%1“ (Blätter: %2)</translation>
    </message>
    <message>
        <source>Format:     CSV, %1%2, delimiter %3%4</source>
        <translation>Format:     CSV, %1%2, Trennzeichen %3%4</translation>
    </message>
    <message>
        <source> with BOM</source>
        <translation> mit BOM</translation>
    </message>
    <message>
        <source> (from the sep= line)</source>
        <translation> (aus der sep=-Zeile)</translation>
    </message>
    <message>
        <source>Header row: %1</source>
        <translation>Kopfzeile:  %1</translation>
    </message>
    <message>
        <source> (%1 title rows above skipped)</source>
        <translation> (%1 Titelzeilen darüber übersprungen)</translation>
    </message>
    <message>
        <source>Columns:    %1</source>
        <translation>Spalten:    %1</translation>
    </message>
    <message>
        <source>Rows:       %1</source>
        <translation>Zeilen:     %1</translation>
    </message>
    <message>
        <source> (%1 footer rows below excluded)</source>
        <translation> (%1 Fußzeilen darunter ausgenommen)</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Zuordnung:</translation>
    </message>
    <message>
        <source>Preset:     %1</source>
        <translation>Vorlage:    %1</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <source>show how a file is read: dialect, columns, rows, mapping</source>
        <translation>zeigen, wie eine Datei gelesen wird: Format, Spalten, Zeilen, Zuordnung</translation>
    </message>
    <message>
        <source>Shape:      %1</source>
        <translation>Form:       %1</translation>
    </message>
    <message>
        <source>Warning:    %1</source>
        <translation>Warnung:    %1</translation>
    </message>
    <message>
        <source>Format:     JSON list of objects, one row per object</source>
        <translation>Format:     JSON-Liste von Objekten, eine Zeile je Objekt</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli inspect FILE [--sheet NAME] [--rows N] [--json]
                              [--encoding NAME] [--delimiter CHAR] [--header-row N]

Reads a CSV/TSV/TXT, XLSX, ODS, XLS or JSON export and shows what was detected: format,
encoding, delimiter, header row, columns, number of data rows, and notices (title/footer rows,
ragged rows).
  --sheet NAME       read this sheet of a workbook (XLSX, ODS, XLS; default: the first sheet
                     that holds users)
  --rows N           also show the first N data rows as read
  --json             print one JSON object (format, sheet, encoding, delimiter, headerRow,
                     columns, rows, mapping, matches, shape, shapeNote, mappingWarnings,
                     preset, notices[, preview])
  --encoding NAME    UTF-8, UTF-16LE, UTF-16BE or Windows-1252 instead of detecting
  --delimiter CHAR   , ; tab | (or any ASCII character) instead of detecting
  --header-row N     the header is on row N (1-based, as a spreadsheet shows it)
Exit codes: 0 read, 2 usage error or unreadable input.
</source>
        <translation>Aufruf: torii-sync-cli inspect DATEI [--sheet NAME] [--rows N] [--json]
                               [--encoding NAME] [--delimiter ZEICHEN] [--header-row N]

Liest einen CSV-/TSV-/TXT-, XLSX-, ODS-, XLS- oder JSON-Export und zeigt, was erkannt wurde: Format,
Kodierung, Trennzeichen, Kopfzeile, Spalten, Anzahl der Datenzeilen und Hinweise (Titel-/Fußzeilen,
ungleich lange Zeilen).
  --sheet NAME        dieses Tabellenblatt einer Arbeitsmappe lesen (XLSX, ODS, XLS; Standard: das erste
                      Tabellenblatt mit Benutzern)
  --rows N            zusätzlich die ersten N Datenzeilen so zeigen, wie sie gelesen wurden
  --json              ein JSON-Objekt ausgeben (format, sheet, encoding, delimiter, headerRow,
                      columns, rows, mapping, matches, shape, shapeNote, mappingWarnings,
                      preset, notices[, preview])
  --encoding NAME     UTF-8, UTF-16LE, UTF-16BE oder Windows-1252, statt zu erkennen
  --delimiter ZEICHEN , ; tab | (oder ein beliebiges ASCII-Zeichen), statt zu erkennen
  --header-row N      die Kopfzeile ist Zeile N (ab 1 gezählt, wie eine Tabellenkalkulation sie zeigt)
Exit-Codes: 0 gelesen, 2 Aufruffehler oder unlesbare Eingabe.
</translation>
    </message>
    <message>
        <source>Format:     OpenDocument spreadsheet (ODS), sheet &quot;%1&quot; (sheets: %2)</source>
        <translation>Format:     OpenDocument-Tabelle (ODS), Tabellenblatt „%1“ (Blätter: %2)</translation>
    </message>
    <message>
        <source>Format:     Excel 97-2003 workbook (XLS), sheet &quot;%1&quot; (sheets: %2)</source>
        <translation>Format:     Excel-97-2003-Arbeitsmappe (XLS), Tabellenblatt „%1“ (Blätter: %2)</translation>
    </message>
</context>
<context>
    <name>InvalidRowPolicies</name>
    <message>
        <source>blocked: %1 of %2 rows have errors, more than the %3% that may be skipped (fix them or the mapping, raise --max-invalid, or use --policy skip to leave any number out)</source>
        <translation>blockiert: %1 von %2 Zeilen haben Fehler, mehr als die %3 %, die ausgelassen werden dürfen (beheben Sie sie oder die Zuordnung, erhöhen Sie --max-invalid oder lassen Sie mit --policy skip beliebig viele weg)</translation>
    </message>
    <message numerus="yes">
        <source>blocked: %n row(s) have errors (fix them, or use --policy skip to leave them out)</source>
        <translation>
            <numerusform>blockiert: %n Zeile mit Fehlern (beheben Sie sie oder lassen Sie sie mit --policy skip weg)</numerusform>
            <numerusform>blockiert: %n Zeilen mit Fehlern (beheben Sie sie oder lassen Sie sie mit --policy skip weg)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvalidRowsOptions</name>
    <message>
        <source>--policy needs limit, block or skip</source>
        <translation>--policy erwartet limit, block oder skip</translation>
    </message>
    <message>
        <source>--max-invalid needs a percentage from 0 to 100</source>
        <translation>--max-invalid braucht einen Prozentsatz von 0 bis 100</translation>
    </message>
    <message>
        <source>--max-invalid goes with --policy limit (the default), not with --policy %1</source>
        <translation>--max-invalid gehört zu --policy limit (dem Standard), nicht zu --policy %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n invalid row(s) (errors by field: %1)</source>
        <translation>
            <numerusform>%n ungültige Zeile ausgelassen (Fehler nach Feld: %1)</numerusform>
            <numerusform>%n ungültige Zeilen ausgelassen (Fehler nach Feld: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n row(s) repeating a user already sent</source>
        <translation>
            <numerusform>%n Zeile mit einem schon gesendeten Benutzer zusammengeführt</numerusform>
            <numerusform>%n Zeilen mit einem schon gesendeten Benutzer zusammengeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) without a user</source>
        <translation>
            <numerusform>%n Zeile ohne Benutzer ausgelassen</numerusform>
            <numerusform>%n Zeilen ohne Benutzer ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-match: %1</source>
        <translation>automatische Zuordnung: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;schedule.every&quot; must be &quot;day&quot; or &quot;week&quot;</source>
        <translation>„schedule.every“ muss „day“ oder „week“ sein</translation>
    </message>
    <message>
        <source>&quot;schedule.time&quot; must be HH:MM (00:00 to 23:59)</source>
        <translation>„schedule.time“ muss HH:MM sein (00:00 bis 23:59)</translation>
    </message>
    <message>
        <source>&quot;schedule.day&quot; must be a day of the week (Mon ... Sun)</source>
        <translation>„schedule.day“ muss ein Wochentag sein (Mon … Sun)</translation>
    </message>
    <message>
        <source>a job name is 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos; (not starting with &apos;.&apos; or &apos;-&apos;): &quot;%1&quot;</source>
        <translation>ein Jobname besteht aus 1 bis 64 Buchstaben, Ziffern, „.“, „-“ oder „_“ (nicht mit „.“ oder „-“ am Anfang): „%1“</translation>
    </message>
    <message>
        <source>a webhook URL must start with https:// (http:// only on this computer)</source>
        <translation>eine Webhook-URL muss mit https:// beginnen (http:// nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>&quot;profile&quot; is missing</source>
        <translation>„profile“ fehlt</translation>
    </message>
    <message>
        <source>&quot;source.path&quot; is missing</source>
        <translation>„source.path“ fehlt</translation>
    </message>
    <message>
        <source>&quot;policy&quot; must be &quot;block&quot; or &quot;skip&quot;</source>
        <translation>„policy“ muss „block“ oder „skip“ sein</translation>
    </message>
    <message>
        <source>&quot;guards.maxInvalidPercent&quot; must be from 0 to 100</source>
        <translation>„guards.maxInvalidPercent“ muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a job must be a JSON object</source>
        <translation>ein Job muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not a Torii Sync job (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>kein Torii-Sync-Job („format“ muss „%1“ sein)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation>„formatVersion“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>this job uses format version %1, but this version of Torii Sync reads up to version %2; update Torii Sync to use it</source>
        <translation>dieser Job verwendet Formatversion %1, diese Version von Torii Sync liest aber höchstens Version %2; aktualisieren Sie Torii Sync, um ihn zu verwenden</translation>
    </message>
    <message>
        <source>&quot;guards.allowRemovals&quot; must be a whole number of at least 0 or &quot;all&quot;</source>
        <translation>„guards.allowRemovals“ muss eine ganze Zahl ab 0 oder „all“ sein</translation>
    </message>
    <message>
        <source>a job needs exactly one of &quot;preset&quot; or &quot;auto&quot;: true</source>
        <translation>ein Job braucht genau eines von „preset“ oder „auto“: true</translation>
    </message>
</context>
<context>
    <name>JobArguments</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>--max-invalid needs a percentage from 0 to 100</source>
        <translation>--max-invalid erwartet einen Prozentsatz von 0 bis 100</translation>
    </message>
    <message>
        <source>--allow-removals needs a number of users (0 or more) or &quot;all&quot;</source>
        <translation>--allow-removals erwartet eine Anzahl Benutzer (ab 0) oder „all“</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos; (see job --help)</source>
        <translation>unbekanntes Argument „%1“ (siehe job --help)</translation>
    </message>
    <message>
        <source>--notify-success needs a --webhook URL</source>
        <translation>--notify-success erwartet eine --webhook-URL</translation>
    </message>
    <message>
        <source>--pattern needs --source to be a folder; %1 is not one</source>
        <translation>--pattern setzt voraus, dass --source ein Ordner ist; %1 ist keiner</translation>
    </message>
    <message>
        <source>%1 is a folder: add --pattern GLOB to take its newest matching file (e.g. --pattern &apos;okta-*.csv&apos;)</source>
        <translation>%1 ist ein Ordner: mit --pattern MUSTER wird seine neueste passende Datei genommen (z. B. --pattern &apos;okta-*.csv&apos;)</translation>
    </message>
    <message>
        <source>the source file %1 does not exist</source>
        <translation>die Quelldatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>--policy needs limit, block or skip</source>
        <translation>--policy erwartet limit, block oder skip</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <source>saved, repeatable syncs: add, run, run --all, schedule</source>
        <translation>gespeicherte, wiederholbare Syncs: add, run, run --all, schedule</translation>
    </message>
    <message>
        <source>job needs add, edit, list, show, delete, run or schedule</source>
        <translation>job erwartet add, edit, list, show, delete, run oder schedule</translation>
    </message>
    <message>
        <source>job list takes only --json</source>
        <translation>job list akzeptiert nur --json</translation>
    </message>
    <message>
        <source>job %1 needs a job NAME</source>
        <translation>job %1 erwartet einen Job-NAMEN</translation>
    </message>
    <message>
        <source>job delete takes only NAME</source>
        <translation>job delete akzeptiert nur NAME</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; deleted.</source>
        <translation>Job „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>job show takes NAME and --json</source>
        <translation>job show akzeptiert NAME und --json</translation>
    </message>
    <message>
        <source>a job named &quot;%1&quot; exists already (change it with &apos;job edit&apos;)</source>
        <translation>ein Job namens „%1“ existiert bereits (ändern mit „job edit“)</translation>
    </message>
    <message>
        <source>job add needs exactly one of --preset or --auto</source>
        <translation>job add braucht genau eines von --preset oder --auto</translation>
    </message>
    <message>
        <source>give --preset or --auto, not both</source>
        <translation>bitte --preset oder --auto angeben, nicht beides</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; saved in %2.</source>
        <translation>Job „%1“ gespeichert in %2.</translation>
    </message>
    <message>
        <source>Job &quot;%1&quot; changed in %2.</source>
        <translation>Job „%1“ geändert in %2.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No jobs yet: add one with &apos;torii-sync-cli job add&apos; (see job --help).</source>
        <translation>Noch keine Jobs: einen mit „torii-sync-cli job add“ anlegen (siehe job --help).</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie ausgeführt</translation>
    </message>
    <message>
        <source>last: #%1 %2 %3</source>
        <translation>zuletzt: #%1 %2 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>job %1
  profile   %2
  source    %3
  preset    %4
  policy    %5
  guards    max invalid %6, removals allowed %7
  webhook   %8
  schedule  %9
</source>
        <translation>Job %1
  Profil    %2
  Quelle    %3
  Preset    %4
  Regel     %5
  Schutz    höchstens fehlerhaft %6, erlaubte Entfernungen %7
  Webhook   %8
  Zeitplan  %9
</translation>
    </message>
    <message>
        <source>newest %1 in %2</source>
        <translation>neueste %1 in %2</translation>
    </message>
    <message>
        <source>auto-match</source>
        <translation>automatische Zuordnung</translation>
    </message>
    <message>
        <source>the preset&apos;s</source>
        <translation>die des Presets</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source> (also on success)</source>
        <translation> (auch bei Erfolg)</translation>
    </message>
    <message>
        <source>job run needs one job NAME or --all</source>
        <translation>job run erwartet einen Job-NAMEN oder --all</translation>
    </message>
    <message>
        <source>No jobs to run.</source>
        <translation>Keine Jobs auszuführen.</translation>
    </message>
    <message>
        <source>== job %1: %2</source>
        <translation>== Job %1: %2</translation>
    </message>
    <message>
        <source>job %1: %2. %3</source>
        <translation>Job %1: %2. %3</translation>
    </message>
    <message>
        <source>job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>removals</source>
        <translation>Entfernungen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Torii file id</source>
        <translation>Torii-Datei-ID</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>job schedule needs --daily HH:MM, --weekly DAY HH:MM (DAY: Mon..Sun) or --off</source>
        <translation>job schedule erwartet --daily HH:MM, --weekly TAG HH:MM (TAG: Mon..Sun) oder --off</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli job add NAME --profile P --source FILE|FOLDER [--pattern GLOB]
                            (--preset P | --auto) [--policy limit|block|skip]
                            [--max-invalid PERCENT] [--allow-removals N|all]
                            [--webhook URL [--notify-success]] [--json]
       torii-sync-cli job edit NAME [the same options] [--no-webhook] [--json]
       torii-sync-cli job list|show NAME [--json]
       torii-sync-cli job delete NAME
       torii-sync-cli job run NAME|--all [--json]
       torii-sync-cli job schedule NAME --daily HH:MM | --weekly DAY HH:MM | --off

A job is a saved sync: a profile, a source (a file, or a FOLDER whose newest file matching --pattern
is taken), a preset or --auto, the invalid-row policy and guard thresholds, and an optional
incoming-webhook URL (Slack or Teams) told about failures, guard stops and unknown outcomes (and
successes with --notify-success). Jobs are JSON files in the application data folder; no key.
run: a source with the same SHA-256 as the job&apos;s last accepted sync is not sent again (exit 0,
outcome &quot;unchanged&quot;). --all runs every job one after another, prints a summary table (job, file,
users, removals, outcome, Torii file id, duration) and exits with the worst exit code.
schedule: a systemd user timer on Linux (Task Scheduler on Windows, launchd on macOS) that runs
&apos;job run NAME&apos; in local time; DAY is Mon..Sun. --off removes it.
Exit codes: as for sync; 2 also for an unknown job or profile or a missing source.
</source>
        <translation>Aufruf: torii-sync-cli job add NAME --profile P --source DATEI|ORDNER [--pattern MUSTER]
                            (--preset P | --auto) [--policy limit|block|skip]
                            [--max-invalid PROZENT] [--allow-removals N|all]
                            [--webhook URL [--notify-success]] [--json]
       torii-sync-cli job edit NAME [dieselben Optionen] [--no-webhook] [--json]
       torii-sync-cli job list|show NAME [--json]
       torii-sync-cli job delete NAME
       torii-sync-cli job run NAME|--all [--json]
       torii-sync-cli job schedule NAME --daily HH:MM | --weekly TAG HH:MM | --off

Ein Job ist ein gespeicherter Sync: ein Profil, eine Quelle (eine Datei oder ein ORDNER, dessen neueste
zu --pattern passende Datei genommen wird), ein Preset oder --auto, die Regel für fehlerhafte Zeilen und
Schwellen der Schutzprüfungen sowie optional eine Incoming-Webhook-URL (Slack oder Teams), die bei
Fehlern, Stopps durch eine Schutzprüfung und unbekanntem Ausgang benachrichtigt wird (mit
--notify-success auch bei Erfolg). Jobs sind JSON-Dateien im Datenordner der Anwendung; ohne Schlüssel.
run: eine Quelle mit derselben SHA-256 wie beim letzten angenommenen Sync des Jobs wird nicht erneut
gesendet (Exit 0, Ergebnis „unchanged“). --all führt alle Jobs nacheinander aus, gibt eine Übersicht
aus (Job, Datei, Benutzer, Entfernungen, Ergebnis, Torii-Datei-ID, Dauer) und endet mit dem
schlechtesten Exit-Code.
schedule: ein systemd-Benutzer-Timer unter Linux (Aufgabenplanung unter Windows, launchd unter macOS),
der „job run NAME“ zur lokalen Zeit ausführt; TAG ist Mon..Sun. --off entfernt ihn.
Exit-Codes: wie bei sync; 2 auch für einen unbekannten Job oder ein unbekanntes Profil oder eine fehlende Quelle.
</translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <source>Also when the sync succeeds</source>
        <translation>Auch wenn der Sync gelingt</translation>
    </message>
    <message>
        <source>Edit Job “%1”</source>
        <translation>Job „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>New Job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>e.g. okta-nightly</source>
        <translation>z. B. okta-nightly</translation>
    </message>
    <message>
        <source>only for a folder, e.g. okta-*.csv</source>
        <translation>nur für einen Ordner, z. B. okta-*.csv</translation>
    </message>
    <message>
        <source>Match columns automatically</source>
        <translation>Spalten automatisch zuordnen</translation>
    </message>
    <message>
        <source>As the preset says</source>
        <translation>Wie im Preset</translation>
    </message>
    <message>
        <source>Block the sync</source>
        <translation>Sync blockieren</translation>
    </message>
    <message>
        <source>Leave those rows out</source>
        <translation>Diese Zeilen auslassen</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Slack or Teams incoming-webhook URL (optional)</source>
        <translation>Incoming-Webhook-URL von Slack oder Teams (optional)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <source>Newest file matching:</source>
        <translation>Neueste Datei passend zu:</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>Zeilen mit Fehlern:</translation>
    </message>
    <message>
        <source>Stop above invalid rows:</source>
        <translation>Stopp ab fehlerhaften Zeilen:</translation>
    </message>
    <message>
        <source>Removals allowed:</source>
        <translation>Erlaubte Entfernungen:</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Folder the exports arrive in</source>
        <translation>Ordner, in dem die Exporte ankommen</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>A job named “%1” exists already.</source>
        <translation>Ein Job namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Choose the export file, or the folder the exports arrive in.</source>
        <translation>Wählen Sie die Exportdatei oder den Ordner, in dem die Exporte ankommen.</translation>
    </message>
    <message>
        <source>%1 is a folder: say which files in it to take (e.g. okta-*.csv).</source>
        <translation>%1 ist ein Ordner: geben Sie an, welche Dateien darin genommen werden (z. B. okta-*.csv).</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>No file matches %1 in %2 yet.</source>
        <translation>Noch keine Datei passt zu %1 in %2.</translation>
    </message>
    <message>
        <source>A job runs with a saved profile, and “%1” is not one: choose a profile.</source>
        <translation>Ein Job läuft mit einem gespeicherten Profil, und „%1“ ist keines: wählen Sie ein Profil.</translation>
    </message>
</context>
<context>
    <name>JobProcess</name>
    <message>
        <source>torii-sync-cli could not be started: %1</source>
        <translation>torii-sync-cli konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>torii-sync-cli was not found next to the window or on the PATH.</source>
        <translation>torii-sync-cli wurde weder neben dem Fenster noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>torii-sync-cli stopped unexpectedly.</source>
        <translation>torii-sync-cli wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The job could not run (exit code %1); see the log.</source>
        <translation>Der Job konnte nicht laufen (Exit-Code %1); siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>JobRunReport</name>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>stopped by guard</source>
        <translation>durch Schutzprüfung gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>%1 is unchanged since run #%2 (%3): nothing sent.</source>
        <translation>%1 ist seit Lauf #%2 (%3) unverändert: nichts gesendet.</translation>
    </message>
    <message>
        <source>not run: the batch was interrupted</source>
        <translation>nicht ausgeführt: der Stapel wurde unterbrochen</translation>
    </message>
    <message>
        <source>warning: job &quot;%1&quot;: the webhook at %2 failed (%3); the run&apos;s result stands</source>
        <translation>Warnung: Job „%1“: der Webhook bei %2 ist fehlgeschlagen (%3); das Ergebnis des Laufs bleibt bestehen</translation>
    </message>
</context>
<context>
    <name>JobSchedule</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>daily %1</source>
        <translation>täglich %1</translation>
    </message>
    <message>
        <source>weekly %1 %2</source>
        <translation>wöchentlich %1 %2</translation>
    </message>
</context>
<context>
    <name>JobScheduler</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was not found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>%1 did not finish</source>
        <translation>%1 wurde nicht fertig</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Schedule removed: %1 is stopped and its files are deleted.</source>
        <translation>Zeitplan entfernt: %1 ist gestoppt und seine Dateien sind gelöscht.</translation>
    </message>
    <message>
        <source>Schedule files deleted. systemd could not be asked to stop %1 (%2); if it was running, run: systemctl --user disable --now %1</source>
        <translation>Zeitplan-Dateien gelöscht. systemd konnte nicht gebeten werden, %1 zu stoppen (%2); falls er lief, ausführen: systemctl --user disable --now %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Scheduled %1: timer %2 is enabled (see &apos;systemctl --user list-timers&apos;).</source>
        <translation>Geplant %1: Timer %2 ist aktiviert (siehe „systemctl --user list-timers“).</translation>
    </message>
    <message>
        <source>The timer files are written to %1, but no systemd user manager answered (%2). Enable them in a login session with: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</source>
        <translation>Die Timer-Dateien liegen in %1, aber kein systemd-Benutzerdienst hat geantwortet (%2). Aktivieren Sie sie in einer Anmeldesitzung mit: systemctl --user daemon-reload &amp;&amp; systemctl --user enable --now %3</translation>
    </message>
    <message>
        <source>Schedule removed: task &quot;%1&quot; deleted.</source>
        <translation>Zeitplan entfernt: Aufgabe „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Scheduled %1: Task Scheduler task &quot;%2&quot;.</source>
        <translation>Geplant %1: Aufgabe „%2“ in der Aufgabenplanung.</translation>
    </message>
    <message>
        <source>The task definition is written to %1 (%2). Create it with: schtasks /Create /TN &quot;%3&quot; /XML &quot;%1&quot;</source>
        <translation>Die Aufgabendefinition liegt in %1 (%2). Anlegen mit: schtasks /Create /TN &quot;%3&quot; /XML &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Schedule removed: %1 deleted.</source>
        <translation>Zeitplan entfernt: %1 gelöscht.</translation>
    </message>
    <message>
        <source>Scheduled %1: launchd agent %2.</source>
        <translation>Geplant %1: launchd-Agent %2.</translation>
    </message>
    <message>
        <source>The launchd agent is written to %1 (%2). Load it with: launchctl load -w &quot;%1&quot;</source>
        <translation>Der launchd-Agent liegt in %1 (%2). Laden mit: launchctl load -w &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>JobSource</name>
    <message>
        <source>job &quot;%1&quot;: the source file %2 does not exist or is not a file</source>
        <translation>Job „%1“: die Quelldatei %2 existiert nicht oder ist keine Datei</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: the source folder %2 does not exist or is not a folder</source>
        <translation>Job „%1“: der Quellordner %2 existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>job &quot;%1&quot;: no readable file matching &quot;%2&quot; in %3</source>
        <translation>Job „%1“: keine lesbare Datei passend zu „%2“ in %3</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>no job named &quot;%1&quot; (see &apos;torii-sync-cli job list&apos;)</source>
        <translation>kein Job namens „%1“ (siehe „torii-sync-cli job list“)</translation>
    </message>
    <message>
        <source>cannot read job %1: not a small regular file</source>
        <translation>Job %1 kann nicht gelesen werden: keine kleine, reguläre Datei</translation>
    </message>
    <message>
        <source>job %1 refused: %2</source>
        <translation>Job %1 abgewiesen: %2</translation>
    </message>
    <message>
        <source>job %1 refused: its &quot;name&quot; is &quot;%2&quot;, the file name says &quot;%3&quot;</source>
        <translation>Job %1 abgewiesen: sein „name“ ist „%2“, der Dateiname sagt „%3“</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>JobSync</name>
    <message>
        <source>the sync could not start (see above)</source>
        <translation>der Sync konnte nicht starten (siehe oben)</translation>
    </message>
    <message>
        <source>Synced (users: %1): Torii file id %2.</source>
        <translation>Synchronisiert (Benutzer: %1): Torii-Datei-ID %2.</translation>
    </message>
</context>
<context>
    <name>JobsMenu</name>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Saved syncs: run them now, all at once, or on a schedule</source>
        <translation>Gespeicherte Syncs: jetzt, alle auf einmal oder nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>&amp;Save Sync as Job…</source>
        <translation>Sync als Job &amp;speichern…</translation>
    </message>
    <message>
        <source>Repeat this sync later, by hand or on a schedule</source>
        <translation>Diesen Sync später wiederholen, manuell oder nach Zeitplan</translation>
    </message>
    <message>
        <source>Saved &amp;Jobs</source>
        <translation>Gespeicherte &amp;Jobs</translation>
    </message>
    <message>
        <source>Saved job “%1”. The Jobs page lists it.</source>
        <translation>Job „%1“ gespeichert. Die Seite Jobs führt ihn auf.</translation>
    </message>
</context>
<context>
    <name>JobsPage</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Saved syncs: run them now, all at once, or on a schedule.</source>
        <translation>Gespeicherte Syncs: jetzt, alle auf einmal oder nach Zeitplan ausführen.</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>Jetzt aus&amp;führen</translation>
    </message>
    <message>
        <source>Run &amp;All</source>
        <translation>&amp;Alle ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Zeitplan…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved jobs</source>
        <translation>Gespeicherte Jobs</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Lauf in Arbeit</translation>
    </message>
    <message>
        <source>Stops the run cleanly: the job being synced ends as interrupted</source>
        <translation>Hält den Lauf sauber an: der gerade synchronisierte Job endet als unterbrochen</translation>
    </message>
    <message>
        <source>newest %1 in %2</source>
        <translation>neueste %1 in %2</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <source>No jobs yet: save a sync as a job at the end of a sync, or add one with New.</source>
        <translation>Noch keine Jobs: speichern Sie am Ende eines Syncs den Sync als Job oder legen Sie einen mit „Neu“ an.</translation>
    </message>
    <message>
        <source>Running every job…</source>
        <translation>Alle Jobs werden ausgeführt…</translation>
    </message>
    <message>
        <source>Running “%1”…</source>
        <translation>„%1“ wird ausgeführt…</translation>
    </message>
    <message>
        <source>Stopping the run…</source>
        <translation>Der Lauf wird angehalten…</translation>
    </message>
    <message>
        <source>Saved job “%1”.</source>
        <translation>Job „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Zeitplan für „%1“</translation>
    </message>
    <message>
        <source>Run this job by itself:</source>
        <translation>Diesen Job selbsttätig ausführen:</translation>
    </message>
    <message>
        <source>“%1” runs %2.</source>
        <translation>„%1“ läuft %2.</translation>
    </message>
    <message>
        <source>Delete Job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>Delete the job “%1”? Its runs stay in the history.</source>
        <translation>Den Job „%1“ löschen? Seine Läufe bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Deleted job “%1”.</source>
        <translation>Job „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MiB; export it as CSV</source>
        <translation>Die JSON-Datei ist größer als %1 MiB; exportieren Sie sie als CSV</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1</source>
        <translation>Die Datei ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>This JSON file is not a list of users: expected an array of objects ([{...}, ...])</source>
        <translation>Diese JSON-Datei ist keine Benutzerliste: erwartet wird ein Array von Objekten ([{...}, ...])</translation>
    </message>
    <message>
        <source>Item %1 of the JSON list is not an object</source>
        <translation>Eintrag %1 der JSON-Liste ist kein Objekt</translation>
    </message>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>The JSON list is empty</source>
        <translation>Die JSON-Liste ist leer</translation>
    </message>
    <message>
        <source>The JSON list holds more than 2 GiB of text</source>
        <translation>Die JSON-Liste enthält mehr als 2 GiB Text</translation>
    </message>
</context>
<context>
    <name>JsonStrict</name>
    <message>
        <source>unknown field &quot;%1&quot; (this version knows: %2)</source>
        <translation>unbekanntes Feld „%1“ (diese Version kennt: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object of strings</source>
        <translation>„%1“ muss ein Objekt mit Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of at least 0</source>
        <translation>„%1“ muss eine ganze Zahl ab 0 sein</translation>
    </message>
</context>
<context>
    <name>KeyCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>unexpected argument (not shown, in case it is a key): the key is read from stdin, see key --help</source>
        <translation>unerwartetes Argument (nicht angezeigt, falls es ein Schlüssel ist): der Schlüssel wird von der Standardeingabe gelesen, siehe key --help</translation>
    </message>
    <message>
        <source>key needs set, check or delete (see key --help)</source>
        <translation>key erwartet set, check oder delete (siehe key --help)</translation>
    </message>
    <message>
        <source>no key on stdin</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Key stored in the keychain for profile &quot;%1&quot;.</source>
        <translation>Schlüssel für Profil „%1“ im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Key for profile &quot;%1&quot; deleted.</source>
        <translation>Schlüssel für Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>no API key stored for profile &quot;%1&quot;: run &apos;torii-sync-cli key set --profile %1&apos;</source>
        <translation>kein API-Schlüssel für Profil „%1“ gespeichert: führen Sie „torii-sync-cli key set --profile %1“ aus</translation>
    </message>
    <message>
        <source>Torii answered without an organisation.</source>
        <translation>Torii hat ohne Organisation geantwortet.</translation>
    </message>
    <message>
        <source>Key OK: organisation &quot;%1&quot; (%2, id %3)</source>
        <translation>Schlüssel gültig: Organisation „%1“ (%2, ID %3)</translation>
    </message>
    <message>
        <source>Paste the Torii API key and press Enter: </source>
        <translation>Fügen Sie den Torii-API-Schlüssel ein und drücken Sie die Eingabetaste: </translation>
    </message>
    <message>
        <source>store, check or delete a profile&apos;s API key in the keychain</source>
        <translation>den API-Schlüssel eines Profils im Schlüsselbund speichern, prüfen oder löschen</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli key set|check|delete [--profile NAME]
       torii-sync-cli key check [--profile NAME] [--api-url URL]

  set     read the key from stdin (never from the command line) and store it in the OS keychain
          e.g.  torii-sync-cli key set &lt; key.txt   or type it at the prompt
  check   call Torii&apos;s GET /orgs/my with the key and print the organisation&apos;s name
  delete  remove the key from the keychain
  --profile NAME  the profile (default: the current one, usually &quot;default&quot;); an unknown name is
                  an error: create profiles with &apos;torii-sync-cli profile add&apos;
  --api-url URL   check only: the API URL to call instead of the profile&apos;s
TORII_API_KEY, when set, is used by check (and sync) instead of the keychain.
Exit codes: 0 ok, 2 usage error, 3 network failure, 4 key rejected or keychain unavailable.
</source>
        <translation>Aufruf: torii-sync-cli key set|check|delete [--profile NAME]
       torii-sync-cli key check [--profile NAME] [--api-url URL]

  set     liest den Schlüssel von der Standardeingabe (nie von der Befehlszeile) und speichert ihn im Schlüsselbund
          z. B.  torii-sync-cli key set &lt; key.txt   oder an der Eingabeaufforderung eintippen
  check   ruft Toriis GET /orgs/my mit dem Schlüssel auf und gibt den Namen der Organisation aus
  delete  entfernt den Schlüssel aus dem Schlüsselbund
  --profile NAME  das Profil (Standard: das aktuelle, meist „default“); ein unbekannter Name ist
                  ein Fehler: Profile legt „torii-sync-cli profile add“ an
  --api-url URL   nur check: die aufzurufende API-URL statt der des Profils
TORII_API_KEY wird, wenn gesetzt, von check (und sync) statt des Schlüsselbunds verwendet.
Exit-Codes: 0 ok, 2 Aufruffehler, 3 Netzwerkfehler, 4 Schlüssel abgelehnt oder Schlüsselbund nicht verfügbar.
</translation>
    </message>
    <message>
        <source>--profile needs a profile name</source>
        <translation>--profile erwartet einen Profilnamen</translation>
    </message>
    <message>
        <source>key %1 does not take --api-url: a profile&apos;s URL is set with &apos;torii-sync-cli profile add|set NAME --api-url URL&apos;</source>
        <translation>key %1 akzeptiert kein --api-url: die URL eines Profils wird mit „torii-sync-cli profile add|set NAME --api-url URL“ gesetzt</translation>
    </message>
    <message>
        <source>--api-url needs a URL</source>
        <translation>--api-url erwartet eine URL</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the keychain did not answer within %1 seconds</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>No API key is stored in the keychain for this profile.</source>
        <translation>Für dieses Profil ist kein API-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock your keyring and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert (%1). Entsperren Sie Ihren Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>No keychain available (%1). Torii Sync keeps the API key only in the operating system&apos;s keychain and never in a file. On Linux, install gnome-keyring (or KWallet) and libsecret-1-0 and run inside a desktop session; for unattended runs set the TORII_API_KEY environment variable instead.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Torii Sync speichert den API-Schlüssel nur im Schlüsselbund des Betriebssystems und nie in einer Datei. Installieren Sie unter Linux gnome-keyring (oder KWallet) und libsecret-1-0 und starten Sie das Programm in einer Desktop-Sitzung; für unbeaufsichtigte Läufe setzen Sie stattdessen die Umgebungsvariable TORII_API_KEY.</translation>
    </message>
</context>
<context>
    <name>LicenseEditor</name>
    <message>
        <source>Licence column</source>
        <translation>Lizenzspalte</translation>
    </message>
    <message>
        <source>Licence name</source>
        <translation>Lizenzname</translation>
    </message>
    <message>
        <source>one licence for everybody, e.g. “Pro”</source>
        <translation>eine Lizenz für alle, z. B. „Pro“</translation>
    </message>
    <message>
        <source>Licence separator</source>
        <translation>Lizenztrennzeichen</translation>
    </message>
    <message>
        <source>one licence per cell</source>
        <translation>eine Lizenz pro Zelle</translation>
    </message>
    <message>
        <source>Values meaning no licence</source>
        <translation>Werte, die „keine Lizenz“ bedeuten</translation>
    </message>
    <message>
        <source>Unlicensed, Basic, None</source>
        <translation>Unlicensed, Basic, None</translation>
    </message>
    <message>
        <source>Licence status column</source>
        <translation>Lizenzstatus-Spalte</translation>
    </message>
    <message>
        <source>Unassigned licences</source>
        <translation>Nicht zugewiesene Lizenzen</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>Price per user in cents</source>
        <translation>Preis pro Benutzer in Cent</translation>
    </message>
    <message>
        <source> cents</source>
        <translation> Cent</translation>
    </message>
    <message>
        <source>Licence &amp;column:</source>
        <translation>Lizenz&amp;spalte:</translation>
    </message>
    <message>
        <source>…or licence &amp;name:</source>
        <translation>…oder Lizenz&amp;name:</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>Trennzeic&amp;hen:</translation>
    </message>
    <message>
        <source>&amp;No-licence values:</source>
        <translation>Werte für &amp;keine Lizenz:</translation>
    </message>
    <message>
        <source>Licence s&amp;tatus column:</source>
        <translation>Spalte für Lizenzs&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Unassigned amount:</source>
        <translation>&amp;Nicht zugewiesene Anzahl:</translation>
    </message>
    <message>
        <source>&amp;Price per user:</source>
        <translation>P&amp;reis pro Benutzer:</translation>
    </message>
    <message>
        <source>No-licence values</source>
        <translation>Werte für keine Lizenz</translation>
    </message>
    <message>
        <source>Unassigned amount</source>
        <translation>Nicht zugewiesene Anzahl</translation>
    </message>
    <message>
        <source>Price per user</source>
        <translation>Preis pro Benutzer</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
</context>
<context>
    <name>LoadPage</name>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;auswählen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose a file to load</source>
        <translation>Eine Datei zum Laden auswählen</translation>
    </message>
    <message>
        <source>Open a user export (Ctrl+O)</source>
        <translation>Benutzerexport öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Preview of the loaded file</source>
        <translation>Vorschau der geladenen Datei</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Continue to &amp;Mapping</source>
        <translation>Weiter zur &amp;Zuordnung</translation>
    </message>
    <message>
        <source>Open a user export</source>
        <translation>Benutzerexport öffnen</translation>
    </message>
    <message>
        <source>Reading %1… %2 of %3</source>
        <translation>%1 wird gelesen… %2 von %3</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>Could not read %1</source>
        <translation>%1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the file</source>
        <translation>Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>sheet “%1”</source>
        <translation>Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>Hier erscheinen die Dateien, die Sie öffnen.</translation>
    </message>
    <message>
        <source>header on row %1</source>
        <translation>Kopfzeile in Zeile %1</translation>
    </message>
    <message>
        <source>header on line %1</source>
        <translation>Kopfzeile in Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln Spalte</numerusform>
            <numerusform>%Ln Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop an export here</source>
        <translation>Export hier ablegen</translation>
    </message>
    <message>
        <source>Drop a user export anywhere on this window, or choose one. CSV, TSV, Excel &quot;Unicode Text&quot;, XLSX, ODS, XLS and JSON files from any admin console are read as they are.</source>
        <translation>Ziehen Sie einen Benutzerexport an eine beliebige Stelle dieses Fensters oder wählen Sie eine Datei aus. CSV-, TSV-, Excel-„Unicode-Text“-, XLSX-, ODS-, XLS- und JSON-Dateien aus jeder Verwaltungskonsole werden unverändert gelesen.</translation>
    </message>
    <message>
        <source>Google Workspace, Microsoft 365, Okta, Slack, Zoom or any CSV/XLSX/ODS/XLS/JSON user list</source>
        <translation>Google Workspace, Microsoft 365, Okta, Slack, Zoom oder jede CSV-/XLSX-/ODS-/XLS-/JSON-Benutzerliste</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Torii Sync</source>
        <translation>Torii Sync</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>%1 — Torii Sync</source>
        <translation>%1 — Torii Sync</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Export…</source>
        <translation>Export ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>Start &amp;Demo (sandbox)</source>
        <translation>&amp;Demo starten (Sandbox)</translation>
    </message>
    <message>
        <source>Use the built-in Torii sandbox so every step works offline</source>
        <translation>Die eingebaute Torii-Sandbox verwenden, damit jeder Schritt offline funktioniert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Torii Sync</source>
        <translation>Ü&amp;ber Torii Sync</translation>
    </message>
    <message>
        <source>Open a user export</source>
        <translation>Benutzerexport öffnen</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Abgelehnte Zeilen gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Which column feeds which Torii field. Pick a column with F2 or a double-click; every change can be undone with Ctrl+Z.</source>
        <translation>Welche Spalte welches Torii-Feld füllt. Wählen Sie eine Spalte mit F2 oder Doppelklick; jede Änderung lässt sich mit Strg+Z rückgängig machen.</translation>
    </message>
    <message>
        <source>Torii fields and their columns</source>
        <translation>Torii-Felder und ihre Spalten</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
    <message>
        <source>Mapping details</source>
        <translation>Details der Zuordnung</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>Status values</source>
        <translation>Statuswerte</translation>
    </message>
    <message>
        <source>Continue to &amp;Review</source>
        <translation>Weiter zum &amp;Prüfen</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Zuordnung von %1 aufheben</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 zu %2 zuordnen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Chosen by you</source>
        <translation>Von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Auto-match</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Auto %1%</source>
        <translation>Automatisch %1%</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Vorlage %1</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>From the preset “%1”</source>
        <translation>Aus der Vorlage „%1“</translation>
    </message>
    <message>
        <source>Load an export first: its columns appear here.</source>
        <translation>Laden Sie zuerst einen Export: Seine Spalten erscheinen hier.</translation>
    </message>
    <message>
        <source>Mapped by auto-match</source>
        <translation>Automatisch zugeordnet</translation>
    </message>
    <message>
        <source>Auto-matched, then changed by you</source>
        <translation>Automatisch zugeordnet, dann von Ihnen geändert</translation>
    </message>
    <message>
        <source>Preset “%1”, changed by you (not saved)</source>
        <translation>Vorlage „%1“, von Ihnen geändert (nicht gespeichert)</translation>
    </message>
    <message>
        <source>✓ Saved as preset “%1”</source>
        <translation>✓ Als Vorlage „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Preset “%1”</source>
        <translation>Vorlage „%1“</translation>
    </message>
    <message>
        <source>Required and not mapped: %1</source>
        <translation>Pflichtfeld nicht zugeordnet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown status value(s)</source>
        <translation>
            <numerusform>%n unbekannter Statuswert</numerusform>
            <numerusform>%n unbekannte Statuswerte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mapping</name>
    <message>
        <source>&quot;mapping.repeatedUsers&quot; must be &quot;merge&quot; or &quot;error&quot;</source>
        <translation>„mapping.repeatedUsers“ muss „merge“ oder „error“ sein</translation>
    </message>
    <message>
        <source>&quot;mapping.fields&quot; must be an object</source>
        <translation>„mapping.fields“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (licence fields belong in &quot;mapping.licenses&quot;)</source>
        <translation>unbekanntes Feld „%1“ (Lizenzfelder gehören in „mapping.licenses“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object</source>
        <translation>„%1“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;mapping.licenses&quot; must be a list</source>
        <translation>„mapping.licenses“ muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>— not mapped —</source>
        <translation>— nicht zugeordnet —</translation>
    </message>
    <message>
        <source>= “%1”</source>
        <translation>= „%1“</translation>
    </message>
    <message>
        <source>Press F2 or double-click to pick the column</source>
        <translation>F2 oder Doppelklick, um die Spalte zu wählen</translation>
    </message>
    <message>
        <source>Torii field</source>
        <translation>Torii-Feld</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Sample (file)</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sample (sent)</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Required: every user needs it</source>
        <translation>Pflichtfeld: jeder Benutzer braucht es</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>MappingPreview</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>NoticeList</name>
    <message>
        <source>Notices:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>NoticeText</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… und %Ln weiterer</numerusform>
            <numerusform>… und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>This is not an OpenDocument spreadsheet: it has no content.xml</source>
        <translation>Dies ist keine OpenDocument-Tabelle: Sie enthält keine content.xml</translation>
    </message>
    <message>
        <source>This spreadsheet is password-protected; save it without a password first</source>
        <translation>Diese Tabelle ist kennwortgeschützt; speichern Sie sie zuerst ohne Kennwort</translation>
    </message>
    <message>
        <source>The spreadsheet looks like a zip bomb: content.xml inflates beyond its declared size</source>
        <translation>Die Tabelle sieht wie eine ZIP-Bombe aus: content.xml wird beim Entpacken größer als angegeben</translation>
    </message>
    <message>
        <source>The spreadsheet is damaged: content.xml is not valid XML (%1)</source>
        <translation>Die Tabelle ist beschädigt: content.xml ist kein gültiges XML (%1)</translation>
    </message>
    <message>
        <source>The spreadsheet has no sheets</source>
        <translation>Die Tabelle hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>OneShotHttpRequest</name>
    <message>
        <source>cannot read the data to send: %1</source>
        <translation>die zu sendenden Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the data to send ended after %1 of %2 bytes</source>
        <translation>die zu sendenden Daten endeten nach %1 von %2 Bytes</translation>
    </message>
    <message>
        <source>no suitable proxy found</source>
        <translation>kein passender Proxy gefunden</translation>
    </message>
    <message>
        <source>the connection closed before the request was sent</source>
        <translation>die Verbindung wurde geschlossen, bevor die Anfrage gesendet war</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>OutputGuard</name>
    <message>
        <source>%1 %2 is the input %3 (%4): refusing to overwrite it; choose another file</source>
        <translation>%1 %2 ist die Eingabe %3 (%4): wird nicht überschrieben; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1 and %2 name the same file (%3): each output needs a file of its own</source>
        <translation>%1 und %2 bezeichnen dieselbe Datei (%3): jede Ausgabe braucht eine eigene Datei</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>PayloadWriter</name>
    <message>
        <source>cannot create the payload file in %1: %2</source>
        <translation>die Nutzdatendatei kann in %1 nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the payload file is not open</source>
        <translation>die Nutzdatendatei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>no valid users to send: Torii needs at least one user in the file</source>
        <translation>keine gültigen Benutzer zum Senden: Torii braucht mindestens einen Benutzer in der Datei</translation>
    </message>
    <message>
        <source>cannot write the payload %1: %2</source>
        <translation>die Nutzdaten %1 können nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot move the payload into place at %1: %2</source>
        <translation>die Nutzdaten können nicht nach %1 verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>Torii&apos;s list of the app&apos;s users could not be read: %1</source>
        <translation>Toriis Liste der Benutzer der App konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The last sync&apos;s snapshot could not be read: %1</source>
        <translation>Der Schnappschuss der letzten Synchronisierung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Preset</name>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>a preset must be a JSON object</source>
        <translation>eine Vorlage muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not a Torii Sync preset (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>keine Torii-Sync-Vorlage („format“ muss „%1“ sein)</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be a whole number from 1</source>
        <translation>„formatVersion“ muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>this preset uses format version %1, but this version of Torii Sync reads up to version %2; update Torii Sync to use it</source>
        <translation>diese Vorlage verwendet Formatversion %1, diese Version von Torii Sync liest aber nur bis Version %2; aktualisieren Sie Torii Sync, um sie zu verwenden</translation>
    </message>
    <message>
        <source>the preset has no &quot;name&quot;</source>
        <translation>die Vorlage hat keinen „name“</translation>
    </message>
    <message>
        <source>&quot;dialect&quot; must be an object</source>
        <translation>„dialect“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;validation&quot; must be an object</source>
        <translation>„validation“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the preset has no &quot;mapping&quot; object</source>
        <translation>die Vorlage hat kein „mapping“-Objekt</translation>
    </message>
    <message>
        <source>&quot;dialect.encoding&quot;: unknown encoding &quot;%1&quot;</source>
        <translation>„dialect.encoding“: unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <source>&quot;dialect.delimiter&quot;: unknown delimiter &quot;%1&quot;</source>
        <translation>„dialect.delimiter“: unbekanntes Trennzeichen „%1“</translation>
    </message>
    <message>
        <source>&quot;validation.invalidRows&quot; must be &quot;limit&quot;, &quot;block&quot; or &quot;skip&quot;, not &quot;%1&quot;</source>
        <translation>„validation.invalidRows“ muss „limit“, „block“ oder „skip“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;validation.maxInvalidPercent&quot; must be a number from 0 to 100</source>
        <translation>„validation.maxInvalidPercent“ muss eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>&quot;removalGuard&quot; needs &quot;formatVersion&quot;: 2</source>
        <translation>„removalGuard“ erfordert &quot;formatVersion&quot;: 2</translation>
    </message>
    <message>
        <source>&quot;removalGuard&quot; must be an object</source>
        <translation>„removalGuard“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;removalGuard.percent&quot; must be a whole number from 0 to 100</source>
        <translation>„removalGuard.percent“ muss eine ganze Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>&quot;removalGuard.minimum&quot; must be a whole number from 0</source>
        <translation>„removalGuard.minimum“ muss eine ganze Zahl ab 0 sein</translation>
    </message>
</context>
<context>
    <name>PresetBar</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>V&amp;orlage:</translation>
    </message>
    <message>
        <source>Auto-match (no preset)</source>
        <translation>Automatische Zuordnung (keine Vorlage)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <source>Preset not loaded</source>
        <translation>Vorlage nicht geladen</translation>
    </message>
    <message>
        <source>Preset not saved</source>
        <translation>Vorlage nicht gespeichert</translation>
    </message>
    <message>
        <source>Import a preset</source>
        <translation>Eine Vorlage importieren</translation>
    </message>
    <message>
        <source>Torii Sync presets (*.json);;All files (*)</source>
        <translation>Torii-Sync-Vorlagen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Preset not imported</source>
        <translation>Vorlage nicht importiert</translation>
    </message>
    <message>
        <source>Export the preset</source>
        <translation>Die Vorlage exportieren</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>zuordnung</translation>
    </message>
    <message>
        <source>Torii Sync presets (*.json)</source>
        <translation>Torii-Sync-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Preset not exported</source>
        <translation>Vorlage nicht exportiert</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Mehr</translation>
    </message>
    <message>
        <source>More preset actions</source>
        <translation>Weitere Aktionen für Vorlagen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>%1 — suggested</source>
        <translation>%1 – vorgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Save as Copy…</source>
        <translation>Als &amp;Kopie speichern …</translation>
    </message>
    <message>
        <source>Save the mapping as a new preset</source>
        <translation>Die Zuordnung als neue Vorlage speichern</translation>
    </message>
    <message>
        <source>Save the mapping into the preset “%1” (Ctrl+S)</source>
        <translation>Die Zuordnung in der Vorlage „%1“ speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Built-in presets are read-only: save the mapping as your own preset (Ctrl+S)</source>
        <translation>Mitgelieferte Vorlagen sind schreibgeschützt: Speichern Sie die Zuordnung als eigene Vorlage (Strg+S)</translation>
    </message>
    <message>
        <source>“%1” is the name of a built-in preset. Choose another name: a copy never hides the built-in one.</source>
        <translation>„%1“ ist der Name einer mitgelieferten Vorlage. Wählen Sie einen anderen Namen: Eine Kopie verdeckt nie die mitgelieferte Vorlage.</translation>
    </message>
    <message>
        <source>Name of the new preset:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Vorlage umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Preset not renamed</source>
        <translation>Vorlage nicht umbenannt</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete the preset “%1”? The mapping on this page stays as it is.</source>
        <translation>Die Vorlage „%1“ löschen? Die Zuordnung auf dieser Seite bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Preset not deleted</source>
        <translation>Vorlage nicht gelöscht</translation>
    </message>
</context>
<context>
    <name>PresetStore</name>
    <message>
        <source>no preset named &quot;%1&quot; (see &apos;torii-sync-cli presets list&apos;)</source>
        <translation>keine Vorlage namens „%1“ (siehe „torii-sync-cli presets list“)</translation>
    </message>
    <message>
        <source>a preset needs a name</source>
        <translation>eine Vorlage braucht einen Namen</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot delete %1</source>
        <translation>%1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a bundled preset and cannot be deleted</source>
        <translation>„%1“ ist eine mitgelieferte Vorlage und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>no user preset named &quot;%1&quot;</source>
        <translation>keine eigene Vorlage namens „%1“</translation>
    </message>
    <message>
        <source>cannot read preset %1: %2</source>
        <translation>die Vorlage %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a preset</source>
        <translation>%1 ist zu groß für eine Vorlage</translation>
    </message>
    <message>
        <source>preset %1 refused: %2</source>
        <translation>Vorlage %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, pipe or device), so it cannot be a preset</source>
        <translation>%1 ist keine normale Datei (ein Ordner, eine Pipe oder ein Gerät) und kann daher keine Vorlage sein</translation>
    </message>
</context>
<context>
    <name>PresetsCommand</name>
    <message>
        <source>presets needs list, show, import, export or delete</source>
        <translation>presets erwartet list, show, import, export oder delete</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>  (bundled)</source>
        <translation>  (mitgeliefert)</translation>
    </message>
    <message>
        <source>User presets folder: %1</source>
        <translation>Ordner für eigene Vorlagen: %1</translation>
    </message>
    <message>
        <source>presets show needs one NAME</source>
        <translation>presets show erwartet genau einen NAMEN</translation>
    </message>
    <message>
        <source>presets import needs one FILE</source>
        <translation>presets import erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>Imported preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“ importiert</translation>
    </message>
    <message>
        <source>presets export needs NAME and FILE</source>
        <translation>presets export erwartet NAME und DATEI</translation>
    </message>
    <message>
        <source>Exported preset &quot;%1&quot; to %2</source>
        <translation>Vorlage „%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>presets delete needs one NAME</source>
        <translation>presets delete erwartet genau einen NAMEN</translation>
    </message>
    <message>
        <source>Deleted preset &quot;%1&quot;</source>
        <translation>Vorlage „%1“ gelöscht</translation>
    </message>
    <message>
        <source>unknown presets action &apos;%1&apos; (list, show, import, export, delete)</source>
        <translation>unbekannte presets-Aktion „%1“ (list, show, import, export, delete)</translation>
    </message>
    <message>
        <source>list, show, import and export mapping presets</source>
        <translation>Zuordnungsvorlagen auflisten, anzeigen, importieren und exportieren</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli presets list [--json]
       torii-sync-cli presets show NAME
       torii-sync-cli presets import FILE
       torii-sync-cli presets export NAME FILE
       torii-sync-cli presets delete NAME

Presets are versioned JSON files (format &quot;torii-sync-preset&quot;, formatVersion 1) holding a column
mapping, value maps, licence rules, reading overrides and the invalid-row policy; never secrets.
Bundled presets (Google Workspace, Microsoft 365, Okta, Slack, Zoom) are marked and read-only; your
own live in the application data folder (see &apos;presets list&apos;). Import refuses a preset from a newer
version or with unknown fields.
Exit codes: 0 done, 2 usage error, unknown preset or unreadable file.
</source>
        <translation>Aufruf: torii-sync-cli presets list [--json]
        torii-sync-cli presets show NAME
        torii-sync-cli presets import DATEI
        torii-sync-cli presets export NAME DATEI
        torii-sync-cli presets delete NAME

Vorlagen sind versionierte JSON-Dateien („format“ „torii-sync-preset“, „formatVersion“ 1) mit einer
Spaltenzuordnung, Wertezuordnungen, Lizenzregeln, Einstellungen zum Lesen und der Regel für ungültige
Zeilen; nie mit Geheimnissen. Mitgelieferte Vorlagen (Google Workspace, Microsoft 365, Okta, Slack, Zoom)
sind gekennzeichnet und schreibgeschützt; eigene liegen im Datenordner der Anwendung (siehe „presets list“).
Der Import lehnt Vorlagen einer neueren Version oder mit unbekannten Feldern ab.
Exit-Codes: 0 erledigt, 2 Aufruffehler, unbekannte Vorlage oder unlesbare Datei.
</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see presets --help)</source>
        <translation>unbekannte Option „%1“ (siehe presets --help)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(extra %1)</source>
        <translation>(zusätzlich %1)</translation>
    </message>
</context>
<context>
    <name>ProfileCommand</name>
    <message>
        <source>list, add, change and delete connection profiles</source>
        <translation>Verbindungsprofile auflisten, anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>unknown argument &apos;%1&apos; (see profile --help)</source>
        <translation>unbekanntes Argument „%1“ (siehe profile --help)</translation>
    </message>
    <message>
        <source>--api-url needs a URL</source>
        <translation>--api-url erwartet eine URL</translation>
    </message>
    <message>
        <source>%1 needs a positive number</source>
        <translation>%1 erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>profile needs list, show, add, set or delete</source>
        <translation>profile erwartet list, show, add, set oder delete</translation>
    </message>
    <message>
        <source>profile list takes only --json</source>
        <translation>profile list akzeptiert nur --json</translation>
    </message>
    <message>
        <source>profile %1 needs a profile NAME</source>
        <translation>profile %1 erwartet einen Profil-NAMEN</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see &apos;torii-sync-cli profile list&apos;)</source>
        <translation>kein Profil namens „%1“ (siehe „torii-sync-cli profile list“)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>note: no keychain is available, so no key was removed for &quot;%1&quot;</source>
        <translation>Hinweis: kein Schlüsselbund verfügbar, daher wurde für „%1“ kein Schlüssel entfernt</translation>
    </message>
    <message>
        <source>its key could not be removed from the keychain: %1</source>
        <translation>sein Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>a profile named &quot;%1&quot; exists already (change it with &apos;profile set&apos;)</source>
        <translation>ein Profil namens „%1“ existiert bereits (ändern mit „profile set“)</translation>
    </message>
    <message>
        <source>profile add needs --api-url URL</source>
        <translation>profile add erwartet --api-url URL</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; added.</source>
        <translation>Profil „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; changed.</source>
        <translation>Profil „%1“ geändert.</translation>
    </message>
    <message>
        <source>No profiles yet: add one with &apos;torii-sync-cli profile add NAME --api-url URL&apos;.</source>
        <translation>Noch keine Profile: eines mit „torii-sync-cli profile add NAME --api-url URL“ anlegen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>%1%2  %3  app %4, app account %5</source>
        <translation>%1%2  %3  App %4, App-Konto %5</translation>
    </message>
    <message>
        <source> (current)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli profile list [--json]
       torii-sync-cli profile show NAME [--json]
       torii-sync-cli profile add NAME --api-url URL [--app ID] [--app-account ID]
                                   [--removal-guard PERCENT[,MINIMUM]] [--json]
       torii-sync-cli profile set NAME [--api-url URL] [--app ID] [--app-account ID]
                                   [--removal-guard PERCENT[,MINIMUM]] [--json]
       torii-sync-cli profile delete NAME

A profile names one Torii (its API URL: https://, or http:// on this computer) and one custom
integration (Torii&apos;s app id and the app account id shown on its tile). Its API key lives in the
OS keychain: store it with &apos;torii-sync-cli key set --profile NAME&apos;. &apos;delete&apos; removes the key too.
--removal-guard sets the profile&apos;s removal guard: a sync stops when more than PERCENT of the
account&apos;s users, and at least MINIMUM of them, would be removed or deactivated (default 10,10;
a preset&apos;s removalGuard and sync&apos;s --removal-guard take precedence).
An unknown profile name is an error here and in every other command (exit 2), never the default.
Exit codes: 0 done, 2 usage error or unknown profile, 4 keychain failure while deleting the key.
</source>
        <translation>Aufruf: torii-sync-cli profile list [--json]
       torii-sync-cli profile show NAME [--json]
       torii-sync-cli profile add NAME --api-url URL [--app ID] [--app-account ID]
                                   [--removal-guard PROZENT[,MINIMUM]] [--json]
       torii-sync-cli profile set NAME [--api-url URL] [--app ID] [--app-account ID]
                                   [--removal-guard PROZENT[,MINIMUM]] [--json]
       torii-sync-cli profile delete NAME

Ein Profil benennt ein Torii (seine API-URL: https:// oder http:// auf diesem Computer) und eine
benutzerdefinierte Integration (Toriis App-ID und die App-Konto-ID auf ihrer Kachel). Sein API-Schlüssel
liegt im Schlüsselbund: speichern mit „torii-sync-cli key set --profile NAME“. „delete“ entfernt auch den Schlüssel.
--removal-guard setzt den Entfernungsschutz des Profils: eine Synchronisierung hält an, wenn mehr als PROZENT
der Benutzer des Kontos, und mindestens MINIMUM von ihnen, entfernt oder deaktiviert würden (Standard 10,10;
das removalGuard einer Vorlage und --removal-guard von sync haben Vorrang).
Ein unbekannter Profilname ist hier und in jedem anderen Befehl ein Fehler (Exit 2), nie das Standardprofil.
Exit-Codes: 0 erledigt, 2 Aufruffehler oder unbekanntes Profil, 4 Schlüsselbundfehler beim Löschen des Schlüssels.
</translation>
    </message>
    <message>
        <source>--removal-guard needs PERCENT (0 to 100) or PERCENT,MINIMUM (e.g. 20,50)</source>
        <translation>--removal-guard braucht PROZENT (0 bis 100) oder PROZENT,MINIMUM (z. B. 20,50)</translation>
    </message>
    <message>
        <source>profile set needs --api-url, --app, --app-account or --removal-guard</source>
        <translation>profile set braucht --api-url, --app, --app-account oder --removal-guard</translation>
    </message>
    <message numerus="yes">
        <source>removal guard: more than %1 % and at least %n user(s)</source>
        <translation>
            <numerusform>Entfernungsschutz: mehr als %1 % und mindestens %n Benutzer</numerusform>
            <numerusform>Entfernungsschutz: mehr als %1 % und mindestens %n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>Ein Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;/&apos; or &apos;\&apos; or start or end with spaces.</source>
        <translation>Ein Profilname darf weder „/“ noch „\“ enthalten und nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>Using the key from the %1 environment variable.</source>
        <translation>Der Schlüssel aus der Umgebungsvariable %1 wird verwendet.</translation>
    </message>
    <message>
        <source>No keychain is available.</source>
        <translation>Es ist kein Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (see &apos;torii-sync-cli profile list&apos;)</source>
        <translation>kein Profil namens „%1“ (siehe „torii-sync-cli profile list“)</translation>
    </message>
    <message>
        <source>the key given</source>
        <translation>dem angegebenen Schlüssel</translation>
    </message>
    <message>
        <source>The API key from %1 contains a control character (U+%2 at position %3), which would corrupt the request; it is not used. Copy the key again from Torii (Settings &gt; API Access).</source>
        <translation>Der API-Schlüssel aus %1 enthält ein Steuerzeichen (U+%2 an Position %3), das die Anfrage verfälschen würde; er wird nicht verwendet. Kopieren Sie den Schlüssel erneut aus Torii (Settings &gt; API Access).</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>dem Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>RejectsWriter</name>
    <message>
        <source>cannot write the rejects file %1: %2</source>
        <translation>die Datei für abgelehnte Zeilen %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>RemovalConfirmDialog</name>
    <message>
        <source>Confirm the removals</source>
        <translation>Entfernungen bestätigen</translation>
    </message>
    <message>
        <source>Compared with %1: %2</source>
        <translation>Verglichen mit %1: %2</translation>
    </message>
    <message>
        <source>Users who would be removed or deactivated</source>
        <translation>Benutzer, die entfernt oder deaktiviert würden</translation>
    </message>
    <message>
        <source>These users stop being active users of the app in Torii, which can start offboarding and licence reclaims. To sync anyway, type the number of removals (%1):</source>
        <translation>Diese Benutzer sind danach keine aktiven Benutzer der App in Torii mehr, was Offboarding und die Rücknahme von Lizenzen auslösen kann. Um trotzdem zu synchronisieren, geben Sie die Zahl der Entfernungen ein (%1):</translation>
    </message>
    <message>
        <source>Number of removals to allow</source>
        <translation>Zahl der zu erlaubenden Entfernungen</translation>
    </message>
    <message>
        <source>&amp;Sync Anyway</source>
        <translation>&amp;Trotzdem synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Sync</source>
        <translation>&amp;Nicht synchronisieren</translation>
    </message>
</context>
<context>
    <name>RemovalGuard</name>
    <message>
        <source>Stopped before sending anything: this sync would remove or deactivate %1 of the app account&apos;s %2 active users (the limit is %3% and at least %4 users). Check the file and the mapping; to go on, allow that many removals.</source>
        <translation>Angehalten, bevor etwas gesendet wurde: Diese Synchronisierung würde %1 der %2 aktiven Benutzer des App-Kontos entfernen oder deaktivieren (die Grenze ist %3 % und mindestens %4 Benutzer). Prüfen Sie die Datei und die Zuordnung; um fortzufahren, erlauben Sie so viele Entfernungen.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>A dry run of what would be sent: nothing leaves this computer until you start the sync.</source>
        <translation>Ein Probelauf dessen, was gesendet würde: Nichts verlässt diesen Computer, bevor Sie die Synchronisierung starten.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Block the sync while any row has an error</source>
        <translation>Synchronisierung &amp;blockieren, solange eine Zeile fehlerhaft ist</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors and sync the rest</source>
        <translation>Fehlerhafte Zeilen ü&amp;berspringen und den Rest synchronisieren</translation>
    </message>
    <message>
        <source>E&amp;xport Rejected Rows…</source>
        <translation>Abgelehnte Zeilen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>users to sync</source>
        <translation>zu synchronisierende Benutzer</translation>
    </message>
    <message>
        <source>licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>rows rejected</source>
        <translation>abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Dry run progress</source>
        <translation>Fortschritt des Probelaufs</translation>
    </message>
    <message>
        <source>Cancel the dry run</source>
        <translation>Probelauf abbrechen</translation>
    </message>
    <message>
        <source>Block the sync on errors</source>
        <translation>Synchronisierung bei Fehlern blockieren</translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation>Ungültige Zeilen überspringen</translation>
    </message>
    <message>
        <source>Invalid rows:</source>
        <translation>Ungültige Zeilen:</translation>
    </message>
    <message>
        <source>Issues found in the data</source>
        <translation>In den Daten gefundene Probleme</translation>
    </message>
    <message>
        <source>Press Enter or double-click to see the cell in the preview</source>
        <translation>Eingabetaste oder Doppelklick zeigt die Zelle in der Vorschau</translation>
    </message>
    <message>
        <source>Payload excerpt</source>
        <translation>Auszug der Nutzdaten</translation>
    </message>
    <message>
        <source>&amp;Issues</source>
        <translation>P&amp;robleme</translation>
    </message>
    <message>
        <source>Continue to &amp;Sync</source>
        <translation>Weiter zum &amp;Synchronisieren</translation>
    </message>
    <message>
        <source>Load an export first.</source>
        <translation>Laden Sie zuerst einen Export.</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>Probelauf abgebrochen.</translation>
    </message>
    <message>
        <source>The dry run starts when you open this page.</source>
        <translation>Der Probelauf beginnt, wenn Sie diese Seite öffnen.</translation>
    </message>
    <message>
        <source>Payload: %1 · SHA-256 %2</source>
        <translation>Nutzdaten: %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Export rejected rows</source>
        <translation>Abgelehnte Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows not exported</source>
        <translation>Abgelehnte Zeilen nicht exportiert</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Skip rows with errors while they are at &amp;most</source>
        <translation>Zeilen mit Fehlern auslassen, solange es &amp;höchstens</translation>
    </message>
    <message>
        <source>Skip invalid rows up to a share of the rows</source>
        <translation>Ungültige Zeilen bis zu einem Anteil der Zeilen auslassen</translation>
    </message>
    <message>
        <source>% of the rows, block above</source>
        <translation> % der Zeilen sind, darüber blockieren</translation>
    </message>
    <message>
        <source>Largest share of invalid rows to skip, in percent</source>
        <translation>Größter Anteil ungültiger Zeilen, der ausgelassen wird, in Prozent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Rows left out by the field of their first error: %1</source>
        <translation>Ausgelassene Zeilen nach dem Feld ihres ersten Fehlers: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating a user were merged into the first.</source>
        <translation>
            <numerusform>%n Zeile mit einem wiederholten Benutzer wurde mit der ersten zusammengeführt.</numerusform>
            <numerusform>%n Zeilen mit einem wiederholten Benutzer wurden mit der ersten zusammengeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a user were left out.</source>
        <translation>
            <numerusform>%n Zeile ohne Benutzer wurde ausgelassen.</numerusform>
            <numerusform>%n Zeilen ohne Benutzer wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No issues: every row can be sent as it is.</source>
        <translation>Keine Probleme: Jede Zeile kann so gesendet werden.</translation>
    </message>
    <message>
        <source>valid users, waiting</source>
        <translation>gültige Benutzer, wartend</translation>
    </message>
    <message numerus="yes">
        <source>The sync is blocked by %n row(s) with errors.</source>
        <translation>
            <numerusform>Die Synchronisierung ist durch %n fehlerhafte Zeile blockiert.</numerusform>
            <numerusform>Die Synchronisierung ist durch %n fehlerhafte Zeilen blockiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid user(s) wait: fix the file or the mapping, or choose to skip rows with errors.</source>
        <translation>
            <numerusform>%n gültiger Benutzer wartet: Beheben Sie die Datei oder die Zuordnung, oder wählen Sie, fehlerhafte Zeilen zu überspringen.</numerusform>
            <numerusform>%n gültige Benutzer warten: Beheben Sie die Datei oder die Zuordnung, oder wählen Sie, fehlerhafte Zeilen zu überspringen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send:</source>
        <translation>Nichts zu senden:</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n licence(s) will be sent.</source>
        <translation>
            <numerusform>und %n Lizenz werden gesendet.</numerusform>
            <numerusform>und %n Lizenzen werden gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors are left out.</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile wird ausgelassen.</numerusform>
            <numerusform>%n fehlerhafte Zeilen werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown status value(s), sent without a status: %1</source>
        <translation>
            <numerusform>%n unbekannter Statuswert, ohne Status gesendet: %1</numerusform>
            <numerusform>%n unbekannte Statuswerte, ohne Status gesendet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Abgelehnte Zeilen gespeichert unter %1</translation>
    </message>
    <message>
        <source>Reading notices</source>
        <translation>Hinweise zum Lesen</translation>
    </message>
    <message numerus="yes">
        <source>The sync is blocked: %n row(s) have errors,</source>
        <translation>
            <numerusform>Die Synchronisierung ist blockiert: %n Zeile hat Fehler,</numerusform>
            <numerusform>Die Synchronisierung ist blockiert: %n Zeilen haben Fehler,</numerusform>
        </translation>
    </message>
    <message>
        <source>more than the %1% of %2 rows that may be skipped.</source>
        <translation>mehr als die %1 % von %2 Zeilen, die ausgelassen werden dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%n valid user(s) wait: fix the file or the mapping, or raise the share.</source>
        <translation>
            <numerusform>%n gültiger Benutzer wartet: Beheben Sie die Datei oder die Zuordnung, oder erhöhen Sie den Anteil.</numerusform>
            <numerusform>%n gültige Benutzer warten: Beheben Sie die Datei oder die Zuordnung, oder erhöhen Sie den Anteil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln row(s)…</source>
        <translation>
            <numerusform>%Ln Zeile wird geprüft…</numerusform>
            <numerusform>%Ln Zeilen werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Issues in the data</source>
        <translation>Probleme in den Daten</translation>
    </message>
    <message>
        <source>Changes in Torii</source>
        <translation>Änderungen in Torii</translation>
    </message>
</context>
<context>
    <name>RowMapper</name>
    <message>
        <source>no column is mapped to Email, which Torii requires</source>
        <translation>keine Spalte ist dem Feld E-Mail zugeordnet, das Torii verlangt</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; mapped to Email is not in the file</source>
        <translation>die dem Feld E-Mail zugeordnete Spalte „%1“ ist nicht in der Datei</translation>
    </message>
    <message>
        <source>the column mixes day-first (e.g. 13/04) and month-first (e.g. 04/13) dates, so values like 03/04/2024 cannot be decided; choose the order (DMY or MDY) in the mapping</source>
        <translation>die Spalte mischt Datumsangaben mit Tag zuerst (z. B. 13/04) und Monat zuerst (z. B. 04/13), daher lassen sich Werte wie 03/04/2024 nicht entscheiden; wählen Sie die Reihenfolge (DMY oder MDY) in der Zuordnung</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; dates without an offset are read as UTC</source>
        <translation>unbekannte Zeitzone „%1“; Datumsangaben ohne Versatz werden als UTC gelesen</translation>
    </message>
    <message>
        <source>the licence column &quot;%1&quot; is not in the file; no licences from it</source>
        <translation>die Lizenzspalte „%1“ ist nicht in der Datei; daraus kommen keine Lizenzen</translation>
    </message>
    <message>
        <source>the licence status column &quot;%1&quot; is not in the file; the user&apos;s status is used instead</source>
        <translation>die Lizenzstatus-Spalte „%1“ ist nicht in der Datei; stattdessen wird der Status des Benutzers verwendet</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; mapped to %2 is not in the file; %2 is left out</source>
        <translation>die %2 zugeordnete Spalte „%1“ ist nicht in der Datei; %2 wird ausgelassen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; starts with &apos;%2&apos;: spreadsheet apps may run it as a formula (sent as text; escaped in the rejects file)</source>
        <translation>„%1“ beginnt mit „%2“: Tabellenkalkulationen könnten es als Formel ausführen (als Text gesendet; in der Datei der abgelehnten Zeilen maskiert)</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>invalid e-mail address &quot;%1&quot;: %2</source>
        <translation>ungültige E-Mail-Adresse „%1“: %2</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot; normalised: %2</source>
        <translation>E-Mail „%1“ vereinheitlicht: %2</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;: status left out (Torii then treats the user as active); map it to active or deleted</source>
        <translation>unbekannter Status „%1“: Status ausgelassen (Torii behandelt den Benutzer dann als aktiv); ordnen Sie ihn active oder deleted zu</translation>
    </message>
    <message>
        <source>ambiguous date &quot;%1&quot; (day/month or month/day?): left out; choose DMY or MDY in the mapping</source>
        <translation>mehrdeutiges Datum „%1“ (Tag/Monat oder Monat/Tag?): ausgelassen; wählen Sie DMY oder MDY in der Zuordnung</translation>
    </message>
    <message>
        <source>unreadable date &quot;%1&quot;: left out</source>
        <translation>unlesbares Datum „%1“: ausgelassen</translation>
    </message>
    <message>
        <source>unknown licence status &quot;%1&quot;: left out (Torii then uses the user&apos;s status)</source>
        <translation>unbekannter Lizenzstatus „%1“: ausgelassen (Torii verwendet dann den Status des Benutzers)</translation>
    </message>
</context>
<context>
    <name>RunStates</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Blocked by validation</source>
        <translation>Durch Prüfung blockiert</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Sync sent, no answer</source>
        <translation>Synchronisierung gesendet, keine Antwort</translation>
    </message>
    <message>
        <source>Unrecognized</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting to retry</source>
        <translation>wartet auf neuen Versuch</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>unrecognized</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>RunWords</name>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Formatted; nothing was sent.</source>
        <translation>Formatiert; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>Stopped at “%1”.</source>
        <translation>Angehalten bei „%1“.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Resume continues at “%1”; finished stages are kept.</source>
        <translation>„Fortsetzen“ macht bei „%1“ weiter; abgeschlossene Schritte bleiben erhalten.</translation>
    </message>
    <message>
        <source>If Torii shows no sync of this file, “Send again” sends it once more.</source>
        <translation>Zeigt Torii keine Synchronisierung dieser Datei, sendet „Erneut senden“ sie noch einmal.</translation>
    </message>
    <message>
        <source>Torii may have started the sync: check Torii before retrying.</source>
        <translation>Torii hat die Synchronisierung möglicherweise schon begonnen: Prüfen Sie Torii, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Retry continues at that stage; finished stages are not repeated.</source>
        <translation>„Wiederholen“ macht bei diesem Schritt weiter; abgeschlossene Schritte werden nicht wiederholt.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>Cannot create the sandbox&apos;s storage directory.</source>
        <translation>Das Speicherverzeichnis der Sandbox kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535</translation>
    </message>
    <message>
        <source>--url-ttl needs a number of seconds (1 or more)</source>
        <translation>--url-ttl erwartet eine Anzahl Sekunden (ab 1)</translation>
    </message>
    <message>
        <source>--sync-seconds needs a number of seconds</source>
        <translation>--sync-seconds erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--retry-after needs a number of seconds</source>
        <translation>--retry-after erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>--fault needs ROUTE=SPEC</source>
        <translation>--fault erwartet ROUTE=SPEC</translation>
    </message>
    <message>
        <source>--key needs a value</source>
        <translation>--key erwartet einen Wert</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see sandbox --help)</source>
        <translation>unbekannte Option „%1“ (siehe sandbox --help)</translation>
    </message>
    <message>
        <source>Torii sandbox running.</source>
        <translation>Torii-Sandbox läuft.</translation>
    </message>
    <message>
        <source>API URL:        %1</source>
        <translation>API-URL:        %1</translation>
    </message>
    <message>
        <source>API key:        %1</source>
        <translation>API-Schlüssel:  %1</translation>
    </message>
    <message>
        <source>App account id: %1</source>
        <translation>App-Konto-ID:   %1</translation>
    </message>
    <message>
        <source>Org:            %1</source>
        <translation>Organisation:   %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Strg+C beendet.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>run the local Torii + S3 sandbox</source>
        <translation>die lokale Torii- und S3-Sandbox ausführen</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli sandbox [--port N] [--url-ttl SECONDS] [--fault ROUTE=SPEC]... [--key KEY]
                              [--sign-content-type] [--sync-seconds N] [--retry-after SECONDS]
                              [--settle-seconds N]

Runs a local double of Torii and its S3 upload on 127.0.0.1 until Ctrl+C, and prints its API URL
and the key it accepts. The demo app is 31337 (&quot;Sandbox App&quot;, app account 4242), the org &quot;Sandbox Org&quot;.
  --port N             port to listen on (default: any free port)
  --url-ttl SECONDS    lifetime of upload URLs (default 300, as Torii&apos;s)
  --fault ROUTE=SPEC   inject a fault; ROUTE is orgs, files/url, upload, files, sync, apps or users;
                       SPEC is STATUS[:N] (e.g. 429:2, 500:1), drop[:N], hang[:N], expired[:N]
                       (upload), lost[:N] (handled, answer lost) or delay:MS[:N]; N = how many
                       requests (default 1). Repeatable.
  --key KEY            the key to accept (default: a random one, printed)
  --sign-content-type  sign Content-Type into upload URLs (a wrong one then fails the upload)
  --sync-seconds N     how long a sync &quot;runs&quot; (another sync meanwhile gets 409; default 5)
  --retry-after S      Retry-After sent with injected 429/503 (default 1)
  --settle-seconds N   how long after a sync its users show in GET /apps/{idApp}/users (default 1)
Read back what was synced: GET http://127.0.0.1:PORT/sandbox/synced
</source>
        <translation>Aufruf: torii-sync-cli sandbox [--port N] [--url-ttl SEKUNDEN] [--fault ROUTE=SPEC]... [--key SCHLÜSSEL]
                               [--sign-content-type] [--sync-seconds N] [--retry-after SEKUNDEN]
                               [--settle-seconds N]

Führt bis Strg+C eine lokale Nachbildung von Torii und seinem S3-Upload auf 127.0.0.1 aus und gibt
deren API-URL und den akzeptierten Schlüssel aus. Die Demo-App ist 31337 („Sandbox App“, App-Konto 4242), die
Organisation heißt „Sandbox Org“.
  --port N             Port, auf dem sie lauscht (Standard: ein beliebiger freier Port)
  --url-ttl SEKUNDEN   Gültigkeit der Upload-URLs (Standard 300, wie bei Torii)
  --fault ROUTE=SPEC   einen Fehler einschleusen; ROUTE ist orgs, files/url, upload, files, sync, apps
                       oder users; SPEC ist STATUS[:N] (z. B. 429:2, 500:1), drop[:N], hang[:N],
                       expired[:N] (upload), lost[:N] (verarbeitet, Antwort verloren) oder delay:MS[:N];
                       N = Anzahl der Anfragen (Standard 1). Wiederholbar.
  --key SCHLÜSSEL      der akzeptierte Schlüssel (Standard: ein zufälliger, wird ausgegeben)
  --sign-content-type  Content-Type in die Upload-URLs einsignieren (ein falscher lässt den Upload scheitern)
  --sync-seconds N     wie lange eine Synchronisierung „läuft“ (eine weitere erhält währenddessen 409;
                       Standard 5)
  --retry-after S      Retry-After bei eingeschleusten 429/503 (Standard 1)
  --settle-seconds N   wie lange nach einer Synchronisierung deren Benutzer in GET /apps/{idApp}/users
                       erscheinen (Standard 1)
Was synchronisiert wurde, lesen Sie so zurück: GET http://127.0.0.1:PORT/sandbox/synced
</translation>
    </message>
    <message>
        <source>--settle-seconds needs a number of seconds</source>
        <translation>--settle-seconds erwartet eine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>App id:         %1 (%2)</source>
        <translation>App-ID:         %1 (%2)</translation>
    </message>
    <message>
        <source>Try: TORII_API_KEY=%1 torii-sync-cli sync FILE --auto --api-url %2 --app %3 --app-account %4</source>
        <translation>Zum Ausprobieren: TORII_API_KEY=%1 torii-sync-cli sync DATEI --auto --api-url %2 --app %3 --app-account %4</translation>
    </message>
</context>
<context>
    <name>SandboxFault</name>
    <message>
        <source>bad fault &apos;%1&apos;: expected ROUTE=SPEC with ROUTE one of %2</source>
        <translation>ungültige --fault-Angabe „%1“: erwartet wird ROUTE=SPEC, ROUTE aus %2</translation>
    </message>
    <message>
        <source>bad fault &apos;%1&apos;: SPEC is STATUS[:N], drop[:N], hang[:N], expired[:N], lost[:N] or delay:MS[:N] (e.g. files/url=429:2, upload=drop:1, sync=delay:3000)</source>
        <translation>ungültige --fault-Angabe „%1“: SPEC ist STATUS[:N], drop[:N], hang[:N], expired[:N], lost[:N] oder delay:MS[:N] (z. B. files/url=429:2, upload=drop:1, sync=delay:3000)</translation>
    </message>
</context>
<context>
    <name>ScheduleEdit</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>SheetBuilder</name>
    <message>
        <source>Row %1 takes the sheet beyond %2 million cells: its cells or rows repeat far more than a user export does. Delete the repeated cells and save again.</source>
        <translation>Mit Zeile %1 wächst das Tabellenblatt über %2 Millionen Zellen: Seine Zellen oder Zeilen wiederholen sich weit öfter als in einem Benutzerexport. Löschen Sie die wiederholten Zellen und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The sheet&apos;s text grows beyond %1 MiB at row %2: its cells or rows repeat far more than a user export does</source>
        <translation>Der Text des Tabellenblatts wächst bei Zeile %2 über %1 MiB: Seine Zellen oder Zeilen wiederholen sich weit öfter als in einem Benutzerexport</translation>
    </message>
    <message>
        <source>The sheet has more than %1 rows, the spreadsheet limit</source>
        <translation>Das Tabellenblatt hat mehr als %1 Zeilen, die Grenze einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Row %1 has more than %2 columns, the spreadsheet limit</source>
        <translation>Zeile %1 hat mehr als %2 Spalten, die Grenze einer Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Row %1 holds more than %2 MiB of text</source>
        <translation>Zeile %1 enthält mehr als %2 MiB Text</translation>
    </message>
</context>
<context>
    <name>SheetTable</name>
    <message>
        <source>The workbook has no sheet named &quot;%1&quot;; its sheets are: %2</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt „%1“; ihre Blätter sind: %2</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; is empty</source>
        <translation>Das Tabellenblatt „%1“ ist leer</translation>
    </message>
    <message>
        <source>There is no row %1 to use as the header</source>
        <translation>Es gibt keine Zeile %1 für die Kopfzeile</translation>
    </message>
    <message>
        <source>The sheet &quot;%1&quot; has a header row but no data rows</source>
        <translation>Das Tabellenblatt „%1“ hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a snapshot this version can read</source>
        <translation>%1 ist kein Schnappschuss, den diese Version lesen kann</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 ist beschädigt</translation>
    </message>
</context>
<context>
    <name>SourceLoader</name>
    <message>
        <source>preset &quot;%1&quot;: %2</source>
        <translation>Vorlage „%1“: %2</translation>
    </message>
</context>
<context>
    <name>StageRow</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>%1 — attempt %2, retrying in %3 s</source>
        <translation>%1 — Versuch %2, neuer Versuch in %3 s</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>SupportedFiles</name>
    <message>
        <source>User exports (%1)</source>
        <translation>Benutzerexporte (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>--app-account needs the app account id (a positive number)</source>
        <translation>--app-account erwartet die App-Konto-ID (eine positive Zahl)</translation>
    </message>
    <message>
        <source>no API key for profile &quot;%1&quot;: run &apos;torii-sync-cli key set&apos; or set TORII_API_KEY</source>
        <translation>kein API-Schlüssel für Profil „%1“: führen Sie „torii-sync-cli key set“ aus oder setzen Sie TORII_API_KEY</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>      %1: attempt %2 failed (%3); retrying in %4 s</source>
        <translation>      %1: Versuch %2 fehlgeschlagen (%3); neuer Versuch in %4 s</translation>
    </message>
    <message>
        <source>warning: the run could not be recorded in the history: %1</source>
        <translation>Warnung: der Lauf konnte nicht im Verlauf gespeichert werden: %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>run the five Torii stages for a file</source>
        <translation>die fünf Torii-Stufen für eine Datei ausführen</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... und %n weitere</numerusform>
            <numerusform>... und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed (%1):</source>
        <translation>Entfernt (%1):</translation>
    </message>
    <message>
        <source>Deactivated (%1):</source>
        <translation>Deaktiviert (%1):</translation>
    </message>
    <message>
        <source>Reactivated (%1):</source>
        <translation>Reaktiviert (%1):</translation>
    </message>
    <message>
        <source>Added (%1):</source>
        <translation>Hinzugefügt (%1):</translation>
    </message>
    <message>
        <source>Licence %1: +%2</source>
        <translation>Lizenz %1: +%2</translation>
    </message>
    <message>
        <source>Licence %1: −%2</source>
        <translation>Lizenz %1: −%2</translation>
    </message>
    <message>
        <source>show what a sync of a file would change in the app account</source>
        <translation>zeigen, was eine Synchronisierung einer Datei im App-Konto ändern würde</translation>
    </message>
    <message>
        <source>--app needs the app id (a positive number; see &apos;apps&apos;)</source>
        <translation>--app erwartet die App-ID (eine positive Zahl; siehe „apps“)</translation>
    </message>
    <message>
        <source>--allow-removals needs a number of users or &apos;all&apos;</source>
        <translation>--allow-removals erwartet eine Anzahl Benutzer oder „all“</translation>
    </message>
    <message>
        <source>--verify-timeout needs a number of seconds (0 for no check)</source>
        <translation>--verify-timeout erwartet eine Anzahl Sekunden (0 für keine Prüfung)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see %2 --help)</source>
        <translation>unbekannte Option „%1“ (siehe %2 --help)</translation>
    </message>
    <message>
        <source>%1 takes one FILE (got &apos;%2&apos; too)</source>
        <translation>%1 nimmt eine DATEI (auch „%2“ erhalten)</translation>
    </message>
    <message>
        <source>%1 needs a FILE (see %1 --help)</source>
        <translation>%1 erwartet eine DATEI (siehe %1 --help)</translation>
    </message>
    <message>
        <source>%1 needs exactly one of --preset or --auto</source>
        <translation>%1 erwartet genau eines von --preset oder --auto</translation>
    </message>
    <message>
        <source>--stage-timeout needs a number of seconds from 1 to 3600</source>
        <translation>--stage-timeout erwartet eine Anzahl Sekunden von 1 bis 3600</translation>
    </message>
    <message>
        <source>  --removal-guard PERCENT[,MINIMUM]  the removal guard&apos;s thresholds for this run, over the preset&apos;s
                      &quot;removalGuard&quot; and the profile&apos;s (default 10,10: more than 10% and at least
                      10 users)
</source>
        <translation>  --removal-guard PROZENT[,MINIMUM]  die Schwellen des Entfernungsschutzes für diesen Lauf, vor denen der
                      Vorlage (&quot;removalGuard&quot;) und des Profils (Standard 10,10: mehr als 10 % und
                      mindestens 10 Benutzer)
</translation>
    </message>
    <message>
        <source>--removal-guard needs PERCENT (0 to 100) or PERCENT,MINIMUM (e.g. 20,50)</source>
        <translation>--removal-guard braucht PROZENT (0 bis 100) oder PROZENT,MINIMUM (z. B. 20,50)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more issue(s); &apos;convert --json&apos; lists them all</source>
        <translation>
            <numerusform>... und %n weitere Meldung; „convert --json“ listet alle auf</numerusform>
            <numerusform>... und %n weitere Meldungen; „convert --json“ listet alle auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: formatted (users: %1, licences: %2, %3 bytes, sha256 %4); nothing was sent.</source>
        <translation>Probelauf: formatiert (Benutzer: %1, Lizenzen: %2, %3 Bytes, sha256 %4); nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Synced to app account %3 (users: %1, licences: %2): Torii file id %4.</source>
        <translation>Mit App-Konto %3 synchronisiert (Benutzer: %1, Lizenzen: %2): Torii-Datei-ID %4.</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli diff FILE (--preset FILE|NAME | --auto) [--profile NAME] [--app ID]
                           [--app-account ID] [--api-url URL] [--policy limit|block|skip]
                           [--max-invalid PERCENT] [--removal-guard PERCENT[,MINIMUM]] [--json]
                           [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]

Reads, maps and formats FILE as sync does, then compares its users with the app account&apos;s current
users, matched by e-mail: added, removed (listed now, absent from the file), deactivated, reactivated,
unchanged, and licence changes. Nothing is sent to Torii but GET /apps/{idApp}/users.
  --app ID            the Torii app (see &apos;apps&apos;); without it (or when Torii cannot be asked) the
                      file is compared with the last accepted sync of the same app account
  --app-account ID    the custom integration&apos;s app account id (overrides the profile)
  --json              print {&quot;diff&quot;: {&quot;source&quot;, &quot;current&quot;, &quot;added&quot;, &quot;removed&quot;, ...}}
Exit codes: 0 compared, 1 the data is blocked by validation or the removal guard would stop a sync,
2 usage error or unreadable input, 3 Torii or network failure, 4 authentication failure.
</source>
        <translation>Aufruf: torii-sync-cli diff DATEI (--preset DATEI|NAME | --auto) [--profile NAME] [--app ID]
                           [--app-account ID] [--api-url URL] [--policy limit|block|skip]
                           [--max-invalid PROZENT] [--removal-guard PROZENT[,MINIMUM]] [--json]
                           [--sheet NAME] [--encoding NAME] [--delimiter ZEICHEN] [--header-row N]

Liest, ordnet zu und formatiert DATEI wie sync und vergleicht ihre Benutzer dann mit den aktuellen Benutzern
des App-Kontos, abgeglichen per E-Mail: hinzugefügt, entfernt (jetzt gelistet, in der Datei fehlend),
deaktiviert, reaktiviert, unverändert und Lizenzänderungen. An Torii geht nur GET /apps/{idApp}/users.
  --app ID            die Torii-App (siehe „apps“); ohne sie (oder wenn Torii nicht gefragt werden kann)
                      wird die Datei mit der letzten angenommenen Synchronisierung desselben App-Kontos verglichen
  --app-account ID    die App-Konto-ID der benutzerdefinierten Integration (überschreibt das Profil)
  --json              {&quot;diff&quot;: {&quot;source&quot;, &quot;current&quot;, &quot;added&quot;, &quot;removed&quot;, ...}} ausgeben
Exit-Codes: 0 verglichen, 1 Daten durch Prüfung blockiert oder der Entfernungsschutz würde eine Synchronisierung
anhalten, 2 Aufruffehler oder unlesbare Eingabe, 3 Torii- oder Netzwerkfehler, 4 Anmeldefehler.
</translation>
    </message>
    <message>
        <source>Usage: torii-sync-cli sync FILE (--preset FILE|NAME | --auto) [--profile NAME] [--app-account ID]
                           [--api-url URL] [--policy limit|block|skip] [--max-invalid PERCENT]
                           [--keep-payload PATH] [--dry-run]
                           [--json] [--verbose] [--force] [--app ID] [--allow-removals N|all]
                           [--verify-timeout SECONDS] [--stage-timeout SECONDS]
                           [--removal-guard PERCENT[,MINIMUM]]
                           [--sheet NAME] [--encoding NAME] [--delimiter CHAR] [--header-row N]

Reads FILE, maps and validates it, writes Torii&apos;s JSON and runs the five stages: Format data, Create
file, Upload, Get file ID, Sync (formatting runs first, so the 5-minute upload URL cannot expire while
the payload is written). Progress goes to stderr; the run is recorded in &apos;history&apos;.
  --preset FILE|NAME  use a preset;  --auto  match columns by their names
  --profile NAME      the profile (API URL, app account id, key); default: the current one
  --app-account ID    the custom integration&apos;s app account id (overrides the profile)
  --api-url URL       Torii&apos;s API URL (overrides the profile; https://, or http:// on this computer)
  --policy limit|block|skip, --max-invalid PERCENT  rows with errors: left out while they are at most
                      PERCENT (default 10) of the data rows (limit, the default), block the sync
                      (block), or left out whatever their number (skip)
  --keep-payload PATH also keep the payload that was sent at PATH (not FILE or the preset)
  --dry-run           stop after formatting: nothing is sent, no key needed
  --json              print stages (result, timings), Torii&apos;s file id and the outcome as JSON
  --verbose           also print the pipeline&apos;s log (secrets redacted)
  --sheet, --encoding, --delimiter, --header-row  override how FILE is read (as for inspect)
  --force             send the sync even though an earlier run of the same payload may already
                      have sent it (see below)
  --app ID            the Torii app (see &apos;apps&apos;; overrides the profile): the file is compared with
                      the app account&apos;s users before the sync, and checked against them after it
  --allow-removals N|all  go on although the sync removes or deactivates up to N users (or any
                      number) more than the removal guard allows
  --verify-timeout S  how long to wait for Torii to show the synced users (default 300; 0: no check)
  --stage-timeout S   the most one stage may spend waiting for Torii, retries included (default 120):
                      a server that never answers ends the run with exit 3 after this
Safe sync: before anything is sent the file is compared with the account&apos;s users (or, without --app,
with the last accepted sync). When it would remove or deactivate more than 10% of them and at least
10 users (the profile&apos;s thresholds), nothing is sent and the exit code is 1 (&quot;blockedBy&quot;: &quot;removals&quot;).
Never twice: the history row is written before anything is sent and kept current stage by stage.
A run of the same payload to the same app account after an interrupted one continues it: it reuses
the registered file, sends nothing if Torii already accepted it, and stops (exit 3) when the earlier
sync request left without an answer, unless --force. Two runs never sync one app account at once.
The key comes from TORII_API_KEY, else the profile&apos;s keychain entry (&apos;key set&apos;).
A key with a control character (CR, LF, ...) is refused (exit 4).
Exit codes: 0 synced (or dry run ok), 1 blocked by validation, 2 usage error or unreadable input,
3 Torii or network failure after retries, 4 authentication or keychain failure, 130 cancelled.
</source>
        <translation>Aufruf: torii-sync-cli sync DATEI (--preset DATEI|NAME | --auto) [--profile NAME] [--app-account ID]
                           [--api-url URL] [--policy limit|block|skip] [--max-invalid PROZENT]
                           [--keep-payload PFAD] [--dry-run]
                           [--json] [--verbose] [--force] [--app ID] [--allow-removals N|all]
                           [--verify-timeout SEKUNDEN] [--stage-timeout SEKUNDEN]
                           [--removal-guard PROZENT[,MINIMUM]]
                           [--sheet NAME] [--encoding NAME] [--delimiter ZEICHEN] [--header-row N]

Liest DATEI, ordnet sie zu, prüft sie, schreibt Toriis JSON und führt die fünf Stufen aus: Daten formatieren,
Datei anlegen, Hochladen, Datei-ID abrufen, Synchronisieren (das Formatieren läuft zuerst, damit die 5 Minuten
gültige Upload-URL nicht abläuft, während die Nutzdaten geschrieben werden). Der Fortschritt geht nach stderr;
der Lauf wird im Verlauf (&apos;history&apos;) festgehalten.
  --preset DATEI|NAME eine Vorlage verwenden;  --auto  Spalten anhand ihrer Namen zuordnen
  --profile NAME      das Profil (API-URL, App-Konto-ID, Schlüssel); Standard: das aktuelle
  --app-account ID    die App-Konto-ID der benutzerdefinierten Integration (überschreibt das Profil)
  --api-url URL       Toriis API-URL (überschreibt das Profil; https:// oder http:// auf diesem Computer)
  --policy limit|block|skip, --max-invalid PROZENT  Zeilen mit Fehlern: ausgelassen, solange sie höchstens
                      PROZENT (Standard 10) der Datenzeilen sind (limit, der Standard), blockieren die
                      Synchronisierung (block) oder werden in beliebiger Zahl ausgelassen (skip)
  --keep-payload PFAD die gesendeten Nutzdaten zusätzlich unter PFAD aufbewahren (nicht DATEI oder die Vorlage)
  --dry-run           nach dem Formatieren anhalten: nichts wird gesendet, kein Schlüssel nötig
  --json              Stufen (Ergebnis, Zeiten), Toriis Datei-ID und das Ergebnis als JSON ausgeben
  --verbose           zusätzlich das Protokoll der Pipeline ausgeben (Geheimnisse geschwärzt)
  --sheet, --encoding, --delimiter, --header-row  festlegen, wie DATEI gelesen wird (wie bei inspect)
  --force             die Synchronisierung senden, obwohl ein früherer Lauf derselben Nutzdaten sie
                      vielleicht schon gesendet hat (siehe unten)
  --app ID            die Torii-App (siehe „apps“; überschreibt das Profil): die Datei wird vor der
                      Synchronisierung mit den Benutzern des App-Kontos verglichen und danach an ihnen geprüft
  --allow-removals N|all  fortfahren, obwohl die Synchronisierung bis zu N Benutzer (oder beliebig viele)
                      mehr entfernt oder deaktiviert, als der Entfernungsschutz erlaubt
  --verify-timeout S  wie lange auf die synchronisierten Benutzer in Torii gewartet wird (Standard 300;
                      0: keine Prüfung)
  --stage-timeout S   wie lange eine Stufe höchstens auf Torii warten darf, Wiederholungen eingeschlossen
                      (Standard 120): ein Server, der nie antwortet, beendet den Lauf danach mit Exit-Code 3
Sichere Synchronisierung: Bevor etwas gesendet wird, wird die Datei mit den Benutzern des Kontos verglichen
(oder, ohne --app, mit der letzten angenommenen Synchronisierung). Entfernte oder deaktivierte sie mehr als
10 % davon und mindestens 10 Benutzer (die Schwellen des Profils), wird nichts gesendet und der Exit-Code ist 1
(„blockedBy“: „removals“).
Nie doppelt: Der Verlaufseintrag wird geschrieben, bevor etwas gesendet wird, und Stufe für Stufe aktualisiert.
Ein Lauf derselben Nutzdaten an dasselbe App-Konto nach einem unterbrochenen setzt diesen fort: Er verwendet
die registrierte Datei weiter, sendet nichts, wenn Torii sie schon angenommen hat, und hält an (Exit-Code 3),
wenn die frühere Synchronisierungsanfrage ohne Antwort blieb, außer mit --force. Zwei Läufe synchronisieren
nie gleichzeitig dasselbe App-Konto.
Der Schlüssel kommt aus TORII_API_KEY, sonst aus dem Schlüsselbund-Eintrag des Profils (&apos;key set&apos;).
Ein Schlüssel mit einem Steuerzeichen (CR, LF, ...) wird abgelehnt (Exit-Code 4).
Exit-Codes: 0 synchronisiert (oder Probelauf in Ordnung), 1 durch Prüfung blockiert, 2 Aufruffehler oder
unlesbare Eingabe, 3 Torii- oder Netzwerkfehler nach Wiederholungen, 4 Anmelde- oder Schlüsselbundfehler,
130 abgebrochen.
</translation>
    </message>
</context>
<context>
    <name>SyncJournal</name>
    <message>
        <source>the run ended without a result</source>
        <translation>der Lauf endete ohne Ergebnis</translation>
    </message>
    <message>
        <source>Another Torii Sync run (process %1 on %2) is syncing to app account %3 right now. Wait for it to finish, then try again.</source>
        <translation>Ein anderer Lauf von Torii Sync (Prozess %1 auf %2) synchronisiert gerade mit App-Konto %3. Warten Sie, bis er fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The run cannot be recorded in the history %1 (%2), so it is not started: without that record an interrupted run could later send the same sync twice.</source>
        <translation>Der Lauf kann nicht im Verlauf %1 festgehalten werden (%2) und wird daher nicht gestartet: Ohne diesen Eintrag könnte ein unterbrochener Lauf später dieselbe Synchronisierung doppelt senden.</translation>
    </message>
    <message>
        <source>Run #%1 (%2) was interrupted after Torii accepted the sync of this payload (file id %3); it is not sent again.</source>
        <translation>Lauf #%1 (%2) wurde unterbrochen, nachdem Torii die Synchronisierung dieser Nutzdaten angenommen hatte (Datei-ID %3); sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Run #%1 (%2) sent the sync of this payload to Torii and stopped before Torii answered, so Torii has probably received it. Check the integration&apos;s last sync in Torii; to send it again anyway use --force (command line) or Send again (window).</source>
        <translation>Lauf #%1 (%2) hat die Synchronisierung dieser Nutzdaten an Torii gesendet und endete, bevor Torii antwortete; Torii hat sie also wahrscheinlich erhalten. Prüfen Sie die letzte Synchronisierung der Integration in Torii; um sie trotzdem erneut zu senden, verwenden Sie --force (Befehlszeile) oder „Erneut senden“ (Fenster).</translation>
    </message>
    <message>
        <source>Sending the sync of run #%1 (file id %2) once more, as asked; if Torii answers that a sync is running, that is the earlier one.</source>
        <translation>Die Synchronisierung von Lauf #%1 (Datei-ID %2) wird wie gewünscht noch einmal gesendet; antwortet Torii, dass eine Synchronisierung läuft, ist das die frühere.</translation>
    </message>
    <message>
        <source>Run #%1 (%2) uploaded and registered this payload (file id %3) but did not sync it: continuing at stage 5 with that file.</source>
        <translation>Lauf #%1 (%2) hat diese Nutzdaten hochgeladen und registriert (Datei-ID %3), aber nicht synchronisiert: Es geht bei Schritt 5 mit dieser Datei weiter.</translation>
    </message>
    <message>
        <source>the folder could not be written (check its permissions)</source>
        <translation>in den Ordner kann nicht geschrieben werden (prüfen Sie seine Berechtigungen)</translation>
    </message>
    <message>
        <source>The run&apos;s state cannot be written to the history %1 (%2), so the request was not sent: without that record an interrupted run could later send the same sync twice. Free the history (another program may hold it) and resume.</source>
        <translation>Der Stand des Laufs kann nicht in den Verlauf %1 geschrieben werden (%2), daher wurde die Anfrage nicht gesendet: Ohne diesen Eintrag könnte ein unterbrochener Lauf später dieselbe Synchronisierung zweimal senden. Geben Sie den Verlauf frei (ein anderes Programm hält ihn vielleicht) und setzen Sie fort.</translation>
    </message>
    <message>
        <source>Cannot create the run lock %1: %2</source>
        <translation>Die Laufsperre %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Torii shows the users of run #%1 (%2), whose sync answer was lost: that sync was accepted, so this payload is not sent again.</source>
        <translation>Torii zeigt die Benutzer von Lauf #%1 (%2), dessen Antwort auf die Synchronisierung verloren ging: Diese Synchronisierung wurde angenommen, daher werden diese Daten nicht erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Send the users to Torii in five stages. A failed run resumes where it stopped.</source>
        <translation>Die Benutzer in fünf Schritten an Torii senden. Ein fehlgeschlagener Lauf wird dort fortgesetzt, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>&amp;Start Sync</source>
        <translation>Synchronisierung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Start the sync</source>
        <translation>Die Synchronisierung starten</translation>
    </message>
    <message>
        <source>Cancel the sync</source>
        <translation>Die Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Retry or resume the sync</source>
        <translation>Die Synchronisierung wiederholen oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Protokoll der Synchronisierung</translation>
    </message>
    <message>
        <source>See &amp;History</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Connect first: validate an API key on the Connect page.</source>
        <translation>Zuerst verbinden: Prüfen Sie auf der Seite „Verbinden“ einen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Enter the app account ID on the Connect page.</source>
        <translation>Geben Sie die App-Konto-ID auf der Seite „Verbinden“ ein.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Sending %1 users to %2 (app account %3)</source>
        <translation>%1 Benutzer werden an %2 gesendet (App-Konto %3)</translation>
    </message>
    <message>
        <source>Stage %1 of 5: %2…</source>
        <translation>Schritt %1 von 5: %2…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Upload URL received</source>
        <translation>Upload-URL erhalten</translation>
    </message>
    <message>
        <source>%1 users, %2 licences · %3</source>
        <translation>%1 Benutzer, %2 Lizenzen · %3</translation>
    </message>
    <message>
        <source>%1 uploaded</source>
        <translation>%1 hochgeladen</translation>
    </message>
    <message>
        <source>File ID %1</source>
        <translation>Datei-ID %1</translation>
    </message>
    <message>
        <source>Torii accepted the sync</source>
        <translation>Torii hat die Synchronisierung angenommen</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Vergangen: %1</translation>
    </message>
    <message>
        <source> · %1 of %2 · about %3 left</source>
        <translation> · %1 von %2 · noch etwa %3</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisierung angehalten</translation>
    </message>
    <message>
        <source>%1 users synced to %2.</source>
        <translation>%1 Benutzer mit %2 synchronisiert.</translation>
    </message>
    <message>
        <source>The sync stopped at “%1”.</source>
        <translation>Die Synchronisierung wurde bei „%1“ angehalten.</translation>
    </message>
    <message>
        <source>The run could not be written to the history: %1</source>
        <translation>Der Lauf konnte nicht in den Verlauf geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Synced. Load another export or change the mapping to sync again.</source>
        <translation>Synchronisiert. Laden Sie einen anderen Export oder ändern Sie die Zuordnung, um erneut zu synchronisieren.</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Ready to send %1 users to %2, app account %3.</source>
        <translation>Bereit, %1 Benutzer an %2 zu senden, App-Konto %3.</translation>
    </message>
    <message>
        <source>%1 users and %2 licences synced to %3 (app account %4) in %5. Torii file ID %6.</source>
        <translation>%1 Benutzer und %2 Lizenzen in %5 mit %3 (App-Konto %4) synchronisiert. Torii-Datei-ID %6.</translation>
    </message>
    <message>
        <source>Load an export first.</source>
        <translation>Laden Sie zuerst einen Export.</translation>
    </message>
    <message>
        <source>Checking the data (dry run) before anything is sent…</source>
        <translation>Die Daten werden geprüft (Probelauf), bevor etwas gesendet wird …</translation>
    </message>
    <message>
        <source>The sync is blocked by rows with errors: fix them or choose to skip them on the Review page.</source>
        <translation>Die Synchronisierung ist durch fehlerhafte Zeilen blockiert: Beheben Sie sie oder wählen Sie auf der Seite „Prüfen“, sie zu überspringen.</translation>
    </message>
    <message>
        <source>Nothing can be sent: %1</source>
        <translation>Nichts kann gesendet werden: %1</translation>
    </message>
    <message>
        <source>Torii may already be syncing this file: check it in Torii, then resume.</source>
        <translation>Torii synchronisiert diese Datei womöglich bereits: Prüfen Sie das in Torii und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Stopped. Finished stages are kept: the run continues at the stage that stopped.</source>
        <translation>Angehalten. Abgeschlossene Schritte bleiben erhalten: Der Lauf setzt bei dem Schritt fort, der angehalten hat.</translation>
    </message>
    <message>
        <source>No answer from Torii: the sync may have started.</source>
        <translation>Keine Antwort von Torii: Die Synchronisierung hat womöglich begonnen.</translation>
    </message>
    <message>
        <source>Sync sent, outcome unknown.</source>
        <translation>Synchronisierung gesendet, Ergebnis unbekannt.</translation>
    </message>
    <message>
        <source>The sync request reached the network but Torii&apos;s answer did not come back, so Torii may have started syncing this file. Check the integration in Torii first. If it shows no sync of this file, Resume sends the same file once more; if Torii answers that a sync is already running, that counts as success.</source>
        <translation>Die Synchronisierungsanfrage wurde gesendet, aber Toriis Antwort kam nicht zurück; Torii hat also womöglich begonnen, diese Datei zu synchronisieren. Prüfen Sie zuerst die Integration in Torii. Zeigt sie keine Synchronisierung dieser Datei, sendet „Fortsetzen“ dieselbe Datei noch einmal; antwortet Torii, dass bereits eine Synchronisierung läuft, gilt das als Erfolg.</translation>
    </message>
    <message>
        <source>Stopped by the removal guard before anything was sent.</source>
        <translation>Vom Entfernungsschutz gestoppt, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>Review &amp;Removals…</source>
        <translation>&amp;Entfernungen prüfen …</translation>
    </message>
    <message numerus="yes">
        <source>%n removal(s) allowed for this run.</source>
        <translation>
            <numerusform>%n Entfernung für diesen Lauf erlaubt.</numerusform>
            <numerusform>%n Entfernungen für diesen Lauf erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the removal guard.</source>
        <translation>Vom Entfernungsschutz gestoppt.</translation>
    </message>
    <message>
        <source>Change compared with %1: %2</source>
        <translation>Änderung im Vergleich mit %1: %2</translation>
    </message>
    <message>
        <source>Save as &amp;Job…</source>
        <translation>Als &amp;Job speichern…</translation>
    </message>
    <message>
        <source>Repeat this sync later, by hand or on a schedule</source>
        <translation>Diesen Sync später wiederholen, manuell oder nach Zeitplan</translation>
    </message>
</context>
<context>
    <name>SyncPipeline</name>
    <message>
        <source>Cannot read the payload file %1: %2</source>
        <translation>Die Nutzdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Torii already accepted the sync of this file (id %1); it is not sent again.</source>
        <translation>Torii hat die Synchronisierung dieser Datei bereits angenommen (ID %1); sie wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>Cancel requested.</source>
        <translation>Abbruch angefordert.</translation>
    </message>
    <message>
        <source>No payload to format was given.</source>
        <translation>Es wurden keine zu formatierenden Nutzdaten übergeben.</translation>
    </message>
    <message>
        <source>Format data: writing the payload.</source>
        <translation>Daten formatieren: Nutzdaten werden geschrieben.</translation>
    </message>
    <message>
        <source>Format data: %1 users, %2 licences, %3 bytes, SHA-256 %4.</source>
        <translation>Daten formatieren: %1 Benutzer, %2 Lizenzen, %3 Bytes, SHA-256 %4.</translation>
    </message>
    <message>
        <source>no uploadFileParameters.url/filePath in the answer</source>
        <translation>kein uploadFileParameters.url/filePath in der Antwort</translation>
    </message>
    <message>
        <source>Create file: upload URL for %1 (valid %2 s): %3</source>
        <translation>Datei anlegen: Upload-URL für %1 (gültig %2 s): %3</translation>
    </message>
    <message>
        <source>Upload: %1 bytes stored, ETag %2.</source>
        <translation>Hochladen: %1 Bytes gespeichert, ETag %2.</translation>
    </message>
    <message>
        <source>no file id in the answer</source>
        <translation>keine Datei-ID in der Antwort</translation>
    </message>
    <message>
        <source>Get file ID: Torii file id %1.</source>
        <translation>Datei-ID abrufen: Torii-Datei-ID %1.</translation>
    </message>
    <message>
        <source>Sync: Torii accepted file %1 for app account %2.</source>
        <translation>Synchronisieren: Torii hat Datei %1 für App-Konto %2 angenommen.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the upload URL expired; requesting a new one</source>
        <translation>die Upload-URL ist abgelaufen; eine neue wird angefordert</translation>
    </message>
    <message>
        <source>Upload: the URL is no longer valid; requesting a fresh one (stage 1).</source>
        <translation>Hochladen: Die URL ist nicht mehr gültig; eine neue wird angefordert (Schritt 1).</translation>
    </message>
    <message>
        <source>Sync: Torii reports a sync already running, most likely the request sent before the connection dropped; treating it as accepted and not sending again.</source>
        <translation>Synchronisieren: Torii meldet eine bereits laufende Synchronisierung, höchstwahrscheinlich die vor dem Verbindungsabbruch gesendete Anfrage; sie gilt als angenommen und wird nicht erneut gesendet.</translation>
    </message>
    <message>
        <source>another sync is running (409)</source>
        <translation>eine andere Synchronisierung läuft (409)</translation>
    </message>
    <message>
        <source>Another sync was still running after waiting %1 s. Try again when it has finished.</source>
        <translation>Nach %1 s Wartezeit lief noch eine andere Synchronisierung. Versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The sync request may have reached Torii: check the integration&apos;s status in Torii before resuming. Resume sends it once more; a &apos;sync already running&apos; answer then counts as success.</source>
        <translation>Die Synchronisierungsanfrage hat Torii möglicherweise erreicht: Prüfen Sie den Status der Integration in Torii, bevor Sie fortsetzen. „Fortsetzen“ sendet sie noch einmal; die Antwort „Synchronisierung läuft bereits“ zählt dann als Erfolg.</translation>
    </message>
    <message>
        <source>%1: retrying in %2 ms (%3).</source>
        <translation>%1: neuer Versuch in %2 ms (%3).</translation>
    </message>
    <message>
        <source>Done: file %1 synced to app account %2.</source>
        <translation>Fertig: Datei %1 mit App-Konto %2 synchronisiert.</translation>
    </message>
    <message>
        <source>Cancelled. Resume continues at stage %1.</source>
        <translation>Abgebrochen. „Fortsetzen“ macht bei Schritt %1 weiter.</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>PUT (pre-signed upload URL)</source>
        <translation>PUT (vorsignierte Upload-URL)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>%1: the connection dropped and Qt re-sent the request; repeating this call is harmless.</source>
        <translation>%1: Die Verbindung brach ab und Qt hat die Anfrage erneut gesendet; diesen Aufruf zu wiederholen ist unbedenklich.</translation>
    </message>
    <message>
        <source>Torii&apos;s upload URLs kept expiring before the upload could use them (%1 URLs requested); stopped asking.</source>
        <translation>Die Upload-URLs von Torii liefen immer wieder ab, bevor das Hochladen sie nutzen konnte (%1 URLs angefordert); es wird nicht weiter angefragt.</translation>
    </message>
    <message>
        <source>the upload URL had already expired when it arrived (valid %1 s, the request took %2 ms); check this computer&apos;s clock and network</source>
        <translation>die Upload-URL war bei ihrer Ankunft schon abgelaufen (gültig %1 s, die Anfrage dauerte %2 ms); prüfen Sie die Uhr dieses Computers und das Netzwerk</translation>
    </message>
    <message numerus="yes">
        <source>The stage &quot;%1&quot; gave up after %n s, its time limit.</source>
        <translation>
            <numerusform>Die Stufe „%1“ hat nach %n s aufgegeben, ihrem Zeitlimit.</numerusform>
            <numerusform>Die Stufe „%1“ hat nach %n s aufgegeben, ihrem Zeitlimit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>no app account id: pass --app-account ID or save it in profile &quot;%1&quot; (Torii shows it on the custom integration&apos;s tile)</source>
        <translation>keine App-Konto-ID: übergeben Sie --app-account ID oder speichern Sie sie im Profil „%1“ (Torii zeigt sie auf der Kachel der benutzerdefinierten Integration)</translation>
    </message>
    <message>
        <source>Resuming at stage “%1”</source>
        <translation>Fortsetzung bei Schritt „%1“</translation>
    </message>
    <message>
        <source>auto-match: %1</source>
        <translation>automatische Zuordnung: %1</translation>
    </message>
    <message>
        <source>no valid user to send</source>
        <translation>kein gültiger Benutzer zum Senden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checking that Torii shows the synced users (up to %n min) ...</source>
        <translation>
            <numerusform>Prüfe, ob Torii die synchronisierten Benutzer zeigt (bis zu %n Minute) ...</numerusform>
            <numerusform>Prüfe, ob Torii die synchronisierten Benutzer zeigt (bis zu %n Minuten) ...</numerusform>
        </translation>
    </message>
    <message>
        <source>Torii shows this payload: the sync whose answer was lost is counted as accepted.</source>
        <translation>Torii zeigt diese Nutzdaten: Die Synchronisierung, deren Antwort verloren ging, gilt als angenommen.</translation>
    </message>
    <message>
        <source>The snapshot of this sync could not be kept: %1</source>
        <translation>Der Schnappschuss dieser Synchronisierung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Asking Torii whether the sync of run #%1 arrived …</source>
        <translation>Torii wird gefragt, ob die Synchronisierung von Lauf #%1 angekommen ist …</translation>
    </message>
    <message>
        <source>Torii shows the users of run #%1: its sync was accepted; the history now says so.</source>
        <translation>Torii zeigt die Benutzer von Lauf #%1: Seine Synchronisierung wurde angenommen; der Verlauf vermerkt das jetzt.</translation>
    </message>
    <message>
        <source>Torii shows the users of run #%1, but the history could not be updated: %2</source>
        <translation>Torii zeigt die Benutzer von Lauf #%1, aber der Verlauf konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Torii does not show the users of run #%1 either, so it is not known whether that sync arrived.</source>
        <translation>Torii zeigt auch die Benutzer von Lauf #%1 nicht, daher ist nicht bekannt, ob diese Synchronisierung angekommen ist.</translation>
    </message>
    <message>
        <source>Torii&apos;s users could not be listed to check run #%1.</source>
        <translation>Die Benutzer in Torii konnten nicht aufgelistet werden, um Lauf #%1 zu prüfen.</translation>
    </message>
</context>
<context>
    <name>SyncSafety</name>
    <message>
        <source>Compared with %1: %2</source>
        <translation>Verglichen mit %1: %2</translation>
    </message>
    <message>
        <source>The result could not be checked: %1</source>
        <translation>Das Ergebnis konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verified: Torii shows the synced users (after %n s).</source>
        <translation>
            <numerusform>Geprüft: Torii zeigt die synchronisierten Benutzer (nach %n s).</numerusform>
            <numerusform>Geprüft: Torii zeigt die synchronisierten Benutzer (nach %n s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not visible in Torii after %n min.</source>
        <translation>
            <numerusform>Nach %n Minute in Torii nicht sichtbar.</numerusform>
            <numerusform>Nach %n Minuten in Torii nicht sichtbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStages</name>
    <message>
        <source>Create file</source>
        <translation>Datei anlegen</translation>
    </message>
    <message>
        <source>Format data</source>
        <translation>Daten formatieren</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Get file ID</source>
        <translation>Datei-ID abrufen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
</context>
<context>
    <name>TableLayout</name>
    <message>
        <source>Skipped a row above the header: &quot;%1&quot;</source>
        <translation>Zeile über der Kopfzeile übersprungen: „%1“</translation>
    </message>
    <message>
        <source>Not a data row (report footer): &quot;%1&quot;</source>
        <translation>Keine Datenzeile (Fußzeile des Berichts): „%1“</translation>
    </message>
    <message>
        <source>Blank row skipped</source>
        <translation>Leere Zeile übersprungen</translation>
    </message>
    <message>
        <source>... and %1 more blank rows</source>
        <translation>... und %1 weitere leere Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>Row has %n cell(s), the header has %1: missing cells are empty</source>
        <translation>
            <numerusform>Die Zeile hat %n Zelle, die Kopfzeile %1: fehlende Zellen bleiben leer</numerusform>
            <numerusform>Die Zeile hat %n Zellen, die Kopfzeile %1: fehlende Zellen bleiben leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row has %n cell(s), the header has %1: the extra cells are kept</source>
        <translation>
            <numerusform>Die Zeile hat %n Zelle, die Kopfzeile %1: die zusätzlichen Zellen bleiben erhalten</numerusform>
            <numerusform>Die Zeile hat %n Zellen, die Kopfzeile %1: die zusätzlichen Zellen bleiben erhalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more row(s) with a different number of cells</source>
        <translation>
            <numerusform>... und %n weitere Zeile mit abweichender Zellenzahl</numerusform>
            <numerusform>... und %n weitere Zeilen mit abweichender Zellenzahl</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>This is a folder, not a file</source>
        <translation>Dies ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes)</source>
        <translation>Die Datei ist leer (0 Bytes)</translation>
    </message>
    <message>
        <source>This is a password-protected/encrypted workbook or an old Excel 97-2003 (.xls) file. Open it in Excel and save it without a password as .xlsx or CSV.</source>
        <translation>Dies ist eine kennwortgeschützte/verschlüsselte Arbeitsmappe oder eine alte Excel-97-2003-Datei (.xls). Öffnen Sie sie in Excel und speichern Sie sie ohne Kennwort als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>The file is larger than 2 GiB; split it before importing</source>
        <translation>Die Datei ist größer als 2 GiB; teilen Sie sie vor dem Import auf</translation>
    </message>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The line starting here runs for more than %1 MiB without a line break; this is not a CSV export</source>
        <translation>Die hier beginnende Zeile ist länger als %1 MiB ohne Zeilenumbruch; dies ist kein CSV-Export</translation>
    </message>
    <message>
        <source>This is not a CSV, TXT, XLSX, ODS, XLS or JSON export (unsupported binary file)</source>
        <translation>Dies ist kein CSV-, TXT-, XLSX-, ODS-, XLS- oder JSON-Export (nicht unterstützte Binärdatei)</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Invalid UTF-8 byte 0x%1; the file may use another encoding (try Windows-1252)</source>
        <translation>Ungültiges UTF-8-Byte 0x%1; die Datei verwendet vielleicht eine andere Kodierung (versuchen Sie Windows-1252)</translation>
    </message>
    <message>
        <source>The UTF-16 text ends in the middle of a character (odd number of bytes)</source>
        <translation>Der UTF-16-Text endet mitten in einem Zeichen (ungerade Anzahl Bytes)</translation>
    </message>
    <message>
        <source>Invalid UTF-16 text: unpaired surrogate 0x%1</source>
        <translation>Ungültiger UTF-16-Text: einzelnes Surrogat 0x%1</translation>
    </message>
</context>
<context>
    <name>ToriiClient</name>
    <message>
        <source>The address &apos;%1&apos; is not a valid https:// URL.</source>
        <translation>Die Adresse „%1“ ist keine gültige https://-URL.</translation>
    </message>
    <message>
        <source>No API key is set.</source>
        <translation>Es ist kein API-Schlüssel gesetzt.</translation>
    </message>
</context>
<context>
    <name>ToriiError</name>
    <message>
        <source>Server message: %1</source>
        <translation>Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The upload timed out: the storage service stopped responding.</source>
        <translation>Zeitüberschreitung beim Hochladen: Der Speicherdienst antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Torii did not respond in time (timeout). Check the network or try again later.</source>
        <translation>Torii hat nicht rechtzeitig geantwortet (Zeitüberschreitung). Prüfen Sie das Netzwerk oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server name could not be resolved (DNS). Check the API URL and the network connection.</source>
        <translation>Der Servername konnte nicht aufgelöst werden (DNS). Prüfen Sie die API-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The connection was refused. Check the API URL and that the service is reachable.</source>
        <translation>Die Verbindung wurde abgelehnt. Prüfen Sie die API-URL und ob der Dienst erreichbar ist.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering.</source>
        <translation>Der Server hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection failed (TLS/certificate error). Check the API URL, proxy and system certificates.</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen (TLS-/Zertifikatsfehler). Prüfen Sie die API-URL, den Proxy und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>A network error occurred.</source>
        <translation>Ein Netzwerkfehler ist aufgetreten.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected response.</source>
        <translation>Der Server hat unerwartet geantwortet.</translation>
    </message>
    <message>
        <source>Refused an insecure address: the API URL must use https:// (http:// is only allowed for this computer, e.g. the sandbox).</source>
        <translation>Unsichere Adresse abgelehnt: Die API-URL muss https:// verwenden (http:// ist nur für diesen Computer erlaubt, z. B. für die Sandbox).</translation>
    </message>
    <message>
        <source>The upload link expired before the upload started.</source>
        <translation>Der Upload-Link ist abgelaufen, bevor das Hochladen begann.</translation>
    </message>
    <message>
        <source>The storage service rejected the upload link&apos;s signature (the link was altered or a signed header did not match).</source>
        <translation>Der Speicherdienst hat die Signatur des Upload-Links abgelehnt (der Link wurde verändert oder ein signierter Header stimmte nicht überein).</translation>
    </message>
    <message>
        <source>The storage service rejected the upload request.</source>
        <translation>Der Speicherdienst hat die Upload-Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The storage service is having problems (HTTP %1).</source>
        <translation>Der Speicherdienst hat Probleme (HTTP %1).</translation>
    </message>
    <message>
        <source>The storage service refused the upload (HTTP %1).</source>
        <translation>Der Speicherdienst hat das Hochladen verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>Torii rejected the request as invalid (400).</source>
        <translation>Torii hat die Anfrage als ungültig abgelehnt (400).</translation>
    </message>
    <message>
        <source>The API key is not allowed to do this (403). Use a key with full access.</source>
        <translation>Der API-Schlüssel hat dafür keine Berechtigung (403). Verwenden Sie einen Schlüssel mit Vollzugriff.</translation>
    </message>
    <message>
        <source>Torii does not know this file or app account (404). Check the app account ID.</source>
        <translation>Torii kennt diese Datei oder dieses App-Konto nicht (404). Prüfen Sie die App-Konto-ID.</translation>
    </message>
    <message>
        <source>Torii could not find what was requested (404). Check the API URL.</source>
        <translation>Torii hat das Angeforderte nicht gefunden (404). Prüfen Sie die API-URL.</translation>
    </message>
    <message>
        <source>Another sync is already running for this integration (409). Wait for it to finish.</source>
        <translation>Für diese Integration läuft bereits eine andere Synchronisierung (409). Warten Sie, bis sie beendet ist.</translation>
    </message>
    <message>
        <source>Torii&apos;s rate limit was reached (429). Try again in a minute.</source>
        <translation>Das Anfragelimit von Torii ist erreicht (429). Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Torii is having problems (HTTP %1). Try again later.</source>
        <translation>Torii hat Probleme (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Torii answered HTTP %1.</source>
        <translation>Torii hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Torii rejected the API key (401). It is wrong, expired or revoked: generate a new key under Settings &gt; API Access in Torii and save it in Torii Sync (window: Connect page; command line: &apos;key set&apos;).</source>
        <translation>Torii hat den API-Schlüssel abgelehnt (401). Er ist falsch, abgelaufen oder widerrufen: Erzeugen Sie in Torii unter Settings &gt; API Access einen neuen Schlüssel und speichern Sie ihn in Torii Sync (Fenster: Seite „Verbinden“; Befehlszeile: &apos;key set&apos;).</translation>
    </message>
</context>
<context>
    <name>ToriiJob</name>
    <message>
        <source>Cannot read the payload file %1: %2</source>
        <translation>Die Nutzdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>expected a JSON object (%1)</source>
        <translation>JSON-Objekt erwartet (%1)</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>refused to follow a redirect (HTTP %1) to a non-https address</source>
        <translation>Weiterleitung (HTTP %1) an eine Adresse ohne https nicht gefolgt</translation>
    </message>
    <message>
        <source>the answer is larger than %1 bytes; stopped reading it</source>
        <translation>die Antwort ist größer als %1 Bytes; das Lesen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ToriiSchema</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name (split)</source>
        <translation>Vollständiger Name (aufgeteilt)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>External status</source>
        <translation>Externer Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Last used date</source>
        <translation>Datum der letzten Nutzung</translation>
    </message>
    <message>
        <source>Licence name</source>
        <translation>Lizenzname</translation>
    </message>
    <message>
        <source>Licence status</source>
        <translation>Lizenzstatus</translation>
    </message>
    <message>
        <source>Unassigned licences</source>
        <translation>Nicht zugewiesene Lizenzen</translation>
    </message>
    <message>
        <source>Price per user (cents)</source>
        <translation>Preis pro Benutzer (Cent)</translation>
    </message>
</context>
<context>
    <name>UserDiff</name>
    <message>
        <source>the app account&apos;s users in Torii</source>
        <translation>den Benutzern des App-Kontos in Torii</translation>
    </message>
    <message>
        <source>the last accepted sync of this app account (local snapshot)</source>
        <translation>der letzten angenommenen Synchronisierung dieses App-Kontos (lokaler Schnappschuss)</translation>
    </message>
    <message>
        <source>nothing (the account&apos;s current users are unknown)</source>
        <translation>nichts (die aktuellen Benutzer des Kontos sind unbekannt)</translation>
    </message>
    <message numerus="yes">
        <source>+%1 added, −%2 removed, %3 deactivated, %4 reactivated, %5 unchanged, %n licence change(s)</source>
        <translation>
            <numerusform>+%1 hinzugefügt, −%2 entfernt, %3 deaktiviert, %4 reaktiviert, %5 unverändert, %n Lizenzänderung</numerusform>
            <numerusform>+%1 hinzugefügt, −%2 entfernt, %3 deaktiviert, %4 reaktiviert, %5 unverändert, %n Lizenzänderungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDiffModel</name>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Licence changed</source>
        <translation>Lizenz geändert</translation>
    </message>
    <message>
        <source>Removed or deactivated</source>
        <translation>Entfernt oder deaktiviert</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>duplicate e-mail &quot;%1&quot;: same address as line %2 (compared ignoring case and spaces); only the first is sent</source>
        <translation>doppelte E-Mail „%1“: dieselbe Adresse wie in Zeile %2 (verglichen ohne Groß-/Kleinschreibung und Leerzeichen); nur die erste wird gesendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from line %2 only by a +tag: the same person twice?</source>
        <translation>„%1“ unterscheidet sich von Zeile %2 nur durch ein +Tag: dieselbe Person doppelt?</translation>
    </message>
</context>
<context>
    <name>ValueMapEditor</name>
    <message>
        <source>Status values</source>
        <translation>Statuswerte</translation>
    </message>
    <message>
        <source>Values of “%1”. Every value has a meaning.</source>
        <translation>Werte von „%1“. Jeder Wert hat eine Bedeutung.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Meaning of %1</source>
        <translation>Bedeutung von %1</translation>
    </message>
    <message>
        <source>Unknown — choose</source>
        <translation>Unbekannt — wählen</translation>
    </message>
    <message>
        <source>Built-in: %1</source>
        <translation>Eingebaut: %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Map a column to Status to decide which of its values mean active or deleted.</source>
        <translation>Ordnen Sie „Status“ eine Spalte zu, um festzulegen, welche ihrer Werte aktiv oder gelöscht bedeuten.</translation>
    </message>
    <message>
        <source>“%1” is empty in every row: no status is sent, and Torii treats the users as active.</source>
        <translation>„%1“ ist in jeder Zeile leer: Es wird kein Status gesendet, und Torii behandelt die Benutzer als aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>Values of “%1”. %n value(s) are unknown: choose what they mean.</source>
        <translation>
            <numerusform>Werte von „%1“. %n Wert ist unbekannt: Wählen Sie, was er bedeutet.</numerusform>
            <numerusform>Werte von „%1“. %n Werte sind unbekannt: Wählen Sie, was sie bedeuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No status sent</source>
        <translation>Kein Status gesendet</translation>
    </message>
    <message>
        <source>Torii treats users without a status as active.</source>
        <translation>Torii behandelt Benutzer ohne Status als aktiv.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is an unknown status: choose what it means</source>
        <translation>„%1“ ist ein unbekannter Status: Wählen Sie, was er bedeutet</translation>
    </message>
</context>
<context>
    <name>WebhookNotifier</name>
    <message>
        <source>the webhook answered HTTP %1</source>
        <translation>der Webhook antwortete mit HTTP %1</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is too large to read as an Excel 97-2003 workbook; save it as .xlsx or CSV</source>
        <translation>%1 ist zu groß, um als Excel-97-2003-Arbeitsmappe gelesen zu werden; speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>%1 holds no Excel 97-2003 workbook: it is a password-protected/encrypted workbook or another Office document. Open it in Excel and save it without a password as .xlsx or CSV.</source>
        <translation>%1 enthält keine Excel-97-2003-Arbeitsmappe: Es ist eine kennwortgeschützte/verschlüsselte Arbeitsmappe oder ein anderes Office-Dokument. Öffnen Sie sie in Excel und speichern Sie sie ohne Kennwort als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>%1 uses a character set that cannot be read; save it as .xlsx or CSV (UTF-8)</source>
        <translation>%1 verwendet einen Zeichensatz, der nicht gelesen werden kann; speichern Sie die Datei als .xlsx oder CSV (UTF-8)</translation>
    </message>
    <message>
        <source>%1 is a damaged Excel 97-2003 workbook (FreeXL error %2); open it in Excel and save it as .xlsx or CSV</source>
        <translation>%1 ist eine beschädigte Excel-97-2003-Arbeitsmappe (FreeXL-Fehler %2); öffnen Sie sie in Excel und speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 (.xls) workbook, which this build of Torii Sync cannot read (it was built without FreeXL). Open it in Excel or LibreOffice and save it as .xlsx or CSV.</source>
        <translation>%1 ist eine alte Excel-97-2003-Arbeitsmappe (.xls), die diese Version von Torii Sync nicht lesen kann (sie wurde ohne FreeXL gebaut). Öffnen Sie sie in Excel oder LibreOffice und speichern Sie sie als .xlsx oder CSV.</translation>
    </message>
    <message>
        <source>%1 is password-protected; open it in Excel and save it without a password as .xlsx or CSV</source>
        <translation>%1 ist kennwortgeschützt; öffnen Sie die Datei in Excel und speichern Sie sie ohne Kennwort als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>%1 holds no sheets</source>
        <translation>%1 enthält keine Tabellenblätter</translation>
    </message>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 declares %2 million cells across its sheets (more than %3 million, far beyond a user export); open it in Excel and save it as .xlsx or CSV</source>
        <translation>%1 gibt in seinen Tabellenblättern %2 Millionen Zellen an (mehr als %3 Millionen, weit mehr als ein Benutzerexport); öffnen Sie die Datei in Excel und speichern Sie sie als .xlsx oder CSV</translation>
    </message>
</context>
<context>
    <name>XlsxArchive</name>
    <message>
        <source>The workbook is damaged: it is not a readable zip archive (error %1)</source>
        <translation>Die Arbeitsmappe ist beschädigt: Sie ist kein lesbares ZIP-Archiv (Fehler %1)</translation>
    </message>
    <message>
        <source>The workbook is damaged: its zip directory cannot be read (error %1)</source>
        <translation>Die Arbeitsmappe ist beschädigt: Ihr ZIP-Verzeichnis kann nicht gelesen werden (Fehler %1)</translation>
    </message>
    <message>
        <source>The workbook is incomplete: part %1 is missing</source>
        <translation>Die Arbeitsmappe ist unvollständig: Teil %1 fehlt</translation>
    </message>
    <message>
        <source>This is a password-protected/encrypted workbook; save it without a password first</source>
        <translation>Dies ist eine kennwortgeschützte/verschlüsselte Arbeitsmappe; speichern Sie sie zuerst ohne Kennwort</translation>
    </message>
    <message>
        <source>The workbook is too large: part %1 inflates to %2 MiB (limit %3 MiB in total)</source>
        <translation>Die Arbeitsmappe ist zu groß: Teil %1 wird entpackt %2 MiB groß (Grenze insgesamt %3 MiB)</translation>
    </message>
    <message>
        <source>The workbook looks like a zip bomb: part %1 compresses more than %2:1</source>
        <translation>Die Arbeitsmappe sieht wie eine ZIP-Bombe aus: Teil %1 ist stärker als %2:1 komprimiert</translation>
    </message>
    <message>
        <source>The workbook is damaged: part %1 cannot be found</source>
        <translation>Die Arbeitsmappe ist beschädigt: Teil %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>The workbook is damaged: part %1 cannot be read (error %2)</source>
        <translation>Die Arbeitsmappe ist beschädigt: Teil %1 kann nicht gelesen werden (Fehler %2)</translation>
    </message>
    <message>
        <source>The workbook is damaged or inflates beyond its declared size: part %1</source>
        <translation>Die Arbeitsmappe ist beschädigt oder wird beim Entpacken größer als angegeben: Teil %1</translation>
    </message>
</context>
<context>
    <name>XlsxSheetParser</name>
    <message>
        <source>The sheet has more than %1 rows, Excel&apos;s limit</source>
        <translation>Das Tabellenblatt hat mehr als %1 Zeilen, die Grenze von Excel</translation>
    </message>
    <message>
        <source>A row has more than %1 columns, Excel&apos;s limit</source>
        <translation>Eine Zeile hat mehr als %1 Spalten, die Grenze von Excel</translation>
    </message>
    <message>
        <source>The workbook is damaged: cell %1 refers to shared string %2, which does not exist</source>
        <translation>Die Arbeitsmappe ist beschädigt: Zelle %1 verweist auf die nicht vorhandene gemeinsame Zeichenkette %2</translation>
    </message>
    <message>
        <source>Reading was cancelled</source>
        <translation>Das Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <source>The workbook looks like a zip bomb: the sheet inflates beyond its declared size</source>
        <translation>Die Arbeitsmappe sieht wie eine ZIP-Bombe aus: Das Tabellenblatt wird beim Entpacken größer als angegeben</translation>
    </message>
    <message>
        <source>Row %1 jumps to column %2, leaving far more empty cells in the sheet than filled ones; delete the stray cells to the right of the table and save again</source>
        <translation>Zeile %1 springt zu Spalte %2 und hinterlässt im Tabellenblatt weit mehr leere als gefüllte Zellen; löschen Sie die verstreuten Zellen rechts der Tabelle und speichern Sie erneut</translation>
    </message>
    <message>
        <source>Row %1 holds more than %2 MiB of text</source>
        <translation>Zeile %1 enthält mehr als %2 MiB Text</translation>
    </message>
    <message>
        <source>The sheet&apos;s text grows beyond %1 MiB (its cells repeat long shared strings far more than a user export does)</source>
        <translation>Der Text des Tabellenblatts wächst über %1 MiB (seine Zellen wiederholen lange gemeinsame Zeichenfolgen weit öfter als ein Benutzerexport)</translation>
    </message>
    <message>
        <source>The workbook is damaged: the sheet is not valid XML (%1)</source>
        <translation>Die Arbeitsmappe ist beschädigt: Das Tabellenblatt ist kein gültiges XML (%1)</translation>
    </message>
    <message>
        <source>unexpected element</source>
        <translation>unerwartetes Element</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook&apos;s %1 declares a DTD or entities, which a genuine workbook never does; refused</source>
        <translation>%1 der Arbeitsmappe deklariert eine DTD oder Entitäten, was eine echte Arbeitsmappe nie tut; abgelehnt</translation>
    </message>
    <message>
        <source>This zip file is not an Excel workbook (xl/workbook.xml is missing); save it as .xlsx or CSV</source>
        <translation>Diese ZIP-Datei ist keine Excel-Arbeitsmappe (xl/workbook.xml fehlt); speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>The workbook has no sheets</source>
        <translation>Die Arbeitsmappe hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are too large</source>
        <translation>Die gemeinsamen Zeichenketten der Arbeitsmappe sind zu groß</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 is not valid XML (%2, line %3)</source>
        <translation>Die Arbeitsmappe ist beschädigt: %1 ist kein gültiges XML (%2, Zeile %3)</translation>
    </message>
    <message>
        <source>The workbook looks like a zip bomb: %1 inflates beyond its declared size</source>
        <translation>Die Arbeitsmappe sieht wie eine ZIP-Bombe aus: %1 wird beim Entpacken größer als angegeben</translation>
    </message>
    <message>
        <source>The workbook is damaged: %1 is not valid XML (%2)</source>
        <translation>Die Arbeitsmappe ist beschädigt: %1 ist kein gültiges XML (%2)</translation>
    </message>
    <message>
        <source>unexpected element</source>
        <translation>unerwartetes Element</translation>
    </message>
</context>
<context>
    <name>XmlScanner</name>
    <message>
        <source>it declares the encoding %1, which cannot be read</source>
        <translation>es gibt die Kodierung %1 an, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>it inflates beyond its declared size</source>
        <translation>es entpackt sich über die angegebene Größe hinaus</translation>
    </message>
    <message>
        <source>it cannot be inflated</source>
        <translation>es lässt sich nicht entpacken</translation>
    </message>
    <message>
        <source>its text is not valid in its declared encoding</source>
        <translation>sein Text ist in der angegebenen Kodierung ungültig</translation>
    </message>
    <message>
        <source>it holds a single element or text of more than %1 MiB</source>
        <translation>es enthält ein einzelnes Element oder einen Text von mehr als %1 MiB</translation>
    </message>
    <message>
        <source>premature end of document</source>
        <translation>vorzeitiges Ende des Dokuments</translation>
    </message>
    <message>
        <source>extra content at end of document</source>
        <translation>zusätzlicher Inhalt am Ende des Dokuments</translation>
    </message>
    <message>
        <source>start tag expected</source>
        <translation>Start-Tag erwartet</translation>
    </message>
    <message>
        <source>opening and ending tag mismatch</source>
        <translation>öffnendes und schließendes Tag passen nicht zusammen</translation>
    </message>
    <message>
        <source>character data outside the document element</source>
        <translation>Zeichendaten außerhalb des Dokumentelements</translation>
    </message>
    <message>
        <source>it declares a DTD or entities</source>
        <translation>es deklariert eine DTD oder Entitäten</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>ein Tag hat keinen Namen</translation>
    </message>
    <message>
        <source>incorrectly encoded content or a forbidden character</source>
        <translation>falsch kodierter Inhalt oder ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>an entity reference is not terminated</source>
        <translation>ein Entitätsverweis ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>a character reference names an invalid character</source>
        <translation>ein Zeichenverweis nennt ein ungültiges Zeichen</translation>
    </message>
    <message>
        <source>it uses an undeclared entity</source>
        <translation>es verwendet eine nicht deklarierte Entität</translation>
    </message>
    <message>
        <source>an attribute value contains &apos;&lt;&apos;</source>
        <translation>ein Attributwert enthält „&lt;“</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Torii Sync</source>
        <translation>Torii Sync</translation>
    </message>
    <message>
        <source>Sync a SaaS application&apos;s user export into Torii.</source>
        <translation>Den Benutzerexport einer SaaS-Anwendung mit Torii synchronisieren.</translation>
    </message>
    <message>
        <source>Start with the built-in sandbox (offline).</source>
        <translation>Mit der eingebauten Sandbox starten (offline).</translation>
    </message>
    <message>
        <source>A user export to load (CSV, TSV, XLSX, ODS, XLS, JSON).</source>
        <translation>Ein zu ladender Benutzerexport (CSV, TSV, XLSX, ODS, XLS, JSON).</translation>
    </message>
</context>
</TS>
