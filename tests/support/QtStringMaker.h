#pragma once

// Lets Catch print Qt strings and lists in failure messages.
#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Catch {
template <>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& s) { return '[' + s.join(QStringLiteral(", ")).toStdString() + ']'; }
};
template <>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& s) { return '"' + s.left(200).toStdString() + '"'; }
};
} // namespace Catch
