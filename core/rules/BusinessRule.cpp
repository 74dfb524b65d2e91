#include "rules/BusinessRule.h"

#include "common/IsoTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace passdesk::rules {

namespace {

Error ruleInvalid(const QString& message)
{
    return Error{QStringLiteral("rule.invalid"), message};
}

QString instantText(const QDateTime& instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString toString(RuleResult result)
{
    switch (result) {
    case RuleResult::Passed: return QStringLiteral("passed");
    case RuleResult::Failed: return QStringLiteral("failed");
    case RuleResult::Open: return QStringLiteral("open");
    }
    return {};
}

QJsonObject RuleExternal::toJson() const
{
    QJsonObject out{{QStringLiteral("valueSets"), valueSets}, {QStringLiteral("countryCode"), countryCode}};
    if (validationClock.isValid()) {
        out.insert(QStringLiteral("validationClock"), instantText(validationClock));
    }
    if (expiration.isValid()) {
        out.insert(QStringLiteral("exp"), instantText(expiration));
    }
    if (issuedAt.isValid()) {
        out.insert(QStringLiteral("iat"), instantText(issuedAt));
    }
    return out;
}

Result<BusinessRule> BusinessRule::fromJson(const QJsonObject& object)
{
    BusinessRule rule;
    const std::pair<const char*, QString*> texts[] = {
        {"Identifier", &rule.identifier}, {"Type", &rule.type},
        {"Country", &rule.country},       {"Version", &rule.version},
        {"SchemaVersion", &rule.schemaVersion}, {"Engine", &rule.engine},
        {"EngineVersion", &rule.engineVersion}, {"CertificateType", &rule.certificateType},
    };
    for (const auto& [key, field] : texts) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty()) {
            return ruleInvalid(QStringLiteral("%1 must be a non-empty string").arg(QLatin1String(key)));
        }
        *field = v.toString();
    }
    const std::pair<const char*, QDateTime*> instants[] = {{"ValidFrom", &rule.validFrom}, {"ValidTo", &rule.validTo}};
    for (const auto& [key, field] : instants) {
        const Result<QDateTime> at = parseIsoInstant(object.value(QLatin1String(key)).toString());
        if (!at) {
            return ruleInvalid(QStringLiteral("%1 must be an ISO 8601 instant").arg(QLatin1String(key)));
        }
        *field = *at;
    }
    const QJsonValue descriptions = object.value(QLatin1String("Description"));
    if (!descriptions.isArray()) {
        return ruleInvalid(QStringLiteral("Description must be an array of {lang, desc}"));
    }
    for (const QJsonValue& d : descriptions.toArray()) {
        const QJsonValue lang = d.toObject().value(QLatin1String("lang"));
        const QJsonValue desc = d.toObject().value(QLatin1String("desc"));
        if (!lang.isString() || !desc.isString()) {
            return ruleInvalid(QStringLiteral("Description must be an array of {lang, desc}"));
        }
        rule.descriptions.append(Description{lang.toString(), desc.toString()});
    }
    const QJsonValue fields = object.value(QLatin1String("AffectedFields"));
    if (!fields.isArray()) {
        return ruleInvalid(QStringLiteral("AffectedFields must be an array of strings"));
    }
    for (const QJsonValue& f : fields.toArray()) {
        if (!f.isString()) {
            return ruleInvalid(QStringLiteral("AffectedFields must be an array of strings"));
        }
        rule.affectedFields.append(f.toString());
    }
    if (!object.contains(QLatin1String("Logic"))) {
        return ruleInvalid(QStringLiteral("Logic is missing"));
    }
    rule.logic = object.value(QLatin1String("Logic"));
    const QList<CertLogicIssue> issues = CertLogic().validate(rule.logic);
    if (!issues.isEmpty()) {
        return ruleInvalid(QStringLiteral("Logic is not well-formed CertLogic: ") + issues.first().message);
    }
    return rule;
}

Result<BusinessRule> BusinessRule::fromJson(const QByteArray& json)
{
    if (json.size() > 1024 * 1024) {
        return ruleInvalid(QStringLiteral("rule larger than 1 MiB"));
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        return ruleInvalid(QStringLiteral("not a JSON object: ") + error.errorString());
    }
    return fromJson(doc.object());
}

QString BusinessRule::description() const
{
    for (const Description& d : descriptions) {
        if (d.language == QLatin1String("en")) {
            return d.text;
        }
    }
    return descriptions.isEmpty() ? QString() : descriptions.first().text;
}

RuleOutcome BusinessRule::evaluate(const QJsonValue& payload, const QJsonObject& external, const CertLogic& evaluator) const
{
    RuleOutcome outcome;
    outcome.ruleId = identifier;
    outcome.description = description();
    if (engine != QLatin1String("CERTLOGIC")) {
        outcome.detail = QStringLiteral("rule engine %1 is not CertLogic").arg(engine);
        return outcome;
    }
    const QJsonObject data{{QStringLiteral("payload"), payload}, {QStringLiteral("external"), external}};
    const Result<QJsonValue> value = evaluator.evaluate(logic, data);
    if (!value) {
        outcome.detail = value.error().message;
    } else if (!value->isBool()) {
        const QJsonDocument shown(QJsonArray{*value});
        outcome.detail = QStringLiteral("the logic evaluated to %1, not to true or false")
                             .arg(QString::fromUtf8(shown.toJson(QJsonDocument::Compact).mid(1).chopped(1)).left(80));
    } else {
        outcome.result = value->toBool() ? RuleResult::Passed : RuleResult::Failed;
    }
    return outcome;
}

RuleOutcome BusinessRule::evaluate(const QJsonValue& payload, const RuleExternal& external, const CertLogic& evaluator) const
{
    return evaluate(payload, external.toJson(), evaluator);
}

} // namespace passdesk::rules
