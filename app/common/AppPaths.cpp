#include "common/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace passdesk::app {

QString resourcesDir()
{
    const QString env = qEnvironmentVariable("PASSDESK_RESOURCES");
    if (!env.isEmpty()) {
        return env;
    }
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/passdesk");
    if (QFileInfo::exists(installed + QStringLiteral("/demo"))) {
        return QDir(installed).canonicalPath();
    }
    return QStringLiteral(PASSDESK_SOURCE_DIR "/resources");
}

QString demoDir()
{
    return resourcesDir() + QStringLiteral("/demo");
}

} // namespace passdesk::app
