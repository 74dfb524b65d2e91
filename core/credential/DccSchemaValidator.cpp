#include "credential/DccSchemaValidator.h"

#include "codec/JsonSchema.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#ifndef PASSDESK_DCC_SCHEMA_RESOURCE
#error "PASSDESK_DCC_SCHEMA_RESOURCE must name the compiled-in schema resource"
#endif

namespace passdesk::credential {

namespace {
constexpr qsizetype kMaxSchemaBytes = 1024 * 1024;
}

struct DccSchemaValidator::Impl
{
    codec::JsonSchema schema;
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
    auto schema = codec::JsonSchema::compile(doc.object());
    if (!schema) {
        return Error{QStringLiteral("schema.unreadable"), QStringLiteral("schema rejected: %1").arg(schema.error().message)};
    }
    auto impl = std::make_unique<Impl>(Impl{std::move(schema).value(), {}});
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
    return m_impl->schema.validate(hcert);
}

QString DccSchemaValidator::version() const
{
    return m_impl->version;
}

} // namespace passdesk::credential
