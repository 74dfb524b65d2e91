#pragma once

#include "support/DemoIssuer.h"
#include "trust/TrustStore.h"

#include <QDateTime>
#include <QJsonDocument>

namespace passdesk::fuzz {

/// A trust store with one test-only EU DSC and one SMART Health Card issuer, built once per process, so
/// inputs derived from the seeds reach the signature check.
struct FuzzWorld
{
    crypto::SigningKey dscKey;
    crypto::X509Certificate dsc;
    crypto::SigningKey shcKey;
    QString shcIssuer = QStringLiteral("https://fuzz.passdesk.invalid/issuer");
    trust::TrustStore store;
    QDateTime at{QDate(2022, 1, 10), QTime(12, 0), Qt::UTC};

    static const FuzzWorld& instance()
    {
        static const FuzzWorld w;
        return w;
    }

private:
    FuzzWorld()
    {
        dscKey = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
        dsc = dscKey.selfSignedCertificate(QStringLiteral("fuzz DSC (test only)"), QStringLiteral("KR"), {},
                                           QDateTime(QDate(2021, 1, 1), QTime(0, 0), Qt::UTC),
                                           QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
        store.addDsc(dsc, QStringLiteral("fuzz"));
        shcKey = crypto::SigningKey::generate(crypto::SigningKey::Type::EcP256);
        (void)store.addShcJwks(shcIssuer, QJsonDocument(credential::DemoIssuer::jwks({shcKey.publicKey()})).toJson());
    }
};

} // namespace passdesk::fuzz
