<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>passdesk::credential::ReasonCatalog</name>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="17"/>
        <source>No code was read.</source>
        <translation>Es wurde kein Code gelesen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="18"/>
        <source>The code is longer than any certificate can be.</source>
        <translation>Der Code ist länger, als ein Zertifikat sein kann.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="19"/>
        <source>Not a supported certificate (unknown prefix).</source>
        <translation>Kein unterstütztes Zertifikat (unbekanntes Präfix).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="20"/>
        <source>The code&apos;s text is damaged (Base45).</source>
        <translation>Der Inhalt des Codes ist beschädigt (Base45).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="21"/>
        <source>The code&apos;s text is damaged (base64url).</source>
        <translation>Der Inhalt des Codes ist beschädigt (base64url).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="22"/>
        <source>The certificate data is damaged (compression).</source>
        <translation>Die Zertifikatsdaten sind beschädigt (Komprimierung).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="23"/>
        <source>The certificate data is too large.</source>
        <translation>Die Zertifikatsdaten sind zu groß.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="24"/>
        <source>The certificate data is malformed.</source>
        <translation>Die Zertifikatsdaten sind fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="25"/>
        <source>The certificate data is nested too deeply.</source>
        <translation>Die Zertifikatsdaten sind zu tief verschachtelt.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="26"/>
        <source>The certificate data has too many items.</source>
        <translation>Die Zertifikatsdaten enthalten zu viele Einträge.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="27"/>
        <source>The signed envelope is malformed.</source>
        <translation>Die Signaturhülle ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="28"/>
        <source>The signature algorithm is not accepted.</source>
        <translation>Das Signaturverfahren wird nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="29"/>
        <source>The certificate claims are malformed.</source>
        <translation>Die Angaben im Zertifikat sind fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="30"/>
        <source>No health certificate inside the code.</source>
        <translation>Der Code enthält kein Gesundheitszertifikat.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="31"/>
        <source>The certificate content does not follow the standard.</source>
        <translation>Der Inhalt des Zertifikats entspricht nicht dem Standard.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="32"/>
        <source>The certificate names a product, test or country code that is not in the EU value sets.</source>
        <translation>Das Zertifikat nennt einen Impfstoff-, Test- oder Ländercode, der nicht in den EU-Wertelisten steht.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="33"/>
        <source>The signature is not genuine.</source>
        <translation>Die Signatur ist nicht echt (gefälscht oder verändert).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="34"/>
        <source>The signature is encoded wrongly.</source>
        <translation>Die Signatur ist falsch codiert.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="35"/>
        <source>The signature algorithm does not match the issuer&apos;s key.</source>
        <translation>Das Signaturverfahren passt nicht zum Schlüssel des Ausstellers.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="36"/>
        <source>Signed by a key that is not in the trust list.</source>
        <translation>Mit einem Schlüssel signiert, der nicht in der Vertrauensliste steht.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="37"/>
        <source>The certificate does not name its signing key.</source>
        <translation>Das Zertifikat nennt seinen Signaturschlüssel nicht.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="38"/>
        <source>The signing key does not match the key the certificate names.</source>
        <translation>Der Signaturschlüssel stimmt nicht mit dem im Zertifikat genannten überein.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="39"/>
        <source>The issuer is not in the trust list.</source>
        <translation>Der Aussteller steht nicht in der Vertrauensliste.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="40"/>
        <source>The issuer&apos;s key may not sign this kind of certificate.</source>
        <translation>Der Schlüssel des Ausstellers darf diese Art von Zertifikat nicht signieren.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="41"/>
        <source>The issuer&apos;s signing certificate was not valid when this was signed.</source>
        <translation>Das Signaturzertifikat des Ausstellers war zum Zeitpunkt der Signatur nicht gültig.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="42"/>
        <source>The certificate has expired.</source>
        <translation>Das Zertifikat ist abgelaufen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="43"/>
        <source>The certificate is not valid yet.</source>
        <translation>Das Zertifikat ist noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="44"/>
        <source>The certificate has been revoked.</source>
        <translation>Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="45"/>
        <source>This certificate was already used to enter a short while ago: check the ID.</source>
        <translation>Mit diesem Zertifikat wurde vor Kurzem schon Einlass gewährt: Ausweis prüfen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="46"/>
        <source>This venue checks an ID card for every certificate.</source>
        <translation>In diesem Betrieb wird zu jedem Zertifikat der Ausweis geprüft.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="47"/>
        <source>The vaccination series is not complete.</source>
        <translation>Die Grundimmunisierung ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="48"/>
        <source>Too soon after the last dose: not yet valid for this venue.</source>
        <translation>Die letzte Impfung liegt zu kurz zurück: hier noch nicht gültig.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="49"/>
        <source>The vaccination is older than this venue&apos;s policy accepts (booster needed).</source>
        <translation>Die Impfung ist älter, als die Regeln dieses Betriebs zulassen (Auffrischimpfung nötig).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="50"/>
        <source>The test result is not negative.</source>
        <translation>Das Testergebnis ist nicht negativ.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="51"/>
        <source>This kind of test is not accepted here.</source>
        <translation>Diese Testart wird hier nicht anerkannt.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="52"/>
        <source>The test is too old.</source>
        <translation>Der Test ist zu alt.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="53"/>
        <source>The test&apos;s sample time is in the future.</source>
        <translation>Der Zeitpunkt der Probenahme liegt in der Zukunft.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="54"/>
        <source>Too soon after the positive test to count as recovered.</source>
        <translation>Der positive Test liegt zu kurz zurück, um als genesen zu gelten.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="55"/>
        <source>The recovery is older than this venue&apos;s policy accepts.</source>
        <translation>Die Genesung liegt länger zurück, als die Regeln dieses Betriebs zulassen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="56"/>
        <source>This kind of certificate is not accepted under the venue&apos;s policy.</source>
        <translation>Diese Art von Zertifikat wird nach den Regeln dieses Betriebs nicht anerkannt.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="57"/>
        <source>A minor, exempt from the pass: check the age on an ID.</source>
        <translation>Minderjährig, vom Nachweis befreit: Alter am Ausweis prüfen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="58"/>
        <source>One of two proofs: scan the second certificate (test or booster) now.</source>
        <translation>Einer von zwei Nachweisen: jetzt das zweite Zertifikat (Test oder Auffrischimpfung) scannen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="59"/>
        <source>Both proofs belong to the same person.</source>
        <translation>Beide Nachweise gehören derselben Person.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="60"/>
        <source>A rule of this venue&apos;s policy refuses the certificate.</source>
        <translation>Eine Regel dieses Betriebs lässt das Zertifikat nicht zu.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="61"/>
        <source>A rule of this venue&apos;s policy could not be checked for this certificate.</source>
        <translation>Eine Regel dieses Betriebs konnte für dieses Zertifikat nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="62"/>
        <source>Admitted under an exemption staff confirmed.</source>
        <translation>Einlass aufgrund einer vom Personal bestätigten Ausnahme.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="63"/>
        <source>The two certificates are for different people.</source>
        <translation>Die beiden Zertifikate gehören verschiedenen Personen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="64"/>
        <source>The issuer&apos;s revocation list is unusable, so revocation cannot be checked.</source>
        <translation>Die Widerrufsliste des Ausstellers ist unbrauchbar, ein Widerruf kann nicht geprüft werden.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="65"/>
        <source>The code&apos;s numbers are damaged.</source>
        <translation>Die Ziffern des Codes sind beschädigt.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="66"/>
        <source>The code&apos;s header is malformed.</source>
        <translation>Der Kopf des Codes ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="67"/>
        <source>Part of a multi-part code is missing; scan every part.</source>
        <translation>Ein Teil eines mehrteiligen Codes fehlt; bitte alle Teile scannen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="68"/>
        <source>The same part of a multi-part code was given twice.</source>
        <translation>Derselbe Teil eines mehrteiligen Codes wurde zweimal gelesen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="69"/>
        <source>A part number of a multi-part code is out of range.</source>
        <translation>Eine Teilnummer eines mehrteiligen Codes liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="70"/>
        <source>A part of a multi-part code is larger than allowed.</source>
        <translation>Ein Teil eines mehrteiligen Codes ist größer als erlaubt.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="71"/>
        <source>Multi-part codes are deprecated (accepted).</source>
        <translation>Mehrteilige Codes sind veraltet (werden akzeptiert).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="72"/>
        <source>The signed token is malformed.</source>
        <translation>Das signierte Token ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="73"/>
        <source>The health card file has extra characters after its content.</source>
        <translation>Die Gesundheitskarten-Datei enthält nach ihrem Inhalt überzählige Zeichen.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="74"/>
        <source>Unexpected characters around the signed token.</source>
        <translation>Unerwartete Zeichen vor oder nach dem signierten Token.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="75"/>
        <source>The signed token&apos;s header is incomplete.</source>
        <translation>Der Kopf des signierten Tokens ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="76"/>
        <source>The certificate content is not valid JSON.</source>
        <translation>Der Inhalt des Zertifikats ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="77"/>
        <source>The health card content is incomplete.</source>
        <translation>Der Inhalt der Gesundheitskarte ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="78"/>
        <source>The issuer address is not a valid https URL.</source>
        <translation>Die Adresse des Ausstellers ist keine gültige https-URL.</translation>
    </message>
