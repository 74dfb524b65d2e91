#pragma once

#include "common/Result.h"
#include "credential/Credential.h"

#include <QList>
#include <QString>

#include <optional>

namespace passdesk::credential {

/// A reason found while checking a credential: a stable code (see ReasonCatalog) and a detail.
struct Finding
{
    QString code;   ///< Stable dotted code, e.g. `sig.bad`, `cert.expired`.
    QString detail; ///< Technical detail in English (for logs); user text comes from ReasonCatalog.
    bool fatal = true; ///< False for warnings that do not make the credential invalid.
};

/// Outcome of the cryptographic and structural check of a credential. Whether the holder may enter is
/// decided later by a policy; this only says whether the credential is genuine and current.
enum class Outcome {
    Verified,      ///< Decoded, signed by a trusted key, within its validity, not revoked.
    Invalid,       ///< Decoded but failed a check (signature, expiry, key usage, schema...).
    Revoked,       ///< Genuine but on a revocation list.
    UnknownIssuer, ///< Well formed but signed by a key that is not in the trust store.
    Unreadable,    ///< Not a credential PassDesk can decode (wrong prefix, bad encoding...).
};

/// Per-stage results, for diagnostics and conformance runs. Unset means the stage was not reached.
struct StageChecks
{
    std::optional<bool> unprefix;    ///< Known prefix (HC1:, shc:/) stripped.
    std::optional<bool> base45;      ///< EU: Base45 decoded. SHC: numeric/chunk decoding.
    std::optional<bool> compression; ///< Decompressed within the cap.
    std::optional<bool> decode;      ///< COSE/CWT (EU) or JWS/JSON (SHC) structure decoded.
    std::optional<bool> signature;   ///< Signature verified with a trusted key whose kid matches.
    std::optional<bool> keyUsage;    ///< Signing certificate allowed to sign this certificate type.
    std::optional<bool> expiry;      ///< Validation time within issued/expiry.
    std::optional<bool> schema;      ///< Payload valid against the format's schema.
    std::optional<bool> revocation;  ///< Not revoked (false = revoked or revocation data unusable).
};

/// The full answer for one credential.
struct Verification
{
    Outcome outcome = Outcome::Unreadable;
    Credential credential;
    StageChecks checks;
    QList<Finding> findings;
    /// The revocation list that revoked the credential (DCC batch or SHC CRL, with its source); empty
    /// when no list names it.
    QString revokedBy;

    bool verified() const { return outcome == Outcome::Verified; }
    /// True when the holder's name and birth date were signed by a trusted key (the signature
    /// verified), even if the credential failed a later check (expired, revoked, key usage). Otherwise
    /// they are whatever whoever made the code typed, and must not be shown or stored as the holder's.
    bool holderVerified() const { return checks.signature.value_or(false); }
    /// Codes of the fatal findings, in order.
    QStringList reasonCodes() const;
    bool hasFinding(const QString& code) const;

    /// Records a fatal finding.
    void fail(const QString& code, const QString& detail);
    void fail(const Error& error) { fail(error.code, error.message); }

    /// The outcome the findings and stage checks give, the one rule of every decoder: no fatal finding
    /// is Verified; a failure before the structure decoded is Unreadable; `cert.revoked` with a verified
    /// signature is Revoked; a key or issuer missing from the trust store (`sig.unknown_kid`,
    /// `sig.unknown_issuer`) is UnknownIssuer; anything else is Invalid.
    Outcome judge() const;
};

QString toString(Outcome outcome);

} // namespace passdesk::credential
