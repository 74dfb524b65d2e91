#pragma once

#include "common/Result.h"
#include "rules/CertLogic.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace passdesk::rules {

/// What one business rule says about one certificate.
enum class RuleResult {
    Passed, ///< The rule's logic evaluated to true.
    Failed, ///< The rule's logic evaluated to false.
    Open,   ///< The rule could not be evaluated (a CertLogic error, a non-boolean result, another engine).
};

QString toString(RuleResult result);

/// The outcome of evaluating one rule, with what staff and logs need to explain it.
struct RuleOutcome
{
    RuleResult result = RuleResult::Open;
    QString ruleId;      ///< The rule's Identifier, for example `VR-AT-0001`.
    QString description; ///< The rule's English description.
    QString detail;      ///< For Open: why (the evaluation error or the value that was not a boolean).
};

/// The `external` part of a rule's data context, as EU DCC verifier apps pass it.
struct RuleExternal
{
    QDateTime validationClock; ///< The instant the certificate is checked at.
    QJsonObject valueSets;     ///< Value set id -> array of the accepted codes.
    QString countryCode;       ///< The country whose rules apply (ISO 3166 alpha-2).
    QDateTime expiration;      ///< The CWT's exp.
    QDateTime issuedAt;        ///< The CWT's iat.

    /// `{validationClock, valueSets, countryCode, exp, iat}`; instants as ISO 8601 UTC with milliseconds,
    /// invalid ones left out.
    QJsonObject toJson() const;
};

/// An EU DCC business rule in the gateway format (dgc-business-rules: rule.json). The logic is CertLogic,
/// evaluated against `{payload: <the hcert JSON>, external: {...}}`.
class BusinessRule
{
public:
    /// One language's description of the rule.
    struct Description
    {
        QString language; ///< `lang`, for example `en`.
        QString text;     ///< `desc`.
    };

    QString identifier;      ///< `Identifier`, for example `VR-AT-0001`: type prefix, country, number.
    QString type;            ///< `Type`: `Acceptance` or `Invalidation`.
    QString country;         ///< `Country`: the issuing country of the rule.
    QString version;         ///< `Version` of this rule (semantic version).
    QString schemaVersion;   ///< `SchemaVersion`: the DCC schema version the rule is written against.
    QString engine;          ///< `Engine`: `CERTLOGIC` is the only engine PassDesk evaluates.
    QString engineVersion;   ///< `EngineVersion`.
    QString certificateType; ///< `CertificateType`: `General`, `Vaccination`, `Test` or `Recovery`.
    QList<Description> descriptions; ///< `Description`.
    QDateTime validFrom;     ///< `ValidFrom` (UTC).
    QDateTime validTo;       ///< `ValidTo` (UTC).
    QStringList affectedFields; ///< `AffectedFields`: payload paths the logic reads, for display.
    QJsonValue logic;        ///< `Logic`: a CertLogic expression, well-formed per CertLogic::validate.

    /// Parses a rule object. Every gateway field is required; the logic must pass CertLogic::validate.
    /// Error code `rule.invalid` naming the first problem.
    static Result<BusinessRule> fromJson(const QJsonObject& object);
    /// Parses rule.json text (at most 1 MiB).
    static Result<BusinessRule> fromJson(const QByteArray& json);

    /// The description in English, else the first one there is.
    QString description() const;

    /// Evaluates the rule for `payload` with `external` as the data context's `external` object.
    RuleOutcome evaluate(const QJsonValue& payload, const QJsonObject& external, const CertLogic& evaluator = CertLogic()) const;
    RuleOutcome evaluate(const QJsonValue& payload, const RuleExternal& external, const CertLogic& evaluator = CertLogic()) const;
};

} // namespace passdesk::rules
