#pragma once

#include <QString>

namespace passdesk::app {

/// What `--version` prints: "PROGRAM VERSION (GIT-REVISION)" on the first line (the revision is
/// "unknown" when built outside a git checkout), then "resources: DIR", the folder resourcesDir() found.
QString versionText(const QString& program);

} // namespace passdesk::app
