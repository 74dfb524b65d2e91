#pragma once

#include "scan/FrameSource.h"

#include <opencv2/videoio.hpp>

namespace passdesk::scan {

/// A USB webcam through OpenCV's V4L2 backend, at 1280x720 when the camera offers it. When the
/// camera is unplugged, read() reports Lost and tries to reopen it at most every `retryInterval`,
/// so it is back within a couple of seconds of being plugged in again.
class CameraSource final : public FrameSource
{
public:
    explicit CameraSource(int index, std::chrono::milliseconds retryInterval = std::chrono::milliseconds(500));
    ~CameraSource() override;

    QString name() const override;
    std::optional<Frame> read() override;
    SourceState state() const override { return m_state; }
    bool isCamera() const override { return true; }

    /// Whether /dev/video<index> exists (a cheap check before opening).
    static bool present(int index);
    /// The device's own name as the kernel reports it (`<sysfs>/video<index>/name`, e.g. "HD Webcam
    /// C270"), empty when there is none. `sysfs` is for tests.
    static QString deviceName(int index, const QString& sysfs = QStringLiteral("/sys/class/video4linux"));

private:
    bool open();

    int m_index;
    std::chrono::milliseconds m_retry;
    cv::VideoCapture m_capture;
    SourceState m_state = SourceState::Starting;
    std::chrono::steady_clock::time_point m_lastAttempt{};
};

} // namespace passdesk::scan
