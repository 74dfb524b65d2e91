#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli scan --source (camera[:N] | FILE | DIR | demo) [--trust PATH]... [--at ISO8601]
/// [--json] [--max-scans N] [--report CSV] [--db PATH] [--lang ko|en|de|it]`: a shell over the counter's own
/// session (counter::CounterSession) without a display, one line per verdict; --db logs exactly as the
/// window does, --report also writes the verdicts to a CSV (report::CsvExporter's quoting and formula
/// guard) without names or birth dates. `demo` plays the demo footage once and trusts the demo trust list
/// unless --trust is given. Exit 0 when the source ran to its end (or --max-scans was reached), 2 on
/// usage errors and when a visit could not be logged.
int runScan(const QStringList& args);

} // namespace passdesk::cli
