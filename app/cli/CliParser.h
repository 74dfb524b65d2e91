#pragma once

#include "cli/CliCommandSpec.h"

#include <QCommandLineParser>
#include <QStringList>

#include <optional>

namespace passdesk::cli {

/// A command's QCommandLineParser, built from its CliCommands entry: answers -h/--help with the usage
/// and options on stdout (exit 0), and reports unknown options, missing values and other usage errors
/// on stderr (exit 2).
class CliParser
{
public:
    /// The parser of the command called `command` in CliCommands ("log list").
    explicit CliParser(const QString& command);

    /// Parses `args` (the words after the command's name). Returns the exit code when the command is
    /// done already: 0 after printing the help, 2 after reporting a usage error; std::nullopt to go on.
    std::optional<int> parse(const QStringList& args);

    bool isSet(const QString& option) const;
    /// The option's last value, or `fallback` when it is not given.
    QString value(const QString& option, const QString& fallback = {}) const;
    /// Every value of a repeated option, in order.
    QStringList values(const QString& option) const;
    /// The arguments that are not options, in order.
    QStringList positionalArguments() const;
    /// The --lang value (one of CliOutput::languages()), or `fallback` when it is not given; std::nullopt
    /// for any other value, after reporting it as a usage error (the caller then exits 2).
    std::optional<QString> language(const QString& fallback) const;
    /// True when the command has --json and it was given.
    bool json() const;

    /// Reports a usage error on stderr with the command's usage line; returns 2.
    int usageError(const QString& why) const;
    /// Reports an error that is not about usage (I/O, an unreadable file) on stderr and, with --json, as
    /// {"error": code, "message": message} on stdout; returns 2.
    int fail(const QString& code, const QString& message) const;

    /// `passdesk-cli COMMAND --help`: usage line, summary and options.
    static QString helpText(const CliCommandSpec& spec);
    /// "usage: passdesk-cli verify [OPTIONS] ..."
    static QString usageLine(const CliCommandSpec& spec);

private:
    const CliCommandSpec& m_spec;
    QCommandLineParser m_parser;
};

} // namespace passdesk::cli
