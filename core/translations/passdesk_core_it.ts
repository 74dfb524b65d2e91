<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>passdesk::credential::ReasonCatalog</name>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="17"/>
        <source>No code was read.</source>
        <translation>Nessun codice letto.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="18"/>
        <source>The code is longer than any certificate can be.</source>
        <translation>Il codice è più lungo di qualsiasi certificato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="19"/>
        <source>Not a supported certificate (unknown prefix).</source>
        <translation>Certificato non supportato (prefisso sconosciuto).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="20"/>
        <source>The code&apos;s text is damaged (Base45).</source>
        <translation>Il contenuto del codice è danneggiato (Base45).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="21"/>
        <source>The code&apos;s text is damaged (base64url).</source>
        <translation>Il contenuto del codice è danneggiato (base64url).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="22"/>
        <source>The certificate data is damaged (compression).</source>
        <translation>I dati del certificato sono danneggiati (compressione).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="23"/>
        <source>The certificate data is too large.</source>
        <translation>I dati del certificato sono troppo grandi.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="24"/>
        <source>The certificate data is malformed.</source>
        <translation>I dati del certificato non sono validi.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="25"/>
        <source>The certificate data is nested too deeply.</source>
        <translation>I dati del certificato sono annidati troppo in profondità.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="26"/>
        <source>The certificate data has too many items.</source>
        <translation>I dati del certificato contengono troppi elementi.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="27"/>
        <source>The signed envelope is malformed.</source>
        <translation>La busta firmata non è valida.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="28"/>
        <source>The signature algorithm is not accepted.</source>
        <translation>L&apos;algoritmo di firma non è accettato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="29"/>
        <source>The certificate claims are malformed.</source>
        <translation>I dati dichiarati nel certificato non sono validi.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="30"/>
        <source>No health certificate inside the code.</source>
        <translation>Il codice non contiene alcun certificato sanitario.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="31"/>
        <source>The certificate content does not follow the standard.</source>
        <translation>Il contenuto del certificato non è conforme allo standard.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="32"/>
        <source>The certificate names a product, test or country code that is not in the EU value sets.</source>
        <translation>Il certificato riporta un codice di prodotto, test o paese che non figura negli elenchi di valori UE.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="33"/>
        <source>The signature is not genuine.</source>
        <translation>La firma non è autentica (falsificata o alterata).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="34"/>
        <source>The signature is encoded wrongly.</source>
        <translation>La firma è codificata in modo errato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="35"/>
        <source>The signature algorithm does not match the issuer&apos;s key.</source>
        <translation>L&apos;algoritmo di firma non corrisponde alla chiave dell&apos;emittente.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="36"/>
        <source>Signed by a key that is not in the trust list.</source>
        <translation>Firmato con una chiave che non è nell&apos;elenco di fiducia.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="37"/>
        <source>The certificate does not name its signing key.</source>
        <translation>Il certificato non indica la propria chiave di firma.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="38"/>
        <source>The signing key does not match the key the certificate names.</source>
        <translation>La chiave di firma non corrisponde a quella indicata nel certificato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="39"/>
        <source>The issuer is not in the trust list.</source>
        <translation>L&apos;emittente non è nell&apos;elenco di fiducia.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="40"/>
        <source>The issuer&apos;s key may not sign this kind of certificate.</source>
        <translation>La chiave dell&apos;emittente non può firmare questo tipo di certificato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="41"/>
        <source>The issuer&apos;s signing certificate was not valid when this was signed.</source>
        <translation>Il certificato di firma dell&apos;emittente non era valido al momento della firma.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="42"/>
        <source>The certificate has expired.</source>
        <translation>Il certificato è scaduto.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="43"/>
        <source>The certificate is not valid yet.</source>
        <translation>Il certificato non è ancora valido.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="44"/>
        <source>The certificate has been revoked.</source>
        <translation>Il certificato è stato revocato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="45"/>
        <source>This certificate was already used to enter a short while ago: check the ID.</source>
        <translation>Questo certificato è già stato usato per entrare poco fa: controllare il documento d&apos;identità.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="46"/>
        <source>This venue checks an ID card for every certificate.</source>
        <translation>In questo locale si controlla il documento d&apos;identità per ogni certificato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="47"/>
        <source>The vaccination series is not complete.</source>
        <translation>Il ciclo vaccinale primario non è completo.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="48"/>
        <source>Too soon after the last dose: not yet valid for this venue.</source>
        <translation>Troppo presto dopo l&apos;ultima dose: non ancora valido per questo locale.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="49"/>
        <source>The vaccination is older than this venue&apos;s policy accepts (booster needed).</source>
        <translation>La vaccinazione è più vecchia di quanto accettino le regole del locale (serve la dose di richiamo).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="50"/>
        <source>The test result is not negative.</source>
        <translation>L&apos;esito del test non è negativo.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="51"/>
        <source>This kind of test is not accepted here.</source>
        <translation>Questo tipo di test non è accettato qui.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="52"/>
        <source>The test is too old.</source>
        <translation>Il test è troppo vecchio.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="53"/>
        <source>The test&apos;s sample time is in the future.</source>
        <translation>L&apos;ora del prelievo del test è nel futuro.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="54"/>
        <source>Too soon after the positive test to count as recovered.</source>
        <translation>Troppo presto dopo il test positivo per essere considerati guariti.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="55"/>
        <source>The recovery is older than this venue&apos;s policy accepts.</source>
        <translation>La guarigione è più vecchia di quanto accettino le regole del locale.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="56"/>
        <source>This kind of certificate is not accepted under the venue&apos;s policy.</source>
        <translation>Questo tipo di certificato non è accettato secondo le regole del locale.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="57"/>
        <source>A minor, exempt from the pass: check the age on an ID.</source>
        <translation>Minorenne, esente dal green pass: controllare l&apos;età su un documento d&apos;identità.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="58"/>
        <source>One of two proofs: scan the second certificate (test or booster) now.</source>
        <translation>Una di due prove: scansionare ora il secondo certificato (test o dose di richiamo).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="59"/>
        <source>Both proofs belong to the same person.</source>
        <translation>Entrambe le prove appartengono alla stessa persona.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="60"/>
        <source>A rule of this venue&apos;s policy refuses the certificate.</source>
        <translation>Una regola del locale non ammette il certificato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="61"/>
        <source>A rule of this venue&apos;s policy could not be checked for this certificate.</source>
        <translation>Una regola del locale non è stata verificabile per questo certificato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="62"/>
        <source>Admitted under an exemption staff confirmed.</source>
        <translation>Ingresso per un&apos;esenzione confermata dal personale.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="63"/>
        <source>The two certificates are for different people.</source>
        <translation>I due certificati appartengono a persone diverse.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="64"/>
        <source>The issuer&apos;s revocation list is unusable, so revocation cannot be checked.</source>
        <translation>L&apos;elenco delle revoche dell&apos;emittente è inutilizzabile: non è possibile verificare la revoca.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="65"/>
        <source>The code&apos;s numbers are damaged.</source>
        <translation>Le cifre del codice sono danneggiate.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="66"/>
        <source>The code&apos;s header is malformed.</source>
        <translation>L&apos;intestazione del codice non è valida.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="67"/>
        <source>Part of a multi-part code is missing; scan every part.</source>
        <translation>Manca una parte di un codice in più parti: scansionare tutte le parti.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="68"/>
        <source>The same part of a multi-part code was given twice.</source>
        <translation>La stessa parte di un codice in più parti è stata letta due volte.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="69"/>
        <source>A part number of a multi-part code is out of range.</source>
        <translation>Il numero di una parte di un codice in più parti è fuori intervallo.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="70"/>
        <source>A part of a multi-part code is larger than allowed.</source>
        <translation>Una parte di un codice in più parti è più grande del consentito.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="71"/>
        <source>Multi-part codes are deprecated (accepted).</source>
        <translation>I codici in più parti sono deprecati (accettati).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="72"/>
        <source>The signed token is malformed.</source>
        <translation>Il token firmato non è valido.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="73"/>
        <source>The health card file has extra characters after its content.</source>
        <translation>Il file della tessera sanitaria contiene caratteri in più dopo il contenuto.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="74"/>
        <source>Unexpected characters around the signed token.</source>
        <translation>Caratteri inattesi prima o dopo il token firmato.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="75"/>
        <source>The signed token&apos;s header is incomplete.</source>
        <translation>L&apos;intestazione del token firmato è incompleta.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="76"/>
        <source>The certificate content is not valid JSON.</source>
        <translation>Il contenuto del certificato non è JSON valido.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="77"/>
        <source>The health card content is incomplete.</source>
        <translation>Il contenuto della tessera sanitaria è incompleto.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="78"/>
        <source>The issuer address is not a valid https URL.</source>
        <translation>L&apos;indirizzo dell&apos;emittente non è un URL https valido.</translation>
    </message>
