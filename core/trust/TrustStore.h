#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"
#include "crypto/X509Certificate.h"
#include "trust/DccRevocationList.h"
#include "trust/ShcRevocationList.h"

#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

namespace passdesk::trust {

/// A document signer certificate trusted for EU DCC.
struct DscEntry
{
    QByteArray kid;                        ///< 8-byte key id (SHA-256 of the DER, first 8 bytes).
    crypto::X509Certificate certificate;
    QString country;                       ///< From the list or the certificate subject.
    QString source;                        ///< Where it was imported from, for display.
    // Read from the certificate once, when it is added, rather than on every scan it signs.
    QString subject;                       ///< The certificate's subject, as X509Certificate::subject().
    crypto::PublicKey publicKey;           ///< As X509Certificate::publicKey().
    QStringList extendedKeyUsage;          ///< As X509Certificate::extendedKeyUsage().
};

/// A SMART Health Card issuer key.
struct ShcIssuerKey
{
    QString issuer;      ///< iss URL, exactly as cards carry it.
    QString kid;         ///< kid as published (should equal the JWK thumbprint).
    crypto::PublicKey key;
    int crlVersion = 0;  ///< 0: the issuer publishes no revocation list for this key.
};

/// The keys PassDesk trusts, loaded from local files only. It is filled once, then read by any number
/// of threads; updates build a new store and swap it in whole.
class TrustStore
{
public:
    // --- EU DCC document signers
    void addDsc(const crypto::X509Certificate& certificate, const QString& source, const QString& country = {});
    /// Every DSC whose kid equals `kid`.
    QList<DscEntry> dscsForKid(QByteArrayView kid) const;
    qsizetype dscCount() const { return m_dscs.size(); }

    // --- SMART Health Card issuers
    /// Adds the keys of a JWKS document (`{"keys": [...]}`) for `issuer`. Keys that are not EC P-256
    /// signing keys are skipped. Errors: `jwk.invalid` when the document is unusable or has no usable key.
    Result<int> addShcJwks(const QString& issuer, QByteArrayView jwksJson, const QString& displayName = {});
    /// Imports a revocation list for one of the issuer's keys. The list must parse, name a key of that
    /// issuer, and its ctr must equal the key's crlVersion. A refused list is remembered, so cards signed
    /// with that key fail closed (`crl.invalid`) rather than passing unchecked. Errors: `crl.invalid`.
    Status addShcCrl(const QString& issuer, QByteArrayView crlJson);
    bool knowsShcIssuer(const QString& issuer) const { return m_shcIssuerNames.contains(issuer); }
    QString shcIssuerName(const QString& issuer) const { return m_shcIssuerNames.value(issuer); }
    const ShcIssuerKey* shcKey(const QString& issuer, const QString& kid) const;
    const ShcRevocationList* shcCrl(const QString& issuer, const QString& kid) const;
    /// Why the revocation list of this key was refused, if it was.
    std::optional<Error> shcCrlProblem(const QString& issuer, const QString& kid) const;
    qsizetype shcKeyCount() const { return m_shcKeys.size(); }
    qsizetype shcCrlCount() const { return m_shcCrls.size(); }

    // --- EU DCC revocation
    /// Adds a parsed DCC revocation list; every list added is consulted.
    void addDccRevocationList(DccRevocationList list);
    /// The first list that revokes a certificate with these hashes, signed by the DSC `signerKid`.
    DccRevocationList::Match dccRevocation(const DccRevocationHashes& hashes, QByteArrayView signerKid) const;
    qsizetype dccRevocationEntryCount() const;

    // --- Files
    /// Imports a file or every file in a folder (not recursive): PEM/DER/base64 certificates, or a
    /// PassDesk trust list (JSON, see resources/demo/README.md). Returns how many keys were added.
    /// Errors: `trust.unreadable` (missing or unreadable path), `trust.invalid` (nothing usable in it).
    Result<int> importPath(const QString& path);
    /// Imports a PassDesk trust list document. Errors: `trust.invalid`.
    Result<int> importTrustList(QByteArrayView json, const QString& baseDir, const QString& source);

private:
    static QString keyOf(const QString& issuer, const QString& kid) { return issuer + QLatin1Char('#') + kid; }

    QList<DscEntry> m_dscs;
    QMultiHash<QByteArray, qsizetype> m_dscByKid;
    QHash<QString, QString> m_shcIssuerNames;
    QHash<QString, ShcIssuerKey> m_shcKeys;
    QHash<QString, ShcRevocationList> m_shcCrls;
    QHash<QString, Error> m_shcCrlProblems;
    QList<DccRevocationList> m_dccRevocation;
};

} // namespace passdesk::trust
