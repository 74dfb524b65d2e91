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
    const QString exeDir = QCoreApplication::applicationDirPath();
    const QFileInfo installed(exeDir + QStringLiteral("/" PASSDESK_DATA_DIR_FROM_BIN));
    if (installed.isDir()) {
        return installed.canonicalFilePath();
    }
    // Only a binary inside its own build tree may reach for the sources: an installed one never does.
    const QString buildDir = QDir(QStringLiteral(PASSDESK_BUILD_DIR)).canonicalPath();
    if (!buildDir.isEmpty() && (exeDir + QLatin1Char('/')).startsWith(buildDir + QLatin1Char('/'))) {
        return QStringLiteral(PASSDESK_SOURCE_DIR "/resources");
    }
    return installed.absoluteFilePath(); // missing: errors then name the folder that should be there
}

QString demoDir()
{
    return resourcesDir() + QStringLiteral("/demo");
}

} // namespace passdesk::app
