#pragma once

#include "credential/Verification.h"
#include "trust/TrustStore.h"

#include <QByteArrayView>
#include <QDateTime>

namespace passdesk::credential {

/// Decodes and checks EU Digital COVID Certificates:
/// `HC1:` + Base45 -> zlib -> COSE_Sign1 (tag 18, untagged, or CWT tag 61 around 18) -> CWT claims
/// {1 iss, 4 exp, 6 iat, -260: {1: hcert}}. Every stage that can run does, so one call reports each
/// failure (signature, key usage, expiry, schema) rather than only the first.
class EuDccDecoder
{
public:
    /// The longest text accepted: a version 40 QR holds 4,296 alphanumeric characters.
    static constexpr qsizetype kMaxTextLength = 4296;
    static constexpr QLatin1StringView kPrefix{"HC1:"};

    /// Checks an `HC1:` text at the instant `at` against the DSCs in `trust`.
    static Verification verify(QByteArrayView text, const trust::TrustStore& trust, const QDateTime& at);

    /// Checks COSE_Sign1 bytes (the decompressed content), for tests and fuzzing of the inner layers.
    static Verification verifyCose(QByteArrayView cose, const trust::TrustStore& trust, const QDateTime& at);

    /// Whether a DSC with these extended key usages may sign this type of certificate: a DSC with
    /// none of the three DCC usages may sign all; otherwise only the types it names.
    static bool keyUsageAllows(const QStringList& extendedKeyUsage, CertificateType type);
};

} // namespace passdesk::credential
