<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>passdesk::cli::CliOutput</name>
    <message>
        <location filename="../cli/CliOutput.cpp" line="60"/>
        <source>VERIFIED</source>
        <translation>GÜLTIG (VERIFIED)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="62"/>
        <source>INVALID</source>
        <translation>UNGÜLTIG (INVALID)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="64"/>
        <source>REVOKED</source>
        <translation>WIDERRUFEN (REVOKED)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="66"/>
        <source>UNKNOWN ISSUER</source>
        <translation>UNBEKANNTER AUSSTELLER (UNKNOWN ISSUER)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="70"/>
        <source>UNREADABLE</source>
        <translation>UNLESBAR (UNREADABLE)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="165"/>
        <source>Holder:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="169"/>
        <source>born</source>
        <translation>geboren</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="172"/>
        <source>(NOT VERIFIED: unsigned)</source>
        <translation>(NICHT GEPRÜFT: unsigniert)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="177"/>
        <source>Event:</source>
        <translation>Eintrag:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="189"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="193"/>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="202"/>
        <source>Revoked by:</source>
        <translation>Widerrufen durch:</translation>
    </message>
</context>
</TS>
