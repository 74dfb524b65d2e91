#pragma once

#include "scan/FrameSource.h"

#include <QStringList>

#include <opencv2/videoio.hpp>

namespace passdesk::scan {

/// Recorded frames: one image, a folder of images (in name order), or a video file. With `loop`
/// it starts over at the end (the demo footage does); otherwise it reports Finished. `hold` repeats
/// each still image that many times, so a folder of stills plays like video of someone holding a
/// phone up for a moment.
class FileSource final : public FrameSource
{
public:
    /// Errors through `error`: `source.unreadable`.
    FileSource(const QString& path, bool loop, std::chrono::milliseconds interval, QString displayName = {}, int hold = 1);

    bool isValid() const { return m_valid; }
    QString name() const override { return m_name; }
    std::optional<Frame> read() override;
    SourceState state() const override { return m_state; }
    std::chrono::milliseconds frameInterval() const override { return m_interval; }

private:
    QString m_name;
    QStringList m_images;
    qsizetype m_next = 0;
    int m_hold = 1;
    int m_held = 0;
    cv::Mat m_current;
    cv::VideoCapture m_video;
    QString m_videoPath;
    bool m_loop;
    bool m_valid = false;
    std::chrono::milliseconds m_interval;
    SourceState m_state = SourceState::Starting;
};

} // namespace passdesk::scan
