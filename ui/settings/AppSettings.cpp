#include "AppSettings.h"

#include "UiLanguage.h"


#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace passdesk::ui {

namespace {
// Written into every settings file: a file without it was not written by PassDesk (or was damaged).
constexpr int kFormat = 1;
} // namespace

QString AppSettings::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/passdesk.ini");
}

QString AppSettings::policyDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/policies");
}

void AppSettings::normalise()
{
    // A setting no longer (or not yet) supported falls back to the default, Korean, not to English.
    if (!UiLanguage::supported().contains(language)) {
        language = QStringLiteral("ko");
    }
    clearAfterSeconds = std::clamp(clearAfterSeconds, 0, 600);
    reuseWindowMinutes = std::clamp(reuseWindowMinutes, 0, 7 * 24 * 60);
    noDecodeMinutes = std::clamp(noDecodeMinutes, 1, 24 * 60);
    retentionDays = std::clamp(retentionDays, 1, 3650);
    minorsBornFrom = minorsBornFrom == 0 ? 0 : std::clamp(minorsBornFrom, 1900, 2200);
    staff.removeAll(QString());
    staff.removeDuplicates();
    if (!currentStaff.isEmpty() && !staff.contains(currentStaff)) {
        currentStaff.clear();
    }
}

AppSettings AppSettings::load(const QString& path, QString* notice)
{
    AppSettings s;
    if (notice != nullptr) {
        notice->clear();
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        return s;
    }
    bool broken = false;
    {
        QSettings ini(path, QSettings::IniFormat);
        broken = ini.status() != QSettings::NoError || ini.value(QStringLiteral("meta/format")).toInt() != kFormat;
        if (!broken) {
            s.language = ini.value(QStringLiteral("counter/language"), s.language).toString();
            s.source = ini.value(QStringLiteral("counter/source")).toString();
            s.serialPort = ini.value(QStringLiteral("counter/serialPort")).toString();
            s.clearAfterSeconds = ini.value(QStringLiteral("counter/clearAfterSeconds"), s.clearAfterSeconds).toInt();
            s.sound = ini.value(QStringLiteral("counter/sound"), s.sound).toBool();
            s.spokenPrompts = ini.value(QStringLiteral("counter/spokenPrompts"), s.spokenPrompts).toBool();
            s.highContrast = ini.value(QStringLiteral("counter/highContrast"), s.highContrast).toBool();
            s.kiosk = ini.value(QStringLiteral("counter/kiosk"), s.kiosk).toBool();
            s.alwaysCheckId = ini.value(QStringLiteral("counter/alwaysCheckId"), s.alwaysCheckId).toBool();
            s.reuseWindowMinutes = ini.value(QStringLiteral("counter/reuseWindowMinutes"), s.reuseWindowMinutes).toInt();
            s.noDecodeMinutes = ini.value(QStringLiteral("counter/noDecodeMinutes"), s.noDecodeMinutes).toInt();
            s.contactLogging = ini.value(QStringLiteral("log/contactLogging"), s.contactLogging).toBool();
            s.retentionDays = ini.value(QStringLiteral("log/retentionDays"), s.retentionDays).toInt();
            s.staff = ini.value(QStringLiteral("log/staff")).toStringList();
            s.currentStaff = ini.value(QStringLiteral("log/currentStaff")).toString();
            s.trustPath = ini.value(QStringLiteral("trust/path")).toString();
            s.trustUrl = ini.value(QStringLiteral("trust/url")).toString();
            s.trustPinPath = ini.value(QStringLiteral("trust/pinnedKey")).toString();
            s.trustCaPath = ini.value(QStringLiteral("trust/ca")).toString();
            s.policy = ini.value(QStringLiteral("policy/name"), s.policy).toString();
            s.minorsBornFrom = ini.value(QStringLiteral("policy/minorsBornFrom"), 0).toInt();
            s.venue.name = ini.value(QStringLiteral("venue/name")).toString();
            s.venue.registrationNumber = ini.value(QStringLiteral("venue/registrationNumber")).toString();
            s.venue.facilityType = ini.value(QStringLiteral("venue/facilityType")).toString();
            s.venue.address = ini.value(QStringLiteral("venue/address")).toString();
            s.venue.operatorName = ini.value(QStringLiteral("venue/operator")).toString();
            s.firstRunDone = ini.value(QStringLiteral("meta/firstRunDone"), false).toBool();
        }
    }
    if (broken) {
        const QString aside = path + QStringLiteral(".broken-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QFile::rename(path, aside);
        if (notice != nullptr) {
            *notice = QStringLiteral("%1 could not be read; it was moved to %2 and the default settings apply. The visitor log was not touched.")
                          .arg(path, aside);
        }
        return AppSettings{};
    }
    s.normalise();
    return s;
}

bool AppSettings::save(const QString& path, QString* error) const
{
    AppSettings s = *this;
    s.normalise();
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSettings ini(path, QSettings::IniFormat);
    ini.clear();
    ini.setValue(QStringLiteral("meta/format"), kFormat);
    ini.setValue(QStringLiteral("meta/firstRunDone"), s.firstRunDone);
    ini.setValue(QStringLiteral("counter/language"), s.language);
    ini.setValue(QStringLiteral("counter/source"), s.source);
    ini.setValue(QStringLiteral("counter/serialPort"), s.serialPort);
    ini.setValue(QStringLiteral("counter/clearAfterSeconds"), s.clearAfterSeconds);
    ini.setValue(QStringLiteral("counter/sound"), s.sound);
    ini.setValue(QStringLiteral("counter/spokenPrompts"), s.spokenPrompts);
    ini.setValue(QStringLiteral("counter/highContrast"), s.highContrast);
    ini.setValue(QStringLiteral("counter/kiosk"), s.kiosk);
    ini.setValue(QStringLiteral("counter/alwaysCheckId"), s.alwaysCheckId);
    ini.setValue(QStringLiteral("counter/reuseWindowMinutes"), s.reuseWindowMinutes);
    ini.setValue(QStringLiteral("counter/noDecodeMinutes"), s.noDecodeMinutes);
    ini.setValue(QStringLiteral("log/contactLogging"), s.contactLogging);
    ini.setValue(QStringLiteral("log/retentionDays"), s.retentionDays);
    ini.setValue(QStringLiteral("log/staff"), s.staff);
    ini.setValue(QStringLiteral("log/currentStaff"), s.currentStaff);
    ini.setValue(QStringLiteral("trust/path"), s.trustPath);
    ini.setValue(QStringLiteral("trust/url"), s.trustUrl);
    ini.setValue(QStringLiteral("trust/pinnedKey"), s.trustPinPath);
    ini.setValue(QStringLiteral("trust/ca"), s.trustCaPath);
    ini.setValue(QStringLiteral("policy/name"), s.policy);
    ini.setValue(QStringLiteral("policy/minorsBornFrom"), s.minorsBornFrom);
    ini.setValue(QStringLiteral("venue/name"), s.venue.name);
    ini.setValue(QStringLiteral("venue/registrationNumber"), s.venue.registrationNumber);
    ini.setValue(QStringLiteral("venue/facilityType"), s.venue.facilityType);
    ini.setValue(QStringLiteral("venue/address"), s.venue.address);
    ini.setValue(QStringLiteral("venue/operator"), s.venue.operatorName);
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error != nullptr) {
            *error = QStringLiteral("could not write %1").arg(path);
        }
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace passdesk::ui
