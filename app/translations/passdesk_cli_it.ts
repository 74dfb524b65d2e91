<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>passdesk::cli::CliOutput</name>
    <message>
        <location filename="../cli/CliOutput.cpp" line="60"/>
        <source>VERIFIED</source>
        <translation>VALIDO (VERIFIED)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="62"/>
        <source>INVALID</source>
        <translation>NON VALIDO (INVALID)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="64"/>
        <source>REVOKED</source>
        <translation>REVOCATO (REVOKED)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="66"/>
        <source>UNKNOWN ISSUER</source>
        <translation>EMITTENTE SCONOSCIUTO (UNKNOWN ISSUER)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="70"/>
        <source>UNREADABLE</source>
        <translation>ILLEGGIBILE (UNREADABLE)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="165"/>
        <source>Holder:</source>
        <translation>Titolare:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="169"/>
        <source>born</source>
        <translation>nato il</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="172"/>
        <source>(NOT VERIFIED: unsigned)</source>
        <translation>(NON VERIFICATO: senza firma)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="177"/>
        <source>Event:</source>
        <translation>Evento:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="189"/>
        <source>Issuer:</source>
        <translation>Emittente:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="193"/>
        <source>Valid:</source>
        <translation>Valido:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="202"/>
        <source>Revoked by:</source>
        <translation>Revocato da:</translation>
    </message>
</context>
</TS>
