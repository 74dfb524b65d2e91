#include "scan/CameraSource.h"

#include "support/QtStringMaker.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace passdesk;

TEST_CASE("A camera is named by the kernel's device name, not only its index", "[scan]")
{
    QTemporaryDir sysfs;
    REQUIRE(QDir().mkpath(sysfs.filePath(QStringLiteral("video2"))));
    QFile name(sysfs.filePath(QStringLiteral("video2/name")));
    REQUIRE(name.open(QIODevice::WriteOnly));
    name.write("HD Webcam C270\n");
    name.close();
    CHECK(scan::CameraSource::deviceName(2, sysfs.path()) == QStringLiteral("HD Webcam C270"));
    CHECK(scan::CameraSource::deviceName(3, sysfs.path()).isEmpty()); // no such device
}
