<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>passdesk::ui::DayModel</name>
    <message>
        <location filename="../OwnerView.cpp" line="167"/>
        <source>not verified</source>
        <translation>검증 안 됨</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="170"/>
        <source>%1 (not verified)</source>
        <translation>%1 (검증 안 됨)</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="62"/>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="65"/>
        <source>Check ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="68"/>
        <source>Invalid</source>
        <translation>무효</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="71"/>
        <source>Unknown issuer</source>
        <translation>알 수 없는 발급자</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="73"/>
        <source>Unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="78"/>
        <source>Vaccination</source>
        <translation>예방접종</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="81"/>
        <source>Test</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="84"/>
        <source>Recovery</source>
        <translation>회복</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="198"/>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="199"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="200"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="201"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="202"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="203"/>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="204"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="205"/>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="206"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="207"/>
        <source>Name (contact logging)</source>
        <translation>이름 (연락처 기록)</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="183"/>
        <source>Not verified: %1</source>
        <translation>확인되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ExportDialog</name>
    <message>
        <location filename="../report/ExportDialog.cpp" line="23"/>
        <source>Export a report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="40"/>
        <source>PDF for printing (with its signed bundle)</source>
        <translation>인쇄용 PDF (서명된 증거 파일 포함)</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="41"/>
        <source>CSV for spreadsheets</source>
        <translation>스프레드시트용 CSV</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="42"/>
        <source>Signed evidence bundle (for inspectors)</source>
        <translation>서명된 증거 파일 (점검용)</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="47"/>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="50"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="51"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="52"/>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="53"/>
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="66"/>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="69"/>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="77"/>
        <source>Save the report</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="109"/>
        <source>The end of the period is before its start.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="127"/>
        <source>Exporting...</source>
        <translation>내보내는 중...</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="152"/>
        <source>The report could not be written: %1</source>
        <translation>보고서를 쓰지 못했습니다: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/ExportDialog.cpp" line="160"/>
        <source>Saved %1 (%n visit(s)).</source>
        <translation>
            <numerusform>%1 저장 완료 (방문 %n건).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="162"/>
        <source>Digest: %1</source>
        <translation>다이제스트: %1</translation>
    </message>
    <message>
        <location filename="../report/ExportDialog.cpp" line="165"/>
        <source>Warning: the visitor log fails its tamper check: %1</source>
        <translation>경고: 출입 기록이 변조 검사를 통과하지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::FirstRunWizard</name>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="43"/>
        <source>VALID</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="44"/>
        <source>CHECK ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="45"/>
        <source>INVALID</source>
        <translation>무효</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="46"/>
        <source>UNKNOWN ISSUER</source>
        <translation>알 수 없는 발급기관</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="47"/>
        <source>UNREADABLE</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="151"/>
        <source>Your venue</source>
        <translation>영업장 정보</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="152"/>
        <source>Reports for inspectors print these details.</source>
        <translation>점검용 보고서에 이 정보가 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="181"/>
        <source>Owner PIN</source>
        <translation>업주 PIN</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="182"/>
        <source>The PIN guards the visitor log, exports and settings. Staff at the counter do not need it.</source>
        <translation>PIN은 출입 기록, 내보내기, 설정을 보호합니다. 카운터 직원에게는 필요하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="190"/>
        <source>An owner PIN is already set. Leave the fields empty to keep it.</source>
        <translation>업주 PIN이 이미 설정되어 있습니다. 그대로 두려면 칸을 비워 두세요.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="198"/>
        <source>PIN (at least 6 characters)</source>
        <translation>PIN (6자 이상)</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="199"/>
        <source>Again</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="209"/>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="214"/>
        <source>The visitor log cannot be opened: %1</source>
        <translation>출입 기록을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="220"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>PIN은 6자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="241"/>
        <source>Policy</source>
        <translation>방역 정책</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="242"/>
        <source>What the counter accepts. You can change it later in the Owner menu.</source>
        <translation>카운터에서 무엇을 인정할지 정합니다. 나중에 업주 메뉴에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="256"/>
        <source>A genuine, current certificate admits.</source>
        <translation>진짜이고 유효한 증명서면 입장할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="260"/>
        <source>Also ask staff to compare every certificate with an ID card</source>
        <translation>모든 증명서를 신분증과 대조하도록 직원에게 안내</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="286"/>
        <location filename="../settings/FirstRunWizard.cpp" line="320"/>
        <source>Trust list</source>
        <translation>신뢰 목록</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="287"/>
        <source>PassDesk checks signatures against the keys of trusted issuers. Without a trust list, every certificate shows UNKNOWN ISSUER.</source>
        <translation>PassDesk는 신뢰하는 발급기관의 키로 서명을 확인합니다. 신뢰 목록이 없으면 모든 증명서가 &apos;알 수 없는 발급기관&apos;으로 표시됩니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="291"/>
        <source>Use the demo set (TEST ONLY: for trying PassDesk with the demo footage)</source>
        <translation>데모 목록 사용 (테스트 전용: 데모 영상으로 PassDesk를 체험할 때)</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="293"/>
        <source>Import a file</source>
        <translation>파일 가져오기</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="295"/>
        <source>Fetch from an address (HTTPS), checked before use</source>
        <translation>주소(HTTPS)에서 받기, 사용 전에 검증</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="299"/>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="335"/>
        <source>This file cannot be used: %1</source>
        <translation>이 파일은 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="343"/>
        <source>The address must start with https://</source>
        <translation>주소는 https:// 로 시작해야 합니다</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="373"/>
        <source>Camera test</source>
        <translation>카메라 시험</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="374"/>
        <source>Hold a certificate&apos;s QR code to the camera. The first code read is checked here; nothing is logged.</source>
        <translation>증명서 QR 코드를 카메라에 비춰 주세요. 처음 읽힌 코드를 여기서 확인하며, 기록은 남기지 않습니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="383"/>
        <source>&amp;Test scan</source>
        <translation>시험 스캔(&amp;T)</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="385"/>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="392"/>
        <source>Press Test scan.</source>
        <translation>&apos;시험 스캔&apos;을 누르세요.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="426"/>
        <source>Looking for a QR code...</source>
        <translation>QR 코드를 찾는 중...</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="434"/>
        <source>Read: %1 - %2</source>
        <translation>읽음: %1 - %2</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="462"/>
        <source>Privacy</source>
        <translation>개인정보</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="463"/>
        <source>What the visitor log keeps, and for how long.</source>
        <translation>출입 기록에 무엇을 얼마나 오래 보관할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="485"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="488"/>
        <source>demo set (TEST ONLY)</source>
        <translation>데모 목록 (테스트 전용)</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="489"/>
        <source>PassDesk is set up for %1.

