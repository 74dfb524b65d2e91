#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli verify [--trust PATH]... [--at ISO8601] [--json] [--lang ko|en] (TEXT | --stdin | --image FILE...)`
/// Exit code 0: every credential verified; 1: at least one did not; 2: usage or I/O error.
int runVerify(const QStringList& args);

} // namespace passdesk::cli
