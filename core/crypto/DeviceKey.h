#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/SigningKey.h"

#include <QString>

namespace passdesk::crypto {

/// The per-install Ed25519 key that signs evidence bundles. It lives beside the visitor log
/// (`visits.db.device-key`, PKCS#8 PEM, owner-only file mode) and is created on first use; inspectors
/// see only its public half and its fingerprint.
class DeviceKey
{
public:
    /// Where the device key of the log at `databasePath` is kept.
    static QString pathFor(const QString& databasePath);
    /// Loads the key at `path`, or creates it (mode 0600) when there is none. Errors: `key.invalid`
    /// (the file is not an Ed25519 private key), `key.io` (cannot read or write it).
    static Result<SigningKey> loadOrCreate(const QString& path);
    /// SHA-256 over the key's DER SubjectPublicKeyInfo, lowercase hex (64 characters).
    static QString fingerprint(const PublicKey& key);
    /// The fingerprint for people: the first 32 hex digits in groups of four ("1a2b 3c4d ...").
    static QString shortFingerprint(const QString& fingerprint);
};

} // namespace passdesk::crypto
