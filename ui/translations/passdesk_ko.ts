<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>passdesk::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="95"/>
        <source>Visitor log error: %1. Verdicts are not shown until the log works again.</source>
        <translation>방문 기록 오류: %1. 기록이 다시 될 때까지 판정을 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="146"/>
        <source>&amp;Counter</source>
        <translation>카운터(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="147"/>
        <source>&amp;Enter certificate text...</source>
        <translation>증명서 텍스트 입력(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="149"/>
        <source>&amp;Clear verdict</source>
        <translation>판정 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="152"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="155"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="156"/>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="158"/>
        <source>Switch &amp;language (한국어/English)</source>
        <translation>언어 전환(&amp;L) (한국어/English)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="184"/>
        <source>PassDesk - counter</source>
        <translation>PassDesk - 카운터</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="200"/>
        <source>Enter certificate text</source>
        <translation>증명서 텍스트 입력</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="201"/>
        <source>Paste the text of the QR code (HC1:... or shc:/...):</source>
        <translation>QR 코드의 텍스트를 붙여 넣으세요 (HC1:... 또는 shc:/...):</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="231"/>
        <source>Camera: %1 starting</source>
        <translation>카메라: %1 시작 중</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="232"/>
        <source>Starting %1...</source>
        <translation>%1 시작 중...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="235"/>
        <source>Camera: %1 live</source>
        <translation>카메라: %1 작동 중</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="238"/>
        <source>Camera: %1 DISCONNECTED</source>
        <translation>카메라: %1 연결 끊김</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="239"/>
        <source>Camera disconnected. Plug it back in; PassDesk reconnects by itself.</source>
        <translation>카메라 연결이 끊겼습니다. 다시 꽂으면 PassDesk가 자동으로 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="242"/>
        <source>Camera: %1 ended</source>
        <translation>카메라: %1 재생 끝</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="246"/>
        <source>Camera: none</source>
        <translation>카메라: 없음</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="258"/>
        <source>Today: %1 admitted, %2 refused</source>
        <translation>오늘: 입장 %1명, 거절 %2명</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="259"/>
        <source> (not logged)</source>
        <translation> (기록 안 함)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="259"/>
        <source> (LOG ERROR)</source>
        <translation> (기록 오류)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="261"/>
        <source>Scanner: %1 connected</source>
        <translation>스캐너: %1 연결됨</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="262"/>
        <source>Scanner: %1 not connected (%2)</source>
        <translation>스캐너: %1 연결 안 됨 (%2)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="265"/>
        <source>Policy: %1</source>
        <translation>정책: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="265"/>
        <source>check ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="265"/>
        <source>standard</source>
        <translation>표준</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="267"/>
        <source>Trust list: NOT LOADED (%1)</source>
        <translation>신뢰 목록: 불러오지 못함 (%1)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="270"/>
        <source>Trust list: none</source>
        <translation>신뢰 목록: 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="274"/>
        <source>Trust list: updated %n day(s) ago</source>
        <translation>
            <numerusform>신뢰 목록: %n일 전 갱신</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ScanWorker</name>
    <message>
        <location filename="../ScanWorker.cpp" line="88"/>
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
        <location filename="../VerdictPanel.cpp" line="166"/>
        <source>Compare the name and birth date with an ID card</source>
        <translation>이름과 생년월일을 신분증과 대조하세요</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="170"/>
        <source>This is not a certificate PassDesk can read</source>
        <translation>PassDesk가 읽을 수 있는 증명서가 아닙니다</translation>
    </message>
</context>
</TS>
