#pragma once

#include "support/DemoIssuer.h"
#include "trust/TrustStore.h"

#include <QDateTime>
#include <QString>

#include <memory>

namespace passdesk::test {

/// Path of the shared vectors folder; a test that needs it fails (not skips) when it is missing.
QString vectorsDir();
/// Reads a file below the vectors folder, failing the current test when it cannot.
QByteArray readVector(const QString& relativePath);

/// A test-only EU DCC signer: key, self-signed DSC (with the given EKU OIDs), and helpers.
struct EuSigner
{
    crypto::SigningKey key;
    crypto::X509Certificate certificate;
    static const EuSigner& ec();      ///< EC P-256, no EKU restriction.
    static const EuSigner& rsa();     ///< RSA 2048 for PS256.
    static const EuSigner& testOnly(); ///< EC P-256 with EKU limited to test certificates.
    std::shared_ptr<trust::TrustStore> store() const;
};

/// Fixed instants used across tests.
QDateTime issued();   ///< 2021-12-01T09:00:00Z
QDateTime expires();  ///< 2022-12-01T09:00:00Z
QDateTime during();   ///< 2022-01-10T12:00:00Z

/// A valid vaccination payload for Hong Gildong.
QJsonObject vaccination();

/// Test SMART Health Card issuer.
struct ShcSigner
{
    QString issuer = QStringLiteral("https://demo.passdesk.invalid/test-only-issuer");
    crypto::SigningKey key;
    static const ShcSigner& instance();
    std::shared_ptr<trust::TrustStore> store(int crlVersion = 0) const;
    QByteArray jws(const QString& rid = {}, const credential::ShcOptions& options = {}) const;
};

/// The TEST-ONLY key that signs trust lists (the key a test pins) and the documents it signs.
struct TrustListSigner
{
    crypto::SigningKey key;
    static const TrustListSigner& instance();
    /// A DSC list in the German backend's form: signature line, then {"certificates": [...]}.
    QByteArray dscList(const QList<crypto::X509Certificate>& certificates) const;
    /// A signed DCC revocation list holding one batch of `hashes` of `hashType`.
    QByteArray dccRevocation(const QString& batchId, const QString& hashType, const QList<QByteArray>& hashes) const;
    /// A VCI-style directory snapshot with the test SMART Health Card issuer (ShcSigner) and its key.
    static QByteArray shcDirectory(int crlVersion = 0);
};

} // namespace passdesk::test
