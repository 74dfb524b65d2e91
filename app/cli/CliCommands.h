#pragma once

#include "cli/CliCommandSpec.h"

namespace passdesk::cli {

/// Every `passdesk-cli` command and its options, in one table: each command's parser is built from its
/// entry, `passdesk-cli --help` lists them all, and the man-page test compares them to passdesk-cli.1.
class CliCommands
{
public:
    /// All commands, in the order `passdesk-cli --help` lists them.
    static const QList<CliCommandSpec>& all();
    /// The command called `name` ("log list"), or nullptr.
    static const CliCommandSpec* find(const QString& name);
    /// The commands whose name starts with the word `group` ("log" gives log verify, list and events).
    static QList<const CliCommandSpec*> group(const QString& group);
    /// `passdesk-cli --help`: the usage and every command with its summary.
    static QString overview();
};

} // namespace passdesk::cli
