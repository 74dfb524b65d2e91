#include "support/ValijsonOracle.h"

#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include <QJsonArray>

#include <exception>

namespace passdesk::test {

namespace {
QJsonValue withoutFormat(const QJsonValue& node)
{
    if (node.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : node.toArray()) {
            out.append(withoutFormat(item));
        }
        return out;
    }
    if (!node.isObject()) {
        return node;
    }
    QJsonObject out;
    const QJsonObject in = node.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (it.key() != QLatin1String("format") || !it.value().isString()) {
            out.insert(it.key(), withoutFormat(it.value()));
        }
    }
    return out;
}
} // namespace

struct ValijsonOracle::Impl
{
    valijson::Schema schema;
    // Kept: the validator caches each compiled `pattern` regex, which is most of its cost.
    valijson::Validator validator{valijson::Validator::kStrongTypes};
};

ValijsonOracle::ValijsonOracle(const QJsonObject& schema) : m_impl(std::make_unique<Impl>())
{
    // The DCC schema declares 2020-12 but uses only keywords draft 7 already had.
    valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
    const QJsonValue prepared = withoutFormat(schema);
    const valijson::adapters::QtJsonAdapter adapter(prepared);
    parser.populateSchema(adapter, m_impl->schema);
}

ValijsonOracle::~ValijsonOracle() = default;

bool ValijsonOracle::accepts(const QJsonValue& value)
{
    const valijson::adapters::QtJsonAdapter target(value);
    try {
        return m_impl->validator.validate(m_impl->schema, target, nullptr);
    } catch (const std::exception&) {
        return false; // valijson throws when a check meets a value of a type it did not expect
    }
}

} // namespace passdesk::test
