#pragma once

#include "common/Result.h"
#include "crypto/SignatureVerifier.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace passdesk::trust {

/// The three lookup keys of one EU DCC for revocation (EU DCC revocation specification, as the
/// Corona-Warn-App implements it): each is the first 16 bytes of a SHA-256.
struct DccRevocationHashes
{
    QByteArray uci;            ///< SHA-256 of the UCI (the first event's `ci`, exactly as written).
    QByteArray countryCodeUci; ///< SHA-256 of the issuing country (CWT `iss`) followed by the UCI.
    QByteArray signature;      ///< SHA-256 of the COSE signature; for ES256 only its r half (first 32 bytes).

    /// Computes the three hashes. `uci` empty gives empty UCI hashes (nothing to look up).
    static DccRevocationHashes compute(const QString& uci, const QString& issuingCountry, QByteArrayView coseSignature,
                                       crypto::SignatureAlgorithm algorithm);
};

/// A DCC revocation list: batches in the JSON form of the EU DCC Gateway's revocation batches,
/// either one batch object or `{"batches": [batch, ...]}`, each batch
/// `{"batchId": "...", "country": "DE", "expires": ISO8601, "kid": base64 (optional: any signer),
///   "hashType": "SIGNATURE" | "UCI" | "COUNTRYCODEUCI", "entries": [{"hash": base64 of 16 bytes}]}`.
/// Immutable once parsed; read by any number of threads.
class DccRevocationList
{
public:
    enum class HashType { Signature, Uci, CountryCodeUci };

    /// Where a certificate was found.
    struct Match
    {
        bool revoked = false;
        HashType hashType = HashType::Signature;
        QString list; ///< "DCC revocation <batchId> (<country>, <HASHTYPE>) from <source>"
    };

    /// Parses and validates a list. `source` names it (file or URL) in verdicts. Errors (all
    /// `revocation.invalid`): not JSON, unknown hash type, a hash that is not base64 of 16 to 32 bytes
    /// (longer ones are cut to 16, as the gateway allows), a kid that is not base64, no batch at all.
    static Result<DccRevocationList> parse(QByteArrayView json, const QString& source);

    /// Looks the certificate up in every batch whose kid is empty or equals `signerKid`.
    Match lookup(const DccRevocationHashes& hashes, QByteArrayView signerKid) const;

    qsizetype entryCount() const;
    qsizetype batchCount() const { return m_batches.size(); }
    const QString& source() const { return m_source; }
    /// Latest `date` of the batches (when the list was issued), invalid when none gives one.
    QDateTime issuedAt() const { return m_issuedAt; }

    static QString toString(HashType type);

private:
    struct Batch
    {
        QString id;
        QString country;
        QByteArray kid;
        HashType hashType = HashType::Signature;
        QDateTime expires;
        QSet<QByteArray> hashes; ///< 16-byte hashes
    };
    QString m_source;
    QDateTime m_issuedAt;
    QList<Batch> m_batches;
};

} // namespace passdesk::trust
