#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"

#include <QByteArray>

namespace passdesk::crypto {

/// The signature algorithms PassDesk accepts. COSE/JOSE identifiers: ES256 = -7, PS256 = -37, EdDSA = -8.
enum class SignatureAlgorithm { ES256, PS256, EdDSA };

/// Checks signatures in the encodings COSE and JOSE use.
class SignatureVerifier
{
public:
    /// Verifies `signature` over `message`.
    /// ES256: raw r||s, exactly 64 bytes (a DER-encoded ECDSA signature is refused), key EC P-256.
    /// PS256: RSASSA-PSS with SHA-256, MGF1-SHA-256 and salt length 32, RSA key.
    /// EdDSA: Ed25519.
    /// Errors: `sig.format` (wrong length or encoding), `sig.alg_mismatch` (key type does not fit the
    /// algorithm), `sig.bad` (does not verify).
    static Status verify(const PublicKey& key, SignatureAlgorithm algorithm, QByteArrayView message,
                         QByteArrayView signature);

    /// Converts raw r||s to a DER ECDSA signature (helper for tests and the bare-OpenSSL benchmark).
    static QByteArray rawToDer(QByteArrayView raw);
    /// Converts a DER ECDSA P-256 signature to raw r||s (64 bytes); empty when it is not one.
    static QByteArray derToRaw(QByteArrayView der);
};

} // namespace passdesk::crypto