Trust list: %2
Visits kept for %3 days; names %4.

Run this set-up again from the Owner menu.</source>
        <translation>%1에 맞게 PassDesk 설정을 마쳤습니다.

신뢰 목록: %2
출입 기록 보관: %3일, 이름 %4.

이 설정은 업주 메뉴에서 다시 할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="493"/>
        <source>logged</source>
        <translation>기록함</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="493"/>
        <source>not logged</source>
        <translation>기록하지 않음</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="528"/>
        <source>&amp;Next &gt;</source>
        <translation>다음 &gt;</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="529"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 이전</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="530"/>
        <source>&amp;Finish</source>
        <translation>마침</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="531"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../settings/FirstRunWizard.cpp" line="433"/>
        <source>name not verified</source>
        <translation>이름 확인되지 않음</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::HourlyChart</name>
    <message>
        <location filename="../OwnerView.cpp" line="216"/>
        <source>Visits per hour</source>
        <translation>시간대별 방문</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="235"/>
        <source>Admitted (valid, check ID)</source>
        <translation>입장 (유효, 신분증 확인)</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="235"/>
        <source>Refused</source>
        <translation>거절</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="243"/>
        <source>%1:00-%2:00: %3 admitted, %4 refused</source>
        <translation>%1:00-%2:00: 입장 %3건, 거절 %4건</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="263"/>
        <source>%1 visits: %2 admitted, %3 refused.</source>
        <translation>방문 %1건: 입장 %2건, 거절 %3건.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::InspectorWindow</name>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="28"/>
        <source>PassDesk - inspector</source>
        <translation>PassDesk - 점검</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="33"/>
        <source>&amp;Open a bundle...</source>
        <translation>증거 파일 열기(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="34"/>
        <location filename="../report/InspectorWindow.cpp" line="225"/>
        <source>No bundle open</source>
        <translation>열린 증거 파일 없음</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="37"/>
        <source>device key from the paper report (optional)</source>
        <translation>인쇄된 보고서의 기기 키 (선택)</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="38"/>
        <source>&amp;Printable PDF...</source>
        <translation>인쇄용 PDF(&amp;P)...</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="73"/>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="78"/>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="137"/>
        <source>Open an evidence bundle</source>
        <translation>증거 파일 열기</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="138"/>
        <source>PassDesk evidence bundles (*.bundle);;All files (*)</source>
        <translation>PassDesk 증거 파일 (*.bundle);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="155"/>
        <source>Checking %1...</source>
        <translation>%1 확인 중...</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="167"/>
        <source>Wait for the check to end.</source>
        <translation>확인이 끝날 때까지 기다려 주세요.</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="171"/>
        <source>Only an authentic bundle is printed.</source>
        <translation>진본으로 확인된 증거 파일만 인쇄합니다.</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="177"/>
        <location filename="../report/InspectorWindow.cpp" line="185"/>
        <location filename="../report/InspectorWindow.cpp" line="296"/>
        <source>The printable PDF could not be written: %1</source>
        <translation>인쇄용 PDF를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="209"/>
        <source>Writing the printable PDF...</source>
        <translation>인쇄용 PDF를 만드는 중...</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="221"/>
        <source>Printable PDF cancelled: nothing was written.</source>
        <translation>인쇄용 PDF를 취소했습니다. 아무 파일도 만들지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="228"/>
        <source>Check cancelled.</source>
        <translation>확인을 취소했습니다.</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="290"/>
        <source>cannot save %1</source>
        <translation>%1에 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="300"/>
        <source>Printable PDF saved: %1</source>
        <translation>인쇄용 PDF 저장됨: %1</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="314"/>
        <source>Open an evidence bundle to check it</source>
        <translation>확인할 증거 파일을 여세요</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="314"/>
        <source>Checking...</source>
        <translation>확인 중...</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="322"/>
        <source>AUTHENTIC</source>
        <translation>진본 (AUTHENTIC)</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="325"/>
        <source>ALTERED: %1</source>
        <translation>변조됨 (ALTERED): %1</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="331"/>
        <source>The file&apos;s contents could not be read.</source>
        <translation>파일 내용을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="339"/>
        <source>%1 (%2), %3
Period %4 to %5 - %6 visits: %7
Digest %8
Device key %9</source>
        <translation>%1 (%2), %3
기간 %4 ~ %5 - 방문 %6건: %7
다이제스트 %8
기기 키 %9</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="347"/>
        <source>Note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="353"/>
        <source>ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="354"/>
        <source> (manual)</source>
        <translation> (수동 입력)</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="359"/>
        <source>No outages recorded in this period</source>
        <translation>이 기간에 기록된 장애 없음</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Type</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Reasons</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <location filename="../report/InspectorWindow.cpp" line="361"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message numerus="yes">
        <location filename="../report/InspectorWindow.cpp" line="344"/>
        <source>%n outage window(s), unable to check for %1 (overlaps counted once)</source>
        <translation>
            <numerusform>시스템 장애 %n건, 확인 불가 시간 합계 %1 (겹친 시간은 한 번만 계산)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>passdesk::ui::MainWindow</name>
    <message>
        <location filename="../MainWindow.cpp" line="522"/>
        <source>Visitor log error: %1. Verdicts are not shown until the log works again.</source>
        <translation>방문 기록 오류: %1. 기록이 다시 될 때까지 판정을 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="140"/>
        <source>Scanner input that is not a certificate was ignored (nothing was typed).</source>
        <translation>증명서가 아닌 스캐너 입력은 무시했습니다 (아무것도 입력되지 않았습니다).</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="406"/>
        <source>&amp;Counter</source>
        <translation>카운터(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="284"/>
        <source>Settings could not be saved: %1</source>
        <translation>설정을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="290"/>
        <source>The start-at-login entry could not be written: %1</source>
        <translation>로그인 시 시작 항목을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="407"/>
        <source>&amp;Enter certificate text...</source>
        <translation>증명서 텍스트 입력(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="409"/>
        <source>&amp;Clear verdict</source>
        <translation>판정 지우기(&amp;C)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="411"/>
        <source>&amp;Sign in staff...</source>
        <translation>직원 로그인(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="418"/>
        <source>Record an &amp;outage...</source>
        <translation>장애 기록(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="423"/>
        <source>Admit with an &amp;exemption</source>
        <translation>예외로 입장 허용(&amp;E)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="436"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="439"/>
        <source>&amp;Owner</source>
        <translation>업주(&amp;O)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="440"/>
        <source>&amp;Review the visitor log...</source>
        <translation>방문 기록 검토(&amp;R)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="443"/>
        <source>&amp;Settings...</source>
        <translation>설정(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="445"/>
        <source>&amp;Export a report...</source>
        <translation>보고서 내보내기(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="448"/>
        <source>Run the first-run &amp;set-up again...</source>
        <translation>처음 설정 다시 하기(&amp;S)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="451"/>
        <source>&amp;Inspector</source>
        <translation>점검(&amp;I)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="452"/>
        <source>&amp;Check a report bundle...</source>
        <translation>보고서 증거 파일 확인(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="458"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="459"/>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="476"/>
        <source>Switch to %1</source>
        <translation>전환: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="480"/>
        <source>&amp;High contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="514"/>
        <source>PassDesk - counter</source>
        <translation>PassDesk - 카운터</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="633"/>
        <source>Enter certificate text</source>
        <translation>증명서 텍스트 입력</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="634"/>
        <source>Paste the text of the QR code (HC1:... or shc:/...):</source>
        <translation>QR 코드의 텍스트를 붙여 넣으세요 (HC1:... 또는 shc:/...):</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="669"/>
        <source>Camera: %1 starting</source>
        <translation>카메라: %1 시작 중</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="670"/>
        <source>Starting %1...</source>
        <translation>%1 시작 중...</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="673"/>
        <source>Camera: %1 live</source>
        <translation>카메라: %1 작동 중</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="676"/>
        <source>Camera: %1 DISCONNECTED</source>
        <translation>카메라: %1 연결 끊김</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="677"/>
        <source>Camera disconnected. Plug it back in; PassDesk reconnects by itself.</source>
        <translation>카메라 연결이 끊겼습니다. 다시 꽂으면 PassDesk가 자동으로 다시 연결합니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="680"/>
        <source>Camera: %1 ended</source>
        <translation>카메라: %1 재생 끝</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="684"/>
        <source>Camera: none</source>
        <translation>카메라: 없음</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="720"/>
        <source>Today: %1 admitted, %2 refused</source>
        <translation>오늘: 입장 %1명, 거절 %2명</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="721"/>
        <source> (not logged)</source>
        <translation> (기록 안 함)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="721"/>
        <source> (LOG ERROR)</source>
        <translation> (기록 오류)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="723"/>
        <source>Scanner: %1 connected</source>
        <translation>스캐너: %1 연결됨</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="724"/>
        <source>Scanner: %1 not connected (%2)</source>
        <translation>스캐너: %1 연결 안 됨 (%2)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="728"/>
        <source>Policy: %1</source>
        <translation>정책: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="730"/>
        <source> + ID check</source>
        <translation> + 신분증 확인</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="734"/>
        <source> (not in force on this date)</source>
        <translation> (이 날짜에는 시행되지 않음)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="739"/>
        <source>Staff: not signed in</source>
        <translation>직원: 로그인 안 함</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="739"/>
        <source>Staff: %1</source>
        <translation>직원: %1</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="741"/>
        <source>Trust list: NOT LOADED (%1)</source>
        <translation>신뢰 목록: 불러오지 못함 (%1)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="744"/>
        <source>Trust list: none</source>
        <translation>신뢰 목록: 없음</translation>
    </message>
    <message numerus="yes">
        <location filename="../MainWindow.cpp" line="748"/>
        <source>Trust list: updated %n day(s) ago</source>
        <translation>
            <numerusform>신뢰 목록: %n일 전 갱신</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="752"/>
        <source> - last update refused (%1); the previous list stays in use</source>
        <translation> - 마지막 업데이트 거부됨 (%1), 이전 목록을 계속 사용합니다</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="703"/>
        <source>its key file (.key) is missing, for example after a restore from a backup</source>
        <translation>키 파일(.key)이 없습니다 (예: 백업에서 복원한 뒤)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="462"/>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="704"/>
        <source>the file is damaged or is not a PassDesk visitor log</source>
        <translation>파일이 손상되었거나 PassDesk 방문 기록이 아닙니다</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="705"/>
        <source>The visitor log could not be read: %1. It was moved aside to %2 (nothing was deleted) and a new log was started. The owner must acknowledge this.</source>
        <translation>방문 기록을 읽을 수 없습니다: %1. %2(으)로 옮겨 두고(삭제하지 않음) 새 기록을 시작했습니다. 업주가 확인해야 합니다.</translation>
    </message>
    <message>
        <location filename="../MainWindow.cpp" line="712"/>
        <source>Owner: acknowledge...</source>
        <translation>업주 확인...</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OutageDialog</name>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="15"/>
        <source>Record an outage</source>
        <translation>장애 기록</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="18"/>
        <source>Record a period when certificates could not be checked, for example a power cut or the national system being down. It goes into the evidence journal marked as entered by staff.</source>
        <translation>정전이나 전국 시스템 장애처럼 증명서를 확인할 수 없었던 기간을 기록합니다. 직원이 입력한 것으로 표시되어 증거 기록에 남습니다.</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="36"/>
        <source>What happened (required)</source>
        <translation>무슨 일이 있었는지 (필수)</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="37"/>
        <source>From</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="38"/>
        <source>To</source>
        <translation>끝</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="39"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="59"/>
        <source>The end is before the start.</source>
        <translation>끝이 시작보다 앞섭니다.</translation>
    </message>
    <message>
        <location filename="../settings/OutageDialog.cpp" line="61"/>
        <source>Say what happened.</source>
        <translation>무슨 일이 있었는지 적어 주세요.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::OwnerView</name>
    <message>
        <location filename="../OwnerView.cpp" line="417"/>
        <source>PassDesk - owner&apos;s review</source>
        <translation>PassDesk - 업주 검토</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="423"/>
        <source>&lt; Previous day</source>
        <translation>&lt; 전날</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="427"/>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="428"/>
        <source>Next day &gt;</source>
        <translation>다음 날 &gt;</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="431"/>
        <source>Verdict filter</source>
        <translation>판정 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="432"/>
        <source>All verdicts</source>
        <translation>모든 판정</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="437"/>
        <source>Type filter</source>
        <translation>종류 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="438"/>
        <source>All types</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="444"/>
        <source>Hour filter</source>
        <translation>시간 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="445"/>
        <source>All hours</source>
        <translation>모든 시간</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="450"/>
        <source>Staff filter</source>
        <translation>직원 필터</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="451"/>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="481"/>
        <source>Visits</source>
        <translation>방문</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="487"/>
        <source>Evidence timeline</source>
        <translation>장애 기록</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="524"/>
        <source>Camera disconnected</source>
        <translation>카메라 연결 끊김</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="527"/>
        <source>Barcode scanner disconnected</source>
        <translation>바코드 스캐너 연결 끊김</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="530"/>
        <source>Camera read no code for a long time</source>
        <translation>카메라가 오랫동안 코드를 읽지 못함</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="533"/>
        <source>PassDesk was not running (unclean end)</source>
        <translation>PassDesk가 실행되지 않음 (비정상 종료)</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="536"/>
        <source>The clock jumped</source>
        <translation>시계가 갑자기 바뀜</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="539"/>
        <source>The visitor log could not be written</source>
        <translation>출입 기록을 쓸 수 없었음</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="542"/>
        <source>An unreadable visitor log was moved aside</source>
        <translation>읽을 수 없는 출입 기록을 옮겨 둠</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="545"/>
        <source>Trust list out of date</source>
        <translation>신뢰 목록이 오래됨</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="548"/>
        <source>Online service unreachable</source>
        <translation>온라인 서비스에 연결할 수 없음</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="551"/>
        <source>Outage recorded by staff</source>
        <translation>직원이 기록한 장애</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="571"/>
        <source>All staff</source>
        <translation>모든 직원</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="581"/>
        <source>ongoing</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="591"/>
        <source> (manual)</source>
        <translation> (수동 입력)</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="595"/>
        <source>No outages recorded this day</source>
        <translation>이 날 기록된 장애가 없습니다</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="606"/>
        <source>%1: %2 visits shown, %3 admitted, %4 refused</source>
        <translation>%1: 방문 %2건 표시, 입장 %3건, 거절 %4건</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="587"/>
        <source>The old log was moved aside to %1 (nothing was deleted) and a new log was started.</source>
        <translation>이전 기록을 %1(으)로 옮겨 두고(삭제하지 않음) 새 기록을 시작했습니다.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PinDialog</name>
    <message>
        <location filename="../OwnerView.cpp" line="358"/>
        <source>Owner</source>
        <translation>업주</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="361"/>
        <source>Choose the owner&apos;s PIN (at least 6 characters). It guards the log, exports and settings.</source>
        <translation>업주 PIN을 정하세요 (6자 이상). 기록, 내보내기, 설정을 보호합니다.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="362"/>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>업주 PIN을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="369"/>
        <source>Owner PIN</source>
        <translation>업주 PIN</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="370"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="374"/>
        <source>Owner PIN again</source>
        <translation>업주 PIN 다시 입력</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="376"/>
        <source>Again</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="395"/>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="400"/>
        <source>The PIN needs at least 6 characters.</source>
        <translation>PIN은 6자 이상이어야 합니다.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="407"/>
        <source>Too many wrong PINs: %1.</source>
        <translation>잘못된 PIN이 너무 많습니다: %1.</translation>
    </message>
    <message>
        <location filename="../OwnerView.cpp" line="408"/>
        <source>Wrong PIN: %1.</source>
        <translation>잘못된 PIN: %1.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::PrivacyForm</name>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="14"/>
        <source>Each visit is kept for this many days and then deleted for good. The daily counts stay, without anything about the person. Korean guidance in 2021 was four weeks (28 days).</source>
        <translation>각 방문 기록은 이 기간 동안 보관한 뒤 완전히 삭제합니다. 개인에 관한 내용이 없는 일별 집계만 남습니다. 2021년 국내 지침은 4주(28일)였습니다.</translation>
    </message>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="23"/>
        <source> days</source>
        <translation>일</translation>
    </message>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="25"/>
        <source>Keep visits for</source>
        <translation>방문 기록 보관 기간</translation>
    </message>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="28"/>
        <source>Log names and birth dates (contact logging)</source>
        <translation>이름과 생년월일 기록 (접촉자 추적용)</translation>
    </message>
    <message>
        <location filename="../settings/PrivacyForm.cpp" line="32"/>
        <source>Off: the log keeps only the time, the verdict, the kind of certificate and a coded fingerprint of it, so nobody can read who visited. Turn it on only if the authorities require a visitor list for contact tracing; names are then deleted with the visit after the period above.</source>
        <translation>끄면 시각, 판정, 증명서 종류와 암호화된 지문만 남아 누가 방문했는지 아무도 알 수 없습니다. 당국이 접촉자 추적을 위해 방문자 명단을 요구할 때만 켜세요. 이름은 위 기간이 지나면 방문 기록과 함께 삭제됩니다.</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::ScanWorker</name>
    <message>
        <location filename="../ScanWorker.cpp" line="159"/>
        <source>the visitor log is not open</source>
        <translation>방문 기록이 열려 있지 않습니다</translation>
    </message>
    <message>
        <location filename="../ScanWorker.cpp" line="161"/>
        <source>the end of the outage is before its start</source>
        <translation>장애의 끝이 시작보다 앞섭니다</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::SerialScanner</name>
    <message>
        <location filename="../SerialScanner.cpp" line="36"/>
        <source>the device is gone</source>
        <translation>장치가 없어졌습니다</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::SettingsDialog</name>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="60"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="65"/>
        <source>&amp;Counter</source>
        <translation>카운터(&amp;C)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="66"/>
        <source>S&amp;taff</source>
        <translation>직원(&amp;T)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="68"/>
        <source>&amp;Visitor log</source>
        <translation>출입 기록(&amp;V)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="70"/>
        <source>V&amp;enue</source>
        <translation>영업장(&amp;E)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="71"/>
        <source>T&amp;rust list</source>
        <translation>신뢰 목록(&amp;R)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="97"/>
        <source>Policy</source>
        <translation>방역 정책</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="101"/>
        <source>as the policy says</source>
        <translation>정책에 따름</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="102"/>
        <source>born in or after </source>
        <translation>다음 해 이후 출생: </translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="104"/>
        <source>Minors exempt</source>
        <translation>미성년자 예외</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="107"/>
        <source>Automatic (first camera, else the demo)</source>
        <translation>자동 (첫 번째 카메라, 없으면 데모)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="45"/>
        <source>Demo footage (no camera)</source>
        <translation>데모 영상 (카메라 없음)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="52"/>
        <source>Camera %1</source>
        <translation>카메라 %1</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="52"/>
        <source>%1 (camera %2)</source>
        <translation>%1 (카메라 %2)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="112"/>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="116"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="121"/>
        <source> (not connected)</source>
        <translation> (연결 안 됨)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="124"/>
        <source>USB serial scanner</source>
        <translation>USB 시리얼 스캐너</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="129"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="130"/>
        <source>until the next scan</source>
        <translation>다음 스캔까지</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="132"/>
        <source>Verdict stays up for</source>
        <translation>판정 표시 시간</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="134"/>
        <source>A sound for each verdict</source>
        <translation>판정마다 소리 내기</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="137"/>
        <source>Then say the verdict, in the window&apos;s language</source>
        <translation>이어서 판정을 화면 언어로 음성 안내</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="141"/>
        <source>High contrast (black background, larger text)</source>
        <translation>고대비 (검은 배경, 큰 글씨)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="145"/>
        <source>Start PassDesk full screen when this computer&apos;s user logs in (counter PC)</source>
        <translation>이 컴퓨터 사용자가 로그인하면 패스데스크를 전체 화면으로 시작 (카운터 PC)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="149"/>
        <source>Ask staff to check ID for every valid certificate</source>
        <translation>유효한 증명서도 모두 신분증 확인 안내</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="155"/>
        <location filename="../settings/SettingsDialog.cpp" line="161"/>
        <source> min</source>
        <translation>분</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="156"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="158"/>
        <source>Same certificate again within</source>
        <translation>같은 증명서 재사용 확인 시간</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="163"/>
        <source>Record &quot;camera reads nothing&quot; after</source>
        <translation>&apos;카메라가 아무것도 읽지 못함&apos; 기록 시점</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="171"/>
        <source>Staff sign in at the counter (Counter menu, Ctrl+I); each visit is logged with their name.</source>
        <translation>직원은 카운터에서 로그인합니다(카운터 메뉴, Ctrl+I). 각 방문은 그 직원 이름과 함께 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="179"/>
        <source>&amp;Add...</source>
        <translation>추가(&amp;A)...</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="180"/>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="186"/>
        <source>Add staff</source>
        <translation>직원 추가</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="186"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="202"/>
        <source>none: the demo set with the demo footage</source>
        <translation>없음: 데모 영상에는 데모 목록 사용</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="203"/>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="206"/>
        <source>Trust list file</source>
        <translation>신뢰 목록 파일</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="208"/>
        <source>Trust list</source>
        <translation>신뢰 목록</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="209"/>
        <source>Trust lists (*.json *.pem *.der *.crt);;All files (*)</source>
        <translation>신뢰 목록 (*.json *.pem *.der *.crt);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="217"/>
        <source>Update from (HTTPS)</source>
        <translation>업데이트 주소 (HTTPS)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="220"/>
        <source>the list signer&apos;s public key or certificate (PEM)</source>
        <translation>목록 서명자의 공개 키 또는 인증서 (PEM)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="221"/>
        <source>Pinned signing key</source>
        <translation>고정된 서명 키</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="224"/>
        <source>only for a server with its own certificate authority</source>
        <translation>자체 인증기관을 쓰는 서버에만 필요</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="225"/>
        <source>Server CA (PEM)</source>
        <translation>서버 인증기관 (PEM)</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="227"/>
        <source>A new trust list file applies the next time PassDesk starts; the address is fetched at once and every 6 hours. Updates are checked before use; a bad download never replaces a good list.</source>
        <translation>새 신뢰 목록 파일은 PassDesk를 다시 시작할 때 적용됩니다. 주소는 바로, 그리고 6시간마다 받아 옵니다. 업데이트는 사용 전에 검증하며, 잘못 받은 파일이 정상 목록을 대체하는 일은 없습니다.</translation>
    </message>
    <message>
        <location filename="../settings/SettingsDialog.cpp" line="240"/>
        <source>The trust list address must start with https://</source>
        <translation>신뢰 목록 주소는 https:// 로 시작해야 합니다</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::StaffDialog</name>
    <message>
        <location filename="../settings/StaffDialog.cpp" line="13"/>
        <source>Sign in staff</source>
        <translation>직원 로그인</translation>
    </message>
    <message>
        <location filename="../settings/StaffDialog.cpp" line="16"/>
        <source>Who is at the counter? Every visit from now on is logged with this name.</source>
        <translation>지금 카운터에 누가 있나요? 이제부터 모든 방문이 이 이름으로 기록됩니다.</translation>
    </message>
    <message>
        <location filename="../settings/StaffDialog.cpp" line="24"/>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VenueForm</name>
    <message>
        <location filename="../settings/VenueForm.cpp" line="42"/>
        <source>Venue name</source>
        <translation>상호</translation>
    </message>
    <message>
        <location filename="../settings/VenueForm.cpp" line="43"/>
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location filename="../settings/VenueForm.cpp" line="44"/>
        <source>Facility type</source>
        <translation>시설 유형</translation>
    </message>
    <message>
        <location filename="../settings/VenueForm.cpp" line="45"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../settings/VenueForm.cpp" line="46"/>
        <source>Operator</source>
        <translation>대표자</translation>
    </message>
    <message>
        <location filename="../settings/VenueForm.cpp" line="68"/>
        <source>Enter the venue&apos;s name; reports print it.</source>
        <translation>상호를 입력하세요. 보고서에 인쇄됩니다.</translation>
    </message>
    <message>
        <location filename="../settings/VenueForm.cpp" line="72"/>
        <source>A business registration number has ten digits (000-00-00000).</source>
        <translation>사업자등록번호는 10자리입니다 (000-00-00000).</translation>
    </message>
</context>
<context>
    <name>passdesk::ui::VerdictPanel</name>
    <message>
        <location filename="../VerdictPanel.cpp" line="60"/>
        <source>vaccination</source>
        <translation>접종</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="61"/>
        <source>test</source>
        <translation>검사</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="62"/>
        <source>recovery</source>
        <translation>회복</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="216"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="217"/>
        <source>Show your QR code to the camera</source>
        <translation>카메라에 QR 코드를 보여 주세요</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="222"/>
        <source>Verdict: ready for the next customer</source>
        <translation>판정: 다음 손님 준비됨</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="229"/>
        <source>VALID</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="230"/>
        <source>CHECK ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="231"/>
        <source>INVALID</source>
        <translation>무효</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="232"/>
        <source>UNKNOWN ISSUER</source>
        <translation>알 수 없는 발급자</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="233"/>
        <source>UNREADABLE</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="240"/>
        <source>Born %1</source>
        <translation>생년월일 %1</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="255"/>
        <source>Certificate genuine and current</source>
        <translation>진본이며 유효 기간 내의 증명서입니다</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="258"/>
        <source>First admitted at %1.</source>
        <translation>처음 입장 시각 %1.</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="262"/>
        <source>Compare the name and birth date with an ID card</source>
        <translation>이름과 생년월일을 신분증과 대조하세요</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="266"/>
        <source>Revoked by: %1</source>
        <translation>취소 목록: %1</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="269"/>
        <source>This is not a certificate PassDesk can read</source>
        <translation>PassDesk가 읽을 수 있는 증명서가 아닙니다</translation>
    </message>
    <message>
        <location filename="../VerdictPanel.cpp" line="246"/>
        <source>Name not shown: not verified (typed by whoever made this code)</source>
        <translation>이름 표시 안 함: 확인되지 않음 (이 코드를 만든 사람이 입력한 내용)</translation>
    </message>
</context>
</TS>
