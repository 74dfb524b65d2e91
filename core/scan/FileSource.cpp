#include "scan/FileSource.h"

#include "scan/ImageLoader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace passdesk::scan {

namespace {
bool isImage(const QString& path)
{
    static const QStringList kExt{QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("bmp")};
    return kExt.contains(QFileInfo(path).suffix().toLower());
}
} // namespace

FileSource::FileSource(const QString& path, bool loop, std::chrono::milliseconds interval, QString displayName, int hold)
    : m_name(displayName.isEmpty() ? QFileInfo(path).fileName() : std::move(displayName)), m_hold(std::max(1, hold)), m_loop(loop),
      m_interval(interval)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            if (isImage(name)) {
                m_images << dir.filePath(name);
            }
        }
        m_valid = !m_images.isEmpty();
    } else if (info.isFile() && isImage(path)) {
        m_images << path;
        m_valid = true;
    } else if (info.isFile()) {
        try {
            m_valid = m_video.open(path.toStdString());
        } catch (const cv::Exception&) {
            m_valid = false;
        }
        m_videoPath = path;
    }
}

std::optional<Frame> FileSource::read()
{
    if (!m_valid || m_state == SourceState::Finished) {
        return std::nullopt;
    }
    Frame frame;
    if (!m_images.isEmpty() && m_held > 0 && m_held < m_hold && !m_current.empty()) {
        ++m_held;
        frame.image = m_current;
    } else if (!m_images.isEmpty()) {
        if (m_next >= m_images.size()) {
            if (!m_loop) {
                m_state = SourceState::Finished;
                return std::nullopt;
            }
            m_next = 0;
        }
        auto image = ImageLoader::loadGray(m_images.at(m_next++));
        if (!image) {
            return std::nullopt; // a corrupt frame is skipped, not fatal
        }
        frame.image = *image;
        m_current = frame.image;
        m_held = 1;
    } else {
        bool ok = false;
        try {
            ok = m_video.read(frame.image) && !frame.image.empty();
            if (!ok && m_loop) {
                m_video.set(cv::CAP_PROP_POS_FRAMES, 0);
                ok = m_video.read(frame.image) && !frame.image.empty();
            }
        } catch (const cv::Exception&) {
            ok = false;
        }
        if (!ok) {
            m_state = SourceState::Finished;
            return std::nullopt;
        }
    }
    frame.captured = std::chrono::steady_clock::now();
    m_state = SourceState::Live;
    return frame;
}

} // namespace passdesk::scan
