#pragma once

#include <QList>
#include <QString>

namespace passdesk::cli {

/// One option of a command, as QCommandLineParser takes it and `--help` and the man page show it.
struct CliOption
{
    QString name;        ///< long name without dashes: "trust" for --trust
    QString valueName;   ///< shown after the name ("PATH"); empty for a flag
    QString description; ///< one line for `--help`
};

/// A `passdesk-cli` command: its words, its arguments after the options, one line on what it does and
/// its options. The one table of these (CliCommands::all()) drives parsing, `--help` and the man-page test.
struct CliCommandSpec
{
    QString name;             ///< "verify", "log list", "conformance dgc"
    QString arguments;        ///< the usage after [OPTIONS]: "(TEXT | --stdin | --image FILE...)"
    QString summary;          ///< one line for `passdesk-cli --help` and the command's own help
    QList<CliOption> options; ///< every option but -h/--help, which every command has
};

} // namespace passdesk::cli
