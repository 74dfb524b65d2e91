#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/SigningKey.h"

#include <QByteArray>

namespace passdesk::trust {

/// The signed envelope national backends put around a trust list, as the German DSC list
/// (`/trustList/DSC/`) does: the first line is the base64 of an ECDSA P-256 / SHA-256 signature
/// (DER, as the German list has it, or raw r||s) over every byte after that line's newline, and
/// those bytes are the JSON body. PassDesk uses the same envelope for the DCC revocation lists it
/// fetches. The signature is checked with a pinned trust-list key, never with a key from the list.
class SignedTrustList
{
public:
    /// The body, once its signature verifies under `pinnedKey`. Errors: `update.format` (no signature
    /// line, signature not base64, empty body), `update.signature` (no pinned key, or the signature
    /// does not verify).
    static Result<QByteArray> open(QByteArrayView envelope, const crypto::PublicKey& pinnedKey);
    /// Makes an envelope (DER signature line + body): for tests and the demo signing tool.
    static QByteArray seal(QByteArrayView body, const crypto::SigningKey& key);
};

} // namespace passdesk::trust
