#include "credential/ReasonCatalog.h"

#include "credential/CoreCatalogue.h"

#include <QHash>

namespace passdesk::credential {

namespace {
// The Linguist context of every reason text; lupdate reads the literal in each QT_TRANSLATE_NOOP below.
constexpr const char* kContext = "passdesk::credential::ReasonCatalog";
} // namespace

const QList<ReasonCatalog::Entry>& ReasonCatalog::entries()
{
    static const QList<Entry> all = {
        {"input.empty", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "No code was read.")},
        {"input.too_long", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The code is longer than any certificate can be.")},
        {"prefix.unknown", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Not a supported certificate (unknown prefix).")},
        {"b45.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The code's text is damaged (Base45).")},
        {"b64.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The code's text is damaged (base64url).")},
        {"zlib.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate data is damaged (compression).")},
        {"zlib.too_large", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate data is too large.")},
        {"cbor.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate data is malformed.")},
        {"cbor.too_deep", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate data is nested too deeply.")},
        {"cbor.too_large", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate data has too many items.")},
        {"cose.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signed envelope is malformed.")},
        {"cose.alg_unsupported", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signature algorithm is not accepted.")},
        {"cwt.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate claims are malformed.")},
        {"hcert.missing", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "No health certificate inside the code.")},
        {"schema.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate content does not follow the standard.")},
        {"valueset.unknown_code", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate names a product, test or country code that is not in the EU value sets.")},
        {"sig.bad", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signature is not genuine.")},
        {"sig.format", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signature is encoded wrongly.")},
        {"sig.alg_mismatch", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signature algorithm does not match the issuer's key.")},
        {"sig.unknown_kid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Signed by a key that is not in the trust list.")},
        {"sig.kid_missing", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate does not name its signing key.")},
        {"sig.kid_mismatch", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signing key does not match the key the certificate names.")},
        {"sig.unknown_issuer", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The issuer is not in the trust list.")},
        {"dsc.key_usage", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The issuer's key may not sign this kind of certificate.")},
        {"dsc.expired", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The issuer's signing certificate was not valid when this was signed.")},
        {"cert.expired", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate has expired.")},
        {"cert.not_yet_valid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate is not valid yet.")},
        {"cert.revoked", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate has been revoked.")},
        {"visit.reused", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "This certificate was already used to enter a short while ago: check the ID.")},
        {"policy.check_id", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "This venue checks an ID card for every certificate.")},
        {"policy.vaccination_incomplete", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The vaccination series is not complete.")},
        {"policy.vaccination_too_recent", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Too soon after the last dose: not yet valid for this venue.")},
        {"policy.vaccination_expired", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The vaccination is older than this venue's policy accepts (booster needed).")},
        {"policy.test_positive", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The test result is not negative.")},
        {"policy.test_type", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "This kind of test is not accepted here.")},
        {"policy.test_expired", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The test is too old.")},
        {"policy.test_future", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The test's sample time is in the future.")},
        {"policy.recovery_too_recent", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Too soon after the positive test to count as recovered.")},
        {"policy.recovery_expired", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The recovery is older than this venue's policy accepts.")},
        {"policy.type_not_accepted", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "This kind of certificate is not accepted under the venue's policy.")},
        {"policy.minor_exempt", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "A minor, exempt from the pass: check the age on an ID.")},
        {"policy.second_proof", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "One of two proofs: scan the second certificate (test or booster) now.")},
        {"policy.two_proofs", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Both proofs belong to the same person.")},
        {"policy.rule_failed", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "A rule of this venue's policy refuses the certificate.")},
        {"policy.rule_open", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "A rule of this venue's policy could not be checked for this certificate.")},
        {"policy.exemption", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Admitted under an exemption staff confirmed.")},
        {"policy.holder_mismatch", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The two certificates are for different people.")},
        {"crl.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The issuer's revocation list is unusable, so revocation cannot be checked.")},
        {"shc.numeric_invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The code's numbers are damaged.")},
        {"shc.header_invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The code's header is malformed.")},
        {"shc.chunk_missing", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Part of a multi-part code is missing; scan every part.")},
        {"shc.chunk_duplicate", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The same part of a multi-part code was given twice.")},
        {"shc.chunk_range", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "A part number of a multi-part code is out of range.")},
        {"shc.chunk_too_big", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "A part of a multi-part code is larger than allowed.")},
        {"shc.chunking_deprecated", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Multi-part codes are deprecated (accepted).")},
        {"jws.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signed token is malformed.")},
        {"shc.file_trailing", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The health card file has extra characters after its content.")},
        {"jws.trailing", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "Unexpected characters around the signed token.")},
        {"jws.header_invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The signed token's header is incomplete.")},
        {"json.invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The certificate content is not valid JSON.")},
        {"shc.payload_invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The health card content is incomplete.")},
        {"shc.issuer_url_invalid", QT_TRANSLATE_NOOP("passdesk::credential::ReasonCatalog", "The issuer address is not a valid https URL.")},
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
    return CoreCatalogue::translate(kContext, entry->english, language);
}

bool ReasonCatalog::isKnown(const QString& code)
{
    return index().contains(code);
}

} // namespace passdesk::credential
