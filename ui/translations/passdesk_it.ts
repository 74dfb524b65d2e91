<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>passdesk::ui::DayModel</name>
    <message>
        <location filename="../OwnerView.cpp" line="+62"/>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check ID</source>
        <translation>Controllare documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid</source>
        <translation>Non valido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown issuer</source>
        <translation>Emittente sconosciuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable</source>
        <translation>Illeggibile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vaccination</source>
        <translation>Vaccinazione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery</source>
        <translation>Guarigione</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>not verified</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (not verified)</source>
        <translation>%1 (non verificato)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not verified: %1</source>
        <translation>Non verificato: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input</source>
        <translation>Ingresso dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (contact logging)</source>
        <translation>Nome (registrazione contatti)</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ExportDialog</name>
    <message>
        <location filename="../report/ExportDialog.cpp" line="+23"/>
        <source>Export a report</source>
        <translation>Esporta un rapporto</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>PDF for printing (with its signed bundle)</source>
        <translation>PDF da stampare (con il suo pacchetto firmato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for spreadsheets</source>
        <translation>CSV per fogli di calcolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed evidence bundle (for inspectors)</source>
        <translation>Pacchetto di prove firmato (per gli ispettori)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the report</source>
        <translation>Salva il rapporto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The end of the period is before its start.</source>
        <translation>La fine del periodo è precedente all&apos;inizio.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Exporting...</source>
        <translation>Esportazione in corso...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The report could not be written: %1</source>
        <translation>Impossibile scrivere il rapporto: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %1 (%n visit(s)).</source>
        <translation>
            <numerusform>%1 salvato (%n visita).</numerusform>
            <numerusform>%1 salvato (%n visite).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest: %1</source>
        <translation>Impronta: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: the visitor log fails its tamper check: %1</source>
        <translation>Attenzione: il registro visitatori non supera il controllo di integrità: %1</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::FirstRunWizard</name>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="+43"/>
        <source>VALID</source>
        <translation>VALIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECK ID</source>
        <translation>CONTROLLARE DOCUMENTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID</source>
        <translation>NON VALIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN ISSUER</source>
        <translation>EMITTENTE SCONOSCIUTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNREADABLE</source>
        <translation>ILLEGGIBILE</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Your venue</source>
        <translation>Il vostro locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports for inspectors print these details.</source>
        <translation>I rapporti per gli ispettori riportano questi dati.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Owner PIN</source>
        <translation>PIN del titolare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PIN guards the visitor log, exports and settings. Staff at the counter do not need it.</source>
        <translation>Il PIN protegge il registro visitatori, le esportazioni e le impostazioni. Il personale all&apos;ingresso non ne ha bisogno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An owner PIN is already set. Leave the fields empty to keep it.</source>
        <translation>Un PIN del titolare è già impostato. Lasciare i campi vuoti per mantenerlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PIN (at least 6 characters)</source>
        <translation>PIN (almeno 6 caratteri)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The visitor log cannot be opened: %1</source>
        <translation>Impossibile aprire il registro visitatori: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>Il PIN deve avere almeno 6 caratteri.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Policy</source>
        <translation>Regole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the counter accepts. You can change it later in the Owner menu.</source>
        <translation>Che cosa si accetta all&apos;ingresso. Si può cambiare in seguito dal menu Titolare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A genuine, current certificate admits.</source>
        <translation>Un certificato autentico e in corso di validità consente l&apos;ingresso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also ask staff to compare every certificate with an ID card</source>
        <translation>Chiedere inoltre al personale di confrontare ogni certificato con un documento d&apos;identità</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+34"/>
        <source>Trust list</source>
        <translation>Elenco di fiducia</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>PassDesk checks signatures against the keys of trusted issuers. Without a trust list, every certificate shows UNKNOWN ISSUER.</source>
        <translation>PassDesk verifica le firme con le chiavi degli emittenti affidabili. Senza un elenco di fiducia, ogni certificato risulta EMITTENTE SCONOSCIUTO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the demo set (TEST ONLY: for trying PassDesk with the demo footage)</source>
        <translation>Usa il set dimostrativo (SOLO PROVA: per provare PassDesk con le riprese dimostrative)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a file</source>
        <translation>Importa un file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch from an address (HTTPS), checked before use</source>
        <translation>Scarica da un indirizzo (HTTPS), verificato prima dell&apos;uso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This file cannot be used: %1</source>
        <translation>Questo file non è utilizzabile: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address must start with https://</source>
        <translation>L&apos;indirizzo deve iniziare con https://</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Camera test</source>
        <translation>Prova della telecamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hold a certificate&apos;s QR code to the camera. The first code read is checked here; nothing is logged.</source>
        <translation>Avvicinare alla telecamera il codice QR di un certificato. Il primo codice letto viene verificato qui; nulla viene registrato.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test scan</source>
        <translation>Scansione di &amp;prova</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Telecamera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Test scan.</source>
        <translation>Premere Scansione di prova.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Looking for a QR code...</source>
        <translation>Ricerca di un codice QR...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name not verified</source>
        <translation>nome non verificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read: %1 - %2</source>
        <translation>Letto: %1 - %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the visitor log keeps, and for how long.</source>
        <translation>Che cosa conserva il registro visitatori, e per quanto tempo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo set (TEST ONLY)</source>
        <translation>set dimostrativo (SOLO PROVA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PassDesk is set up for %1.

Trust list: %2
Visits kept for %3 days; names %4.

Run this set-up again from the Owner menu.</source>
        <translation>PassDesk è configurato per %1.

Elenco di fiducia: %2
Visite conservate per %3 giorni; nomi %4.

È possibile ripetere questa configurazione dal menu Titolare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>logged</source>
        <translation>registrati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not logged</source>
        <translation>non registrati</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avanti &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Indietro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::HourlyChart</name>
    <message>
        <location filename="../OwnerView.cpp" line="+9"/>
        <source>Visits per hour</source>
        <translation>Visite per ora</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Admitted (valid, check ID)</source>
        <translation>Ammessi (validi, controllo documento)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Respinti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:00-%2:00: %3 admitted, %4 refused</source>
        <translation>%1:00-%2:00: %3 ammessi, %4 respinti</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 visits: %2 admitted, %3 refused.</source>
        <translation>%1 visite: %2 ammessi, %3 respinti.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::InspectorWindow</name>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="+28"/>
        <source>PassDesk - inspector</source>
        <translation>PassDesk - ispettore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open a bundle...</source>
        <translation>&amp;Apri un pacchetto...</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+191"/>
        <source>No bundle open</source>
        <translation>Nessun pacchetto aperto</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>device key from the paper report (optional)</source>
        <translation>chiave del dispositivo dal rapporto cartaceo (facoltativa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Printable PDF...</source>
        <translation>&amp;PDF stampabile...</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open an evidence bundle</source>
        <translation>Apri un pacchetto di prove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PassDesk evidence bundles (*.bundle);;All files (*)</source>
        <translation>Pacchetti di prove PassDesk (*.bundle);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking %1...</source>
        <translation>Verifica di %1 in corso...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wait for the check to end.</source>
        <translation>Attendere la fine della verifica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only an authentic bundle is printed.</source>
        <translation>Si stampa solo un pacchetto autentico.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+111"/>
        <source>The printable PDF could not be written: %1</source>
        <translation>Impossibile scrivere il PDF stampabile: %1</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Writing the printable PDF...</source>
        <translation>Scrittura del PDF stampabile...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printable PDF cancelled: nothing was written.</source>
        <translation>PDF stampabile annullato: non è stato scritto nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check cancelled.</source>
        <translation>Verifica annullata.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot save %1</source>
        <translation>impossibile salvare %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Printable PDF saved: %1</source>
        <translation>PDF stampabile salvato: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open an evidence bundle to check it</source>
        <translation>Aprire un pacchetto di prove per verificarlo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking...</source>
        <translation>Verifica in corso...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AUTHENTIC</source>
        <translation>AUTENTICO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ALTERED: %1</source>
        <translation>ALTERATO: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s contents could not be read.</source>
        <translation>Impossibile leggere il contenuto del file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2), %3
Period %4 to %5 - %6 visits: %7
Digest %8
Device key %9</source>
        <translation>%1 (%2), %3
Periodo dal %4 al %5 - %6 visite: %7
Impronta %8
Chiave del dispositivo %9</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n outage window(s), unable to check for %1 (overlaps counted once)</source>
        <translation>
            <numerusform>%n periodo di interruzione, verifica impossibile per %1 (sovrapposizioni contate una volta)</numerusform>
            <numerusform>%n periodi di interruzione, verifica impossibile per %1 (sovrapposizioni contate una volta)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (manual)</source>
        <translation> (manuale)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No outages recorded in this period</source>
        <translation>Nessuna interruzione registrata in questo periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Motivi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="+140"/>
        <source>Scanner input that is not a certificate was ignored (nothing was typed).</source>
        <translation>Un input dello scanner che non è un certificato è stato ignorato (non è stato digitato nulla).</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Settings could not be saved: %1</source>
        <translation>Impossibile salvare le impostazioni: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The start-at-login entry could not be written: %1</source>
        <translation>Impossibile scrivere la voce di avvio automatico: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>&amp;Counter</source>
        <translation>&amp;Ingresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enter certificate text...</source>
        <translation>Inserisci il &amp;testo del certificato...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear verdict</source>
        <translation>&amp;Cancella esito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in staff...</source>
        <translation>&amp;Accesso personale...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record an &amp;outage...</source>
        <translation>Registra un&apos;&amp;interruzione...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admit with an &amp;exemption</source>
        <translation>Ammetti con un&apos;&amp;esenzione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Owner</source>
        <translation>&amp;Titolare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review the visitor log...</source>
        <translation>&amp;Esamina il registro visitatori...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings...</source>
        <translation>&amp;Impostazioni...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export a report...</source>
        <translation>Esporta un &amp;rapporto...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the first-run &amp;set-up again...</source>
        <translation>Ripeti la &amp;configurazione iniziale...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inspector</source>
        <translation>I&amp;spettore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check a report bundle...</source>
        <translation>&amp;Verifica un pacchetto di rapporto...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>Schermo &amp;intero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Switch to %1</source>
        <translation>Passa a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contrasto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PassDesk - counter</source>
        <translation>PassDesk - ingresso</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visitor log error: %1. Verdicts are not shown until the log works again.</source>
        <translation>Errore del registro visitatori: %1. Gli esiti non vengono mostrati finché il registro non funziona di nuovo.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Enter certificate text</source>
        <translation>Inserisci il testo del certificato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the text of the QR code (HC1:... or shc:/...):</source>
        <translation>Incollare il testo del codice QR (HC1:... o shc:/...):</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Camera: %1 starting</source>
        <translation>Telecamera: avvio di %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting %1...</source>
        <translation>Avvio di %1...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: %1 live</source>
        <translation>Telecamera: %1 attiva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: %1 DISCONNECTED</source>
        <translation>Telecamera: %1 SCOLLEGATA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera disconnected. Plug it back in; PassDesk reconnects by itself.</source>
        <translation>Telecamera scollegata. Ricollegarla; PassDesk si riconnette da solo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera: %1 ended</source>
        <translation>Telecamera: %1 terminata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Camera: none</source>
        <translation>Telecamera: nessuna</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its key file (.key) is missing, for example after a restore from a backup</source>
        <translation>manca il suo file di chiave (.key), per esempio dopo un ripristino da backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is damaged or is not a PassDesk visitor log</source>
        <translation>il file è danneggiato o non è un registro visitatori di PassDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The visitor log could not be read: %1. It was moved aside to %2 (nothing was deleted) and a new log was started. The owner must acknowledge this.</source>
        <translation>Impossibile leggere il registro visitatori: %1. È stato spostato in %2 (non è stato cancellato nulla) ed è stato avviato un nuovo registro. Il titolare deve prenderne atto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner: acknowledge...</source>
        <translation>Titolare: prendi atto...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Today: %1 admitted, %2 refused</source>
        <translation>Oggi: %1 ammessi, %2 respinti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (not logged)</source>
        <translation> (non registrato)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (LOG ERROR)</source>
        <translation> (ERRORE DEL REGISTRO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scanner: %1 connected</source>
        <translation>Scanner: %1 collegato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanner: %1 not connected (%2)</source>
        <translation>Scanner: %1 non collegato (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy: %1</source>
        <translation>Regole: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> + ID check</source>
        <translation> + controllo documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (not in force on this date)</source>
        <translation> (non in vigore in questa data)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff: not signed in</source>
        <translation>Personale: nessun accesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff: %1</source>
        <translation>Personale: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust list: NOT LOADED (%1)</source>
        <translation>Elenco di fiducia: NON CARICATO (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust list: none</source>
        <translation>Elenco di fiducia: nessuno</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Trust list: updated %n day(s) ago</source>
        <translation>
            <numerusform>Elenco di fiducia: aggiornato %n giorno fa</numerusform>
            <numerusform>Elenco di fiducia: aggiornato %n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source> - last update refused (%1); the previous list stays in use</source>
        <translation> - ultimo aggiornamento rifiutato (%1); resta in uso l&apos;elenco precedente</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OutageDialog</name>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="+15"/>
        <source>Record an outage</source>
        <translation>Registra un&apos;interruzione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a period when certificates could not be checked, for example a power cut or the national system being down. It goes into the evidence journal marked as entered by staff.</source>
        <translation>Registrare un periodo in cui non è stato possibile verificare i certificati, per esempio un&apos;interruzione di corrente o un guasto del sistema nazionale. Viene scritto nel giornale delle prove come inserito dal personale.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>What happened (required)</source>
        <translation>Che cosa è successo (obbligatorio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The end is before the start.</source>
        <translation>La fine è precedente all&apos;inizio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what happened.</source>
        <translation>Descrivere che cosa è successo.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OwnerView</name>
    <message>
        <location filename="../OwnerView.cpp" line="+154"/>
        <source>PassDesk - owner&apos;s review</source>
        <translation>PassDesk - revisione del titolare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt; Previous day</source>
        <translation>&lt; Giorno precedente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next day &gt;</source>
        <translation>Giorno successivo &gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict filter</source>
        <translation>Filtro esito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All verdicts</source>
        <translation>Tutti gli esiti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type filter</source>
        <translation>Filtro tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hour filter</source>
        <translation>Filtro ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All hours</source>
        <translation>Tutte le ore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Staff filter</source>
        <translation>Filtro personale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence timeline</source>
        <translation>Cronologia delle prove</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Camera disconnected</source>
        <translation>Telecamera scollegata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barcode scanner disconnected</source>
        <translation>Lettore di codici a barre scollegato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Camera read no code for a long time</source>
        <translation>La telecamera non ha letto codici per molto tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PassDesk was not running (unclean end)</source>
        <translation>PassDesk non era in esecuzione (chiusura anomala)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The clock jumped</source>
        <translation>L&apos;orologio ha fatto un salto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The visitor log could not be written</source>
        <translation>Impossibile scrivere il registro visitatori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unreadable visitor log was moved aside</source>
        <translation>Un registro visitatori illeggibile è stato spostato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust list out of date</source>
        <translation>Elenco di fiducia non aggiornato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Online service unreachable</source>
        <translation>Servizio online non raggiungibile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outage recorded by staff</source>
        <translation>Interruzione registrata dal personale</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All staff</source>
        <translation>Tutto il personale</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ongoing</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The old log was moved aside to %1 (nothing was deleted) and a new log was started.</source>
        <translation>Il vecchio registro è stato spostato in %1 (non è stato cancellato nulla) ed è stato avviato un nuovo registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (manual)</source>
        <translation> (manuale)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No outages recorded this day</source>
        <translation>Nessuna interruzione registrata in questo giorno</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 visits shown, %3 admitted, %4 refused</source>
        <translation>%1: %2 visite mostrate, %3 ammessi, %4 respinti</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PinDialog</name>
    <message>
        <location line="-248"/>
        <source>Owner</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the owner&apos;s PIN (at least 6 characters). It guards the log, exports and settings.</source>
        <translation>Scegliere il PIN del titolare (almeno 6 caratteri). Protegge il registro, le esportazioni e le impostazioni.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>Inserire il PIN del titolare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Owner PIN</source>
        <translation>PIN del titolare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner PIN again</source>
        <translation>Ripeti il PIN del titolare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two PINs differ.</source>
        <translation>I due PIN non coincidono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>Il PIN deve avere almeno 6 caratteri.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong PINs: %1.</source>
        <translation>Troppi PIN errati: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong PIN: %1.</source>
        <translation>PIN errato: %1.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PrivacyForm</name>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="+14"/>
        <source>Each visit is kept for this many days and then deleted for good. The daily counts stay, without anything about the person. Korean guidance in 2021 was four weeks (28 days).</source>
        <translation>Ogni visita viene conservata per questo numero di giorni e poi cancellata definitivamente. I conteggi giornalieri restano, senza nulla sulla persona. Le indicazioni coreane del 2021 erano di quattro settimane (28 giorni).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep visits for</source>
        <translation>Conserva le visite per</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log names and birth dates (contact logging)</source>
        <translation>Registra nomi e date di nascita (registrazione contatti)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Off: the log keeps only the time, the verdict, the kind of certificate and a coded fingerprint of it, so nobody can read who visited. Turn it on only if the authorities require a visitor list for contact tracing; names are then deleted with the visit after the period above.</source>
        <translation>Disattivato: il registro conserva solo l&apos;ora, l&apos;esito, il tipo di certificato e un&apos;impronta codificata del certificato, così nessuno può leggere chi è entrato. Attivarlo solo se le autorità richiedono un elenco dei visitatori per il tracciamento dei contatti; i nomi vengono poi cancellati insieme alla visita dopo il periodo indicato sopra.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ScanWorker</name>
    <message>
        <location filename="../ScanWorker.cpp" line="+159"/>
        <source>the visitor log is not open</source>
        <translation>il registro visitatori non è aperto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end of the outage is before its start</source>
        <translation>la fine dell&apos;interruzione è precedente al suo inizio</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::SerialScanner</name>
    <message>
        <location filename="../SerialScanner.cpp" line="+36"/>
        <source>the device is gone</source>
        <translation>il dispositivo non è più presente</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::SettingsDialog</name>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="+45"/>
        <source>Demo footage (no camera)</source>
        <translation>Riprese dimostrative (nessuna telecamera)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Camera %1</source>
        <translation>Telecamera %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (camera %2)</source>
        <translation>%1 (telecamera %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Counter</source>
        <translation>&amp;Ingresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;taff</source>
        <translation>&amp;Personale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Visitor log</source>
        <translation>&amp;Registro visitatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V&amp;enue</source>
        <translation>&amp;Locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rust list</source>
        <translation>&amp;Elenco di fiducia</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Policy</source>
        <translation>Regole</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as the policy says</source>
        <translation>come previsto dalle regole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>born in or after </source>
        <translation>nati dal </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minors exempt</source>
        <translation>Minorenni esenti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (first camera, else the demo)</source>
        <translation>Automatica (prima telecamera, altrimenti la demo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera</source>
        <translation>Telecamera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (not connected)</source>
        <translation> (non collegato)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>USB serial scanner</source>
        <translation>Scanner seriale USB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until the next scan</source>
        <translation>fino alla scansione successiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict stays up for</source>
        <translation>L&apos;esito resta visibile per</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sound for each verdict</source>
        <translation>Un suono per ogni esito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then say the verdict, in the window&apos;s language</source>
        <translation>Poi annuncia l&apos;esito a voce, nella lingua della finestra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High contrast (black background, larger text)</source>
        <translation>Alto contrasto (sfondo nero, testo più grande)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start PassDesk full screen when this computer&apos;s user logs in (counter PC)</source>
        <translation>Avvia PassDesk a schermo intero quando l&apos;utente di questo computer accede (PC dell&apos;ingresso)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask staff to check ID for every valid certificate</source>
        <translation>Chiedere al personale di controllare il documento per ogni certificato valido</translation>
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
        <translation>disattivato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same certificate again within</source>
        <translation>Stesso certificato di nuovo entro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record &quot;camera reads nothing&quot; after</source>
        <translation>Registra &quot;la telecamera non legge nulla&quot; dopo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff sign in at the counter (Counter menu, Ctrl+I); each visit is logged with their name.</source>
        <translation>Il personale accede all&apos;ingresso (menu Ingresso, Ctrl+I); ogni visita viene registrata con il suo nome.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add...</source>
        <translation>&amp;Aggiungi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add staff</source>
        <translation>Aggiungi personale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>none: the demo set with the demo footage</source>
        <translation>nessuno: il set dimostrativo con le riprese dimostrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse...</source>
        <translation>&amp;Sfoglia...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust list file</source>
        <translation>File dell&apos;elenco di fiducia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust list</source>
        <translation>Elenco di fiducia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust lists (*.json *.pem *.der *.crt);;All files (*)</source>
        <translation>Elenchi di fiducia (*.json *.pem *.der *.crt);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Update from (HTTPS)</source>
        <translation>Aggiorna da (HTTPS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the list signer&apos;s public key or certificate (PEM)</source>
        <translation>la chiave pubblica o il certificato di chi firma l&apos;elenco (PEM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned signing key</source>
        <translation>Chiave di firma fissata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only for a server with its own certificate authority</source>
        <translation>solo per un server con una propria autorità di certificazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server CA (PEM)</source>
        <translation>CA del server (PEM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new trust list file applies the next time PassDesk starts; the address is fetched at once and every 6 hours. Updates are checked before use; a bad download never replaces a good list.</source>
        <translation>Un nuovo file dell&apos;elenco di fiducia si applica al prossimo avvio di PassDesk; l&apos;indirizzo viene scaricato subito e poi ogni 6 ore. Gli aggiornamenti vengono verificati prima dell&apos;uso; un download difettoso non sostituisce mai un elenco valido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The trust list address must start with https://</source>
        <translation>L&apos;indirizzo dell&apos;elenco di fiducia deve iniziare con https://</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::StaffDialog</name>
    <message>
        <location filename="../settings/StaffDialog.cpp" line="+13"/>
        <source>Sign in staff</source>
        <translation>Accesso personale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is at the counter? Every visit from now on is logged with this name.</source>
        <translation>Chi c&apos;è all&apos;ingresso? Da ora ogni visita viene registrata con questo nome.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Esci dall&apos;accesso</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VenueForm</name>
    <message>
        <location filename="../settings/VenueForm.cpp" line="+42"/>
        <source>Venue name</source>
        <translation>Nome del locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business registration number</source>
        <translation>Numero di registrazione dell&apos;impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facility type</source>
        <translation>Tipo di struttura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Gestore</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enter the venue&apos;s name; reports print it.</source>
        <translation>Inserire il nome del locale; i rapporti lo riportano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A business registration number has ten digits (000-00-00000).</source>
        <translation>Un numero di registrazione dell&apos;impresa ha dieci cifre (000-00-00000).</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VerdictPanel</name>
    <message>
        <location filename="../VerdictPanel.cpp" line="+60"/>
        <source>vaccination</source>
        <translation>vaccinazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery</source>
        <translation>guarigione</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show your QR code to the camera</source>
        <translation>Mostrare il proprio codice QR alla telecamera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Verdict: ready for the next customer</source>
        <translation>Esito: pronto per il prossimo cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VALID</source>
        <translation>VALIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CHECK ID</source>
        <translation>CONTROLLARE DOCUMENTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INVALID</source>
        <translation>NON VALIDO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN ISSUER</source>
        <translation>EMITTENTE SCONOSCIUTO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNREADABLE</source>
        <translation>ILLEGGIBILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Born %1</source>
        <translation>Nato/a il %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not shown: not verified (typed by whoever made this code)</source>
        <translation>Nome non mostrato: non verificato (digitato da chi ha creato questo codice)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate genuine and current</source>
        <translation>Certificato autentico e in corso di validità</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First admitted at %1.</source>
        <translation>Primo ingresso alle %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare the name and birth date with an ID card</source>
        <translation>Confrontare nome e data di nascita con un documento d&apos;identità</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoked by: %1</source>
        <translation>Revocato da: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a certificate PassDesk can read</source>
        <translation>Questo non è un certificato che PassDesk sa leggere</translation>
    </message>
</context>
</TS>
