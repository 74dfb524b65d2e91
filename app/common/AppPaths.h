#pragma once

#include <QString>

namespace passdesk::app {

/// Where PassDesk's read-only resources are (demo footage, demo trust list): $PASSDESK_RESOURCES if
/// set, else the installed share/passdesk beside the executable, else the source tree it was built from.
QString resourcesDir();
/// The demo folder inside resourcesDir().
QString demoDir();

} // namespace passdesk::app
