#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace passdesk::credential {

/// Which open format a credential came in.
enum class Format { Unknown, EuDcc, SmartHealthCard };

/// What the credential attests.
enum class CertificateType { Unknown, Vaccination, Test, Recovery };

/// The person the credential is about. Names may come in native script and in a transliterated
/// (ICAO 9303 Latin) form; the date of birth may be partial ("1964", "1964-08") or empty.
struct Holder
{
    QString familyName;      ///< Native script (EU DCC nam/fn; SHC Patient.name.family).
    QString givenName;       ///< Native script (nam/gn; SHC given names joined by spaces).
    QString familyNameLatin; ///< Transliterated, ICAO form (nam/fnt), empty for SHC.
    QString givenNameLatin;  ///< Transliterated (nam/gnt).
    QString dateOfBirth;     ///< As written: YYYY, YYYY-MM, YYYY-MM-DD, or empty.

    /// The name for display, native script when present: "Given Family", or family name first with
    /// no space for Hangul, Han and kana names (김민준).
    QString displayName() const;
};

/// One vaccination, test or recovery statement.
struct Event
{
    CertificateType kind = CertificateType::Unknown;
    QString disease;       ///< Targeted disease or agent (SNOMED code in EU DCC, e.g. 840539006).
    QString country;       ///< Country of the event (ISO 3166-1 alpha-2), when stated.
    QString issuer;        ///< Issuing body as written in the event (EU DCC is), or performer for SHC.
    QString identifier;    ///< Certificate identifier of this event (UVCI, ci), if any.

    // Vaccination
    QString product;       ///< Medicinal product (EU mp, SHC CVX code).
    QString manufacturer;  ///< Marketing authorisation holder or manufacturer (EU ma, test ma).
    QString vaccineType;   ///< Vaccine or prophylaxis (EU vp).
    int doseNumber = 0;    ///< dn: dose number, 0 when unknown.
    int totalDoses = 0;    ///< sd: total doses in the series, 0 when unknown.
    QDate date;            ///< Vaccination date (dt; SHC occurrenceDateTime), or the test result date.

    // Test
    QString testType;      ///< tt (e.g. LP6464-4 NAAT/PCR, LP217198-3 rapid antigen).
    QString testName;      ///< nm (NAAT name) or, with testDevice, the RAT device.
    QString testResult;    ///< tr (260415000 not detected, 260373001 detected).
    QDateTime sampleTime;  ///< sc: sample collection time (UTC).
    QString testCentre;    ///< tc

    // Recovery
    QDate firstPositive;   ///< fr
    QDate validFrom;       ///< df
    QDate validUntil;      ///< du
};

/// Everything PassDesk knows about one decoded credential, whatever its format.
struct Credential
{
    Format format = Format::Unknown;
    CertificateType type = CertificateType::Unknown; ///< Type of the (first) event.
    Holder holder;
    QList<Event> events;
    QString issuer;          ///< EU DCC: CWT iss (a country code); SHC: the iss URL.
    QString issuingCountry;  ///< ISO country of issue when known (EU: iss or event co).
    QDateTime issuedAt;      ///< CWT iat / SHC nbf.
    QDateTime expiresAt;     ///< CWT exp / SHC exp (invalid QDateTime when absent).
    QString identifier;      ///< UVCI (EU) or rid (SHC), the value used for re-use and revocation.
    QByteArray keyId;        ///< Signing key id: 8-byte DSC kid (EU) or the JWK thumbprint's text (SHC).
    QString signer;          ///< Subject of the signing certificate or the issuer's display name.
    QString schemaVersion;   ///< EU DCC ver.
    QJsonObject payload;     ///< The decoded health payload (EU hcert JSON or the SHC FHIR bundle).
};

QString toString(Format format);
QString toString(CertificateType type);

} // namespace passdesk::credential
