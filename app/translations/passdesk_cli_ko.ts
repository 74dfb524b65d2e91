<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>passdesk::cli::CliOutput</name>
    <message>
        <location filename="../cli/CliOutput.cpp" line="60"/>
        <source>VERIFIED</source>
        <translation>유효 (VERIFIED)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="62"/>
        <source>INVALID</source>
        <translation>무효 (INVALID)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="64"/>
        <source>REVOKED</source>
        <translation>취소됨 (REVOKED)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="66"/>
        <source>UNKNOWN ISSUER</source>
        <translation>알 수 없는 발급기관 (UNKNOWN ISSUER)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="70"/>
        <source>UNREADABLE</source>
        <translation>읽을 수 없음 (UNREADABLE)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="165"/>
        <source>Holder:</source>
        <translation>소지자:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="169"/>
        <source>born</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="172"/>
        <source>(NOT VERIFIED: unsigned)</source>
        <translation>(확인되지 않음: 서명 없음)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="177"/>
        <source>Event:</source>
        <translation>내역:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="189"/>
        <source>Issuer:</source>
        <translation>발급:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="193"/>
        <source>Valid:</source>
        <translation>유효기간:</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="202"/>
        <source>Revoked by:</source>
        <translation>취소 목록:</translation>
    </message>
</context>
</TS>
