#include "common/AppVersion.h"

#include "Version.h"
#include "common/AppPaths.h"

namespace passdesk::app {

QString versionText(const QString& program)
{
    return program + QStringLiteral(" " PASSDESK_VERSION " (" PASSDESK_GIT_REVISION ")\nresources: ") + resourcesDir() +
           QLatin1Char('\n');
}

} // namespace passdesk::app
