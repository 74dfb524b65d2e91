#include "scan/FrameSource.h"

#include "scan/CameraSource.h"
#include "scan/FileSource.h"

#include <QFileInfo>

namespace passdesk::scan {

QString toString(SourceState state)
{
    switch (state) {
    case SourceState::Starting: return QStringLiteral("starting");
    case SourceState::Live: return QStringLiteral("live");
    case SourceState::Lost: return QStringLiteral("lost");
    case SourceState::Finished: return QStringLiteral("finished");
    }
    return {};
}

std::unique_ptr<FrameSource> FrameSource::create(const QString& spec, const QString& demoFootageDir, QString* error)
{
    if (spec == QLatin1String("camera") || spec.startsWith(QLatin1String("camera:"))) {
        bool ok = true;
        const int index = spec == QLatin1String("camera") ? 0 : spec.mid(7).toInt(&ok);
        if (!ok || index < 0) {
            *error = QStringLiteral("source.unknown: bad camera number in ") + spec;
            return nullptr;
        }
        return std::make_unique<CameraSource>(index);
    }
    if (spec == QLatin1String("demo")) {
        auto demo = std::make_unique<FileSource>(demoFootageDir, true, std::chrono::milliseconds(100), QStringLiteral("demo footage"), 15);
        if (!demo->isValid()) {
            *error = QStringLiteral("source.unreadable: no demo footage in ") + demoFootageDir;
            return nullptr;
        }
        return demo;
    }
    if (!QFileInfo::exists(spec)) {
        *error = QStringLiteral("source.unknown: no camera, file or folder called ") + spec;
        return nullptr;
    }
    auto file = std::make_unique<FileSource>(spec, false, std::chrono::milliseconds(0));
    if (!file->isValid()) {
        *error = QStringLiteral("source.unreadable: no images or video in ") + spec;
        return nullptr;
    }
    return file;
}

} // namespace passdesk::scan
