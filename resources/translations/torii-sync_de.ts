<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectPage</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Choose where to sync.</source>
        <translation>Wählen Sie das Ziel der Synchronisierung.</translation>
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
    <name>HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Past runs.</source>
        <translation>Frühere Läufe.</translation>
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
    <name>LoadPage</name>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Drop a user export anywhere on this window, or choose one. CSV, TSV, Excel &quot;Unicode Text&quot; and XLSX files from any admin console are read as they are.</source>
        <translation>Ziehen Sie einen Benutzerexport an eine beliebige Stelle dieses Fensters oder wählen Sie eine Datei aus. CSV-, TSV-, Excel-„Unicode-Text“- und XLSX-Dateien aus jeder Verwaltungskonsole werden unverändert gelesen.</translation>
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
        <source>&lt;b&gt;Drop an export here&lt;/b&gt;&lt;br&gt;Google Workspace, Microsoft 365, Okta, Slack, Zoom or any CSV/XLSX user list</source>
        <translation>&lt;b&gt;Export hier ablegen&lt;/b&gt;&lt;br&gt;Google Workspace, Microsoft 365, Okta, Slack, Zoom oder jede CSV-/XLSX-Benutzerliste</translation>
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
        <source>User exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Benutzerexporte (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
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
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 rows, %3 columns · %4 · header on row %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 Zeilen, %3 Spalten · %4 · Kopfzeile in Zeile %5</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Files you open appear here.</source>
        <translation>Hier erscheinen die Dateien, die Sie öffnen.</translation>
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
        <source>About Torii Sync</source>
        <translation>Über Torii Sync</translation>
    </message>
    <message>
        <source>Torii Sync %1

Syncs a SaaS application&apos;s user export into Torii as a custom integration.</source>
        <translation>Torii Sync %1

Synchronisiert den Benutzerexport einer SaaS-Anwendung als benutzerdefinierte Integration mit Torii.</translation>
    </message>
    <message>
        <source>Open a user export</source>
        <translation>Benutzerexport öffnen</translation>
    </message>
    <message>
        <source>User exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Benutzerexporte (*.csv *.tsv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Match columns to Torii fields.</source>
        <translation>Spalten den Torii-Feldern zuordnen.</translation>
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
    <name>Preset</name>
    <message>
        <source>&quot;%1.extract&quot;: unknown value &quot;%2&quot; (known: primarySmtp)</source>
        <translation>„%1.extract“: unbekannter Wert „%2“ (bekannt: primarySmtp)</translation>
    </message>
    <message>
        <source>&quot;%1.dateOrder&quot;: unknown value &quot;%2&quot; (auto, DMY, MDY, YMD)</source>
        <translation>„%1.dateOrder“: unbekannter Wert „%2“ (auto, DMY, MDY, YMD)</translation>
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
    <name>PreviewModel</name>
    <message>
        <source>(extra %1)</source>
        <translation>(zusätzlich %1)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check what will be sent.</source>
        <translation>Prüfen, was gesendet wird.</translation>
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
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>Send the users to Torii.</source>
        <translation>Die Benutzer an Torii senden.</translation>
    </message>
</context>
<context>
    <name>SyncPipeline</name>
    <message>
        <source>Cannot read the payload file %1: %2</source>
        <translation>Die Nutzdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SyncStage</name>
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
        <source>Row has %1 cells, the header has %2: missing cells are empty</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile %2: fehlende Zellen bleiben leer</translation>
    </message>
    <message>
        <source>Row has %1 cells, the header has %2: the extra cells are kept</source>
        <translation>Die Zeile hat %1 Zellen, die Kopfzeile %2: die zusätzlichen Zellen bleiben erhalten</translation>
    </message>
    <message>
        <source>... and %1 more rows with a different number of cells</source>
        <translation>... und %1 weitere Zeilen mit abweichender Zellenzahl</translation>
    </message>
    <message>
        <source>Blank row skipped</source>
        <translation>Leere Zeile übersprungen</translation>
    </message>
    <message>
        <source>... and %1 more blank rows</source>
        <translation>... und %1 weitere leere Zeilen</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>Reading is not implemented yet</source>
        <translation>Das Lesen ist noch nicht implementiert</translation>
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
        <source>Torii rejected the API key (401). It is wrong, expired or revoked: generate a new key under Settings &gt; API Access and store it with &apos;key set&apos;.</source>
        <translation>Torii hat den API-Schlüssel abgelehnt (401). Er ist falsch, abgelaufen oder widerrufen: Erzeugen Sie unter Settings &gt; API Access einen neuen Schlüssel und speichern Sie ihn mit „key set“.</translation>
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
</context>
<context>
    <name>ToriiJob</name>
    <message>
        <source>Cannot read the payload file %1: %2</source>
        <translation>Die Nutzdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refused to follow a redirect (HTTP %1).</source>
        <translation>Einer Weiterleitung wurde nicht gefolgt (HTTP %1).</translation>
    </message>
    <message>
        <source>expected a JSON object (%1)</source>
        <translation>JSON-Objekt erwartet (%1)</translation>
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
        <source>A user export to load (CSV, TSV, XLSX).</source>
        <translation>Ein zu ladender Benutzerexport (CSV, TSV, XLSX).</translation>
    </message>
</context>
</TS>
