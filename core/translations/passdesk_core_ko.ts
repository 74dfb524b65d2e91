<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>passdesk::credential::ReasonCatalog</name>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="17"/>
        <source>No code was read.</source>
        <translation>읽은 코드가 없습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="18"/>
        <source>The code is longer than any certificate can be.</source>
        <translation>코드가 증명서로 보기에는 너무 깁니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="19"/>
        <source>Not a supported certificate (unknown prefix).</source>
        <translation>지원하지 않는 증명서입니다 (알 수 없는 접두어).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="20"/>
        <source>The code&apos;s text is damaged (Base45).</source>
        <translation>코드 내용이 손상되었습니다 (Base45).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="21"/>
        <source>The code&apos;s text is damaged (base64url).</source>
        <translation>코드 내용이 손상되었습니다 (base64url).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="22"/>
        <source>The certificate data is damaged (compression).</source>
        <translation>증명서 데이터가 손상되었습니다 (압축).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="23"/>
        <source>The certificate data is too large.</source>
        <translation>증명서 데이터가 너무 큽니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="24"/>
        <source>The certificate data is malformed.</source>
        <translation>증명서 데이터 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="25"/>
        <source>The certificate data is nested too deeply.</source>
        <translation>증명서 데이터 구조가 너무 깊습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="26"/>
        <source>The certificate data has too many items.</source>
        <translation>증명서 데이터 항목이 너무 많습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="27"/>
        <source>The signed envelope is malformed.</source>
        <translation>서명 구조가 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="28"/>
        <source>The signature algorithm is not accepted.</source>
        <translation>허용되지 않는 서명 알고리즘입니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="29"/>
        <source>The certificate claims are malformed.</source>
        <translation>증명서 항목 구조가 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="30"/>
        <source>No health certificate inside the code.</source>
        <translation>코드 안에 건강 증명 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="31"/>
        <source>The certificate content does not follow the standard.</source>
        <translation>증명서 내용이 표준 형식에 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="32"/>
        <source>The certificate names a product, test or country code that is not in the EU value sets.</source>
        <translation>증명서에 EU 값 목록에 없는 제품·검사·국가 코드가 있습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="33"/>
        <source>The signature is not genuine.</source>
        <translation>서명이 올바르지 않습니다 (위조 또는 변조).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="34"/>
        <source>The signature is encoded wrongly.</source>
        <translation>서명 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="35"/>
        <source>The signature algorithm does not match the issuer&apos;s key.</source>
        <translation>서명 알고리즘이 발급기관 키와 맞지 않습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="36"/>
        <source>Signed by a key that is not in the trust list.</source>
        <translation>신뢰 목록에 없는 키로 서명되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="37"/>
        <source>The certificate does not name its signing key.</source>
        <translation>증명서에 서명 키 정보가 없습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="38"/>
        <source>The signing key does not match the key the certificate names.</source>
        <translation>서명 키가 증명서에 적힌 키와 다릅니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="39"/>
        <source>The issuer is not in the trust list.</source>
        <translation>신뢰 목록에 없는 발급기관입니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="40"/>
        <source>The issuer&apos;s key may not sign this kind of certificate.</source>
        <translation>발급기관 키가 이 종류의 증명서를 서명할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="41"/>
        <source>The issuer&apos;s signing certificate was not valid when this was signed.</source>
        <translation>서명 당시 발급기관 인증서가 유효하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="42"/>
        <source>The certificate has expired.</source>
        <translation>증명서가 만료되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="43"/>
        <source>The certificate is not valid yet.</source>
        <translation>증명서가 아직 유효하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="44"/>
        <source>The certificate has been revoked.</source>
        <translation>증명서가 취소(폐기)되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="45"/>
        <source>This certificate was already used to enter a short while ago: check the ID.</source>
        <translation>이 증명서로 조금 전에 이미 입장했습니다. 신분증을 확인하세요.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="46"/>
        <source>This venue checks an ID card for every certificate.</source>
        <translation>이 업소는 모든 증명서에 대해 신분증을 확인합니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="47"/>
        <source>The vaccination series is not complete.</source>
        <translation>기본 접종이 완료되지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="48"/>
        <source>Too soon after the last dose: not yet valid for this venue.</source>
        <translation>마지막 접종 후 기간이 짧아 아직 인정되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="49"/>
        <source>The vaccination is older than this venue&apos;s policy accepts (booster needed).</source>
        <translation>접종 유효기간이 지났습니다 (추가 접종 필요).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="50"/>
        <source>The test result is not negative.</source>
        <translation>검사 결과가 음성이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="51"/>
        <source>This kind of test is not accepted here.</source>
        <translation>이 종류의 검사는 인정되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="52"/>
        <source>The test is too old.</source>
        <translation>검사 유효시간이 지났습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="53"/>
        <source>The test&apos;s sample time is in the future.</source>
        <translation>검사 시각이 미래로 되어 있습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="54"/>
        <source>Too soon after the positive test to count as recovered.</source>
        <translation>확진 후 기간이 짧아 완치자로 인정되지 않습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="55"/>
        <source>The recovery is older than this venue&apos;s policy accepts.</source>
        <translation>완치 인정 기간이 지났습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="56"/>
        <source>This kind of certificate is not accepted under the venue&apos;s policy.</source>
        <translation>이 업소의 방역 정책에서 인정하지 않는 증명서입니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="57"/>
        <source>A minor, exempt from the pass: check the age on an ID.</source>
        <translation>미성년자로 방역패스 적용 예외입니다. 신분증으로 나이를 확인하세요.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="58"/>
        <source>One of two proofs: scan the second certificate (test or booster) now.</source>
        <translation>두 가지 증명 중 하나입니다. 두 번째 증명서(검사 또는 추가 접종)를 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="59"/>
        <source>Both proofs belong to the same person.</source>
        <translation>두 증명서가 같은 사람의 것입니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="60"/>
        <source>A rule of this venue&apos;s policy refuses the certificate.</source>
        <translation>이 업소 방역 정책의 규칙에 맞지 않는 증명서입니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="61"/>
        <source>A rule of this venue&apos;s policy could not be checked for this certificate.</source>
        <translation>이 업소 방역 정책의 규칙을 이 증명서에 적용할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="62"/>
        <source>Admitted under an exemption staff confirmed.</source>
        <translation>직원이 확인한 예외로 입장했습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="63"/>
        <source>The two certificates are for different people.</source>
        <translation>두 증명서의 사람이 다릅니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="64"/>
        <source>The issuer&apos;s revocation list is unusable, so revocation cannot be checked.</source>
        <translation>발급기관의 취소 목록을 사용할 수 없어 취소 여부를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="65"/>
        <source>The code&apos;s numbers are damaged.</source>
        <translation>코드의 숫자 데이터가 손상되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="66"/>
        <source>The code&apos;s header is malformed.</source>
        <translation>코드 머리말 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="67"/>
        <source>Part of a multi-part code is missing; scan every part.</source>
        <translation>여러 부분으로 된 코드의 일부가 없습니다. 모든 부분을 스캔하세요.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="68"/>
        <source>The same part of a multi-part code was given twice.</source>
        <translation>여러 부분 코드의 같은 부분이 두 번 들어왔습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="69"/>
        <source>A part number of a multi-part code is out of range.</source>
        <translation>여러 부분 코드의 부분 번호가 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="70"/>
        <source>A part of a multi-part code is larger than allowed.</source>
        <translation>여러 부분 코드의 한 부분이 허용 크기보다 큽니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="71"/>
        <source>Multi-part codes are deprecated (accepted).</source>
        <translation>여러 부분 코드는 더 이상 권장되지 않습니다 (허용).</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="72"/>
        <source>The signed token is malformed.</source>
        <translation>서명 토큰 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="73"/>
        <source>The health card file has extra characters after its content.</source>
        <translation>건강 카드 파일 내용 뒤에 불필요한 문자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="74"/>
        <source>Unexpected characters around the signed token.</source>
        <translation>서명 토큰 앞뒤에 예상치 못한 문자가 있습니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="75"/>
        <source>The signed token&apos;s header is incomplete.</source>
        <translation>서명 토큰 머리말이 불완전합니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="76"/>
        <source>The certificate content is not valid JSON.</source>
        <translation>증명서 내용이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="77"/>
        <source>The health card content is incomplete.</source>
        <translation>건강 카드 내용이 불완전합니다.</translation>
    </message>
    <message>
        <location filename="../credential/ReasonCatalog.cpp" line="78"/>
        <source>The issuer address is not a valid https URL.</source>
        <translation>발급기관 주소가 올바른 https 주소가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>passdesk::report::PdfReport</name>
    <message>
        <location filename="../report/PdfReport.cpp" line="43"/>
        <source>Valid</source>
        <translation>유효</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="45"/>
        <source>Invalid</source>
        <translation>무효</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="47"/>
        <source>Check ID</source>
        <translation>신분증 확인</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="49"/>
        <source>Exempt</source>
        <translation>예외</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="51"/>
        <source>Unknown issuer</source>
        <translation>발급자 불명</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="53"/>
        <source>Unreadable</source>
        <translation>판독 불가</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="59"/>
        <source>Vaccination</source>
        <translation>접종</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="61"/>
        <source>Test</source>
        <translation>음성 확인</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="63"/>
        <source>Recovery</source>
        <translation>완치</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="65"/>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="71"/>
        <source>Camera lost</source>
        <translation>카메라 끊김</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="73"/>
        <source>Scanner lost</source>
        <translation>스캐너 끊김</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="75"/>
        <source>No code read for a long time</source>
        <translation>오랫동안 코드를 읽지 못함</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="77"/>
        <source>Unclean shutdown</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="79"/>
        <source>Clock jump</source>
        <translation>시계 변경</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="81"/>
        <source>Log error</source>
        <translation>기록 오류</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="83"/>
        <source>Trust list stale</source>
        <translation>신뢰 목록 오래됨</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="85"/>
        <source>Outage (manual entry)</source>
        <translation>장애 (수기 기록)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="87"/>
        <source>Log replaced</source>
        <translation>기록 교체</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="89"/>
        <source>Update service unreachable</source>
        <translation>업데이트 서비스 연결 불가</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="119"/>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="120"/>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="121"/>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="122"/>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="123"/>
        <source>Masked ID</source>
        <translation>식별자 (마스킹)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="124"/>
        <source>Staff</source>
        <translation>직원</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="244"/>
        <source>PassDesk check report</source>
        <translation>PassDesk 확인 기록 보고서</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="298"/>
        <source>Vaccine pass check report</source>
        <translation>백신패스 확인 기록 보고서</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="302"/>
        <source>Vaccine passes PassDesk checked offline, and the times the system itself could not check.</source>
        <translation>PassDesk가 오프라인으로 확인한 방역패스 기록과 시스템 장애 기록입니다.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="311"/>
        <source>Venue</source>
        <translation>시설 정보</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="312"/>
        <source>Name</source>
        <translation>상호</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="313"/>
        <source>Business reg. no.</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="314"/>
        <source>Facility type</source>
        <translation>시설 유형</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="315"/>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="316"/>
        <source>Operator</source>
        <translation>운영자</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="317"/>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="319"/>
        <source>Policy in force</source>
        <translation>적용 정책</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="321"/>
        <source>Generated (UTC)</source>
        <translation>작성 시각 (UTC)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="326"/>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="327"/>
        <source>Visits checked</source>
        <translation>확인 건수</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="333"/>
        <source>By verdict</source>
        <translation>판정별</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="339"/>
        <source>By certificate type</source>
        <translation>증명서 유형별</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="341"/>
        <source>System failures</source>
        <translation>시스템 장애</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="342"/>
        <source>%1 windows, unable to check for %2</source>
        <translation>%1 건, 확인 불가 시간 합계 %2</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="349"/>
        <source>Visits per hour</source>
        <translation>시간대별 확인 건수</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="374"/>
        <source>Integrity</source>
        <translation>무결성 확인</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="387"/>
        <source>Evidence bundle digest (SHA-256)</source>
        <translation>증거 번들 요약값 (SHA-256)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="391"/>
        <source>Device key fingerprint (Ed25519, SHA-256)</source>
        <translation>기기 서명 키 지문 (Ed25519, SHA-256)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="398"/>
        <source>Check the evidence bundle handed over with this report with `passdesk-cli inspect FILE`:</source>
        <translation>이 보고서와 함께 제출된 증거 번들 파일을 `passdesk-cli inspect 파일`로 확인하면</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="401"/>
        <source>it must print the same digest. The QR code carries the digest and the key fingerprint.</source>
        <translation>같은 요약값이 출력되어야 합니다. QR 코드에도 요약값과 키 지문이 들어 있습니다.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="409"/>
        <source>Warning: the log failed its hash-chain check at export - </source>
        <translation>경고: 작성 시 방문 기록의 해시 체인 검증 실패 - </translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="440"/>
        <source>Evidence windows (when checking was impossible)</source>
        <translation>시스템 장애 기록 (확인 불가 시간)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="443"/>
        <source>No failures were recorded in this period.</source>
        <translation>이 기간에 기록된 장애가 없습니다.</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="447"/>
        <source>Started</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="448"/>
        <source>Ended</source>
        <translation>종료</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="449"/>
        <source>Duration</source>
        <translation>지속</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="450"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="451"/>
        <source>Cause</source>
        <translation>원인</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="465"/>
        <source>(ongoing)</source>
        <translation>(진행 중)</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="472"/>
        <source>* entered by staff</source>
        <translation>* 직원이 수기로 기록한 장애</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="507"/>
        <source>Visits</source>
        <translation>확인 기록</translation>
    </message>
    <message>
        <location filename="../report/PdfReport.cpp" line="510"/>
        <source>No visits in this period.</source>
        <translation>이 기간에 확인 기록이 없습니다.</translation>
    </message>
