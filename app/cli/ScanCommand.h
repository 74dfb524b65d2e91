#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli scan --source (camera[:N] | FILE | DIR | demo) [--trust PATH]... [--at ISO8601]
/// [--json] [--max-scans N] [--report CSV] [--lang ko|en]`: the counter's whole pipeline without a
/// display, one line per verdict; --report also writes them to a CSV without names or birth dates. `demo` plays the demo footage once and trusts the demo trust list unless --trust is
/// given. Exit 0 when the source ran to its end (or --max-scans was reached), 2 on usage errors.
int runScan(const QStringList& args);

} // namespace passdesk::cli
