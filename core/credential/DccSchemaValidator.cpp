#include "credential/DccSchemaValidator.h"

#define VALIJSON_USE_EXCEPTIONS 1
#include <valijson/adapters/qtjson_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <exception>

#ifndef PASSDESK_DCC_SCHEMA_RESOURCE
#error "PASSDESK_DCC_SCHEMA_RESOURCE must name the compiled-in schema resource"
#endif

namespace passdesk::credential {

namespace {
constexpr qsizetype kMaxSchemaBytes = 1024 * 1024;

// Rewrites the schema for valijson: drops `format`, an annotation in JSON Schema 2020-12.
QJsonValue prepare(const QJsonValue& node, int depth = 0)
{
    if (depth > 64) {
        return node; // valijson reports the absurd nesting itself
    }
    if (node.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : node.toArray()) {
            out.append(prepare(item, depth + 1));
        }
        return out;
    }
    if (!node.isObject()) {
        return node;
    }
    QJsonObject out;
    const QJsonObject in = node.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (it.key() == QLatin1String("format") && it.value().isString()) {
            continue;
        }
        out.insert(it.key(), prepare(it.value(), depth + 1));
    }
    return out;
}
}

struct DccSchemaValidator::Impl
{
    valijson::Schema schema;
    QString version;
};

DccSchemaValidator::DccSchemaValidator(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
DccSchemaValidator::~DccSchemaValidator() = default;

Result<std::shared_ptr<const DccSchemaValidator>> DccSchemaValidator::fromJson(const QByteArray& json)
{
    if (json.size() > kMaxSchemaBytes) {
        return Error{QStringLiteral("schema.unreadable"), QStringLiteral("schema over %1 bytes").arg(kMaxSchemaBytes)};
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error{QStringLiteral("schema.unreadable"),
                     QStringLiteral("schema is not a JSON object: %1").arg(parseError.errorString())};
    }
    auto impl = std::make_unique<Impl>();
    try {
        // The DCC schema declares draft 2020-12 but uses only keywords draft 7 already had;
        // `$defs` references resolve as plain JSON pointers.
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const QJsonValue prepared = prepare(doc.object());
        const valijson::adapters::QtJsonAdapter adapter(prepared);
        parser.populateSchema(adapter, impl->schema);
    } catch (const std::exception& e) {
        return Error{QStringLiteral("schema.unreadable"), QStringLiteral("schema rejected: %1").arg(QString::fromUtf8(e.what()))};
    }
    static const QRegularExpression versionPattern(QStringLiteral(R"(version\s+(\d+\.\d+\.\d+))"),
                                                   QRegularExpression::CaseInsensitiveOption);
    const auto match = versionPattern.match(doc.object().value(QLatin1String("$comment")).toString());
    if (match.hasMatch()) {
        impl->version = match.captured(1);
    }
    return std::shared_ptr<const DccSchemaValidator>(new DccSchemaValidator(std::move(impl)));
}

Result<std::shared_ptr<const DccSchemaValidator>> DccSchemaValidator::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("schema.unreadable"), QStringLiteral("cannot open %1: %2").arg(path, file.errorString())};
    }
    return fromJson(file.read(kMaxSchemaBytes + 1));
}

const DccSchemaValidator& DccSchemaValidator::shipped()
{
    static const std::shared_ptr<const DccSchemaValidator> instance = [] {
        auto loaded = load(QStringLiteral(PASSDESK_DCC_SCHEMA_RESOURCE));
        if (!loaded) {
            // The schema is compiled in; failing to read it is a build defect, not a runtime condition.
            qFatal("PassDesk: shipped DCC schema is unusable: %s", qPrintable(loaded.error().message));
        }
        return std::move(loaded).value();
    }();
    return *instance;
}

Status DccSchemaValidator::validate(const QJsonObject& hcert) const
{
    // The validator caches compiled `pattern` regexes by their text, so one per thread serves every
    // schema; a fresh one per call would recompile each pattern on every certificate.
    thread_local valijson::Validator validator(valijson::Validator::kStrongTypes);
    valijson::ValidationResults results;
    const valijson::adapters::QtJsonAdapter target(hcert);
    bool ok = false;
    try {
        ok = validator.validate(m_impl->schema, target, &results);
    } catch (const std::exception& e) {
        // valijson throws when a format check meets a value of the wrong type; that is a schema
        // violation of the payload, not of ours.
        return Status::failure(QStringLiteral("schema.invalid"), QString::fromUtf8(e.what()));
    }
    if (ok) {
        return {};
    }
    // Report the deepest error: the outer ones only say "a oneOf branch failed".
    valijson::ValidationResults::Error error;
    QString detail;
    size_t depth = 0;
    while (results.popError(error)) {
        if (detail.isEmpty() || error.context.size() > depth) {
            depth = error.context.size();
            QString path;
            for (const auto& part : error.context) {
                path += QString::fromStdString(part);
            }
            detail = path + QStringLiteral(": ") + QString::fromStdString(error.description);
        }
    }
    return Status::failure(QStringLiteral("schema.invalid"), detail);
}

QString DccSchemaValidator::version() const
{
    return m_impl->version;
}

} // namespace passdesk::credential
