#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace passdesk::codec {

/// A JSON Schema compiled once into a flat table of checks, then applied to payloads quickly.
///
/// It implements the assertion keywords that health-certificate payload schemas use (the EU DCC
/// schema uses all of them and nothing else): `type`, `required`, `properties`, `items`,
/// `minItems`, `maxItems`, `minLength`, `maxLength`, `minimum`, `maximum`, `pattern`, `oneOf`,
/// `anyOf`, `allOf`, `$ref` (JSON pointers within the document, `$defs` and `definitions`), and
/// boolean schemas. Annotations (`title`, `description`, `format`, `examples`, `$comment`,
/// `valueset-uri`, ...) are ignored, as JSON Schema 2020-12 says for `format`. A keyword it does
/// not implement makes compile() fail rather than be skipped, so a newer schema cannot be checked
/// half-way without anyone noticing.
///
/// Semantics follow the specification: lengths count Unicode code points; an integer is a number
/// with no fractional part (1.0 is one); `pattern` is an unanchored ECMA-262 search (`$` matches
/// only at the very end). Validation is read-only and thread-safe.
///
/// valijson (Debian libvalijson-dev), the general validator PassDesk used first, agrees with this
/// on every EU test payload and on the 72,000 mutations of them in tests/unit/codec/JsonSchemaTest,
/// and took four times as long on a DCC payload (13 us against 3.2 us); it stays in the tests as
/// the reference.
class JsonSchema
{
public:
    struct Limits
    {
        int maxSchemaDepth = 64;   ///< Nesting of subschemas while compiling.
        int maxValidateDepth = 64; ///< Nesting of values and `$ref` hops while validating.
    };

    /// Errors: `schema.unreadable` (not a schema, a dangling `$ref`, a bad pattern, an
    /// unsupported keyword).
    static Result<JsonSchema> compile(const QJsonValue& schema, const Limits& limits);
    static Result<JsonSchema> compile(const QJsonValue& schema) { return compile(schema, Limits{}); }

    /// Errors: `schema.invalid`, naming the deepest offending path ("/v/0/dn") and the reason.
    Status validate(const QJsonValue& value) const;

    struct Node;
    struct Compiled;

private:
    explicit JsonSchema(std::shared_ptr<const Compiled> compiled);
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace passdesk::codec
