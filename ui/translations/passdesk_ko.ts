<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>passdesk::ui::DayModel</name>
    <message>
        <location filename="../OwnerView.cpp" line="35"/>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="38"/>
        <source>Check ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="41"/>
        <source>Invalid</source>
        <translation>무효</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="44"/>
        <source>Unknown issuer</source>
        <translation>알 수 없는 발급자</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="46"/>
        <source>Unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="51"/>
        <source>Vaccination</source>
        <translation>예방접종</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="54"/>
        <source>Test</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="57"/>
        <source>Recovery</source>
        <translation>회복</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="134"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="135"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="136"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="137"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="138"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="139"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="140"/>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="141"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="142"/>
        <source>Name (contact logging)</source>
        <translation>이름 (연락처 기록)</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::HourlyChart</name>
    <message>
        <location filename="../OwnerView.cpp" line="151"/>
        <source>Visits per hour</source>
        <translation>시간대별 방문</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="96"/>
        <source>The visitor log could not be read. It was moved aside to %1 (nothing was deleted) and a new log was started.</source>
        <translation>방문 기록을 읽을 수 없어 %1(으)로 옮겨 두고(삭제하지 않음) 새 기록을 시작했습니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="205"/>
        <source>Visitor log error: %1. Verdicts are not shown until the log works again.</source>
        <translation>방문 기록 오류: %1. 기록이 다시 될 때까지 판정을 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="154"/>
        <source>&amp;Counter</source>
        <translation>카운터(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="155"/>
        <source>&amp;Enter certificate text...</source>
        <translation>증명서 텍스트 입력(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="157"/>
        <source>&amp;Clear verdict</source>
        <translation>판정 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="160"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="163"/>
        <source>&amp;Owner</source>
        <translation>업주(&amp;O)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="164"/>
        <source>&amp;Review the visitor log...</source>
        <translation>방문 기록 검토(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="168"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="169"/>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="171"/>
        <source>Switch &amp;language (한국어/English)</source>
        <translation>언어 전환(&amp;L) (한국어/English)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="197"/>
        <source>PassDesk - counter</source>
        <translation>PassDesk - 카운터</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="235"/>
        <source>Enter certificate text</source>
        <translation>증명서 텍스트 입력</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="236"/>
        <source>Paste the text of the QR code (HC1:... or shc:/...):</source>
        <translation>QR 코드의 텍스트를 붙여 넣으세요 (HC1:... 또는 shc:/...):</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="266"/>
        <source>Camera: %1 starting</source>
        <translation>카메라: %1 시작 중</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="267"/>
        <source>Starting %1...</source>
        <translation>%1 시작 중...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="270"/>
        <source>Camera: %1 live</source>
        <translation>카메라: %1 작동 중</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="273"/>
        <source>Camera: %1 DISCONNECTED</source>
        <translation>카메라: %1 연결 끊김</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="274"/>
        <source>Camera disconnected. Plug it back in; PassDesk reconnects by itself.</source>
        <translation>카메라 연결이 끊겼습니다. 다시 꽂으면 PassDesk가 자동으로 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="277"/>
        <source>Camera: %1 ended</source>
        <translation>카메라: %1 재생 끝</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="281"/>
        <source>Camera: none</source>
        <translation>카메라: 없음</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="296"/>
        <source>Today: %1 admitted, %2 refused</source>
        <translation>오늘: 입장 %1명, 거절 %2명</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="297"/>
        <source> (not logged)</source>
        <translation> (기록 안 함)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="297"/>
        <source> (LOG ERROR)</source>
        <translation> (기록 오류)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="299"/>
        <source>Scanner: %1 connected</source>
        <translation>스캐너: %1 연결됨</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="300"/>
        <source>Scanner: %1 not connected (%2)</source>
        <translation>스캐너: %1 연결 안 됨 (%2)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="303"/>
        <source>Policy: %1</source>
        <translation>정책: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="303"/>
        <source>check ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="303"/>
        <source>standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="305"/>
        <source>Trust list: NOT LOADED (%1)</source>
        <translation>신뢰 목록: 불러오지 못함 (%1)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="308"/>
        <source>Trust list: none</source>
        <translation>신뢰 목록: 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="312"/>
        <source>Trust list: updated %n day(s) ago</source>
        <translation>
            <numerusform>신뢰 목록: %n일 전 갱신</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OwnerView</name>
    <message>
        <location filename="../OwnerView.cpp" line="253"/>
        <source>PassDesk - owner&apos;s review</source>
        <translation>PassDesk - 업주 검토</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="259"/>
        <source>&lt; Previous day</source>
        <translation>&lt; 전날</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="263"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="264"/>
        <source>Next day &gt;</source>
        <translation>다음 날 &gt;</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="267"/>
        <source>Verdict filter</source>
        <translation>판정 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="268"/>
        <source>All verdicts</source>
        <translation>모든 판정</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="273"/>
        <source>Type filter</source>
        <translation>종류 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="274"/>
        <source>All types</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="280"/>
        <source>Hour filter</source>
        <translation>시간 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="281"/>
        <source>All hours</source>
        <translation>모든 시간</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="286"/>
        <source>Staff filter</source>
        <translation>직원 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="287"/>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="310"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="316"/>
        <source>Evidence timeline</source>
        <translation>장애 기록</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="365"/>
        <source>All staff</source>
        <translation>모든 직원</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="375"/>
        <source>ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="378"/>
        <source> (manual)</source>
        <translation> (수동 입력)</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="382"/>
        <source>No outages recorded this day</source>
        <translation>이 날 기록된 장애가 없습니다</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="393"/>
        <source>%1: %2 visits shown, %3 admitted, %4 refused</source>
        <translation>%1: 방문 %2건 표시, 입장 %3건, 거절 %4건</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PinDialog</name>
    <message>
        <location filename="../OwnerView.cpp" line="194"/>
        <source>Owner</source>
        <translation>업주</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="197"/>
        <source>Choose the owner&apos;s PIN (at least 6 characters). It guards the log, exports and settings.</source>
        <translation>업주 PIN을 정하세요 (6자 이상). 기록, 내보내기, 설정을 보호합니다.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="198"/>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>업주 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="205"/>
        <source>Owner PIN</source>
        <translation>업주 PIN</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="206"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="210"/>
        <source>Owner PIN again</source>
        <translation>업주 PIN 다시 입력</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="212"/>
        <source>Again</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="231"/>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="236"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>PIN은 6자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="243"/>
        <source>Too many wrong PINs: %1.</source>
        <translation>잘못된 PIN이 너무 많습니다: %1.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="244"/>
        <source>Wrong PIN: %1.</source>
        <translation>잘못된 PIN: %1.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ScanWorker</name>
    <message>
        <location filename="../ScanWorker.cpp" line="111"/>
        <source>the visitor log is not open</source>
        <translation>방문 기록이 열려 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VerdictPanel</name>
    <message>
        <location filename="../VerdictPanel.cpp" line="139"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="140"/>
        <source>Show your QR code to the camera</source>
        <translation>카메라에 QR 코드를 보여 주세요</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="145"/>
        <source>Verdict: ready for the next customer</source>
        <translation>판정: 다음 손님 준비됨</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="151"/>
        <source>VALID</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="152"/>
        <source>CHECK ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="153"/>
        <source>INVALID</source>
        <translation>무효</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="154"/>
        <source>UNKNOWN ISSUER</source>
        <translation>알 수 없는 발급자</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="155"/>
        <source>UNREADABLE</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="160"/>
        <source>Born %1</source>
        <translation>생년월일 %1</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="164"/>
        <source>Certificate genuine and current</source>
        <translation>진본이며 유효 기간 내의 증명서입니다</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="167"/>
        <source>First admitted at %1.</source>
        <translation>처음 입장 시각 %1.</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="169"/>
        <source>Compare the name and birth date with an ID card</source>
        <translation>이름과 생년월일을 신분증과 대조하세요</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="173"/>
        <source>This is not a certificate PassDesk can read</source>
        <translation>PassDesk가 읽을 수 있는 증명서가 아닙니다</translation>
    </message>
</context>
</TS>
