#pragma once

#include "credential/Verification.h"
#include "trust/TrustStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <memory>

namespace passdesk::credential {

/// Entry point for "is this QR text a genuine certificate": routes by prefix (`HC1:` EU DCC, `shc:/`
/// SMART Health Card) and checks offline against one trust store snapshot. Thread-safe: the store is
/// immutable and shared; a trust update makes a new verifier.
class CredentialVerifier
{
public:
    explicit CredentialVerifier(std::shared_ptr<const trust::TrustStore> trust);

    /// Checks one QR text at instant `at`.
    Verification verify(QByteArrayView text, const QDateTime& at) const;
    /// Checks the texts of one credential; several only for a chunked SMART Health Card.
    Verification verify(const QList<QByteArray>& texts, const QDateTime& at) const;

    /// The format a text claims by its prefix (Unknown when none matches).
    static Format formatOf(QByteArrayView text);

    const trust::TrustStore& trustStore() const { return *m_trust; }

private:
    std::shared_ptr<const trust::TrustStore> m_trust;
};

} // namespace passdesk::credential
