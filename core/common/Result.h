#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace passdesk {

/// An error carried as a value: a stable machine code (for example `b45.invalid`) and a human message.
struct Error
{
    QString code;    ///< Stable dotted reason code; see credential/ReasonCatalog for the known ones.
    QString message; ///< English detail for logs and developers; user text comes from the catalog.
};

/// Value or Error. Calls that can fail return this instead of throwing.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}          // NOLINT(google-explicit-constructor)
    Result(Error error) : m_data(std::move(error)) {}      // NOLINT(google-explicit-constructor)

    static Result failure(QString code, QString message = {}) { return Error{std::move(code), std::move(message)}; }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_data); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of a call that returns nothing on success.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {} // NOLINT(google-explicit-constructor)
    static Status failure(QString code, QString message = {}) { return Error{std::move(code), std::move(message)}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace passdesk
