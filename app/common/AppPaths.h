#pragma once

#include <QString>

namespace passdesk::app {

/// Where PassDesk's read-only resources are (demo footage, demo trust list): $PASSDESK_RESOURCES if set;
/// else the installed share/passdesk relative to the executable (../share/passdesk from bin/), so an
/// install under any prefix or root works; else, for an executable inside the build tree it was built
/// in, the source tree's resources/; else that installed path, even though it is missing.
QString resourcesDir();
/// The demo folder inside resourcesDir().
QString demoDir();

} // namespace passdesk::app
