#pragma once

#include <QStringList>

namespace passdesk::cli {

/// `passdesk-cli trust import|fetch|status`: trust-data updates kept in a store folder.
int runTrust(const QStringList& args);

} // namespace passdesk::cli
