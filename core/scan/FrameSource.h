#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

#include <chrono>
#include <memory>
#include <optional>

namespace passdesk::scan {

/// Where a frame source stands. Transitions are reported by the scan worker to the rest of the app
/// (the evidence journal records camera losses).
enum class SourceState {
    Starting, ///< Not yet delivered a frame.
    Live,     ///< Delivering frames.
    Lost,     ///< The device went away; read() keeps trying to get it back.
    Finished, ///< A file, folder or video has no more frames.
};

QString toString(SourceState state);

/// One image from a source.
struct Frame
{
    cv::Mat image; ///< 8-bit, gray (CV_8UC1) or BGR (CV_8UC3).
    std::chrono::steady_clock::time_point captured; ///< When the source handed it over.
};

/// A source of frames: a webcam, an image file, a folder of images, a video, or the demo footage.
/// Synchronous: read() returns the next frame or nothing; the caller (ui/ScanWorker, passdesk-cli scan)
/// owns the thread and the pacing.
class FrameSource
{
public:
    virtual ~FrameSource() = default;
    /// For the status bar and logs: "camera 0", "demo footage", a file name.
    virtual QString name() const = 0;
    /// The next frame, or nothing when none is available now (see state()).
    virtual std::optional<Frame> read() = 0;
    virtual SourceState state() const = 0;
    /// A live camera (its frames are logged as `camera`), rather than a file, folder, video or demo.
    virtual bool isCamera() const { return false; }
    /// For recorded sources, how long each frame should stay up to look like live video (0: as fast
    /// as possible; cameras pace themselves).
    virtual std::chrono::milliseconds frameInterval() const { return std::chrono::milliseconds(0); }

    /// Builds a source from a spec: `camera` or `camera:N` (V4L2 device N), `demo` (the stills in
    /// `demoFootageDir`, each held 1.5 s at 10 frames a second, looping), an image file, a folder of images, or a video file. Errors:
    /// `source.unknown` (nothing at that path), `source.unreadable`.
    static std::unique_ptr<FrameSource> create(const QString& spec, const QString& demoFootageDir, QString* error);
};

} // namespace passdesk::scan
