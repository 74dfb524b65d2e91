#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli verify [--trust PATH]... [--trust-store DIR [--pin KEY.pem]] [--at ISO8601] [--json]
/// [--lang ko|en|de|it] (TEXT | --stdin | --image FILE...)`; its options are CliCommands' "verify" entry.
/// Exit code 0: every credential verified; 1: at least one did not; 2: usage or I/O error (with --json
/// the I/O error is also a JSON object on stdout).
int runVerify(const QStringList& args);

} // namespace passdesk::cli
