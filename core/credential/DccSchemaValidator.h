#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace passdesk::credential {

/// Checks a decoded EU DCC payload (the `hcert` claim, -260/1) against the EU DCC JSON schema.
/// The schema PassDesk ships is resources/schema/DCC.combined-schema.json, compiled into core
/// (codec::JsonSchema) once; another one can be loaded for tests or newer schema versions.
/// Validation is read-only and thread-safe.
///
/// The schema declares JSON Schema 2020-12, where `format` is an annotation, not an assertion, so
/// "dt": "2021-05-18T08:10:00+02:00" is valid (the EU test data relies on this). Value-set membership of coded fields is not part of
/// the schema (`valueset-uri` is an annotation too): ValueSets checks it, and business rules decide.
class DccSchemaValidator
{
public:
    /// The shipped schema (parsed once, on first use).
    static const DccSchemaValidator& shipped();
    /// Parses a schema file. Errors: `schema.unreadable`.
    static Result<std::shared_ptr<const DccSchemaValidator>> load(const QString& path);
    /// Parses schema JSON text. Errors: `schema.unreadable`.
    static Result<std::shared_ptr<const DccSchemaValidator>> fromJson(const QByteArray& json);

    ~DccSchemaValidator();
    DccSchemaValidator(const DccSchemaValidator&) = delete;
    DccSchemaValidator& operator=(const DccSchemaValidator&) = delete;

    /// Errors: `schema.invalid`, with the first offending path and reason in the message.
    Status validate(const QJsonObject& hcert) const;
    /// The schema version named in its `$comment` ("Schema version 1.3.3" gives "1.3.3"), or empty.
    QString version() const;

private:
    struct Impl;
    explicit DccSchemaValidator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace passdesk::credential
