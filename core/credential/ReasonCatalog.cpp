#include "credential/ReasonCatalog.h"

#include <QHash>

namespace passdesk::credential {

const QList<ReasonCatalog::Entry>& ReasonCatalog::entries()
{
    static const QList<Entry> all = {
        {"input.empty", "No code was read.", "읽은 코드가 없습니다."},
        {"input.too_long", "The code is longer than any certificate can be.", "코드가 증명서로 보기에는 너무 깁니다."},
        {"prefix.unknown", "Not a supported certificate (unknown prefix).", "지원하지 않는 증명서입니다 (알 수 없는 접두어)."},
        {"b45.invalid", "The code's text is damaged (Base45).", "코드 내용이 손상되었습니다 (Base45)."},
        {"b64.invalid", "The code's text is damaged (base64url).", "코드 내용이 손상되었습니다 (base64url)."},
        {"zlib.invalid", "The certificate data is damaged (compression).", "증명서 데이터가 손상되었습니다 (압축)."},
        {"zlib.too_large", "The certificate data is too large.", "증명서 데이터가 너무 큽니다."},
        {"cbor.invalid", "The certificate data is malformed.", "증명서 데이터 형식이 잘못되었습니다."},
        {"cbor.too_deep", "The certificate data is nested too deeply.", "증명서 데이터 구조가 너무 깊습니다."},
        {"cbor.too_large", "The certificate data has too many items.", "증명서 데이터 항목이 너무 많습니다."},
        {"cose.invalid", "The signed envelope is malformed.", "서명 구조가 잘못되었습니다."},
        {"cose.alg_unsupported", "The signature algorithm is not accepted.", "허용되지 않는 서명 알고리즘입니다."},
        {"cwt.invalid", "The certificate claims are malformed.", "증명서 항목 구조가 잘못되었습니다."},
        {"hcert.missing", "No health certificate inside the code.", "코드 안에 건강 증명 정보가 없습니다."},
        {"schema.invalid", "The certificate content does not follow the standard.", "증명서 내용이 표준 형식에 맞지 않습니다."},
        {"valueset.unknown_code", "The certificate names a product, test or country code that is not in the EU value sets.", "증명서에 EU 값 목록에 없는 제품·검사·국가 코드가 있습니다."},
        {"sig.bad", "The signature is not genuine.", "서명이 올바르지 않습니다 (위조 또는 변조)."},
        {"sig.format", "The signature is encoded wrongly.", "서명 형식이 잘못되었습니다."},
        {"sig.alg_mismatch", "The signature algorithm does not match the issuer's key.", "서명 알고리즘이 발급기관 키와 맞지 않습니다."},
        {"sig.unknown_kid", "Signed by a key that is not in the trust list.", "신뢰 목록에 없는 키로 서명되었습니다."},
        {"sig.kid_missing", "The certificate does not name its signing key.", "증명서에 서명 키 정보가 없습니다."},
        {"sig.kid_mismatch", "The signing key does not match the key the certificate names.", "서명 키가 증명서에 적힌 키와 다릅니다."},
        {"sig.unknown_issuer", "The issuer is not in the trust list.", "신뢰 목록에 없는 발급기관입니다."},
        {"dsc.key_usage", "The issuer's key may not sign this kind of certificate.", "발급기관 키가 이 종류의 증명서를 서명할 수 없습니다."},
        {"dsc.expired", "The issuer's signing certificate was not valid when this was signed.", "서명 당시 발급기관 인증서가 유효하지 않았습니다."},
        {"cert.expired", "The certificate has expired.", "증명서가 만료되었습니다."},
        {"cert.not_yet_valid", "The certificate is not valid yet.", "증명서가 아직 유효하지 않습니다."},
        {"cert.revoked", "The certificate has been revoked.", "증명서가 취소(폐기)되었습니다."},
        {"visit.reused", "This certificate was already used to enter a short while ago: check the ID.", "이 증명서로 조금 전에 이미 입장했습니다. 신분증을 확인하세요."},
        {"policy.check_id", "This venue checks an ID card for every certificate.", "이 업소는 모든 증명서에 대해 신분증을 확인합니다."},
        {"policy.vaccination_incomplete", "The vaccination series is not complete.", "기본 접종이 완료되지 않았습니다."},
        {"policy.vaccination_too_recent", "Too soon after the last dose: not yet valid for this venue.", "마지막 접종 후 기간이 짧아 아직 인정되지 않습니다."},
        {"policy.vaccination_expired", "The vaccination is older than this venue's policy accepts (booster needed).", "접종 유효기간이 지났습니다 (추가 접종 필요)."},
        {"policy.test_positive", "The test result is not negative.", "검사 결과가 음성이 아닙니다."},
        {"policy.test_type", "This kind of test is not accepted here.", "이 종류의 검사는 인정되지 않습니다."},
        {"policy.test_expired", "The test is too old.", "검사 유효시간이 지났습니다."},
        {"policy.test_future", "The test's sample time is in the future.", "검사 시각이 미래로 되어 있습니다."},
        {"policy.recovery_too_recent", "Too soon after the positive test to count as recovered.", "확진 후 기간이 짧아 완치자로 인정되지 않습니다."},
        {"policy.recovery_expired", "The recovery is older than this venue's policy accepts.", "완치 인정 기간이 지났습니다."},
        {"policy.type_not_accepted", "This kind of certificate is not accepted under the venue's policy.", "이 업소의 방역 정책에서 인정하지 않는 증명서입니다."},
        {"policy.minor_exempt", "A minor, exempt from the pass: check the age on an ID.", "미성년자로 방역패스 적용 예외입니다. 신분증으로 나이를 확인하세요."},
        {"policy.second_proof", "One of two proofs: scan the second certificate (test or booster) now.", "두 가지 증명 중 하나입니다. 두 번째 증명서(검사 또는 추가 접종)를 스캔하세요."},
        {"policy.two_proofs", "Both proofs belong to the same person.", "두 증명서가 같은 사람의 것입니다."},
        {"policy.rule_failed", "A rule of this venue's policy refuses the certificate.", "이 업소 방역 정책의 규칙에 맞지 않는 증명서입니다."},
        {"policy.rule_open", "A rule of this venue's policy could not be checked for this certificate.", "이 업소 방역 정책의 규칙을 이 증명서에 적용할 수 없습니다."},
        {"policy.exemption", "Admitted under an exemption staff confirmed.", "직원이 확인한 예외로 입장했습니다."},
        {"policy.holder_mismatch", "The two certificates are for different people.", "두 증명서의 사람이 다릅니다."},
        {"crl.invalid", "The issuer's revocation list is unusable, so revocation cannot be checked.", "발급기관의 취소 목록을 사용할 수 없어 취소 여부를 확인할 수 없습니다."},
        {"shc.numeric_invalid", "The code's numbers are damaged.", "코드의 숫자 데이터가 손상되었습니다."},
        {"shc.header_invalid", "The code's header is malformed.", "코드 머리말 형식이 잘못되었습니다."},
        {"shc.chunk_missing", "Part of a multi-part code is missing; scan every part.", "여러 부분으로 된 코드의 일부가 없습니다. 모든 부분을 스캔하세요."},
        {"shc.chunk_duplicate", "The same part of a multi-part code was given twice.", "여러 부분 코드의 같은 부분이 두 번 들어왔습니다."},
        {"shc.chunk_range", "A part number of a multi-part code is out of range.", "여러 부분 코드의 부분 번호가 범위를 벗어났습니다."},
        {"shc.chunk_too_big", "A part of a multi-part code is larger than allowed.", "여러 부분 코드의 한 부분이 허용 크기보다 큽니다."},
        {"shc.chunking_deprecated", "Multi-part codes are deprecated (accepted).", "여러 부분 코드는 더 이상 권장되지 않습니다 (허용)."},
        {"jws.invalid", "The signed token is malformed.", "서명 토큰 형식이 잘못되었습니다."},
        {"shc.file_trailing", "The health card file has extra characters after its content.", "건강 카드 파일 내용 뒤에 불필요한 문자가 있습니다."},
        {"jws.trailing", "Unexpected characters around the signed token.", "서명 토큰 앞뒤에 예상치 못한 문자가 있습니다."},
        {"jws.header_invalid", "The signed token's header is incomplete.", "서명 토큰 머리말이 불완전합니다."},
        {"json.invalid", "The certificate content is not valid JSON.", "증명서 내용이 올바른 JSON이 아닙니다."},
        {"shc.payload_invalid", "The health card content is incomplete.", "건강 카드 내용이 불완전합니다."},
        {"shc.issuer_url_invalid", "The issuer address is not a valid https URL.", "발급기관 주소가 올바른 https 주소가 아닙니다."},
    };
    return all;
}

namespace {
const QHash<QString, const ReasonCatalog::Entry*>& index()
{
    static const QHash<QString, const ReasonCatalog::Entry*> map = [] {
        QHash<QString, const ReasonCatalog::Entry*> m;
        for (const auto& e : ReasonCatalog::entries()) {
            m.insert(QString::fromLatin1(e.code), &e);
        }
        return m;
    }();
    return map;
}
} // namespace

QString ReasonCatalog::text(const QString& code, const QString& language)
{
    const auto* entry = index().value(code, nullptr);
    if (entry == nullptr) {
        return code;
    }
    return language.startsWith(QLatin1String("ko")) ? QString::fromUtf8(entry->korean) : QString::fromUtf8(entry->english);
}

bool ReasonCatalog::isKnown(const QString& code)
{
    return index().contains(code);
}

} // namespace passdesk::credential
