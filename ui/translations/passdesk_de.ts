<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>passdesk::ui::DayModel</name>
    <message>
        <location filename="../OwnerView.cpp" line="+62"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check ID</source>
        <translation>Ausweis prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown issuer</source>
        <translation>Unbekannter Aussteller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery</source>
        <translation>Genesung</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not verified)</source>
        <translation>%1 (nicht verifiziert)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not verified: %1</source>
        <translation>Nicht verifiziert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (contact logging)</source>
        <translation>Name (Kontaktdatenerfassung)</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ExportDialog</name>
    <message>
        <location filename="../report/ExportDialog.cpp" line="+23"/>
        <source>Export a report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF for printing (with its signed bundle)</source>
        <translation>PDF zum Drucken (mit signiertem Paket)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets</source>
        <translation>CSV für Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed evidence bundle (for inspectors)</source>
        <translation>Signiertes Nachweispaket (für Prüfer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The end of the period is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting...</source>
        <translation>Wird exportiert...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %1 (%n visit(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Besuch).</numerusform>
            <numerusform>%1 gespeichert (%n Besuche).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest: %1</source>
        <translation>Prüfsumme: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the visitor log fails its tamper check: %1</source>
        <translation>Warnung: Das Besucherprotokoll besteht die Manipulationsprüfung nicht: %1</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::FirstRunWizard</name>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="+43"/>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECK ID</source>
        <translation>AUSWEIS PRÜFEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN ISSUER</source>
        <translation>UNBEKANNTER AUSSTELLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNREADABLE</source>
        <translation>NICHT LESBAR</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Your venue</source>
        <translation>Ihr Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports for inspectors print these details.</source>
        <translation>Berichte für Prüfer enthalten diese Angaben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN guards the visitor log, exports and settings. Staff at the counter do not need it.</source>
        <translation>Die PIN schützt Besucherprotokoll, Exporte und Einstellungen. Das Personal am Einlass braucht sie nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An owner PIN is already set. Leave the fields empty to keep it.</source>
        <translation>Eine Inhaber-PIN ist bereits gesetzt. Lassen Sie die Felder leer, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN (at least 6 characters)</source>
        <translation>PIN (mindestens 6 Zeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The visitor log cannot be opened: %1</source>
        <translation>Das Besucherprotokoll kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>Die PIN muss mindestens 6 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the counter accepts. You can change it later in the Owner menu.</source>
        <translation>Was am Einlass akzeptiert wird. Sie können es später im Menü Inhaber ändern.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A genuine, current certificate admits.</source>
        <translation>Ein echtes, gültiges Zertifikat berechtigt zum Einlass.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also ask staff to compare every certificate with an ID card</source>
        <translation>Das Personal soll außerdem jedes Zertifikat mit einem Ausweis vergleichen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>Trust list</source>
        <translation>Vertrauensliste</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>PassDesk checks signatures against the keys of trusted issuers. Without a trust list, every certificate shows UNKNOWN ISSUER.</source>
        <translation>PassDesk prüft Signaturen anhand der Schlüssel vertrauenswürdiger Aussteller. Ohne Vertrauensliste zeigt jedes Zertifikat UNBEKANNTER AUSSTELLER.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the demo set (TEST ONLY: for trying PassDesk with the demo footage)</source>
        <translation>Demo-Satz verwenden (NUR ZUM TESTEN: um PassDesk mit den Demo-Aufnahmen auszuprobieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file</source>
        <translation>Datei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch from an address (HTTPS), checked before use</source>
        <translation>Von einer Adresse laden (HTTPS), vor der Verwendung geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This file cannot be used: %1</source>
        <translation>Diese Datei kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address must start with https://</source>
        <translation>Die Adresse muss mit https:// beginnen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Camera test</source>
        <translation>Kameratest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold a certificate&apos;s QR code to the camera. The first code read is checked here; nothing is logged.</source>
        <translation>Halten Sie den QR-Code eines Zertifikats vor die Kamera. Der erste gelesene Code wird hier geprüft; nichts wird protokolliert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test scan</source>
        <translation>&amp;Testscan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Test scan.</source>
        <translation>Drücken Sie auf Testscan.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Looking for a QR code...</source>
        <translation>Suche nach einem QR-Code...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name not verified</source>
        <translation>Name nicht verifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read: %1 - %2</source>
        <translation>Gelesen: %1 - %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the visitor log keeps, and for how long.</source>
        <translation>Was das Besucherprotokoll speichert und wie lange.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo set (TEST ONLY)</source>
        <translation>Demo-Satz (NUR ZUM TESTEN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PassDesk is set up for %1.

Trust list: %2
Visits kept for %3 days; names %4.

Run this set-up again from the Owner menu.</source>
        <translation>PassDesk ist für %1 eingerichtet.

Vertrauensliste: %2
Besuche werden %3 Tage aufbewahrt; Namen %4.

Diese Einrichtung kann im Menü Inhaber erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>logged</source>
        <translation>werden protokolliert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not logged</source>
        <translation>werden nicht protokolliert</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertigstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::HourlyChart</name>
    <message>
        <location filename="../OwnerView.cpp" line="+9"/>
        <source>Visits per hour</source>
        <translation>Besuche pro Stunde</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Admitted (valid, check ID)</source>
        <translation>Eingelassen (gültig, Ausweis prüfen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:00-%2:00: %3 admitted, %4 refused</source>
        <translation>%1:00-%2:00: %3 eingelassen, %4 abgewiesen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 visits: %2 admitted, %3 refused.</source>
        <translation>%1 Besuche: %2 eingelassen, %3 abgewiesen.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::InspectorWindow</name>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="+28"/>
        <source>PassDesk - inspector</source>
        <translation>PassDesk - Prüfer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open a bundle...</source>
        <translation>Paket ö&amp;ffnen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>No bundle open</source>
        <translation>Kein Paket geöffnet</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>device key from the paper report (optional)</source>
        <translation>Geräteschlüssel aus dem Papierbericht (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printable PDF...</source>
        <translation>&amp;Druckbares PDF...</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open an evidence bundle</source>
        <translation>Nachweispaket öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PassDesk evidence bundles (*.bundle);;All files (*)</source>
        <translation>PassDesk-Nachweispakete (*.bundle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait for the check to end.</source>
        <translation>Warten Sie, bis die Prüfung beendet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an authentic bundle is printed.</source>
        <translation>Nur ein echtes Paket wird gedruckt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+111"/>
        <source>The printable PDF could not be written: %1</source>
        <translation>Das druckbare PDF konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Writing the printable PDF...</source>
        <translation>Das druckbare PDF wird geschrieben...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printable PDF cancelled: nothing was written.</source>
        <translation>Druckbares PDF abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot save %1</source>
        <translation>%1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printable PDF saved: %1</source>
        <translation>Druckbares PDF gespeichert: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open an evidence bundle to check it</source>
        <translation>Öffnen Sie ein Nachweispaket, um es zu prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking...</source>
        <translation>Wird geprüft...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AUTHENTIC</source>
        <translation>ECHT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALTERED: %1</source>
        <translation>VERÄNDERT: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s contents could not be read.</source>
        <translation>Der Inhalt der Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2), %3
Period %4 to %5 - %6 visits: %7
Digest %8
Device key %9</source>
        <translation>%1 (%2), %3
Zeitraum %4 bis %5 - %6 Besuche: %7
Prüfsumme %8
Geräteschlüssel %9</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n outage window(s), unable to check for %1 (overlaps counted once)</source>
        <translation>
            <numerusform>%n Ausfallzeitraum, Prüfung für %1 nicht möglich (Überschneidungen einmal gezählt)</numerusform>
            <numerusform>%n Ausfallzeiträume, Prüfung für %1 nicht möglich (Überschneidungen einmal gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (manual)</source>
        <translation> (manuell)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No outages recorded in this period</source>
        <translation>In diesem Zeitraum wurden keine Ausfälle erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="+140"/>
        <source>Scanner input that is not a certificate was ignored (nothing was typed).</source>
        <translation>Eine Scanner-Eingabe, die kein Zertifikat ist, wurde ignoriert (nichts wurde eingegeben).</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Settings could not be saved: %1</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start-at-login entry could not be written: %1</source>
        <translation>Der Autostart-Eintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>&amp;Counter</source>
        <translation>&amp;Einlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter certificate text...</source>
        <translation>Zertifikats&amp;text eingeben...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear verdict</source>
        <translation>Ergebnis &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in staff...</source>
        <translation>Personal an&amp;melden...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record an &amp;outage...</source>
        <translation>&amp;Ausfall erfassen...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit with an &amp;exemption</source>
        <translation>Mit einer Ausnahme ein&amp;lassen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner</source>
        <translation>&amp;Inhaber</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review the visitor log...</source>
        <translation>Besucherprotokoll &amp;durchsehen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export a report...</source>
        <translation>Bericht e&amp;xportieren...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the first-run &amp;set-up again...</source>
        <translation>&amp;Ersteinrichtung erneut ausführen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inspector</source>
        <translation>&amp;Prüfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check a report bundle...</source>
        <translation>Berichts&amp;paket prüfen...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to %1</source>
        <translation>Wechseln zu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PassDesk - counter</source>
        <translation>PassDesk - Einlass</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visitor log error: %1. Verdicts are not shown until the log works again.</source>
        <translation>Fehler im Besucherprotokoll: %1. Ergebnisse werden erst wieder angezeigt, wenn das Protokoll funktioniert.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Enter certificate text</source>
        <translation>Zertifikatstext eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the text of the QR code (HC1:... or shc:/...):</source>
        <translation>Fügen Sie den Text des QR-Codes ein (HC1:... oder shc:/...):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Camera: %1 starting</source>
        <translation>Kamera: %1 wird gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: %1 live</source>
        <translation>Kamera: %1 aktiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: %1 DISCONNECTED</source>
        <translation>Kamera: %1 GETRENNT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera disconnected. Plug it back in; PassDesk reconnects by itself.</source>
        <translation>Kamera getrennt. Schließen Sie sie wieder an; PassDesk verbindet sich von selbst neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: %1 ended</source>
        <translation>Kamera: %1 beendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera: none</source>
        <translation>Kamera: keine</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its key file (.key) is missing, for example after a restore from a backup</source>
        <translation>seine Schlüsseldatei (.key) fehlt, zum Beispiel nach einer Wiederherstellung aus einer Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or is not a PassDesk visitor log</source>
        <translation>die Datei ist beschädigt oder kein PassDesk-Besucherprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor log could not be read: %1. It was moved aside to %2 (nothing was deleted) and a new log was started. The owner must acknowledge this.</source>
        <translation>Das Besucherprotokoll konnte nicht gelesen werden: %1. Es wurde nach %2 verschoben (nichts wurde gelöscht) und ein neues Protokoll begonnen. Der Inhaber muss dies bestätigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner: acknowledge...</source>
        <translation>Inhaber: bestätigen...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today: %1 admitted, %2 refused</source>
        <translation>Heute: %1 eingelassen, %2 abgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not logged)</source>
        <translation> (nicht protokolliert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (LOG ERROR)</source>
        <translation> (PROTOKOLLFEHLER)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner: %1 connected</source>
        <translation>Scanner: %1 verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner: %1 not connected (%2)</source>
        <translation>Scanner: %1 nicht verbunden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + ID check</source>
        <translation> + Ausweiskontrolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (not in force on this date)</source>
        <translation> (an diesem Datum nicht in Kraft)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff: not signed in</source>
        <translation>Personal: nicht angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff: %1</source>
        <translation>Personal: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust list: NOT LOADED (%1)</source>
        <translation>Vertrauensliste: NICHT GELADEN (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust list: none</source>
        <translation>Vertrauensliste: keine</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Trust list: updated %n day(s) ago</source>
        <translation>
            <numerusform>Vertrauensliste: vor %n Tag aktualisiert</numerusform>
            <numerusform>Vertrauensliste: vor %n Tagen aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> - last update refused (%1); the previous list stays in use</source>
        <translation> - letzte Aktualisierung abgelehnt (%1); die bisherige Liste bleibt in Gebrauch</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OutageDialog</name>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="+15"/>
        <source>Record an outage</source>
        <translation>Ausfall erfassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a period when certificates could not be checked, for example a power cut or the national system being down. It goes into the evidence journal marked as entered by staff.</source>
        <translation>Erfassen Sie einen Zeitraum, in dem keine Zertifikate geprüft werden konnten, zum Beispiel einen Stromausfall oder einen Ausfall des nationalen Systems. Er wird im Nachweisjournal als vom Personal eingetragen vermerkt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What happened (required)</source>
        <translation>Was ist passiert (Pflichtfeld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The end is before the start.</source>
        <translation>Das Ende liegt vor dem Beginn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what happened.</source>
        <translation>Beschreiben Sie, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OwnerView</name>
    <message>
        <location filename="../OwnerView.cpp" line="+154"/>
        <source>PassDesk - owner&apos;s review</source>
        <translation>PassDesk - Durchsicht des Inhabers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt; Previous day</source>
        <translation>&lt; Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day &gt;</source>
        <translation>Nächster Tag &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All verdicts</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hour filter</source>
        <translation>Stundenfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours</source>
        <translation>Alle Stunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff filter</source>
        <translation>Personalfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence timeline</source>
        <translation>Nachweis-Zeitleiste</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Camera disconnected</source>
        <translation>Kamera getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barcode scanner disconnected</source>
        <translation>Barcodescanner getrennt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera read no code for a long time</source>
        <translation>Kamera hat lange keinen Code gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PassDesk was not running (unclean end)</source>
        <translation>PassDesk lief nicht (nicht ordnungsgemäß beendet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clock jumped</source>
        <translation>Die Uhr ist gesprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The visitor log could not be written</source>
        <translation>Das Besucherprotokoll konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unreadable visitor log was moved aside</source>
        <translation>Ein unlesbares Besucherprotokoll wurde verschoben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust list out of date</source>
        <translation>Vertrauensliste veraltet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online service unreachable</source>
        <translation>Online-Dienst nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outage recorded by staff</source>
        <translation>Ausfall vom Personal erfasst</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All staff</source>
        <translation>Alle Mitarbeiter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old log was moved aside to %1 (nothing was deleted) and a new log was started.</source>
        <translation>Das alte Protokoll wurde nach %1 verschoben (nichts wurde gelöscht) und ein neues Protokoll begonnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (manual)</source>
        <translation> (manuell)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No outages recorded this day</source>
        <translation>An diesem Tag wurden keine Ausfälle erfasst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 visits shown, %3 admitted, %4 refused</source>
        <translation>%1: %2 Besuche angezeigt, %3 eingelassen, %4 abgewiesen</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PinDialog</name>
    <message>
        <location line="-248"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the owner&apos;s PIN (at least 6 characters). It guards the log, exports and settings.</source>
        <translation>Wählen Sie die PIN des Inhabers (mindestens 6 Zeichen). Sie schützt Protokoll, Exporte und Einstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>Geben Sie die PIN des Inhabers ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner PIN</source>
        <translation>Inhaber-PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner PIN again</source>
        <translation>Inhaber-PIN wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two PINs differ.</source>
        <translation>Die beiden PINs stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>Die PIN muss mindestens 6 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong PINs: %1.</source>
        <translation>Zu viele falsche PINs: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN: %1.</source>
        <translation>Falsche PIN: %1.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PrivacyForm</name>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="+14"/>
        <source>Each visit is kept for this many days and then deleted for good. The daily counts stay, without anything about the person. Korean guidance in 2021 was four weeks (28 days).</source>
        <translation>Jeder Besuch wird so viele Tage aufbewahrt und dann endgültig gelöscht. Die Tageszahlen bleiben, ohne Angaben zur Person. Die koreanischen Vorgaben von 2021 sahen vier Wochen (28 Tage) vor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep visits for</source>
        <translation>Besuche aufbewahren für</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log names and birth dates (contact logging)</source>
        <translation>Namen und Geburtsdaten protokollieren (Kontaktdatenerfassung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: the log keeps only the time, the verdict, the kind of certificate and a coded fingerprint of it, so nobody can read who visited. Turn it on only if the authorities require a visitor list for contact tracing; names are then deleted with the visit after the period above.</source>
        <translation>Aus: Das Protokoll speichert nur Uhrzeit, Ergebnis, Art des Zertifikats und einen verschlüsselten Fingerabdruck davon, sodass niemand lesen kann, wer da war. Schalten Sie es nur ein, wenn die Behörden eine Besucherliste zur Kontaktnachverfolgung verlangen; die Namen werden dann nach dem obigen Zeitraum mit dem Besuch gelöscht.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ScanWorker</name>
    <message>
        <location filename="../ScanWorker.cpp" line="+159"/>
        <source>the visitor log is not open</source>
        <translation>das Besucherprotokoll ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the outage is before its start</source>
        <translation>das Ende des Ausfalls liegt vor seinem Beginn</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::SerialScanner</name>
    <message>
        <location filename="../SerialScanner.cpp" line="+36"/>
        <source>the device is gone</source>
        <translation>das Gerät ist nicht mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::SettingsDialog</name>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="+45"/>
        <source>Demo footage (no camera)</source>
        <translation>Demo-Aufnahmen (keine Kamera)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (camera %2)</source>
        <translation>%1 (Kamera %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Counter</source>
        <translation>&amp;Einlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>&amp;Personal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visitor log</source>
        <translation>&amp;Besucherprotokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V&amp;enue</source>
        <translation>&amp;Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rust list</source>
        <translation>&amp;Vertrauensliste</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Policy</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as the policy says</source>
        <translation>wie in den Regeln festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born in or after </source>
        <translation>geboren ab </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minors exempt</source>
        <translation>Minderjährige befreit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (first camera, else the demo)</source>
        <translation>Automatisch (erste Kamera, sonst die Demo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (not connected)</source>
        <translation> (nicht verbunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB serial scanner</source>
        <translation>USB-Seriell-Scanner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the next scan</source>
        <translation>bis zum nächsten Scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict stays up for</source>
        <translation>Ergebnis bleibt sichtbar für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sound for each verdict</source>
        <translation>Ein Ton für jedes Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then say the verdict, in the window&apos;s language</source>
        <translation>Danach das Ergebnis ansagen, in der Sprache des Fensters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast (black background, larger text)</source>
        <translation>Hoher Kontrast (schwarzer Hintergrund, größere Schrift)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start PassDesk full screen when this computer&apos;s user logs in (counter PC)</source>
        <translation>PassDesk im Vollbild starten, wenn sich der Benutzer dieses Computers anmeldet (Einlass-PC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask staff to check ID for every valid certificate</source>
        <translation>Personal soll bei jedem gültigen Zertifikat den Ausweis prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same certificate again within</source>
        <translation>Dasselbe Zertifikat erneut innerhalb von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &quot;camera reads nothing&quot; after</source>
        <translation>„Kamera liest nichts“ erfassen nach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff sign in at the counter (Counter menu, Ctrl+I); each visit is logged with their name.</source>
        <translation>Das Personal meldet sich am Einlass an (Menü Einlass, Strg+I); jeder Besuch wird mit seinem Namen protokolliert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add staff</source>
        <translation>Mitarbeiter hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none: the demo set with the demo footage</source>
        <translation>keine: der Demo-Satz mit den Demo-Aufnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust list file</source>
        <translation>Datei der Vertrauensliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust list</source>
        <translation>Vertrauensliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust lists (*.json *.pem *.der *.crt);;All files (*)</source>
        <translation>Vertrauenslisten (*.json *.pem *.der *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update from (HTTPS)</source>
        <translation>Aktualisieren von (HTTPS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list signer&apos;s public key or certificate (PEM)</source>
        <translation>öffentlicher Schlüssel oder Zertifikat des Listen-Signierers (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned signing key</source>
        <translation>Festgelegter Signaturschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for a server with its own certificate authority</source>
        <translation>nur für einen Server mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server CA (PEM)</source>
        <translation>Server-CA (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new trust list file applies the next time PassDesk starts; the address is fetched at once and every 6 hours. Updates are checked before use; a bad download never replaces a good list.</source>
        <translation>Eine neue Datei der Vertrauensliste gilt ab dem nächsten Start von PassDesk; die Adresse wird sofort und dann alle 6 Stunden abgerufen. Aktualisierungen werden vor der Verwendung geprüft; ein fehlerhafter Download ersetzt nie eine gute Liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The trust list address must start with https://</source>
        <translation>Die Adresse der Vertrauensliste muss mit https:// beginnen</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::StaffDialog</name>
    <message>
        <location filename="../settings/StaffDialog.cpp" line="+13"/>
        <source>Sign in staff</source>
        <translation>Personal anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is at the counter? Every visit from now on is logged with this name.</source>
        <translation>Wer steht am Einlass? Jeder Besuch ab jetzt wird mit diesem Namen protokolliert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VenueForm</name>
    <message>
        <location filename="../settings/VenueForm.cpp" line="+42"/>
        <source>Venue name</source>
        <translation>Name des Betriebs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business registration number</source>
        <translation>Geschäftsregistrierungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility type</source>
        <translation>Art des Betriebs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the venue&apos;s name; reports print it.</source>
        <translation>Geben Sie den Namen des Betriebs ein; Berichte enthalten ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A business registration number has ten digits (000-00-00000).</source>
        <translation>Eine Geschäftsregistrierungsnummer hat zehn Ziffern (000-00-00000).</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VerdictPanel</name>
    <message>
        <location filename="../VerdictPanel.cpp" line="+60"/>
        <source>vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery</source>
        <translation>Genesung</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your QR code to the camera</source>
        <translation>Zeigen Sie Ihren QR-Code der Kamera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict: ready for the next customer</source>
        <translation>Ergebnis: bereit für den nächsten Gast</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VALID</source>
        <translation>GÜLTIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECK ID</source>
        <translation>AUSWEIS PRÜFEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN ISSUER</source>
        <translation>UNBEKANNTER AUSSTELLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNREADABLE</source>
        <translation>NICHT LESBAR</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Born %1</source>
        <translation>Geboren %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not shown: not verified (typed by whoever made this code)</source>
        <translation>Name nicht angezeigt: nicht verifiziert (eingegeben von dem, der diesen Code erstellt hat)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate genuine and current</source>
        <translation>Zertifikat echt und gültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First admitted at %1.</source>
        <translation>Erster Einlass um %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the name and birth date with an ID card</source>
        <translation>Name und Geburtsdatum mit einem Ausweis vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoked by: %1</source>
        <translation>Widerrufen von: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a certificate PassDesk can read</source>
        <translation>Dies ist kein Zertifikat, das PassDesk lesen kann</translation>
    </message>
</context>
</TS>
