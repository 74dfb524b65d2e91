#pragma once

#include "common/Result.h"
#include "crypto/PublicKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <memory>

struct x509_st;

namespace passdesk::crypto {

/// An X.509 certificate (a document signer certificate, DSC, in EU DCC terms).
class X509Certificate
{
public:
    /// EU DCC extended key usage OIDs (both spellings are in use).
    static constexpr const char* kEkuTest = "1.3.6.1.4.1.1847.2021.1.1";
    static constexpr const char* kEkuVaccination = "1.3.6.1.4.1.1847.2021.1.2";
    static constexpr const char* kEkuRecovery = "1.3.6.1.4.1.1847.2021.1.3";
    static constexpr const char* kEkuTestAlt = "1.3.6.1.4.1.0.1847.2021.1.1";
    static constexpr const char* kEkuVaccinationAlt = "1.3.6.1.4.1.0.1847.2021.1.2";
    static constexpr const char* kEkuRecoveryAlt = "1.3.6.1.4.1.0.1847.2021.1.3";

    X509Certificate() = default;

    /// Errors: `cert.invalid`.
    static Result<X509Certificate> fromDer(QByteArrayView der);
    /// Accepts PEM, DER, or base64 of DER (as in trust lists and test data). Errors: `cert.invalid`.
    static Result<X509Certificate> fromAnyEncoding(QByteArrayView data);
    /// Every certificate of a PEM bundle, or the one certificate of any other encoding fromAnyEncoding
    /// reads. Errors: `cert.invalid`.
    static Result<QList<X509Certificate>> allFromAnyEncoding(QByteArrayView data);
    /// Every certificate in a PEM bundle. Errors: `cert.invalid` when none parses.
    static Result<QList<X509Certificate>> allFromPem(QByteArrayView pem);

    bool isNull() const { return !m_cert; }
    const QByteArray& der() const { return m_der; }
    /// EU DCC key identifier: the first 8 bytes of SHA-256 over the DER encoding.
    QByteArray kid() const;
    PublicKey publicKey() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    /// One-line subject, for display.
    QString subject() const;
    /// Country (C) of the subject, or empty.
    QString subjectCountry() const;
    /// Extended key usage OIDs in dotted form; empty when the extension is absent or empty.
    QStringList extendedKeyUsage() const;

    x509_st* handle() const { return m_cert.get(); }

private:
    std::shared_ptr<x509_st> m_cert;
    QByteArray m_der;
};

} // namespace passdesk::crypto
