#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli trust import|fetch|status`: trust-data updates kept in a store folder. `args` starts
/// with the command's word. With --json stdout holds one JSON document: {"sets": [...]} and, for import
/// and fetch, "results": [{"input", "applied", "kind" | "error", "message"}].
int runTrust(const QStringList& args);

} // namespace passdesk::cli
