#pragma once

#include <QByteArray>
#include <QString>

namespace passdesk::crypto {

/// Slow salted hashes for the owner's PIN or passphrase: PBKDF2-HMAC-SHA256 (OpenSSL), stored as
/// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>".
class PasswordHash
{
public:
    /// About 0.1 s on a counter PC: slow for guessing, quick enough for a person.
    static constexpr int kIterations = 300000;

    /// A new hash with a random 16-byte salt.
    static QString create(const QString& secret, int iterations = kIterations);
    /// True if `secret` matches `stored` (constant-time comparison). False for malformed `stored`.
    static bool matches(const QString& secret, const QString& stored);
};

} // namespace passdesk::crypto
