#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace passdesk::scan {

/// Loads still images (PNG, JPEG, BMP) as 8-bit grayscale for QrDecoder. Wraps OpenCV's codecs and
/// bounds them: file size and pixel dimensions are checked from the header before anything is
/// decoded, so a hostile file cannot make it allocate gigabytes.
class ImageLoader
{
public:
    static constexpr qint64 kMaxFileBytes = 32LL * 1024 * 1024;
    static constexpr qint64 kMaxPixels = 40LL * 1000 * 1000;

    /// Errors: `image.unreadable` (missing file, unknown or corrupt format), `image.too_large`.
    static Result<cv::Mat> loadGray(const QString& path);
    /// The same for encoded bytes already in memory.
    static Result<cv::Mat> decodeGray(const QByteArray& encoded);

    /// Width and height read from a PNG, JPEG or BMP header without decoding; an invalid size if the
    /// header is not one of those or is malformed.
    static QSize headerSize(const QByteArray& encoded);
};

} // namespace passdesk::scan
