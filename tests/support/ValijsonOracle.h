#pragma once

#include <QJsonObject>
#include <QJsonValue>

#include <memory>

namespace passdesk::test {

/// valijson (Debian libvalijson-dev), a general JSON Schema validator, as the reference that
/// codec::JsonSchema is checked against. The only place that includes valijson.
class ValijsonOracle
{
public:
    /// Throws std::runtime_error when valijson cannot parse the schema. `format` keywords are
    /// dropped first: they are annotations in JSON Schema 2020-12.
    explicit ValijsonOracle(const QJsonObject& schema);
    ~ValijsonOracle();
    ValijsonOracle(const ValijsonOracle&) = delete;
    ValijsonOracle& operator=(const ValijsonOracle&) = delete;

    /// Not thread-safe: valijson's validator keeps a cache of compiled patterns.
    bool accepts(const QJsonValue& value);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace passdesk::test