</context>
<context>
    <name>passdesk::report::PdfReport</name>
    <message>
        <location filename="../report/PdfReport.cpp" line="43"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="45"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="47"/>
        <source>Check ID</source>
        <translation>Ausweis prüfen</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="49"/>
        <source>Exempt</source>
        <translation>Befreit</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="51"/>
        <source>Unknown issuer</source>
        <translation>Unbekannter Aussteller</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="53"/>
        <source>Unreadable</source>
        <translation>Unlesbar</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="59"/>
        <source>Vaccination</source>
        <translation>Impfung</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="61"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="63"/>
        <source>Recovery</source>
        <translation>Genesung</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="65"/>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="71"/>
        <source>Camera lost</source>
        <translation>Kamera getrennt</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="73"/>
        <source>Scanner lost</source>
        <translation>Scanner getrennt</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="75"/>
        <source>No code read for a long time</source>
        <translation>Lange kein Code gelesen</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="77"/>
        <source>Unclean shutdown</source>
        <translation>Unsauber beendet</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="79"/>
        <source>Clock jump</source>
        <translation>Uhrzeitsprung</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="81"/>
        <source>Log error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="83"/>
        <source>Trust list stale</source>
        <translation>Vertrauensliste veraltet</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="85"/>
        <source>Outage (manual entry)</source>
        <translation>Ausfall (manuell erfasst)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="87"/>
        <source>Log replaced</source>
        <translation>Protokoll ersetzt</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="89"/>
        <source>Update service unreachable</source>
        <translation>Aktualisierungsdienst nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="119"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="120"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="121"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="122"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="123"/>
        <source>Masked ID</source>
        <translation>Kennung (maskiert)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="124"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="244"/>
        <source>PassDesk check report</source>
        <translation>PassDesk-Kontrollbericht</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="298"/>
        <source>Vaccine pass check report</source>
        <translation>Bericht über die Impfnachweiskontrollen</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="302"/>
        <source>Vaccine passes PassDesk checked offline, and the times the system itself could not check.</source>
        <translation>Von PassDesk offline geprüfte Nachweise und die Zeiten, in denen das System selbst nicht prüfen konnte.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="311"/>
        <source>Venue</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="312"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="313"/>
        <source>Business reg. no.</source>
        <translation>Handelsregisternr.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="314"/>
        <source>Facility type</source>
        <translation>Art des Betriebs</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="315"/>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="316"/>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="317"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="319"/>
        <source>Policy in force</source>
        <translation>Geltende Regel</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="321"/>
        <source>Generated (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="326"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="327"/>
        <source>Visits checked</source>
        <translation>Geprüfte Besuche</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="333"/>
        <source>By verdict</source>
        <translation>Nach Ergebnis</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="339"/>
        <source>By certificate type</source>
        <translation>Nach Zertifikatsart</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="341"/>
        <source>System failures</source>
        <translation>Systemausfälle</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="342"/>
        <source>%1 windows, unable to check for %2</source>
        <translation>%1 Zeiträume, Prüfung unmöglich für %2</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="349"/>
        <source>Visits per hour</source>
        <translation>Besuche pro Stunde</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="374"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="387"/>
        <source>Evidence bundle digest (SHA-256)</source>
        <translation>Prüfsumme des Nachweispakets (SHA-256)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="391"/>
        <source>Device key fingerprint (Ed25519, SHA-256)</source>
        <translation>Fingerabdruck des Geräteschlüssels (Ed25519, SHA-256)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="398"/>
        <source>Check the evidence bundle handed over with this report with `passdesk-cli inspect FILE`:</source>
        <translation>Prüfen Sie das mit diesem Bericht übergebene Nachweispaket mit `passdesk-cli inspect DATEI`:</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="401"/>
        <source>it must print the same digest. The QR code carries the digest and the key fingerprint.</source>
        <translation>es muss dieselbe Prüfsumme ausgeben. Der QR-Code enthält Prüfsumme und Schlüssel-Fingerabdruck.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="409"/>
        <source>Warning: the log failed its hash-chain check at export - </source>
        <translation>Warnung: Das Protokoll bestand beim Export die Hash-Ketten-Prüfung nicht - </translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="440"/>
        <source>Evidence windows (when checking was impossible)</source>
        <translation>Ausfallzeiten (Prüfung war unmöglich)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="443"/>
        <source>No failures were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Ausfälle erfasst.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="447"/>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="448"/>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="449"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="450"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="451"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="465"/>
        <source>(ongoing)</source>
        <translation>(andauernd)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="472"/>
        <source>* entered by staff</source>
        <translation>* vom Personal erfasst</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="507"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="510"/>
        <source>No visits in this period.</source>
        <translation>Keine Besuche in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>passdesk::report::VenueProfile</name>
    <message>
        <location filename="../report/VenueProfile.cpp" line="21"/>
        <source>Adult entertainment venues (bars, clubs, colatecs)</source>
        <translation>Vergnügungsstätten für Erwachsene (Bars, Clubs, Colatecs)</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="22"/>
        <source>Karaoke rooms</source>
        <translation>Karaoke-Räume</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="23"/>
        <source>Public baths and saunas</source>
        <translation>Öffentliche Bäder und Saunen</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="24"/>
        <source>Indoor sports facilities and gyms</source>
        <translation>Hallensportanlagen und Fitnessstudios</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="25"/>
        <source>Racetracks and casinos</source>
        <translation>Rennbahnen und Spielbanken</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="26"/>
        <source>Restaurants and cafés</source>
        <translation>Restaurants und Cafés</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="27"/>
        <source>Private academies and tutoring centres</source>
        <translation>Private Lern- und Nachhilfeschulen</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="28"/>
        <source>Cinemas and theatres</source>
        <translation>Kinos und Theater</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="29"/>
        <source>Reading rooms and study cafés</source>
        <translation>Lesesäle und Lerncafés</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="30"/>
        <source>Multi-rooms (DVD and game rooms)</source>
        <translation>Multi-Räume (DVD- und Spielräume)</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="31"/>
        <source>PC cafés</source>
        <translation>PC-Cafés</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="32"/>
        <source>Indoor sports stadiums</source>
        <translation>Hallenstadien (Zuschauer)</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="33"/>
        <source>Museums, galleries and science centres</source>
        <translation>Museen, Galerien und Wissenschaftszentren</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="34"/>
        <source>Party rooms</source>
        <translation>Partyräume</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="35"/>
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="36"/>
        <source>Massage parlours</source>
        <translation>Massagesalons</translation>
    </message>
</context>
</TS>