</context>
<context>
    <name>passdesk::report::PdfReport</name>
    <message>
        <location filename="../report/PdfReport.cpp" line="43"/>
        <source>Valid</source>
        <translation>Valido</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="45"/>
        <source>Invalid</source>
        <translation>Non valido</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="47"/>
        <source>Check ID</source>
        <translation>Controllo documento</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="49"/>
        <source>Exempt</source>
        <translation>Esente</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="51"/>
        <source>Unknown issuer</source>
        <translation>Emittente sconosciuto</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="53"/>
        <source>Unreadable</source>
        <translation>Illeggibile</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="59"/>
        <source>Vaccination</source>
        <translation>Vaccinazione</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="61"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="63"/>
        <source>Recovery</source>
        <translation>Guarigione</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="65"/>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="71"/>
        <source>Camera lost</source>
        <translation>Fotocamera scollegata</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="73"/>
        <source>Scanner lost</source>
        <translation>Lettore scollegato</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="75"/>
        <source>No code read for a long time</source>
        <translation>Nessun codice letto a lungo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="77"/>
        <source>Unclean shutdown</source>
        <translation>Chiusura anomala</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="79"/>
        <source>Clock jump</source>
        <translation>Salto dell’orologio</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="81"/>
        <source>Log error</source>
        <translation>Errore del registro</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="83"/>
        <source>Trust list stale</source>
        <translation>Elenco di fiducia scaduto</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="85"/>
        <source>Outage (manual entry)</source>
        <translation>Guasto (inserito a mano)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="87"/>
        <source>Log replaced</source>
        <translation>Registro sostituito</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="89"/>
        <source>Update service unreachable</source>
        <translation>Servizio di aggiornamento irraggiungibile</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="119"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="120"/>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="121"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="122"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="123"/>
        <source>Masked ID</source>
        <translation>ID (mascherato)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="124"/>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="244"/>
        <source>PassDesk check report</source>
        <translation>Rapporto dei controlli PassDesk</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="298"/>
        <source>Vaccine pass check report</source>
        <translation>Rapporto dei controlli del green pass</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="302"/>
        <source>Vaccine passes PassDesk checked offline, and the times the system itself could not check.</source>
        <translation>I certificati verificati offline da PassDesk e i periodi in cui il sistema stesso non poteva verificare.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="311"/>
        <source>Venue</source>
        <translation>Locale</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="312"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="313"/>
        <source>Business reg. no.</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="314"/>
        <source>Facility type</source>
        <translation>Tipo di struttura</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="315"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="316"/>
        <source>Operator</source>
        <translation>Gestore</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="317"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="319"/>
        <source>Policy in force</source>
        <translation>Regola in vigore</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="321"/>
        <source>Generated (UTC)</source>
        <translation>Generato (UTC)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="326"/>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="327"/>
        <source>Visits checked</source>
        <translation>Visite controllate</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="333"/>
        <source>By verdict</source>
        <translation>Per esito</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="339"/>
        <source>By certificate type</source>
        <translation>Per tipo di certificato</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="341"/>
        <source>System failures</source>
        <translation>Guasti del sistema</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="342"/>
        <source>%1 windows, unable to check for %2</source>
        <translation>%1 periodi, verifica impossibile per %2</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="349"/>
        <source>Visits per hour</source>
        <translation>Visite per ora</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="374"/>
        <source>Integrity</source>
        <translation>Integrità</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="387"/>
        <source>Evidence bundle digest (SHA-256)</source>
        <translation>Impronta del pacchetto di prove (SHA-256)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="391"/>
        <source>Device key fingerprint (Ed25519, SHA-256)</source>
        <translation>Impronta della chiave del dispositivo (Ed25519, SHA-256)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="398"/>
        <source>Check the evidence bundle handed over with this report with `passdesk-cli inspect FILE`:</source>
        <translation>Verificate il pacchetto di prove consegnato con questo rapporto con `passdesk-cli inspect FILE`:</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="401"/>
        <source>it must print the same digest. The QR code carries the digest and the key fingerprint.</source>
        <translation>deve stampare la stessa impronta. Il codice QR contiene l’impronta e quella della chiave.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="409"/>
        <source>Warning: the log failed its hash-chain check at export - </source>
        <translation>Attenzione: il registro non ha superato il controllo della catena hash all’esportazione - </translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="440"/>
        <source>Evidence windows (when checking was impossible)</source>
        <translation>Periodi di guasto (verifica impossibile)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="443"/>
        <source>No failures were recorded in this period.</source>
        <translation>Nessun guasto registrato in questo periodo.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="447"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="448"/>
        <source>Ended</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="449"/>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="450"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="451"/>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="465"/>
        <source>(ongoing)</source>
        <translation>(in corso)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="472"/>
        <source>* entered by staff</source>
        <translation>* inserito dal personale</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="507"/>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="510"/>
        <source>No visits in this period.</source>
        <translation>Nessuna visita in questo periodo.</translation>
    </message>