</context>
<context>
    <name>passdesk::report::VenueProfile</name>
    <message>
        <location filename="../report/VenueProfile.cpp" line="21"/>
        <source>Adult entertainment venues (bars, clubs, colatecs)</source>
        <translation>유흥시설</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="22"/>
        <source>Karaoke rooms</source>
        <translation>노래(코인)연습장</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="23"/>
        <source>Public baths and saunas</source>
        <translation>목욕장업</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="24"/>
        <source>Indoor sports facilities and gyms</source>
        <translation>실내체육시설</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="25"/>
        <source>Racetracks and casinos</source>
        <translation>경륜·경정·경마장, 카지노</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="26"/>
        <source>Restaurants and cafés</source>
        <translation>식당·카페</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="27"/>
        <source>Private academies and tutoring centres</source>
        <translation>학원 등</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="28"/>
        <source>Cinemas and theatres</source>
        <translation>영화관·공연장</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="29"/>
        <source>Reading rooms and study cafés</source>
        <translation>독서실·스터디카페</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="30"/>
        <source>Multi-rooms (DVD and game rooms)</source>
        <translation>멀티방</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="31"/>
        <source>PC cafés</source>
        <translation>PC방</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="32"/>
        <source>Indoor sports stadiums</source>
        <translation>스포츠경기(관람)장</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="33"/>
        <source>Museums, galleries and science centres</source>
        <translation>박물관·미술관·과학관</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="34"/>
        <source>Party rooms</source>
        <translation>파티룸</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="35"/>
        <source>Libraries</source>
        <translation>도서관</translation>
    </message>
    <message>
        <location filename="../report/VenueProfile.cpp" line="36"/>
        <source>Massage parlours</source>
        <translation>마사지업소·안마소</translation>
    </message>
</context>
</TS>
