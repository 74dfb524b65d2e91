#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli log verify --db PATH`: recomputes the visitor log's hash chain; exit 0 when it
/// verifies, 1 naming the first edited, inserted or deleted row, 2 when the log cannot be opened.
/// `passdesk-cli log list --date YYYY-MM-DD [--json] --db PATH`: the visits of one local day.
int runLog(const QStringList& args);

} // namespace passdesk::cli