</context>
<context>
    <name>passdesk::report::VenueProfile</name>
    <message>
        <location filename="../report/VenueProfile.cpp" line="21"/>
        <source>Adult entertainment venues (bars, clubs, colatecs)</source>
        <translation>Locali di intrattenimento per adulti (bar, club, colatec)</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="22"/>
        <source>Karaoke rooms</source>
        <translation>Sale karaoke</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="23"/>
        <source>Public baths and saunas</source>
        <translation>Bagni pubblici e saune</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="24"/>
        <source>Indoor sports facilities and gyms</source>
        <translation>Impianti sportivi al chiuso e palestre</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="25"/>
        <source>Racetracks and casinos</source>
        <translation>Ippodromi, cinodromi e casinò</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="26"/>
        <source>Restaurants and cafés</source>
        <translation>Ristoranti e bar</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="27"/>
        <source>Private academies and tutoring centres</source>
        <translation>Scuole private e centri di ripetizioni</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="28"/>
        <source>Cinemas and theatres</source>
        <translation>Cinema e teatri</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="29"/>
        <source>Reading rooms and study cafés</source>
        <translation>Sale studio e study café</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="30"/>
        <source>Multi-rooms (DVD and game rooms)</source>
        <translation>Multi-room (sale DVD e giochi)</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="31"/>
        <source>PC cafés</source>
        <translation>Internet café</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="32"/>
        <source>Indoor sports stadiums</source>
        <translation>Palazzetti dello sport (spettatori)</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="33"/>
        <source>Museums, galleries and science centres</source>
        <translation>Musei, gallerie e centri scientifici</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="34"/>
        <source>Party rooms</source>
        <translation>Sale per feste</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="35"/>
        <source>Libraries</source>
        <translation>Biblioteche</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="36"/>
        <source>Massage parlours</source>
        <translation>Centri massaggi</translation>
    </message>
</context>
</TS>
