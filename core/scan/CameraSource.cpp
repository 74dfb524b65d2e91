#include "scan/CameraSource.h"

#include <QFile>
#include <QFileInfo>

#include <thread>

namespace passdesk::scan {

CameraSource::CameraSource(int index, std::chrono::milliseconds retryInterval) : m_index(index), m_retry(retryInterval) {}

CameraSource::~CameraSource() = default;

QString CameraSource::name() const
{
    const QString device = deviceName(m_index);
    return device.isEmpty() ? QStringLiteral("camera %1").arg(m_index) : QStringLiteral("camera %1 (%2)").arg(m_index).arg(device);
}

QString CameraSource::deviceName(int index, const QString& sysfs)
{
    QFile file(QStringLiteral("%1/video%2/name").arg(sysfs).arg(index));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    // A kernel string of at most a few dozen bytes; read no more than that from whatever is there.
    return QString::fromUtf8(file.read(256)).simplified();
}

bool CameraSource::present(int index)
{
    return QFileInfo::exists(QStringLiteral("/dev/video%1").arg(index));
}

bool CameraSource::open()
{
    m_lastAttempt = std::chrono::steady_clock::now();
    if (!present(m_index)) {
        return false;
    }
    try {
        if (!m_capture.open(m_index, cv::CAP_V4L2)) {
            return false;
        }
        m_capture.set(cv::CAP_PROP_FRAME_WIDTH, 1280);
        m_capture.set(cv::CAP_PROP_FRAME_HEIGHT, 720);
        // One buffered frame: a decoder that is busy should see the newest frame, not a backlog.
        m_capture.set(cv::CAP_PROP_BUFFERSIZE, 1);
        return m_capture.isOpened();
    } catch (const cv::Exception&) {
        return false;
    }
}

std::optional<Frame> CameraSource::read()
{
    if (!m_capture.isOpened()) {
        const auto since = std::chrono::steady_clock::now() - m_lastAttempt;
        if (since < m_retry) {
            std::this_thread::sleep_for(std::min<std::chrono::steady_clock::duration>(m_retry - since, std::chrono::milliseconds(100)));
            return std::nullopt;
        }
        if (!open()) {
            if (m_state == SourceState::Live) {
                m_state = SourceState::Lost;
            }
            return std::nullopt;
        }
    }
    Frame frame;
    bool ok = false;
    try {
        ok = m_capture.read(frame.image) && !frame.image.empty();
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (!ok) {
        m_capture.release();
        m_state = SourceState::Lost;
        m_lastAttempt = std::chrono::steady_clock::now();
        return std::nullopt;
    }
    frame.captured = std::chrono::steady_clock::now();
    m_state = SourceState::Live;
    return frame;
}

} // namespace passdesk::scan
