#include "settings/Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace passdesk::ui {

QString Autostart::entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.passdesk.passdesk.desktop");
}

bool Autostart::isEnabled()
{
    QFile file(entryPath());
    return file.open(QIODevice::ReadOnly) && file.readAll().contains("\nExec=passdesk --kiosk");
}

bool Autostart::apply(bool enabled, QString* error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            if (error != nullptr) {
                *error = QStringLiteral("cannot remove %1").arg(path);
            }
            return false;
        }
        return true;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    file.write("[Desktop Entry]\n"
               "Type=Application\n"
               "Name=PassDesk (counter, full screen)\n"
               "Name[ko]=패스데스크 (카운터, 전체 화면)\n"
               "Name[de]=PassDesk (Einlass, Vollbild)\n"
               "Name[it]=PassDesk (ingresso, schermo intero)\n"
               "Comment=Starts the counter console full screen at login\n"
               "Comment[ko]=로그인하면 카운터 화면을 전체 화면으로 시작합니다\n"
               "Comment[de]=Startet die Einlasskonsole bei der Anmeldung im Vollbild\n"
               "Comment[it]=Avvia la console dell'ingresso a schermo intero all'accesso\n"
               "Exec=passdesk --kiosk\n"
               "Icon=passdesk\n"
               "Terminal=false\n"
               "X-GNOME-Autostart-enabled=true\n");
    if (!file.commit()) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return false;
    }
    return true;
}

} // namespace passdesk::ui
