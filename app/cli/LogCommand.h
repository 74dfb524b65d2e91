#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli log verify --db PATH`: recomputes the visitor log's hash chain; exit 0 when it
/// verifies, 1 naming the first edited, inserted or deleted row, 2 when the log cannot be opened.
/// `passdesk-cli log list --date YYYY-MM-DD [--json] --db PATH`: the visits of one local day.
/// `passdesk-cli log events [--from T] [--to T] --db PATH`: the evidence journal.
/// `args` starts with the command's word (verify, list, events). All three only read: a --db that is
/// not a file is an error (exit 2), never a new empty log.
int runLog(const QStringList& args);

} // namespace passdesk::cli
